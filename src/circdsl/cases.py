"""Run the example cases written in a circular against its generated validator."""

from __future__ import annotations

import types
from dataclasses import dataclass
from decimal import Decimal

from circdsl import model as m
from circdsl import runtime as rt
from circdsl.words import CellKind, Severity

FAILING_OUTCOMES = (rt.Outcome.VIOLATED, rt.Outcome.CONFLICT)


@dataclass(frozen=True)
class CaseResult:
    case: m.Case
    problems: tuple[str, ...]  # empty when the case passes

    @property
    def passed(self) -> bool:
        return not self.problems


def failing_rules(decision: rt.Decision) -> set[str]:
    """Rules that fail with a blocking or warning severity (after exceptions)."""
    return {
        f.rule.name
        for f in decision.findings
        if f.outcome in FAILING_OUTCOMES and f.severity in (Severity.BLOCKING, Severity.WARNING)
    }


def run_case(validator: types.ModuleType, case: m.Case) -> CaseResult:
    """Evaluate a case and compare the decision with what the editor expects."""
    try:
        decision: rt.Decision = validator.evaluate(dict(case.facts))
    except rt.SituationError as error:
        return CaseResult(case, (f"situation refusée : {error}",))
    expected = case.expectation
    problems = []
    if decision.status.value != expected.status:
        problems.append(f"statut attendu « {expected.status} », obtenu « {decision.status.value} »{_reasons(decision)}")
    checks = (
        ("règles en défaut", expected.failing_rules, failing_rules(decision)),
        ("faits manquants", expected.missing_facts, {f.name for f in decision.missing_facts}),
        (
            "pièces à fournir",
            expected.required_documents,
            {i.document for i in decision.checklist if i.status == "à fournir"},
        ),
    )
    for label, wanted, got in checks:
        if wanted is not None and set(wanted) != got:
            problems.append(f"{label} attendues : {_names(wanted)} ; obtenues : {_names(got)}")
    problems += _routing_problems(decision, expected.routings)
    return CaseResult(case, tuple(problems))


def _routing_problems(decision: rt.Decision, routings: tuple[tuple[str, tuple[str, ...]], ...]) -> list[str]:
    """« envoi pièce à s1, s2 »: the services the document reaches in this situation, exactly."""
    problems = []
    items = {item.document: item for item in decision.checklist}
    for document, services in routings:
        item = items.get(document)
        if item is None:
            problems.append(f"pièce « {document} » absente de la liste des pièces : elle ne peut être envoyée")
            continue
        got = {r.name for d in item.deliveries for r in d.recipients}
        if got != set(services):
            problems.append(f"envoi de « {document} » attendu à : {_names(services)} ; obtenu à : {_names(got)}")
    return problems


def run_cases(validator: types.ModuleType, circular: m.Circular) -> list[CaseResult]:
    return [run_case(validator, case) for case in circular.cases]


def rules_exercised(validator: types.ModuleType, circular: m.Circular) -> dict[str, set[str]]:
    """For each rule, the ways the cases exercise it: respectée, en défaut, indéterminée, non applicable."""
    seen: dict[str, set[str]] = {rule.name: set() for rule in circular.rules}
    for case in circular.cases:
        try:
            decision = validator.evaluate(dict(case.facts))
        except rt.SituationError:
            continue
        for name in decision.satisfied:
            seen[name].add("respectée")
        for name in decision.not_applicable:
            seen[name].add("non applicable")
        for finding in decision.findings:
            seen[finding.rule.name].add(_WAYS[finding.outcome])
    return seen


def table_rows_exercised(validator: types.ModuleType, circular: m.Circular) -> dict[str, set[int]]:
    """For each decision table, the lines of the rows (« sinon » included) that some case reaches."""
    seen: dict[str, set[int]] = {table.name: set() for table in circular.tables}
    for case in circular.cases:
        facts = dict(case.facts)
        try:
            computed = validator.evaluate(facts).computed
        except rt.SituationError:
            continue
        for table in circular.tables:
            values = [_input_value(expr, facts, computed) for expr in table.inputs]
            rows = [row for row in table.rows if all(_reaches(c, v) for c, v in zip(row.cells, values, strict=True))]
            if rows:
                seen[table.name].update(row.line for row in rows)
            elif table.default is not None and all(_excludes(row, values) for row in table.rows):
                seen[table.name].add(table.default.line)
    return seen


def _excludes(row: m.TableRow, values: list[object]) -> bool:
    """Some cell of the row fails on a known value: the row cannot match, whatever else is unknown."""
    return any(
        c.kind is not CellKind.ANY and v is not None and not c.matches(v)
        for c, v in zip(row.cells, values, strict=True)
    )


def _reaches(cell: m.Cell, value: object) -> bool:
    return cell.kind is CellKind.ANY or (value is not None and cell.matches(value))


def _input_value(expr: m.Expr, facts: dict[str, object], computed: dict[str, object]) -> object:
    if isinstance(expr, m.FactRef):
        value = facts.get(expr.fact.name)
        return Decimal(str(value)) if isinstance(value, float) else value
    if isinstance(expr, m.ValueRef):
        return computed.get(expr.value.name)
    if isinstance(expr, m.TableRef):
        return computed.get(f"{expr.table.name}.{expr.table.columns[expr.column].name}")
    return None


_WAYS = {
    rt.Outcome.VIOLATED: "en défaut",
    rt.Outcome.CONFLICT: "en défaut",
    rt.Outcome.WAIVED: "levée",
    rt.Outcome.UNDECIDED: "indéterminée",
    rt.Outcome.NOTICE: "respectée",
}


def _names(names: object) -> str:
    items = sorted(names) if isinstance(names, (set, tuple, list)) else []
    return ", ".join(items) if items else "aucune"


def _reasons(decision: rt.Decision) -> str:
    failing = sorted(failing_rules(decision))
    if failing:
        return f" (règles en défaut : {', '.join(failing)})"
    if decision.missing_facts:
        return f" (faits manquants : {', '.join(f.name for f in decision.missing_facts)})"
    return ""
