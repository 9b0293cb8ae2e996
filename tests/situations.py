"""Situations generated for a circular, for the differential tests and the SQL bench.

Values are drawn near the constants the circular tests (thresholds, dates of its
deadlines and periods, cells of its tables), at its facts' bounds, and sometimes
left unknown, so that every rule is met respected, violated and undecided."""

from __future__ import annotations

import datetime
import random
from decimal import Decimal
from typing import Any

from circdsl import model as m

UNKNOWN = 0.15  # share of facts left unknown
TEXTS = ("Lycée Voltaire", "École Jules Ferry", "Collège Jean Moulin")


def constants(circular: m.Circular) -> tuple[list[Decimal], list[datetime.date]]:
    """Numbers and dates the circular compares with (its thresholds)."""
    numbers: set[Decimal] = set()
    dates: set[datetime.date] = set()

    def note(value: object) -> None:
        if isinstance(value, bool):
            return
        if isinstance(value, (Decimal, int)):
            numbers.add(Decimal(value))
        elif isinstance(value, datetime.date):
            dates.add(value)

    exprs: list[m.Expr] = [v.expr for v in circular.values]
    for rule in circular.rules:
        exprs += [e for e in (rule.applies, rule.requires, *(x.condition for x in rule.exceptions)) if e is not None]
    for table in circular.tables:
        for row in table.rows:
            for cell in row.cells:
                for value in cell.values:
                    note(value)
    for deadline in circular.deadlines:
        if deadline.date is not None:
            dates.add(deadline.date)
    for period in circular.periods:
        dates.update((period.start, period.end))
    for expr in exprs:
        for node in m.walk(expr):
            if isinstance(node, m.Const):
                note(node.value)
            elif isinstance(node, m.Member):
                for item in node.items:
                    note(item)
    return sorted(numbers), sorted(dates)


class SituationMaker:
    """Draws situations for one circular, reproducibly from a seed."""

    def __init__(self, circular: m.Circular, seed: int = 2025):
        self.circular = circular
        self.rng = random.Random(seed)
        self.numbers, self.dates = constants(circular)
        if not self.dates:
            self.dates = [datetime.date(2025, 1, 13)]

    def situation(self) -> dict[str, Any]:
        situation = {}
        for fact in self.circular.facts:
            if self.rng.random() < UNKNOWN:
                continue
            situation[fact.name] = self.value(fact)
        return situation

    def situations(self, count: int) -> list[dict[str, Any]]:
        return [self.situation() for _ in range(count)]

    def value(self, fact: m.Fact) -> Any:
        kind = fact.type.kind
        rng = self.rng
        if kind == "booléen":
            return rng.random() < 0.5
        if kind == "choix":
            return rng.choice(fact.type.choices)
        if kind == "choix multiples":
            return sorted(rng.sample(fact.type.choices, rng.randint(0, min(3, len(fact.type.choices)))))
        if kind == "date":
            base = rng.choice(self.dates)
            shift = rng.choice([0, 0, 1, -1, 2, -2, 3, 5, -5, 7, 15, -15, 30, -30, 45, 60, -60, 100, 365, -365, 800])
            return base + datetime.timedelta(days=shift)
        if kind == "texte":
            return rng.choice(TEXTS)
        return self.number(fact)

    def number(self, fact: m.Fact) -> Decimal | int:
        rng = self.rng
        low = fact.low if fact.low is not None else Decimal(0)
        high = fact.high if fact.high is not None else max([Decimal(40), *(n * 2 for n in self.numbers)])
        pool = [n for n in self.numbers if low <= n <= high] + [low, high]
        base = rng.choice(pool) if rng.random() < 0.7 else Decimal(rng.randint(int(low), int(high)))
        step = Decimal(1) if fact.type.integer else rng.choice([Decimal(1), Decimal("0.5"), Decimal("0.25")])
        value = base + step * rng.choice([0, 0, 0, 1, -1, 2, -2])
        if not fact.type.integer and rng.random() < 0.1:
            value = (value * Decimal(rng.choice(["0.3", "1.7", "2.45"]))).quantize(Decimal("0.01"))
        value = min(max(value, low), high)
        return int(value) if fact.type.integer else value


def french_text(value: Any) -> str:
    """A value as an HR export writes it: 13/01/2025, 4,5, oui, « a; b »; empty when unknown."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "oui" if value else "non"
    if isinstance(value, datetime.date):
        return value.strftime("%d/%m/%Y")
    if isinstance(value, list):
        return "; ".join(value)
    return str(value).replace(".", ",")


MALFORMED = ("beaucoup", "31/02/2025", "-3", "peut-être", "9999999999999")


def campaign_rows(
    circular: m.Circular, count: int, malformed: float = 0.01, seed: int = 2025
) -> tuple[list[str], list[list[str]], set[int]]:
    """A campaign file's header and rows (an id column first), and the indexes of the malformed rows:
    a value of the wrong kind, or a line with too few fields."""
    maker = SituationMaker(circular, seed)
    rng = random.Random(seed + 1)
    names = [f.name for f in circular.facts]
    rows, broken = [], set()
    for index in range(count):
        situation = maker.situation()
        row = [f"A{index:06d}", *(french_text(situation.get(name)) for name in names)]
        if rng.random() < malformed:
            broken.add(index)
            if rng.random() < 0.3:
                row = row[: len(row) // 2]
            else:
                row[rng.randrange(1, len(row))] = rng.choice(MALFORMED)
        rows.append(row)
    return ["matricule", *names], rows, broken
