"""`_read_situation`, the reading each generated validator writes for its own facts, gives what
`rt.validate` gives: the same values of the same types for every situation it reads itself,
the same French errors for every situation it refuses (it leaves those to `rt.validate`); and it
does read the common case itself (a dictionary of facts' names), without going through
`rt.validate`."""

from __future__ import annotations

import itertools
import random
import types
from pathlib import Path
from typing import Any

import pytest

from circdsl import model as m
from circdsl import runtime as rt
from tests.conftest import compiled
from tests.reference import validator
from tests.strategies import case_situations, plan_for, sample
from tests.test_evaluate_status import REAL, _variants

SITUATIONS = 150  # per circular, besides its example cases (each read six ways in the first test)


def situations(circular: m.Circular, seed: int) -> list[dict[str, Any]]:
    return [*case_situations(circular), *itertools.islice(sample(plan_for(circular), seed, SITUATIONS), SITUATIONS)]


def _validated(module: types.ModuleType, situation: Any) -> tuple[Any, ...]:
    facts = rt.validate(module.Facts, situation)
    return tuple(getattr(facts, name) for name in module.Facts.model_fields)


def _attribute_keys(module: types.ModuleType, situation: dict[str, Any]) -> dict[str, Any]:
    """The same situation keyed by the model's attributes (`agent_statut`), which pydantic accepts."""
    attributes = {info.alias or name: name for name, info in module.Facts.model_fields.items()}
    return {attributes[key]: value for key, value in situation.items()}


@pytest.mark.parametrize("path", REAL, ids=[path.stem for path in REAL])
def test_read_situation_gives_what_validate_gives(path: Path) -> None:
    circular = compiled(path).circular
    module = validator(path)
    rng = random.Random(17)
    read = 0
    for situation in situations(circular, seed=62):
        others = [_attribute_keys(module, situation), types.MappingProxyType(situation)]
        for variant in [situation, *_variants(situation, rng), *others]:
            try:
                expected = _validated(module, variant)
            except rt.SituationError as error:
                with pytest.raises(rt.SituationError) as refused:
                    module._read_situation(variant)
                assert refused.value.errors == error.errors, variant
                continue
            values = module._read_situation(variant)
            assert values == expected, variant
            assert [type(v) for v in values] == [type(v) for v in expected], variant
            read += 1
        facts = module.Facts.model_validate(situation)
        assert module._read_situation(facts) == _validated(module, facts)  # a Facts instance: read again
    assert read >= SITUATIONS


@pytest.mark.parametrize("path", REAL, ids=[path.stem for path in REAL])
def test_read_situation_reads_a_dictionary_of_facts_itself(path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Situations of valid values keyed by facts' names (as forms and `circ lot` give them) never go
    through `rt.validate`; one keyed by attributes, or with a value to refuse, does."""
    circular = compiled(path).circular
    module = validator(path)
    checked = situations(circular, seed=63)
    expected = [_validated(module, situation) for situation in checked]
    calls: list[Any] = []
    validate = rt.validate

    def counting(model: type[rt.FactsModel], data: Any) -> rt.FactsModel:
        calls.append(data)
        return validate(model, data)

    monkeypatch.setattr(rt, "validate", counting)
    assert [module._read_situation(situation) for situation in checked] == expected
    assert calls == []
    with pytest.raises(rt.SituationError):
        module._read_situation({"fait_inconnu": True})
    assert calls == [{"fait_inconnu": True}]  # an unknown key is left to rt.validate, which says so


def test_a_refused_value_gets_the_french_error_of_validate() -> None:
    path = next(path for path in REAL if path.stem == "allegement_paris_2025")
    module = validator(path)
    for value in ("quarante", 49, -1, True, [1], "4,5 %"):
        situation = {"agent.statut": "titulaire", "allègement_heures": value}
        with pytest.raises(rt.SituationError) as expected:
            rt.validate(module.Facts, situation)
        with pytest.raises(rt.SituationError) as refused:
            module.evaluate(situation)
        assert refused.value.errors == expected.value.errors
        assert refused.value.errors[0].field == "allègement_heures"
