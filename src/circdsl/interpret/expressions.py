"""The value of every expression of the checked model for one situation, three-valued.

`None` stands for *unknown*, everywhere: an unknown fact, a comparison with an unknown side,
a calculation with an unknown operand, a division by zero, a table whose row depends on an
unknown input. `et`, `ou` and `non` follow Kleene's tables, written out below; everything
else is unknown as soon as one operand is.

One function per model node; computed values, table rows and relative deadlines are
computed at most once per situation (`Situation` remembers them). Nothing here comes
from the emitter or from the runtime's logic operators: only the runtime's calendar
(working days, whole-month shifts) is reused.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Context, Decimal
from typing import Any

from circdsl import model as m
from circdsl import runtime as rt

Truth = bool | None


# ------------------------------------------------------------------ Kleene's tables


def kleene_not(a: Truth) -> Truth:
    if a is None:
        return None
    return not a


def kleene_and(a: Truth, b: Truth) -> Truth:
    if a is False or b is False:  # false as soon as one side is false
        return False
    if a is True and b is True:
        return True
    return None


def kleene_or(a: Truth, b: Truth) -> Truth:
    if a is True or b is True:  # true as soon as one side is true
        return True
    if a is False and b is False:
        return False
    return None


# ------------------------------------------------------------------ one situation


@dataclass(frozen=True)
class TableRow:
    """Which row of a table applies: `outputs` is None while it is undetermined (or for a gap)."""

    matches: tuple[Truth, ...]  # one per row (the « sinon » row excluded)
    outputs: tuple[object, ...] | None
    decided: bool  # a row (or « sinon ») certainly applies


@dataclass
class Situation:
    """The facts of one applicant (absent = unknown) and what was computed from them."""

    circular: m.Circular
    facts: Mapping[str, object]
    values: dict[str, object] = field(default_factory=dict)
    tables: dict[str, TableRow] = field(default_factory=dict)
    deadlines: dict[str, datetime.date | None] = field(default_factory=dict)
    known: dict[int, object] = field(default_factory=dict)  # id of an expression -> its value

    def __post_init__(self) -> None:
        self.facts = {
            name: frozenset(value) if isinstance(value, (set, list, tuple)) else value
            for name, value in self.facts.items()
        }

    def fact(self, fact: m.Fact) -> object:
        return self.facts.get(fact.name)

    def value(self, value: m.Value) -> object:
        if value.name not in self.values:
            result = evaluate(value.expr, self)
            if value.rounding is not None:
                result = round_half_up(result, value.rounding)
            self.values[value.name] = result
        return self.values[value.name]

    def table(self, table: m.Table) -> TableRow:
        if table.name not in self.tables:
            self.tables[table.name] = lookup(table, self)
        return self.tables[table.name]

    def deadline(self, deadline: m.Deadline) -> datetime.date | None:
        """The date of a deadline: fixed, or computed from the situation (None while unknown)."""
        if deadline.relative is None:
            return deadline.date
        if deadline.name not in self.deadlines:
            self.deadlines[deadline.name] = shifted(deadline, self)
        return self.deadlines[deadline.name]


def evaluate(expr: m.Expr, situation: Situation) -> Any:
    """The value of `expr`: a bool, number, date, text, set of choices, service; None if unknown.
    Each expression is evaluated once per situation (the model's expressions live as long as it)."""
    known, key = situation.known, id(expr)
    if key in known:
        return known[key]
    value = known[key] = _NODES[type(expr)](expr, situation)
    return value


# ------------------------------------------------------------------ leaves


def _const(e: m.Const, s: Situation) -> object:
    return e.value


def _fact(e: m.FactRef, s: Situation) -> object:
    return s.fact(e.fact)


def _value(e: m.ValueRef, s: Situation) -> object:
    return s.value(e.value)


def _table(e: m.TableRef, s: Situation) -> object:
    row = s.table(e.table)
    return None if row.outputs is None else row.outputs[e.column]


def _deadline(e: m.DeadlineRef, s: Situation) -> object:
    return s.deadline(e.deadline)


def _count(e: m.Count, s: Situation) -> object:
    ticked = s.fact(e.fact)
    return None if ticked is None else len(ticked)  # type: ignore[arg-type]


# ------------------------------------------------------------------ logic and comparisons


def _unary(e: m.Unary, s: Situation) -> object:
    operand = evaluate(e.operand, s)
    if e.op == "non":
        return kleene_not(operand)
    return None if operand is None else -operand


def _binary(e: m.Binary, s: Situation) -> object:
    left, right = evaluate(e.left, s), evaluate(e.right, s)
    if e.op == "et":
        return kleene_and(left, right)
    if e.op == "ou":
        return kleene_or(left, right)
    if left is None or right is None:
        return None
    return _OPERATIONS[e.op](left, right)


def _divide(a: Any, b: Any) -> Any:
    if b == 0:
        return None  # a division by zero is unknown, not an error
    return Decimal(a) / Decimal(b)


def _percent_of(a: Any, b: Any) -> Any:
    return Decimal(a) * Decimal(b) / 100  # one side is a percentage: 80 means 80 %


def _date_plus(day: datetime.date, days: Any) -> datetime.date | None:
    try:
        return day + datetime.timedelta(days=int(days))
    except OverflowError:  # before year 1 or after 9999: no such date
        return None


_OPERATIONS: dict[str, Callable[[Any, Any], Any]] = {
    **m.COMPARISONS,
    "+": lambda a, b: a + b,
    "-": lambda a, b: a - b,
    "*": lambda a, b: a * b,
    "/": _divide,
    "%*": _percent_of,
    "date+": _date_plus,
    "date-": lambda day, days: _date_plus(day, -days),
    "date-date": lambda a, b: (a - b).days,
}


def _member(e: m.Member, s: Situation) -> object:
    operand = evaluate(e.operand, s)
    if operand is None:
        return None
    if e.operand.type.kind == "choix multiples":  # `dans`: at least one ticked value is in the set
        found = any(value in e.items for value in operand)
    else:
        found = operand in e.items
    return not found if e.negated else found


def _is_whole(e: m.IsWhole, s: Situation) -> object:
    number = evaluate(e.operand, s)
    if number is None:
        return None
    return Decimal(number) == Decimal(number).to_integral_value()


def _meets_deadline(e: m.MeetsDeadline, s: Situation) -> object:
    day, limit = evaluate(e.operand, s), s.deadline(e.deadline)
    if day is None or limit is None:
        return None
    return day <= limit if e.deadline.inclusive else day < limit


def _during(e: m.During, s: Situation) -> object:
    day = evaluate(e.operand, s)
    if day is None:
        return None
    return e.period.start <= day <= e.period.end


def _documents_provided(e: m.DocumentsProvided, s: Situation) -> object:
    """`pièces fournies` (every mandatory document that applies is provided), or the labels of
    those that are missing for `{pièces_manquantes}` in a message."""
    provided = s.fact(e.fact)
    if e.type.kind != "booléen":
        missing = [
            d.label
            for d in e.documents
            if d.name not in (provided or frozenset()) and condition_value(d.condition, s) is True  # type: ignore[operator]
        ]
        return " ; ".join(missing) if missing else "aucune"
    if provided is None:
        return None
    result: Truth = True
    for document in e.documents:
        if document.name in provided:  # type: ignore[operator]
            continue
        result = kleene_and(result, kleene_not(condition_value(document.condition, s)))
    return result


def condition_value(condition: m.Expr | None, s: Situation) -> Truth:
    """A condition of a declaration: none means always."""
    return True if condition is None else evaluate(condition, s)


# ------------------------------------------------------------------ tables


def cell_matches(cell: m.Cell, value: object) -> Truth:
    """Whether an input value matches one cell of a row; unknown when the value is."""
    if cell.kind == "any":
        return True
    if value is None:
        return None
    if cell.kind == "eq":
        return value == cell.values[0]
    if cell.kind == "in":
        return value in cell.values
    if cell.kind == "not_in":
        return value not in cell.values
    if cell.kind == "range":
        low, high = cell.values
        return bool(low <= value <= high)  # type: ignore[operator]
    return bool(_OPERATIONS[cell.op or "="](value, cell.values[0]))


def row_matches(row: m.TableRow, inputs: tuple[object, ...]) -> Truth:
    result: Truth = True
    for cell, value in zip(row.cells, inputs, strict=True):
        result = kleene_and(result, cell_matches(cell, value))
    return result


def lookup(table: m.Table, s: Situation) -> TableRow:
    """The row that applies: one that certainly matches; undetermined while a row may still
    match; the « sinon » row when none can; nothing (a gap) without one."""
    inputs = tuple(evaluate(expr, s) for expr in table.inputs)
    matches = tuple(row_matches(row, inputs) for row in table.rows)
    for row, match in zip(table.rows, matches, strict=True):
        if match is True:
            return TableRow(matches, row.outputs, True)
    if None in matches:
        return TableRow(matches, None, False)
    if table.default is not None:
        return TableRow(matches, table.default.outputs, True)
    return TableRow(matches, None, False)


# ------------------------------------------------------------------ numbers and dates

_WIDE = Context(prec=120)
_STEPS = {"centime": Decimal("0.01"), "unité": Decimal(1)}


def round_half_up(number: object, rounding: str) -> object:
    """`arrondi au centime` / `arrondi à l'unité`, halves up (0,005 € -> 0,01 €)."""
    if number is None:
        return None
    return Decimal(number).quantize(_STEPS[rounding], rounding=ROUND_HALF_UP, context=_WIDE)  # type: ignore[arg-type]


def shifted(deadline: m.Deadline, s: Situation) -> datetime.date | None:
    """`N unité avant|après ANCRE`, then moved to the next working day when it is `reporté`."""
    relative = deadline.relative
    assert relative is not None
    anchor = evaluate(relative.anchor, s)
    if anchor is None:
        return None
    amount = relative.amount if relative.direction == "après" else -relative.amount
    try:
        if relative.unit == "jours ouvrés":
            day = rt.add_working_days(anchor, amount)
        elif relative.unit == "jours ouvrables":
            day = rt.add_working_days(anchor, amount, saturdays=True)
        elif relative.unit == "mois":
            day = rt.add_months(anchor, amount, relative.rounding or "dernier jour")
        else:
            day = anchor + datetime.timedelta(days=amount)
        if deadline.postponed:
            while not rt.is_working_day(day):
                day += datetime.timedelta(days=1)
    except (OverflowError, ValueError):  # beyond year 1..9999
        return None
    return day


_NODES: dict[type[m.Expr], Callable[[Any, Situation], Any]] = {
    m.Const: _const,
    m.FactRef: _fact,
    m.ValueRef: _value,
    m.TableRef: _table,
    m.DeadlineRef: _deadline,
    m.Count: _count,
    m.Unary: _unary,
    m.Binary: _binary,
    m.Member: _member,
    m.IsWhole: _is_whole,
    m.MeetsDeadline: _meets_deadline,
    m.During: _during,
    m.DocumentsProvided: _documents_provided,
}
