"""`circ build` never loses a file: each write is atomic (an interrupted build leaves the old
file or the new one, never an empty or half-written one), two builds of one folder take
turns, a build removes or overwrites only the files it generated (whatever --sortie says),
and `circ build FILE` touches only that circular's files and the shared ones."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import IO

import pytest
from click.testing import CliRunner

from circdsl import cli, files, project
from circdsl.compiler import Compiler
from tests.cli_runner import circ
from tests.conftest import CIRCULARS, GENERATED, ROOT, output_files

PARIS_MODULE = Path("generated/circulaires/allegement_paris_2025.py")


@pytest.fixture
def built(tmp_path: Path) -> Path:
    """A copy of the circulars and of the committed generated/ folder (up to date)."""
    shutil.copytree(CIRCULARS, tmp_path / "circulars")
    shutil.copytree(GENERATED, tmp_path / "generated")
    return tmp_path


def retitle(workspace: Path, name: str, old: str, new: str) -> None:
    path = workspace / "circulars" / name
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


# ---------------------------------------------------------------- circ build FILE


def test_building_one_file_touches_only_its_outputs_and_the_shared_ones(built: Path) -> None:
    """It used to delete every other circular's validator and page, and list them as « écrit »."""
    before = output_files(built / "generated")
    retitle(built, "allegement_paris_2025.circ", "Allègement de service pour l'année", "Allègement de service, année")
    result = circ("build", "circulars/allegement_paris_2025.circ", cwd=built)
    assert result.returncode == 0, result.stderr
    after = output_files(built / "generated")
    assert set(after) == set(before), "aucun fichier créé ni supprimé"
    changed = {name for name in after if after[name] != before[name]}
    assert changed == {
        "circulaires/allegement_paris_2025.py",
        "circulaires/allegement_paris_2025.schema.json",  # its title names the circular
        "circulaires/__init__.py",
        "docs/allegement_paris_2025.md",
        "docs/index.md",
        "docs/dispositifs.md",
        "docs/sources/000_6a117b24d563a1e1.md",
    }
    written = sorted(line.removeprefix("écrit : generated/") for line in result.stdout.splitlines() if "écrit" in line)
    assert written == sorted(changed)
    assert "supprimé" not in result.stdout
    assert "1 circulaire(s) compilée(s), 7 fichier(s) modifié(s)." in result.stdout
    # The shared files now equal those of a complete build: only the manifest is left for it.
    complete = circ("build", "--check", cwd=built)
    assert complete.returncode == 0, complete.stderr


def test_building_one_file_in_a_fresh_folder_writes_no_other_circular(tmp_path: Path) -> None:
    shutil.copytree(CIRCULARS, tmp_path / "circulars")
    result = circ("build", "circulars/allegement_paris_2025.circ", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    modules = sorted(p.name for p in (tmp_path / "generated" / "circulaires").glob("*.py"))
    assert modules == ["__init__.py", "allegement_paris_2025.py"]
    # The package lists every circular of the folder, as a complete build does.
    assert (tmp_path / "generated" / "circulaires" / "__init__.py").read_bytes() == (
        GENERATED / "circulaires" / "__init__.py"
    ).read_bytes()


def test_a_broken_neighbour_leaves_the_shared_files_alone(built: Path) -> None:
    before = output_files(built / "generated")
    retitle(built, "citis_2019.circ", "règle ", "règle règle ")
    retitle(built, "allegement_paris_2025.circ", "Allègement de service pour l'année", "Allègement de service, année")
    result = circ("build", "circulars/allegement_paris_2025.circ", cwd=built)
    assert result.returncode == 0, result.stderr
    assert "pages communes (paquet, index, navigation) laissées telles quelles" in result.stderr
    assert "citis_2019.circ ne compile pas" in result.stderr
    after = output_files(built / "generated")
    assert {n for n in after if after[n] != before[n]} == {
        "circulaires/allegement_paris_2025.py",
        "circulaires/allegement_paris_2025.schema.json",
        "docs/allegement_paris_2025.md",
    }


def test_a_complete_build_removes_a_withdrawn_circular(built: Path) -> None:
    (built / "circulars" / "citis_2019.circ").unlink()
    result = circ("build", cwd=built)
    assert result.returncode == 0, result.stderr
    assert "supprimé : generated/circulaires/citis_2019.py" in result.stdout
    assert "supprimé : generated/docs/citis_2019.md" in result.stdout
    assert not (built / "generated" / "circulaires" / "citis_2019.py").exists()
    manifest = (built / "generated" / project.MANIFEST).read_text(encoding="utf-8")
    assert "circulaires/citis_2019.py" not in manifest and "circulaires/allegement_paris_2025.py" in manifest


# ---------------------------------------------------------------- hand-written files


def test_output_dot_neither_deletes_nor_overwrites_hand_written_pages(tmp_path: Path) -> None:
    """`circ build --sortie .` deleted the 21 hand-written pages of docs/."""
    shutil.copytree(CIRCULARS, tmp_path / "circulars")
    shutil.copytree(ROOT / "docs", tmp_path / "docs", ignore=shutil.ignore_patterns("circulaires"))
    before = output_files(tmp_path / "docs")
    assert len([p for p in before if p.endswith(".md")]) >= 21
    result = circ("build", "--sortie", ".", cwd=tmp_path)
    assert result.returncode == 1
    assert "circ build n'écrase pas des fichiers qu'il n'a pas générés : docs/index.md" in result.stderr
    assert output_files(tmp_path / "docs") == before
    assert not (tmp_path / "circulaires").exists(), "rien n'est écrit quand un fichier serait écrasé"


def test_hand_written_files_next_to_generated_ones_survive(tmp_path: Path) -> None:
    shutil.copytree(CIRCULARS, tmp_path / "circulars")
    notes = tmp_path / "sortie" / "docs" / "notes.md"
    helper = tmp_path / "sortie" / "circulaires" / "outils.py"
    for path in (notes, helper):
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("# écrit à la main\n", encoding="utf-8")
    for _ in range(2):
        assert circ("build", "--sortie", "sortie", cwd=tmp_path).returncode == 0
    assert notes.read_text(encoding="utf-8") == "# écrit à la main\n"
    assert helper.read_text(encoding="utf-8") == "# écrit à la main\n"
    assert "docs/notes.md" not in (tmp_path / "sortie" / project.MANIFEST).read_text(encoding="utf-8")


def test_a_manifest_cannot_make_the_build_delete_outside_its_folder(built: Path) -> None:
    victim = built / "précieux.txt"
    victim.write_text("à garder\n", encoding="utf-8")
    manifest = built / "generated" / project.MANIFEST
    manifest.write_text(manifest.read_text(encoding="utf-8") + "../précieux.txt\n/etc/hostname\n", encoding="utf-8")
    assert circ("build", cwd=built).returncode == 0
    assert victim.exists()


# ---------------------------------------------------------------- atomic writes


def test_a_write_that_fails_midway_leaves_the_old_file_whole(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "validateur.py"
    target.write_text("ancien contenu\n", encoding="utf-8")

    def half_then_crash(stream: object, data: bytes) -> None:
        stream.write(data[: len(data) // 2])  # type: ignore[attr-defined]
        raise KeyboardInterrupt  # an interruption, not an OSError

    monkeypatch.setattr(files, "_write_all", half_then_crash)
    with pytest.raises(KeyboardInterrupt):
        files.write_text_atomically(target, "nouveau contenu, bien plus long que l'ancien\n")
    assert target.read_text(encoding="utf-8") == "ancien contenu\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["validateur.py"], "le fichier temporaire est retiré"


class FailingWrite:
    """Stands for files._write_all: the `failing`-th write writes a few bytes, then the disk is full."""

    def __init__(self, failing: int) -> None:
        self.failing, self.count = failing, 0
        self.real = files._write_all

    def __call__(self, stream: IO[bytes], data: bytes) -> None:
        self.count += 1
        if self.count == self.failing:
            stream.write(data[:7])
            raise OSError(28, "No space left on device")
        self.real(stream, data)


def planned_contents(workspace: Path) -> dict[str, bytes]:
    """What a complete build of the workspace writes: relative path -> bytes."""
    result = project.compile_all([workspace / "circulars"], Compiler(root=workspace))
    project.plan_outputs(result, workspace / "generated")
    return {p.relative_to(workspace / "generated").as_posix(): t.encode() for p, t in result.outputs.items()}


def change_titles(workspace: Path) -> None:
    for name in ("allegement_paris_2025.circ", "citis_2019.circ", "detachement_2019.circ"):
        retitle(workspace, name, '"', '"Nouveau : ')  # the circular's title: module, page, index, package


@pytest.fixture(scope="module")
def retitled_contents(tmp_path_factory: pytest.TempPathFactory) -> dict[str, bytes]:
    """What a complete build writes once `change_titles` is applied (the same in every workspace)."""
    workspace = tmp_path_factory.mktemp("retitled")
    shutil.copytree(CIRCULARS, workspace / "circulars")
    change_titles(workspace)
    return planned_contents(workspace)


def test_a_build_that_fails_at_any_write_never_leaves_a_broken_file(
    built: Path, retitled_contents: dict[str, bytes], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Fail the k-th write of a build, for every k: each file keeps its old or gets its new content."""
    change_titles(built)
    old, new = output_files(built / "generated"), retitled_contents
    writes = [name for name in new if old.get(name) != new[name]]
    assert len(writes) >= 8
    result = project.compile_all([built / "circulars"], Compiler(root=built))
    project.plan_outputs(result, built / "generated")
    for failing in range(1, len(writes) + 1):
        monkeypatch.setattr(files, "_write_all", FailingWrite(failing))
        with pytest.raises(OSError):
            project.write_outputs(result, built / "generated")
        for name, content in output_files(built / "generated").items():
            assert not name.endswith(files.TEMPORARY_SUFFIX), f"fichier temporaire laissé : {name}"
            assert content and content in (old.get(name), new.get(name)), name
        for name, content in old.items():  # start again from the old state
            (built / "generated" / name).write_bytes(content)


KILLED_BUILD = textwrap.dedent(
    """
    import os, sys
    from circdsl import files
    from circdsl.cli import run
    real, count, limit = files._write_all, [0], int(sys.argv[1])
    def write(stream, data):
        count[0] += 1
        if count[0] == limit:
            stream.write(data[: len(data) // 2])
            stream.flush()
            os._exit(137)  # like a SIGKILL: no cleanup, no exception handler
        real(stream, data)
    files._write_all = write
    sys.argv = ["circ", "build"]
    run()
    """
)


@pytest.mark.parametrize("killed_at", [1, 5])
def test_a_build_killed_between_writes_leaves_old_or_new_files_and_the_next_build_cleans_up(
    built: Path, retitled_contents: dict[str, bytes], killed_at: int
) -> None:
    change_titles(built)
    old, new = output_files(built / "generated"), retitled_contents
    killed = subprocess.run(
        [sys.executable, "-c", KILLED_BUILD, str(killed_at)],
        cwd=built,
        env={**os.environ, "PYTHONPATH": str(ROOT / "src")},
        capture_output=True,
        text=True,
        check=False,
        timeout=600,
    )
    assert killed.returncode == 137, killed.stderr
    for name, content in output_files(built / "generated").items():
        if not name.endswith(files.TEMPORARY_SUFFIX):
            assert content and content in (old.get(name), new.get(name)), name
    leftovers = [p for p in (built / "generated").rglob(f"*{files.TEMPORARY_SUFFIX}")]
    assert len(leftovers) == 1, "le fichier temporaire du processus tué, jamais la cible"
    again = circ("build", cwd=built)
    assert again.returncode == 0, again.stderr
    assert not list((built / "generated").rglob(f"*{files.TEMPORARY_SUFFIX}"))
    assert output_files(built / "generated") == new


# ---------------------------------------------------------------- two builds at once


def test_a_build_waits_for_the_one_holding_the_lock(built: Path) -> None:
    retitle(built, "allegement_paris_2025.circ", "Allègement de service pour l'année", "Allègement de service, année")
    before = (built / PARIS_MODULE).read_bytes()
    with files.folder_lock(built / "generated"):
        waiting = subprocess.Popen(
            [sys.executable, "-m", "circdsl", "build"],
            cwd=built,
            env={**os.environ, "PYTHONPATH": str(ROOT / "src")},
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        assert waiting.stderr is not None
        line = waiting.stderr.readline()  # blocks until the build reports that it waits
        assert "un autre « circ build » écrit dans ce dossier : attente" in line
        assert (built / PARIS_MODULE).read_bytes() == before, "rien n'est écrit tant que le verrou est tenu"
    out, err = waiting.communicate(timeout=600)
    assert waiting.returncode == 0, err
    assert "écrit : generated/circulaires/allegement_paris_2025.py" in out
    assert (built / PARIS_MODULE).read_bytes() != before


def test_two_concurrent_builds_both_succeed_and_agree(built: Path) -> None:
    (built / "circulars" / "citis_2019.circ").unlink()  # both builds want to remove its files
    retitle(built, "allegement_paris_2025.circ", "Allègement de service pour l'année", "Allègement de service, année")
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    builds = [
        subprocess.Popen(
            [sys.executable, "-m", "circdsl", "build"],
            cwd=built,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
        for _ in range(2)
    ]
    for build in builds:
        _, err = build.communicate(timeout=600)
        assert build.returncode == 0, err.decode()
    assert circ("build", "--check", cwd=built).returncode == 0
    assert not (built / "generated" / "circulaires" / "citis_2019.py").exists()


# ---------------------------------------------------------------- --sortie of checklist and calendrier


@pytest.mark.parametrize(
    "command",
    [
        ["checklist", "circulars/allegement_paris_2025.circ", "--faits", "situation.json", "--sortie", "sortie.txt"],
        ["calendrier", "circulars/allegement_paris_2025.circ", "--sortie", "sortie.txt"],
    ],
    ids=["checklist", "calendrier"],
)
def test_sortie_files_are_written_atomically(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, command: list[str]
) -> None:
    shutil.copytree(CIRCULARS, tmp_path / "circulars")
    (tmp_path / "situation.json").write_text('{"agent.statut": "titulaire"}', encoding="utf-8")
    target = tmp_path / "sortie.txt"
    target.write_text("version précédente\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(files, "_write_all", FailingWrite(1))
    failed = CliRunner().invoke(cli.main, command)
    assert failed.exit_code == 1
    assert "impossible d'écrire sortie.txt : plus de place sur le disque" in failed.output
    assert target.read_text(encoding="utf-8") == "version précédente\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["circulars", "situation.json", "sortie.txt"]
    monkeypatch.setattr(files, "_write_all", FailingWrite(0))
    written = CliRunner().invoke(cli.main, command)
    assert written.exit_code == 0, written.output
    assert target.read_text(encoding="utf-8") != "version précédente\n"


def test_building_the_shared_vocabulary_builds_the_circulars_that_use_it(built: Path) -> None:
    before = output_files(built / "generated")
    retitle(built, "commun.circ", '"Statut de l\'agent"', '"Statut administratif de l\'agent"')
    result = circ("build", "circulars/commun.circ", cwd=built)
    assert result.returncode == 0, result.stderr
    assert "14 circulaire(s) compilée(s)" in result.stdout
    after = output_files(built / "generated")
    assert after["circulaires/allegement_paris_2025.py"] != before["circulaires/allegement_paris_2025.py"]
    assert b"Statut administratif de l'agent" in after["circulaires/citis_2019.py"]
