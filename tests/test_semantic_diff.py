"""`circ diff`: the semantic diff of two real circulars, in plain French, and last year's cases
replayed on the new file. Golden outputs in tests/golden/diff/ (CIRCDSL_UPDATE_GOLDEN=1 rewrites
them; review the diff before committing):

- Paris 2025-2026 against its update for 2026-2027 (tests/data/allegement_paris_2026.circ, the
  file test_newyear.py ends with), as text, Markdown and JSON;
- Paris 2025-2026 against the Rhône 2016-2017: one dispositif, two academies."""

from __future__ import annotations

import functools
import json
import os
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from circdsl import cli
from circdsl.compiler import Compiler
from circdsl.semantic_diff import (
    SemanticDiff,
    Status,
    compare,
    diff_files,
    render_json,
    render_markdown,
    render_text,
    replaced_file,
)
from tests.conftest import CIRCULARS, PARIS, compiled

GOLDEN = Path(__file__).parent / "golden" / "diff"
DATA = Path(__file__).parent / "data"
RHONE = CIRCULARS / "allegement_rhone_2016.circ"


@pytest.fixture
def workspace(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The real circulars and the updated Paris file with its next-year text."""
    shutil.copytree(CIRCULARS, tmp_path / "circulars")
    shutil.copy(DATA / "allegement_paris_2026.circ", tmp_path / "circulars")
    shutil.copy(DATA / "000_paris_2026.txt", tmp_path / "circulars" / "sources")
    monkeypatch.chdir(tmp_path)
    return tmp_path


@functools.cache
def paris_update() -> SemanticDiff:
    """The diff of the workspace's two Paris files, computed once per test process: the tests that read
    it run in workspaces holding the same files, named by the same relative paths, and only read it."""
    return diff_files(Path("circulars/allegement_paris_2025.circ"), Path("circulars/allegement_paris_2026.circ"))


def check_golden(name: str, text: str) -> None:
    path = GOLDEN / name
    if os.environ.get("CIRCDSL_UPDATE_GOLDEN"):
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    assert text == path.read_text(encoding="utf-8"), f"{name} a changé : CIRCDSL_UPDATE_GOLDEN=1 pour le réécrire"


# ---------------------------------------------------------------- golden outputs


@pytest.mark.usefixtures("workspace")
def test_paris_and_its_update_golden() -> None:
    diff = paris_update()
    check_golden("paris_2025_2026.txt", render_text(diff))
    check_golden("paris_2025_2026.md", render_markdown(diff))
    check_golden("paris_2025_2026.json", render_json(diff))


@pytest.mark.usefixtures("workspace")
def test_paris_and_rhone_golden() -> None:
    diff = diff_files(Path("circulars/allegement_paris_2025.circ"), Path("circulars/allegement_rhone_2016.circ"))
    check_golden("paris_rhone.txt", render_text(diff))


# ---------------------------------------------------------------- what the update shows


@pytest.mark.usefixtures("workspace")
def test_the_update_shows_its_changes_as_data() -> None:
    diff = paris_update()
    assert [(a.name, a.before, a.after) for a in diff.header if a.name in ("date", "année scolaire", "référence")] == [
        ("référence", "24AN0180", "25AN0231"),
        ("date", "13/11/2024", "12/11/2025"),
        ("année scolaire", "2025-2026", "2026-2027"),
    ]
    rules = {c.name: c for s in diff.sections if s.kind == "règle" for c in s.changes}
    assert rules["non_cumul_tpt"].status is Status.REMOVED
    renamed = rules["plafond_quart_heures"]
    assert (renamed.status, renamed.old_name, renamed.reason) == (
        Status.RENAMED,
        "plafond_tiers_heures",
        "mêmes conditions",
    )
    [deadline] = [c for s in diff.sections if s.kind == "échéance" for c in s.changes]
    [date] = [a for a in deadline.aspects if a.name == "date"]
    assert (date.before, date.after, date.note) == ("le 13/01/2025", "le 12/01/2026", "364 jours plus tard")
    values = {c.name: c for s in diff.sections if s.kind == "valeur" for c in s.changes}
    [calculation] = [a for a in values["plafond_heures"].aspects if a.name == "calcul"]
    assert calculation.after == "le quart de « Obligations réglementaires de service hebdomadaires (heures) »"


@pytest.mark.usefixtures("workspace")
def test_last_years_cases_replayed_show_the_verdicts_that_change() -> None:
    diff = paris_update()
    assert diff.replayed == 18
    replays = {r.case: r for r in diff.replays}
    base = replays["Enseignant titulaire du second degré : 6 h sur 18 h, déposé le 10/01/2025"]
    assert (base.before.shown(), base.after and base.after.shown()) == (
        "recevable",
        "irrecevable (en défaut : plafond_quart_heures)",
    )
    # a rule renamed that fails alike is not a change of verdict
    assert "Second degré : 7 h demandées, au-delà du tiers des 18 h" not in replays
    assert len(diff.replays) == 13


def test_a_case_whose_fact_disappeared_no_longer_runs(tmp_path: Path) -> None:
    folder = tmp_path / "circulars"
    shutil.copytree(CIRCULARS, folder)
    text = PARIS.read_text(encoding="utf-8")
    new = text.replace("allègement_heures", "heures_allègement").replace(
        "circulaire allegement_paris_2025", "circulaire allegement_paris_bis"
    )
    (folder / "allegement_paris_bis.circ").write_text(new, encoding="utf-8")
    compiler = Compiler()
    old, changed = (compiler.compile_file(folder / name).circular for name in (PARIS.name, "allegement_paris_bis.circ"))
    diff = compare(old, changed)
    gone = [r for r in diff.replays if r.after is None]
    assert gone and all(r.problem == "fait(s) absent(s) du nouveau fichier : « allègement_heures »" for r in gone)
    facts = {c.name: c.status for s in diff.sections if s.kind == "fait" for c in s.changes}
    assert facts == {"heures_allègement": Status.RENAMED}  # same label: taken for the same fact renamed
    assert "ne s'exécute plus : fait(s) absent(s) du nouveau fichier" in render_text(diff)


def test_the_rows_of_a_table_that_change(tmp_path: Path) -> None:
    folder = tmp_path / "circulars"
    shutil.copytree(CIRCULARS, folder)
    changed = RHONE.read_text(encoding="utf-8").replace(
        "| 2,25 demi-journées | 9 demi-journées |", "| 2,5 demi-journées | 9 demi-journées |"
    )
    changed = changed.replace("circulaire allegement_rhone_2016", "circulaire allegement_rhone_bis")
    (folder / "allegement_rhone_bis.circ").write_text(changed, encoding="utf-8")
    diff = diff_files(folder / RHONE.name, folder / "allegement_rhone_bis.circ", with_cases=False)
    [table] = [c for s in diff.sections if s.kind == "table" for c in s.changes]
    [row] = table.rows
    assert (row.status, row.conditions) == (
        Status.CHANGED,
        "école.organisation : École fonctionnant en 9 demi-journées",
    )
    assert row.before is not None and "demi_journées_libérées = 2,25 demi-journées" in row.before
    assert row.after is not None and "demi_journées_libérées = 2,5 demi-journées" in row.after
    assert "ligne modifiée [école.organisation : École fonctionnant en 9 demi-journées]" in render_text(diff)


def test_a_circular_against_itself_changes_nothing() -> None:
    compilation = compiled(PARIS)
    diff = compare(compilation.circular, compilation.circular)
    assert (diff.header, diff.sections, diff.replays, diff.replayed) == ((), (), (), 18)
    assert diff.empty
    assert "Rien ne change" in render_markdown(diff)
    assert render_text(diff).endswith("(18 cas)\n  aucun verdict ne change.\n")


def test_the_json_form_is_the_data() -> None:
    compilation = Compiler()
    diff = diff_files(PARIS, RHONE, compilation, with_cases=False)
    data = json.loads(render_json(diff))
    assert data["ancien"]["nom"] == "allegement_paris_2025" and data["nouveau"]["année_scolaire"] == "2016-2017"
    assert data["cas_rejoués"] is None
    sections = {s["section"]: s for s in data["sections"]}
    assert {"statut": "retrait", "nom": "webinaire"}.items() <= sections["Événements"]["changements"][-1].items()


def test_the_markdown_section_for_a_page() -> None:
    diff = diff_files(PARIS, RHONE, with_cases=False)
    text = render_markdown(diff, level=3)
    assert text.startswith("### Ce qui change par rapport à l'an dernier\n")
    assert "#### Règles\n" in text
    assert "- **retirée** — non\\_cumul\\_tpt" not in text  # the Rhône keeps a rule of that name
    assert "- **modifiée** — non\\_cumul\\_tpt « Non cumulable avec un temps partiel thérapeutique »" in text


def test_replaced_file_is_found_from_the_header(workspace: Path) -> None:
    path = workspace / "circulars" / "allegement_paris_2026.circ"
    circular = Compiler().compile_file(path).circular
    assert replaced_file(circular, path) == workspace / "circulars" / "allegement_paris_2025.circ"
    assert replaced_file(compiled(PARIS).circular, PARIS) is None  # no « remplace »


# ---------------------------------------------------------------- the command


def run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(cli.main, ["diff", *args])
    return result.exit_code, result.output


@pytest.mark.usefixtures("workspace")
def test_the_command_prints_each_format() -> None:
    files = ("circulars/allegement_paris_2025.circ", "circulars/allegement_paris_2026.circ")
    code, text = run(*files)
    assert (code, text) == (0, (GOLDEN / "paris_2025_2026.txt").read_text(encoding="utf-8"))
    code, markdown = run(*files, "--format", "markdown", "--sans-cas")
    assert code == 0 and markdown.startswith("## Ce qui change par rapport à l'an dernier")
    assert "rejoués" not in markdown
    code, data = run(*files, "--format", "json")
    assert code == 0 and json.loads(data)["cas_rejoués"]["nombre"] == 18


@pytest.mark.usefixtures("workspace")
def test_the_command_explains_user_mistakes() -> None:
    assert run("circulars/absent.circ", "circulars/allegement_paris_2025.circ") == (
        1,
        "erreur : fichier introuvable : circulars/absent.circ\n",
    )
    assert run("circulars/commun.circ", "circulars/allegement_paris_2025.circ") == (
        1,
        "erreur : circulars/commun.circ est un vocabulaire : indiquez deux circulaires\n",
    )
