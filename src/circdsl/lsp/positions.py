"""Where things are, as the compiler and as the editor count.

The compiler counts 1-based lines (only « \\n » ends a line) and 1-based columns in characters; the
protocol counts 0-based lines and columns in the code units the client chose (UTF-16 unless it
asked for another encoding). `Lines` converts between the two for one text. Files are named by
URIs on the protocol's side and by paths on the compiler's.
"""

from __future__ import annotations

import bisect
from pathlib import Path

from lsprotocol import types
from pygls.uris import from_fs_path, to_fs_path
from pygls.workspace.position_codec import PositionCodec

from circdsl.source import Span


class Lines:
    """The lines of one text, to convert spans to ranges and positions to columns."""

    def __init__(self, text: str, codec: PositionCodec):
        self.text = text
        self.lines = text.split("\n")
        self.codec = codec
        self._starts = [0]
        for line in self.lines[:-1]:
            self._starts.append(self._starts[-1] + len(line) + 1)

    def position(self, line: int, column: int) -> types.Position:
        """The protocol's position of a 1-based line and column."""
        if line > len(self.lines):
            last = len(self.lines) - 1
            return types.Position(last, self.codec.client_num_units(self.lines[last]))
        text = self.lines[max(line, 1) - 1]
        shown = text[: max(column, 1) - 1]
        return types.Position(max(line, 1) - 1, self.codec.client_num_units(shown))

    def range(self, span: Span) -> types.Range:
        return types.Range(self.position(span.line, span.column), self.position(span.end_line, span.end_column))

    def line_column(self, position: types.Position) -> tuple[int, int]:
        """The 1-based line and column (in characters) of a position of the protocol."""
        if position.line >= len(self.lines):
            return len(self.lines), len(self.lines[-1]) + 1
        text = self.lines[position.line]
        column = 0
        units = 0
        while column < len(text) and units < position.character:
            units += self.codec.client_num_units(text[column])
            column += 1
        return position.line + 1, column + 1

    def offset(self, line: int, column: int) -> int:
        """The offset in the text of a 1-based line and column."""
        line = min(max(line, 1), len(self.lines))
        return min(self._starts[line - 1] + column - 1, len(self.text))

    def slice(self, span: Span) -> str:
        """The text of a span, on one line (runs of blanks as one space)."""
        written = self.text[self.offset(span.line, span.column) : self.offset(span.end_line, span.end_column)]
        return " ".join(written.split())

    def span(self, start: int, end: int) -> Span:
        """The span of the text between two offsets."""
        line, column = self._line_column_of(start)
        end_line, end_column = self._line_column_of(end)
        return Span(line, column, end_line, end_column)

    def _line_column_of(self, offset: int) -> tuple[int, int]:
        index = bisect.bisect_right(self._starts, offset) - 1
        return index + 1, offset - self._starts[index] + 1


def contains(span: Span, line: int, column: int) -> bool:
    """Whether a 1-based position is inside a span (its end included: the cursor just after a word)."""
    if (line, column) < (span.line, span.column):
        return False
    return (line, column) <= (span.end_line, span.end_column)


def path_of(uri: str) -> Path | None:
    """The file of a « file: » URI; None for an unsaved document (« untitled: »)."""
    if not uri.startswith("file:"):
        return None
    path = to_fs_path(uri)
    return Path(path) if path else None


def uri_of(path: Path) -> str:
    return from_fs_path(str(path)) or path.as_uri()
