"""Dates and years written in French prose: « 1er mars 2026 », « 31/03/2026 », « du 6 au 17
janvier 2025 », « année scolaire 2025-2026 », « rentrée 2025 », a bare « 2024 ».

Each mention keeps its offsets in the text, so that a diagnostic can point at it. Years that
belong to a text number (« décret n° 2004-592 », « n°2012 ») are not mentions of a year."""

from __future__ import annotations

import datetime
import re
from collections.abc import Iterator
from dataclasses import dataclass
from enum import Enum

from circdsl.dates import MONTHS


class MentionKind(Enum):
    DATE = "date"  # a whole date
    DAY_MONTH = "jour et mois"  # « le 31 mars », without a year
    SCHOOL_YEAR = "année scolaire"  # 2025-2026, 2025/2026, 2025 – 2026
    START_OF_YEAR = "rentrée"  # « rentrée 2025 »: the first year of a school year
    YEAR = "année"


@dataclass(frozen=True)
class Mention:
    kind: MentionKind
    start: int  # offsets in the text, end exclusive
    end: int
    text: str  # as written
    date: datetime.date | None = None  # DATE
    day_month: tuple[int, int] | None = None  # DATE and DAY_MONTH
    year: int | None = None  # the (first) year, for every kind but DAY_MONTH

    @property
    def school_year(self) -> str | None:
        return f"{self.year}-{self.year + 1}" if self.kind is MentionKind.SCHOOL_YEAR and self.year else None


_MONTH = r"(janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[ûu]t|septembre|octobre|novembre|d[ée]cembre)(?!\w)"
_DAY = r"(1er|1ᵉʳ|\d{1,2})"
_YEAR = r"((?:19|20)\d\d)"
_LONG = re.compile(rf"(?<![\w/]){_DAY}\s+{_MONTH}\s+{_YEAR}(?![\d/])", re.IGNORECASE)
# « du 6 au 17 janvier 2025 »: the first day takes the month and year of the second
_RANGE_START = re.compile(rf"\bdu\s+{_DAY}\s+au\s+{_DAY}\s+{_MONTH}\s+{_YEAR}(?!\d)", re.IGNORECASE)
_NUMERIC = re.compile(r"(?<![\d/])(\d{1,2})/(\d{1,2})/((?:19|20)\d\d)(?![\d/])")
_ISO = re.compile(r"(?<![\d-])((?:19|20)\d\d)-(\d{2})-(\d{2})(?![\d-])")
_DAY_MONTH = re.compile(rf"(?<![\w/]){_DAY}\s+{_MONTH}(?!\s+\d)", re.IGNORECASE)
_SCHOOL_YEAR = re.compile(r"(?<![\d/-])((?:19|20)\d\d)\s*[-/–—]\s*((?:19|20)\d\d)(?![\d/-])")
_START_OF_YEAR = re.compile(rf"\brentrée(?:\s+scolaire)?(?:\s+de)?\s+{_YEAR}(?!\d)", re.IGNORECASE)
_BARE_YEAR = re.compile(r"(?<![\w,.])((?:19|20)\d\d)(?!\w)")
_DIGIT = re.compile(r"\d")
_TEXT_NUMBER = re.compile(r"n\s*°\s*$|n[o°º]\.?\s*$", re.IGNORECASE)  # before a year: « n° 2004-592 »


def mentions(text: str) -> list[Mention]:
    """Every date and year mentioned in `text`, in order; a year inside a date is not repeated."""
    if _DIGIT.search(text) is None:
        return []  # every mention has digits: most labels and messages have none
    found: list[Mention] = []
    taken: list[tuple[int, int]] = []

    def add(mention: Mention) -> None:
        if not any(start < mention.end and mention.start < end for start, end in taken):
            found.append(mention)
            taken.append((mention.start, mention.end))

    for mention in _dates(text):
        add(mention)
    for match in _SCHOOL_YEAR.finditer(text):
        first, second = int(match.group(1)), int(match.group(2))
        if second == first + 1:
            add(Mention(MentionKind.SCHOOL_YEAR, match.start(), match.end(), match.group(0), year=first))
    for match in _START_OF_YEAR.finditer(text):
        add(Mention(MentionKind.START_OF_YEAR, match.start(), match.end(), match.group(0), year=int(match.group(1))))
    for match in _BARE_YEAR.finditer(text):
        if _TEXT_NUMBER.search(text[max(0, match.start() - 6) : match.start()]):
            continue  # a text number, not a year
        if re.match(r"-\d", text[match.end() : match.end() + 2]):
            continue  # « 2004-592 »: the number of a decree
        add(Mention(MentionKind.YEAR, match.start(), match.end(), match.group(0), year=int(match.group(1))))
    for match in _DAY_MONTH.finditer(text):
        day, month = _day(match.group(1)), _month(match.group(2))
        if _valid(day, month, 2024):
            add(Mention(MentionKind.DAY_MONTH, match.start(), match.end(), match.group(0), day_month=(day, month)))
    return sorted(found, key=lambda mention: mention.start)


def _dates(text: str) -> Iterator[Mention]:
    for match in _RANGE_START.finditer(text):
        day, month, year = _day(match.group(1)), _month(match.group(3)), int(match.group(4))
        yield from _date(match.start(1), match.end(1), match.group(1), year, month, day)
    for match in _LONG.finditer(text):
        day, month, year = _day(match.group(1)), _month(match.group(2)), int(match.group(3))
        yield from _date(match.start(), match.end(), match.group(0), year, month, day)
    for match in _NUMERIC.finditer(text):
        day, month, year = (int(g) for g in match.groups())
        yield from _date(match.start(), match.end(), match.group(0), year, month, day)
    for match in _ISO.finditer(text):
        year, month, day = (int(g) for g in match.groups())
        yield from _date(match.start(), match.end(), match.group(0), year, month, day)


def _date(start: int, end: int, written: str, year: int, month: int, day: int) -> Iterator[Mention]:
    if _valid(day, month, year):
        date = datetime.date(year, month, day)
        yield Mention(MentionKind.DATE, start, end, written, date=date, day_month=(day, month), year=year)


def _day(text: str) -> int:
    return 1 if text.lower().startswith("1e") or text.startswith("1ᵉ") else int(text)


def _month(text: str) -> int:
    word = text.lower().replace("fevrier", "février").replace("aout", "août").replace("decembre", "décembre")
    return MONTHS[word]


def _valid(day: int, month: int, year: int) -> bool:
    try:
        datetime.date(year, month, day)
    except ValueError:
        return False
    return True


def dates_in(text: str) -> set[datetime.date]:
    """The whole dates a text mentions."""
    return {mention.date for mention in mentions(text) if mention.date is not None}


def years_in(text: str) -> set[int]:
    """Every year a text mentions, in a date, a school year or alone (text numbers excluded)."""
    years: set[int] = set()
    for mention in mentions(text):
        if mention.year is not None:
            years.add(mention.year)
            if mention.kind is MentionKind.SCHOOL_YEAR:
                years.add(mention.year + 1)
    return years


def school_years_in(text: str) -> set[int]:
    """The first years of the school years a text mentions (« 2014 – 2015 » gives 2014)."""
    return {m.year for m in mentions(text) if m.kind is MentionKind.SCHOOL_YEAR and m.year is not None}


def has_year(text: str) -> bool:
    """Whether a text mentions a year (in a date, a school year, or alone)."""
    return any(mention.year is not None for mention in mentions(text))
