"""`circ fmt`: one canonical layout for .circ files, comments kept, meaning unchanged.

`format_text` reads a text that parses, lays it out (`layout`), and checks that the result
parses to the same syntax tree, locations aside (`shape`), before returning it. A text with
syntax errors raises CompileError with the parser's diagnostics: it is never rewritten.
"""

from __future__ import annotations

from lark import Token, Tree
from lark.exceptions import UnexpectedInput

from circdsl import syntax_errors
from circdsl.diagnostics import CompileError, DiagnosticSink
from circdsl.fmt.layout import CLAUSE_ORDER, layout
from circdsl.fmt.lexed import lex
from circdsl.fmt.shape import syntax_shape
from circdsl.input_limits import check_limits
from circdsl.lark_parser import RESUME, SplitWord, TooDeep, get_parser
from circdsl.parser import parse
from circdsl.source import SourceFile

__all__ = ["CLAUSE_ORDER", "FormatterError", "format_text"]


class FormatterError(Exception):
    """The layout would change what the text says: a bug of the formatter, the text is left as it is."""


def format_text(text: str, name: str = "<texte>", fragment: bool = False) -> str:
    """The text in the canonical layout; `fragment`: declarations without a header (a guide excerpt)."""
    source = SourceFile(name, text)
    try:
        lexed = lex(text, fragment)
    except (UnexpectedInput, SplitWord, TooDeep):
        _report_syntax_errors(source, fragment)
        raise
    sink = DiagnosticSink(source)
    check_limits(lexed.tree, sink)  # an expression too deep or a number too long (E005, E006)
    if sink.items:
        raise CompileError(sink.items)
    expected = syntax_shape(lexed.tree)
    for reorder in (True, False):  # clauses reordered, else (never seen) in their written order
        result = layout(lexed, reorder)
        if _shape_of(result, fragment) == expected:
            return result
    raise FormatterError(f"{name} : la mise en forme changerait le sens du fichier ; il n'a pas été modifié")


def _shape_of(text: str, fragment: bool) -> object:
    try:
        tree: Tree[Token] = lex(text, fragment).tree  # kept: formatting the result again reads it anew
    except (UnexpectedInput, SplitWord, TooDeep):
        return None
    return syntax_shape(tree)


def _report_syntax_errors(source: SourceFile, fragment: bool) -> None:
    """Raise CompileError with the syntax errors of a text: all of them, as `circ check` reports them, for a
    file; the first one for declarations alone."""
    if not fragment:
        parse(source)
        return
    sink = DiagnosticSink(source)
    try:
        get_parser().parse(source.text, start=RESUME)
    except (UnexpectedInput, SplitWord, TooDeep) as error:
        syntax_errors.report(sink, error)
        raise CompileError(sink.items) from None
