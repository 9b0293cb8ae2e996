"""The situations of the differential tests and the reference interpreter's decisions on them,
for each real circular: computed once per test process and shared by tests/test_differential.py
(which compares the generated validator with them), tests/test_sql_differential.py (which
compares the SQL query on DuckDB and Spark with them) and tests/test_medical_routing.py (which
reads the routes of both). Those tests run on one pytest-xdist worker (`xdist_group(DECISIONS)`),
so each situation is decided once by the interpreter and once by the validator.

The situations (tests/strategies.py): the circular's example cases, every combination of its
values when there are at most `count`, then drawn ones, each distinct situation once, `count`
more than the cases and combinations at most. Under `CI=true` the seed is the same every run;
locally each run draws new situations (the seed is in every failure message:
`CIRCDSL_SEED=… pytest tests/test_differential.py` replays it).
"""

from __future__ import annotations

import functools
import itertools
import os
import random
import types
import zlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from circdsl import model as m
from circdsl import runtime as rt
from circdsl.interpret import interpret
from circdsl.project import load_validator
from tests.conftest import compiled
from tests.strategies import Situation, case_situations, exhaustive, plan_for, sample

DECISIONS = "decisions"  # the xdist group of the tests that share the reference decisions
SITUATIONS = 1000  # drawn situations per circular, besides its cases and combinations


def seed_for(name: str) -> int:
    """The same seed every run under CI (or CIRCDSL_SEED); a new one locally."""
    if "CIRCDSL_SEED" in os.environ:
        return int(os.environ["CIRCDSL_SEED"])
    if os.environ.get("CI"):
        return zlib.crc32(name.encode("utf-8"))
    return random.randrange(2**32)


def situations_for(circular: m.Circular, seed: int, count: int) -> tuple[Iterator[Situation], int]:
    """The situations to compare on, and how many distinct ones: the circular's cases, every
    combination of its values if there are at most `count`, and `count` more drawn ones (as
    many distinct ones as 3 × `count` draws give, when the circular has fewer)."""
    plan = plan_for(circular)
    cases = case_situations(circular)
    every = exhaustive(plan, count) or []
    return itertools.chain(cases, every, sample(plan, seed, 3 * count)), len(cases) + len(every) + count


def distinct(situations: Iterable[Situation], limit: int) -> list[Situation]:
    """Each distinct situation once (in order), `limit` at most."""
    seen: set[str] = set()
    kept: list[Situation] = []
    for facts in situations:
        if len(kept) >= limit:
            break
        key = repr(sorted((name, repr(value)) for name, value in facts.items()))
        if key not in seen:
            seen.add(key)
            kept.append(facts)
    return kept


@dataclass
class Campaign:
    """One real circular, its validator, its situations, and the decision of the interpreter and
    of the validator on each (or the exception raised, which the tests report as a disagreement)."""

    circular: m.Circular
    validator: types.ModuleType
    seed: int
    situations: list[Situation]
    decisions: list[rt.Decision | Exception]  # the interpreter's

    @functools.cached_property
    def generated(self) -> list[rt.Decision | Exception]:
        """The generated validator's decisions (test_differential.py compares them, test_medical_routing.py
        reads their routes)."""
        return [_decide(self.validator.evaluate, facts) for facts in self.situations]


@functools.cache
def validator(path: Path) -> types.ModuleType:
    """The generated validator of a file of circulars/, emitted and imported once per test process
    (as `compiled` compiles it once): the tests that decide with it share it."""
    return load_validator(compiled(path).circular)


@functools.cache
def campaign(path: Path, count: int = SITUATIONS) -> Campaign:
    circular = compiled(path).circular
    seed = seed_for(circular.name)
    situations = distinct(*situations_for(circular, seed, count))
    decisions = [_decide(functools.partial(interpret, circular), facts) for facts in situations]
    return Campaign(circular, validator(path), seed, situations, decisions)


def _decide(decide: Callable[[Situation], rt.Decision], facts: Situation) -> rt.Decision | Exception:
    try:
        return decide(facts)
    except Exception as error:  # reported by the tests with the situation
        return error
