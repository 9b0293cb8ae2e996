"""Unknown is not false: on the real Paris validator, learning a missing fact never
reverses a decided rule (Kleene logic is monotone), checked with hypothesis."""

from __future__ import annotations

import datetime
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from circdsl import runtime as rt
from circulaires import allegement_paris_2025 as paris
from tests.strategies import budgets

HOURS = st.decimals(min_value=0, max_value=48, places=1)
HALF_DAYS = st.decimals(min_value=0, max_value=12, places=1)
VALUES: dict[str, st.SearchStrategy[Any]] = {
    "agent.statut": st.sampled_from(["titulaire", "stagiaire", "contractuel"]),
    "agent.fonction": st.sampled_from(["enseignement", "éducation", "orientation", "administratif"]),
    "agent.degré": st.sampled_from(["premier", "second"]),
    "agent.ors_heures": HOURS,
    "agent.ors_demi_journées": HALF_DAYS,
    "agent.rqth": st.booleans(),
    "agent.temps_partiel_thérapeutique": st.booleans(),
    "agent.fonctions_direction": st.booleans(),
    "agent.heures_supplémentaires": st.booleans(),
    "agent.mission_particulière": st.booleans(),
    "demande.date_dépôt": st.dates(datetime.date(2024, 11, 1), datetime.date(2025, 3, 1)),
    "allègement_heures": HOURS,
    "allègement_demi_journées": HALF_DAYS,
    "situation_exceptionnelle_médicale": st.booleans(),
}
FULL = st.fixed_dictionaries(VALUES)


def rule_states(decision: rt.Decision) -> dict[str, str]:
    """Each decided rule: « sans objection » (respected or not applicable), or its outcome and severity."""
    states = dict.fromkeys(decision.satisfied + decision.not_applicable, "sans objection")
    for finding in decision.findings:
        if finding.outcome is not rt.Outcome.UNDECIDED:
            states[finding.rule.name] = f"{finding.outcome.value}/{finding.severity}"
    return states


@budgets(fast=100, today=300)
def test_learning_a_fact_never_reverses_a_decided_rule(budget: int) -> None:
    @settings(max_examples=budget, deadline=None)
    @given(FULL, st.sets(st.sampled_from(sorted(VALUES))))
    def monotone(complete: dict[str, Any], hidden: set[str]) -> None:
        partial = {name: value for name, value in complete.items() if name not in hidden}
        before, after = paris.evaluate(partial), paris.evaluate(complete)
        decided_after = rule_states(after)
        for rule, state in rule_states(before).items():
            assert decided_after[rule] == state, (rule, partial)
        if before.status is not rt.Status.INCOMPLETE:
            assert after.status is before.status
        assert after.status is not rt.Status.INCOMPLETE  # every fact known: everything is decided

    monotone()


@budgets(fast=100, today=200)
def test_any_input_gets_a_decision_or_a_french_field_error(budget: int) -> None:
    @settings(max_examples=budget, deadline=None)
    @given(
        st.dictionaries(
            st.sampled_from(sorted(VALUES)), st.none() | st.integers(-5, 60) | st.text(max_size=12) | st.booleans()
        )
    )
    def decided_or_refused(situation: dict[str, Any]) -> None:
        try:
            decision = paris.evaluate(situation)
        except rt.SituationError as error:
            assert error.errors and all(e.field in VALUES and e.message for e in error.errors)
        else:
            # the generated flags agree with the reference
            assert decision.status is rt.decide_status(decision.findings)
            missing = {m.name for m in decision.missing_facts}
            assert missing <= set(VALUES)
            if decision.status is not rt.Status.NOT_ADMISSIBLE:  # a refusal may leave other facts unknown
                assert (decision.status is rt.Status.INCOMPLETE) == bool(missing)

    decided_or_refused()
