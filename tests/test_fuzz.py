"""Robust parser, checker and analyzer: mutated real circulars and generated programs either
compile into an importable validator or are refused with located diagnostics; nothing else
escapes, and no input hangs (a per-input alarm fails it as a hang). Programs with confusable
names also decide as the reference interpreter. More examples: `make fuzz`."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, Phase, assume, given, settings
from hypothesis import strategies as st

from circdsl.compiler import Compiler
from fuzz.fuzzing import (
    SOURCE_TEXT,
    HangError,
    check_compiles_or_reports,
    collisions,
    compiled_or_refused,
    construct_programs,
    corpus,
    grammar_programs,
    mutated,
    program_disagreement,
    time_limit,
)
from fuzz.programs import colliding_programs, programs
from tests.strategies import budgets

CORPUS = corpus()
FUZZ = settings(deadline=None, database=None, suppress_health_check=list(HealthCheck))
COMPILER = Compiler()  # vocabularies and source texts are read once for all examples


@pytest.fixture(scope="module")
def essai_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("fuzz")
    (folder / "sources").mkdir()
    (folder / "sources" / "essai.txt").write_text(SOURCE_TEXT, encoding="utf-8")
    return folder


@pytest.mark.parametrize(("name", "text", "folder"), CORPUS, ids=[name for name, _, _ in CORPUS])
def test_the_unmutated_corpus_has_the_property(name, text, folder):
    check_compiles_or_reports(text, folder, COMPILER, name=name)


@settings(FUZZ, max_examples=100)
@given(data=st.data())
def test_mutated_circulars(data):
    name, text, folder = data.draw(st.sampled_from(CORPUS))
    check_compiles_or_reports(data.draw(mutated([text])), folder, COMPILER, name=name)


@settings(FUZZ, max_examples=60)
@given(program=grammar_programs())
def test_programs_from_the_grammar(program, essai_folder):
    check_compiles_or_reports(program, essai_folder, COMPILER)


# `make fuzz` (fuzz/fuzz_compiler.py --exemples 2000) runs this property on 2,000 programs: here a
# sample that keeps `make test` quick (was 50, then 25).
@settings(FUZZ, max_examples=15)
@given(program=construct_programs())
def test_programs_from_the_language_constructs(program, essai_folder):
    check_compiles_or_reports(program, essai_folder, COMPILER)


def test_a_hang_is_reported_as_such():
    """A loop that never ends is stopped by the alarm. Most of the second is slept (no CPU burnt),
    the alarm then falls in the endless busy loop, the kind of hang the property guards against."""
    with pytest.raises(HangError), time_limit(1):
        time.sleep(0.9)
        while True:
            pass


# ------------------------------------------------------------------ the differential test on generated programs

PROGRAM_SITUATIONS = 40  # situations per compiled program


# `make fuzz` (fuzz/fuzz_differential.py --programmes 1000) runs this property on 1,000 programs of
# 200 situations each: here a sample that keeps `make test` quick (was 15).
@settings(FUZZ, max_examples=8)
@given(program=programs(), seed=st.integers(0, 2**32 - 1))
def test_programs_with_confusable_names_decide_as_the_reference(program, seed, essai_folder):
    """Programs with names made of accents, underscores and dots (fuzz/programs.py), compiled,
    generated, imported, and compared with the reference interpreter. Programs where two names
    flatten alike are the next test's."""
    circular = compiled_or_refused(program, essai_folder, COMPILER)
    if circular is None:
        return
    assume(not collisions(circular))
    _, disagreement = program_disagreement(circular, program, seed, PROGRAM_SITUATIONS)
    assert disagreement is None, str(disagreement)


# `make fuzz` draws `programs()`, whose names seldom flatten alike: this property's whole budget runs
# in the slow tier (`budgets`, tests/strategies.py).
@budgets(fast=6, today=12)
def test_programs_whose_names_flatten_alike_decide_as_the_reference(budget, essai_folder):
    @settings(FUZZ, max_examples=budget, phases=[Phase.generate])  # no shrinking: the first disagreement is the answer
    @given(program=colliding_programs(), seed=st.integers(0, 2**32 - 1))
    def decides_as_the_reference(program, seed):
        circular = compiled_or_refused(program, essai_folder, COMPILER)
        if circular is None:
            return
        _, disagreement = program_disagreement(circular, program, seed, PROGRAM_SITUATIONS)
        assert disagreement is None, str(disagreement)

    decides_as_the_reference()
