"""Pairs of rules: the same rule written twice (E806), two blocking rules that no request
can respect together where both apply (E807).

Only pairs that can matter are compared, found by hashing rather than by trying every pair:
two duplicates read the same inputs (bucketed by that set), two contradicting rules require
something of a common input (bucketed by each input their `exige` reads). A circular of
thousands of rules reading overlapping subsets of its facts costs the pairs that share a
fact, not all of them."""

from __future__ import annotations

import itertools
from collections import defaultdict
from collections.abc import Hashable, Iterable

from circdsl import model as m
from circdsl.analysis.context import Analysis
from circdsl.analysis.logic import Answer, inputs, negation, same_inputs
from circdsl.analysis.traversal import structural_key
from circdsl.words import Severity


def check_rule_pairs(analysis: Analysis) -> None:
    rules = [r for r in analysis.circular.rules if r.requires is not None and r.name not in analysis.broken]
    keys = {rule.name: structural_key((rule.applies, rule.requires)) for rule in rules}
    for i, j in _candidate_pairs(analysis, rules):
        first, second = rules[i], rules[j]
        if _duplicate(analysis, first, second, keys):
            analysis.sink.warning(
                "E806",
                second.name_span,
                f"la règle « {second.name} » répète la règle « {first.name} » (ligne {first.line}) : "
                "mêmes conditions « si » et « exige »",
                "gardez une seule des deux règles, ou corrigez la condition de l'une d'elles",
                [(first.name_span, f"la règle « {first.name} » ici")],
            )
        elif first.severity is second.severity is Severity.BLOCKING:
            _contradiction(analysis, first, second)


def _candidate_pairs(analysis: Analysis, rules: list[m.Rule]) -> list[tuple[int, int]]:
    """The pairs (i < j, in rule order) that may be duplicates or contradict each other; every
    other pair reads different inputs and shares no required input, so neither can hold."""
    logic = analysis.logic
    by_inputs: dict[frozenset[Hashable], list[int]] = defaultdict(list)
    by_required: dict[Hashable, list[int]] = defaultdict(list)
    for index, rule in enumerate(rules):
        applies, requires = logic.formula(rule.applies), logic.formula(rule.requires)
        by_inputs[frozenset((*inputs(applies), *inputs(requires)))].append(index)
        if rule.severity is Severity.BLOCKING:
            for required in set(inputs(requires)):
                by_required[required].append(index)
    return sorted(set(_pairs(by_inputs.values())) | set(_pairs(by_required.values())))


def _pairs(buckets: Iterable[list[int]]) -> Iterable[tuple[int, int]]:
    for bucket in buckets:
        yield from itertools.combinations(bucket, 2)


def _duplicate(analysis: Analysis, first: m.Rule, second: m.Rule, keys: dict[str, Hashable]) -> bool:
    if keys[first.name] == keys[second.name]:
        return True
    logic = analysis.logic
    formulas = [logic.formula(x) for x in (first.applies, second.applies, first.requires, second.requires)]
    if not same_inputs(formulas[0::2], formulas[1::2]):
        return False
    return logic.exists(formulas, lambda v: v[0] != v[1] or v[2] != v[3]) is Answer.NO


def _contradiction(analysis: Analysis, first: m.Rule, second: m.Rule) -> None:
    assert first.requires is not None and second.requires is not None
    logic = analysis.logic
    both_apply = [
        logic.formula(first.applies),
        logic.formula(second.applies),
        *(negation(logic.formula(x.condition)) for x in (*first.exceptions, *second.exceptions)),
    ]
    requirements = [logic.formula(first.requires), logic.formula(second.requires)]
    if not set(inputs(requirements[0])) & set(inputs(requirements[1])):
        return
    # The commonest answer first: both can be respected together, nothing to report.
    if logic.satisfiable(*both_apply, *requirements) is not Answer.NO:
        return
    if logic.satisfiable(*both_apply, exact=True) is not Answer.YES:
        return
    if all(logic.satisfiable(*both_apply, r) is Answer.YES for r in requirements):  # neither fails there alone
        analysis.sink.error(
            "E807",
            second.requires.span,
            f"les règles « {first.name} » (ligne {first.line}) et « {second.name} » se contredisent : "
            "quand les deux s'appliquent, aucune demande ne peut respecter les deux",
            "restreignez la condition « si » de l'une des deux règles, ou corrigez ce qu'elles exigent",
            [(first.requires.span.in_file(first.span.file), f"ce qu'exige la règle « {first.name} »")],
        )
