"""End to end: the Essonne part-time validators (circular 2024-DSDEN91-93 of 11/12/2024)
answer the circular's own situations."""

from __future__ import annotations

import datetime
from decimal import Decimal
from typing import Any

from circdsl import runtime as rt
from circulaires import reprise_temps_plein_essonne_2025 as reprise
from circulaires import temps_partiel_essonne_2025 as temps_partiel

REQUEST: dict[str, Any] = {
    "agent.statut": "titulaire",
    "agent.fonction": "enseignement",
    "agent.degré": "premier",
    "agent.fonctions_direction": False,
    "tp.motif": "convenances_personnelles",
    "tp.nature": "première_demande",
    "tp.modalité": "hebdomadaire",
    "demande.quotité": 50,
    "demande.date_début": "2025-09-01",
    "demande.date_dépôt": "2025-01-15",
    "surcotisation.demandée": False,
    "dossier.pièces_fournies": ["courrier_explicatif"],
}


def evaluate(**changes: Any) -> rt.Decision:
    situation = {**REQUEST, **{k.replace("__", "."): v for k, v in changes.items()}}
    return temps_partiel.evaluate({k: v for k, v in situation.items() if v is not None})


def failing(decision: rt.Decision) -> list[str]:
    return [f.rule.name for f in decision.findings if f.outcome is rt.Outcome.VIOLATED]


def test_personal_convenience_at_fifty_percent_is_admissible() -> None:
    decision = evaluate()
    assert decision.status is rt.Status.ADMISSIBLE
    assert decision.computed["régime_du_motif.régime"] == "sur_autorisation"


def test_personal_convenience_without_the_mandatory_explanatory_letter_is_refused() -> None:
    # Source line 181: « Les demandes de temps partiel pour convenances personnelles doivent obligatoirement
    # être accompagnées d'un courrier explicatif motivant la demande de l'enseignant. »
    decision = evaluate(dossier__pièces_fournies=[])
    assert decision.status is rt.Status.NOT_ADMISSIBLE
    (finding,) = [f for f in decision.findings if f.outcome is rt.Outcome.VIOLATED]
    assert finding.rule.name == "pièces_jointes"
    assert finding.message.endswith("il manque Courrier explicatif motivant la demande.")
    assert evaluate(dossier__pièces_fournies=None).status is rt.Status.INCOMPLETE


def test_eighty_percent_for_personal_convenience_is_refused_with_the_citation() -> None:
    decision = evaluate(demande__quotité=80)
    assert decision.status is rt.Status.NOT_ADMISSIBLE
    (finding,) = [f for f in decision.findings if f.outcome is rt.Outcome.VIOLATED]
    assert finding.rule.name == "quotité_autorisation"
    assert "80 %" in finding.message
    quotes = [c.quote for c in finding.rule.citations]
    assert "La quotité à 80% est autorisée uniquement pour les temps partiels de droit." in quotes


def test_eighty_percent_is_allowed_de_droit() -> None:
    decision = evaluate(
        tp__motif="enfant_moins_3_ans",
        enfant__adopté=False,
        enfant__date_naissance="2024-05-10",
        demande__quotité=80,
    )
    assert decision.status is rt.Status.ADMISSIBLE
    assert decision.computed["organisation_hebdomadaire.jours_libérés"] == 1
    assert decision.computed["organisation_hebdomadaire.jours_à_rattraper"] == 7


def test_the_circulars_worked_example_of_cotisation() -> None:
    """2 421,62 EUR at 50 %: 134,40 EUR without surcotisation, 538,81 EUR with."""
    decision = evaluate(
        rémunération__traitement_brut=Decimal("2421.62"),
        surcotisation__demandée=True,
        surcotisation__années_effectuées=0,
        agent__taux_incapacité_permanente=0,
    )
    assert decision.status is rt.Status.ADMISSIBLE
    assert decision.computed["cotisation_sans_surcotisation"] == Decimal("134.40")
    assert decision.computed["cotisation_avec_surcotisation"] == Decimal("538.81")
    assert decision.computed["barème_surcotisation.taux"] == Decimal("22.25")
    assert decision.computed["barème_surcotisation.durée_max"] == 2


def test_trainees_are_excluded() -> None:
    assert failing(evaluate(agent__statut="stagiaire")) == ["stagiaire_exclu"]


def test_late_de_droit_request_in_year_is_refused_and_the_deadline_is_two_months_before() -> None:
    situation = {
        "tp__motif": "enfant_moins_3_ans",
        "enfant__adopté": False,
        "enfant__date_naissance": "2024-05-10",
        "demande__date_début": "2025-12-01",
    }
    on_time = evaluate(**situation, demande__date_dépôt="2025-10-01")
    assert on_time.status is rt.Status.ADMISSIBLE
    deadlines = {d.name: d.date for d in on_time.deadlines}
    assert deadlines["prévenance_droit"] == datetime.date(2025, 10, 1)
    late = evaluate(**situation, demande__date_dépôt="2025-10-15")
    assert failing(late) == ["prévenance_en_cours_année"]


def test_campaign_closes_on_the_tenth_of_march_inclusive() -> None:
    assert evaluate(demande__date_dépôt="2025-03-10").status is rt.Status.ADMISSIBLE
    assert failing(evaluate(demande__date_dépôt="2025-03-11", tp__situation_imprévisible=False)) == [
        "délai_autorisation"
    ]


def test_reintegration_on_the_childs_third_birthday_only() -> None:
    base = {
        "agent.fonction": "enseignement",
        "agent.degré": "premier",
        "reprise.motif": "trois_ans_enfant",
        "enfant.date_naissance": "2023-01-15",
        "demande.date_dépôt": "2025-11-10",
    }
    assert reprise.evaluate({**base, "demande.date_début": "2026-01-15"}).status is rt.Status.ADMISSIBLE
    assert reprise.evaluate({**base, "demande.date_début": "2026-01-16"}).status is rt.Status.NOT_ADMISSIBLE


def test_reintegration_for_grave_reasons_two_months_ahead() -> None:
    base = {
        "agent.fonction": "enseignement",
        "agent.degré": "premier",
        "reprise.motif": "raisons_graves",
        "demande.date_début": "2026-03-01",
        "dossier.pièces_fournies": ["demande_motivée", "justificatifs_raisons_graves"],
    }
    on_time = reprise.evaluate({**base, "demande.date_dépôt": "2026-01-01"})
    assert on_time.status is rt.Status.ADMISSIBLE
    assert {d.name: d.date for d in on_time.deadlines}["prévenance_graves"] == datetime.date(2026, 1, 1)
    late = reprise.evaluate({**base, "demande.date_dépôt": "2026-01-15"})
    assert [f.rule.name for f in late.findings if f.outcome is rt.Outcome.VIOLATED] == ["prévenance_raisons_graves"]
    # Source line 253: « La demande doit être motivée avec justificatifs »
    bare = reprise.evaluate(
        {**base, "demande.date_dépôt": "2026-01-01", "dossier.pièces_fournies": ["demande_motivée"]}
    )
    assert [f.rule.name for f in bare.findings if f.outcome is rt.Outcome.VIOLATED] == ["justificatifs_joints"]
