"""The Pygments lexer of .circ, registered under the alias `circ` (entry point `pygments.lexers`):
the documentation site (mkdocs-material, `pymdownx.highlight`) highlights the guide's ```` ```circ ````
blocks with it, and so does any tool that uses Pygments (`pygmentize -l circ`).

Its words come from `circdsl.highlight`, the families the VS Code grammar is built from too.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any, ClassVar

from pygments.lexer import RegexLexer, bygroups, words
from pygments.token import (
    Comment,
    Keyword,
    Literal,
    Name,
    Number,
    Operator,
    Punctuation,
    String,
    Whitespace,
)

from circdsl.highlight import (
    CLAUSES,
    CONSTANTS,
    DECLARATIONS,
    MONTHS,
    OPERATORS,
    PATTERN_UNITS,
    QUALIFIERS,
    TYPES,
    UNITS,
)

_by_groups: Callable[..., Any] = bygroups  # untyped in Pygments' stubs
_NAME = r"[^\W\d]\w*"
_QNAME = rf"{_NAME}(?:\.{_NAME})*"
_BEFORE = r"(?<![\w.])"  # a keyword is a whole word, never the part of a name after a dot
_AFTER = r"(?![\w-])"
_DATE = (
    rf"(?<!\w)(?:\d{{1,2}}/\d{{1,2}}/\d{{4}}|\d{{4}}-\d{{2}}-\d{{2}}|(?:1er|\d{{1,2}}) (?:{'|'.join(MONTHS)}) \d{{4}}"
    r"|\d{4}-\d{4})(?!\d)"
)


def _words(family: frozenset[str] | tuple[str, ...]) -> words:
    return words(sorted(family, key=lambda w: (-len(w), w)), prefix=_BEFORE, suffix=_AFTER)


def _keywords() -> list[tuple[object, object]]:
    return [
        (_words(DECLARATIONS), Keyword.Declaration),
        (_words(CLAUSES), Keyword),
        (_words(OPERATORS), Keyword),
        (_words(TYPES), Keyword.Type),
        (_words(UNITS), Keyword.Type),
        (_words(PATTERN_UNITS), Keyword.Type),
        (_words(CONSTANTS), Keyword.Constant),
        (_words(QUALIFIERS), Keyword.Pseudo),
        (rf"{_BEFORE}l['’]unité{_AFTER}", Keyword.Pseudo),
        (r"[%€]", Keyword.Type),
    ]


class CircLexer(RegexLexer):
    """.circ files: keywords, names, texts (names between braces in messages), dates, numbers, comments."""

    name = "circ"
    aliases: ClassVar[list[str]] = ["circ"]
    filenames: ClassVar[list[str]] = ["*.circ"]
    mimetypes: ClassVar[list[str]] = ["text/x-circ"]
    url = "https://github.com/circdsl"
    flags = re.MULTILINE | re.UNICODE

    tokens: ClassVar[dict[str, list[object]]] = {
        "root": [
            (r"\s+", Whitespace),
            (r"#[^\n]*", Comment.Single),
            (r'(message)(\s+)(")', _by_groups(Keyword, Whitespace, String.Double), "message"),
            (r'"', String.Double, "string"),
            (
                rf"{_BEFORE}({'|'.join(sorted(DECLARATIONS, key=len, reverse=True))})([ \t]+)({_QNAME})",
                _by_groups(Keyword.Declaration, Whitespace, Name.Function),
            ),
            (rf"{_BEFORE}(donne)([ \t]+)({_NAME})", _by_groups(Keyword, Whitespace, Name.Variable)),  # a column
            (_DATE, Literal.Date),
            (r"(?<!\w)\d{1,2}h\d{2}(?!\d)", Literal.Date),
            (r"(?:(?<=à )|(?<=de ))\d{1,2}h(?![\w-])", Literal.Date),  # « à 12h »: an hour without minutes
            (r"(?<!\w)\d+(?:[.,]\d+)?", Number),
            (r"\{", Punctuation, "set"),
            *_keywords(),
            (_QNAME, Name.Variable),
            (r"<=|>=|!=|[=≠<>≤≥+\-*×/]", Operator),
            (r"…|\.\.\.", Punctuation),  # a passage of the source: "premiers mots" … "derniers mots"
            (r"[(),:|.}]", Punctuation),
        ],
        "string": [
            (r'[^"\\]+', String.Double),
            (r"\\.", String.Escape),
            (r'"', String.Double, "#pop"),
        ],
        "message": [
            (r'[^"\\{]+', String.Double),
            (r"\\.", String.Escape),
            (r'\{[^{}"]*\}', String.Interpol),
            (r"\{", String.Double),
            (r'"', String.Double, "#pop"),
        ],
        "set": [
            (r"\s+", Whitespace),
            (r"#[^\n]*", Comment.Single),
            (r'"', String.Double, "string"),
            (r"(?<!\w)\d+(?:\.\d+)?", Number),
            *_keywords(),
            (_QNAME, Name.Variable),
            (r",", Punctuation),
            (r"\}", Punctuation, "#pop"),
        ],
    }
