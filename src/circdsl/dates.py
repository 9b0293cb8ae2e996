"""French date and time literals."""

from __future__ import annotations

import datetime
import re

MONTHS = {
    "janvier": 1, "février": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6, "juillet": 7,
    "août": 8, "septembre": 9, "octobre": 10, "novembre": 11, "décembre": 12,
}  # fmt: skip
MONTH_NAMES = {number: name for name, number in MONTHS.items()}
WEEKDAYS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")

_FRENCH = re.compile(r"^(\d{1,2})/(\d{1,2})/(\d{4})$")
_ISO = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
_LONG = re.compile(r"^(1er|\d{1,2}) (\w+) (\d{4})$")
_TIME = re.compile(r"^(\d{1,2})h(\d{2})?$")  # 12h30, or 12h for 12h00


def parse_date(text: str) -> datetime.date | None:
    """Read 13/01/2025, 2025-01-13 or 13 janvier 2025; None if it is no real date."""
    text = text.strip()
    try:
        if match := _FRENCH.match(text):
            day, month, year = (int(g) for g in match.groups())
        elif match := _ISO.match(text):
            year, month, day = (int(g) for g in match.groups())
        elif match := _LONG.match(text):
            day = 1 if match.group(1) == "1er" else int(match.group(1))
            month = MONTHS.get(match.group(2).lower(), 0)
            year = int(match.group(3))
        else:
            return None
        return datetime.date(year, month, day)
    except ValueError:
        return None


def parse_time(text: str) -> tuple[int, int] | None:
    """Read 12h30; None if it is no real time of day."""
    match = _TIME.match(text.strip())
    if not match:
        return None
    hours, minutes = int(match.group(1)), int(match.group(2) or 0)
    return (hours, minutes) if hours < 24 and minutes < 60 else None


def long_french_date(value: datetime.date) -> str:
    """lundi 13 janvier 2025."""
    day = "1er" if value.day == 1 else str(value.day)
    return f"{WEEKDAYS[value.weekday()]} {day} {MONTH_NAMES[value.month]} {value.year}"
