"""The calendar: deadlines (fixed, or relative to a date of the situation), periods and
events, with their dates and times."""

from __future__ import annotations

import datetime
import difflib
from fractions import Fraction

from circdsl import model as m
from circdsl import nodes as n
from circdsl.check import clauses
from circdsl.check.context import Context
from circdsl.check.literals import date_of, decimal_text, time_of
from circdsl.diagnostics import Fix
from circdsl.words import DelayUnit, Direction, Kind, MonthRounding

# Offset unit as written -> (factor, unit counted): weeks are 7 days, hours 1/24 day, years 12 months.
_OFFSET_UNITS: dict[str, tuple[int | Fraction, DelayUnit]] = {
    "jour": (1, DelayUnit.DAYS), "jours": (1, DelayUnit.DAYS),
    "jour ouvré": (1, DelayUnit.BUSINESS_DAYS), "jours ouvrés": (1, DelayUnit.BUSINESS_DAYS),
    "jour ouvrable": (1, DelayUnit.WORKING_DAYS), "jours ouvrables": (1, DelayUnit.WORKING_DAYS),
    "semaine": (7, DelayUnit.DAYS), "semaines": (7, DelayUnit.DAYS),
    "h": (Fraction(1, 24), DelayUnit.DAYS), "heure": (Fraction(1, 24), DelayUnit.DAYS),
    "heures": (Fraction(1, 24), DelayUnit.DAYS),
    "mois": (1, DelayUnit.MONTHS), "an": (12, DelayUnit.MONTHS), "ans": (12, DelayUnit.MONTHS),
}  # fmt: skip
OUTSIDE_SCHOOL_YEAR = "hors année scolaire"


def check_deadline(ctx: Context, decl: n.DeadlineDecl) -> m.Deadline | None:
    """The checked deadline, also added to the scope (later deadlines may count from it)."""
    scope = ctx.scope
    owner = f"l'échéance « {decl.name.text} »"
    relative = None
    date = None
    if isinstance(decl.date, n.RelativeDate):
        relative = _relative_date(ctx, decl.date)
        if relative is None:
            return None
    elif isinstance(decl.date, n.NamedDate):
        date = named_date(ctx, decl.date.name)
        if date is None:
            return None
    else:
        date = date_of(scope, decl.date)
        if date is None:
            return None
    if decl.time is not None and (time_of(scope, decl.time) is None or not _inclusive_with_time(ctx, decl)):
        return None
    condition = ctx.single_condition(decl.clauses, "si", owner)
    postponed = clauses.single(scope, decl.clauses, "reporté", owner) is not None
    deadline = m.Deadline(
        name=decl.name.text,
        label=decl.label.value,
        date=date,
        inclusive=decl.inclusive and not decl.opening,
        condition=condition,
        citations=ctx.citations.of(decl.clauses, decl.span, owner=owner),
        date_span=scope.here(decl.date.span),
        relative=relative,
        postponed=postponed,
        outside_school_year=clauses.has(decl.clauses, OUTSIDE_SCHOOL_YEAR),
        time=decl.time.text if decl.time is not None else None,
        opening=decl.opening,
        span=scope.here(decl.span),
        name_span=scope.here(decl.name.span),
    )
    scope.deadlines.setdefault(deadline.name, deadline)
    return deadline


def named_date(ctx: Context, name: n.Name) -> datetime.date | None:
    """The date an event or a period bound names (`webinaire`, `campagne.fin`); E880 otherwise."""
    scope = ctx.scope
    found = ctx.exprs.named_date(name)
    if found is not None:
        return found
    head, _, tail = name.text.rpartition(".")
    fixes = []
    if name.text in scope.periods:
        message = f"« {name.text} » est une période, pas une date"
        hint = f"écrivez {name.text}.début ou {name.text}.fin"
    elif head in scope.periods:
        message = f"une période a deux bornes, « début » et « fin », pas « {tail} »"
        hint = f"écrivez {head}.début ou {head}.fin"
    else:
        known = [*scope.events, *(f"{p}.{bound}" for p in scope.periods for bound in ("début", "fin"))]
        close = difflib.get_close_matches(name.text, known, n=1)
        message = f"« {name.text} » n'est ni un événement ni une borne de période de ce fichier"
        fixes = [Fix.replace_by(name.span, close[0])] if close else []
        hint = (
            f"vouliez-vous dire « {close[0]} » ?"
            if close
            else "nommez un événement (« événement nom … le JJ/MM/AAAA ») ou une borne « période.début », "
            "« période.fin », ou écrivez la date"
        )
    scope.error("E880", name.span, message, hint, fixes=fixes)
    return None


def _inclusive_with_time(ctx: Context, decl: n.DeadlineDecl) -> bool:
    """A deadline with an hour is checked on dates: its own day is in time, so it is « inclus » (E881)."""
    if decl.inclusive or decl.opening:
        return True
    assert decl.time is not None
    ctx.scope.error(
        "E881",
        decl.time.span,
        f"une échéance à {decl.time.text} ne peut pas être « exclu » : les règles comparent des dates, "
        "et le jour même reste dans les temps jusqu'à l'heure dite",
        f"écrivez « à {decl.time.text} inclus » ; pour exclure le jour même, retirez l'heure",
    )
    return False


def _relative_date(ctx: Context, node: n.RelativeDate) -> m.RelativeDate | None:
    scope = ctx.scope
    anchor = ctx.exprs.expr(node.anchor)
    if anchor is not None and anchor.type.kind is not Kind.DATE:
        scope.error(
            "E202",
            node.anchor.span,
            f"un délai se compte à partir d'une date, pas de {anchor.type.describe()}",
            "écrivez par exemple « 15 jours après accident.date »",
        )
        return None
    amount, unit = _offset(ctx, node)
    if amount is None or anchor is None:
        return None
    if unit is DelayUnit.MONTHS and node.rounding is None:
        scope.error(
            "E603",
            node.span,
            "un délai en mois ou en années doit préciser l'arrondi quand le jour n'existe pas (le 31, le 29 février)",
            "ajoutez « arrondi au dernier jour du mois » (31/03 moins 1 mois = 28/02) ou "
            "« arrondi au début du mois suivant » (= 01/03)",
        )
        return None
    if unit is not DelayUnit.MONTHS and node.rounding is not None:
        scope.error(
            "E604",
            node.span,
            "l'arrondi au mois ne s'applique qu'à un délai en mois ou en années",
            "retirez « arrondi … »",
        )
        return None
    rounding = MonthRounding(node.rounding) if node.rounding else None
    direction = Direction(node.direction)
    return m.RelativeDate(amount, unit, direction, anchor, rounding, scope.written(node.span))


def _offset(ctx: Context, node: n.RelativeDate) -> tuple[int | None, DelayUnit]:
    """The delay in whole days, working days or months."""
    words = node.unit
    factor, unit = _OFFSET_UNITS[words]
    value = Fraction(node.amount) * factor
    if value.denominator != 1 or value <= 0:
        hint = (
            "en heures, écrivez un multiple de 24 (48 h = 2 jours)"
            if words in ("h", "heure", "heures")
            else "écrivez un nombre entier positif"
        )
        ctx.scope.error("E604", node.span, f"délai invalide : {decimal_text(node.amount)} {words}", hint)
        return None, unit
    return int(value), unit


def check_period(ctx: Context, decl: n.PeriodDecl) -> m.Period | None:
    scope = ctx.scope
    owner = f"la période « {decl.name.text} »"
    start, end = date_of(scope, decl.start), date_of(scope, decl.end)
    citations = ctx.citations.of(decl.clauses, decl.span, owner=owner)
    if start is None or end is None:
        return None
    if end < start:
        scope.error(
            "E602",
            decl.end.span,
            f"la période se termine ({decl.end.text}) avant de commencer ({decl.start.text})",
            "écrivez « du <début> au <fin> »",
        )
        return None
    period = m.Period(
        name=decl.name.text,
        label=decl.label.value,
        start=start,
        end=end,
        citations=citations,
        outside_school_year=clauses.has(decl.clauses, OUTSIDE_SCHOOL_YEAR),
        span=scope.here(decl.span),
        name_span=scope.here(decl.name.span),
    )
    scope.periods.setdefault(period.name, period)
    return period


def check_event(ctx: Context, decl: n.EventDecl) -> m.Event | None:
    scope = ctx.scope
    owner = f"l'événement « {decl.name.text} »"
    date = date_of(scope, decl.date)
    start = time_of(scope, decl.start) if decl.start else None
    end = time_of(scope, decl.end) if decl.end else None
    if start is not None and end is not None and start >= end:
        assert decl.start is not None and decl.end is not None
        scope.error(
            "E602",
            decl.end.span,
            f"l'heure de fin ({decl.end.text}) n'est pas après l'heure de début ({decl.start.text})",
            "écrivez l'heure de début puis l'heure de fin",
        )
    link = clauses.single_text(scope, decl.clauses, "lien", owner)
    place = clauses.single_text(scope, decl.clauses, "lieu", owner)
    citations = ctx.citations.of(decl.clauses, decl.span, owner=owner)
    if date is None:
        return None
    event = m.Event(
        name=decl.name.text,
        label=decl.label.value,
        date=date,
        start=decl.start.text if decl.start else None,
        end=decl.end.text if decl.end else None,
        link=link,
        place=place,
        citations=citations,
        date_span=scope.here(decl.date.span),
        outside_school_year=clauses.has(decl.clauses, OUTSIDE_SCHOOL_YEAR),
        span=scope.here(decl.span),
        name_span=scope.here(decl.name.span),
    )
    scope.events.setdefault(event.name, event)
    return event
