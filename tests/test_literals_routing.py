"""Situations written as the language writes its literals (`80 %`, `4 mars 2024`, `4,5 h`), read
strictly; and the routing question: where each piece goes, with only the facts routing needs."""

from __future__ import annotations

import datetime
import importlib
import types
from decimal import Decimal
from typing import Any

import pytest
from fastapi.testclient import TestClient

import circulaires
from circdsl import model as m
from circdsl import runtime as rt
from circdsl.serve.app import create_app
from tests.serve_catalogue import SERVE, every_circular

PARIS: dict[str, Any] = {
    "agent.statut": "titulaire",
    "agent.fonction": "enseignement",
    "agent.degré": "second",
    "agent.ors_heures": 18,
    "allègement_heures": 6,
    "demande.date_dépôt": "10/01/2025",
    "agent.temps_partiel_thérapeutique": False,
    "agent.fonctions_direction": False,
    "agent.heures_supplémentaires": False,
    "agent.mission_particulière": False,
}


def validator(name: str) -> types.ModuleType:
    return importlib.import_module(f"circulaires.{name}")


def test_the_runtime_knows_the_unit_words_of_the_language() -> None:
    assert {word: str(unit) for word, unit in m.UNIT_WORDS.items()} == rt.UNIT_WORDS


def test_quantities_dates_and_percentages_as_the_language_writes_them() -> None:
    paris = validator("allegement_paris_2025")
    written = {
        **PARIS,
        "agent.ors_heures": "18 h",
        "allègement_heures": "6 heures",
        "demande.date_dépôt": "10 janvier 2025",
    }
    assert paris.evaluate(written).to_dict() == paris.evaluate(PARIS).to_dict()
    facts = paris.Facts.model_validate({"allègement_heures": "4,5 h", "demande.date_dépôt": "1er mars 2024"})
    assert (facts.allegement_heures, facts.demande_date_depot) == (Decimal("4.5"), datetime.date(2024, 3, 1))
    part_time = validator("temps_partiel_essonne_2025").Facts
    for text in ("80 %", "80%", " 80 % ", "80,0 %"):
        assert part_time.model_validate({"demande.quotité": text}).demande_quotite == Decimal(80)


@pytest.mark.parametrize(
    ("fact", "value", "message"),
    [
        ("allègement_heures", "6 %", "unité inattendue « % » : ce fait se compte en heures (par exemple « 4,5 h »)"),
        ("allègement_heures", "6 €", "unité inattendue « € » : ce fait se compte en heures"),
        ("allègement_heures", "6h30", "nombre attendu"),
        ("allègement_heures", "6 H", "nombre attendu"),
        ("allègement_heures", "h", "nombre attendu"),
        ("allègement_heures", "six h", "nombre attendu"),
        ("allègement_heures", "1er mars 2024", "nombre attendu"),
        ("demande.date_dépôt", "4  mars 2024", "date attendue"),
        ("demande.date_dépôt", "4 Mars 2024", "date attendue"),
        ("demande.date_dépôt", "32 mars 2024", "date inexistante « 32 mars 2024 »"),
        ("demande.date_dépôt", "4 mars 2024 h", "date attendue"),
        ("demande.date_dépôt", "4,5 h", "date attendue"),
    ],
)
def test_a_literal_of_the_wrong_kind_or_unit_is_refused_in_french(fact: str, value: str, message: str) -> None:
    with pytest.raises(rt.SituationError) as refused:
        validator("allegement_paris_2025").evaluate({**PARIS, fact: value})
    assert [(e.field, e.message[: len(message)]) for e in refused.value.errors] == [(fact, message)]


def test_routing_asks_only_what_routing_needs() -> None:
    """Paris, knowing nothing: the decision misses a dozen facts, the routing only whether the
    applicant has a disability document (which decides the third piece and where it goes)."""
    paris = validator("allegement_paris_2025")
    assert len(paris.evaluate({}).missing_facts) >= 10
    first = rt.routing(paris, {})
    assert [(f.name, f.rules) for f in first.missing_facts] == [("agent.rqth", ("justificatif_handicap",))]
    medical = next(item for item in first.checklist if item.document == "certificat_médical")
    assert [(d.channel, d.sealed, [r.name for r in d.recipients]) for d in medical.deliveries] == [
        ("voie postale", True, ["smfp"])
    ]
    routed = rt.routing(paris, {"agent.rqth": False})
    assert routed.missing_facts == ()
    assert [item.document for item in routed.checklist] == ["certificat_médical", "courrier_difficultés"]
    assert routed.to_dict()["missing_facts"] == []


def test_routing_of_every_circular_names_the_facts_of_every_pending_piece() -> None:
    for name in circulaires.MODULES:
        module = validator(name)
        answer = rt.routing(module, {})
        pending = [
            item.document
            for item in answer.checklist
            if item.condition is not None or any(d.condition or d.undetermined for d in item.deliveries)
        ]
        asked = {piece for fact in answer.missing_facts for piece in fact.rules}
        assert asked == {piece for piece in pending if module.ROUTING_FACTS[piece]}, name
        assert all(set(module.ROUTING_FACTS[piece]) <= set(module.FACT_LABELS) for piece in module.ROUTING_FACTS)


@pytest.mark.xdist_group(SERVE)  # the catalogue of every circular is loaded on one worker
def test_routing_endpoint_of_the_service() -> None:
    with TestClient(create_app(every_circular()), raise_server_exceptions=False) as client:
        url = "/circulaires/allegement_paris_2025/acheminement"
        answer = client.post(url, json={"agent.degré": "second", "agent.rqth": "non"})
        assert answer.status_code == 200
        body = answer.json()
        assert body["missing_facts"] == [] and body["unused_facts"] == []
        assert [item["document"] for item in body["checklist"]] == ["certificat_médical", "courrier_difficultés"]
        shared = client.post(url, json={"tp.motif": "handicap"}).json()  # a fact of another circular
        assert shared["unused_facts"] == ["tp.motif"] and shared["missing_facts"][0]["name"] == "agent.rqth"
        refused = client.post(url, json={"agent.rqth": "peut-être"})
        assert refused.status_code == 422
        assert refused.json()["errors"] == [
            {"field": "agent.rqth", "message": "oui ou non attendu (oui/non, vrai/faux, true/false)"}
        ]
        assert client.post("/circulaires/inconnue/acheminement", json={}).status_code == 404
