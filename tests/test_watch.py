"""`circ build --watch`, driven in a subprocess as an editor would use it: a saved change is
rebuilt, a mistake is reported without ending the watch, Ctrl-C ends it cleanly (exit 0).
The test waits for the lines it expects (with a generous bound against a hang), never for a
duration. Also: the progress line of a build, on a terminal only."""

from __future__ import annotations

import io
import os
import queue
import shutil
import signal
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from circdsl.progress import progress_line, shows_progress
from circdsl.watch import changes, snapshot
from tests.cli_runner import circ

ROOT = Path(__file__).resolve().parent.parent
TEMPLATE = ROOT / "src" / "circdsl" / "templates" / "init" / "circulars"
PATIENCE = 120  # seconds before a missing line is a failure (a hang), on a loaded machine


def _ctrl_c_heard() -> None:
    """In the child: SIGINT back to its default, so Python turns it into KeyboardInterrupt even
    when the tests run from a shell without job control (its background jobs ignore SIGINT, and
    a child inherits that: Ctrl-C would never reach the watch)."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


class Watching:
    """A running `circ build --watch`, its output read line by line."""

    def __init__(self, folder: Path):
        env = {**os.environ, "PYTHONUNBUFFERED": "1"}
        self.process = subprocess.Popen(
            [sys.executable, "-m", "circdsl", "build", "--watch", "--intervalle", "0.1"],
            cwd=folder,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
            env=env,
            preexec_fn=_ctrl_c_heard,
        )
        self.lines: queue.Queue[str | None] = queue.Queue()
        self.seen: list[str] = []
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        assert self.process.stdout is not None
        for line in self.process.stdout:
            self.lines.put(line.rstrip("\n"))
        self.lines.put(None)

    def wait_for(self, expected: str) -> list[str]:
        """The lines up to the first that contains `expected`."""
        read: list[str] = []
        while True:
            try:
                line = self.lines.get(timeout=PATIENCE)
            except queue.Empty:
                raise AssertionError(f"« {expected} » attendu ; lu :\n" + "\n".join(self.seen)) from None
            if line is None:
                raise AssertionError(f"la commande s'est arrêtée avant « {expected} » :\n" + "\n".join(self.seen))
            read.append(line)
            self.seen.append(line)
            if expected in line:
                return read

    def stop(self) -> int:
        self.process.send_signal(signal.SIGINT)
        return self.process.wait(timeout=PATIENCE)


@pytest.fixture
def project(tmp_path: Path) -> Path:
    shutil.copytree(TEMPLATE, tmp_path / "circulars")
    return tmp_path


def test_watch_rebuilds_on_change_reports_mistakes_and_stops_on_ctrl_c(project: Path) -> None:
    circular = project / "circulars" / "exemple.circ"
    watching = Watching(project)
    try:
        first = watching.wait_for("en attente de modifications (Ctrl-C pour arrêter)…")
        assert "1 circulaire(s) compilée(s), 10 fichier(s) modifié(s)." in first
        page = project / "generated" / "docs" / "allegement_exemple.md"
        assert "Une mesure exceptionnelle" in page.read_text(encoding="utf-8")

        circular.write_text(
            circular.read_text(encoding="utf-8").replace("Une mesure exceptionnelle", "Une mesure rare"),
            encoding="utf-8",
        )
        rebuilt = watching.wait_for("en attente de modifications")
        assert rebuilt[0] == "modifié : circulars/exemple.circ"
        assert "écrit : generated/docs/allegement_exemple.md" in rebuilt
        assert "Une mesure rare" in page.read_text(encoding="utf-8")

        text = circular.read_text(encoding="utf-8")
        circular.write_text(text.replace("règle délai_dépôt bloquante", "règle délai_dépôt bloquant"), encoding="utf-8")
        refused = watching.wait_for("en attente de modifications")
        assert any(line.startswith("circulars/exemple.circ:") and "[E002]" in line for line in refused)
        assert "la compilation a échoué : generated/ n'a pas été modifié." in refused

        circular.write_text(text, encoding="utf-8")
        assert "1 circulaire(s) compilée(s), 0 fichier(s) modifié(s)." in watching.wait_for("en attente")  # as before
    finally:
        code = watching.stop()
    assert code == 0
    assert watching.wait_for("surveillance arrêtée.")[-1] == "surveillance arrêtée."
    assert not any("\r" in line or "Traceback" in line for line in watching.seen)  # no progress line in a pipe


def test_watch_does_not_go_with_check(project: Path) -> None:
    done = circ("build", "--watch", "--check", cwd=project)  # a usage error: in process
    assert done.returncode == 1
    assert done.stderr == "erreur : --watch écrit generated/ à chaque modification : il ne va pas avec --check\n"


def test_snapshots_see_added_changed_and_removed_files_but_not_hidden_ones(tmp_path: Path) -> None:
    (tmp_path / "a.circ").write_text("a", encoding="utf-8")
    (tmp_path / "sources").mkdir()
    (tmp_path / "sources" / "a.txt").write_text("texte", encoding="utf-8")
    before = snapshot([tmp_path])
    (tmp_path / "a.circ").write_text("ab", encoding="utf-8")
    (tmp_path / "b.circ").write_text("b", encoding="utf-8")
    (tmp_path / "sources" / "a.txt").unlink()
    (tmp_path / ".a.circ.swp").write_text("éditeur", encoding="utf-8")
    assert changes(before, snapshot([tmp_path])) == [
        tmp_path / "a.circ",
        tmp_path / "b.circ",
        tmp_path / "sources" / "a.txt",
    ]


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_the_progress_line_is_for_terminals_only(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TERM", "xterm")
    terminal = Terminal()
    with progress_line(terminal) as progress:
        assert progress is not None
        progress(0, 2, Path("circulars/a.circ"))
        progress(1, 2, Path("circulars/b.circ"))
    assert terminal.getvalue() == (
        "\rcompilation 1/2 : circulars/a.circ"
        "\rcompilation 2/2 : circulars/b.circ"
        "\r" + " " * len("compilation 2/2 : circulars/b.circ") + "\r"
    )
    with progress_line(io.StringIO()) as progress:  # a pipe or a file
        assert progress is None
    monkeypatch.setenv("TERM", "dumb")
    assert not shows_progress(Terminal())
