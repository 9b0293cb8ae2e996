"""The analyses made to scale give the answers of the exhaustive ones: rule pairs compared only
when they share inputs (E806, E807) against every pair; satisfiability by independent groups
against the plain enumeration; on the real circulars and on synthetic ones."""

from __future__ import annotations

import itertools
import sys
from pathlib import Path

import pytest

from circdsl import model as m
from circdsl.analysis import rule_pairs
from circdsl.analysis.context import Analysis
from circdsl.analysis.logic import Logic
from circdsl.compiler import Compiler
from circdsl.diagnostics import Diagnostic, DiagnosticSink
from circdsl.emit_python.names import Scope
from circdsl.source import SourceFile
from tests.conftest import CIRCULARS, ROOT, write_project
from tests.conftest import compiled as repository_compiled

sys.path.insert(0, str(ROOT / "bench"))

from synthetic import Synthetic

REAL = sorted(p for p in CIRCULARS.glob("*.circ") if p.name != "commun.circ")

# Two duplicates (one written differently), two contradicting blocking rules, and rules that
# share facts without either: what the pairs analysis must find, and only that.
PAIRS = """
fait âge "Âge" : ans entre 0 et 99
fait statut "Statut" : choix (titulaire "Titulaire", contractuel "Contractuel")
fait temps_partiel "Temps partiel" : booléen

règle majeur bloquante "Majeur"
  exige âge >= 18 ans
  message "Il faut être majeur."
  cite "Le dispositif est réservé aux personnels titulaires."

règle majeur_encore bloquante "Majeur (bis)"
  exige non (âge < 18 ans)
  message "Il faut être majeur."
  cite "Le dispositif est réservé aux personnels titulaires."

règle jeune bloquante "Jeune"
  si statut = titulaire
  exige âge < 18 ans
  message "Il faut être jeune."
  cite "Le dispositif est réservé aux personnels titulaires."

règle titulaire_seul bloquante "Titulaire"
  si temps_partiel
  exige statut = titulaire
  message "Réservé aux titulaires."
  cite "Le dispositif est réservé aux personnels titulaires."

règle sans_temps_partiel avertissement "Sans temps partiel"
  exige non temps_partiel
  message "Pas de temps partiel."
  cite "Le dispositif est réservé aux personnels titulaires."
"""


def every_pair(rules: list[object]) -> list[tuple[int, int]]:
    return list(itertools.combinations(range(len(rules)), 2))


def pair_findings(
    circular: m.Circular, source: SourceFile, exhaustive: bool, monkeypatch: pytest.MonkeyPatch
) -> list[Diagnostic]:
    with monkeypatch.context() as patch:
        if exhaustive:
            patch.setattr(rule_pairs, "_candidate_pairs", every_pair)
        analysis = Analysis(circular, DiagnosticSink(source))
        rule_pairs.check_rule_pairs(analysis)
    return analysis.sink.items


def compiled(path: Path) -> tuple[m.Circular, SourceFile]:
    """A real circular as every test of the process shares it (tests/conftest.py), and its text."""
    circular = repository_compiled(path).circular
    return circular, SourceFile.read(path, circular.file)


def compiled_alone(path: Path) -> tuple[m.Circular, SourceFile]:
    compiler = Compiler()
    circular = compiler.compile_file(path).circular
    return circular, compiler.files[circular.file]


@pytest.mark.parametrize("path", REAL, ids=lambda p: p.stem)
def test_pairs_by_shared_inputs_find_what_every_pair_finds_on_real_circulars(
    path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    circular, source = compiled(path)
    assert pair_findings(circular, source, False, monkeypatch) == pair_findings(circular, source, True, monkeypatch)


def test_pairs_by_shared_inputs_find_duplicates_and_contradictions(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = write_project(tmp_path, PAIRS)
    compiler = Compiler()
    checked = compiler.check_source(SourceFile.read(path, path.name), tmp_path)
    assert checked.circular is not None
    found = pair_findings(checked.circular, compiler.files[path.name], False, monkeypatch)
    assert [(d.code, d.message.split(" : ")[0]) for d in found] == [
        ("E806", "la règle « majeur_encore » répète la règle « majeur » (ligne 10)"),
        ("E807", "les règles « majeur » (ligne 10) et « jeune » se contredisent"),
        ("E807", "les règles « majeur_encore » (ligne 15) et « jeune » se contredisent"),
    ]
    assert found == pair_findings(checked.circular, compiler.files[path.name], True, monkeypatch)


def test_pairs_by_shared_inputs_on_a_synthetic_circular(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = Synthetic(rules=150, tables=[(20, 2)]).write(tmp_path)
    circular, source = compiled_alone(path)
    assert len(circular.rules) == 151
    assert pair_findings(circular, source, False, monkeypatch) == pair_findings(circular, source, True, monkeypatch)


@pytest.mark.parametrize("path", REAL, ids=lambda p: p.stem)
def test_satisfiable_by_groups_answers_as_the_enumeration(path: Path) -> None:
    circular, _ = compiled(path)
    conditions = [c for r in circular.rules for c in (r.applies, r.requires) if c is not None][:40]
    # One engine each for the circular, as the analyses use it (each formula compiled once, the answers
    # of `satisfiable` kept across questions): every pair of conditions, both ways of asking.
    grouped, plain = Logic(), Logic()
    asked, expected = [grouped.formula(c) for c in conditions], [plain.formula(c) for c in conditions]
    for first, second in itertools.combinations(range(len(conditions)), 2):
        for exact in (False, True):
            answer = grouped.satisfiable(asked[first], asked[second], exact=exact)
            assert answer is plain.exists([expected[first], expected[second]], all, exact)


def test_numbered_names_stay_unique_and_in_order() -> None:
    scope = Scope()
    child = Scope(scope)
    child.reserve("shared_2")
    names = [scope.numbered("shared") for _ in range(5)]
    assert names == ["shared_1", "shared_3", "shared_4", "shared_5", "shared_6"]
