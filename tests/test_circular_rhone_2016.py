"""Acceptance scenarios of the DSDEN du Rhône circular of 07/12/2015 (seed 001):
aménagement du poste, allègement de service, bonification au mouvement."""

from __future__ import annotations

import datetime
from typing import Any

import pytest

from circdsl import runtime as rt
from circulaires import allegement_rhone_2016 as allegement
from circulaires import amenagement_poste_rhone_2016 as amenagement
from circulaires import bonification_mouvement_rhone_2016 as bonification

MEDICAL_SERVICES = {"médecin_conseiller_technique", "médecin_prévention"}
DSDEN_SERVICES = {"dpe_ai", "supérieur_hiérarchique", "inspecteur_académie", "capd", "ien_circonscription"}


def failing(decision: rt.Decision) -> set[str]:
    return {f.rule.name for f in decision.findings if f.outcome is rt.Outcome.VIOLATED}


def required(decision: rt.Decision) -> list[str]:
    return [item.document for item in decision.checklist if item.status == "à fournir"]


# ---------------------------------------------------------------- aménagement du poste

AMENAGEMENT: dict[str, Any] = {
    "agent.rqth": True,
    "aménagement.mesures": ["aménagement_horaire"],
    "demande.documents_médicaux_joints": False,
}


def test_amenagement_with_rqth_is_admissible_and_the_medical_file_goes_to_the_medical_adviser() -> None:
    decision = amenagement.evaluate(AMENAGEMENT)
    assert decision.status is rt.Status.ADMISSIBLE
    (item,) = decision.checklist
    assert item.document == "dossier_médical" and item.medical
    assert [r.name for d in item.deliveries for r in d.recipients] == ["médecin_conseiller_technique"]


def test_amenagement_without_rqth_nor_pending_mdph_request_is_refused() -> None:
    decision = amenagement.evaluate({**AMENAGEMENT, "agent.rqth": False, "agent.demande_rqth_en_cours": False})
    assert decision.status is rt.Status.NOT_ADMISSIBLE
    assert failing(decision) == {"bénéficiaires"}


def test_amenagement_with_a_pending_mdph_request_is_accepted_as_an_exception() -> None:
    decision = amenagement.evaluate({**AMENAGEMENT, "agent.rqth": False, "agent.demande_rqth_en_cours": True})
    assert decision.status is rt.Status.ADMISSIBLE_WITH_RESERVATIONS
    (finding,) = [f for f in decision.findings if f.rule.name == "bénéficiaires"]
    assert finding.exception is not None


# ---------------------------------------------------------------- allègement de service

ALLEGEMENT: dict[str, Any] = {
    "école.organisation": "neuf_demi_journées",
    "agent.temps_partiel_thérapeutique": False,
    "agent.rqth": True,
    "agent.affectation_rased": False,
    "demande.date_dépôt": "15/02/2016",
    "dossier.pièces_fournies": ["justificatif_handicap", "certificats_médicaux"],
    "demande.documents_médicaux_joints": False,
}


def test_nine_half_day_school_allegement_of_one_day_and_one_wednesday_in_four_is_within_one_third() -> None:
    decision = allegement.evaluate(ALLEGEMENT)
    assert decision.status is rt.Status.ADMISSIBLE
    assert required(decision) == ["justificatif_handicap", "certificats_médicaux"]
    assert [d.date for d in decision.deadlines] == [datetime.date(2016, 3, 1)]


@pytest.mark.parametrize(
    ("organisation", "freed", "third"),
    [
        (
            "neuf_demi_journées",
            "1 journée libérée + 1 mercredi sur 4 libéré, soit 2,25 demi-journées",
            "3 demi-journées",
        ),
        ("huit_demi_journées", "1 journée libérée, soit 2 demi-journées", "2,67 demi-journées"),
    ],
)
def test_the_allegement_is_fixed_by_the_school_organisation_shown_and_not_asked(
    organisation: str, freed: str, third: str
) -> None:
    # Source line 98: « Les nécessités de services permettent l'octroi d'un allègement dispensé de cette
    # manière » ; the request form (annex 2) asks for no amount: the applicant is told, not asked.
    decision = allegement.evaluate({**ALLEGEMENT, "école.organisation": organisation})
    assert decision.status is rt.Status.ADMISSIBLE
    (finding,) = [f for f in decision.findings if f.rule.name == "allègement_accordé"]
    assert f"l'allègement : {freed} par semaine en moyenne" in finding.message
    assert f"dans la limite du tiers des obligations de service ({third})" in finding.message
    assert "allègement_demi_journées" not in allegement.FACT_LABELS


@pytest.mark.parametrize("date", ["01/03/2016", "02/03/2016", "15/03/2016"])
def test_a_late_allegement_file_is_refused(date: str) -> None:
    decision = allegement.evaluate({**ALLEGEMENT, "demande.date_dépôt": date})
    assert decision.status is rt.Status.NOT_ADMISSIBLE
    assert failing(decision) == {"délai_dépôt"}


def test_an_incomplete_allegement_file_is_refused_naming_the_missing_piece() -> None:
    decision = allegement.evaluate({**ALLEGEMENT, "dossier.pièces_fournies": ["justificatif_handicap"]})
    assert failing(decision) == {"dossier_complet"}
    (finding,) = [f for f in decision.findings if f.rule.name == "dossier_complet"]
    assert finding.message.endswith("il manque Certificats médicaux et tout document d'ordre médical.")


def test_allegement_is_compatible_with_part_time_but_not_with_therapeutic_part_time() -> None:
    part_time = allegement.evaluate({**ALLEGEMENT, "demande.temps_partiel_sollicité": True, "demande.quotité": 75})
    assert part_time.status is rt.Status.ADMISSIBLE
    therapeutic = allegement.evaluate({**ALLEGEMENT, "agent.temps_partiel_thérapeutique": True})
    assert failing(therapeutic) == {"non_cumul_tpt"}


# ---------------------------------------------------------------- bonification au mouvement

BONIFICATION: dict[str, Any] = {
    "bonification.titre": "handicap",
    "bonification.personne_concernée": "enseignant",
    "agent.participation_mouvement": True,
    "demande.date_dépôt": "20/02/2016",
    "demande.documents_médicaux_joints": False,
}


@pytest.mark.parametrize(
    ("facts", "status"),
    [
        ({"boe.catégorie": "travailleur_handicapé"}, "recevable"),
        (
            {"boe.catégorie": "accident_travail", "boe.taux_incapacité_permanente": 10, "boe.titulaire_rente": True},
            "recevable",
        ),
        (
            {
                "boe.catégorie": "accident_travail",
                "boe.taux_incapacité_permanente": "9,5",
                "boe.titulaire_rente": True,
                "bonification.affection_longue_durée": False,
            },
            "irrecevable",
        ),
        ({"boe.catégorie": "pension_invalidité", "boe.réduction_capacité_travail": "66,67"}, "recevable"),
        (
            {
                "boe.catégorie": "pension_invalidité",
                "boe.réduction_capacité_travail": "66,66",
                "bonification.affection_longue_durée": False,
            },
            "irrecevable",
        ),
        ({"boe.catégorie": "ancien_militaire", "boe.titulaire_pension_militaire": True}, "recevable"),
        ({"boe.catégorie": "allocation_invalidité"}, "recevable"),
        ({"boe.catégorie": "aah"}, "recevable"),
        ({"boe.catégorie": "aucune", "bonification.affection_longue_durée": False}, "irrecevable"),
        ({"boe.catégorie": "aucune", "bonification.affection_longue_durée": True}, "recevable"),
    ],
)
def test_the_six_categories_of_the_employment_obligation_and_their_thresholds(
    facts: dict[str, Any], status: str
) -> None:
    assert bonification.evaluate({**BONIFICATION, **facts}).status == status


def test_a_late_bonification_request_is_refused() -> None:
    decision = bonification.evaluate({**BONIFICATION, "boe.catégorie": "aah", "demande.date_dépôt": "01/03/2016"})
    assert failing(decision) == {"délai_dépôt"}


# ---------------------------------------------------------------- medical documents never to the DSDEN


@pytest.mark.parametrize(
    ("module", "facts"),
    [
        (amenagement, AMENAGEMENT),
        (allegement, ALLEGEMENT),
        (bonification, {**BONIFICATION, "boe.catégorie": "aah", "bonification.personne_concernée": "enfant"}),
        (
            bonification,
            {
                **BONIFICATION,
                "bonification.titre": "situation_particulière",
                "bonification.nature_situation": ["situation_médicale"],
            },
        ),
    ],
)
def test_medical_documents_go_only_to_the_medical_adviser(module: Any, facts: dict[str, Any]) -> None:
    decision = module.evaluate(facts)
    medical = [item for item in decision.checklist if item.medical]
    assert medical
    for item in medical:
        recipients = {r.name for d in item.deliveries for r in d.recipients}
        assert recipients == {"médecin_conseiller_technique"}
        assert all(r.medical for d in item.deliveries for r in d.recipients)
        assert not recipients & DSDEN_SERVICES


@pytest.mark.parametrize(
    ("module", "facts"),
    [(amenagement, AMENAGEMENT), (allegement, ALLEGEMENT), (bonification, {**BONIFICATION, "boe.catégorie": "aah"})],
)
def test_medical_documents_sent_to_the_dsden_are_refused(module: Any, facts: dict[str, Any]) -> None:
    # « Aucun document d'ordre médical ne doit être transmis aux services de la DSDEN du Rhône » :
    # a prohibition with no other consequence stated, so a blocking rule (source lines 120 and 155).
    decision = module.evaluate({**facts, "demande.documents_médicaux_joints": True})
    assert decision.status is rt.Status.NOT_ADMISSIBLE
    assert failing(decision) == {"documents_médicaux_hors_dsden"}
