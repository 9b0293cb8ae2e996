"""The fast paths of the generated validators give what the full path gives:

- `evaluate_status` (status and failing rules only) agrees with `evaluate` on every circular,
  on its example cases and on generated situations, and refuses the same situations;
- the plain reading of a situation (a dict of facts' names whose values are of their kind,
  read without going through pydantic) builds the very model `Facts.model_validate` builds:
  same values, same types, same fields set; anything else is left to pydantic.
"""

from __future__ import annotations

import datetime
import itertools
import random
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from circdsl import model as m
from circdsl import runtime as rt
from circdsl.cases import failing_rules
from circdsl.compiler import find_circulars, is_vocabulary
from tests.conftest import compiled
from tests.reference import validator
from tests.strategies import case_situations, plan_for, sample

ROOT = Path(__file__).resolve().parent.parent
REAL = [path for path in find_circulars([ROOT / "circulars"]) if not is_vocabulary(path)]
SITUATIONS = 400  # per circular


def situations(circular: m.Circular, seed: int) -> list[dict[str, Any]]:
    return [*case_situations(circular), *itertools.islice(sample(plan_for(circular), seed, SITUATIONS), SITUATIONS)]


@pytest.mark.parametrize("path", REAL, ids=[path.stem for path in REAL])
def test_evaluate_status_agrees_with_evaluate(path: Path) -> None:
    circular = compiled(path).circular
    module = validator(path)
    decided = 0
    for situation in situations(circular, seed=16):
        try:
            decision = module.evaluate(situation)
        except rt.SituationError as error:
            with pytest.raises(rt.SituationError) as status_error:
                module.evaluate_status(situation)
            assert status_error.value.errors == error.errors
            continue
        verdict = module.evaluate_status(situation)
        assert isinstance(verdict, rt.Verdict)
        assert verdict.status is decision.status, situation
        assert list(verdict.failed) == [
            f.rule.name for f in decision.findings if f.rule.name in failing_rules(decision)
        ], situation
        decided += 1
    assert decided >= SITUATIONS // 2


def _variants(situation: dict[str, Any], rng: random.Random) -> list[dict[str, Any]]:
    """The same facts written as a form sends them, with a key unknown, or a value of another type."""
    as_text: dict[str, Any] = {}
    for name, value in situation.items():
        if isinstance(value, bool):
            as_text[name] = "oui" if value else "non"
        elif isinstance(value, datetime.date):
            as_text[name] = value.strftime("%d/%m/%Y")
        elif isinstance(value, (int, Decimal)):
            as_text[name] = str(value).replace(".", ",")
        else:
            as_text[name] = value
    variants = [as_text, {**situation, "fait_inconnu": 1}]
    if situation:
        name = rng.choice(sorted(situation))
        variants += [
            {**situation, name: rng.choice([True, 1.5, "n'importe quoi", 10**15, [], datetime.datetime(2025, 1, 1)])},
            {**situation, name: None},
        ]
    return variants


@pytest.mark.parametrize("path", REAL, ids=[path.stem for path in REAL])
def test_plain_reading_builds_the_model_pydantic_builds(path: Path) -> None:
    circular = compiled(path).circular
    facts = validator(path).Facts
    rng = random.Random(16)
    read_plainly = 0
    for situation in situations(circular, seed=61):
        for variant in [situation, *_variants(situation, rng)]:
            plain = rt._read_plainly(facts, dict(variant))
            try:
                full = facts.model_validate(variant)
            except Exception:
                assert plain is None, variant  # a refused situation is left to pydantic, which says why
                continue
            if plain is None:
                continue
            read_plainly += 1
            assert plain.__dict__ == full.__dict__, variant
            assert [type(v) for v in plain.__dict__.values()] == [type(v) for v in full.__dict__.values()]
            assert plain.model_fields_set == full.model_fields_set, variant
            assert plain == full
    assert read_plainly >= SITUATIONS  # the common case does take the plain path
