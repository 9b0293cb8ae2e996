"""Static analyses of a checked circular: what an editor most likely got wrong.

Run by the compiler once the checker found no error. Each finding is a French
diagnostic located in the .circ file (codes E8xx; the catalogue says whether
it is an error or a warning):

- conditions that can never hold or always hold (closed choices, booleans,
  numbers and dates against constants, declared bounds), duplicate rules,
  exceptions or rules whose outcomes contradict each other;
- facts declared and never read, services that receive nothing, documents
  never asked for or sent nowhere;
- calendar dates before the circular opens the campaign or outside its
  school year;
- quotes too short, or too frequent in the source text, to identify a passage.

Conditions are decided by enumerating, for each fact, one value per region
its constants delimit; anything the analyzer does not model (computed values,
arithmetic, constructs added later) is an opaque boolean, so a finding is
reported only when it holds whatever those opaque parts are. The analyzer
ignores what it does not understand rather than fail.
"""

from __future__ import annotations

import contextlib
import datetime
import functools
import itertools
import re
from collections.abc import Callable, Hashable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, fields, is_dataclass
from decimal import ROUND_CEILING, ROUND_FLOOR, Decimal
from enum import Enum

from circdsl import model as m
from circdsl import nodes as n
from circdsl.citations import SourceText, fold
from circdsl.diagnostics import DiagnosticSink
from circdsl.source import Span

MAX_ASSIGNMENTS = 4096  # beyond this many combinations a question is left undecided
MAX_DOMAIN = 64  # a fact with more candidate values is not enumerated
MAX_MAGNITUDE = 24  # numbers beyond 10**24 are not enumerated (decimal precision)
MIN_QUOTE_CHARS = 10  # a shorter quote designates no passage, even when found once
MIN_QUOTE_WORDS = 2
SHORT_QUOTE_CHARS = 40  # a quote shorter than this must be found only once in the source text
MAX_QUOTE_OCCURRENCES = 2  # a longer sentence may be repeated once (a summary, then the body)


# ================================================================ three-valued questions


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

    def absorb(self, *others: Formula) -> None:
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
        if isinstance(e, m.FactRef) and e.type.kind == "booléen":
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
        if isinstance(e, m.Member) and e.operand.type.kind != "choix multiples":
            return self._member(e)
        if isinstance(e, m.MeetsDeadline):
            date = getattr(e.deadline, "date", None)
            if not isinstance(date, datetime.date) or getattr(e.deadline, "relative", None) is not None:
                raise _OpaqueError
            return self._comparison("<=" if e.deadline.inclusive else "<", e.operand, _const(m.DATE, date))
        if type(e).__name__ == "During":
            return self._during(e)
        raise _OpaqueError

    def _logical(self, op: str, left: Formula, right: Formula) -> Formula:
        if op == "et":
            result = Formula(lambda a: left.holds(a) and right.holds(a))
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
        if isinstance(right, m.FactRef) and _enumerable(right.fact) and fact.type.kind in ("booléen", "choix"):
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

    def _during(self, e: m.Expr) -> Formula:
        operand, period = getattr(e, "operand", None), getattr(e, "period", None)
        start, end = getattr(period, "start", None), getattr(period, "end", None)
        if not (isinstance(operand, m.Expr) and isinstance(start, datetime.date) and isinstance(end, datetime.date)):
            raise _OpaqueError
        after = self._comparison(">=", operand, _const(m.DATE, start))
        before = self._comparison("<=", operand, _const(m.DATE, end))
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
        domains = self._domains(whole)
        if domains is None:
            return Answer.UNKNOWN
        names = list(domains)
        for values in itertools.product(*domains.values()):
            assignment = dict(zip(names, values, strict=True))
            if wanted(tuple(f.holds(assignment) for f in formulas)):
                return Answer.UNKNOWN if exact and not _independent(whole) else Answer.YES
        return Answer.NO

    def satisfiable(self, *formulas: Formula, exact: bool = False) -> Answer:
        """Can every formula hold at once?"""
        return self.exists(formulas, all, exact)

    def _domains(self, whole: Formula) -> dict[Hashable, tuple[object, ...]] | None:
        domains: dict[Hashable, tuple[object, ...]] = {}
        size = 1
        for name, fact in whole.facts.items():
            values = candidates(fact, whole.points.get(name, set()))
            if not values or len(values) > MAX_DOMAIN:
                return None
            domains[name] = values
            size *= len(values)
        for key in whole.atoms:
            domains[key] = (True, False)
            size *= 2
        return domains if size <= MAX_ASSIGNMENTS else None


def _constant(value: bool) -> Formula:
    return Formula(lambda a: value)


def _const(type_: m.Type, value: object) -> m.Const:
    return m.Const(type_, Span.point(1, 1), value)


def _enumerable(fact: m.Fact) -> bool:
    kind = fact.type.kind
    return kind in ("booléen", "choix", "date") or (kind == "nombre" and fact.type.unit is not None)


def _check_point(fact: m.Fact, value: object) -> None:
    """Refuse constants the enumeration cannot place (absurdly large numbers, wrong kinds)."""
    if not _placeable(fact.type, value):
        raise _OpaqueError


def _placeable(type_: m.Type, value: object) -> bool:
    if type_.kind == "nombre":
        if not isinstance(value, (Decimal, int)) or isinstance(value, bool):
            return False
        number = Decimal(value)
        return number.is_finite() and (number == 0 or abs(number.adjusted()) <= MAX_MAGNITUDE)
    if type_.kind == "choix":
        return value in type_.choices
    check = _KIND_CHECKS.get(type_.kind)
    return check is None or check(value)


_KIND_CHECKS: dict[str, Callable[[object], bool]] = {
    "date": lambda v: isinstance(v, datetime.date),
    "booléen": lambda v: isinstance(v, bool),
}


def _independent(whole: Formula) -> bool:
    """Opaque conditions read disjoint facts, none of them enumerated."""
    seen = set(whole.facts)
    for facts in whole.atoms.values():
        if not facts or facts & seen:
            return False
        seen |= facts
    return True


def candidates(fact: m.Fact, points: set[object]) -> tuple[object, ...]:
    """One value of the fact per region its constants (and bounds) delimit."""
    kind = fact.type.kind
    if kind == "booléen":
        return (True, False)
    if kind == "choix":
        return tuple(fact.type.choices)
    if kind == "date":
        return _date_candidates({p for p in points if isinstance(p, datetime.date)})
    if kind == "nombre":
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


# ================================================================ generic model traversal


def structural_key(obj: object) -> Hashable:
    """A key equal for expressions written alike, wherever they are (spans ignored)."""
    if isinstance(obj, m.Const):
        return ("const", obj.type.kind, obj.type.unit, _hashable(obj.value))
    if isinstance(obj, (m.Fact, m.Value, m.Deadline, m.Service)) or (
        is_dataclass(obj) and not isinstance(obj, m.Expr) and isinstance(getattr(obj, "name", None), str)
    ):
        return (type(obj).__name__, getattr(obj, "name", None))
    if is_dataclass(obj) and not isinstance(obj, type):
        parts = [structural_key(getattr(obj, f.name)) for f in fields(obj) if f.name not in ("span", "type")]
        return (type(obj).__name__, *parts)
    if isinstance(obj, (tuple, list, frozenset, set)):
        items = [structural_key(x) for x in obj]
        return tuple(sorted(items, key=repr)) if isinstance(obj, (set, frozenset)) else tuple(items)
    return _hashable(obj)


def _hashable(value: object) -> Hashable:
    try:
        hash(value)
    except TypeError:
        return repr(value)
    return value


_LEAVES = (str, int, float, Decimal, datetime.date, Enum, Span, m.Type, m.Citation)  # nothing to find inside


def reachable(roots: Iterable[object], stop: Callable[[object], bool]) -> Iterator[object]:
    """Every object reachable from `roots` through dataclass fields and containers, each once.

    Objects for which `stop` is true are yielded but not entered.
    """
    stack = list(roots)
    seen: set[int] = set()
    while stack:
        obj = stack.pop()
        if obj is None or isinstance(obj, _LEAVES) or id(obj) in seen:
            continue
        seen.add(id(obj))
        yield obj
        if stop(obj):
            continue
        if is_dataclass(obj) and not isinstance(obj, type):
            stack.extend(getattr(obj, f.name, None) for f in fields(obj))
        elif isinstance(obj, (tuple, list, set, frozenset)):
            stack.extend(obj)
        elif isinstance(obj, dict):
            stack.extend(obj.values())


def facts_in(expr: m.Expr) -> set[str]:
    """Names of the facts an expression reads, through values, tables and deadlines."""
    return {o.name for o in reachable([expr], lambda o: isinstance(o, m.Fact)) if isinstance(o, m.Fact)}


# ================================================================ the analyses


@dataclass
class Analyzer:
    circular: m.Circular
    module: n.Module
    sink: DiagnosticSink
    source_text: SourceText | None = None
    logic: Logic = field(default_factory=Logic)

    def run(self) -> None:
        self.declarations = _declarations(self.module)
        self.broken: set[str] = set()  # rules already reported as never applying or never respected
        self.rule_keys: dict[str, Hashable] = {}
        if self.circular.kind != "vocabulaire":
            self._rules()
            self._rule_pairs()
            self._conditional_declarations()
            self._unused_facts()
            self._idle_services()
            self._unrouted_documents()
            self._calendar()
        self._quotes()

    # ------------------------------------------------------------ helpers
    def _name_span(self, kind: type, name: str, line: int) -> Span:
        decl = self.declarations.get((kind, name))
        found = getattr(decl, "name", None)
        return found.span if isinstance(found, n.Name) else Span.point(max(line, 1), 1)

    # ------------------------------------------------------------ one rule at a time
    def _rules(self) -> None:
        for rule in self.circular.rules:
            applies = self.logic.formula(rule.applies)
            if rule.applies is not None and self.logic.satisfiable(applies) is Answer.NO:
                self.sink.error(
                    "E801",
                    rule.applies.span,
                    f"la règle « {rule.name} » ne s'applique jamais : sa condition « si » ne peut pas être vraie",
                    "la condition se contredit (une même valeur testée deux fois, des bornes incompatibles ou hors "
                    "des bornes déclarées du fait) : corrigez-la",
                )
                self.broken.add(rule.name)
                continue
            if rule.requires is not None:
                self._requirement(rule, applies)

    def _requirement(self, rule: m.Rule, applies: Formula) -> None:
        assert rule.requires is not None
        requires = self.logic.formula(rule.requires)
        violated = _negation(requires)
        if self.logic.satisfiable(applies, requires) is Answer.NO:
            self.sink.error(
                "E802",
                rule.requires.span,
                f"la règle « {rule.name} » n'est jamais respectée : quand elle s'applique, "
                "la condition exigée ne peut pas être vraie",
                "toute demande concernée serait refusée ; vérifiez la condition « exige » "
                "(valeurs contradictoires, bornes des faits)",
            )
            self.broken.add(rule.name)
            return
        if self.logic.satisfiable(applies, violated) is Answer.NO:
            self.sink.warning(
                "E803",
                rule.requires.span,
                f"la règle « {rule.name} » n'est jamais en défaut : la condition exigée est toujours vraie "
                "quand les faits sont connus",
                "vérifiez la condition « exige » et les bornes déclarées des faits ; une règle qui ne peut pas "
                "échouer ne contrôle rien",
            )
            return
        self._exceptions(rule, applies, violated)

    def _exceptions(self, rule: m.Rule, applies: Formula, violated: Formula) -> None:
        conditions = [self.logic.formula(x.condition) for x in rule.exceptions]
        for exception, condition in zip(rule.exceptions, conditions, strict=True):
            if self.logic.satisfiable(applies, violated, condition) is Answer.NO:
                self.sink.warning(
                    "E804",
                    exception.condition.span,
                    f"cette exception ne joue jamais : elle ne peut pas être vraie quand la règle « {rule.name} » "
                    "s'applique et n'est pas respectée",
                    "vérifiez sa condition, ou retirez l'exception",
                )
        pairs = itertools.combinations(zip(rule.exceptions, conditions, strict=True), 2)
        for (first, first_condition), (second, second_condition) in pairs:
            if first.outcome == second.outcome:
                continue
            both = self.logic.satisfiable(applies, violated, first_condition, second_condition)
            if both is Answer.YES:
                self.sink.warning(
                    "E805",
                    second.condition.span,
                    f"cette exception (« {second.outcome} ») et celle de la ligne {first.line} (« {first.outcome} ») "
                    f"peuvent s'appliquer en même temps : la règle « {rule.name} » serait alors en conflit",
                    f"faites en sorte qu'elles s'excluent, par exemple « sauf si {second.text} et non ({first.text}) »",
                )

    # ------------------------------------------------------------ pairs of rules
    def _rule_pairs(self) -> None:
        rules = [r for r in self.circular.rules if r.requires is not None and r.name not in self.broken]
        for first, second in itertools.combinations(rules, 2):
            if self._duplicate(first, second):
                self.sink.warning(
                    "E806",
                    self._name_span(n.RuleDecl, second.name, second.line),
                    f"la règle « {second.name} » répète la règle « {first.name} » (ligne {first.line}) : "
                    "mêmes conditions « si » et « exige »",
                    "gardez une seule des deux règles, ou corrigez la condition de l'une d'elles",
                )
            elif first.severity == second.severity == "bloquante":
                self._contradiction(first, second)

    def _duplicate(self, first: m.Rule, second: m.Rule) -> bool:
        if self._rule_key(first) == self._rule_key(second):
            return True
        formulas = [self.logic.formula(x) for x in (first.applies, second.applies, first.requires, second.requires)]
        if not _same_inputs(formulas[0::2], formulas[1::2]):
            return False
        differ = self.logic.exists(formulas, lambda v: v[0] != v[1] or v[2] != v[3])
        return differ is Answer.NO

    def _rule_key(self, rule: m.Rule) -> Hashable:
        key = self.rule_keys.get(rule.name)
        if key is None:
            key = self.rule_keys[rule.name] = structural_key((rule.applies, rule.requires))
        return key

    def _contradiction(self, first: m.Rule, second: m.Rule) -> None:
        assert first.requires is not None and second.requires is not None
        both_apply = [
            self.logic.formula(first.applies),
            self.logic.formula(second.applies),
            *(_negation(self.logic.formula(x.condition)) for x in (*first.exceptions, *second.exceptions)),
        ]
        requirements = [self.logic.formula(first.requires), self.logic.formula(second.requires)]
        if not set(_inputs(requirements[0])) & set(_inputs(requirements[1])):
            return
        if self.logic.satisfiable(*both_apply, exact=True) is not Answer.YES:
            return
        if any(self.logic.satisfiable(*both_apply, r) is not Answer.YES for r in requirements):
            return  # one of the rules fails there on its own
        if self.logic.satisfiable(*both_apply, *requirements) is Answer.NO:
            self.sink.error(
                "E807",
                second.requires.span,
                f"les règles « {first.name} » (ligne {first.line}) et « {second.name} » se contredisent : "
                "quand les deux s'appliquent, aucune demande ne peut respecter les deux",
                "restreignez la condition « si » de l'une des deux règles, ou corrigez ce qu'elles exigent",
            )

    # ------------------------------------------------------------ documents, opinions, deadlines, deliveries
    def _conditional_declarations(self) -> None:
        c = self.circular
        items: list[tuple[str, m.Expr | None]] = []
        items += [(f"la pièce « {d.name} » n'est jamais demandée", d.condition) for d in c.documents]
        items += [(f"l'avis « {o.name} » n'est jamais requis", o.condition) for o in c.opinions]
        items += [(f"l'échéance « {d.name} » ne s'applique jamais", d.condition) for d in c.deadlines]
        deliveries = [d for owner in c.documents for d in owner.deliveries]
        deliveries += [d for owner in c.requests for d in owner.deliveries]
        for delivery in deliveries:
            condition = getattr(delivery, "condition", None)
            if isinstance(condition, m.Expr):
                items.append(("cette transmission n'a jamais lieu", condition))
        for consequence, condition in items:
            if condition is not None and self.logic.satisfiable(self.logic.formula(condition)) is Answer.NO:
                self.sink.warning(
                    "E808",
                    condition.span,
                    f"cette condition ne peut jamais être vraie : {consequence}",
                    "la condition se contredit ou sort des bornes déclarées des faits : corrigez-la",
                )

    # ------------------------------------------------------------ usage
    def _unused_facts(self) -> None:
        used = {o.name for o in self._model_references() if isinstance(o, m.Fact)}
        for decl in self.module.decls:
            if isinstance(decl, n.FactDecl) and decl.name.text not in used:
                self.sink.warning(
                    "E811",
                    decl.name.span,
                    f"le fait « {decl.name.text} » est déclaré mais aucune règle, valeur, pièce ni échéance ne l'utilise",
                    "utilisez-le dans une condition, ou retirez sa déclaration (un fait partagé se déclare dans "
                    "le vocabulaire commun)",
                )

    def _idle_services(self) -> None:
        used = {o.name for o in self._model_references() if isinstance(o, m.Service)}
        for service in self.circular.services:
            if service.name not in used:
                self.sink.warning(
                    "E812",
                    self._name_span(n.ServiceDecl, service.name, service.line),
                    f"le service « {service.name} » ne reçoit rien : aucune pièce, demande, avis ni examen ne le désigne",
                    "désignez-le comme destinataire (« transmise … à "
                    f"{service.name} »), comme auteur d'un avis ou d'un examen, ou retirez sa déclaration",
                )

    def _model_references(self) -> list[object]:
        """Objects the circular's declarations refer to (its own lists of facts and services excluded)."""
        if not hasattr(self, "_references"):
            c = self.circular
            roots = [
                getattr(c, f.name)
                for f in fields(c)
                if f.name not in ("facts", "all_facts", "services", "cases") and not isinstance(getattr(c, f.name), str)
            ]
            stop: Callable[[object], bool] = lambda o: isinstance(o, (m.Fact, m.Service, m.Case))  # noqa: E731
            self._references = [o for o in reachable(roots, stop) if not isinstance(o, m.Case)]
        return self._references

    def _unrouted_documents(self) -> None:
        for document in self.circular.documents:
            asked = self.logic.formula(document.condition)
            routes = [d for d in document.deliveries if _recipients_of(d)]
            if not routes:
                self.sink.error(
                    "E813",
                    self._name_span(n.DocumentDecl, document.name, document.line),
                    f"la pièce « {document.name} » est demandée mais n'est transmise à aucun service",
                    f"ajoutez « transmise … à <service> » à la pièce « {document.name} »",
                )
                continue
            conditions = [getattr(d, "condition", None) for d in routes]
            if any(not isinstance(x, m.Expr) for x in conditions):
                continue  # one way of sending always applies
            unrouted = [_negation(self.logic.formula(x)) for x in conditions if isinstance(x, m.Expr)]
            if self.logic.satisfiable(asked, *unrouted, exact=True) is Answer.YES:
                self.sink.error(
                    "E813",
                    self._name_span(n.DocumentDecl, document.name, document.line),
                    f"la pièce « {document.name} » peut être demandée sans qu'aucune de ses transmissions "
                    "ne s'applique : elle ne serait envoyée à personne",
                    "ajoutez une transmission sans condition, ou complétez les conditions pour couvrir tous les cas",
                )

    # ------------------------------------------------------------ calendar
    def _calendar(self) -> None:
        window = self._school_year_window()
        if window is None:
            return
        issued = self.circular.issued
        for deadline in self.circular.deadlines:
            date = getattr(deadline, "date", None)
            if not isinstance(date, datetime.date):
                continue  # relative to the situation
            span = self._date_span(deadline.name, deadline.line)
            if issued is not None and date < issued:
                self.sink.error(
                    "E821",
                    span,
                    f"l'échéance « {deadline.name} » ({_french(date)}) tombe avant la date de la circulaire "
                    f"({_french(issued)}), qui ouvre la campagne",
                    "vérifiez l'année de l'échéance et la date de la circulaire (« date » dans l'en-tête)",
                )
            elif not deadline.outside_school_year:
                self._within(span, f"l'échéance « {deadline.name} »", date, window)
        for event in self.circular.events:
            if not event.outside_school_year:
                span = self._date_span(event.name, event.line)
                self._within(span, f"l'événement « {event.name} »", event.date, window)
        for period in getattr(self.circular, "periods", ()):
            line = getattr(period, "line", 0)
            if not isinstance(line, int) or line <= 0:
                continue  # the school year itself, declared by the header
            if period.outside_school_year:
                continue
            span = self._date_span(getattr(period, "name", ""), line)
            for date in (getattr(period, "start", None), getattr(period, "end", None)):
                if isinstance(date, datetime.date):
                    self._within(span, f"la période « {period.name} »", date, window)

    def _school_year_window(self) -> tuple[datetime.date, datetime.date, str] | None:
        match = re.fullmatch(r"\s*(\d{4})-(\d{4})\s*", self.circular.school_year or "")
        if match is None:
            return None
        first, second = int(match.group(1)), int(match.group(2))
        try:
            closing = datetime.date(second, 8, 31)
            opening = datetime.date(first, 9, 1)  # a bulletin may recap the school year already under way
            issued = self.circular.issued
            if issued is not None and issued < opening:  # a circular published ahead of its school year
                return issued, closing, f"la date de la circulaire ({_french(issued)})"
            if issued is not None:
                return opening, closing, f"le début de l'année scolaire ({_french(opening)})"
            return datetime.date(first - 1, 9, 1), closing, f"le 01/09/{first - 1}"
        except ValueError:
            return None

    def _within(
        self, span: Span, what: str, date: datetime.date, window: tuple[datetime.date, datetime.date, str]
    ) -> None:
        opening, closing, opening_words = window
        if opening <= date <= closing:
            return
        where = f"avant {opening_words}" if date < opening else f"après la fin de l'année scolaire ({_french(closing)})"
        self.sink.warning(
            "E822",
            span,
            f"{what} tombe le {_french(date)}, {where}",
            "vérifiez l'année ; si cette date est voulue, ajoutez la clause « date hors année scolaire »",
        )

    def _date_span(self, name: str, line: int) -> Span:
        """The date of a calendar declaration (échéance, événement, période) as written, else its name."""
        for decl in self.module.decls:
            decl_name = getattr(decl, "name", None)
            if isinstance(decl_name, n.Name) and decl_name.text == name and decl.span.line == line:
                date = getattr(decl, "date", None)
                if isinstance(date, n.DateText):
                    return date.span
                return decl_name.span
        return Span.point(max(line, 1), 1)

    # ------------------------------------------------------------ quotes
    def _quotes(self) -> None:
        folded_source = _folded(self.source_text.text) if self.source_text is not None else None
        seen: set[tuple[int, int]] = set()
        for quote in _quotes(self.module):
            if (quote.span.line, quote.span.column) in seen:
                continue
            seen.add((quote.span.line, quote.span.column))
            folded = fold(quote.value)
            if not folded:
                continue
            words = len(folded.split())
            if len(folded) < MIN_QUOTE_CHARS or words < MIN_QUOTE_WORDS:
                self.sink.warning(
                    "E831",
                    quote.span,
                    f"citation trop courte pour désigner un passage ({words} mot{'s' if words > 1 else ''}, "
                    f"{len(folded)} caractères)",
                    "citez la phrase entière dont vient la déclaration, mot pour mot",
                )
                continue
            count = _occurrences(folded_source, folded) if folded_source is not None else 0
            if count > (1 if len(folded) < SHORT_QUOTE_CHARS else MAX_QUOTE_OCCURRENCES):
                self.sink.warning(
                    "E832",
                    quote.span,
                    f"cette citation se trouve à {count} endroits du texte source : elle ne désigne pas un passage précis",
                    "allongez la citation jusqu'à ce qu'elle ne se trouve qu'une fois dans le texte source",
                )


# ================================================================ small helpers


def _negation(formula: Formula) -> Formula:
    result = Formula(lambda a: not formula.holds(a))
    result.absorb(formula)
    return result


def _inputs(formula: Formula) -> list[Hashable]:
    return [*formula.facts, *formula.atoms]


def _same_inputs(first: Sequence[Formula], second: Sequence[Formula]) -> bool:
    return {x for f in first for x in _inputs(f)} == {x for f in second for x in _inputs(f)}


def _recipients_of(delivery: m.Delivery) -> tuple[object, ...]:
    possible = getattr(delivery, "possible_recipients", None)
    try:
        found = tuple(possible) if possible is not None else tuple(delivery.recipients)
    except TypeError:
        found = tuple(delivery.recipients)
    return found or tuple(getattr(delivery, "routed_by", ()))


def _declarations(module: n.Module) -> dict[tuple[type, str], n.Decl]:
    found: dict[tuple[type, str], n.Decl] = {}
    for decl in module.decls:
        name = getattr(decl, "name", None)
        if isinstance(name, n.Name):
            found.setdefault((type(decl), name.text), decl)
    return found


def _quotes(module: n.Module) -> Iterator[n.Text]:
    """The text of every « cite » clause of the declarations."""
    for decl in module.decls:
        for clause in getattr(decl, "clauses", ()):
            if isinstance(clause, n.Clause) and clause.kind == "cite" and isinstance(clause.value, n.Text):
                yield clause.value


@functools.lru_cache(maxsize=32)
def _folded(text: str) -> str:
    """A source text folded once per build (several circulars may cite the same one)."""
    return fold(text)


def _occurrences(text: str, quote: str) -> int:
    count = start = 0
    while (index := text.find(quote, start)) >= 0:
        count += 1
        start = index + 1
    return count


def _french(date: datetime.date) -> str:
    return f"{date.day:02d}/{date.month:02d}/{date.year:04d}"


def analyze(
    circular: m.Circular, module: n.Module, sink: DiagnosticSink, source_text: SourceText | None = None
) -> None:
    """Run every analysis on a checked circular; findings go to the sink."""
    Analyzer(circular, module, sink, source_text).run()
