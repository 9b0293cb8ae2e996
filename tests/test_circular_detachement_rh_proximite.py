"""Acceptance scenarios of the BO n° 45 (détachement) and Aix-Marseille n° 413 (RH de proximité) circulars."""

from __future__ import annotations

import datetime
from typing import Any

import pytest

from circdsl import runtime as rt
from circulaires import detachement_2019 as detachement
from circulaires import rh_proximite_2019 as proximite

CANDIDATE: dict[str, Any] = {
    "détachement.corps_accueil": ["agrégés", "plp"],
    "détachement.discipline_agrégés": "Mathématiques",
    "détachement.discipline_plp": "Mathématiques - physique-chimie",
    "détachement.discipline_à_option": False,
    "candidat.position": "activité",
    "candidat.hors_menj": False,
    "candidature.fiche_renseignée": True,
    "candidature.avis_supérieur_renseigné": True,
    "candidature.avis_inspection_renseigné": True,
    "candidature.avis_inspection_simple_mention": False,
    "dossier.pièces_fournies": [
        "fiche_candidature",
        "curriculum_vitae",
        "lettre_motivation",
        "copie_diplômes",
        "qualification_sauvetage_aquatique",
        "qualification_natation_pièce",
        "qualification_secourisme_pièce",
        "statut_particulier",
        "grille_indiciaire",
        "bulletin_paye",
        "arrêté_promotion",
        "arrêté_position",
    ],
}

ALWAYS = {
    "fiche_candidature",
    "curriculum_vitae",
    "lettre_motivation",
    "copie_diplômes",
    "grille_indiciaire",
    "bulletin_paye",
    "arrêté_promotion",
}


def candidate(**changes: Any) -> rt.Decision:
    return detachement.evaluate({**CANDIDATE, **changes})


def failing(decision: rt.Decision) -> set[str]:
    return {f.rule.name for f in decision.findings if f.outcome is rt.Outcome.VIOLATED and f.severity == "bloquante"}


def to_provide(decision: rt.Decision) -> set[str]:
    return {item.document for item in decision.checklist if item.status == "à fournir"}


def test_two_host_corps_are_admissible() -> None:
    decision = candidate()
    assert decision.status is rt.Status.ADMISSIBLE
    assert to_provide(decision) == ALWAYS


def test_a_candidature_without_a_mandatory_piece_is_refused() -> None:
    # Source line 107: « Pièces à joindre obligatoirement »
    decision = candidate(**{"dossier.pièces_fournies": sorted(ALWAYS - {"bulletin_paye"})})
    assert failing(decision) == {"pièces_jointes"}
    (finding,) = [f for f in decision.findings if f.rule.name == "pièces_jointes"]
    assert finding.message.endswith("il manque Copie du dernier bulletin de paye.")


def test_three_host_corps_are_refused() -> None:
    decision = candidate(**{"détachement.corps_accueil": ["agrégés", "plp", "cpe"]})
    assert decision.status is rt.Status.NOT_ADMISSIBLE
    assert failing(decision) == {"deux_corps_maximum"}
    (finding,) = [f for f in decision.findings if f.rule.name == "deux_corps_maximum"]
    assert "3 corps" in finding.message


def test_candidate_in_disponibilite_from_outside_the_ministry_must_add_two_documents() -> None:
    decision = candidate(**{"candidat.position": "disponibilité", "candidat.hors_menj": True})
    assert to_provide(decision) == ALWAYS | {"arrêté_position", "statut_particulier"}


def test_unknown_position_lists_the_arrete_de_position_as_conditional() -> None:
    situation = {k: v for k, v in CANDIDATE.items() if k != "candidat.position"}
    decision = detachement.evaluate(situation)
    (item,) = [i for i in decision.checklist if i.document == "arrêté_position"]
    assert item.status.startswith("à fournir si")


@pytest.mark.parametrize(
    ("corps", "qualifications", "documents"),
    [
        (
            "peps",
            {"qualification_sauvetage", "qualification_secourisme"},
            {"qualification_sauvetage_aquatique", "qualification_secourisme_pièce"},
        ),
        (
            "professeurs_écoles",
            {"qualification_natation", "qualification_secourisme"},
            {"qualification_natation_pièce", "qualification_secourisme_pièce"},
        ),
        ("cpe", set(), set()),
        ("certifiés", set(), set()),
    ],
)
def test_qualification_required_by_each_host_corps(corps: str, qualifications: set[str], documents: set[str]) -> None:
    base = {
        "détachement.corps_accueil": [corps],
        "détachement.discipline_certifiés": "Lettres modernes",
        "détachement.nombre_vœux_pe": 1,
    }
    held = {
        f"candidat.{q}": True for q in ("qualification_sauvetage", "qualification_natation", "qualification_secourisme")
    }
    decision = candidate(**base, **held)
    assert decision.status is rt.Status.ADMISSIBLE
    assert to_provide(decision) == ALWAYS | documents
    none_held = {name: False for name in held}
    refused = candidate(**base, **none_held)
    assert failing(refused) == qualifications


def test_both_opinions_are_required() -> None:
    opinions = {o.name: o.requirement for o in candidate().opinions}
    assert opinions == {"avis_supérieur": "obligatoire", "avis_inspection": "obligatoire"}
    assert failing(candidate(**{"candidature.avis_inspection_simple_mention": True})) == {"avis_inspection_motivé"}


# ---------------------------------------------------------------- RH de proximité


@pytest.mark.parametrize(
    ("public", "departement", "service"),
    [
        ("professeur_écoles", "alpes_de_haute_provence", "pgrhm04"),
        ("aesh", "alpes_de_haute_provence", "pgrhm04"),
        ("professeur_écoles", "hautes_alpes", "d1d05"),
        ("aesh", "hautes_alpes", "d1d05"),
        ("professeur_écoles", "bouches_du_rhône", "dpe13"),
        ("aesh", "bouches_du_rhône", "dpne13"),
        ("professeur_écoles", "vaucluse", "pole1d84"),
        ("aesh", "vaucluse", "aedcui84"),
        ("enseignant_second_degré", "vaucluse", "proxirh"),
        ("cpe", "hautes_alpes", "proxirh"),
        ("psyen", "bouches_du_rhône", "proxirh"),
        ("aed", "alpes_de_haute_provence", "proxirh"),
        ("encadrement_administratif", "bouches_du_rhône", "proxirh"),
        ("personnel_rectorat", "bouches_du_rhône", "rhproxirectorat"),
        ("enseignant_privé", "vaucluse", "deep"),
    ],
)
def test_the_right_interlocutor_receives_the_request(public: str, departement: str, service: str) -> None:
    decision = proximite.evaluate({"proximité.public": public, "proximité.département": departement})
    assert decision.status is rt.Status.ADMISSIBLE
    (submission,) = decision.submissions
    assert [r.name for d in submission.deliveries for r in d.recipients] == [service]


def test_other_staff_are_not_received() -> None:
    decision = proximite.evaluate({"proximité.public": "autre", "proximité.département": "vaucluse"})
    assert decision.status is rt.Status.NOT_ADMISSIBLE


@pytest.mark.parametrize(
    ("reseau", "date", "lieu"),
    [
        ("haut_vaucluse", datetime.date(2019, 11, 20), "Lycée de l'Arc - Orange"),
        ("camargue", datetime.date(2019, 12, 4), "Collège Mistral - Arles"),
        ("bléone_durance", datetime.date(2020, 2, 5), "à déterminer"),
        ("les_écrins", datetime.date(2020, 2, 12), "à déterminer"),
        ("porte_des_alpes", datetime.date(2020, 3, 11), "à déterminer"),
    ],
)
def test_second_degree_permanence_of_each_remote_network(reseau: str, date: datetime.date, lieu: str) -> None:
    decision = proximite.evaluate({"proximité.public": "enseignant_second_degré", "proximité.réseau": reseau})
    notices = {f.rule.name: f.message for f in decision.findings}
    assert "permanence_réseau_éloigné" in notices
    assert date.strftime("%d/%m/%Y") in notices["permanence_réseau_éloigné"]
    assert lieu in notices["permanence_réseau_éloigné"]


def test_second_degree_without_planned_permanence() -> None:
    decision = proximite.evaluate({"proximité.public": "cpe", "proximité.réseau": "marseille_étoile"})
    assert {f.rule.name for f in decision.findings} >= {"permanence_autres_réseaux"}


@pytest.mark.parametrize(
    ("reseau", "date"),
    [
        ("camargue", "20/11/2019"),
        ("crau", "11/12/2019"),
        ("salon", "15/01/2020"),
        ("sainte_victoire", "05/02/2020"),
        ("garlaban", "11/03/2020"),
        ("côte_bleue", "01/04/2020"),
        ("nerthe", "06/05/2020"),
    ],
)
def test_dsden_13_first_degree_permanence_of_each_network(reseau: str, date: str) -> None:
    decision = proximite.evaluate(
        {
            "proximité.public": "professeur_écoles",
            "proximité.département": "bouches_du_rhône",
            "proximité.réseau": reseau,
        }
    )
    notices = {f.rule.name: f.message for f in decision.findings}
    assert date in notices["permanence_premier_degré_dsden_13"]
