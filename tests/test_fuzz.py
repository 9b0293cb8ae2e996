"""Robust parser, checker and analyzer: mutated real circulars and generated programs either
compile into an importable validator or are refused with located diagnostics; nothing else
escapes, and no input hangs (a per-input alarm fails it as a hang). More examples:
`python fuzz/fuzz_compiler.py`."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from circdsl.compiler import Compiler
from fuzz.fuzzing import (
    SOURCE_TEXT,
    HangError,
    check_compiles_or_reports,
    construct_programs,
    corpus,
    grammar_programs,
    mutated,
    time_limit,
)

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


@settings(FUZZ, max_examples=300)
@given(data=st.data())
def test_mutated_circulars(data):
    name, text, folder = data.draw(st.sampled_from(CORPUS))
    check_compiles_or_reports(data.draw(mutated([text])), folder, COMPILER, name=name)


@settings(FUZZ, max_examples=400)
@given(program=grammar_programs())
def test_programs_from_the_grammar(program, essai_folder):
    check_compiles_or_reports(program, essai_folder, COMPILER)


@settings(FUZZ, max_examples=300)
@given(program=construct_programs())
def test_programs_from_the_language_constructs(program, essai_folder):
    check_compiles_or_reports(program, essai_folder, COMPILER)


def test_a_hang_is_reported_as_such():
    with pytest.raises(HangError), time_limit(1):
        while True:
            pass
