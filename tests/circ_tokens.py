"""The tokens of a .circ text as the compiler's own parser reads them: the reference the
highlighters (the TextMate grammar of the VS Code extension, the Pygments lexer) are checked
against, on every circular of the repository and every `circ` block of the guide."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from lark.exceptions import UnexpectedInput
from lark.utils import TextSlice

from circdsl.highlight import FAMILIES, PATTERN_QUALIFIERS, PATTERN_UNITS
from circdsl.lark_parser import RESUME, START, SplitWord, TooDeep
from circdsl.parser import declaration_starts, get_parser
from tests.test_guide import GUIDE_PAGES, ROOT, blocks_of

_STRING_OR_COMMENT = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*"|#[^\n]*')
_KINDS = {
    "STRING": "string",
    "NUMBER": "number",
    "SET_NUMBER": "number",
    "DATE": "date",
    "SCHOOL_YEAR": "date",
    "TIME": "time",
    "NAME": "name",
    "DEMI_JOURNEES": "keyword",
    "L_UNITE": "keyword",
}


@dataclass(frozen=True)
class Token:
    start: int  # offset in the text
    end: int
    kind: str  # keyword, name, string, number, date, time, comment, sign (punctuation and operators)
    text: str

    @property
    def family(self) -> str:
        """The family of a keyword (see circdsl.highlight)."""
        word = self.text.replace("’", "'")
        if word in PATTERN_UNITS or word in ("%", "€"):
            return "unit"
        if word in PATTERN_QUALIFIERS:
            return "qualifier"
        return next(family for family, words in FAMILIES.items() if word in words)


def reference_tokens(text: str) -> list[Token]:
    """Every token the parser reads in `text` (resuming at the next declaration after an error, as
    the compiler does), and the comments. Read once per text and test process: the TextMate and
    Pygments tests check their highlighters against the same samples."""
    return list(_reference_tokens(text))


@functools.cache
def _reference_tokens(text: str) -> tuple[Token, ...]:
    found: dict[int, Token] = {}
    start, rule = 0, START
    tried: set[tuple[int, str]] = set()
    while (start, rule) not in tried:
        tried.add((start, rule))
        failed_at = _read(text, start, rule, found)
        if failed_at is None:
            break
        following = [s for s in declaration_starts(text) if s > failed_at or (s == failed_at and rule == START)]
        if not following:
            break
        start, rule = following[0], RESUME
    for match in _STRING_OR_COMMENT.finditer(text):
        if match.group().startswith("#") and not any(t.start <= match.start() < t.end for t in found.values()):
            found[match.start()] = Token(match.start(), match.end(), "comment", match.group())
    return tuple(sorted(found.values(), key=lambda t: t.start))


def _read(text: str, start: int, rule: str, found: dict[int, Token]) -> int | None:
    """Read from `start` until the end (None) or an error (its offset)."""
    parser: Any = get_parser().parse_interactive(TextSlice(text, start, len(text)), start=rule)
    try:
        for token in parser.iter_parse():
            kind = _kind(token.type, str(token))
            found[token.start_pos] = Token(token.start_pos, token.end_pos, kind, str(token))
        parser.feed_eof()
    except (UnexpectedInput, SplitWord, TooDeep) as error:
        position = getattr(error, "pos_in_stream", None)
        if position is None:
            token = getattr(error, "token", None) or getattr(error, "first", None)
            position = getattr(token, "start_pos", start) or start
        return max(int(position), start)
    return None


def _kind(terminal: str, value: str) -> str:
    if terminal in _KINDS:
        return _KINDS[terminal]
    if value[:1].isalpha() or value in ("%", "€"):
        return "keyword"
    return "sign"


@dataclass(frozen=True)
class Sample:
    """A .circ text to highlight: a file of the repository or a block of the guide."""

    where: str
    text: str
    invalid: bool = False  # a block that shows an unexpected character (E001): some may be invalid


def samples() -> list[Sample]:
    return list(_samples())


@functools.cache
def _samples() -> tuple[Sample, ...]:
    """The samples, read once per test process (test_textmate.py and test_pygments.py both use them)."""
    found = [
        Sample(str(path.relative_to(ROOT)), path.read_text(encoding="utf-8"))
        for path in sorted((ROOT / "circulars").glob("*.circ"))
    ]
    for page in GUIDE_PAGES:
        for block in blocks_of(page):
            if block.lang == "circ":
                found.append(Sample(block.where, block.text, invalid="E001" in block.expected_codes))
    return tuple(found)


def guide_block_count() -> int:
    return sum(1 for page in GUIDE_PAGES for block in blocks_of(page) if block.lang == "circ")


__all__ = ["Path", "Sample", "Token", "guide_block_count", "reference_tokens", "samples"]
