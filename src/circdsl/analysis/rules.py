"""One rule at a time: a rule that never applies (E801), is never respected (E802) or never
fails (E803); an exception that never plays (E804); two exceptions with different outcomes
that can hold together (E805)."""

from __future__ import annotations

import itertools

from circdsl import model as m
from circdsl.analysis.context import Analysis
from circdsl.analysis.logic import Answer, Formula, negation


def check_rules(analysis: Analysis) -> None:
    logic = analysis.logic
    for rule in analysis.circular.rules:
        applies = logic.formula(rule.applies)
        if rule.applies is not None and logic.satisfiable(applies) is Answer.NO:
            analysis.sink.error(
                "E801",
                rule.applies.span,
                f"la règle « {rule.name} » ne s'applique jamais : sa condition « si » ne peut pas être vraie",
                "la condition se contredit (une même valeur testée deux fois, des bornes incompatibles ou hors "
                "des bornes déclarées du fait) : corrigez-la",
            )
            analysis.broken.add(rule.name)
            continue
        if rule.requires is not None:
            _requirement(analysis, rule, rule.requires, applies)


def _requirement(analysis: Analysis, rule: m.Rule, requirement: m.Expr, applies: Formula) -> None:
    logic = analysis.logic
    requires = logic.formula(requirement)
    violated = negation(requires)
    if logic.satisfiable(applies, requires) is Answer.NO:
        analysis.sink.error(
            "E802",
            requirement.span,
            f"la règle « {rule.name} » n'est jamais respectée : quand elle s'applique, "
            "la condition exigée ne peut pas être vraie",
            "toute demande concernée serait refusée ; vérifiez la condition « exige » "
            "(valeurs contradictoires, bornes des faits)",
        )
        analysis.broken.add(rule.name)
        return
    if logic.satisfiable(applies, violated) is Answer.NO:
        analysis.sink.warning(
            "E803",
            requirement.span,
            f"la règle « {rule.name} » n'est jamais en défaut : la condition exigée est toujours vraie "
            "quand les faits sont connus",
            "vérifiez la condition « exige » et les bornes déclarées des faits ; une règle qui ne peut pas "
            "échouer ne contrôle rien",
        )
        return
    _exceptions(analysis, rule, applies, violated)


def _exceptions(analysis: Analysis, rule: m.Rule, applies: Formula, violated: Formula) -> None:
    logic = analysis.logic
    conditions = [logic.formula(x.condition) for x in rule.exceptions]
    for exception, condition in zip(rule.exceptions, conditions, strict=True):
        if logic.satisfiable(applies, violated, condition) is Answer.NO:
            analysis.sink.warning(
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
        if logic.satisfiable(applies, violated, first_condition, second_condition) is Answer.YES:
            analysis.sink.warning(
                "E805",
                second.condition.span,
                f"cette exception (« {second.outcome} ») et celle de la ligne {first.line} (« {first.outcome} ») "
                f"peuvent s'appliquer en même temps : la règle « {rule.name} » serait alors en conflit",
                f"faites en sorte qu'elles s'excluent, par exemple « sauf si {second.text} et non ({first.text}) »",
                [(first.condition.span.in_file(first.span.file), f"l'exception « {first.outcome} » ici")],
            )
