"""Incremental `circ build` (`build_cache`): a touched file is compiled again alone, a touched
vocabulary or source text recompiles the files that read it, and what the build plans is, text
for text, what a full build without cache plans."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from circdsl import build_cache, project
from circdsl.build_cache import BuildCache
from circdsl.compiler import Compiler
from tests.cli_runner import circ
from tests.conftest import CIRCULARS, GENERATED, output_files

PARIS_MESSAGE = "L'allègement de service est réservé aux personnels titulaires."


@pytest.fixture
def copy(tmp_path: Path) -> Path:
    """A project: a copy of the repository's circulars."""
    shutil.copytree(CIRCULARS, tmp_path / "circulars")
    return tmp_path


# Paris (the file the tests touch), a circular they leave alone and the vocabulary both use: what an
# incremental build reuses and what it compiles again shows on three files as on the whole folder.
SMALL_PROJECT = ("commun.circ", "allegement_paris_2025.circ", "allegement_rhone_2016.circ")


@pytest.fixture
def small_copy(tmp_path: Path) -> Path:
    """A project: Paris, one other circular and the shared vocabulary, with the source texts."""
    shutil.copytree(CIRCULARS / "sources", tmp_path / "circulars" / "sources")
    for name in SMALL_PROJECT:
        shutil.copy(CIRCULARS / name, tmp_path / "circulars" / name)
    return tmp_path


def planned(root: Path, cache: BuildCache | None) -> dict[Path, str]:
    result = project.compile_for_build([root / "circulars"], Compiler(root=root), cache=cache)
    assert not result.failed
    project.plan_outputs(result, root / "generated")
    return result.outputs


def users_of_commun(root: Path) -> int:
    files = (root / "circulars").glob("*.circ")
    return sum(bool(re.search(r"^utilise commun\b", p.read_text(encoding="utf-8"), re.MULTILINE)) for p in files)


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_a_second_build_compiles_nothing_and_plans_the_same_files(copy: Path, tmp_path: Path) -> None:
    first = BuildCache(tmp_path / "cache")
    full = planned(copy, first)
    files = len(list((copy / "circulars").glob("*.circ")))
    assert (first.hits, first.misses) == (0, files)
    again = BuildCache(tmp_path / "cache")
    assert planned(copy, again) == full
    assert (again.hits, again.misses) == (files, 0)
    assert full == planned(copy, None)


def test_a_touched_circular_is_compiled_again_alone(small_copy: Path, tmp_path: Path) -> None:
    copy = small_copy
    planned(copy, BuildCache(tmp_path / "cache"))
    edit(copy / "circulars" / "allegement_paris_2025.circ", PARIS_MESSAGE, "Réservé aux seuls titulaires.")
    cache = BuildCache(tmp_path / "cache")
    outputs = planned(copy, cache)
    assert cache.misses == 1
    assert outputs == planned(copy, None)
    module = copy / "generated" / "circulaires" / "allegement_paris_2025.py"
    assert "Réservé aux seuls titulaires." in outputs[module]


def test_touching_commun_recompiles_its_users(copy: Path, tmp_path: Path) -> None:
    planned(copy, BuildCache(tmp_path / "cache"))
    edit(
        copy / "circulars" / "commun.circ",
        '"Obligations réglementaires de service hebdomadaires (heures)"',
        '"Obligations de service hebdomadaires (heures)"',
    )
    cache = BuildCache(tmp_path / "cache")
    outputs = planned(copy, cache)
    assert cache.misses == 1 + users_of_commun(copy)  # commun itself, and every circular that imports it
    assert outputs == planned(copy, None)
    assert any("Obligations de service hebdomadaires (heures)" in text for text in outputs.values())


def test_a_changed_source_text_recompiles_the_circular_citing_it(copy: Path, tmp_path: Path) -> None:
    planned(copy, BuildCache(tmp_path / "cache"))
    source = copy / "circulars" / "sources" / "000_6a117b24d563a1e1.txt"  # cited by Paris only
    source.write_text(source.read_text(encoding="utf-8") + "\nUne ligne ajoutée au texte source.\n", encoding="utf-8")
    cache = BuildCache(tmp_path / "cache")
    outputs = planned(copy, cache)
    assert cache.misses == 1
    assert outputs == planned(copy, None)
    page = copy / "generated" / "docs" / "sources" / "000_6a117b24d563a1e1.md"
    assert "Une ligne ajoutée au texte source." in outputs[page]


def test_another_compiler_does_not_reuse_the_cache(copy: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    planned(copy, BuildCache(tmp_path / "cache"))
    monkeypatch.setattr(build_cache, "fingerprint", lambda: "a changed grammar, template or module")
    cache = BuildCache(tmp_path / "cache")
    planned(copy, cache)
    assert cache.hits == 0


def test_a_damaged_entry_is_compiled_again(copy: Path, tmp_path: Path) -> None:
    full = planned(copy, BuildCache(tmp_path / "cache"))
    for entry in (tmp_path / "cache").rglob("*.entry"):
        entry.write_bytes(b"not a pickle")
    for text in (tmp_path / "cache").rglob("*.txt"):
        text.unlink()
    cache = BuildCache(tmp_path / "cache")
    assert planned(copy, cache) == full
    assert cache.hits == 0


def test_a_failing_file_is_never_kept(small_copy: Path, tmp_path: Path) -> None:
    copy = small_copy
    paris = copy / "circulars" / "allegement_paris_2025.circ"
    edit(paris, "exige agent.statut = titulaire", "exige agent.statut = inconnu_ici")
    cache = BuildCache(tmp_path / "cache")
    result = project.compile_for_build([copy / "circulars"], Compiler(root=copy), cache=cache)
    assert result.failed
    again = BuildCache(tmp_path / "cache")
    result = project.compile_for_build([copy / "circulars"], Compiler(root=copy), cache=again)
    assert result.failed  # its errors are shown again: not taken from a cache
    assert again.misses == 1


def test_circ_build_touch_rebuild_equals_a_clean_full_build(small_copy: Path, tmp_path: Path) -> None:
    copy = small_copy
    environment = {"CIRCDSL_CACHE_DIR": str(tmp_path / "cache")}
    assert circ("build", cwd=copy, env=environment).returncode == 0
    edit(copy / "circulars" / "allegement_paris_2025.circ", PARIS_MESSAGE, "Réservé aux seuls titulaires.")
    touched = circ("build", cwd=copy, env=environment)
    assert touched.returncode == 0
    assert "écrit : generated/circulaires/allegement_paris_2025.py" in touched.stdout
    assert circ("build", "--check", cwd=copy, env=environment).returncode == 0
    clean = circ("build", "--sans-cache", "--sortie", "propre", cwd=copy, env=environment)
    assert clean.returncode == 0
    assert output_files(copy / "generated") == output_files(copy / "propre")


def test_an_unchanged_project_rebuilds_to_the_committed_generated_folder(copy: Path, tmp_path: Path) -> None:
    environment = {"CIRCDSL_CACHE_DIR": str(tmp_path / "cache")}
    for _ in range(2):  # the second build takes everything from the cache
        assert circ("build", cwd=copy, env=environment).returncode == 0
    assert output_files(copy / "generated") == output_files(GENERATED)
