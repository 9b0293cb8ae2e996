"""The `circ` command, run as a user runs it: exit codes, French messages, no traceback."""

from __future__ import annotations

import json
import os
import pty
import re
import shutil
import subprocess
import sys
from pathlib import Path
from xml.etree import ElementTree

import pytest
from click.testing import CliRunner

from circdsl import cli, project
from circdsl.situations import MAX_SITUATION_BYTES
from circdsl.terminal import escape_terminal
from tests.cli_runner import circ, circ_on_terminal, circ_subprocess
from tests.conftest import CIRCULARS, PARIS, write_project


@pytest.fixture
def workspace(tmp_path: Path) -> Path:
    """A copy of the real circulars folder, to break and build freely."""
    shutil.copytree(CIRCULARS, tmp_path / "circulars")
    return tmp_path


@pytest.fixture
def paris_workspace(tmp_path: Path) -> Path:
    """Paris alone (with the shared vocabulary and the sources): for tests that build the whole folder."""
    shutil.copytree(CIRCULARS / "sources", tmp_path / "circulars" / "sources")
    for name in ("commun.circ", PARIS.name):
        shutil.copy(CIRCULARS / name, tmp_path / "circulars" / name)
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
    first = circ_subprocess("build", cwd=workspace)  # the real command, in its own process
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


def test_build_check_fails_when_generated_is_stale(paris_workspace: Path) -> None:
    workspace = paris_workspace
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
    paris_workspace: Path, old: str, new: str, shift: int, code: str, words: str
) -> None:
    workspace = paris_workspace  # checking the folder: Paris and the vocabulary it imports
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
    imported = ("\nvocabulaire ", "\ndonnées ")  # a vocabulary and a shared data file are not circulars
    circulars = [
        p for p in CIRCULARS.glob("*.circ") if not any(w in "\n" + p.read_text(encoding="utf-8") for w in imported)
    ]
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
    assert "Au plus le tiers des ORS (second degré, éducation, orientation) — bloquante, non respectée" in result.stdout
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


def test_a_failing_case_is_reported_and_exits_1(paris_workspace: Path) -> None:
    workspace = paris_workspace  # `circ test` of the folder; the whole folder's run is the junit test's
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


# ---------------------------------------------------------------- circ test: -k, summary, formats


def test_k_selects_cases_by_label_ignoring_case(workspace: Path) -> None:
    result = circ("test", f"circulars/{PARIS.name}", "-k", "DÉPÔT TARDIF", cwd=workspace)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == f"circulars/{PARIS.name} (3 cas sur 18)"
    assert all("Dépôt tardif" in line for line in lines[1:4])
    assert lines[-1] == "3 cas réussi(s), 0 en échec. (sélection -k « DÉPÔT TARDIF »)"
    two = [f"circulars/{PARIS.name}", "circulars/amenagement_poste_rhone_2016.circ"]
    both = circ("test", *two, "-k", "Dépôt tardif", cwd=workspace)
    assert "amenagement_poste_rhone_2016.circ" not in both.stdout, "a circular without a matching case is not listed"
    nothing = circ("test", *two, "-k", "aucun libellé ne contient ceci", cwd=workspace)
    assert nothing.returncode == 1
    assert "aucun cas ne correspond à « aucun libellé ne contient ceci »" in nothing.stderr


def failing_workspace(workspace: Path) -> int:
    """Break one Paris case (its expected status no longer holds); return the case's line."""
    line, _ = break_paris(
        workspace, "allègement_heures = 7 h\n  attendu irrecevable", "allègement_heures = 6 h\n  attendu irrecevable"
    )
    text = (workspace / "circulars" / PARIS.name).read_text(encoding="utf-8").splitlines()
    return max(i + 1 for i in range(line) if text[i].startswith("cas "))


def test_failures_are_summed_up_at_the_end_with_file_and_line(paris_workspace: Path) -> None:
    workspace = paris_workspace
    line = failing_workspace(workspace)
    result = circ("test", cwd=workspace)
    assert result.returncode == 1
    lines = result.stdout.splitlines()
    summary = lines[lines.index("Cas en échec :") + 1 :]
    where = f"circulars/{PARIS.name}:{line}: « Second degré : 7 h demandées, au-delà du tiers des 18 h » : "
    assert summary[:-1] == [
        where + "statut attendu « irrecevable », obtenu « recevable »",
        where + "règles en défaut attendues : plafond_tiers_heures ; obtenues : aucune",
    ]
    assert summary[-1].endswith(" cas réussi(s), 1 en échec.")


def test_json_format(workspace: Path) -> None:
    line = failing_workspace(workspace)
    result = circ("test", f"circulars/{PARIS.name}", "--format", "json", cwd=workspace)
    assert result.returncode == 1
    report = json.loads(result.stdout)
    assert (report["passed"], report["failed"]) == (17, 1)
    [failed] = [case for case in report["cases"] if not case["passed"]]
    assert (failed["file"], failed["line"], failed["circular"]) == (f"circulars/{PARIS.name}", line, PARIS.stem)
    assert failed["problems"][0] == "statut attendu « irrecevable », obtenu « recevable »"


def test_junit_format_is_xml_with_file_and_line(workspace: Path) -> None:
    line = failing_workspace(workspace)
    result = circ("test", "--format", "junit", cwd=workspace)
    assert result.returncode == 1
    root = ElementTree.fromstring(result.stdout)
    assert root.tag == "testsuites" and root.get("failures") == "1"
    assert int(root.get("tests", "0")) == sum(int(s.get("tests", "0")) for s in root) >= 380
    [case] = [c for c in root.iter("testcase") if c.find("failure") is not None]
    assert (case.get("file"), case.get("line"), case.get("classname")) == (
        f"circulars/{PARIS.name}",
        str(line),
        PARIS.stem,
    )
    failure = case.find("failure")
    assert failure is not None and failure.get("message") == "statut attendu « irrecevable », obtenu « recevable »"


def test_github_format_annotates_the_line_of_the_case(workspace: Path) -> None:
    line = failing_workspace(workspace)
    result = circ("test", f"circulars/{PARIS.name}", "--format", "github", cwd=workspace)
    assert result.returncode == 1
    [annotation] = [row for row in result.stdout.splitlines() if row.startswith("::error ")]
    assert annotation.startswith(
        f"::error file=circulars/{PARIS.name},line={line},title=cas en échec %3A Second degré %3A 7 h"
    )
    assert annotation.endswith(
        "::statut attendu « irrecevable », obtenu « recevable »%0Arègles en défaut attendues : plafond_tiers_heures ; obtenues : aucune"
    )
    assert "Cas en échec :" in result.stdout  # the text report is kept


def test_github_format_annotates_diagnostics(workspace: Path) -> None:
    line, column = break_paris(workspace, "exige agent.statut = titulaire", "exige agent.statu = titulaire")
    result = circ("test", f"circulars/{PARIS.name}", "--format", "github", cwd=workspace)
    assert result.returncode == 1
    [annotation] = [row for row in result.stdout.splitlines() if row.startswith("::error ")]
    assert annotation.startswith(f"::error file=circulars/{PARIS.name},line={line},col={column + 6},")
    assert "title=E101 erreur::nom inconnu" in annotation or "title=E101 erreur::" in annotation
    junit = circ("test", f"circulars/{PARIS.name}", "--format", "junit", cwd=workspace)
    [error] = list(ElementTree.fromstring(junit.stdout).iter("error"))
    assert error.get("type") == "E101"


# ---------------------------------------------------------------- terminal


def test_escape_sequences_in_a_situation_never_reach_the_terminal(tmp_path: Path) -> None:
    """A text fact echoed in a message used to reach the terminal raw (clear screen, OSC 52 clipboard)."""
    hostile = "\x1b[2J\x1b]52;c;ZWNobyBwd25lZA==\x07\r\u202eRECEVABLE\x9b31m"
    project_file = write_project(
        tmp_path,
        """\
        fait commentaire "Commentaire" : texte
        règle r bloquante "R"
          exige commentaire = "bon"
          message "Commentaire reçu : {commentaire}."
          cite "Le dispositif est réservé aux personnels titulaires."
        """,
    )
    situation = tmp_path / "situation.json"
    situation.write_text(json.dumps({"commentaire": hostile}), encoding="utf-8")
    text = circ("eval", str(project_file), "--faits", str(situation), cwd=tmp_path)
    assert text.returncode == 0, text.stderr
    for raw in ("\x1b", "\x07", "\r", "\u202e", "\x9b"):
        assert raw not in text.stdout
    assert (
        "Commentaire reçu : \\u001b[2J\\u001b]52;c;ZWNobyBwd25lZA==\\u0007\\u000d\\u202eRECEVABLE\\u009b31m."
        in text.stdout
    )
    as_json = circ("eval", str(project_file), "--faits", str(situation), "--json", cwd=tmp_path)
    assert not any(raw in as_json.stdout for raw in ("\x1b", "\x07", "\u202e", "\x9b"))
    message = json.loads(as_json.stdout)["findings"][0]["message"]
    assert message == f"Commentaire reçu : {hostile}.", "JSON escapes decode back to the same text"
    bad = tmp_path / "mauvais.json"
    bad.write_text('{"commentaire": "\x1b[2J', encoding="utf-8")
    error = circ("eval", str(project_file), "--faits", str(bad), cwd=tmp_path)
    assert error.returncode == 1 and "\x1b" not in error.stderr and "\\u001b[2J" in error.stderr


HOSTILE_PROJECT = """\
    fait commentaire "Commentaire" : texte
    fait pièce_jointe "Pièce jointe \u202eenu\u2066 fournie" : booléen
    service médecin "Médecin \u202e conseil"
      médical
      cite "Les pièces médicales sont transmises au médecin sous pli confidentiel."
    pièce certificat "Certificat \u202eLACIDEM\u202c"
      obligatoire si commentaire = "urgent" ou pièce_jointe
      transmise par voie postale à médecin
      cite "Les pièces médicales sont transmises au médecin sous pli confidentiel."
    règle r bloquante "R"
      exige commentaire = "bon"
      message "Commentaire reçu : {commentaire}."
      cite "Le dispositif est réservé aux personnels titulaires."
    """


def test_a_text_fact_cannot_fake_a_line_of_the_report_or_the_checklist(tmp_path: Path) -> None:
    """A line break in a text fact quoted by a message stays on the message's line (\\u000a); the
    checklist printed to the terminal shows the circular's bidirectional characters escaped too."""
    project_file = write_project(tmp_path, HOSTILE_PROJECT)
    situation = tmp_path / "situation.json"
    fake = "ok\nDécision : RECEVABLE\n  [ ] rien à fournir \u202e"
    situation.write_text(json.dumps({"commentaire": fake}), encoding="utf-8")
    report = circ("eval", str(project_file), "--faits", str(situation), cwd=tmp_path)
    assert report.returncode == 0, report.stderr
    lines = report.stdout.split("\n")
    assert [line for line in lines if line.startswith("Décision")] == ["Décision : IRRECEVABLE"]
    assert "      Commentaire reçu : ok\\u000aDécision : RECEVABLE\\u000a  [ ] rien à fournir \\u202e." in lines
    # the circular's labels are shown escaped, and the open condition in French (the model is given)
    assert "  [ ] Certificat \\u202eLACIDEM\\u202c — à fournir si pièce jointe \\u202eenu\\u2066 fournie : oui" in lines
    listing = circ("checklist", str(project_file), "--faits", str(situation), cwd=tmp_path)
    assert listing.returncode == 0, listing.stderr
    assert not re.search("[\x1b\u202a-\u202e\u2066-\u2069]", report.stdout + listing.stdout)
    assert "- [ ] **Certificat \\u202eLACIDEM\\u202c** — à fournir si pièce jointe \\u202eenu\\u2066 fournie : oui" in (
        listing.stdout.split("\n")
    )
    assert "    - À envoyer par voie postale à : Médecin \\u202e conseil" in listing.stdout.split("\n")


def test_eval_words_deadlines_and_conditions_from_the_circular(tmp_path: Path) -> None:
    """`circ eval` gives the report the checked circular and the known facts: a deadline is said by
    what it bounds, a document's open condition in French with what is already known left out."""
    situation = tmp_path / "situation.json"
    situation.write_text(
        json.dumps({"agent.statut": "titulaire", "agent.degré": "second", "demande.date_dépôt": "10/01/2025"}),
        encoding="utf-8",
    )
    report = circ("eval", str(PARIS), "--faits", str(situation), cwd=tmp_path)
    assert report.returncode == 0, report.stderr
    lines = report.stdout.split("\n")
    assert "Date limite de dépôt des demandes d'allègement — au plus tard le lundi 13 janvier 2025" in lines
    assert not any(line.startswith("Échéance :") for line in lines)  # the wording without the circular
    assert any(
        line.startswith("  [ ] Justificatif de situation de handicap") and "facultative si " in line for line in lines
    )
    assert "sous une condition encore à préciser" not in report.stdout


def test_escape_terminal_keeps_text_and_shows_controls() -> None:
    assert escape_terminal("Décision : « ok »\tfin\n") == "Décision : « ok »\tfin\n"
    assert escape_terminal("a\x1b[31mb\rc\u2066d\x85e\ud800") == "a\\u001b[31mb\\u000dc\\u2066d\\u0085e\\ud800"
    assert escape_terminal("ligne\nsuivante", keep_newlines=False) == "ligne\\u000asuivante"


@pytest.mark.parametrize(
    "command", [["test", f"circulars/{PARIS.name}"], ["check", f"circulars/{PARIS.name}"]], ids=["long", "court"]
)
def test_a_broken_pipe_stops_quietly(workspace: Path, command: list[str]) -> None:
    """`circ test | head -1` used to end in « erreur interne » (BrokenPipeError); a short output
    fails only when flushed at the end, where it must stop as quietly. Paris alone is enough for the
    long one: `circ test` writes line by line, and its first line already meets the closed pipe
    (the whole folder took 2 s more of compiling for the same path)."""
    process = subprocess.Popen(
        [sys.executable, "-m", "circdsl", *command],
        cwd=workspace,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert process.stdout is not None
    process.stdout.close()  # the reader is gone before the first line is written
    _, err = process.communicate(timeout=600)
    assert process.returncode == cli.EXIT_BROKEN_PIPE
    assert err.decode() == ""


def run_in_terminal(args: list[str], cwd: Path, env: dict[str, str]) -> bytes:
    """Run a command with its standard output on a pseudo-terminal; return what it printed there."""
    leader, follower = pty.openpty()
    process = subprocess.Popen(args, cwd=cwd, stdout=follower, stderr=subprocess.DEVNULL, env=env)
    os.close(follower)
    chunks = []
    while True:
        try:
            chunk = os.read(leader, 65536)
        except OSError:  # the terminal is closed once the process has exited
            break
        if not chunk:
            break
        chunks.append(chunk)
    process.wait(timeout=600)
    os.close(leader)
    return b"".join(chunks)


COLOURED = ["test", f"circulars/{PARIS.name}"]


@pytest.mark.skipif(sys.platform == "win32", reason="pseudo-terminals are POSIX")
def test_a_real_process_on_a_terminal_is_coloured(workspace: Path) -> None:
    """`python -m circdsl` in its own process, its output on a pseudo-terminal (slow tier: the fast
    tier runs the same entry point on a terminal in this process, below)."""
    env = {k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "TERM")} | {"TERM": "xterm"}
    coloured = run_in_terminal([sys.executable, "-m", "circdsl", *COLOURED], workspace, env)
    assert b"\x1b[32mok " in coloured


@pytest.mark.skipif(sys.platform == "win32", reason="pseudo-terminals are POSIX")
def test_colours_only_on_a_terminal_and_never_with_no_color(workspace: Path) -> None:
    """The command on a terminal is coloured (the console script's entry point, in this process);
    not with NO_COLOR, nor on a pipe."""
    arguments = COLOURED
    assert b"\x1b[32mok " in circ_on_terminal(*arguments, cwd=workspace, env={"TERM": "xterm", "NO_COLOR": ""})
    plain = circ_on_terminal(*arguments, cwd=workspace, env={"TERM": "xterm", "NO_COLOR": "1"})
    assert b"\x1b" not in plain and b"ok  ligne" in plain
    piped = circ(*arguments, cwd=workspace, env={"TERM": "xterm", "NO_COLOR": ""})  # NO_COLOR empty: not set
    assert piped.returncode == 0 and b"ok  ligne" in piped.output and b"\x1b" not in piped.output


# ---------------------------------------------------------------- click in French


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["eval"], "erreur : Argument manquant 'CIRCULAIRE'."),
        (["build", "--sortie"], "erreur : l'option --sortie attend une valeur."),
        (["test", "--format", "xml"], "erreur : valeur invalide pour '--format' : « xml » n'est pas l'une des valeurs"),
        (["build", "--check=oui"], "erreur : l'option --check ne prend pas de valeur."),
        (["biuld"], "erreur : commande inconnue : « biuld »."),
        (["eval", "a.circ", "b.circ"], "erreur : argument en trop : b.circ"),
    ],
)
def test_every_usage_error_is_in_french(workspace: Path, args: list[str], expected: str) -> None:
    result = circ(*args, cwd=workspace)
    assert result.returncode == 1
    assert result.stderr.startswith(expected), result.stderr
    assert "Lancez « circ" in result.stderr
    for english in ("Usage", "Error", "Missing", "Try ", "No such", "Invalid", "Got unexpected", "requires"):
        assert english not in result.stderr


@pytest.mark.parametrize("args", [["--help"], ["build", "--help"], ["test", "--help"], ["eval", "-h"]])
def test_help_pages_are_in_french(args: list[str]) -> None:
    page = CliRunner().invoke(cli.main, args).output
    assert page.startswith("Utilisation : circ")
    assert "Options :" in page and "Afficher cette aide et quitter." in page
    for english in ("Usage", "Options:", "Show this message", "Commands", "[default", "[ARGS]"):
        assert english not in page
    assert not re.search(r"\bCOMMAND\b", page)


# ---------------------------------------------------------------- --faits


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="POSIX devices")
def test_faits_refuses_devices_and_folders_without_reading_them(workspace: Path) -> None:
    for path in ("/dev/zero", str(workspace)):
        result = circ("eval", f"circulars/{PARIS.name}", "--faits", path, cwd=workspace)
        assert result.returncode == 1
        assert f"la situation {path} n'est pas un fichier ordinaire" in result.stderr


@pytest.mark.skipif(sys.platform == "win32", reason="named pipes are POSIX here")
def test_faits_refuses_a_named_pipe_without_blocking(workspace: Path) -> None:
    fifo = workspace / "tube.json"
    os.mkfifo(fifo)
    result = circ("eval", f"circulars/{PARIS.name}", "--faits", str(fifo), cwd=workspace)
    assert result.returncode == 1 and "n'est pas un fichier ordinaire" in result.stderr


def test_faits_is_bounded_in_size(workspace: Path) -> None:
    big = workspace / "grosse.json"
    big.write_text('{"agent.statut": "titulaire", "x": "' + "a" * MAX_SITUATION_BYTES + '"}', encoding="utf-8")
    result = circ("eval", f"circulars/{PARIS.name}", "--faits", str(big), cwd=workspace)
    assert result.returncode == 1 and "dépasse 1 Mo" in result.stderr
    piped = circ(
        "eval", f"circulars/{PARIS.name}", "--faits", "-", cwd=workspace, stdin=" " * (MAX_SITUATION_BYTES + 1)
    )
    assert piped.returncode == 1 and "la situation <entrée standard> dépasse 1 Mo" in piped.stderr


def test_a_byte_order_mark_is_accepted(workspace: Path) -> None:
    path = workspace / "bom.json"
    path.write_bytes(b"\xef\xbb\xbf" + json.dumps(SITUATION).encode("utf-8"))
    result = circ("eval", f"circulars/{PARIS.name}", "--faits", str(path), cwd=workspace)
    assert result.returncode == 0, result.stderr
    assert "Décision : IRRECEVABLE" in result.stdout


@pytest.mark.parametrize(
    ("text", "location", "message", "caret"),
    [
        (
            '{"agent.statut": "titulaire",\n "agent.degré": "second",\n}',
            "3:1",
            "nom de fait entre guillemets droits",
            0,
        ),
        ("{'agent.statut': 'titulaire'}", "1:2", "nom de fait entre guillemets droits", 1),
        ('{"agent.statut" "titulaire"}', "1:17", "« : » attendu", 16),
        ('{"agent.statut": titulaire}', "1:18", "valeur attendue", 17),
        ('{"agent.statut": "titulaire"} {}', "1:31", "contenu après la fin de la situation", 30),
        (
            '{"agent.statut": "titulaire", "agent.statut": "stagiaire"}',
            "1:31",
            "le fait « agent.statut » est donné deux fois",
            30,
        ),
    ],
    ids=["virgule finale", "apostrophes", "deux-points", "guillemets", "deux objets", "doublon"],
)
def test_invalid_json_is_located_in_french(workspace: Path, text: str, location: str, message: str, caret: int) -> None:
    path = workspace / "situation.json"
    path.write_text(text, encoding="utf-8")
    result = circ("eval", f"circulars/{PARIS.name}", "--faits", "situation.json", cwd=workspace)
    assert result.returncode == 1
    first, source, marker = result.stderr.splitlines()[:3]
    assert first.startswith(f"erreur : situation.json:{location}:") and message in first
    line = location.split(":")[0]
    assert source.startswith(f" {line} | ")
    assert marker == " " * (len(line) + 1) + " | " + " " * caret + "^"
