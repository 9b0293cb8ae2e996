"""The JSON schemas for forms that `circ build` publishes beside the validators: valid JSON Schema,
choices with their French labels, units and bounds, and every example case of every circular
accepted by its circular's schema (a form built on the schema can send what the validator reads)."""

from __future__ import annotations

import datetime
import json
from decimal import Decimal
from typing import Any

import jsonschema
import pytest

from circdsl import project
from circdsl.serve.schemas import decision_schema, form_schema
from tests.conftest import GENERATED
from tests.serve_catalogue import SERVE, every_circular

PACKAGE = GENERATED / "circulaires"
pytestmark = pytest.mark.xdist_group(SERVE)  # with the other tests of the shared catalogue, on one worker


@pytest.fixture(scope="module")
def circulars() -> list[Any]:
    return [entry.circular for entry in every_circular().entries.values()]


def test_every_published_schema_is_the_build_and_valid(circulars: list[Any]) -> None:
    for circular in circulars:
        published = json.loads((PACKAGE / project.schema_name(circular)).read_text(encoding="utf-8"))
        assert published == form_schema(circular)
        jsonschema.Draft202012Validator.check_schema(published)
        # Marked on its first line, as every generated file: a later build may replace it even when
        # the manifest does not list it yet (a build of one file after upgrading circdsl).
        assert project.GENERATED_MARK in (PACKAGE / project.schema_name(circular)).read_text().splitlines()[0]
    decision = json.loads((PACKAGE / project.DECISION_SCHEMA).read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(decision)
    assert decision == decision_schema()


def test_choices_units_bounds_and_descriptions() -> None:
    paris = json.loads((PACKAGE / "allegement_paris_2025.schema.json").read_text(encoding="utf-8"))
    facts = paris["properties"]
    assert facts["agent.degré"]["oneOf"] == [
        {"const": "premier", "title": "Premier degré"},
        {"const": "second", "title": "Second degré"},
    ]
    assert facts["allègement_heures"] == {
        "title": "Allègement demandé (heures hebdomadaires)",
        "type": "number",
        "minimum": 0,
        "maximum": 48,
        "x-unite": "heures",
    }
    assert facts["demande.date_dépôt"]["format"] == "date"
    assert paris["additionalProperties"] is False
    citis = json.loads((PACKAGE / "citis_2019.schema.json").read_text(encoding="utf-8"))["properties"]
    assert citis["demande.citis"]["description"].startswith("Pour bénéficier du congé")  # its citation
    assert citis["agent.contrat_durée"]["type"] == "integer"


def _as_form_sends(value: object) -> object:
    """A case's value as a form built on the schema sends it: numbers as numbers, dates in ISO."""
    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() else float(value)
    if isinstance(value, list | tuple | frozenset | set):
        return sorted(_as_form_sends(v) for v in value)  # type: ignore[type-var]
    if isinstance(value, datetime.date):
        return value.isoformat()
    return value


def test_every_example_case_fits_its_schema(circulars: list[Any]) -> None:
    checked = 0
    for circular in circulars:
        validator = jsonschema.Draft202012Validator(
            form_schema(circular), format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER
        )
        for case in circular.cases:
            situation = {name: _as_form_sends(value) for name, value in case.facts}
            errors = [f"{list(e.path)}: {e.message}" for e in validator.iter_errors(situation)]
            assert not errors, f"{circular.name}, cas « {case.label} » : {errors}"
            checked += 1
    assert checked > 300


def test_out_of_range_and_unknown_facts_fail_the_schema() -> None:
    paris = json.loads((PACKAGE / "allegement_paris_2025.schema.json").read_text(encoding="utf-8"))
    validator = jsonschema.Draft202012Validator(paris)
    assert not validator.is_valid({"agent.ors_heures": 60})
    assert not validator.is_valid({"agent.statut": "retraité"})
    assert not validator.is_valid({"allègement_heure": 6})
    assert validator.is_valid({"agent.ors_heures": 18, "agent.statut": "titulaire", "agent.rqth": True})
