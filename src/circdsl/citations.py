"""Find verbatim quotes in a source text, whitespace and typography folded; propose the
closest passages of the text for a quote that is not in it."""

from __future__ import annotations

import bisect
import difflib
import re
from array import array
from dataclasses import dataclass, field
from functools import cached_property, lru_cache

# Folded before comparing: typographic apostrophes to ', and every run of blanks (typographic
# spaces such as U+00A0, U+202F and U+2009 included) to one space.
_APOSTROPHES = ("’", "‘", "ʼ")
_SPACES = re.compile(r"\s+")
_RUNS = re.compile(r"\s{2,}")
_CHUNK = 1 << 16  # folded a piece at a time: a substitution over a long text would hold a piece per blank run
_WORDS = re.compile(r"\w+|[^\w\s]")
_GRAM = 8  # the word index finds a word by this many of its first characters
# Quotes looked up by scanning the text before its word index is made: the index costs about a
# thousand scans to make, so a circular citing a few dozen sentences never needs it.
SCANS_BEFORE_INDEX = 500
MIN_LIKENESS = 0.6  # a passage less alike than this (difflib ratio, by words) is not proposed


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


@lru_cache(maxsize=16)
def _folded_text(text: str) -> tuple[str, array[int], array[int]]:
    """`SourceText._folded`, kept for the last texts: each compiler reads the same source texts
    again (a new `SourceText` each time), and folding a long text is most of preparing it. Shared:
    never modified."""
    folded = _collapse(text)
    shift_at, shift_by = array("q", [0]), array("q", [0])
    removed = 0
    for run in _RUNS.finditer(text):  # a run of n blanks became one space
        shift_at.append(run.start() - removed + 1)
        removed += run.end() - run.start() - 1
        shift_by.append(removed)
    return folded, shift_at, shift_by


def _scanned(text: str, quote: str) -> list[int]:
    """Where `quote` starts in `text`, overlapping occurrences included, by scanning the text."""
    found = []
    start = 0
    while (index := text.find(quote, start)) >= 0:
        found.append(index)
        start = index + 1
    return found


def _plain_apostrophes(text: str) -> str:
    for apostrophe in _APOSTROPHES:
        text = text.replace(apostrophe, "'")
    return text


@dataclass(frozen=True)
class SourceText:
    """A source circular prepared for quote lookups.

    Memory stays proportional to the text and small: the folded text, one pair of numbers per run
    of several blanks (where folding shifts the offsets), one number per line and, once quotes are
    looked up by the hundred, one per word (where it starts, by its first characters: see `occurrences`).
    """

    path: str
    text: str
    _lookups: list[int] = field(default_factory=lambda: [0], init=False, repr=False, compare=False)  # one count

    @cached_property
    def _folded(self) -> tuple[str, array[int], array[int]]:
        """The folded text (blanks at its end kept), and where its offsets shift from the text's, by how much."""
        return _folded_text(self.text)

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
        found = self.occurrences(folded_quote)  # the quote, folded, has no blank at either end
        if not found:
            return None
        return bisect.bisect_right(self._line_starts, self._offset(found[0]))

    def occurrences(self, folded_quote: str) -> list[int]:
        """Where a folded quote starts in the folded text, in order, overlapping occurrences included.

        After SCANS_BEFORE_INDEX lookups, found through a word of the quote after its first (the one
        whose first characters start fewest words of the text), not by scanning the whole text: a
        circular citing thousands of sentences of a long text would otherwise scan it once per quote."""
        folded = self._folded[0]
        self._lookups[0] += 1
        if self._lookups[0] <= SCANS_BEFORE_INDEX:
            return _scanned(folded, folded_quote)
        starts = self._word_starts
        best: tuple[int, list[int]] | None = None  # (offset of the word in the quote, where it starts in the text)
        for word in re.finditer(" ", folded_quote):
            offset = word.end()
            gram = folded_quote[offset : offset + _GRAM]
            if len(gram) < _GRAM:
                break
            where = starts.get(gram, [])
            if best is None or len(where) < len(best[1]):
                best = (offset, where)
        if best is None:  # no word long enough after the first: the text is scanned
            return _scanned(folded, folded_quote)
        offset, where = best
        return [
            start - offset for start in where if start >= offset and folded.startswith(folded_quote, start - offset)
        ]

    @cached_property
    def _word_starts(self) -> dict[str, list[int]]:
        """Where each word of the folded text starts (after a blank), by its first _GRAM characters."""
        folded = self._folded[0]
        starts: dict[str, list[int]] = {}
        for blank in re.finditer(" ", folded):
            start = blank.end()
            gram = folded[start : start + _GRAM]
            if len(gram) == _GRAM:
                starts.setdefault(gram, []).append(start)
        return starts

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

    @cached_property
    def _words(self) -> tuple[list[str], list[tuple[int, int]]]:
        """The words (and punctuation signs) of the text, lower case, with their offsets."""
        matches = list(_WORDS.finditer(_plain_apostrophes(self.text)))  # one character for one: offsets kept
        return [m.group(0).lower() for m in matches], [(m.start(), m.end()) for m in matches]

    def closest_passages(self, quote: str, limit: int = 2) -> list[Passage]:
        """The passages of the text most like `quote` (by words), best first, at least MIN_LIKENESS alike."""
        wanted = [w.lower() for w in _WORDS.findall(fold(quote))]
        words, _ = self._words
        if not wanted or not words:
            return []
        candidates = [
            self._passage(quote, wanted, start, margin)
            for start in _anchors(words, wanted)
            for margin in {max(3, len(wanted) // 3), len(wanted)}  # words added to or dropped from the text
        ]
        kept: list[Passage] = []
        for passage in sorted((p for p in candidates if p is not None), key=lambda p: (-p.likeness, p.line)):
            if passage.likeness < MIN_LIKENESS:
                break
            if all(p.text != passage.text and not p.overlaps(passage) for p in kept):
                kept.append(passage)
        return kept[:limit]

    def _passage(self, quote: str, wanted: list[str], start: int, margin: int) -> Passage | None:
        words, offsets = self._words
        low, high = max(0, start - margin), min(len(words), start + len(wanted) + margin)
        blocks = [
            b
            for b in difflib.SequenceMatcher(None, wanted, words[low:high], autojunk=False).get_matching_blocks()
            if b.size
        ]
        if not blocks:
            return None
        # from the first word matched to the last, widened by the quote's unmatched ends
        first = max(low, low + blocks[0].b - blocks[0].a)
        last = min(high, low + blocks[-1].b + blocks[-1].size + (len(wanted) - blocks[-1].a - blocks[-1].size))
        matcher = difflib.SequenceMatcher(None, wanted, words[first:last], autojunk=False)
        quote_words = [(m.start(), m.end()) for m in _WORDS.finditer(fold(quote))]
        pieces: list[tuple[int, int, bool]] = []  # offsets in the text, and whether they differ from the quote
        replaced = []
        for tag, a1, a2, b1, b2 in matcher.get_opcodes():
            if b2 > b1:
                pieces.append((offsets[first + b1][0], offsets[first + b2 - 1][1], tag != "equal"))
            if tag in ("replace", "delete"):
                replaced.append(fold(quote)[quote_words[a1][0] : quote_words[a2 - 1][1]])
        start, end = offsets[first][0], offsets[last - 1][1]
        line = bisect.bisect_right(self._line_starts, start)
        marked = self._marked(pieces)
        return Passage(line, self._slice(start, end), marked, tuple(replaced), matcher.ratio(), (start, end))

    def _slice(self, start: int, end: int) -> str:
        return " ".join(self.text[start:end].split())

    def _marked(self, pieces: list[tuple[int, int, bool]]) -> str:
        """The passage as written, spaces folded, the pieces that differ between brackets."""
        parts = []
        for index, (start, end, differs) in enumerate(pieces):
            if index:
                parts.append(
                    " "
                    if self.text[pieces[index - 1][1] : start].strip() == "" and start > pieces[index - 1][1]
                    else ""
                )
            text = self._slice(start, end)
            parts.append(f"[{text}]" if differs else text)
        return "".join(parts)

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


@dataclass(frozen=True)
class Passage:
    """A passage of the source text close to a quote."""

    line: int
    text: str  # as in the source, spaces folded
    marked: str  # the words that differ from the quote between brackets
    replaced: tuple[str, ...]  # what the quote says instead, where it differs
    likeness: float  # difflib ratio over the words, from 0 to 1
    offsets: tuple[int, int]  # where it is in the source text

    def overlaps(self, other: Passage) -> bool:
        return self.offsets[0] < other.offsets[1] and other.offsets[0] < self.offsets[1]


def _anchors(words: list[str], wanted: list[str], count: int = 4) -> list[int]:
    """Where windows of the text share the most words with the quote: a few starts, apart from each other."""
    vocabulary = set(wanted)
    size = len(wanted)
    inside = [0]
    for word in words:
        inside.append(inside[-1] + (word in vocabulary))
    scores = [(inside[min(len(words), i + size)] - inside[i], -i) for i in range(max(1, len(words) - size + 1))]
    chosen: list[int] = []
    for score, minus_start in sorted(scores, reverse=True):
        start = -minus_start
        if score == 0 or len(chosen) == count:
            break
        if all(abs(start - other) >= max(1, size // 2) for other in chosen):
            chosen.append(start)
    return chosen
