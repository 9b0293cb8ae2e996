"""Source files, spans and caret rendering."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


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

    @classmethod
    def read(cls, path: Path, display_name: str | None = None) -> SourceFile:
        text = path.read_text(encoding="utf-8-sig")  # a byte-order mark is not part of the text
        return cls(display_name or str(path), text)

    def line_text(self, line: int) -> str:
        lines = self.text.splitlines()
        return lines[line - 1] if 0 < line <= len(lines) else ""

    def excerpt(self, span: Span) -> str:
        """Return the source line of `span` with a caret line under it."""
        raw = self.line_text(span.line)
        end = span.end_column if span.end_line == span.line and span.end_column > span.column else span.column + 1
        before = raw[: span.column - 1].expandtabs(4)  # the caret follows the displayed (expanded) line
        width = max(1, len(raw[: end - 1].expandtabs(4)) - len(before))
        text = raw.expandtabs(4)
        width = max(1, min(width, len(text) - len(before)))
        number = str(span.line)
        gutter = " " * len(number)
        caret = " " * len(before) + "^" * width
        return f" {number} | {text}\n {gutter} | {caret}"

    def slice(self, span: Span) -> str:
        """Return the source text covered by `span`."""
        lines = self.text.splitlines(keepends=True)
        if span.line == span.end_line:
            return lines[span.line - 1][span.column - 1 : span.end_column - 1]
        parts = [lines[span.line - 1][span.column - 1 :]]
        parts += lines[span.line : span.end_line - 1]
        parts.append(lines[span.end_line - 1][: span.end_column - 1])
        return "".join(parts)
