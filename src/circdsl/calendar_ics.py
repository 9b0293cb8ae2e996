"""Calendar stage: deadlines, events and periods as iCalendar (RFC 5545).

Two calendars:

- `build_calendar`: every circular's dated deadlines, events and periods, for
  everyone (a deadline relative to a fact of the situation has no date yet and
  is left out);
- `personal_calendar`: one applicant's calendar for one circular, with the
  deadlines the validator computed for them (« 15 jours après l'accident »),
  only those that apply, each with reminders 7 days and 1 day before.

A deadline is placed on the day that matters for its use: the last day allowed
for a limit (the day before an excluded date), the first day allowed for a
floor (« pas avant »), both ends of a window. Titles are the declarations' own
labels, with the authority; the role is said once, in the description.

The output is deterministic: each UID is derived from the circular and the
declaration names, DTSTAMP is the circular's own date (never the wall clock),
and circulars and their entries come in a fixed order. Every text goes through
`escape.ics_text` and a URL property is written only for a plain web address,
so no editor's text can add a property or break a line.
"""

from __future__ import annotations

import datetime
import hashlib
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from zoneinfo import ZoneInfo

import icalendar

from circdsl import model as m
from circdsl import runtime as rt
from circdsl.dates import parse_time
from circdsl.escape import excerpt_plain, ics_text, ics_uri
from circdsl.french import words
from circdsl.french.conditions import Prose
from circdsl.french.deadlines import DeadlineWording, Role, first_day, last_day
from circdsl.french.residual import Known
from circdsl.slugs import ascii_identifier

TIMEZONE = "Europe/Paris"  # the circulars' times are French local times
PRODID = "-//circdsl//Circulaires RH//FR"
UID_DOMAIN = "circdsl"
DEFAULT_STAMP = datetime.date(2000, 1, 1)  # for a circular without a date
REMINDERS = (datetime.timedelta(days=7), datetime.timedelta(days=1))  # before a personal deadline
PERSONAL = "échéance personnelle"  # UID kind of a personal deadline: distinct from the shared calendar's


def build_calendar(circulars: Sequence[m.Circular], name: str = "Circulaires RH : échéances et événements") -> bytes:
    """One VCALENDAR with every dated deadline, event and period of the circulars."""
    entries = [entry for c in sorted(circulars, key=lambda c: c.name) for entry in _entries(c)]
    return _calendar(name, entries)


def personal_calendar(circular: m.Circular, decision: rt.Decision, facts: Mapping[str, object] | None = None) -> bytes:
    """One applicant's calendar: their own deadlines (with reminders), the events and periods."""
    known = Known.of(facts or {}, decision)
    dates = {d.name: d.date for d in decision.deadlines}
    model = {d.name: d for d in circular.deadlines}
    prose = Prose()
    wording = DeadlineWording(circular, prose)
    entries = []
    for info in decision.deadlines:
        deadline = model.get(info.name)
        if deadline is None or info.date is None:
            continue
        condition = None
        if deadline.condition is not None and known.residual(deadline.condition) is not True:
            condition = prose.clause(deadline.condition)
        entries.append(_deadline(circular, deadline, wording, dates, condition, personal=True))
    entries += [_event(circular, e) for e in circular.events]
    entries += [_period(circular, p) for p in circular.periods]
    return _calendar(f"Mes échéances : {circular.title}", entries)


def count_entries(circulars: Iterable[m.Circular]) -> int:
    return sum(len(_entries(c)) for c in circulars)


def _calendar(name: str, entries: list[icalendar.Event]) -> bytes:
    calendar = icalendar.Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", ics_text(name))
    calendar.add("x-wr-timezone", TIMEZONE)
    timed: list[datetime.date] = []
    for event in entries:
        calendar.add_component(event)
        start = event.decoded("dtstart")
        if isinstance(start, datetime.datetime):
            timed.append(start.date())
    if timed:
        # Timezone definitions covering the timed events only, computed from the tz database.
        first = datetime.date(min(timed).year, 1, 1)
        last = datetime.date(max(timed).year + 1, 1, 1) if max(timed).year < 9999 else datetime.date.max
        calendar.add_missing_timezones(first_date=first, last_date=last)
    data: bytes = calendar.to_ical()
    return data


def _entries(circular: m.Circular) -> list[icalendar.Event]:
    wording = DeadlineWording(circular)
    prose = wording.prose
    entries = []
    for deadline in circular.deadlines:
        if deadline.date is not None:
            condition = prose.clause(deadline.condition) if deadline.condition is not None else None
            entries.append(_deadline(circular, deadline, wording, {}, condition, personal=False))
    entries += [_event(circular, e) for e in circular.events]
    entries += [_period(circular, p) for p in circular.periods]
    return entries


@dataclass(frozen=True)
class _Span:
    start: datetime.date
    days: int  # all-day events last `days` days (DURATION, so that 31/12/9999 needs no day after)


def _deadline_span(deadline: m.Deadline, wording: DeadlineWording, dates: Mapping[str, datetime.date | None]) -> _Span:
    date = deadline.date or dates.get(deadline.name)
    assert date is not None
    use = wording.use(deadline)
    if use.role is Role.WINDOW and use.window is not None:
        low, high = use.window
        low_date, high_date = low.date or dates.get(low.name), high.date or dates.get(high.name)
        if low_date is not None and high_date is not None:
            start, end = first_day(low, low_date), last_day(high, high_date)
            return _Span(start, max(1, (end - start).days + 1))
    if use.role is Role.FLOOR:
        return _Span(first_day(deadline, date, use), 1)
    if use.role in (Role.MILESTONE, Role.BOTH):
        return _Span(date, 1)
    return _Span(last_day(deadline, date, use), 1)


def _deadline(
    circular: m.Circular,
    deadline: m.Deadline,
    wording: DeadlineWording,
    dates: Mapping[str, datetime.date | None],
    condition: str | None,
    personal: bool,
) -> icalendar.Event:
    lines = [f"{wording.role_title(deadline)} : {wording.when(deadline, dates, long=True)}."]
    if condition:
        lines.append(f"Pour les demandes où {condition}.")
    kind = PERSONAL if personal else "échéance"
    event = _base(circular, kind, deadline.name, deadline.label, lines, deadline.citations)
    span = _deadline_span(deadline, wording, dates)
    hour = parse_time(deadline.time) if deadline.time else None
    if hour is not None and span.days == 1 and span.start == deadline.date:  # « à 23h59 »: an instant, not a day
        event.add("dtstart", datetime.datetime.combine(span.start, datetime.time(*hour), tzinfo=ZoneInfo(TIMEZONE)))
        event.add("duration", datetime.timedelta(0))
    else:
        event.add("dtstart", span.start)
        event.add("duration", datetime.timedelta(days=span.days))
    event.add("transp", "TRANSPARENT")
    event.add("categories", [words.capitalized(wording.use(deadline).role.value)])
    if personal:
        for before in REMINDERS:
            event.add_component(_reminder(deadline.label, before))
    return event


def _reminder(label: str, before: datetime.timedelta) -> icalendar.Alarm:
    alarm = icalendar.Alarm()
    alarm.add("action", "DISPLAY")
    alarm.add("trigger", -before)
    when = "demain" if before.days == 1 else f"dans {before.days} jours"
    alarm.add("description", ics_text(f"{when} : {label}"))
    return alarm


def _event(circular: m.Circular, declared: m.Event) -> icalendar.Event:
    url = ics_uri(declared.link)
    lines = [f"Lien : {declared.link}"] if declared.link else []
    event = _base(circular, "événement", declared.name, declared.label, lines, declared.citations)
    start = parse_time(declared.start) if declared.start else None
    end = parse_time(declared.end) if declared.end else None
    if start is None:
        event.add("dtstart", declared.date)
        event.add("duration", datetime.timedelta(days=1))
    else:
        zone = ZoneInfo(TIMEZONE)
        begin = datetime.datetime.combine(declared.date, datetime.time(*start), tzinfo=zone)
        event.add("dtstart", begin)
        finish = datetime.datetime.combine(declared.date, datetime.time(*end), tzinfo=zone) if end else None
        event.add("duration", finish - begin if finish and finish > begin else datetime.timedelta(hours=1))
    if declared.place:
        event.add("location", ics_text(declared.place))
    if url:
        event.add("url", url)
    event.add("categories", ["Événement"])
    return event


def _period(circular: m.Circular, period: m.Period) -> icalendar.Event:
    lines = [f"Du {words.long_date(period.start)} au {words.long_date(period.end)}, dates incluses."]
    event = _base(circular, "période", period.name, period.label, lines, period.citations)
    event.add("dtstart", period.start)
    event.add("duration", datetime.timedelta(days=(period.end - period.start).days + 1))
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
    authority = words.short_authority(circular.authority) if circular.authority else circular.title
    event.add("summary", ics_text(f"{summary} ({authority})"))
    header = [circular.title + (f" — {circular.authority}" if circular.authority else "")]
    if circular.reference:
        header.append(f"Référence : {circular.reference}")
    quotes = [f"« {excerpt_plain(' '.join(c.quote.split()))} » (texte source, ligne {c.line})" for c in citations]
    event.add("description", "\n".join(ics_text(line) for line in header + lines + quotes))
    return event


def uid(circular: m.Circular, kind: str, name: str) -> str:
    """Stable across builds and machines: derived from the circular and the declaration names."""
    digest = hashlib.sha256(f"{circular.name}\n{kind}\n{name}".encode()).hexdigest()[:16]
    return f"{ascii_identifier(circular.name)}-{ascii_identifier(name)}-{digest}@{UID_DOMAIN}"
