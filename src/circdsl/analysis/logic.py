"""The logic engine of the analyses: conditions compiled into three-valued questions and
answered by enumeration.

A condition is decided by enumerating, for each fact, one value per region its constants
delimit; anything the engine does not model (computed values, arithmetic, constructs added
later) is an opaque boolean, so a question is answered YES or NO only when that holds
whatever those opaque parts are. Questions too large to enumerate are left UNKNOWN."""

from __future__ import annotations

import contextlib
import datetime
import itertools
from collections.abc import Callable, Hashable, Mapping, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field
from decimal import ROUND_CEILING, ROUND_FLOOR, Decimal
from enum import Enum

from circdsl import model as m
from circdsl.analysis.traversal import facts_in, structural_key
from circdsl.source import Span
from circdsl.words import Kind

MAX_ASSIGNMENTS = 4096  # beyond this many combinations a question is left undecided
MAX_DOMAIN = 64  # a fact with more candidate values is not enumerated
MAX_MAGNITUDE = 24  # numbers beyond 10**24 are not enumerated (decimal precision)


class Answer(Enum):
    YES = "oui"
    NO = "non"
    UNKNOWN = "indécidable"


Assignment = Mapping[Hashable, object]


@dataclass
class Formula:
    """A condition compiled for enumeration: its truth under a total assignment."""

    holds: Callable[[Assignment], bool]
    facts: dict[str, m.Fact] = field(default_factory=dict)  # enumerated facts, by name
    points: dict[str, set[object]] = field(default_factory=dict)  # constants each fact is compared to
    atoms: dict[Hashable, frozenset[str]] = field(default_factory=dict)  # opaque conditions -> facts they read
    conjuncts: tuple[Formula, ...] = ()  # of an « et »: its operands, flattened (the formula holds if all do)
    read: tuple[Hashable, ...] | None = None  # `inputs(self)`, kept once asked (reset by `absorb`)
    frozen: dict[str, frozenset[object]] | None = None  # `points`, frozen, kept once asked (reset by `absorb`)

    def absorb(self, *others: Formula) -> None:
        self.read = self.frozen = None
        for other in others:
            self.facts.update(other.facts)
            for name, values in other.points.items():
                self.points.setdefault(name, set()).update(values)
            self.atoms.update(other.atoms)


class _OpaqueError(Exception):
    """A sub-expression the logic does not model."""


_FLIP = {"<": ">", "<=": ">=", ">": "<", ">=": "<=", "=": "=", "!=": "!="}
_COMPARE: dict[str, Callable[[object, object], bool]] = {
    "=": lambda a, b: a == b,
    "!=": lambda a, b: a != b,
    "<": lambda a, b: a < b,  # type: ignore[operator]
    "<=": lambda a, b: a <= b,  # type: ignore[operator]
    ">": lambda a, b: a > b,  # type: ignore[operator]
    ">=": lambda a, b: a >= b,  # type: ignore[operator]
}


class Logic:
    """Compiles conditions and answers satisfiability questions by enumeration."""

    def __init__(self) -> None:
        self.cache: dict[int, tuple[m.Expr, Formula]] = {}  # by id, holding the expression alive
        # Answers kept across questions (the formulas of `cache` stay alive, so their ids are not reused):
        self.candidates: dict[tuple[str, frozenset[object]], tuple[object, ...]] = {}  # (fact, points) -> values
        self.groups: dict[Hashable, tuple[list[Formula], bool]] = {}  # (conjunct ids, inputs, values) -> answer
        # A conjunct over one input: which of that input's candidate values make it hold (a bit each), by
        # (conjunct id, values id); the conjunct and the values are kept with it so their ids stay theirs.
        self.truths: dict[tuple[int, int], tuple[Formula, tuple[object, ...], int]] = {}

    # ------------------------------------------------------------ compiling
    def formula(self, expr: m.Expr | None) -> Formula:
        """The formula of a condition; None (no condition) always holds."""
        if expr is None:
            return _constant(True)
        entry = self.cache.get(id(expr))
        if entry is None or entry[0] is not expr:  # the expression is kept: its id cannot be reused
            entry = (expr, self._compile(expr))
            self.cache[id(expr)] = entry
        return entry[1]

    def _compile(self, e: m.Expr) -> Formula:
        try:
            return self._exact(e)
        except (_OpaqueError, TypeError, ArithmeticError, ValueError):
            return self._atom(e)

    def _exact(self, e: m.Expr) -> Formula:
        if isinstance(e, m.Const) and isinstance(e.value, bool):
            return _constant(e.value)
        if isinstance(e, m.FactRef) and e.type.kind is Kind.BOOLEAN:
            return self._fact_test(e.fact, lambda v: v is True)
        if isinstance(e, m.Unary) and e.op == "non":
            inner = self.formula(e.operand)
            result = Formula(lambda a: not inner.holds(a))
            result.absorb(inner)
            return result
        if isinstance(e, m.Binary) and e.op in ("et", "ou"):
            return self._logical(e.op, self.formula(e.left), self.formula(e.right))
        if isinstance(e, m.Binary) and e.op in _COMPARE:
            return self._comparison(e.op, e.left, e.right)
        if isinstance(e, m.Member) and e.operand.type.kind is not Kind.CHOICES:
            return self._member(e)
        if isinstance(e, m.MeetsDeadline):
            date = e.deadline.date
            if date is None:  # relative to the situation
                raise _OpaqueError
            return self._comparison("<=" if e.deadline.inclusive else "<", e.operand, _const(m.DATE, date))
        if isinstance(e, m.During):
            return self._during(e)
        raise _OpaqueError

    def _logical(self, op: str, left: Formula, right: Formula) -> Formula:
        if op == "et":
            result = Formula(lambda a: left.holds(a) and right.holds(a))
            result.conjuncts = (*_conjuncts(left), *_conjuncts(right))
        else:
            result = Formula(lambda a: left.holds(a) or right.holds(a))
        result.absorb(left, right)
        return result

    def _comparison(self, op: str, left: m.Expr, right: m.Expr) -> Formula:
        compare = _COMPARE[op]
        if isinstance(left, m.Const) and isinstance(right, m.Const):
            return _constant(bool(compare(left.value, right.value)))
        if isinstance(right, m.FactRef) and not isinstance(left, m.FactRef):
            return self._comparison(_FLIP[op], right, left)
        if not isinstance(left, m.FactRef) or not _enumerable(left.fact):
            raise _OpaqueError
        fact = left.fact
        if isinstance(right, m.Const):
            value = right.value
            _check_point(fact, value)
            result = self._fact_test(fact, lambda v: bool(compare(v, value)))
            result.points.setdefault(fact.name, set()).add(value)
            return result
        if isinstance(right, m.FactRef) and _enumerable(right.fact) and fact.type.kind in (Kind.BOOLEAN, Kind.CHOICE):
            other = right.fact
            result = Formula(lambda a: bool(compare(a[fact.name], a[other.name])))
            result.facts.update({fact.name: fact, other.name: other})
            return result
        raise _OpaqueError

    def _member(self, e: m.Member) -> Formula:
        if not isinstance(e.operand, m.FactRef) or not _enumerable(e.operand.fact):
            raise _OpaqueError
        fact = e.operand.fact
        items = frozenset(e.items)
        for item in items:
            _check_point(fact, item)
        negated = e.negated
        result = self._fact_test(fact, lambda v: (v in items) != negated)
        result.points.setdefault(fact.name, set()).update(items)
        return result

    def _during(self, e: m.During) -> Formula:
        after = self._comparison(">=", e.operand, _const(m.DATE, e.period.start))
        before = self._comparison("<=", e.operand, _const(m.DATE, e.period.end))
        return self._logical("et", after, before)

    @staticmethod
    def _fact_test(fact: m.Fact, test: Callable[[object], bool]) -> Formula:
        name = fact.name
        result = Formula(lambda a: test(a[name]))
        result.facts[name] = fact
        return result

    @staticmethod
    def _atom(e: m.Expr) -> Formula:
        key = ("atom", structural_key(e))
        result = Formula(lambda a: a[key] is True)
        result.atoms[key] = frozenset(facts_in(e))
        return result

    # ------------------------------------------------------------ questions
    def exists(
        self, formulas: Sequence[Formula], wanted: Callable[[tuple[bool, ...]], bool], exact: bool = False
    ) -> Answer:
        """Is there a situation where the formulas' truth values satisfy `wanted`?

        With `exact`, YES is only answered when the witness is certain: opaque
        conditions are then required to be independent of each other and of
        the enumerated facts (NO is always certain).
        """
        whole = _constant(True)
        whole.absorb(*formulas)
        domains = self._domains(whole.facts, whole.points, whole.atoms)
        if domains is None:
            return Answer.UNKNOWN
        names = list(domains)
        for values in itertools.product(*domains.values()):
            assignment = dict(zip(names, values, strict=True))
            if wanted(tuple(f.holds(assignment) for f in formulas)):
                return Answer.UNKNOWN if exact and not _independent(whole.facts, whole.atoms) else Answer.YES
        return Answer.NO

    def satisfiable(self, *formulas: Formula, exact: bool = False) -> Answer:
        """Can every formula hold at once? The same answer as `exists(formulas, all, exact)`, found
        faster: the conjuncts are split into groups that read disjoint inputs, and each group is
        enumerated alone (the sum of their sizes rather than the product); a group's answer is
        kept, for the same conjuncts over the same candidate values.

        The formulas are not merged into one (as `exists` does): their facts, frozen points and
        opaque conditions are gathered directly, a fact's points shared when one formula alone has some."""
        facts: dict[str, m.Fact] = {}
        points: dict[str, frozenset[object]] = {}
        atoms: dict[Hashable, frozenset[str]] = {}
        for formula in formulas:
            facts.update(formula.facts)
            atoms.update(formula.atoms)
            for name, compared in _frozen_points(formula).items():
                known = points.get(name)
                points[name] = compared if known is None or known is compared else known | compared
        domains = self._domains(facts, points, atoms)
        if domains is None:
            return Answer.UNKNOWN
        for names, group in _independent_groups([part for f in formulas for part in _conjuncts(f)]):
            if not names:  # constants: no value to enumerate
                if not all(part.holds({}) for part in group):
                    return Answer.NO
                continue
            if len(names) == 1:  # the commonest group: conjuncts of one fact, answered from their truth bits
                if not self._one_input_holds(group, names[0], domains[names[0]]):
                    return Answer.NO
                continue
            values = [domains[name] for name in names]
            key = (frozenset(map(id, group)), tuple(names), tuple(map(id, values)))  # values: kept in `candidates`
            kept = self.groups.get(key)
            if kept is None:  # the group is kept with its answer: its formulas' ids stay theirs
                holds = any(
                    all(part.holds(assignment) for part in group)
                    for assignment in (dict(zip(names, row, strict=True)) for row in itertools.product(*values))
                )
                kept = self.groups[key] = (group, holds)
            if not kept[1]:
                return Answer.NO
        return Answer.UNKNOWN if exact and not _independent(facts, atoms) else Answer.YES

    def _one_input_holds(self, group: list[Formula], name: Hashable, values: tuple[object, ...]) -> bool:
        """Whether one value of the input makes every conjunct of the group hold: the same answer as
        enumerating the values, from each conjunct's truth bits, computed once per candidate values."""
        common = (1 << len(values)) - 1
        for part in group:
            kept = self.truths.get((id(part), id(values)))
            if kept is None:
                bits = sum(1 << index for index, value in enumerate(values) if part.holds({name: value}))
                kept = self.truths[(id(part), id(values))] = (part, values, bits)
            common &= kept[2]
            if not common:
                return False
        return True

    def _domains(
        self,
        facts: Mapping[str, m.Fact],
        points: Mapping[str, AbstractSet[object]],
        atoms: Mapping[Hashable, frozenset[str]],
    ) -> dict[Hashable, tuple[object, ...]] | None:
        """The candidate values of each fact (from the constants it is compared to) and of each
        opaque condition; None when one fact has too many, or all together too many combinations."""
        domains: dict[Hashable, tuple[object, ...]] = {}
        size = 1
        for name, fact in facts.items():
            compared = frozenset(points.get(name, ()))  # a frozenset is itself, not copied
            values = self.candidates.get((name, compared))
            if values is None:
                values = self.candidates[(name, compared)] = candidates(fact, set(compared))
            if not values or len(values) > MAX_DOMAIN:
                return None
            domains[name] = values
            size *= len(values)
        for key in atoms:
            domains[key] = (True, False)
            size *= 2
        return domains if size <= MAX_ASSIGNMENTS else None


def _conjuncts(formula: Formula) -> tuple[Formula, ...]:
    return formula.conjuncts or (formula,)


def _frozen_points(formula: Formula) -> dict[str, frozenset[object]]:
    if formula.frozen is None:
        formula.frozen = {name: frozenset(values) for name, values in formula.points.items()}
    return formula.frozen


def _independent_groups(parts: list[Formula]) -> list[tuple[tuple[Hashable, ...], list[Formula]]]:
    """The parts grouped so that two groups read no common input (connected components), each with
    the inputs it reads. Parts that read one input each (the commonest) are grouped by that input."""
    by_input: dict[Hashable, list[Formula]] = {}
    alone: list[tuple[tuple[Hashable, ...], list[Formula]]] = []  # parts that read nothing
    for part in parts:
        read = inputs(part)
        if len(read) == 1:
            by_input.setdefault(read[0], []).append(part)
        elif read:
            return _connected_groups(parts)
        else:
            alone.append(((), [part]))
    return [((name,), group) for name, group in by_input.items()] + alone


def _connected_groups(parts: list[Formula]) -> list[tuple[tuple[Hashable, ...], list[Formula]]]:
    """`_independent_groups` when some parts read several inputs: connected components."""
    group_of: dict[Hashable, int] = {}  # input -> index of its group in `groups`
    groups: list[list[Formula] | None] = []
    for part in parts:
        merged = sorted({group_of[name] for name in inputs(part) if name in group_of})
        members = [part]
        for index in merged:
            members += groups[index] or []
            groups[index] = None
        groups.append(members)
        for member in members:
            for name in inputs(member):
                group_of[name] = len(groups) - 1
    return [
        (tuple(dict.fromkeys(name for part in group for name in inputs(part))), group)
        for group in groups
        if group is not None
    ]


def _constant(value: bool) -> Formula:
    return Formula(lambda a: value)


def _const(type_: m.Type, value: object) -> m.Const:
    return m.Const(type_, Span.point(1, 1), value)


def _enumerable(fact: m.Fact) -> bool:
    kind = fact.type.kind
    return kind in (Kind.BOOLEAN, Kind.CHOICE, Kind.DATE) or (kind is Kind.NUMBER and fact.type.unit is not None)


def _check_point(fact: m.Fact, value: object) -> None:
    """Refuse constants the enumeration cannot place (absurdly large numbers, wrong kinds)."""
    if not _placeable(fact.type, value):
        raise _OpaqueError


def _placeable(type_: m.Type, value: object) -> bool:
    if type_.kind is Kind.NUMBER:
        if not isinstance(value, (Decimal, int)) or isinstance(value, bool):
            return False
        number = Decimal(value)
        return number.is_finite() and (number == 0 or abs(number.adjusted()) <= MAX_MAGNITUDE)
    if type_.kind is Kind.CHOICE:
        return value in type_.choices
    check = _KIND_CHECKS.get(type_.kind)
    return check is None or check(value)


_KIND_CHECKS: dict[Kind, Callable[[object], bool]] = {
    Kind.DATE: lambda v: isinstance(v, datetime.date),
    Kind.BOOLEAN: lambda v: isinstance(v, bool),
}


def _independent(enumerated: Mapping[str, m.Fact], atoms: Mapping[Hashable, frozenset[str]]) -> bool:
    """Opaque conditions read disjoint facts, none of them enumerated."""
    seen = set(enumerated)
    for facts in atoms.values():
        if not facts or facts & seen:
            return False
        seen |= facts
    return True


def candidates(fact: m.Fact, points: set[object]) -> tuple[object, ...]:
    """One value of the fact per region its constants (and bounds) delimit."""
    kind = fact.type.kind
    if kind is Kind.BOOLEAN:
        return (True, False)
    if kind is Kind.CHOICE:
        return tuple(fact.type.choices)
    if kind is Kind.DATE:
        return _date_candidates({p for p in points if isinstance(p, datetime.date)})
    if kind is Kind.NUMBER:
        return _number_candidates(fact, {Decimal(p) for p in points if isinstance(p, (Decimal, int))})
    return ()


def _date_candidates(points: set[datetime.date]) -> tuple[object, ...]:
    found: set[datetime.date] = set()
    day = datetime.timedelta(days=1)
    for point in points or {datetime.date(2000, 1, 1)}:
        found.add(point)
        for step in (-day, day):
            with contextlib.suppress(OverflowError):
                found.add(point + step)
    return tuple(sorted(found))


def _number_candidates(fact: m.Fact, points: set[Decimal]) -> tuple[object, ...]:
    low, high = fact.low, fact.high
    marks = set(points) | {b for b in (low, high) if b is not None}
    if not marks:
        marks = {Decimal(0)}
    found: set[Decimal] = set()
    if fact.type.integer:
        for mark in marks:
            floor, ceil = mark.to_integral_value(ROUND_FLOOR), mark.to_integral_value(ROUND_CEILING)
            found |= {floor - 1, floor, ceil, ceil + 1}
    else:
        ordered = sorted(marks)
        found = set(ordered) | {ordered[0] - 1, ordered[-1] + 1}
        found |= {(a + b) / 2 for a, b in itertools.pairwise(ordered)}
    inside = [v for v in found if (low is None or v >= low) and (high is None or v <= high)]
    return tuple(sorted(inside))


def negation(formula: Formula) -> Formula:
    result = Formula(lambda a: not formula.holds(a))
    result.absorb(formula)
    return result


def inputs(formula: Formula) -> tuple[Hashable, ...]:
    """What a formula reads: its enumerated facts and its opaque conditions."""
    if formula.read is None:
        formula.read = (*formula.facts, *formula.atoms)
    return formula.read
