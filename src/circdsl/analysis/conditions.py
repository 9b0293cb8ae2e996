"""Conditions of documents, opinions, deadlines and deliveries that can never hold (E808)."""

from __future__ import annotations

from circdsl import model as m
from circdsl.analysis.context import Analysis
from circdsl.analysis.logic import Answer


def check_conditions(analysis: Analysis) -> None:
    logic = analysis.logic
    for consequence, condition in _conditions(analysis.circular):
        if logic.satisfiable(logic.formula(condition)) is Answer.NO:
            analysis.sink.warning(
                "E808",
                condition.span,
                f"cette condition ne peut jamais être vraie : {consequence}",
                "la condition se contredit ou sort des bornes déclarées des faits : corrigez-la",
            )


def _conditions(c: m.Circular) -> list[tuple[str, m.Expr]]:
    """(what never happens if it never holds, the condition) for each conditional declaration."""
    items: list[tuple[str, m.Expr | None]] = []
    items += [(f"la pièce « {d.name} » n'est jamais demandée", d.condition) for d in c.documents]
    items += [(f"l'avis « {o.name} » n'est jamais requis", o.condition) for o in c.opinions]
    items += [(f"l'échéance « {d.name} » ne s'applique jamais", d.condition) for d in c.deadlines]
    deliveries = [d for owner in c.documents for d in owner.deliveries]
    deliveries += [d for owner in c.requests for d in owner.deliveries]
    items += [("cette transmission n'a jamais lieu", d.condition) for d in deliveries]
    return [(consequence, condition) for consequence, condition in items if condition is not None]
