"""Source files, spans and caret rendering.

Lines are counted as the parser counts them: only « \\n » ends a line. Other characters that
some tools treat as line breaks (U+2028, U+2029, U+0085, form feed, vertical tab, a lone « \\r »)
are ordinary characters of their line, so a line number means the same thing in the parser, in
diagnostics, in excerpts and in the source slices quoted by pages.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

# The largest .circ file read (bytes): a circular is a few tens of kilobytes; beyond this the
# file is refused (E010) before it is parsed, and it is not even read to its end.
MAX_SOURCE_BYTES = 5_000_000
_READ_CHUNK = 1 << 16
# An excerpt shows at most this many characters of a line, around the caret.
EXCERPT_WIDTH = 160

# Characters shown in an excerpt by a visible stand-in of the same width, so that the caret stays
# under its column and nothing written in a file can move the terminal's cursor or reorder its line:
# control characters (escape sequences), line and paragraph separators, bidirectional controls.
_INVISIBLE = re.compile("[\x00-\x08\x0a-\x1f\x7f-\x9f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def _visible(char: str) -> str:
    code = ord(char)
    if code < 0x20:
        return chr(0x2400 + code)  # the Unicode control pictures: ␀ … ␟
    return "␡" if code == 0x7F else "�"


@dataclass(frozen=True, slots=True)
class Span:
    """A region of a source file; lines and columns are 1-based, end exclusive.

    `file` names the .circ file as shown to the user. The builder leaves it empty (a
    syntax tree is one file); the checker sets it on every declaration of the model,
    so that a fact imported from a vocabulary points into the vocabulary."""

    line: int
    column: int
    end_line: int
    end_column: int
    file: str = ""

    @classmethod
    def point(cls, line: int, column: int) -> Span:
        return cls(line, column, line, column + 1)

    def in_file(self, file: str) -> Span:
        """The same region, located in `file`."""
        return Span(self.line, self.column, self.end_line, self.end_column, file)


@dataclass(frozen=True)
class SourceFile:
    """The text of one .circ file and the name it is reported under."""

    name: str  # path as shown to the user
    text: str
    oversized: bool = False  # the file is larger than MAX_SOURCE_BYTES: `text` is only its beginning

    @classmethod
    def read(cls, path: Path, display_name: str | None = None) -> SourceFile:
        """Read a file as UTF-8 (a byte-order mark is not part of the text), at most MAX_SOURCE_BYTES of it."""
        decoder = codecs.getincrementaldecoder("utf-8-sig")()
        parts: list[str] = []
        size = 0
        with path.open("rb") as stream:
            while size <= MAX_SOURCE_BYTES and (chunk := stream.read(_READ_CHUNK)):
                size += len(chunk)
                parts.append(decoder.decode(chunk))
        oversized = size > MAX_SOURCE_BYTES
        if not oversized:
            parts.append(decoder.decode(b"", final=True))  # a truncated last character is an error
        return cls(display_name or str(path), "".join(parts), oversized)

    @cached_property
    def line_starts(self) -> tuple[int, ...]:
        """The offset of the first character of each line."""
        return (0, *(match.end() for match in re.finditer("\n", self.text)))

    @property
    def line_count(self) -> int:
        return len(self.line_starts)

    def offset(self, line: int, column: int) -> int:
        """The offset in the text of a 1-based line and column (clamped to the text)."""
        starts = self.line_starts
        if line < 1:
            return 0
        if line > len(starts):
            return len(self.text)
        return min(starts[line - 1] + max(column, 1) - 1, len(self.text))

    def line_text(self, line: int) -> str:
        """The text of a line, without its end (« \\n », or « \\r\\n »)."""
        starts = self.line_starts
        if not 0 < line <= len(starts):
            return ""
        end = starts[line] - 1 if line < len(starts) else len(self.text)
        text = self.text[starts[line - 1] : end]
        return text[:-1] if text.endswith("\r") else text

    def excerpt(self, span: Span) -> str:
        """Return the source line of `span` with a caret line under it (a long line is cut around the caret)."""
        raw = self.line_text(span.line)
        column = span.column
        end = span.end_column if span.end_line == span.line and span.end_column > column else column + 1
        if len(raw) > EXCERPT_WIDTH:
            raw, column, end = _window(raw, column, end)
        raw = _INVISIBLE.sub(lambda match: _visible(match.group()), raw)
        before = raw[: column - 1].expandtabs(4)  # the caret follows the displayed (expanded) line
        width = max(1, len(raw[: end - 1].expandtabs(4)) - len(before))
        text = raw.expandtabs(4)
        width = max(1, min(width, len(text) - len(before)))
        number = str(span.line)
        gutter = " " * len(number)
        caret = " " * len(before) + "^" * width
        return f" {number} | {text}\n {gutter} | {caret}"

    def slice(self, span: Span) -> str:
        """Return the source text covered by `span`."""
        return self.text[self.offset(span.line, span.column) : self.offset(span.end_line, span.end_column)]


def _window(line: str, column: int, end: int) -> tuple[str, int, int]:
    """Cut a long line to EXCERPT_WIDTH characters around `column`, marking each cut with « … »."""
    start = max(0, min(column - 1 - EXCERPT_WIDTH // 3, len(line) - EXCERPT_WIDTH))
    stop = start + EXCERPT_WIDTH
    shown = ("…" if start else "") + line[start:stop] + ("…" if stop < len(line) else "")
    shift = start - (1 if start else 0)
    return shown, column - shift, min(end - shift, len(shown) + 1)
