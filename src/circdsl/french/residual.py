"""What is left of a condition once the applicant's known facts are taken into account.

A checklist says « à fournir si … » only with the part of the condition that is
still open: with `contrat_long` known true, `contrat_long et déclaration.nature
dans {…}` leaves `déclaration.nature dans {…}`; a side known false removes a
whole `et`. Evaluation is three-valued like the validators' (unknown in, unknown
out) and uses the validator's own results for computed values, tables and
deadlines; anything it cannot evaluate stays in the condition, so the residual
is never stronger than the original.
"""

from __future__ import annotations

import dataclasses
import datetime
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from circdsl import model as m
from circdsl import runtime as rt
from circdsl.french.conditions import flatten

_OPERATORS: dict[str, Callable[[Any, Any], Any]] = {
    "et": rt.and3,
    "ou": rt.or3,
    "+": rt.add,
    "-": rt.sub,
    "*": rt.mul,
    "/": rt.div,
    "%*": rt.percent_of,
    "=": rt.eq,
    "!=": rt.ne,
    "<": rt.lt,
    "<=": rt.le,
    ">": rt.gt,
    ">=": rt.ge,
    "date+": rt.add_days,
    "date-": rt.sub_days,
    "date-date": rt.days_between,
}
_MEMBERSHIP = {(False, False): rt.is_in, (False, True): rt.not_in, (True, False): rt.any_in, (True, True): rt.none_in}


@dataclass(frozen=True)
class Known:
    """What is known of one applicant: facts by name, and the validator's computed values
    (`valeur`, `table.colonne`) and deadline dates."""

    facts: Mapping[str, object] = field(default_factory=dict)
    computed: Mapping[str, object] = field(default_factory=dict)
    deadlines: Mapping[str, datetime.date | None] = field(default_factory=dict)

    @classmethod
    def of(cls, facts: Mapping[str, object], decision: rt.Decision | None = None) -> Known:
        if decision is None:
            return cls(dict(facts))
        dates = {d.name: d.date for d in decision.deadlines}
        return cls(dict(facts), dict(decision.computed), dates)

    # --- values (None: unknown)

    def value(self, expr: m.Expr) -> Any:
        try:
            return self._value(expr)
        except (TypeError, ValueError, AttributeError, ArithmeticError, RecursionError):
            return None

    def _value(self, expr: m.Expr) -> Any:
        if isinstance(expr, m.Const):
            return expr.value
        if isinstance(expr, m.FactRef):
            return self.facts.get(expr.fact.name)
        if isinstance(expr, m.ValueRef):
            return self.computed.get(expr.value.name)
        if isinstance(expr, m.TableRef):
            return self.computed.get(f"{expr.table.name}.{expr.table.columns[expr.column].name}")
        if isinstance(expr, m.DeadlineRef):
            return self._deadline(expr.deadline)
        if isinstance(expr, m.Count):
            return rt.count(self.facts.get(expr.fact.name))  # type: ignore[arg-type]
        if isinstance(expr, m.Unary):
            operand = self._value(expr.operand)
            return rt.not3(operand) if expr.op == "non" else rt.neg(operand)
        if isinstance(expr, m.Binary) and expr.op in _OPERATORS:
            return _OPERATORS[expr.op](self._value(expr.left), self._value(expr.right))
        if isinstance(expr, m.Member):
            several = expr.operand.type.kind == "choix multiples"
            return _MEMBERSHIP[(several, expr.negated)](self._value(expr.operand), frozenset(expr.items))
        if isinstance(expr, m.IsWhole):
            return rt.is_whole(self._value(expr.operand))
        if isinstance(expr, m.MeetsDeadline):
            compare = rt.le if expr.deadline.inclusive else rt.lt
            return compare(self._value(expr.operand), self._deadline(expr.deadline))
        if isinstance(expr, m.During):
            return rt.during(self._value(expr.operand), expr.period.start, expr.period.end)
        return None  # pièces fournies, and anything else: left to the condition

    def _deadline(self, deadline: m.Deadline) -> datetime.date | None:
        return deadline.date if deadline.date is not None else self.deadlines.get(deadline.name)

    def truth(self, expr: m.Expr) -> bool | None:
        result = self.value(expr)
        return result if isinstance(result, bool) else None

    # --- residual conditions

    def residual(self, expr: m.Expr) -> m.Expr | bool:
        """`expr` with every part known to hold or to fail removed: True, False, or what remains."""
        if isinstance(expr, m.Binary) and expr.op in ("et", "ou"):
            return self._junction(expr)
        if isinstance(expr, m.Unary) and expr.op == "non":
            inner = self.residual(expr.operand)
            return (not inner) if isinstance(inner, bool) else dataclasses.replace(expr, operand=inner)
        truth = self.truth(expr)
        return expr if truth is None else truth

    def _junction(self, expr: m.Binary) -> m.Expr | bool:
        absorbing = expr.op == "ou"  # True absorbs an `ou`, False an `et`
        remaining: list[m.Expr] = []
        for part in flatten(expr.op, expr):
            reduced = self.residual(part)
            if reduced is absorbing:
                return absorbing
            if not isinstance(reduced, bool):
                remaining.append(reduced)
        if not remaining:
            return not absorbing
        combined = remaining[0]
        for part in remaining[1:]:
            combined = dataclasses.replace(expr, left=combined, right=part)
        return combined
