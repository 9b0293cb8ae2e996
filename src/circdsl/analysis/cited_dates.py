"""A date written in a citation that differs from the date encoded beside it (E852): the
citation says « 31 mars 2026 », the deadline is `le 31/03/2027`. One of the two was not
updated, or was mistyped.

The dates a declaration encodes are its own (deadline, event, period) and, for a rule, those
of the deadlines and periods its conditions read and the dates they compare with. A citation
that mentions no date, or one of those dates (by day and month when it gives no year), is
consistent. A date the calendar pass already reports (E821, E822: outside the campaign) is
not reported again here: once it is corrected, a difference that remains is."""

from __future__ import annotations

import datetime
from collections.abc import Iterator

from circdsl import model as m
from circdsl.analysis.calendar import school_year_window
from circdsl.analysis.context import Analysis
from circdsl.analysis.mentions import Mention, MentionKind, mentions
from circdsl.analysis.written import Role, Written
from circdsl.french.words import short_date

_DATED = (MentionKind.DATE, MentionKind.DAY_MONTH)


def check_cited_dates(analysis: Analysis) -> None:
    quotes = {(w.span.line, w.span.column): w for w in analysis.written if w.role is Role.CITATION}
    reported = _reported_by_calendar(analysis.circular)
    for declaration, what in _dated(analysis.circular):
        encoded = _encoded(declaration)
        if not encoded or encoded & reported:
            continue
        for citation in getattr(declaration, "citations", ()):
            written = quotes.get((citation.span.line, citation.span.column))
            if written is None or citation.span.file not in ("", analysis.circular.file):
                continue
            _compare(analysis, written, what, encoded)


def _compare(analysis: Analysis, written: Written, what: str, encoded: set[datetime.date]) -> None:
    cited = [mention for mention in mentions(written.raw) if mention.kind in _DATED]
    if not cited or any(_agrees(mention, encoded) for mention in cited):
        return
    first = cited[0]
    shown = ", ".join(short_date(date) for date in sorted(encoded))
    analysis.sink.warning(
        "E852",
        written.locate(first.start, first.end),
        f"la citation dit « {first.text} », mais {what} encode {_plural(encoded, shown)}",
        "l'une des deux n'a pas été mise à jour, ou a une coquille : corrigez la date encodée ou la citation",
    )


def _plural(encoded: set[datetime.date], shown: str) -> str:
    return f"le {shown}" if len(encoded) == 1 else f"les dates {shown}"


def _agrees(mention: Mention, encoded: set[datetime.date]) -> bool:
    if mention.date is not None:
        return mention.date in encoded
    return any((date.day, date.month) == mention.day_month for date in encoded)


def _reported_by_calendar(circular: m.Circular) -> set[datetime.date]:
    """The dates of the calendar outside the campaign, that E821 and E822 report."""
    window = school_year_window(circular)
    if window is None:
        return set()
    dates: list[datetime.date] = []
    dates += [d.date for d in circular.deadlines if d.date is not None and not d.outside_school_year]
    dates += [e.date for e in circular.events if not e.outside_school_year]
    dates += [x for p in circular.periods if not p.outside_school_year for x in (p.start, p.end)]
    return {date for date in dates if not window.opening <= date <= window.closing}


def _dated(circular: m.Circular) -> Iterator[tuple[m.Declaration, str]]:
    """Declarations that may encode dates, each with how a message names it."""
    for deadline in circular.deadlines:
        yield deadline, f"l'échéance « {deadline.name} »"
    for event in circular.events:
        yield event, f"l'événement « {event.name} »"
    for period in circular.periods:
        yield period, f"la période « {period.name} »"
    for rule in circular.rules:
        yield rule, f"la règle « {rule.name} »"


def _encoded(declaration: m.Declaration) -> set[datetime.date]:
    if isinstance(declaration, m.Deadline):
        return {declaration.date} if declaration.date is not None else set()
    if isinstance(declaration, m.Event):
        return {declaration.date}
    if isinstance(declaration, m.Period):
        return {declaration.start, declaration.end}
    if isinstance(declaration, m.Rule):
        found: set[datetime.date] = set()
        for expr in (declaration.applies, declaration.requires, *(e.condition for e in declaration.exceptions)):
            if expr is not None:
                found |= _dates_read(expr)
        return found
    return set()


def _dates_read(expr: m.Expr) -> set[datetime.date]:
    found: set[datetime.date] = set()
    for node in m.walk(expr):
        if isinstance(node, m.Const) and isinstance(node.value, datetime.date):
            found.add(node.value)
        elif isinstance(node, (m.MeetsDeadline, m.DeadlineRef)) and node.deadline.date is not None:
            found.add(node.deadline.date)
        elif isinstance(node, m.During):
            found |= {node.period.start, node.period.end}
    return found
