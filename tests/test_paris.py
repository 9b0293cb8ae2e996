"""End to end: the committed Paris validator answers the circular's situations."""

from __future__ import annotations

import json
from typing import Any

import pytest

from circdsl import runtime as rt
from circdsl.cases import run_cases
from circdsl.compiler import Compiler
from circdsl.project import load_validator
from circulaires import allegement_paris_2025 as paris
from tests.conftest import PARIS

TEACHER: dict[str, Any] = {
    "agent.statut": "titulaire",
    "agent.fonction": "enseignement",
    "agent.degré": "second",
    "agent.ors_heures": 18,
    "allègement_heures": 6,
    "demande.date_dépôt": "2025-01-10",
    "agent.temps_partiel_thérapeutique": False,
    "agent.fonctions_direction": False,
    "agent.heures_supplémentaires": False,
    "agent.mission_particulière": False,
}


def evaluate(**changes: Any) -> rt.Decision:
    situation = {**TEACHER, **{k.replace("__", "."): v for k, v in changes.items()}}
    return paris.evaluate({k: v for k, v in situation.items() if v is not None})


def failing(decision: rt.Decision) -> list[str]:
    return [f.rule.name for f in decision.findings if f.outcome is rt.Outcome.VIOLATED]


def test_six_hours_out_of_eighteen_is_admissible_with_two_documents_by_post_to_the_medical_service() -> None:
    decision = evaluate()
    assert decision.status is rt.Status.ADMISSIBLE
    required = [item for item in decision.checklist if item.status == "à fournir"]
    assert [item.document for item in required] == ["certificat_médical", "courrier_difficultés"]
    for item in required:
        assert item.medical and item.confidential
        (delivery,) = item.deliveries
        assert delivery.channel == "voie postale" and delivery.sealed
        assert [r.name for r in delivery.recipients] == ["smfp"]
        assert delivery.recipients[0].medical
    assert [d.date.isoformat() for d in decision.deadlines] == ["2025-01-13"]
    assert [o.name for o in decision.opinions] == ["supérieur"]


def test_seven_hours_exceeds_one_third_and_cites_the_rule() -> None:
    decision = evaluate(allègement_heures=7)
    assert decision.status is rt.Status.NOT_ADMISSIBLE
    (finding,) = [f for f in decision.findings if f.outcome is rt.Outcome.VIOLATED]
    assert finding.rule.name == "plafond_tiers_heures"
    assert finding.message == "L'allègement demandé (7 h) dépasse le tiers des ORS (6 h)."
    assert finding.rule.citations[0].quote == "L’allègement porte, au maximum, sur le tiers des ORS."
    assert finding.rule.citations[0].source == "sources/000_6a117b24d563a1e1.txt"
    assert dict(finding.values)["plafond_heures"] == 6


def test_four_and_a_half_hours_is_not_a_whole_number_of_hours() -> None:
    decision = evaluate(allègement_heures="4,5")
    assert decision.status is rt.Status.NOT_ADMISSIBLE
    assert failing(decision) == ["heures_entières"]


def test_late_filing_is_refused_unless_the_medical_exception_is_set() -> None:
    late = evaluate(demande__date_dépôt="20/01/2025", situation_exceptionnelle_médicale=False)
    assert late.status is rt.Status.NOT_ADMISSIBLE
    assert failing(late) == ["délai_dépôt"]
    excused = evaluate(demande__date_dépôt="20/01/2025", situation_exceptionnelle_médicale=True)
    assert excused.status is rt.Status.ADMISSIBLE_WITH_RESERVATIONS
    (finding,) = [f for f in excused.findings if f.rule.name == "délai_dépôt"]
    assert finding.severity == "avertissement"
    assert finding.exception == "sauf si situation_exceptionnelle_médicale"
    unknown = evaluate(demande__date_dépôt="20/01/2025")
    assert unknown.status is rt.Status.INCOMPLETE
    assert [m.name for m in unknown.missing_facts] == ["situation_exceptionnelle_médicale"]


def test_the_deadline_day_itself_is_included() -> None:
    assert evaluate(demande__date_dépôt="2025-01-13").status is rt.Status.ADMISSIBLE
    assert (
        evaluate(demande__date_dépôt="2025-01-14", situation_exceptionnelle_médicale=False).status
        is rt.Status.NOT_ADMISSIBLE
    )


def test_only_statut_and_degree_is_incomplete_and_names_the_missing_facts() -> None:
    decision = paris.evaluate({"agent.statut": "titulaire", "agent.degré": "second"})
    assert decision.status is rt.Status.INCOMPLETE
    names = [m.name for m in decision.missing_facts]
    assert set(names) == {
        "agent.fonction", "agent.ors_heures", "allègement_heures", "demande.date_dépôt",
        "agent.temps_partiel_thérapeutique", "agent.fonctions_direction",
        "agent.heures_supplémentaires", "agent.mission_particulière",
    }  # fmt: skip
    # The most decisive first: each of these two is needed by two undecided blocking rules.
    assert set(names[:2]) == {"agent.fonction", "allègement_heures"}
    assert all(m.label for m in decision.missing_facts)


def test_first_degree_counts_in_half_days() -> None:
    first_degree = {"agent.degré": "premier", "agent.ors_heures": None, "allègement_heures": None}
    assert (
        evaluate(**first_degree, agent__ors_demi_journées=9, allègement_demi_journées=3).status is rt.Status.ADMISSIBLE
    )
    too_many = evaluate(**first_degree, agent__ors_demi_journées=9, allègement_demi_journées=4)
    assert failing(too_many) == ["plafond_tiers_demi_journées"]


@pytest.mark.parametrize(
    ("fact", "rule"),
    [
        ("agent.temps_partiel_thérapeutique", "non_cumul_tpt"),
        ("agent.fonctions_direction", "incompatible_direction"),
        ("agent.heures_supplémentaires", "incompatible_heures_supplémentaires"),
        ("agent.mission_particulière", "incompatible_imp"),
    ],
)
def test_each_incompatibility_is_blocking(fact: str, rule: str) -> None:
    decision = paris.evaluate({**TEACHER, fact: True})
    assert decision.status is rt.Status.NOT_ADMISSIBLE
    assert failing(decision) == [rule]


def test_unknown_rqth_makes_the_disability_proof_conditional() -> None:
    unknown = {item.document: item for item in evaluate().checklist}
    assert unknown["justificatif_handicap"].status == "facultative si …"
    assert unknown["justificatif_handicap"].condition == "agent.rqth"
    known = {item.document: item for item in evaluate(agent__rqth=True).checklist}
    assert known["justificatif_handicap"].status == "facultative"
    assert "justificatif_handicap" not in {item.document for item in evaluate(agent__rqth=False).checklist}


def test_invalid_situations_get_field_located_french_messages() -> None:
    with pytest.raises(rt.SituationError) as raised:
        paris.evaluate({"agent.statut": "titulare", "agent.degre": "second", "allègement_heures": -2})
    messages = {e.field: e.message for e in raised.value.errors}
    assert "valeurs possibles" in messages["agent.statut"]
    assert messages["agent.degre"] == "fait inconnu ; vouliez-vous dire « agent.degré » ?"
    assert "trop petite" in messages["allègement_heures"]


def test_decision_serialises_to_json() -> None:
    data = json.loads(evaluate(allègement_heures=7).to_json())
    assert data["status"] == "irrecevable"
    assert data["circular"]["reference"] == "24AN0180"
    assert data["findings"][0]["rule"]["name"] == "plafond_tiers_heures"


def test_facts_json_schema_uses_the_editor_names() -> None:
    schema = paris.Facts.model_json_schema(by_alias=True)
    assert schema["additionalProperties"] is False
    assert "agent.statut" in schema["properties"]
    assert schema["properties"]["agent.statut"]["title"] == "Statut de l'agent"


def test_committed_validator_matches_the_circular() -> None:
    circular = Compiler().compile_file(PARIS).circular
    fresh = load_validator(circular)
    for situation in (TEACHER, {**TEACHER, "allègement_heures": 7}, {"agent.statut": "titulaire"}):
        assert fresh.evaluate(situation).to_dict() == paris.evaluate(situation).to_dict()


def test_every_example_case_of_the_circular_passes() -> None:
    circular = Compiler().compile_file(PARIS).circular
    results = run_cases(load_validator(circular), circular)
    assert len(results) == len(circular.cases) >= 15
    assert [r.case.label for r in results if not r.passed] == []
