"""Situations for a checked circular, generated from its facts' types and bounds and from the
constants it compares them with, so that rules both hold and fail, tables reach every row,
and relative deadlines are met or missed by a day.

Each fact is unknown (absent) or takes a value worth trying:

- booleans, choices: every value; multiple choices: none, all, each one alone, all but one;
- numbers: the declared bounds, and every constant of the same unit written in the circular
  (conditions, sets, table cells) shifted by 0, ±1 (±0,5 and ±0,01 for decimals), kept
  within bounds; now and then any number within bounds;
- dates: the circular's dates (constants, deadlines, periods, its own date) ±1 day, or a
  date already drawn for another fact shifted by a delay the circular counts (its relative
  deadlines, `date + N jours`), ±1 day, so both sides of every deadline are reached;
- texts: the texts the circular compares with, and another one.

One generator, two sources of choices: `RandomChooser` (a seeded `random.Random`, fast, for
the thousands of situations of the differential test) and `situations(plan)` (a hypothesis
strategy that shrinks towards fewer known facts). `exhaustive(plan, limit)` lists every
combination of the pools when there are at most `limit` of them.
"""

from __future__ import annotations

import datetime
import functools
import itertools
import random
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any, Protocol, TypeVar

import pytest
from hypothesis import strategies as st

from circdsl import model as m
from circdsl import runtime as rt

T = TypeVar("T")
Situation = dict[str, object]

EARLIEST, LATEST = datetime.date(1990, 1, 1), datetime.date(2060, 12, 31)
UNKNOWN_RATES = (0, 5, 15, 40, 70)  # percent of facts left unknown, one rate drawn per situation


class Chooser(Protocol):
    def choose(self, items: Sequence[T]) -> T: ...

    def percent(self) -> int:
        """A number from 0 to 99 (hypothesis shrinks it towards 0)."""
        ...


class RandomChooser:
    def __init__(self, seed: int):
        self.random = random.Random(seed)
        # what `randrange(n)` returns for n > 0, without its argument checks (the same draws, faster:
        # the differential test draws hundreds of thousands of values)
        self.below = self.random._randbelow  # type: ignore[attr-defined]
        self.percent = functools.partial(self.below, 100)  # `percent()`, called without a Python frame

    def choose(self, items: Sequence[T]) -> T:
        return items[self.below(len(items))]

    def percent(self) -> int:  # replaced in each instance by the same draw, faster
        return self.below(100)  # type: ignore[no-any-return]


class DrawChooser:
    def __init__(self, draw: st.DrawFn):
        self.draw = draw

    def choose(self, items: Sequence[T]) -> T:
        return self.draw(st.sampled_from(items))

    def percent(self) -> int:
        return self.draw(st.integers(0, 99))


# ------------------------------------------------------------------ a property's budget in each tier


def budgets(fast: int, today: int) -> pytest.MarkDecorator:
    """Parametrize a property test by tier, as `budget` (its hypothesis `max_examples`): `fast`
    examples in `make test`, `today` (its whole budget, what `make test` ran until the suite had to
    run in 90 s) in the slow tier, `make test-lent`, which CI runs. Under CI=1 each tier replays its
    own examples, the same from one run to the next (hypothesis draws them from the property's source
    and its budget: the fast tier's are not the first ones of the slow tier's)."""
    slow = pytest.mark.lent(f"la même propriété sur {today} exemples ({fast} dans make test)")
    return pytest.mark.parametrize(
        "budget", [pytest.param(fast, id=f"{fast}-exemples"), pytest.param(today, id=f"{today}-exemples", marks=slow)]
    )


# ------------------------------------------------------------------ what a circular compares with


@dataclass
class Plan:
    """The values worth trying for each fact of a circular."""

    facts: tuple[m.Fact, ...]
    pools: dict[str, list[object]] = field(default_factory=dict)  # fact -> values (dates: the fixed ones)
    shifts: list[tuple[int, str]] = field(default_factory=list)  # delays between dates: (signed amount, unit)

    @functools.cached_property
    def drawn_facts(self) -> list[tuple[m.Fact, str, str, list[object]]]:
        """Each fact with its name, kind and pool: what `situation` reads for each fact of each situation."""
        return [(fact, fact.name, fact.type.kind, self.pools[fact.name]) for fact in self.facts]


def plan_for(circular: m.Circular) -> Plan:
    numbers: dict[str, set[Decimal]] = {}
    texts: set[str] = set()
    dates: set[datetime.date] = {d for d in (circular.issued,) if d is not None}
    shifts: set[tuple[int, str]] = set()
    for expr in expressions(circular):
        for node in m.walk(expr):
            _constants_of(node, numbers, texts, dates, shifts)
    for table in circular.tables:
        for row in table.rows:
            for cell, input_expr in zip(row.cells, table.inputs, strict=True):
                for value in cell.values:
                    _constant(value, input_expr.type, numbers, texts, dates)
    for deadline in circular.deadlines:
        if deadline.date is not None:
            dates.add(deadline.date)
        if deadline.relative is not None:
            signed = deadline.relative.amount * (1 if deadline.relative.direction == "après" else -1)
            shifts |= {(signed, deadline.relative.unit), (-signed, deadline.relative.unit)}
    for period in circular.periods:
        dates |= {period.start, period.end}
    dates = dates or {datetime.date(2025, 1, 1)}
    plan = Plan(circular.facts, shifts=sorted(shifts))
    for fact in circular.facts:
        plan.pools[fact.name] = _pool(fact, numbers, texts, dates)
    return plan


def expressions(circular: m.Circular) -> Iterator[m.Expr]:
    """Every expression of a circular: conditions, calculations, table inputs, routing, messages."""
    for rule in circular.rules:
        yield from _present(rule.applies, rule.requires, *(x.condition for x in rule.exceptions))
        yield from (part for part in rule.message if isinstance(part, m.Expr))
    for value in circular.values:
        yield value.expr
    for table in circular.tables:
        yield from table.inputs
    for document in circular.documents:
        yield from _present(document.condition, *(d.condition for d in document.deliveries))
    for request in circular.requests:
        yield from _present(request.condition, *(d.condition for d in request.deliveries))
    for deadline in circular.deadlines:
        yield from _present(deadline.condition, deadline.relative.anchor if deadline.relative else None)
    for item in (*circular.opinions, *circular.examinations):
        yield from _present(item.condition)


def _present(*items: m.Expr | None) -> Iterator[m.Expr]:
    return (item for item in items if item is not None)


def _constants_of(
    node: m.Expr,
    numbers: dict[str, set[Decimal]],
    texts: set[str],
    dates: set[datetime.date],
    shifts: set[tuple[int, str]],
) -> None:
    if isinstance(node, m.Const):
        _constant(node.value, node.type, numbers, texts, dates)
    elif isinstance(node, m.Member):
        for item in node.items:
            _constant(item, node.operand.type, numbers, texts, dates)
    elif isinstance(node, m.During):
        dates |= {node.period.start, node.period.end}
    elif isinstance(node, m.Binary) and node.op in ("date+", "date-") and isinstance(node.right, m.Const):
        days = int(node.right.value)  # type: ignore[call-overload]
        shifts |= {(days, "jours"), (-days, "jours")}
    if isinstance(node, m.Binary) and node.type.kind == "booléen":  # `a - b <= 15 jours`: a delay between dates
        for side, other in ((node.left, node.right), (node.right, node.left)):
            if isinstance(side, m.Const) and isinstance(other, m.Binary) and other.op == "date-date":
                days = int(side.value)  # type: ignore[call-overload]
                shifts |= {(days, "jours"), (-days, "jours")}


def _constant(
    value: object, type_: m.Type, numbers: dict[str, set[Decimal]], texts: set[str], dates: set[datetime.date]
) -> None:
    if isinstance(value, bool):
        return
    if isinstance(value, (int, Decimal)) and type_.kind == "nombre":
        numbers.setdefault(type_.unit or m.NUMBER, set()).add(Decimal(value))
    elif isinstance(value, datetime.date):
        dates.add(value)
    elif isinstance(value, str) and type_.kind == "texte":
        texts.add(value)


def _pool(fact: m.Fact, numbers: dict[str, set[Decimal]], texts: set[str], dates: set[datetime.date]) -> list[object]:
    kind = fact.type.kind
    if kind == "booléen":
        return [True, False]
    if kind == "choix":
        return list(fact.type.choices)
    if kind == "choix multiples":
        choices = fact.type.choices
        subsets = [frozenset(), frozenset(choices)]
        subsets += [frozenset({c}) for c in choices] + [frozenset(choices) - {c} for c in choices]
        return list(dict.fromkeys(subsets))
    if kind == "texte":
        return [*sorted(texts), "un autre texte"]
    if kind == "date":
        near = {day + datetime.timedelta(days=d) for day in dates for d in (-1, 0, 1)}
        return sorted(d for d in near if EARLIEST <= d <= LATEST) or [datetime.date(2025, 1, 1)]
    return _number_pool(fact, numbers.get(fact.type.unit or m.NUMBER, set()))


def _number_pool(fact: m.Fact, constants: set[Decimal]) -> list[object]:
    low, high = number_range(fact, constants)
    deltas = [Decimal(d) for d in ("0", "1", "-1")]
    if not fact.type.integer:
        deltas += [Decimal(d) for d in ("0.5", "-0.5", "0.01", "-0.01")]
    candidates = {low, high} | {c + d for c in constants for d in deltas}
    kept = sorted(c for c in candidates if low <= c <= high and (not fact.type.integer or c == int(c)))
    return [int(c) if fact.type.integer else c for c in kept]


def number_range(fact: m.Fact, constants: set[Decimal]) -> tuple[Decimal, Decimal]:
    """The declared bounds, or a range around the constants when a bound is not declared."""
    largest = max((abs(c) for c in constants), default=Decimal(10))
    low = fact.low if fact.low is not None else -2 * largest - 10
    high = fact.high if fact.high is not None else 2 * largest + 10
    return low, high


# ------------------------------------------------------------------ drawing a situation


def situation(plan: Plan, chooser: Chooser) -> Situation:
    """One situation: each fact unknown or one of its values (see the module docstring)."""
    unknown_rate = chooser.choose(UNKNOWN_RATES)
    percent, choose = chooser.percent, chooser.choose
    drawn: Situation = {}
    dates: list[datetime.date] = []  # the dates drawn so far, in the order of `drawn`
    for fact, name, kind, pool in plan.drawn_facts:
        if percent() < unknown_rate:
            continue
        if kind == "date":
            day = _date(pool, plan, chooser, dates)
            dates.append(day)
            drawn[name] = day
        elif kind == "nombre" and percent() < 15:
            drawn[name] = _any_number(fact, pool, chooser)
        elif kind == "choix multiples" and percent() < 20:
            drawn[name] = frozenset(c for c in fact.type.choices if percent() < 50)
        else:
            drawn[name] = choose(pool)
    return drawn


def _any_number(fact: m.Fact, pool: list[object], chooser: Chooser) -> object:
    low, high = Decimal(min(pool)), Decimal(max(pool))  # type: ignore[type-var, arg-type]
    span = int(high - low)
    base = low + chooser.percent() * span // 100 + chooser.choose(range(0, 3))
    if fact.type.integer:
        return int(min(base, high))
    cents = Decimal(chooser.choose((0, 0, 25, 50, 33, 1, 99))) / 100
    return min(base + cents, high)


def _date(pool: list[object], plan: Plan, chooser: Chooser, others: list[datetime.date]) -> datetime.date:
    roll = chooser.percent()
    if others and plan.shifts and roll < 55:
        amount, unit = chooser.choose(plan.shifts)
        shifted = shift(chooser.choose(others), amount, unit)
        if shifted is not None:
            day = shifted + datetime.timedelta(days=chooser.choose((0, 0, 1, -1)))
            return min(max(day, EARLIEST), LATEST)
    if roll >= 90:  # now and then any day of the decades around the circular
        base: datetime.date = chooser.choose(pool)  # type: ignore[assignment]
        return base + datetime.timedelta(days=chooser.percent() * 8 - 400)
    return chooser.choose(pool)  # type: ignore[return-value]


def shift(day: datetime.date, amount: int, unit: str) -> datetime.date | None:
    try:
        if unit in ("jours ouvrés", "jours ouvrables"):
            return rt.add_working_days(day, amount, saturdays=unit == "jours ouvrables")
        if unit == "mois":
            return rt.add_months(day, amount, "dernier jour")
        return day + datetime.timedelta(days=amount)
    except (OverflowError, ValueError):
        return None


def situations(plan: Plan) -> st.SearchStrategy[Situation]:
    """The same situations as a hypothesis strategy (shrinking towards fewer known facts)."""

    @st.composite
    def draw_situation(draw: st.DrawFn) -> Situation:
        return situation(plan, DrawChooser(draw))

    return draw_situation()


def sample(plan: Plan, seed: int, count: int) -> Iterator[Situation]:
    chooser = RandomChooser(seed)
    for _ in range(count):
        yield situation(plan, chooser)


CLOSED_KINDS = ("booléen", "choix", "texte")  # `situation` draws these from their pools only


def closed(plan: Plan) -> bool:
    """Whether every value a situation can draw is in its fact's pool (no number, date or set of
    choices, which may be drawn outside it): then `exhaustive` lists every situation `sample` draws."""
    return all(fact.type.kind in CLOSED_KINDS for fact in plan.facts)


def exhaustive(plan: Plan, limit: int) -> list[Situation] | None:
    """Every combination of the pools (each fact unknown or one of its values), or None if more than `limit`."""
    sizes = [len(plan.pools[f.name]) + 1 for f in plan.facts]
    total = 1
    for size in sizes:
        total *= size
        if total > limit:
            return None
    options: list[list[Any]] = [[None, *plan.pools[f.name]] for f in plan.facts]
    names = [f.name for f in plan.facts]
    return [
        {name: value for name, value in zip(names, values, strict=True) if value is not None}
        for values in itertools.product(*options)
    ]


def case_situations(circular: m.Circular) -> list[Situation]:
    """The situations of the circular's own example cases."""
    found = []
    for case in circular.cases:
        facts = {name: value for name, value in case.facts if value is not None}
        found.append({name: frozenset(v) if isinstance(v, list) else v for name, v in facts.items()})
    return found


def row_situations(circular: m.Circular) -> list[Situation]:
    """For every row of every table whose inputs are facts, a situation that the row matches
    (each input set to a value its cell accepts, `*` left unknown)."""
    found = []
    for table in circular.tables:
        if not all(isinstance(expr, m.FactRef) for expr in table.inputs):
            continue
        for row in table.rows:
            facts: Situation = {}
            for cell, expr in zip(row.cells, table.inputs, strict=True):
                assert isinstance(expr, m.FactRef)
                value = matching_value(cell, expr.fact)
                if value is not None:
                    facts[expr.fact.name] = value
            found.append(facts)
    return found


def matching_value(cell: m.Cell, fact: m.Fact) -> object:
    """A value of `fact` that `cell` accepts (None for `*`)."""
    step: object = Decimal("0.01") if fact.type.kind == "nombre" and not fact.type.integer else 1
    if cell.kind == "any":
        return None
    if cell.kind in ("eq", "in", "range"):
        value = cell.values[0]
    elif cell.kind == "not_in":
        others = [c for c in fact.type.choices if c not in cell.values]
        value = others[0] if others else _beyond(max(cell.values), step, 1)  # type: ignore[type-var]
    else:
        value = _beyond(cell.values[0], step, {"<": -1, ">": 1, "!=": 1}.get(cell.op or "=", 0))
    if fact.type.kind == "nombre":
        return int(value) if fact.type.integer else Decimal(value)  # type: ignore[arg-type, call-overload]
    return value


def _beyond(value: object, step: object, direction: int) -> object:
    """`value` moved by one step (a day, a unit or a cent) in `direction`."""
    if isinstance(value, datetime.date):
        return value + datetime.timedelta(days=direction)
    return value + direction * step  # type: ignore[operator]
