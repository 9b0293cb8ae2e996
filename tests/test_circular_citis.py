"""End to end: the CITIS validator (bulletin académique n° 414, Aix-Marseille, 16/12/2019)
answers the situations drawn from the text: declaration deadlines, routing by staff category."""

from __future__ import annotations

import datetime
import importlib
import types
from typing import Any

import pytest

from circdsl import runtime as rt
from circdsl.compiler import Compiler
from circdsl.project import load_validator
from tests.conftest import CIRCULARS

CITIS = CIRCULARS / "citis_2019.circ"

TEACHER: dict[str, Any] = {
    "agent.statut": "titulaire",
    "agent.position": "activité",
    "agent.catégorie_personnel": "enseignant_second_degré_public",
    "agent.affectation_supérieur": "aucune",
    "agent.département": "d13",
    "déclaration.nature": "accident_service",
    "accident.date": "06/01/2020",
    "accident.lésion_décelée_tardivement": False,
    "demande.date_dépôt": "15/01/2020",
    "accident.acte_terroriste": False,
    "déclaration.force_majeure": False,
    "accident.temps_et_lieu_de_service": True,
    "accident.faute_personnelle": False,
    "accident.en_télétravail": False,
    "déclaration.avec_arrêt": False,
    "demande.citis": True,
    "dossier.pièces_fournies": [
        "déclaration_accident",
        "déclaration_maladie",
        "certificat_médical",
        "arrêt_de_travail",
        "emploi_du_temps_contractuel",
        "plan_trajet",
        "examens_tableau",
    ],
}


def _generated() -> types.ModuleType:
    try:
        return importlib.import_module("circulaires.citis_2019")
    except ImportError:
        pytest.skip("generated/circulaires/citis_2019.py absent : lancez « circ build »")


@pytest.fixture(scope="module", params=["compilé", "généré"])
def citis(request: pytest.FixtureRequest) -> types.ModuleType:
    """The validator compiled now from the .circ file, and the one committed in generated/."""
    if request.param == "généré":
        return _generated()
    return load_validator(Compiler().compile_file(CITIS).circular)


def evaluate(validator: types.ModuleType, **changes: Any) -> rt.Decision:
    situation = {**TEACHER, **{k.replace("__", "."): v for k, v in changes.items()}}
    return validator.evaluate({k: v for k, v in situation.items() if v is not None})


def blocking(decision: rt.Decision) -> list[str]:
    return [f.rule.name for f in decision.findings if f.outcome is rt.Outcome.VIOLATED and f.severity == "bloquante"]


def deadline(decision: rt.Decision, name: str) -> datetime.date | None:
    return {d.name: d.date for d in decision.deadlines}[name]


def test_accident_declared_within_fifteen_days_is_admissible(citis: types.ModuleType) -> None:
    decision = evaluate(citis)
    assert decision.status == "recevable"
    assert deadline(decision, "quinze_jours_accident") == datetime.date(2020, 1, 21)


def test_accident_declared_eighteen_days_after_is_late(citis: types.ModuleType) -> None:
    decision = evaluate(citis, demande__date_dépôt="24/01/2020")
    assert decision.status == "irrecevable"
    assert blocking(decision) == ["délai_accident"]
    (finding,) = [f for f in decision.findings if f.rule.name == "délai_accident"]
    assert "24/01/2020" in finding.message and "06/01/2020" in finding.message


def test_eighteen_days_after_is_in_time_when_the_injury_was_found_later(citis: types.ModuleType) -> None:
    decision = evaluate(
        citis,
        demande__date_dépôt="24/01/2020",
        accident__lésion_décelée_tardivement=True,
        accident__date_constatation_médicale="20/01/2020",
    )
    assert decision.status == "recevable"
    assert deadline(decision, "quinze_jours_constatation") == datetime.date(2020, 2, 4)
    assert deadline(decision, "deux_ans_accident") == datetime.date(2022, 1, 6)


def test_injury_found_later_still_needs_fifteen_days_from_the_medical_finding(citis: types.ModuleType) -> None:
    decision = evaluate(
        citis,
        demande__date_dépôt="10/02/2020",
        accident__lésion_décelée_tardivement=True,
        accident__date_constatation_médicale="20/01/2020",
    )
    assert decision.status == "irrecevable"
    assert blocking(decision) == ["délai_lésion_tardive"]


def test_force_majeure_lifts_the_deadline(citis: types.ModuleType) -> None:
    decision = evaluate(citis, demande__date_dépôt="24/01/2020", déclaration__force_majeure=True)
    assert decision.status == "recevable"
    (finding,) = [f for f in decision.findings if f.rule.name == "délai_accident"]
    assert finding.outcome is rt.Outcome.WAIVED


def test_unknown_exceptions_are_asked_for_before_refusing(citis: types.ModuleType) -> None:
    decision = evaluate(
        citis, demande__date_dépôt="24/01/2020", accident__acte_terroriste=None, déclaration__force_majeure=None
    )
    assert decision.status == "incomplet"
    assert {m.name for m in decision.missing_facts} == {"accident.acte_terroriste", "déclaration.force_majeure"}


def test_relapse_within_one_month_rounds_to_the_end_of_february(citis: types.ModuleType) -> None:
    relapse = {"déclaration__nature": "rechute", "rechute__date_constatation": "31/01/2020"}
    in_time = evaluate(citis, demande__date_dépôt="29/02/2020", **relapse)
    assert in_time.status == "recevable"
    assert deadline(in_time, "un_mois_rechute") == datetime.date(2020, 2, 29)
    assert blocking(evaluate(citis, demande__date_dépôt="02/03/2020", **relapse)) == ["délai_rechute"]


def test_sick_note_within_forty_eight_hours_counted_in_jours_ouvrables(citis: types.ModuleType) -> None:
    """« décompte par jour ouvrable »: from Friday 10/01/2020, Saturday counts, then Monday."""
    friday = {"déclaration__avec_arrêt": True, "arrêt__date_établissement": "10/01/2020"}
    assert evaluate(citis, arrêt__date_transmission="13/01/2020", **friday).status == "recevable"
    late = evaluate(citis, arrêt__date_transmission="14/01/2020", **friday)
    assert late.status == "recevable avec réserves"
    assert [f.rule.name for f in late.findings if f.outcome is rt.Outcome.VIOLATED] == ["délai_arrêt"]


def test_occupational_disease_two_years(citis: types.ModuleType) -> None:
    disease = {
        "déclaration__nature": "maladie_professionnelle",
        "maladie__lien_établi_ultérieurement": False,
        "maladie__conditions_tableau": True,
        "maladie__examens_prescrits": False,
    }
    assert evaluate(citis, maladie__date_première_constatation="10/03/2019", **disease).status == "recevable"
    late = evaluate(citis, maladie__date_première_constatation="10/01/2018", **disease)
    assert blocking(late) == ["délai_maladie"]


def recipients(decision: rt.Decision) -> tuple[str | None, str | None]:
    remise = decision.computed["orientation.remise"]
    service = decision.computed["orientation.service_compétent"]
    return (remise.name if remise else None, service.name if service else None)


@pytest.mark.parametrize(
    ("changes", "expected"),
    [
        ({}, ("supérieur_hiérarchique", "rectorat_dap")),
        ({"agent__affectation_supérieur": "université"}, ("établissement_supérieur", "rectorat_dap")),
        ({"agent__catégorie_personnel": "enseignant_premier_degré_public"}, ("dsden_bat", "dsden_bat")),
        (
            {
                "agent__statut": "contractuel",
                "agent__catégorie_personnel": "aed",
                "agent__contrat": "cdi",
                "agent__temps_complet": True,
                "agent__département": "d05",
            },
            ("supérieur_hiérarchique", "lycée_villard"),
        ),
        (
            {
                "agent__statut": "contractuel",
                "agent__catégorie_personnel": "aed",
                "agent__contrat": "cdd",
                "agent__contrat_durée": 10,
                "agent__temps_complet": True,
                "agent__département": "d13",
            },
            ("lycée_saint_exupéry", "lycée_saint_exupéry"),
        ),
        (
            {
                "agent__statut": "contractuel",
                "agent__catégorie_personnel": "aed",
                "agent__contrat": "cdd",
                "agent__contrat_durée": 10,
                "agent__temps_complet": True,
                "agent__département": "d84",
            },
            ("cpam", "cpam"),
        ),
        (
            {
                "agent__statut": "contractuel",
                "agent__catégorie_personnel": "aesh",
                "agent__contrat": "cdd",
                "agent__contrat_durée": 36,
                "agent__temps_complet": True,
            },
            ("dsden_aesh", "dsden_aesh"),
        ),
    ],
)
def test_declaration_is_routed_by_staff_category_and_contract(
    citis: types.ModuleType, changes: dict[str, Any], expected: tuple[str, str]
) -> None:
    assert recipients(evaluate(citis, **changes)) == expected


def test_a_contractual_agent_cannot_benefit_from_a_citis(citis: types.ModuleType) -> None:
    # Source line 1150: « L'agent contractuel ne peut pas bénéficier d'un CITIS. » (a prohibition, not a notice)
    contract = {
        "agent__statut": "contractuel",
        "agent__contrat": "cdd",
        "agent__contrat_durée": 12,
        "agent__temps_complet": True,
        "dossier__pièces_fournies": ["déclaration_accident", "certificat_médical", "emploi_du_temps_contractuel"],
    }
    asking = evaluate(citis, **contract)
    assert asking.status == "irrecevable"
    assert blocking(asking) == ["citis_réservé"]
    assert evaluate(citis, **contract, demande__citis=False).status == "recevable"


def test_the_declaration_without_its_medical_certificate_is_refused(citis: types.ModuleType) -> None:
    # Source line 1208: « l'agent doit en faire la demande en produisant les pièces suivantes »
    decision = evaluate(citis, dossier__pièces_fournies=["déclaration_accident"])
    assert blocking(decision) == ["pièces_déclaration"]


def test_short_contract_is_not_held_to_the_academic_deadlines(citis: types.ModuleType) -> None:
    decision = evaluate(
        citis,
        agent__statut="contractuel",
        agent__catégorie_personnel="enseignant_second_degré_public",
        agent__contrat="cdd",
        agent__contrat_durée=6,
        agent__temps_complet=True,
        demande__date_dépôt="24/01/2020",
        certificat__date_établissement="06/01/2020",
        demande__citis=False,
    )
    assert decision.status == "recevable"
    assert "délai_accident" in decision.not_applicable
    assert recipients(decision) == ("cpam", "cpam")


# ---------------------------------------------------------------- the two companion texts of the bundle


@pytest.fixture(scope="module")
def tpt() -> types.ModuleType:
    return load_validator(Compiler().compile_file(CIRCULARS / "temps_partiel_therapeutique_2019.circ").circular)


@pytest.fixture(scope="module")
def leave() -> types.ModuleType:
    return load_validator(Compiler().compile_file(CIRCULARS / "conges_maladie_2019.circ").circular)


OFFICIAL_TPT: dict[str, Any] = {
    "agent.statut": "titulaire",
    "agent.position": "activité",
    "agent.catégorie_personnel": "enseignant_second_degré_public",
    "agent.affectation_supérieur": "aucune",
    "tpt.congé_précédent": "cmo",
    "tpt.cmo_douze_mois": False,
    "tpt.demande": "première",
    "demande.quotité": 50,
    "tpt.durée_période": 3,
    "tpt.durée_accordée": 0,
    "tpt.tpt_antérieur": False,
    "tpt.dispense_expertise": False,
    "demande.dernier_arrêt_joint": True,
}


@pytest.mark.parametrize(
    ("quotité", "status"), [(49, "irrecevable"), (50, "recevable"), (99, "recevable"), (100, "irrecevable")]
)
def test_therapeutic_part_time_quotité_from_half_to_under_full_time(
    tpt: types.ModuleType, quotité: int, status: str
) -> None:
    assert tpt.evaluate({**OFFICIAL_TPT, "demande.quotité": quotité}).status == status


def test_therapeutic_part_time_renewal_one_month_ahead_rounds_to_the_next_month(tpt: types.ModuleType) -> None:
    renewal = {
        **OFFICIAL_TPT,
        "tpt.demande": "prolongation",
        "tpt.durée_accordée": 3,
        "tpt.date_fin_période_en_cours": "31/03/2020",
    }
    decision = tpt.evaluate({**renewal, "demande.date_dépôt": "01/03/2020"})
    assert decision.status == "recevable"
    assert deadline(decision, "renouvellement_un_mois") == datetime.date(2020, 3, 1)
    # « Un mois au plus tard avant la fin de la période, l'agent doit en demander expressément le renouvellement » :
    # an obligation worded like the other « au moins … avant » deadlines of the seeds, so blocking.
    assert tpt.evaluate({**renewal, "demande.date_dépôt": "02/03/2020"}).status == "irrecevable"


def test_therapeutic_part_time_after_sick_leave_needs_the_last_sick_note(tpt: types.ModuleType) -> None:
    # Source line 3264: « Ce formulaire doit être accompagné du dernier arrêt de travail »
    decision = tpt.evaluate({**OFFICIAL_TPT, "demande.dernier_arrêt_joint": False})
    assert [f.rule.name for f in decision.findings if f.outcome is rt.Outcome.VIOLATED] == ["dernier_arrêt_joint"]


@pytest.mark.parametrize(
    ("changes", "service"),
    [
        ({}, "sam"),
        ({"tpt.congé_précédent": "citis", "tpt.durée_période": 6}, "dap_bat"),
        ({"agent.catégorie_personnel": "enseignant_premier_degré_public"}, "dsden_bam"),
        ({"agent.catégorie_personnel": "enseignant_premier_degré_privé"}, "pagep"),
        ({"agent.affectation_supérieur": "université"}, "enseignement_supérieur"),
        (
            {
                "agent.statut": "contractuel",
                "tpt.congé_précédent": "accident_travail",
                "agent.contrat": "cdi",
                "agent.temps_complet": True,
            },
            "bureau_accidents_académique",
        ),
        ({"agent.statut": "contractuel", "tpt.congé_précédent": "cm"}, "service_gestionnaire"),
    ],
)
def test_therapeutic_part_time_request_goes_to_the_service_of_annex_one(
    tpt: types.ModuleType, changes: dict[str, Any], service: str
) -> None:
    recipient = tpt.evaluate({**OFFICIAL_TPT, **changes}).computed["destinataire.service"]
    assert recipient is not None and recipient.name == service


def test_sick_leave_beyond_six_consecutive_months_needs_the_medical_committee(leave: types.ModuleType) -> None:
    facts = {
        "agent.statut": "titulaire",
        "agent.catégorie_personnel": "enseignant_second_degré_public",
        "congé.type": "cmo",
        "dossier.objet": "arrêt",
        "arrêt.date_début_continu": "06/01/2020",
        "arrêt.date_établissement": "03/07/2020",
        "arrêt.date_transmission": "04/07/2020",
    }
    under = leave.evaluate({**facts, "congé.date_fin": "05/07/2020"})
    beyond = leave.evaluate({**facts, "congé.date_fin": "15/07/2020"})
    assert [o.name for o in under.opinions] == []
    assert [o.name for o in beyond.opinions] == ["avis_cmd"]
    assert "arrêts_originaux" in {i.document for i in beyond.checklist if i.status == "à fournir"}


def test_detailed_medical_certificate_goes_only_to_the_medical_committee(leave: types.ModuleType) -> None:
    decision = leave.evaluate(
        {
            "agent.statut": "titulaire",
            "agent.catégorie_personnel": "enseignant_premier_degré_public",
            "congé.type": "clm",
            "dossier.objet": "octroi",
            "congé.durée_période": 6,
            "agent.clm_antérieur": False,
        }
    )
    (item,) = [i for i in decision.checklist if i.document == "certificat_détaillé"]
    assert [(d.sealed, [r.name for r in d.recipients]) for d in item.deliveries] == [(True, ["cmd"])]
    assert all(r.medical for d in item.deliveries for r in d.recipients)
