"""Example cases: the facts of a situation (« reprend » starts from an earlier case) and the
decision expected, every name it mentions declared."""

from __future__ import annotations

from collections.abc import Collection

from circdsl import model as m
from circdsl import nodes as n
from circdsl.check.context import Context
from circdsl.check.literals import INVALID, literal
from circdsl.check.scope import FIRST_DECLARATION
from circdsl.words import ExpectedStatus


def check_case(ctx: Context, decl: n.CaseDecl) -> m.Case | None:
    scope = ctx.scope
    label = decl.label.value
    if label in scope.case_facts:
        scope.error(
            "E102",
            decl.label.span,
            f"le cas « {label} » est déjà déclaré",
            "donnez à chaque cas un libellé différent (« reprend » les désigne par leur libellé)",
            [(scope.case_labels[label], FIRST_DECLARATION)],
        )
    else:
        scope.case_labels[label] = decl.label.span
    facts = _base_facts(ctx, decl)
    _assign(ctx, decl, facts)
    scope.case_facts[label] = facts
    if not decl.expectations:
        scope.error(
            "E702",
            decl.label.span,
            "ce cas ne dit pas le résultat attendu",
            "ajoutez « attendu recevable », « attendu irrecevable par <règle> », ...",
        )
        return None
    for extra in decl.expectations[1:]:
        scope.error(
            "E302",
            extra.span,
            "ce cas a deux lignes « attendu »",
            "gardez-en une seule",
            [(decl.expectations[0].span, "première ligne « attendu » ici")],
        )
    expectation = _expectation(ctx, decl.expectations[0])
    if expectation is None:
        return None
    return m.Case(
        label=label,
        facts=tuple((k, v) for k, v in facts.items() if v is not None),
        expectation=expectation,
        span=scope.here(decl.span),
        name_span=scope.here(decl.label.span),
    )


def _base_facts(ctx: Context, decl: n.CaseDecl) -> dict[str, object]:
    if decl.base is None:
        return {}
    if decl.base.value in ctx.scope.case_facts:
        return dict(ctx.scope.case_facts[decl.base.value])
    fallback = "« reprend » nomme un cas déclaré plus haut dans le fichier, par son libellé exact"
    ctx.scope.unknown_name(decl.base, "cas inconnu", ctx.scope.case_facts, fallback)
    return {}


def _assign(ctx: Context, decl: n.CaseDecl, facts: dict[str, object]) -> None:
    """Set the facts the case writes (« inconnu » sets None: the fact is removed)."""
    scope = ctx.scope
    written: dict[str, n.Name] = {}
    for assignment in decl.assignments:
        name = assignment.name.text
        twice = f"le fait « {name} » est renseigné deux fois dans ce cas"
        if not scope.first_time(
            assignment.name, written, twice, "gardez une seule valeur", "E703", "première valeur ici"
        ):
            continue
        fact = scope.facts.get(name)
        if fact is None:
            scope.unknown_reference(assignment.name)
            continue
        value = literal(scope, fact.name, fact.type, assignment.value)
        if value is not INVALID:
            facts[name] = value
            scope.used_facts.add(name)


def _expectation(ctx: Context, node: n.Expectation) -> m.Expectation | None:
    scope = ctx.scope
    targets: list[tuple[n.Name, Collection[str], str]] = []
    lists: tuple[tuple[tuple[n.Name, ...] | None, Collection[str], str], ...] = (
        (node.failing_rules, scope.rule_names.keys(), "règle inconnue"),
        (node.missing_facts, scope.facts.keys(), "fait inconnu"),
        (node.required_documents, scope.document_names.keys(), "pièce inconnue"),
    )
    for names, declared, what in lists:
        targets += [(name, declared, what) for name in names or ()]
    for document, services in node.routings:
        targets.append((document, scope.document_names.keys(), "pièce inconnue"))
        targets += [(service, scope.services.keys(), "service inconnu") for service in services]
    ok = True
    for name, known, what in targets:
        if name.text not in known:
            scope.unknown_name(name, what, known, None)
            ok = False
    if not ok:
        return None
    return m.Expectation(
        ExpectedStatus(node.status),
        _names(node.failing_rules),
        _names(node.missing_facts),
        _names(node.required_documents),
        tuple((d.text, tuple(s.text for s in services)) for d, services in node.routings),
    )


def _names(names: tuple[n.Name, ...] | None) -> tuple[str, ...] | None:
    return tuple(x.text for x in names) if names is not None else None
