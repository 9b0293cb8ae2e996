"""Find verbatim quotes in a source text, whitespace and typography folded."""

from __future__ import annotations

import bisect
import re
from array import array
from dataclasses import dataclass
from functools import cached_property

# Folded before comparing: typographic apostrophes to ', and every run of blanks (typographic
# spaces such as U+00A0, U+202F and U+2009 included) to one space.
_APOSTROPHES = ("’", "‘", "ʼ")
_SPACES = re.compile(r"\s+")
_RUNS = re.compile(r"\s{2,}")


_CHUNK = 1 << 16  # folded a piece at a time: a substitution over a long text would hold a piece per blank run


def fold(text: str) -> str:
    """Fold whitespace runs to one space and typographic apostrophes to '."""
    return _collapse(text).strip()


def _collapse(text: str) -> str:
    """Each run of blanks becomes one space and each typographic apostrophe or space its plain form."""
    parts = []
    start = 0
    while start < len(text):
        stop = min(start + _CHUNK, len(text))
        while stop < len(text) and text[stop].isspace():  # a run of blanks is never cut in two
            stop += 1
        parts.append(_SPACES.sub(" ", _plain_apostrophes(text[start:stop])))
        start = stop
    return "".join(parts)


def _plain_apostrophes(text: str) -> str:
    for apostrophe in _APOSTROPHES:
        text = text.replace(apostrophe, "'")
    return text


@dataclass(frozen=True)
class SourceText:
    """A source circular prepared for quote lookups.

    Memory stays proportional to the text and small: the folded text, one pair of numbers per run
    of several blanks (where folding shifts the offsets) and one number per line.
    """

    path: str
    text: str

    @cached_property
    def _folded(self) -> tuple[str, array[int], array[int]]:
        """The folded text (blanks at its end kept), and where its offsets shift from the text's, by how much."""
        folded = _collapse(self.text)
        shift_at, shift_by = array("q", [0]), array("q", [0])
        removed = 0
        for run in _RUNS.finditer(self.text):  # a run of n blanks became one space
            shift_at.append(run.start() - removed + 1)
            removed += run.end() - run.start() - 1
            shift_by.append(removed)
        return folded, shift_at, shift_by

    @cached_property
    def _line_starts(self) -> array[int]:
        starts = array("q", [0])
        starts.extend(match.end() for match in re.finditer("\n", self.text))
        return starts

    def _offset(self, folded_index: int) -> int:
        """The offset in the text of a character of the folded text."""
        _, shift_at, shift_by = self._folded
        return folded_index + shift_by[bisect.bisect_right(shift_at, folded_index) - 1]

    def find(self, quote: str) -> int | None:
        """Return the 1-based line where `quote` starts, or None if absent."""
        folded_quote = fold(quote)
        if not folded_quote:
            return None
        index = self._folded[0].find(folded_quote)  # the quote, folded, has no blank at either end
        if index < 0:
            return None
        return bisect.bisect_right(self._line_starts, self._offset(index))

    def closest(self, quote: str) -> str | None:
        """Return the longest prefix of the quote found in the text, to help the editor."""
        folded_quote = fold(quote)
        folded = self._folded[0]
        low, high = 0, len(folded_quote)
        while low < high:
            middle = (low + high + 1) // 2
            if folded_quote[:middle] in folded:
                low = middle
            else:
                high = middle - 1
        return folded_quote[:low] if low >= 10 else None

    def spans(self, quote: str, start: int = 0) -> list[tuple[int, int]]:
        """Where the quote is found at or after offset `start`: (start, end) offsets of the text, in order."""
        folded_quote = fold(quote)
        if not folded_quote:
            return []
        folded = self._folded[0]
        found = []
        index = folded.find(folded_quote, self._folded_index(start))
        while index >= 0:
            found.append((self._offset(index), self._offset(index + len(folded_quote) - 1) + 1))
            index = folded.find(folded_quote, index + 1)
        return found

    def line_of(self, offset: int) -> int:
        """The 1-based line of an offset of the text."""
        return bisect.bisect_right(self._line_starts, offset)

    def _folded_index(self, offset: int) -> int:
        """The index in the folded text of the character at `offset` of the text (or of the blank run it is in)."""
        low, high = 0, min(offset, len(self._folded[0]))
        while low < high:  # _offset is increasing: the last folded index whose offset is <= `offset`
            middle = (low + high + 1) // 2
            if self._offset(middle) <= offset:
                low = middle
            else:
                high = middle - 1
        return low
