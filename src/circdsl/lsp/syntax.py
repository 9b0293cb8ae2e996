"""The syntax tree an editor works on, even while the file has syntax errors.

A file that parses gives its syntax tree. A file with syntax errors gives no tree to the compiler
(it reports the errors); the editor still wants the outline, hover and navigation of everything
else, so the file is read declaration by declaration, from each line that begins with a
declaration keyword (where the parser itself resumes after an error): the declarations that
parse are kept, with their real positions, and those with an error are left out.
"""

from __future__ import annotations

import itertools
from typing import Any

from lark.exceptions import UnexpectedInput, VisitError
from lark.utils import TextSlice

from circdsl import nodes as n
from circdsl.builder import AstBuilder
from circdsl.lark_parser import RESUME, START, SplitWord, TooDeep
from circdsl.parser import declaration_starts, get_parser
from circdsl.source import Span

_FAILURES = (UnexpectedInput, VisitError, SplitWord, TooDeep, RecursionError)
NO_HEADER = n.Header("circulaire", n.Name("", Span(1, 1, 1, 1)), n.Text("", Span(1, 1, 1, 1)), (), Span(1, 1, 1, 1))


def tolerant_module(text: str) -> n.Module:
    """The header and every declaration of `text` that parses on its own."""
    starts = declaration_starts(text)
    header_end = starts[0] if starts else len(text)
    header, first_decls = _header(text, header_end)
    decls = list(first_decls)
    bounds = [*starts, len(text)]
    for start, end in itertools.pairwise(bounds):
        decls.extend(_declarations(text, start, end))
    return n.Module(header, tuple(decls))


def _header(text: str, end: int) -> tuple[n.Header, tuple[n.Decl, ...]]:
    try:
        tree = get_parser().parse(TextSlice(text, 0, end), start=START)
        module: Any = AstBuilder().transform(tree)
    except _FAILURES:
        return NO_HEADER, ()
    return module.header, module.decls


def _declarations(text: str, start: int, end: int) -> list[n.Decl]:
    try:
        tree = get_parser().parse(TextSlice(text, start, end), start=RESUME)
        built: Any = AstBuilder().transform(tree)  # a Tree « declarations » of built declarations
    except _FAILURES:
        return []
    return [child for child in built.children if isinstance(child, n.Decl)]
