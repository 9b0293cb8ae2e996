"""The decision for one situation, computed by walking the checked model: what each rule
becomes, the status, the missing facts, the checklist and its deliveries, the deadlines,
opinions, submissions and computed values, as an `rt.Decision`.

What a rule becomes (docs/reference/regles.md), with A its `si` (true when absent) and E
its `exige`, both three-valued:

- A false: not applicable; E true: satisfied (whatever A);
- E false and A true: violated, then its exceptions are resolved (below);
- otherwise: undecided, missing the facts that can still decide A (if unknown) and E (if
  unknown).

A rule without `exige` is a notice: shown when A is true, not applicable when A is false,
silent while A is unknown.

Exceptions of a violated rule: every exception whose condition is true applies; one
outcome (avertissement, information, levée) softens the rule, two different outcomes are
a conflict, none leaves the rule violated. When some conditions are unknown, the rule is
resolved only if every way those conditions could turn out gives the same result;
otherwise it is undecided, missing the facts that can decide the unknown conditions.

Status (docs/reference/regles.md): irrecevable if a blocking finding is violated or in
conflict; else incomplet if a blocking finding is undecided; else recevable avec réserves
if a finding of severity avertissement is violated or in conflict; else recevable.

Missing facts of an expression whose value is unknown (`deciders`): for `a et b` and
`a ou b`, those of the sides that are still unknown (a side already decided cannot change
the result); for `non a`, those of `a`; for `pièces fournies`, the list of documents
provided if it is unknown and the unknown facts read by each document's condition while it
is unknown (none once it is known: `contrat_long et nature dans {…}` with `contrat_long`
false does not need the nature); for any other expression, the unknown facts it
reads, directly or through computed values, relative deadlines' anchors and the
conditions of the mandatory documents of `pièces fournies`; a table contributes, while
its row is undetermined, the unknown facts read by the inputs that its still-possible rows
test (nothing once its row is known). The missing facts of the decision are those of the
undecided findings of any severity, each with the distinct rules that need it: first the
facts that an undecided blocking finding needs (they can change the status), then the
others; within each group by the number of rules that need them (most first), ties in the
order the circular declares its facts.
"""

from __future__ import annotations

import functools
import itertools
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field

from circdsl import model as m
from circdsl import runtime as rt
from circdsl.interpret.expressions import Situation, Truth, condition_value, evaluate

CONFLICT = "conflit"


def interpret(circular: m.Circular, facts: Mapping[str, object]) -> rt.Decision:
    """The decision for a situation: fact name -> typed value (bool, int or Decimal, date,
    text, choice, set of choices); an absent fact (or None) is unknown."""
    static = described(circular)
    strangers = sorted(set(facts) - static.fact_names)
    if strangers:
        raise ValueError(f"faits inconnus de {circular.name} : {', '.join(strangers)}")
    s = Situation(circular, facts)
    judged = Judgement()
    for rule in circular.rules:
        judge(rule, s, judged)
    findings = tuple(judged.findings)
    return rt.Decision(
        circular=static.info,
        status=status(findings),
        findings=findings,
        satisfied=tuple(judged.satisfied),
        not_applicable=tuple(judged.not_applicable),
        missing_facts=missing_facts(circular, findings),
        checklist=tuple(item for d in circular.documents if (item := checklist_item(d, s)) is not None),
        deadlines=tuple(deadline(d, s) for d in circular.deadlines if condition_value(d.condition, s) is not False),
        opinions=tuple(opinion(o) for o in circular.opinions if condition_value(o.condition, s) is not False),
        submissions=tuple(submission(r, s) for r in circular.requests if condition_value(r.condition, s) is not False),
        computed=computed(circular, s),
    )


# ------------------------------------------------------------------ rules


@dataclass
class Judgement:
    findings: list[rt.Finding] = field(default_factory=list)
    satisfied: list[str] = field(default_factory=list)
    not_applicable: list[str] = field(default_factory=list)


def judge(rule: m.Rule, s: Situation, judged: Judgement) -> None:
    info = described(s.circular).rules[rule.name]
    applies = condition_value(rule.applies, s)
    if rule.requires is None:  # a notice
        if applies is True:
            judged.findings.append(rt.Finding(info, rt.Outcome.NOTICE, "information", message(rule, s), ()))
        elif applies is False:
            judged.not_applicable.append(rule.name)
        return
    if applies is False:
        judged.not_applicable.append(rule.name)
        return
    holds = evaluate(rule.requires, s)
    if holds is True:
        judged.satisfied.append(rule.name)
        return
    if holds is False and applies is True:
        judged.findings.append(violated(rule, info, s))
        return
    missing = (deciders(rule.applies, s) if applies is None else []) + (
        deciders(rule.requires, s) if holds is None else []
    )
    judged.findings.append(undecided(rule, info, s, missing))


def violated(rule: m.Rule, info: rt.RuleInfo, s: Situation) -> rt.Finding:
    conditions = [(x, condition_value(x.condition, s)) for x in rule.exceptions]
    certain = [x for x, value in conditions if value is True]
    unsure = [x for x, value in conditions if value is None]
    possible = {resolve(certain + list(chosen)) for chosen in subsets(unsure)}
    if len(possible) > 1:
        missing = [name for x in unsure for name in deciders(x.condition, s)]
        return undecided(rule, info, s, missing)
    outcome = possible.pop()
    severity = str(rule.severity)
    if outcome is None:
        return rt.Finding(info, rt.Outcome.VIOLATED, severity, message(rule, s), values_read(rule, s))
    if outcome == CONFLICT:
        text = " ; ".join(f"sauf si {x.text}" for x in certain)
        return rt.Finding(info, rt.Outcome.CONFLICT, severity, message(rule, s), values_read(rule, s), exception=text)
    first = f"sauf si {certain[0].text}"
    if outcome == "levée":
        return rt.Finding(
            info, rt.Outcome.WAIVED, "information", message(rule, s), values_read(rule, s), exception=first
        )
    return rt.Finding(info, rt.Outcome.VIOLATED, outcome, message(rule, s), values_read(rule, s), exception=first)


def resolve(applying: list[m.RuleException]) -> str | None:
    """The outcome of the exceptions that apply: None (none), their common outcome, or a conflict."""
    outcomes = {str(x.outcome) for x in applying}
    if not outcomes:
        return None
    return outcomes.pop() if len(outcomes) == 1 else CONFLICT


def subsets(items: list[m.RuleException]) -> Iterator[tuple[m.RuleException, ...]]:
    """Every way the exceptions with an unknown condition could turn out (those that apply)."""
    for size in range(len(items) + 1):
        yield from itertools.combinations(items, size)


def undecided(rule: m.Rule, info: rt.RuleInfo, s: Situation, missing: list[str]) -> rt.Finding:
    text = f"À vérifier, faute d'information : {rule.title}."
    return rt.Finding(
        info, rt.Outcome.UNDECIDED, str(rule.severity), text, values_read(rule, s), missing=tuple(missing)
    )


def status(findings: tuple[rt.Finding, ...]) -> rt.Status:
    blocking = [f for f in findings if f.severity == "bloquante"]
    if any(f.outcome in (rt.Outcome.VIOLATED, rt.Outcome.CONFLICT) for f in blocking):
        return rt.Status.NOT_ADMISSIBLE
    if any(f.outcome is rt.Outcome.UNDECIDED for f in blocking):
        return rt.Status.INCOMPLETE
    warnings = [f for f in findings if f.severity == "avertissement"]
    if any(f.outcome in (rt.Outcome.VIOLATED, rt.Outcome.CONFLICT) for f in warnings):
        return rt.Status.ADMISSIBLE_WITH_RESERVATIONS
    return rt.Status.ADMISSIBLE


# ------------------------------------------------------------------ missing facts


def deciders(expr: m.Expr | None, s: Situation) -> list[str]:
    """The unknown facts that can still decide an expression (nothing if it is known)."""
    if expr is None or evaluate(expr, s) is not None:
        return []
    if isinstance(expr, m.Binary) and expr.op in ("et", "ou"):
        return _unique(deciders(expr.left, s) + deciders(expr.right, s))
    if isinstance(expr, m.Unary) and expr.op == "non":
        return deciders(expr.operand, s)
    if isinstance(expr, m.DocumentsProvided):  # a condition already known cannot decide it
        found = [expr.fact.name] if s.fact(expr.fact) is None else []
        for document in expr.documents:
            if condition_value(document.condition, s) is None:
                found += unknown_facts(document.condition, s)
        return _unique(found)
    return unknown_facts(expr, s)


def unknown_facts(expr: m.Expr | None, s: Situation) -> list[str]:
    """The unknown facts an expression reads (see the module docstring for tables)."""
    found: list[str] = []
    for node in _nodes(expr):
        if isinstance(node, (m.FactRef, m.Count, m.DocumentsProvided)) and s.fact(node.fact) is None:
            found.append(node.fact.name)
        if isinstance(node, m.ValueRef):
            found += unknown_facts(node.value.expr, s)
        elif isinstance(node, (m.MeetsDeadline, m.DeadlineRef)) and node.deadline.relative is not None:
            found += unknown_facts(node.deadline.relative.anchor, s)
        elif isinstance(node, m.DocumentsProvided):
            for document in node.documents:
                found += unknown_facts(document.condition, s)
        elif isinstance(node, m.TableRef) and not s.table(node.table).decided:
            rows = s.table(node.table)
            for row, match in zip(node.table.rows, rows.matches, strict=True):
                if match is None:
                    for cell, input_expr in zip(row.cells, node.table.inputs, strict=True):
                        if cell.kind != "any":
                            found += unknown_facts(input_expr, s)
    return _unique(found)


def missing_facts(circular: m.Circular, findings: tuple[rt.Finding, ...]) -> tuple[rt.MissingFact, ...]:
    needed: dict[str, list[str]] = {}
    blocking: set[str] = set()
    for finding in findings:
        if finding.outcome is rt.Outcome.UNDECIDED:
            for name in _unique(list(finding.missing)):
                needed.setdefault(name, []).append(finding.rule.name)
                if finding.severity == "bloquante":
                    blocking.add(name)
    order = {fact.name: index for index, fact in enumerate(circular.facts)}
    labels = {fact.name: fact.label for fact in circular.facts}
    ranked = sorted(needed, key=lambda name: (name not in blocking, -len(needed[name]), order[name]))
    return tuple(rt.MissingFact(name, labels[name], tuple(needed[name]), name in blocking) for name in ranked)


def _nodes(expr: m.Expr | None) -> Iterator[m.Expr]:
    """`expr` and its sub-expressions, depth first (not into values, tables or deadlines)."""
    if expr is None:
        return
    yield expr
    for child in expr.children():
        yield from _nodes(child)


def _unique(names: list[str]) -> list[str]:
    return list(dict.fromkeys(names))


# ------------------------------------------------------------------ what a finding shows


def facts_read(expr: m.Expr | None) -> list[m.Fact]:
    """Every fact an expression depends on, through values, tables, deadlines and documents."""
    found: list[m.Fact] = []
    for node in _nodes(expr):
        if isinstance(node, (m.FactRef, m.Count, m.DocumentsProvided)):
            found.append(node.fact)
        if isinstance(node, m.ValueRef):
            found += facts_read(node.value.expr)
        elif isinstance(node, m.TableRef):
            for input_expr in node.table.inputs:
                found += facts_read(input_expr)
        elif isinstance(node, (m.MeetsDeadline, m.DeadlineRef)) and node.deadline.relative is not None:
            found += facts_read(node.deadline.relative.anchor)
        elif isinstance(node, m.DocumentsProvided):
            for document in node.documents:
                found += facts_read(document.condition)
    return found


def values_read(rule: m.Rule, s: Situation) -> tuple[tuple[str, object], ...]:
    """The facts a rule reads (first use first), then the computed values it names."""
    facts, values = described(s.circular).reads[rule.name]
    return tuple((f.name, s.fact(f)) for f in facts) + tuple((v.name, s.value(v)) for v in values)


def reads(rule: m.Rule) -> tuple[tuple[m.Fact, ...], tuple[m.Value, ...]]:
    clauses = (rule.applies, rule.requires, *(x.condition for x in rule.exceptions))
    facts = {fact.name: fact for clause in clauses for fact in facts_read(clause)}
    values = {
        node.value.name: node.value for clause in clauses for node in _nodes(clause) if isinstance(node, m.ValueRef)
    }
    return tuple(facts.values()), tuple(values.values())


def message(rule: m.Rule, s: Situation) -> str:
    """The rule's message, each reference replaced by its value shown in French."""
    if not rule.message:
        return rule.title
    parts = []
    for part in rule.message:
        if isinstance(part, str):
            parts.append(part)
        elif isinstance(part, m.FactRef) and part.fact.choice_labels:
            parts.append(rt.fmt_choice(s.fact(part.fact), dict(part.fact.choice_labels)))  # type: ignore[arg-type]
        else:
            value = evaluate(part, s)
            if isinstance(value, m.Service):
                value = recipient(value)
            unit = m.UNIT_SYMBOLS.get(part.type.unit or "", "") if part.type.kind == "nombre" else ""
            parts.append(rt.fmt(value, unit))
    return "".join(parts)


# ------------------------------------------------------------------ checklist, calendar, circuit


def checklist_item(document: m.Document, s: Situation) -> rt.ChecklistItem | None:
    required = condition_value(document.condition, s)
    if required is False:
        return None
    status = "à fournir" if document.requirement == "obligatoire" else "facultative"
    return rt.ChecklistItem(
        document.name,
        document.label,
        status if required is True else f"{status} si …",
        None if required is True else document.condition_text,
        document.medical,
        document.confidential,
        deliveries(document.deliveries, s),
        document.detail,
        citations(document.citations),
    )


def deliveries(ways: tuple[m.Delivery, ...], s: Situation) -> tuple[rt.Delivery, ...]:
    return tuple(item for way in ways if (item := delivery(way, s)) is not None)


def delivery(way: m.Delivery, s: Situation) -> rt.Delivery | None:
    """One way of sending for this situation: None when its condition is false; a recipient
    given by a routing table is undetermined while its column is unknown (the row is
    undetermined, or gives « néant », which docs/reference/tables.md defines as unknown)."""
    condition: Truth = condition_value(way.condition, s)
    if condition is False:
        return None
    reached = [recipient(service) for service in way.recipients]
    undetermined: list[str] = []
    for ref in way.routed_by:
        service = evaluate(ref, s)
        if isinstance(service, m.Service):
            reached.append(recipient(service))
        else:  # the row is undetermined, or says « néant »: the circular does not say (yet) who
            undetermined.append(f"selon {ref.table.label.lower()}")
    return rt.Delivery(
        way.channel,
        way.sealed,
        tuple(dict.fromkeys(reached)),
        way.condition_text if condition is None else None,
        ", ".join(dict.fromkeys(undetermined)) or None,
        tuple(recipient(service) for service in way.via),
    )


def deadline(declared: m.Deadline, s: Situation) -> rt.DeadlineInfo:
    return rt.DeadlineInfo(
        declared.name,
        declared.label,
        s.deadline(declared),
        declared.inclusive,
        citations(declared.citations),
        declared.relative.text if declared.relative is not None else None,
        declared.time,
        declared.opening,
    )


def opinion(declared: m.Opinion) -> rt.OpinionInfo:
    given_by = recipient(declared.given_by) if declared.given_by is not None else None
    return rt.OpinionInfo(
        declared.name, declared.label, str(declared.requirement), given_by, citations(declared.citations)
    )


def submission(request: m.Request, s: Situation) -> rt.SubmissionInfo:
    return rt.SubmissionInfo(
        request.label, deliveries(request.deliveries, s), request.address, citations(request.citations)
    )


def computed(circular: m.Circular, s: Situation) -> dict[str, object]:
    result: dict[str, object] = {value.name: s.value(value) for value in circular.values}
    for table in circular.tables:
        row = s.table(table)
        for index, column in enumerate(table.columns):
            output = None if row.outputs is None else row.outputs[index]
            result[f"{table.name}.{column.name}"] = recipient(output) if isinstance(output, m.Service) else output
    return result


# ------------------------------------------------------------------ static descriptions


@dataclass(frozen=True)
class Described:
    """What does not depend on the situation, worked out once per circular."""

    circular: m.Circular
    fact_names: frozenset[str]
    info: rt.CircularInfo
    rules: dict[str, rt.RuleInfo]
    reads: dict[str, tuple[tuple[m.Fact, ...], tuple[m.Value, ...]]]


_DESCRIBED: dict[int, Described] = {}


def described(circular: m.Circular) -> Described:
    found = _DESCRIBED.get(id(circular))
    if found is None or found.circular is not circular:  # the circular is kept: its id cannot be reused
        found = Described(
            circular,
            frozenset(fact.name for fact in circular.facts),
            circular_info(circular),
            {rule.name: rule_info(rule, circular) for rule in circular.rules},
            {rule.name: reads(rule) for rule in circular.rules},
        )
        if len(_DESCRIBED) > 1000:
            _DESCRIBED.clear()
        _DESCRIBED[id(circular)] = found
    return found


@functools.cache
def recipient(service: m.Service) -> rt.Recipient:
    return rt.Recipient(service.name, service.label, service.medical, service.address)


@functools.cache
def citations(quotes: tuple[m.Citation, ...]) -> tuple[rt.Citation, ...]:
    return tuple(rt.Citation(c.quote, c.source, c.line) for c in quotes)


def rule_info(rule: m.Rule, circular: m.Circular) -> rt.RuleInfo:
    origin = f"{circular.file}:{rule.line}"
    return rt.RuleInfo(rule.name, rule.title, str(rule.severity), citations(rule.citations), origin)


def circular_info(c: m.Circular) -> rt.CircularInfo:
    return rt.CircularInfo(
        c.name, c.title, c.authority, c.reference, c.issued, c.school_year, c.source, c.file, c.dispositif
    )
