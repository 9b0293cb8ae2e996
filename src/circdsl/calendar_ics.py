"""Calendar stage: the deadlines, events and periods of circulars as iCalendar (RFC 5545).

The output is deterministic: each UID is derived from the circular and the
declaration names, DTSTAMP is the circular's own date (never the wall clock),
and circulars and their entries come in a fixed order. Deadlines relative to a
fact of the situation have no date of their own and are left out.
"""

from __future__ import annotations

import datetime
import hashlib
from collections.abc import Iterable, Sequence
from typing import Any
from zoneinfo import ZoneInfo

import icalendar

from circdsl import model as m
from circdsl.dates import parse_time
from circdsl.prose import Prose
from circdsl.slugs import ascii_identifier

TIMEZONE = "Europe/Paris"  # the circulars' times are French local times
PRODID = "-//circdsl//Circulaires RH//FR"
UID_DOMAIN = "circdsl"
DEFAULT_STAMP = datetime.date(2000, 1, 1)  # for a circular without a date


def build_calendar(circulars: Sequence[m.Circular], name: str = "Circulaires RH : échéances et événements") -> bytes:
    """One VCALENDAR with every dated deadline, event and period of the circulars."""
    calendar = icalendar.Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", name)
    calendar.add("x-wr-timezone", TIMEZONE)
    dates: list[datetime.date] = []
    for circular in sorted(circulars, key=lambda c: c.name):
        for event in _entries(circular):
            calendar.add_component(event)
            start = event.decoded("dtstart")
            dates.append(start.date() if isinstance(start, datetime.datetime) else start)
    if dates:
        # Timezone definitions covering the calendar's dates only, computed from the tz database.
        calendar.add_missing_timezones(
            first_date=datetime.date(min(dates).year, 1, 1), last_date=datetime.date(max(dates).year + 1, 1, 1)
        )
    data: bytes = calendar.to_ical()
    return data


def count_entries(circulars: Iterable[m.Circular]) -> int:
    return sum(len(_entries(c)) for c in circulars)


def _entries(circular: m.Circular) -> list[icalendar.Event]:
    prose = Prose()
    entries = []
    for deadline in circular.deadlines:
        if deadline.date is not None:
            entries.append(_deadline(circular, deadline, prose))
    for event in circular.events:
        entries.append(_event(circular, event))
    for period in getattr(circular, "periods", ()):
        entries.append(_period(circular, period))
    return entries


def _deadline(circular: m.Circular, deadline: m.Deadline, prose: Prose) -> icalendar.Event:
    if deadline.date is None:
        raise ValueError(f"échéance sans date fixe : {deadline.name}")
    lines = [
        f"Date limite ({'incluse' if deadline.inclusive else 'exclue'}) : {prose.deadline_when(deadline)}.",
    ]
    if deadline.condition is not None:
        lines.append(f"Pour les demandes où {prose.condition(deadline.condition)}.")
    title = f"Date limite : {deadline.label}" + ("" if deadline.inclusive else " (date exclue)")
    event = _base(circular, "échéance", deadline.name, title, lines, deadline.citations)
    event.add("dtstart", deadline.date)
    event.add("dtend", deadline.date + datetime.timedelta(days=1))
    event.add("transp", "TRANSPARENT")
    event.add("categories", ["Date limite"])
    return event


def _event(circular: m.Circular, declared: m.Event) -> icalendar.Event:
    lines = []
    if declared.link:
        lines.append(f"Lien : {declared.link}")
    event = _base(circular, "événement", declared.name, declared.label, lines, declared.citations)
    start = parse_time(declared.start) if declared.start else None
    end = parse_time(declared.end) if declared.end else None
    if start is None:
        event.add("dtstart", declared.date)
        event.add("dtend", declared.date + datetime.timedelta(days=1))
    else:
        zone = ZoneInfo(TIMEZONE)
        begin = datetime.datetime.combine(declared.date, datetime.time(*start), tzinfo=zone)
        event.add("dtstart", begin)
        if end is not None:
            event.add("dtend", datetime.datetime.combine(declared.date, datetime.time(*end), tzinfo=zone))
        else:
            event.add("duration", datetime.timedelta(hours=1))
    if declared.place:
        event.add("location", declared.place)
    if declared.link:
        event.add("url", declared.link)
    event.add("categories", ["Événement"])
    return event


def _period(circular: m.Circular, period: Any) -> icalendar.Event:
    lines = ["Période, dates incluses."]
    event = _base(circular, "période", period.name, period.label, lines, period.citations)
    event.add("dtstart", period.start)
    event.add("dtend", period.end + datetime.timedelta(days=1))
    event.add("transp", "TRANSPARENT")
    event.add("categories", ["Période"])
    return event


def _base(
    circular: m.Circular, kind: str, name: str, summary: str, lines: list[str], citations: Iterable[m.Citation]
) -> icalendar.Event:
    event = icalendar.Event()
    event.add("uid", uid(circular, kind, name))
    stamp = circular.issued or DEFAULT_STAMP
    event.add("dtstamp", datetime.datetime.combine(stamp, datetime.time(0, 0), tzinfo=datetime.UTC))
    event.add("summary", f"{summary} ({_short(circular)})")
    header = [circular.title + (f" — {circular.authority}" if circular.authority else "")]
    if circular.reference:
        header.append(f"Référence : {circular.reference}")
    quotes = [f"« {' '.join(c.quote.split())} » (texte source, ligne {c.line})" for c in citations]
    event.add("description", "\n".join(header + lines + quotes))
    return event


def uid(circular: m.Circular, kind: str, name: str) -> str:
    """Stable across builds and machines: derived from the circular and the declaration names."""
    digest = hashlib.sha256(f"{circular.name}\n{kind}\n{name}".encode()).hexdigest()[:16]
    return f"{ascii_identifier(circular.name)}-{ascii_identifier(name)}-{digest}@{UID_DOMAIN}"


def _short(circular: m.Circular) -> str:
    return circular.authority or circular.name
