"""Pairs of rules: the same rule written twice (E806), two blocking rules that no request
can respect together where both apply (E807).

Only pairs that can matter are compared, found by hashing rather than by trying every pair:
two duplicates read the same inputs (bucketed by that set), two contradicting rules require
something of a common input (bucketed by each input their `exige` reads). A circular of
thousands of rules reading overlapping subsets of its facts costs the pairs that share a
fact, not all of them; what a rule brings to a comparison (its formulas, the inputs they read)
is computed once per rule, not once per pair."""

from __future__ import annotations

import itertools
from collections import defaultdict
from collections.abc import Hashable, Iterable
from dataclasses import dataclass

from circdsl import model as m
from circdsl.analysis.context import Analysis
from circdsl.analysis.logic import Answer, Formula, Logic, inputs, negation
from circdsl.analysis.traversal import structural_key
from circdsl.words import Severity


@dataclass(frozen=True)
class _Compared:
    """A rule as the comparisons see it."""

    rule: m.Rule
    key: Hashable  # the structure of its `si` and `exige`
    applies: Formula
    requires: Formula
    waived: tuple[Formula, ...]  # its exceptions, negated: where none of them plays
    read: frozenset[Hashable]  # what its `si` and `exige` read
    required: frozenset[Hashable]  # what its `exige` reads

    @property
    def blocking(self) -> bool:
        return self.rule.severity is Severity.BLOCKING


def check_rule_pairs(analysis: Analysis) -> None:
    logic = analysis.logic
    rules = [
        _compared(logic, r) for r in analysis.circular.rules if r.requires is not None and r.name not in analysis.broken
    ]
    for i, j in _candidate_pairs(rules):
        first, second = rules[i], rules[j]
        if _duplicate(logic, first, second):
            analysis.sink.warning(
                "E806",
                second.rule.name_span,
                f"la règle « {second.rule.name} » répète la règle « {first.rule.name} » (ligne {first.rule.line}) : "
                "mêmes conditions « si » et « exige »",
                "gardez une seule des deux règles, ou corrigez la condition de l'une d'elles",
                [(first.rule.name_span, f"la règle « {first.rule.name} » ici")],
            )
        elif first.blocking and second.blocking:
            _contradiction(analysis, first, second)


def _compared(logic: Logic, rule: m.Rule) -> _Compared:
    applies, requires = logic.formula(rule.applies), logic.formula(rule.requires)
    return _Compared(
        rule,
        structural_key((rule.applies, rule.requires)),
        applies,
        requires,
        tuple(negation(logic.formula(x.condition)) for x in rule.exceptions),
        frozenset((*inputs(applies), *inputs(requires))),
        frozenset(inputs(requires)),
    )


def _candidate_pairs(rules: list[_Compared]) -> list[tuple[int, int]]:
    """The pairs (i < j, in rule order) that may be duplicates or contradict each other; every
    other pair reads different inputs and shares no required input, so neither can hold."""
    by_inputs: dict[frozenset[Hashable], list[int]] = defaultdict(list)
    by_required: dict[Hashable, list[int]] = defaultdict(list)
    for index, rule in enumerate(rules):
        by_inputs[rule.read].append(index)
        if rule.blocking:
            for required in rule.required:
                by_required[required].append(index)
    return sorted(set(_pairs(by_inputs.values())) | set(_pairs(by_required.values())))


def _pairs(buckets: Iterable[list[int]]) -> Iterable[tuple[int, int]]:
    for bucket in buckets:
        yield from itertools.combinations(bucket, 2)


def _duplicate(logic: Logic, first: _Compared, second: _Compared) -> bool:
    if first.key == second.key:
        return True
    if first.read != second.read:
        return False
    formulas = [first.applies, second.applies, first.requires, second.requires]
    return logic.exists(formulas, lambda v: v[0] != v[1] or v[2] != v[3]) is Answer.NO


def _contradiction(analysis: Analysis, first: _Compared, second: _Compared) -> None:
    if first.required.isdisjoint(second.required):
        return
    logic = analysis.logic
    both_apply = [first.applies, second.applies, *first.waived, *second.waived]
    requirements = [first.requires, second.requires]
    # The commonest answer first: both can be respected together, nothing to report.
    if logic.satisfiable(*both_apply, *requirements) is not Answer.NO:
        return
    if logic.satisfiable(*both_apply, exact=True) is not Answer.YES:
        return
    if all(logic.satisfiable(*both_apply, r) is Answer.YES for r in requirements):  # neither fails there alone
        assert first.rule.requires is not None and second.rule.requires is not None
        analysis.sink.error(
            "E807",
            second.rule.requires.span,
            f"les règles « {first.rule.name} » (ligne {first.rule.line}) et « {second.rule.name} » se contredisent : "
            "quand les deux s'appliquent, aucune demande ne peut respecter les deux",
            "restreignez la condition « si » de l'une des deux règles, ou corrigez ce qu'elles exigent",
            [(first.rule.requires.span.in_file(first.rule.span.file), f"ce qu'exige la règle « {first.rule.name} »")],
        )
