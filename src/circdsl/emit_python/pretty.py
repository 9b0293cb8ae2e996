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
from operator import attrgetter

WIDTH = 100
INDENT = 4


# Characters that may be wide: the others take one column (checked exactly below).
_MAYBE_WIDE = re.compile(
    "[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe10-\ufe6f\uff00-\uffef\U0001f000-\U0003fffd]"
)


def text_width(text: str) -> int:
    """Columns taken by `text` in an editor: wide (East Asian) characters count twice."""
    if text.isascii() or not _MAYBE_WIDE.search(text):
        return len(text)
    return len(text) + sum(unicodedata.east_asian_width(c) in "WF" for c in _MAYBE_WIDE.findall(text))


# The nodes of a document. Each knows its width, so that whether a group fits is known without
# walking it, and its text laid out flat (`flat`), joined from its parts' when it is made (in C:
# cheaper than walking the tree again, and the depth of a document is bounded, see MAX_DEPTH).


class Text:
    __slots__ = ("flat", "text", "width")
    text: str
    width: int
    flat: str

    def __init__(self, text: str) -> None:
        self.text = self.flat = text
        self.width = len(text) if text.isascii() else text_width(text)


class Line:
    """A space (or nothing, if soft) when its group is flat; a new line when it is broken."""

    __slots__ = ("flat", "soft", "width")
    soft: bool
    width: int
    flat: str

    def __init__(self, soft: bool = False) -> None:
        self.soft = soft
        self.width = 0 if soft else 1
        self.flat = "" if soft else " "


class IfBreak:
    """Text written only when the enclosing group is broken (a trailing comma)."""

    __slots__ = ("flat", "text", "width")
    text: str
    width: int
    flat: str

    def __init__(self, text: str) -> None:
        self.text = text
        self.width = 0
        self.flat = ""


class _Wrapper:
    __slots__ = ("doc", "flat", "width")
    doc: Doc
    width: int
    flat: str

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.width = doc.width
        self.flat = doc.flat


class Nest(_Wrapper):
    """Its lines start INDENT columns further right."""

    __slots__ = ()


class Group(_Wrapper):
    """Laid out flat if it fits on the rest of the line, broken otherwise."""

    __slots__ = ()


class Concat:
    __slots__ = ("flat", "parts", "width")
    parts: tuple[Doc, ...]
    width: int
    flat: str

    def __init__(self, parts: tuple[Doc, ...]) -> None:
        self.parts = parts
        self.flat = "".join(map(_flat, parts))
        self.width = sum(map(_width, parts))


class Str:
    """A string literal: `repr(value)` if it fits, else adjacent pieces in parentheses."""

    __slots__ = ("flat", "literal", "value", "width")
    value: str
    literal: str
    width: int
    flat: str

    def __init__(self, value: str) -> None:
        self.value = str(value)  # a StrEnum's value, not its repr
        self.literal = self.flat = repr(self.value)
        self.width = text_width(self.literal)


_width = attrgetter("width")
_flat = attrgetter("flat")

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
    return doc.flat


def render(doc: Doc, indent: int, width: int = WIDTH) -> list[str]:
    """The lines of `doc` laid out from column `indent` (Prettier's algorithm, iterative): a group
    that fits is written flat at once; the stacks hold what is laid out broken, and where."""
    if indent + doc.width <= width:  # most statements: one line
        return [" " * indent + doc.flat]
    lines: list[str] = []
    current: list[str] = [" " * indent]
    position = indent
    stack: list[Doc] = [doc]  # laid out broken...
    levels: list[int] = [indent]  # ...at this indentation
    while stack:
        item = stack.pop()
        level = levels.pop()
        if type(item) is Concat:
            stack.extend(reversed(item.parts))
            levels.extend([level] * len(item.parts))
        elif type(item) is Text:
            current.append(item.text)
            position += item.width
        elif type(item) is Group:
            if _fits(item, stack, width - position):
                current.append(item.flat)
                position += item.width
            else:
                stack.append(item.doc)
                levels.append(level)
        elif type(item) is Line:
            lines.append("".join(current).rstrip())
            current, position = [" " * level], level
        elif type(item) is Nest:
            stack.append(item.doc)
            levels.append(level + INDENT)
        elif type(item) is IfBreak:
            current.append(item.text)
            position += len(item.text)
        elif type(item) is Str:
            if _fits(item, stack, width - position):
                current.append(item.flat)
                position += item.width
            else:
                stack.append(_split_literal(item.value, width - level - INDENT))
                levels.append(level)
    lines.append("".join(current).rstrip())
    return lines


def _split_literal(value: str, room: int) -> Doc:
    """A string too long for its line: adjacent literals, one per line, in parentheses."""
    pieces = [Text(repr(piece)) for piece in split_string(value, room)]
    lines_of_pieces = Nest(Concat((SOFT, *join((SPACE,), pieces))))
    return Concat((Text("("), lines_of_pieces, SOFT, Text(")")))


def _fits(doc: Doc, rest: list[Doc], room: int) -> bool:
    """Whether `doc`, laid out flat, and what follows it up to the next line break fit in `room`."""
    room -= doc.width
    next_rest = len(rest)
    pending: list[tuple[Doc, int]] = []  # a Concat comes with the index of its next part
    while room >= 0:
        if not pending:
            if next_rest == 0:
                return True
            next_rest -= 1
            pending.append((rest[next_rest], 0))  # what follows is laid out broken
            continue
        item, index = pending.pop()
        if type(item) is Concat:
            if index < len(item.parts):
                pending.append((item, index + 1))
                pending.append((item.parts[index], 0))
        elif type(item) is Text:
            room -= item.width
        elif type(item) is Nest or type(item) is Group:
            pending.append((item.doc, 0))
        elif type(item) is Line or type(item) is Str:
            return True  # a line break, or a string laid out on its own later
        elif type(item) is IfBreak:
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
_ESCAPED = re.compile(r"[\\'\"]")  # characters repr() may escape, besides those not printable


def _escaped_width(text: str) -> int:
    """At least the columns `text` takes inside a literal, whichever quotes repr() chooses."""
    if text.isprintable() and not _ESCAPED.search(text):  # most words: written as they are
        return len(text) if text.isascii() else text_width(text)
    return text_width(repr(text)) - 2 + text.count("'") + text.count('"')


def _prefix_within(word: str, room: int) -> int:
    """The longest prefix of `word` (at least one character) whose literal fits in `room` columns."""
    size = 0
    for index, character in enumerate(word):
        size += _escaped_width(character)
        if size > room:
            return max(index, 1)
    return len(word)
