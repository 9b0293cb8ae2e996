"""Shared helpers: compile .circ text in a temporary folder, load real circulars."""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import string
import subprocess
import sys
import tempfile
import textwrap
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import settings

from circdsl.compiler import Compilation, Compiler
from circdsl.diagnostics import CompileError, Diagnostic

# Under CI the property tests replay the same examples every run (a red CI is then reproducible);
# locally they explore new ones, and `make fuzz` explores many more.
settings.register_profile("ci", derandomize=True, print_blob=True)
if os.environ.get("CI"):
    settings.load_profile("ci")

ROOT = Path(__file__).resolve().parent.parent
CIRCULARS = ROOT / "circulars"
GENERATED = ROOT / "generated"
PARIS = CIRCULARS / "allegement_paris_2025.circ"

# The source text that the small test circulars cite.
SOURCE_TEXT = """Circulaire d'essai du 1er septembre 2024.
Le dispositif est réservé aux personnels titulaires.
L'allègement porte, au maximum, sur le tiers des ORS.
La date limite de dépôt est fixée au 13 janvier 2025.
Les pièces médicales sont transmises au médecin sous pli confidentiel.
"""

# Dated like its source text (without a date E853 would flag the deadlines); on the line of the
# school year, so that the first line written in a test stays line 5.
HEADER = """circulaire essai "Circulaire d'essai"
  autorité "Rectorat d'essai"
  année scolaire 2025-2026  date 01/09/2024
  source "sources/essai.txt"
"""


def write_project(folder: Path, text: str, extra: dict[str, str] | None = None) -> Path:
    """Write `essai.circ` (the header is added unless `text` starts with its own) and its source."""
    (folder / "sources").mkdir(exist_ok=True)
    (folder / "sources" / "essai.txt").write_text(SOURCE_TEXT, encoding="utf-8")
    for name, content in (extra or {}).items():
        (folder / name).write_text(textwrap.dedent(content), encoding="utf-8")
    body = textwrap.dedent(text)
    if not body.lstrip().startswith(("circulaire", "vocabulaire", "#")):
        body = HEADER + body
    path = folder / "essai.circ"
    path.write_text(body, encoding="utf-8")
    return path


@pytest.fixture
def compile_text(tmp_path: Path) -> Callable[..., Compilation]:
    """Compile a small circular written in the test; raises CompileError on errors."""

    def compile_(text: str, extra: dict[str, str] | None = None) -> Compilation:
        return Compiler().compile_file(write_project(tmp_path, text, extra))

    return compile_


@pytest.fixture
def diagnostics_of(compile_text: Callable[..., Compilation]) -> Callable[..., list[Diagnostic]]:
    """The diagnostics (errors first, sorted) that compiling the text produces."""

    def diagnose(text: str, extra: dict[str, str] | None = None) -> list[Diagnostic]:
        try:
            return compile_text(text, extra).warnings
        except CompileError as error:
            return error.diagnostics

    return diagnose


# ------------------------------------------------------------------ every generated module is lint-clean
# Every validator module emitted during the session (real circulars, guide examples, hostile and
# fuzzed programs...) is recorded once, then checked at the end of the session, as `make test` checks
# generated/: a circular that compiles cleanly must give a lint-clean validator, whatever its names,
# labels or size. ruff checks every module; mypy --strict (about 70 ms a module) checks a sample of
# at most MYPY_SAMPLE modules that covers as many line shapes as it can (see `_mypy_sample`), so the
# check stays a few seconds however many programs the session compiled.

EMITTED = "CIRCDSL_EMITTED_MODULES"  # the folder, shared with pytest-xdist workers through the environment
MYPY_SAMPLE = 40  # modules given to mypy --strict at most


def pytest_configure(config: pytest.Config) -> None:
    if not hasattr(config, "workerinput"):  # the controller (or the only process)
        os.environ[EMITTED] = tempfile.mkdtemp(prefix="circdsl-emitted-")
    _record_emitted_modules(Path(os.environ[EMITTED]))


def _record_emitted_modules(folder: Path) -> None:
    """Write each distinct emitted module once, as m_<worker>_<number>.py: the same names from a
    session to the next, so that mypy's cache keeps one entry per name instead of growing."""
    from circdsl.emit_python.module import ModuleEmitter

    emit = ModuleEmitter.emit
    seen: set[str] = set()
    worker = os.environ.get("PYTEST_XDIST_WORKER", "main")

    def emit_and_record(self: ModuleEmitter) -> str:
        source = emit(self)
        digest = hashlib.sha256(source.encode()).hexdigest()
        if digest not in seen:
            seen.add(digest)
            (folder / f"m_{worker}_{len(seen):05d}.py").write_text(source, encoding="utf-8")
        return source

    ModuleEmitter.emit = emit_and_record  # type: ignore[method-assign]


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    if hasattr(session.config, "workerinput") or EMITTED not in os.environ:
        return
    folder = Path(os.environ[EMITTED])
    modules = sorted(folder.glob("*.py"))
    try:
        if modules and exitstatus in (pytest.ExitCode.OK, pytest.ExitCode.TESTS_FAILED):
            start = time.perf_counter()
            sample = _mypy_sample(modules, MYPY_SAMPLE)
            failures = _lint_emitted(folder, sample)
            seconds = time.perf_counter() - start
            reporter = session.config.pluginmanager.get_plugin("terminalreporter")
            if reporter is not None:
                reporter.write("\n")
                reporter.write_line(
                    f"modules générés vérifiés : {len(modules)} par ruff, {len(sample)} par mypy --strict "
                    f"(ceux qui couvrent le plus de formes de lignes), en {seconds:.0f} s"
                )
                for failure in failures:
                    reporter.write_line(failure, red=True)
            if failures:
                session.exitstatus = pytest.ExitCode.TESTS_FAILED
    finally:
        shutil.rmtree(folder, ignore_errors=True)


# A line's shape: its text once string literals and comments are gone and every word is `a`, a list
# of words is one word; with, per module, the runtime names and the type words it uses.
_LITERALS = re.compile(r"'(?:[^'\\\n]|\\.)*'|\"(?:[^\"\\\n]|\\.)*\"|#.*")
_WORD_CHARACTERS = str.maketrans(dict.fromkeys(string.ascii_letters + string.digits + "_", "a"))
_WORDS = re.compile(r"a+(?:, a+)*")
_TYPED_WORDS = re.compile(r"rt\.\w+|\b(?:Decimal|int|bool|str|date|Literal|frozenset|None|not|and|or|is|in|if|else)\b")


def _shapes(source: str) -> set[str]:
    bare = _LITERALS.sub("a", source)
    lines = _WORDS.sub("a", bare.translate(_WORD_CHARACTERS)).split("\n")
    return {line.strip() for line in lines} | set(_TYPED_WORDS.findall(bare))


def _mypy_sample(modules: list[Path], limit: int) -> list[Path]:
    """At most `limit` modules, picked greedily: each the one with the most shapes not yet covered
    (ties: the first recorded), until every shape is covered. Deterministic for a given session."""
    shapes = {module: _shapes(module.read_text(encoding="utf-8")) for module in modules}
    covered: set[str] = set()
    sample: list[Path] = []
    while len(sample) < limit:
        best = max(modules, key=lambda module: len(shapes[module] - covered))
        if not shapes[best] - covered:
            break
        sample.append(best)
        covered |= shapes[best]
    return sample


def _lint_emitted(folder: Path, sample: list[Path]) -> list[str]:
    """ruff check on every recorded module, mypy --strict on the sample, with the project's settings
    (mypy's cache in the project's .mypy_cache: the runtime and pydantic are not checked again)."""
    failures = []
    binaries = Path(sys.executable).parent
    config = str(ROOT / "pyproject.toml")
    commands = {
        "ruff": [str(binaries / "ruff"), "check", "--config", config, "--no-cache", "--quiet", str(folder)],
        "mypy": [
            sys.executable, "-m", "mypy", "--strict", "--config-file", config,
            "--cache-dir", str(ROOT / ".mypy_cache"), *map(str, sample),
        ],
    }  # fmt: skip
    for name, command in commands.items():
        result = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, check=False)
        if result.returncode != 0:
            failures.append(f"{name} refuse des modules générés pendant les tests :\n{result.stdout}{result.stderr}")
    return failures
