"""`_documents`, the remembered checklist and submissions of the validators whose ways of sending
depend on the situation: what a decision lists does not depend on the situations decided before
(the same answer with the memory emptied, and in another order), and the memory holds few
combinations (it is keyed on conditions and recipients, not on the facts behind them)."""

from __future__ import annotations

import importlib
import itertools
from pathlib import Path
from typing import Any

import pytest

from circdsl.runtime import SituationError
from tests.conftest import compiled
from tests.strategies import plan_for, sample

ROOT = Path(__file__).resolve().parent.parent
REMEMBERING = ["poste_adapte_aix_marseille_2025", "citis_2019"]


def _listed(module: Any, situations: list[dict[str, Any]]) -> list[tuple[Any, Any]]:
    decisions = [module.evaluate(situation) for situation in situations]
    return [(decision.checklist, decision.submissions) for decision in decisions]


@pytest.mark.parametrize("name", REMEMBERING)
def test_documents_do_not_depend_on_earlier_decisions(name: str) -> None:
    module = importlib.import_module(f"circulaires.{name}")
    circular = compiled(ROOT / "circulars" / f"{name}.circ").circular
    situations = []
    for situation in itertools.islice(sample(plan_for(circular), 7, 400), 400):
        try:
            module.evaluate(situation)
        except SituationError:
            continue
        situations.append(situation)
    assert len(situations) > 200
    module._documents.cache_clear()
    in_order = _listed(module, situations)
    combinations = module._documents.cache_info().currsize
    assert 0 < combinations < len(situations)  # situations share their combinations
    module._documents.cache_clear()
    reversed_order = _listed(module, situations[::-1])[::-1]
    assert in_order == reversed_order
    for situation, (checklist, submissions) in zip(situations, in_order, strict=True):
        module._documents.cache_clear()
        decision = module.evaluate(situation)
        assert (decision.checklist, decision.submissions) == (checklist, submissions)
