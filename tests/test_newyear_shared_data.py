"""`circ nouvelle-annee` on a circular that uses a « données » file: the shared file is not rewritten
(other circulars use it), and the summary says so, naming it, so that nothing of last year stays
unreviewed silently."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from circdsl import cli
from tests.conftest import CIRCULARS

AIX = "amenagement_poste_aix_marseille_2025.circ"
SHARED = "procedure_aix_marseille_2025.circ"
SOURCE = "sources/003_70692b3584024c77.txt"


def test_the_shared_data_file_is_named_for_review(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "circulars"
    (folder / "sources").mkdir(parents=True)
    for name in (AIX, SHARED, "commun.circ", SOURCE):
        shutil.copy(CIRCULARS / name, folder / name)
    (tmp_path / "003_2026.txt").write_text((CIRCULARS / SOURCE).read_text(encoding="utf-8"), encoding="utf-8")
    before = (folder / SHARED).read_bytes()
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(cli.main, ["nouvelle-annee", f"circulars/{AIX}", "--source", "003_2026.txt"])
    assert result.exit_code == 0, result.output
    assert f"données partagées : circulars/{SHARED} n'est ni réécrit ni marqué" in result.output
    assert "commun.circ" not in result.output  # a vocabulary holds no text of the year
    assert (folder / SHARED).read_bytes() == before
    new = (folder / "amenagement_poste_aix_marseille_2026.circ").read_text(encoding="utf-8")
    assert "utilise procedure_aix_marseille_2025" in new


def test_a_circular_without_shared_data_says_nothing_of_it(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "circulars"
    (folder / "sources").mkdir(parents=True)
    paris_source = "sources/000_6a117b24d563a1e1.txt"
    for name in ("allegement_paris_2025.circ", "commun.circ", paris_source):
        shutil.copy(CIRCULARS / name, folder / name)
    shutil.copy(CIRCULARS / paris_source, tmp_path / "000_2026.txt")
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(
        cli.main, ["nouvelle-annee", "circulars/allegement_paris_2025.circ", "--source", "000_2026.txt"]
    )
    assert result.exit_code == 0, result.output
    assert "données partagées" not in result.output
