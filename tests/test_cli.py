"""The `circ` command, run as a user runs it: exit codes, French messages, no traceback."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from circdsl import cli, project
from tests.conftest import CIRCULARS, PARIS


def circ(*args: str, cwd: Path, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "circdsl", *args], cwd=cwd, input=stdin, capture_output=True, text=True, check=False
    )


@pytest.fixture
def workspace(tmp_path: Path) -> Path:
    """A copy of the real circulars folder, to break and build freely."""
    shutil.copytree(CIRCULARS, tmp_path / "circulars")
    return tmp_path


def break_paris(workspace: Path, old: str, new: str) -> tuple[int, int]:
    """Replace `old` by `new` in the Paris circular; return line and column of `new`."""
    path = workspace / "circulars" / PARIS.name
    text = path.read_text(encoding="utf-8")
    assert old in text
    text = text.replace(old, new, 1)
    path.write_text(text, encoding="utf-8")
    offset = text.index(new)
    line = text.count("\n", 0, offset) + 1
    return line, offset - (text.rfind("\n", 0, offset) + 1) + 1


# ---------------------------------------------------------------- build


def test_build_twice_is_byte_identical_and_writes_only_changes(workspace: Path) -> None:
    first = circ("build", cwd=workspace)
    assert first.returncode == 0, first.stderr
    files = sorted((workspace / "generated").rglob("*.py"))
    contents = [f.read_bytes() for f in files]
    second = circ("build", cwd=workspace)
    assert second.returncode == 0
    assert "0 fichier(s) modifié(s)" in second.stdout
    assert [f.read_bytes() for f in files] == contents
    assert (workspace / "generated" / "circulaires" / "allegement_paris_2025.py").read_bytes() == (
        CIRCULARS.parent / "generated" / "circulaires" / "allegement_paris_2025.py"
    ).read_bytes()


def test_build_check_fails_when_generated_is_stale(workspace: Path) -> None:
    assert circ("build", cwd=workspace).returncode == 0
    assert circ("build", "--check", cwd=workspace).returncode == 0
    break_paris(workspace, '"Public concerné : personnels titulaires"', '"Public concerné : titulaires"')
    stale = circ("build", "--check", cwd=workspace)
    assert stale.returncode == 1
    assert "périmé : generated/circulaires/allegement_paris_2025.py" in stale.stderr
    left_over = workspace / "generated" / "circulaires" / "ancienne.py"
    left_over.write_text("# Généré par circdsl depuis circulars/ancienne.circ : ne pas modifier.\n", encoding="utf-8")
    hand_written = workspace / "generated" / "circulaires" / "outils.py"
    hand_written.write_text("# écrit à la main\n", encoding="utf-8")
    rebuilt = circ("build", cwd=workspace)
    assert rebuilt.returncode == 0
    assert "supprimé : generated/circulaires/ancienne.py" in rebuilt.stdout
    assert not left_over.exists() and hand_written.exists()
    assert circ("build", "--check", cwd=workspace).returncode == 0


# ---------------------------------------------------------------- diagnostics


@pytest.mark.parametrize(
    ("old", "new", "shift", "code", "words"),
    [
        ("exige agent.statut = titulaire", "exige agent.statut = = titulaire", 21, "E002", "« = » inattendu"),
        (
            "exige agent.statut = titulaire",
            "exige agent.statu = titulaire",
            6,
            "E101",
            "vouliez-vous dire « agent.statut »",
        ),
        (
            "exige allègement_heures <= plafond_heures",
            "exige allègement_heures <= plafond_demi_journées",
            6,
            "E201",
            "heures comparées à demi-journées",
        ),
        (
            'cite "Ce dispositif n’est pas cumulable',
            'cite "Ce dispositif est cumulable',
            5,
            "E401",
            "citation introuvable",
        ),
    ],
    ids=["syntaxe", "nom inconnu", "unités", "citation"],
)
def test_user_errors_give_one_located_diagnostic_and_exit_1(
    workspace: Path, old: str, new: str, shift: int, code: str, words: str
) -> None:
    line, column = break_paris(workspace, old, new)
    result = circ("check", "circulars", cwd=workspace)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    location = f"circulars/{PARIS.name}:{line}:{column + shift}: erreur [{code}]"
    assert result.stderr.count(": erreur [") == 1, result.stderr
    assert location in result.stderr, result.stderr
    assert words in result.stderr
    assert "^" in result.stderr  # the caret under the source line
    assert result.stderr.rstrip().endswith("1 erreur, 0 avertissement.")


def test_check_reports_success_in_french(workspace: Path) -> None:
    result = circ("check", cwd=workspace)
    assert result.returncode == 0
    circulars = [p for p in CIRCULARS.glob("*.circ") if "\nvocabulaire " not in "\n" + p.read_text(encoding="utf-8")]
    assert result.stdout.strip() == f"{len(circulars)} circulaire(s) vérifiée(s) : aucun problème."


# ---------------------------------------------------------------- eval


SITUATION = {
    "agent.statut": "titulaire",
    "agent.fonction": "enseignement",
    "agent.degré": "second",
    "agent.ors_heures": 18,
    "allègement_heures": 7,
    "demande.date_dépôt": "10/01/2025",
    "agent.temps_partiel_thérapeutique": False,
    "agent.fonctions_direction": False,
    "agent.heures_supplémentaires": False,
    "agent.mission_particulière": False,
}


def test_eval_prints_a_readable_decision(workspace: Path) -> None:
    (workspace / "situation.json").write_text(json.dumps(SITUATION), encoding="utf-8")
    result = circ("eval", f"circulars/{PARIS.name}", "--faits", "situation.json", cwd=workspace)
    assert result.returncode == 0, result.stderr
    assert "Décision : IRRECEVABLE" in result.stdout
    assert "plafond_tiers_heures" in result.stdout
    assert "L’allègement porte, au maximum, sur le tiers des ORS." in result.stdout


def test_eval_json_reads_standard_input(workspace: Path) -> None:
    result = circ(
        "eval", f"circulars/{PARIS.name}", "--faits", "-", "--json", cwd=workspace, stdin=json.dumps(SITUATION)
    )
    assert result.returncode == 0, result.stderr
    decision = json.loads(result.stdout)
    assert decision["status"] == "irrecevable"
    assert decision["computed"]["plafond_heures"] == "6"


def test_eval_rejects_bad_json_and_bad_values_in_french(workspace: Path) -> None:
    bad_json = circ("eval", f"circulars/{PARIS.name}", "--faits", "-", cwd=workspace, stdin='{"agent.statut": ')
    assert bad_json.returncode == 1
    assert "JSON invalide" in bad_json.stderr and "Traceback" not in bad_json.stderr
    bad_value = circ(
        "eval", f"circulars/{PARIS.name}", "--faits", "-", cwd=workspace, stdin='{"agent.ors_heures": "dix-huit"}'
    )
    assert bad_value.returncode == 1
    assert "agent.ors_heures : nombre attendu" in bad_value.stderr


def test_eval_of_a_missing_file_is_a_user_error(workspace: Path) -> None:
    result = circ("eval", "circulars/absente.circ", "--faits", "-", cwd=workspace, stdin="{}")
    assert result.returncode == 1
    assert "fichier introuvable" in result.stderr


# ---------------------------------------------------------------- test


def test_test_command_runs_the_example_cases(workspace: Path) -> None:
    result = circ("test", "--couverture", f"circulars/{PARIS.name}", cwd=workspace)
    assert result.returncode == 0, result.stdout
    assert "18 cas réussi(s), 0 en échec." in result.stdout
    assert "les 14 règles sont exercées respectées et en défaut" in result.stdout


def test_a_failing_case_is_reported_and_exits_1(workspace: Path) -> None:
    break_paris(
        workspace, "allègement_heures = 7 h\n  attendu irrecevable", "allègement_heures = 6 h\n  attendu irrecevable"
    )
    result = circ("test", cwd=workspace)
    assert result.returncode == 1
    assert "ÉCHEC" in result.stdout
    assert "statut attendu « irrecevable », obtenu « recevable »" in result.stdout


# ---------------------------------------------------------------- usage and internal errors


def test_usage_errors_are_user_errors(workspace: Path) -> None:
    result = circ("build", "--inexistante", cwd=workspace)
    assert result.returncode == 1
    assert result.stderr.startswith("erreur :")
    missing = circ("check", "nulle_part", cwd=workspace)
    assert missing.returncode == 1
    assert "« nulle_part » n'existe pas" in missing.stderr


def test_internal_errors_exit_2_without_traceback(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(paths: list[Path]) -> None:
        raise RuntimeError("panne simulée")

    monkeypatch.setattr(project, "compile_all", broken)
    result = CliRunner().invoke(cli.main, ["check", str(CIRCULARS)])
    assert result.exit_code == 2
    assert "erreur interne de circdsl (RuntimeError) : panne simulée" in result.output
    assert "Traceback" not in result.output


def test_help_and_usage_errors_speak_french(workspace: Path) -> None:
    help_page = circ("build", "--help", cwd=workspace)
    assert help_page.stdout.startswith("Utilisation : ")
    assert "Afficher cette aide et quitter." in help_page.stdout
    typo = circ("build", "--chek", cwd=workspace)
    assert typo.returncode == 1
    assert "option inconnue : --chek ; vouliez-vous dire --check" in typo.stderr
    no_facts = circ("eval", f"circulars/{PARIS.name}", cwd=workspace)
    assert no_facts.returncode == 1
    assert "indiquez la situation à évaluer" in no_facts.stderr
