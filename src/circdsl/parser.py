"""LALR parsing of .circ files.

The parser is built once per process, and its tables are cached on disk between processes
(see `lark_parser`). After a syntax error the parser resumes at the next line that begins with a
declaration keyword, so one run reports every independent mistake of a file (the first
MAX_SYNTAX_ERRORS in detail) and never a cascade of errors caused by the first one. A file that
parses is then checked against the input bounds (`input_limits`) before anything else sees it.

The tree of a text that parsed cleanly is kept (`ParsedTexts`, bounded by the characters it
holds): a text parsed again (a vocabulary imported by every circular of a build, a file compiled by
`circ check` then by `circ build` in one process, an editor's unchanged file) is not parsed twice.
The tree depends only on the text; it is shared, and no caller modifies it (the builder makes new
nodes from it).
"""

from __future__ import annotations

import re
import threading
from collections import OrderedDict
from functools import lru_cache
from typing import Any

from lark import Lark, Token, Tree
from lark.exceptions import UnexpectedCharacters, UnexpectedEOF, UnexpectedInput, UnexpectedToken
from lark.utils import TextSlice

from circdsl import syntax_errors
from circdsl.diagnostics import CompileError, Diagnostic, DiagnosticSink
from circdsl.input_limits import check_limits, report_oversized_file
from circdsl.lark_parser import (
    RESUME,
    START,
    SplitWord,
    TooDeep,
    describe_terminal,
    get_parser,
    keyword_values,
    keywords,
)
from circdsl.source import MAX_SOURCE_BYTES, SourceFile

__all__ = ["MAX_SYNTAX_ERRORS", "declaration_starts", "describe_terminal", "get_parser", "keywords", "parse"]

MAX_SYNTAX_ERRORS = 20  # reported in detail; the others are counted in one last line
MAX_COUNTED_ERRORS = 1000  # beyond this, the count stops (« plus de … »)
PARSED_TEXTS_BUDGET = 1_000_000  # characters of text whose trees are kept (a tree weighs ~35 bytes a character)


class ParsedTexts:
    """The trees of the last texts that parsed without error, by text, for one parser (another
    parser, as after `get_parser.cache_clear()`, starts afresh); the least recently used are dropped
    once the texts kept exceed `budget` characters. Safe across threads (the language server
    analyses in a worker thread while requests parse in the main one)."""

    def __init__(self, budget: int) -> None:
        self.budget = budget
        self._parser: Lark | None = None
        self._trees: OrderedDict[str, Tree[Token]] = OrderedDict()
        self._size = 0
        self._lock = threading.Lock()

    def get(self, parser: Lark, text: str) -> Tree[Token] | None:
        with self._lock:
            self._follow(parser)
            tree = self._trees.get(text)
            if tree is not None:
                self._trees.move_to_end(text)
            return tree

    def keep(self, parser: Lark, text: str, tree: Tree[Token]) -> None:
        with self._lock:
            self._follow(parser)
            if len(text) > self.budget or text in self._trees:
                return
            self._trees[text] = tree
            self._size += len(text)
            while self._size > self.budget:
                dropped, _ = self._trees.popitem(last=False)
                self._size -= len(dropped)

    def clear(self) -> None:
        with self._lock:
            self._forget()

    def _forget(self) -> None:
        self._trees.clear()
        self._size = 0

    def _follow(self, parser: Lark) -> None:
        """Forget the trees of another parser."""
        if parser is not self._parser:
            self._parser = parser
            self._forget()


PARSED_TEXTS = ParsedTexts(PARSED_TEXTS_BUDGET)


def parse(source: SourceFile) -> Tree[Token]:
    """Parse a source file; raise CompileError carrying every syntax error found. The tree is
    shared with the other parses of the same text: read it, never modify it."""
    parser = get_parser()
    kept = PARSED_TEXTS.get(parser, source.text) if not source.oversized else None
    if kept is not None:
        return kept
    sink = DiagnosticSink(source)
    if source.oversized or len(source.text) > MAX_SOURCE_BYTES:
        report_oversized_file(sink)
        raise CompileError(sink.items)
    tree = _parse_resuming(source, sink)
    if tree is None:
        raise CompileError(sink.items)
    check_limits(tree, sink)
    if sink.items:
        raise CompileError(sink.items)
    PARSED_TEXTS.keep(parser, source.text, tree)
    return tree


_SyntaxFailure = UnexpectedInput | SplitWord | TooDeep


def _parse_resuming(source: SourceFile, sink: DiagnosticSink) -> Tree[Token] | None:
    """Parse the whole file; after an error, resume at the next declaration. The tree, or None after errors."""
    text = source.text
    start, rule = 0, START
    found = 0
    first_omitted: tuple[_SyntaxFailure, int] | None = None
    capped = False
    while True:
        try:
            tree = get_parser().parse(TextSlice(text, start, len(text)), start=rule)
        except (UnexpectedInput, SplitWord, TooDeep) as error:
            found += 1
            position = _position(error, len(text))
            if found <= MAX_SYNTAX_ERRORS:
                syntax_errors.report(sink, error, start)
            elif first_omitted is None:
                first_omitted = (error, start)
            resume = _resumption_point(text, position, start)
            capped = resume is not None and found >= MAX_COUNTED_ERRORS
            if resume is None or capped:
                break
            start, rule = resume, RESUME
        else:
            if found == 0:
                return tree
            break
    if first_omitted is not None:
        _report_omitted(sink, first_omitted, found - MAX_SYNTAX_ERRORS, capped)
    return None


def _position(error: _SyntaxFailure, end: int) -> int:
    """Where in the text an error was found."""
    if isinstance(error, SplitWord):
        return error.first.start_pos or 0
    if isinstance(error, TooDeep):
        return error.token.start_pos or 0
    if isinstance(error, UnexpectedEOF) or (isinstance(error, UnexpectedToken) and error.token.type == "$END"):
        return end
    if isinstance(error, UnexpectedCharacters | UnexpectedToken):
        return error.pos_in_stream or 0
    return end  # pragma: no cover - Lark has no other syntax error kinds


def _resumption_point(text: str, position: int, previous: int) -> int | None:
    """The start of the next line that begins with a declaration keyword, after the error's line.

    When the error is itself a declaration keyword at the start of a line (the declaration before
    it was left unfinished), parsing resumes there, so that this declaration is read too.
    """
    declaration = _declaration_line()
    line_start = text.rfind("\n", 0, position) + 1
    if line_start == position > previous and declaration.match(text, position):
        return position
    line_end = text.find("\n", position)
    if line_end < 0:
        return None
    found = declaration.search(text, line_end + 1)
    return found.start() if found else None


def declaration_starts(text: str) -> list[int]:
    """The offsets of the lines that begin with a declaration keyword: where the parser may resume
    after an error (an editor reads a file with errors declaration by declaration from them)."""
    return [match.start() for match in _declaration_line().finditer(text)]


@lru_cache(maxsize=1)
def _declaration_line() -> re.Pattern[str]:
    """A line that begins (column 1) with a keyword that can start a declaration."""
    interactive: Any = get_parser().parse_interactive("", start=RESUME)
    accepted = set(interactive.accepts())
    words = sorted(keyword_values(accepted), key=len, reverse=True)
    return re.compile("^(?:" + "|".join(map(re.escape, words)) + r")(?![\w-])", re.MULTILINE)


def _report_omitted(sink: DiagnosticSink, omitted: tuple[_SyntaxFailure, int], count: int, capped: bool) -> None:
    """One line, without excerpt, for the errors not shown: located at the first of them, with its code."""
    scratch = DiagnosticSink(sink.source)
    syntax_errors.report(scratch, *omitted)
    first = scratch.items[0]
    amount = f"plus de {count}" if capped else str(count)
    plural = "s" if count > 1 or capped else ""
    message = f"… et {amount} autre{plural} erreur{plural} de syntaxe, non détaillée{plural}"
    message += " : corrigez les précédentes puis relancez la vérification"
    sink.items.append(Diagnostic(first.code, message, sink.source.name, first.span))
