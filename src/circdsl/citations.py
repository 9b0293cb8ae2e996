"""Find verbatim quotes in a source text, whitespace and typography folded."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import cached_property

# Characters folded before comparing: typographic apostrophes and spaces.
_FOLD = str.maketrans({"’": "'", "‘": "'", "ʼ": "'", "\u00a0": " ", "\u202f": " ", "\u2009": " "})
_SPACES = re.compile(r"\s+")


def fold(text: str) -> str:
    """Fold whitespace runs to one space and typographic apostrophes to '."""
    return _SPACES.sub(" ", text.translate(_FOLD)).strip()


@dataclass(frozen=True)
class SourceText:
    """A source circular prepared for quote lookups."""

    path: str
    text: str

    @cached_property
    def _folded(self) -> tuple[str, list[int]]:
        """The folded text, and for each folded character the original offset."""
        chars: list[str] = []
        offsets: list[int] = []
        translated = self.text.translate(_FOLD)
        in_space = True  # strips leading spaces
        for offset, char in enumerate(translated):
            if char.isspace():
                if not in_space:
                    chars.append(" ")
                    offsets.append(offset)
                in_space = True
            else:
                chars.append(char)
                offsets.append(offset)
                in_space = False
        return "".join(chars), offsets

    @cached_property
    def _line_starts(self) -> list[int]:
        return [0] + [m.end() for m in re.finditer("\n", self.text)]

    def find(self, quote: str) -> int | None:
        """Return the 1-based line where `quote` starts, or None if absent."""
        folded_quote = fold(quote)
        if not folded_quote:
            return None
        folded, offsets = self._folded
        index = folded.find(folded_quote)
        if index < 0:
            return None
        return bisect.bisect_right(self._line_starts, offsets[index])

    def closest(self, quote: str) -> str | None:
        """Return the longest prefix of the quote found in the text, to help the editor."""
        folded_quote = fold(quote)
        folded, _ = self._folded
        low, high = 0, len(folded_quote)
        while low < high:
            middle = (low + high + 1) // 2
            if folded_quote[:middle] in folded:
                low = middle
            else:
                high = middle - 1
        return folded_quote[:low] if low >= 10 else None
