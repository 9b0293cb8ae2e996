"""A small pretty-printer for the generated Python: documents in Wadler's style, laid out
like Black's right-hand split.

A call, tuple or dict stays on one line when it fits in WIDTH columns; otherwise its
arguments go on one indented line, or one per line with a trailing comma. An operator
chain breaks before its operators; a string literal too long for its line is split at
spaces into adjacent literals in parentheses (the value is unchanged). The layout
depends only on the document: the output is byte-identical from build to build.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

WIDTH = 100
INDENT = 4


def text_width(text: str) -> int:
    """Columns taken by `text` in an editor: wide (East Asian) characters count twice."""
    if text.isascii():
        return len(text)
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


@dataclass(frozen=True, slots=True)
class Text:
    text: str
    width: int = field(default=-1, compare=False)

    def __post_init__(self) -> None:
        if self.width < 0:
            object.__setattr__(self, "width", text_width(self.text))


@dataclass(frozen=True, slots=True)
class Line:
    """A space (or nothing, if soft) when its group is flat; a new line when it is broken."""

    soft: bool = False


@dataclass(frozen=True, slots=True)
class IfBreak:
    """Text written only when the enclosing group is broken (a trailing comma)."""

    text: str


@dataclass(frozen=True, slots=True)
class Nest:
    """Its lines start INDENT columns further right."""

    doc: Doc


@dataclass(frozen=True, slots=True)
class Group:
    """Laid out flat if it fits on the rest of the line, broken otherwise."""

    doc: Doc


@dataclass(frozen=True, slots=True)
class Concat:
    parts: tuple[Doc, ...]


@dataclass(frozen=True, slots=True)
class Str:
    """A string literal: `repr(value)` if it fits, else adjacent pieces in parentheses."""

    value: str
    literal: str = field(default="", compare=False)
    width: int = field(default=-1, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "literal", repr(self.value))
        object.__setattr__(self, "width", text_width(self.literal))


Doc = Text | Line | IfBreak | Nest | Group | Concat | Str

SOFT = Line(soft=True)
SPACE = Line()
COMMA = Text(",")


def concat(*parts: Doc | str) -> Doc:
    return Concat(tuple(Text(p) if isinstance(p, str) else p for p in parts))


def join(separator: Sequence[Doc], items: Iterable[Doc]) -> list[Doc]:
    result: list[Doc] = []
    for index, item in enumerate(items):
        if index:
            result.extend(separator)
        result.append(item)
    return result


def bracket(opening: str, items: Sequence[Doc], closing: str, single_comma: bool = False) -> Doc:
    """`f(a, b)`, `(a,)`, `{k: v}`: flat, or the items on one indented line, or one per line
    with a trailing comma. `single_comma` writes the comma of a one-item tuple."""
    if not items:
        return Text(opening + closing)
    separated = join((COMMA, SPACE), items)
    if len(items) == 1:  # a lone argument broken inside takes no trailing comma (Black's choice)
        ending: Doc = COMMA if single_comma else Concat(())
    else:
        ending = IfBreak(",")
    body = Group(Concat((*separated, ending)))
    return Group(Concat((Text(opening), Nest(Concat((SOFT, body))), SOFT, Text(closing))))


def infix(operator: str, operands: Sequence[Doc]) -> Doc:
    """`a + b + c`, broken before each operator (inside brackets, or parentheses added by the caller)."""
    parts: list[Doc] = [operands[0]]
    for operand in operands[1:]:
        parts += [SPACE, Text(f"{operator} "), operand]
    return Group(Concat(tuple(parts)))


def parenthesized(doc: Doc) -> Doc:
    """`doc` in parentheses that appear only when it breaks (a statement's right-hand side)."""
    return Group(Concat((IfBreak("("), Nest(Concat((SOFT, doc))), SOFT, IfBreak(")"))))


def flat(doc: Doc) -> str:
    """The one-line text of a document."""
    out: list[str] = []
    stack: list[Doc] = [doc]
    while stack:
        item = stack.pop()
        if isinstance(item, Text):
            out.append(item.text)
        elif isinstance(item, Str):
            out.append(item.literal)
        elif isinstance(item, Concat):
            stack.extend(reversed(item.parts))
        elif isinstance(item, (Nest, Group)):
            stack.append(item.doc)
        elif isinstance(item, Line):
            out.append("" if item.soft else " ")
    return "".join(out)


_FLAT, _BREAK = True, False
_Command = tuple[int, bool, Doc]  # indentation, flat?, document


def render(doc: Doc, indent: int, width: int = WIDTH) -> list[str]:
    """The lines of `doc` laid out from column `indent` (Prettier's algorithm, iterative)."""
    lines: list[str] = []
    current: list[str] = [" " * indent]
    position = indent
    stack: list[_Command] = [(indent, _BREAK, doc)]
    while stack:
        level, mode, item = stack.pop()
        if isinstance(item, Text):
            current.append(item.text)
            position += item.width
        elif isinstance(item, Concat):
            stack.extend((level, mode, part) for part in reversed(item.parts))
        elif isinstance(item, Nest):
            stack.append((level + INDENT, mode, item.doc))
        elif isinstance(item, Group):
            fits = mode is _FLAT or _fits(item.doc, stack, width - position)
            stack.append((level, _FLAT if fits else _BREAK, item.doc))
        elif isinstance(item, Line):
            if mode is _FLAT:
                if not item.soft:
                    current.append(" ")
                    position += 1
            else:
                lines.append("".join(current).rstrip())
                current, position = [" " * level], level
        elif isinstance(item, IfBreak):
            if mode is _BREAK:
                current.append(item.text)
                position += len(item.text)
        elif isinstance(item, Str):
            if mode is _FLAT or _fits(Text(item.literal, item.width), stack, width - position):
                current.append(item.literal)
                position += item.width
            else:
                pieces = [Text(repr(piece)) for piece in split_string(item.value, width - level - INDENT)]
                lines_of_pieces = Nest(Concat((SOFT, *join((SPACE,), pieces))))
                stack.append((level, _BREAK, Concat((Text("("), lines_of_pieces, SOFT, Text(")")))))
    lines.append("".join(current).rstrip())
    return lines


def _fits(doc: Doc, rest: list[_Command], room: int) -> bool:
    """Whether `doc`, laid out flat, and what follows it up to the next line break fit in `room`."""
    pending: list[tuple[bool, Doc]] = [(_FLAT, doc)]
    next_rest = len(rest)
    while room >= 0:
        if not pending:
            if next_rest == 0:
                return True
            next_rest -= 1
            _, mode, item = rest[next_rest]
            pending.append((mode, item))
            continue
        mode, item = pending.pop()
        if isinstance(item, Text):
            room -= item.width
        elif isinstance(item, Str):
            if mode is _BREAK:
                return True  # laid out later on its own: split if it does not fit there
            room -= item.width
        elif isinstance(item, Concat):
            pending.extend((mode, part) for part in reversed(item.parts))
        elif isinstance(item, (Nest, Group)):
            pending.append((mode, item.doc))
        elif isinstance(item, Line):
            if mode is _BREAK:
                return True
            room -= 0 if item.soft else 1
        elif isinstance(item, IfBreak) and mode is _BREAK:
            room -= len(item.text)
    return False


def split_string(value: str, room: int) -> list[str]:
    """Pieces of `value`, cut after spaces, whose literals fit in `room` columns (a word longer
    than that is cut where it must); joined, they give `value` back."""
    room = max(room - 2, 8)  # the quotes
    pieces: list[str] = []
    piece: list[str] = []
    used = 0
    for word in _WORDS.findall(value):
        size = _escaped_width(word)
        if piece and used + size > room:
            pieces.append("".join(piece))
            piece, used = [], 0
        while size > room:  # a word longer than a line: cut it
            cut = _prefix_within(word, room)
            pieces.append(word[:cut])
            word = word[cut:]
            size = _escaped_width(word)
        if word:
            piece.append(word)
            used += size
    if piece:
        pieces.append("".join(piece))
    return pieces or [value]


_WORDS = re.compile(r"[^ ]+ *| +")


def _escaped_width(text: str) -> int:
    """At least the columns `text` takes inside a literal, whichever quotes repr() chooses."""
    return text_width(repr(text)) - 2 + text.count("'") + text.count('"')


def _prefix_within(word: str, room: int) -> int:
    """The longest prefix of `word` (at least one character) whose literal fits in `room` columns."""
    size = 0
    for index, character in enumerate(word):
        size += _escaped_width(character)
        if size > room:
            return max(index, 1)
    return len(word)
