"""Dates of the calendar: a deadline before the circular opens the campaign (E821), a date
outside the school year that is not said to be (E822)."""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass

from circdsl import model as m
from circdsl.analysis.context import Analysis
from circdsl.french.words import short_date
from circdsl.source import Span


@dataclass(frozen=True)
class Window:
    """The dates a circular's calendar is expected to fall within."""

    opening: datetime.date
    closing: datetime.date
    opening_words: str  # how a message names the opening


def check_dates(analysis: Analysis) -> None:
    circular = analysis.circular
    window = school_year_window(circular)
    if window is None:
        return
    for deadline in circular.deadlines:
        if deadline.date is None:
            continue  # relative to the situation
        if circular.issued is not None and deadline.date < circular.issued:
            analysis.sink.error(
                "E821",
                deadline.date_span,
                f"l'échéance « {deadline.name} » ({short_date(deadline.date)}) tombe avant la date de la circulaire "
                f"({short_date(circular.issued)}), qui ouvre la campagne",
                "vérifiez l'année de l'échéance et la date de la circulaire (« date » dans l'en-tête)",
            )
        elif not deadline.outside_school_year:
            _within(analysis, deadline.date_span, f"l'échéance « {deadline.name} »", deadline.date, window)
    for event in circular.events:
        if not event.outside_school_year:
            _within(analysis, event.date_span, f"l'événement « {event.name} »", event.date, window)
    for period in circular.periods:
        if not period.outside_school_year:
            for date in (period.start, period.end):
                _within(analysis, period.name_span, f"la période « {period.name} »", date, window)


def school_year_window(circular: m.Circular) -> Window | None:
    """From the campaign's opening (the circular's date, or the school year's start) to the year's end."""
    match = re.fullmatch(r"\s*(\d{4})-(\d{4})\s*", circular.school_year or "")
    if match is None:
        return None
    first, second = int(match.group(1)), int(match.group(2))
    try:
        closing = datetime.date(second, 8, 31)
        opening = datetime.date(first, 9, 1)  # a bulletin may recap the school year already under way
        issued = circular.issued
        if issued is not None and issued < opening:  # a circular published ahead of its school year
            return Window(issued, closing, f"la date de la circulaire ({short_date(issued)})")
        if issued is not None:
            return Window(opening, closing, f"le début de l'année scolaire ({short_date(opening)})")
        return Window(datetime.date(first - 1, 9, 1), closing, f"le 01/09/{first - 1}")
    except ValueError:  # a year outside the calendar
        return None


def _within(analysis: Analysis, span: Span, what: str, date: datetime.date, window: Window) -> None:
    if window.opening <= date <= window.closing:
        return
    where = (
        f"avant {window.opening_words}"
        if date < window.opening
        else f"après la fin de l'année scolaire ({short_date(window.closing)})"
    )
    analysis.sink.warning(
        "E822",
        span,
        f"{what} tombe le {short_date(date)}, {where}",
        "vérifiez l'année ; si cette date est voulue, ajoutez la clause « date hors année scolaire »",
    )
