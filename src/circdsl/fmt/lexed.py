"""A .circ text as the formatter reads it: every token in order, the parse tree, and what lies
between two tokens besides spaces (comments, line breaks, blank lines).

The parser ignores spaces and comments, so anything between two tokens that is not a space is
a comment: the gaps are all the formatter needs to keep them.

The last few texts read are kept (`lex` is called on the same text several times: the layout is
read back to compare its tree, then formatted again to check that nothing moves); a `Lexed` is
shared, never modified.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from lark import Token, Tree

from circdsl.lark_parser import RESUME, START, get_parser


@dataclass(frozen=True)
class Comment:
    """A comment alone on its line."""

    text: str  # from « # », trailing spaces left out
    indented: bool  # written after some spaces (inside a declaration, usually)


@dataclass(frozen=True)
class Gap:
    """What lies between two tokens (or before the first, or after the last)."""

    trailing: str | None  # a comment at the end of the line of the token before
    lines: tuple[Comment | None, ...]  # the whole lines in between: a comment, or None for a blank line
    newline: bool  # the token after starts on a later line

    @property
    def comments(self) -> list[Comment]:
        return [line for line in self.lines if line is not None]


@dataclass(frozen=True)
class Lexed:
    """Tokens, gaps and tree of a text that parses."""

    tokens: list[Token]
    gaps: list[Gap]  # gaps[i] lies after tokens[i - 1] and before tokens[i]; gaps[len(tokens)] ends the text
    tree: Tree[Token]
    first_of: dict[int, int]  # token index by start offset
    last_of: dict[int, int]  # token index by end offset

    def span_of(self, node: Tree[Token]) -> tuple[int, int]:
        """The indexes of the first and last tokens of a node."""
        return self.first_of[node.meta.start_pos], self.last_of[node.meta.end_pos]


def lex(text: str, fragment: bool = False) -> Lexed:
    """Read a text that parses (the caller reports syntax errors first): a whole file, or declarations."""
    return _lexed(text, fragment, get_parser())


@lru_cache(maxsize=4)
def _lexed(text: str, fragment: bool, parser: Any) -> Lexed:  # the parser in the key: a new one reads afresh
    interactive: Any = parser.parse_interactive(text, start=RESUME if fragment else START)
    tokens: list[Token] = list(interactive.iter_parse())
    tree: Tree[Token] = interactive.feed_eof(tokens[-1] if tokens else None)
    starts = [token.start_pos or 0 for token in tokens] + [len(text)]
    ends = [0] + [token.end_pos or 0 for token in tokens]
    gaps = [_gap(text[ends[i] : starts[i]], i, len(tokens)) for i in range(len(tokens) + 1)]
    return Lexed(
        tokens,
        gaps,
        tree,
        {start: index for index, start in enumerate(starts[:-1])},
        {end: index for index, end in enumerate(ends[1:])},
    )


def _gap(text: str, index: int, count: int) -> Gap:
    """Read the spaces and comments between two tokens; the first gap has no token before, the last none after."""
    parts = [part.rstrip() for part in text.split("\n")]
    trailing = None
    if index > 0:  # the first part ends the line of the token before
        first, *parts = parts
        trailing = first[first.index("#") :] if "#" in first else None
    if index < count:  # the last part begins the line of the token after: only spaces
        parts = parts[:-1]
    lines = tuple(Comment(part.lstrip(), part[:1].isspace()) if part.strip() else None for part in parts)
    return Gap(trailing, lines, "\n" in text)
