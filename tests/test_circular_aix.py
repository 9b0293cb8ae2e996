"""End to end: the Aix-Marseille validators (circular DIPE/24-1025-910 of 04/11/2024) answer
the circular's own situations: a 4th PACD year is refused, a medical file from Marseille 2nd
arrondissement goes to Dr Munteanu, and every worked CNED weekly example totals 35 h and is valid."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest

from circdsl import runtime as rt
from circulaires import amenagement_poste_aix_marseille_2025 as amenagement
from circulaires import poste_adapte_aix_marseille_2025 as poste_adapte
from circulaires import service_cned_aix_marseille_2025 as cned

PACD_MARSEILLE_2E: dict[str, Any] = {
    "agent.statut": "titulaire",
    "agent.fonction": "enseignement",
    "agent.degré": "second",
    "agent.rqth": False,
    "agent.département": "d13",
    "geo_affectation": "marseille_nord",
    "agent.arrondissement": 2,
    "poste_adapté_demandé": "pacd",
    "nature_demande": "première_demande",
    "années_pacd": 0,
    "santé_altérée_gravement": True,
    "santé_stabilisée": True,
    "projet_professionnel": "retour_fonctions",
    "lieu_exercice": "éducation_nationale",
    "agent.congé_santé": "aucun_congé",
    "agent.position": "activité",
    "envoi_postal_exceptionnel": False,
    "demande.date_dépôt": "10/12/2024",
    "dossier.pièces_fournies": [
        "courrier_demande",
        "fiche_renseignements",
        "fiche_demande_poste_adapté",
        "attestation_rqth",
        "certificat_médical",
        "courrier_médecin",
        "relevé_congés",
        "avis_conseil_médical",
    ],
}

ALLEGEMENT_MARSEILLE_13E: dict[str, Any] = {
    "agent.statut": "titulaire",
    "agent.fonction": "enseignement",
    "agent.degré": "second",
    "agent.ors_heures": 18,
    "agent.quotité": 100,
    "agent.temps_partiel_thérapeutique": False,
    "agent.rqth": False,
    "agent.département": "d13",
    "geo_affectation": "marseille_métropole",
    "agent.arrondissement": 13,
    "mesures_demandées": ["allègement_horaire"],
    "heures_allègement": 6,
    "motif_allègement": "traitement_médical_lourd",
    "agent.congé_santé": "aucun_congé",
    "agent.position": "activité",
    "envoi_postal_exceptionnel": False,
    "demande.date_dépôt": "10/12/2024",
    "dossier.pièces_fournies": [
        "courrier_demande",
        "fiche_renseignements",
        "fiche_demande_aménagement",
        "attestation_rqth",
        "certificat_médical",
        "courrier_médecin",
        "relevé_congés",
        "avis_conseil_médical",
    ],
}


def failing(decision: rt.Decision) -> list[str]:
    return [f.rule.name for f in decision.findings if f.outcome is rt.Outcome.VIOLATED]


def postal_recipients(decision: rt.Decision, document: str) -> list[str]:
    (item,) = [i for i in decision.checklist if i.document == document]
    return [r.name for d in item.deliveries if d.channel == "voie postale" for r in d.recipients]


# ---------------------------------------------------------------- poste adapté : PACD
@pytest.mark.parametrize("years_done", [0, 1, 2])
def test_first_second_and_third_pacd_years_are_admissible(years_done: int) -> None:
    decision = poste_adapte.evaluate({**PACD_MARSEILLE_2E, "années_pacd": years_done})
    assert decision.status is rt.Status.ADMISSIBLE


@pytest.mark.parametrize(
    ("validator", "situation"),
    [(poste_adapte, "PACD_MARSEILLE_2E"), (amenagement, "ALLEGEMENT_MARSEILLE_13E")],
)
def test_the_medical_file_without_the_explanatory_letter_is_refused(validator: Any, situation: str) -> None:
    # Source lines 134 and 145: « Les personnels devront constituer 2 dossiers pour que leur situation
    # personnelle puisse être examinée » ; the medical file holds « un courrier explicatif de l'agent ».
    base = {"PACD_MARSEILLE_2E": PACD_MARSEILLE_2E, "ALLEGEMENT_MARSEILLE_13E": ALLEGEMENT_MARSEILLE_13E}[situation]
    provided = [p for p in base["dossier.pièces_fournies"] if p != "courrier_médecin"]
    decision = validator.evaluate({**base, "dossier.pièces_fournies": provided})
    assert failing(decision) == ["dossiers_complets"]
    (finding,) = [f for f in decision.findings if f.rule.name == "dossiers_complets"]
    assert "Courrier explicatif de l'agent à l'attention du médecin du travail" in finding.message


def test_a_fourth_pacd_year_is_refused() -> None:
    decision = poste_adapte.evaluate({**PACD_MARSEILLE_2E, "nature_demande": "renouvellement", "années_pacd": 3})
    assert decision.status is rt.Status.NOT_ADMISSIBLE
    assert failing(decision) == ["pacd_trois_ans_maximum"]
    (finding,) = [f for f in decision.findings if f.rule.name == "pacd_trois_ans_maximum"]
    assert "trois années au maximum dans la carrière" in finding.rule.citations[0].quote


def test_pald_needs_no_previous_pacd_but_a_chronic_condition() -> None:
    pald = {
        **PACD_MARSEILLE_2E,
        "poste_adapté_demandé": "pald",
        "affection_chronique_invalidante": True,
        "inaptitude_enseignement_présentiel": True,
    }
    del pald["années_pacd"]
    assert poste_adapte.evaluate(pald).status is rt.Status.ADMISSIBLE
    refused = poste_adapte.evaluate({**pald, "affection_chronique_invalidante": False})
    assert failing(refused) == ["pald_affection_chronique"]


def test_late_file_is_refused_without_exception() -> None:
    decision = poste_adapte.evaluate({**PACD_MARSEILLE_2E, "demande.date_dépôt": "14/12/2024"})
    assert decision.status is rt.Status.NOT_ADMISSIBLE
    assert failing(decision) == ["délai_de_rigueur"]
    assert [d.date.isoformat() for d in decision.deadlines if d.date] == ["2024-12-13"]


# ---------------------------------------------------------------- routage du dossier médical
@pytest.mark.parametrize(
    "validator, situation", [(poste_adapte, PACD_MARSEILLE_2E), (amenagement, ALLEGEMENT_MARSEILLE_13E)]
)
def test_medical_file_from_marseille_2nd_arrondissement_goes_to_dr_munteanu(
    validator: Any, situation: dict[str, Any]
) -> None:
    decision = validator.evaluate({**situation, "geo_affectation": "marseille_nord", "agent.arrondissement": 2})
    (certificate,) = [i for i in decision.checklist if i.document == "certificat_médical"]
    assert certificate.status == "à fournir" and certificate.medical
    (delivery,) = certificate.deliveries
    assert delivery.channel == "voie postale" and delivery.sealed
    assert [r.name for r in delivery.recipients] == ["médecin_munteanu"]
    assert delivery.recipients[0].medical
    assert "MUNTEANU" in delivery.recipients[0].label
    # the paper copy of the administrative file goes to the same doctor
    assert "médecin_munteanu" in postal_recipients(decision, "fiche_renseignements")


@pytest.mark.parametrize(
    "département, geo, arrondissement, doctor",
    [
        ("d84", None, None, "médecin_arnal"),
        ("d04", None, None, "médecin_dorso"),
        ("d05", None, None, "médecin_dorso"),
        ("d13", "martigues", None, "médecin_dorso"),
        ("d13", "arles", None, "médecin_dorso"),
        ("d13", "marignane", None, "médecin_dorso"),
        ("d13", "marseille_nord", 15, "médecin_dorso"),
        ("d13", "marseille_nord", 2, "médecin_munteanu"),
        ("d13", "aubagne", None, "médecin_munteanu"),
        ("d13", "aix_en_provence", None, "médecin_munteanu"),
        ("d13", "marseille_sud", None, "médecin_munteanu"),
        ("d13", "marseille_métropole", 11, "médecin_munteanu"),
        ("d13", "marseille_métropole", 13, "médecin_dorso"),
    ],
)
def test_medical_file_routing_by_department_geo_and_arrondissement(
    département: str, geo: str | None, arrondissement: int | None, doctor: str
) -> None:
    situation = {**ALLEGEMENT_MARSEILLE_13E, "agent.département": département}
    for name, value in (("geo_affectation", geo), ("agent.arrondissement", arrondissement)):
        if value is None:
            del situation[name]
        else:
            situation[name] = value
    decision = amenagement.evaluate(situation)
    assert decision.status is rt.Status.ADMISSIBLE
    assert postal_recipients(decision, "certificat_médical") == [doctor]


def test_marseille_nord_without_arrondissement_leaves_the_doctor_undetermined() -> None:
    situation = {**PACD_MARSEILLE_2E}
    del situation["agent.arrondissement"]
    (certificate,) = [i for i in poste_adapte.evaluate(situation).checklist if i.document == "certificat_médical"]
    (delivery,) = certificate.deliveries
    assert delivery.recipients == () and delivery.undetermined


def test_conseil_medical_opinion_is_required_after_six_months_of_cmo() -> None:
    def documents(**changes: Any) -> list[str]:
        decision = amenagement.evaluate({**ALLEGEMENT_MARSEILLE_13E, **changes})
        return [i.document for i in decision.checklist if i.status == "à fournir"]

    assert "avis_conseil_médical" not in documents()
    assert "avis_conseil_médical" not in documents(**{"agent.congé_santé": "cmo", "agent.durée_cmo": 5})
    assert "avis_conseil_médical" in documents(**{"agent.congé_santé": "cmo", "agent.durée_cmo": 6})
    assert "avis_conseil_médical" in documents(**{"agent.position": "disponibilité_office_santé"})
    assert "avis_conseil_médical" in documents(**{"agent.congé_santé": "clm", "avis_conseil_médical_favorable": True})


# ---------------------------------------------------------------- aménagement du poste
def test_allegement_is_capped_at_one_third_of_the_ors_and_total_quotite_at_50_percent() -> None:
    assert amenagement.evaluate(ALLEGEMENT_MARSEILLE_13E).status is rt.Status.ADMISSIBLE
    assert failing(amenagement.evaluate({**ALLEGEMENT_MARSEILLE_13E, "heures_allègement": 7})) == [
        "allègement_tiers_ors"
    ]
    part_time = amenagement.evaluate({**ALLEGEMENT_MARSEILLE_13E, "agent.quotité": 80})
    assert failing(part_time) == ["allègement_quotité_totale"]
    assert round(Decimal(str(part_time.computed["quotité_totale"])), 2) == Decimal("46.67")


# ---------------------------------------------------------------- CNED : les exemples de la circulaire
NO_MISSION = {
    name: 0
    for name in (
        "mission.évaluation_individualisée",
        "mission.échanges_asynchrones",
        "mission.échanges_synchrones",
        "mission.réunions_équipe",
        "mission.animation_synchrone",
        "mission.animation_asynchrone",
        "mission.évaluation_compétences",
        "mission.suivi_progression",
        "mission.recherche_préparation",
        "mission.formation",
        "mission.autoformation",
        "mission.animation_communauté",
        "mission.coordination_équipe",
        "mission.production_contenus",
        "mission.autres_missions_site",
        "mission.missions_établissement",
        "mission.allègement_service",
    )
}

CNED_EXAMPLES: dict[str, dict[str, Any]] = {
    "accompagnement disciplinaire uniquement": {
        "mission.évaluation_individualisée": 27,
        "mission.échanges_asynchrones": 4,
        "mission.échanges_synchrones": 2,
        "mission.réunions_équipe": 2,
    },
    "semaine avec formation et animation du site": {
        "mission.évaluation_individualisée": 21,
        "mission.formation": 4,
        "mission.animation_communauté": 2,
        "mission.échanges_asynchrones": 4,
        "mission.échanges_synchrones": 2,
        "mission.réunions_équipe": 2,
    },
    "animation d'une équipe pédagogique": {
        "mission.évaluation_individualisée": 18,
        "mission.coordination_équipe": 3,
        "mission.animation_asynchrone": 5,
        "mission.échanges_asynchrones": 5,
        "mission.échanges_synchrones": 2,
        "mission.réunions_équipe": 2,
    },
    "production de contenus pédagogiques": {
        "mission.évaluation_individualisée": "9,5",
        "mission.réunions_équipe": 2,
        "mission.échanges_asynchrones": 4,
        "mission.échanges_synchrones": 2,
        "mission.production_contenus": "17,5",
    },
    "allègement de service rectoral de 50 %": {
        "mission.allègement_service": "17,5",
        "mission.évaluation_individualisée": "11,5",
        "mission.échanges_asynchrones": 4,
        "mission.réunions_équipe": 2,
    },
    "aide temporaire pendant 4 semaines": {
        "cned.aide_temporaire": True,
        "cned.semaines_aide": 4,
        "mission.autoformation": 7,
        "mission.formation": "3,5",
        "mission.réunions_équipe": "3,5",
        "mission.évaluation_individualisée": 17,
        "mission.échanges_asynchrones": 4,
    },
}


def cned_week(**missions: Any) -> dict[str, Any]:
    return {"cned.part_site_exploitation": 0, "cned.aide_temporaire": False, **NO_MISSION, **missions}


@pytest.mark.parametrize("example", sorted(CNED_EXAMPLES))
def test_each_worked_cned_example_is_a_valid_35_hour_week(example: str) -> None:
    decision = cned.evaluate(cned_week(**CNED_EXAMPLES[example]))
    assert decision.status is rt.Status.ADMISSIBLE, failing(decision)
    assert Decimal(str(decision.computed["service_hebdomadaire"])) == 35


def test_a_training_week_that_keeps_27_hours_of_evaluation_exceeds_35_hours() -> None:
    week = {**CNED_EXAMPLES["semaine avec formation et animation du site"], "mission.évaluation_individualisée": 27}
    decision = cned.evaluate(cned_week(**week))
    assert failing(decision) == ["maximum_hebdomadaire"]
    assert Decimal(str(decision.computed["service_hebdomadaire"])) == 41


def test_temporary_help_is_limited_to_twelve_consecutive_weeks() -> None:
    week = {**CNED_EXAMPLES["aide temporaire pendant 4 semaines"], "cned.semaines_aide": 13}
    assert failing(cned.evaluate(cned_week(**week))) == ["aide_temporaire_douze_semaines"]
