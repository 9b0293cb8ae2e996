"""Three implementations and the oracle agree: for every circular, the reference interpreter
(`circdsl.interpret`), the Python validator, the SQL decision query on DuckDB and the same
query on Spark decide alike the situations tests/test_differential.py decides (tests/reference.py:
the circular's cases, its combinations of values, 1,000 drawn situations) — status, failing and
undecided rules, missing facts (in order), computed values, table results and relative deadlines.
Each is compared with the interpreter, whose decisions both files share.

A value computed with a division is kept to 12 decimals by the SQL (the validator keeps
28 digits): such values are compared to 1e-9. Spark runs in one session for the whole
test run; under CI (CI=true) a Spark that cannot start fails the test instead of skipping it."""

from __future__ import annotations

import os
import types
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from circdsl import batch
from circdsl import model as m
from circdsl.compiler import find_circulars, is_vocabulary
from circdsl.interpret import interpret
from tests.conftest import CIRCULARS
from tests.reference import DECISIONS, campaign

# One worker runs this file and test_differential.py's real circulars: one Spark JVM, and each circular's
# reference decisions computed once for both (tests/reference.py).
pytestmark = pytest.mark.xdist_group(DECISIONS)

TOLERANCE = Decimal("1e-9")
COMPARED = [c for c in batch.decision_columns(m.Circular("circulaire", "x", "x", "x")) if c != batch.MESSAGES]
CIRCULAR_FILES = [p for p in find_circulars([CIRCULARS]) if not is_vocabulary(p)]


@pytest.fixture(scope="session")
def spark() -> Iterator[Any]:
    """One local Spark session for the whole run."""
    try:
        session = batch.spark_session()
    except (batch.BatchError, Exception) as error:
        if os.environ.get("CI"):
            pytest.fail(f"Spark ne démarre pas sous CI : {error}")
        pytest.skip(f"Spark indisponible : {error}")
    # 1,000 rows per query: compiling each query to Java costs more than interpreting it
    session.conf.set("spark.sql.codegen.wholeStage", "false")
    session.conf.set("spark.sql.codegen.factoryMode", "NO_CODEGEN")
    session.conf.set("spark.sql.shuffle.partitions", "1")
    session.conf.set("spark.sql.adaptive.enabled", "false")
    yield session


def decisions(
    circular: m.Circular, validator: types.ModuleType, situations: list[dict[str, Any]], engine: str
) -> dict[int, dict[str, Any]]:
    rows = list(range(len(situations)))
    if engine == "interpréteur":
        return {row: batch.python_decision_row(circular, interpret(circular, situations[row])) for row in rows}
    table = batch.facts_table(circular, situations, rows)
    return {row.pop(batch.LINE): row for row in batch.decide_sql(circular, table, engine)}


def differences(circular: m.Circular, expected: dict[str, Any], got: dict[str, Any]) -> list[str]:
    found = []
    names = batch.decision_columns(circular)
    for name in names:
        if name == batch.MESSAGES:
            continue
        want, have = expected.get(name), got.get(name)
        if isinstance(want, Decimal) and isinstance(have, Decimal):
            if abs(want - have) > TOLERANCE:
                found.append(f"{name} : {want} ≠ {have}")
        elif want != have:
            found.append(f"{name} : {want!r} ≠ {have!r}")
    return found


def compare(
    circular: m.Circular,
    situations: list[dict[str, Any]],
    reference: dict[int, dict[str, Any]],
    other: dict[int, dict[str, Any]],
    engine: str,
) -> None:
    assert sorted(other) == sorted(reference), f"{engine} : lignes manquantes"
    problems = []
    for index, expected in reference.items():
        found = differences(circular, expected, other[index])
        if found:
            problems.append(f"situation {situations[index]} :\n  " + "\n  ".join(found))
    assert not problems, f"{circular.name} : {engine} diffère de l'interpréteur sur {len(problems)} situation(s)\n" + (
        "\n".join(problems[:5])
    )


@pytest.fixture(scope="session")  # not per module: xdist may interleave other files' tests on this worker
def campaigns() -> dict[Path, tuple[m.Circular, types.ModuleType, list[dict[str, Any]], dict[int, dict[str, Any]]]]:
    """For each circular: its model, validator, situations and the reference interpreter's decisions
    as output rows (the situations and decisions test_differential.py compares the validator with)."""
    found = {}
    for path in CIRCULAR_FILES:
        shared = campaign(path)
        rows = {}
        for row, decision in enumerate(shared.decisions):
            if isinstance(decision, Exception):
                pytest.fail(
                    f"l'interpréteur lève {decision!r} sur {shared.situations[row]} (CIRCDSL_SEED={shared.seed})"
                )
            rows[row] = batch.python_decision_row(shared.circular, decision)
        found[path] = (shared.circular, shared.validator, shared.situations, rows)
    return found


@pytest.mark.parametrize("path", CIRCULAR_FILES, ids=lambda p: p.stem)
def test_the_validator_decides_like_the_interpreter(path: Path, campaigns: dict[Path, Any]) -> None:
    """The validator's decisions as output rows: those test_differential.py compares field by field,
    taken once (tests/reference.py), put through `batch.python_decision_row` as `decide_python` does."""
    circular, _, situations, reference = campaigns[path]
    rows = {}
    for row, decision in enumerate(campaign(path).generated):
        if isinstance(decision, Exception):
            raise AssertionError(f"le validateur lève {decision!r} sur {situations[row]}") from decision
        rows[row] = batch.python_decision_row(circular, decision)
    compare(circular, situations, reference, rows, "python")


@pytest.mark.parametrize("path", CIRCULAR_FILES, ids=lambda p: p.stem)
def test_duckdb_decides_like_the_interpreter(path: Path, campaigns: dict[Path, Any]) -> None:
    circular, validator, situations, reference = campaigns[path]
    compare(circular, situations, reference, decisions(circular, validator, situations, "duckdb"), "duckdb")


@pytest.mark.parametrize("path", CIRCULAR_FILES, ids=lambda p: p.stem)
def test_spark_decides_like_the_interpreter(path: Path, campaigns: dict[Path, Any], spark: Any) -> None:
    circular, validator, situations, reference = campaigns[path]
    compare(circular, situations, reference, decisions(circular, validator, situations, "spark"), "spark")


def test_the_situations_exercise_every_outcome(campaigns: dict[Path, Any]) -> None:
    """The generated situations are not all alike: every status appears across the circulars,
    and in each circular most rules are met violated or undecided at least once."""
    statuses = set()
    for circular, _, _, reference in campaigns.values():
        statuses |= {row["statut"] for row in reference.values()}
        named = {
            name
            for row in reference.values()
            for key in ("règles_non_respectées", "règles_indéterminées")
            for name in row[key].split(", ")
            if name
        }
        checked = [r for r in circular.rules if r.requires is not None]
        assert len(named) >= len(checked) * 0.6, f"{circular.name} : {len(named)} règles exercées sur {len(checked)}"
    assert statuses == {"recevable", "recevable avec réserves", "irrecevable", "incomplet"}
