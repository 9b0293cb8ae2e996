"""Shared helpers: compile .circ text in a temporary folder, load real circulars."""

from __future__ import annotations

import atexit
import functools
import gc
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


@functools.cache
def _repository_compiler() -> Compiler:
    return Compiler(root=ROOT)


@functools.cache
def compiled(path: Path) -> Compilation:
    """A file of the repository's circulars/, compiled once per test process by one compiler (so
    commun.circ once too), names shown from the repository's root as `circ` run there shows them.
    Those files do not change during a session (a test that edits one edits a copy); the model is
    never modified (its records are frozen for mypy), so tests share it. Raises CompileError as compiling does."""
    return _repository_compiler().compile_file(path)


def output_files(folder: Path) -> dict[str, bytes]:
    """The files a build wrote in `folder` (generated/ or a copy) and their bytes. Not outputs: the
    lock file (it stays, empty, once a build has run, and a fresh clone has none) and the bytecode
    Python writes in `__pycache__/` when a test imports a generated module (unless
    PYTHONDONTWRITEBYTECODE is set, as on some machines and not on others)."""
    from circdsl.files import LOCK_NAME

    return {
        p.relative_to(folder).as_posix(): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file() and p.name != LOCK_NAME and "__pycache__" not in p.relative_to(folder).parts
    }


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


# ------------------------------------------------------------------ the slow tier (make test-lent)
# `make test` (what an editor's CI runs) leaves to `make test-lent` the tests that start heavy
# processes or repeat a whole-repository job another test already covers in the fast tier; the
# project's CI (.ci/run) runs both. Each entry says why it is slow; `pytest` alone runs everything.
# Besides these, a few property tests run twice, by tier (`budgets` in tests/strategies.py): fewer
# examples in `make test`, their whole budget in `make test-lent`, marked `lent` where they are written.
SLOW_TESTS = {
    "test_sql_differential.py::test_spark_decides_like_the_interpreter": "Spark en mode local (JVM)",
    "test_sql_differential.py::test_the_validator_decides_like_the_interpreter": (
        "les décisions que test_differential.py compare déjà, mises en lignes de sortie comme circ lot"
    ),
    "test_browser.py": "Chromium",
    "test_serve_questionnaire.py": "Chromium (les deux mêmes parcours sans navigateur : test_questionnaire_decision.py)",
    "test_vsix.py": "node et vsce empaquettent l'extension",
    "test_windows_clone.py::test_the_clone_uses_its_own_sources_and_grammar": "clone et venv neufs",
    "test_windows_clone.py::test_the_clone_checks_and_builds_without_make": "clone et venv neufs",
    "test_windows_clone.py::test_the_clone_builds_its_site_with_the_circular_pages": "clone, venv, mkdocs",
    "test_windows_clone.py::test_mkdocs_serve_watches_the_generated_pages": "serveur mkdocs réel",
    "test_init.py::test_the_package_comes_from_the_wheel_not_from_this_clone": "wheel et venv neufs",
    "test_init.py::test_the_recipes_run_the_four_checks": "wheel et venv neufs",
    "test_init.py::test_the_new_project_passes_its_own_checks_with_the_installed_package": "wheel et venv neufs",
    "test_init.py::test_the_project_makefile_runs_the_checks": "wheel et venv neufs",
    "test_init.py::test_requirements_pin_the_version_that_created_the_project": "wheel et venv neufs",
    "test_paquet.py::test_two_wheels_named_from_the_project_and_circdsl": "construction des wheels",
    "test_paquet.py::test_runtime_wheel_is_runtime_py_and_depends_on_what_it_imports": "construction des wheels",
    "test_paquet.py::test_wheels_are_byte_identical_from_one_build_to_the_next": "construction des wheels",
    "test_paquet.py::test_fresh_venv_installs_both_wheels_and_evaluates_paris": "wheels et venv neufs",
    "test_build_safety.py": "constructions complètes des 14 circulaires, processus réels tués ou concurrents",
    "test_serve.py::test_a_real_uvicorn_on_localhost": "serveur uvicorn réel",
    "test_sql.py::test_every_circular_compiles_to_sql_that_parses_back": "relecture sqlglot de chaque requête",
    "test_docs_pages.py::test_mkdocs_build_strict_renders_the_circular_pages": "site mkdocs complet",
    "test_docs_pages.py::test_pages_are_byte_identical_from_build_to_build": "deux constructions complètes",
    "test_cli.py::test_build_twice_is_byte_identical_and_writes_only_changes": (
        "construction complète dans un processus réel"
    ),
    "test_cli.py::test_a_real_process_on_a_terminal_is_coloured": (
        "un processus réel sur un pseudo-terminal (le même point d'entrée sur un terminal, en processus : test_colours_…)"
    ),
    "test_fuzz.py::test_mutated_circulars": "mutations des vraies circulaires (test_fuzz en garde d'autres)",
    "test_reader_text.py::test_every_checklist_report_and_personal_calendar_reads_as_plain_french": (
        "chaque liste de pièces, rapport et calendrier de plus de 300 situations"
    ),
    "test_reader_text.py::test_every_built_page_reads_as_plain_french": "site mkdocs complet",
    "test_pygments.py::test_the_documentation_site_highlights_the_circ_blocks": "site mkdocs complet",
    **dict.fromkeys(
        [
            "test_incremental_build.py::test_a_second_build_compiles_nothing_and_plans_the_same_files",
            "test_incremental_build.py::test_touching_commun_recompiles_its_users",
            "test_incremental_build.py::test_a_changed_source_text_recompiles_the_circular_citing_it",
            "test_incremental_build.py::test_another_compiler_does_not_reuse_the_cache",
            "test_incremental_build.py::test_a_damaged_entry_is_compiled_again",
            "test_incremental_build.py::test_an_unchanged_project_rebuilds_to_the_committed_generated_folder",
        ],
        "constructions complètes des 14 circulaires (make test garde : fichier touché, reconstruction = construction neuve)",
    ),
    "test_fmt.py::test_every_repository_file_keeps_its_model_and_comments_once_formatted": (
        "fichiers déjà mis en forme (circ fmt --check circulars le vérifie dans make lint)"
    ),
}


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    for item in items:
        test = item.nodeid.removeprefix("tests/").split("[")[0].split("@")[0]
        reason = SLOW_TESTS.get(test) or SLOW_TESTS.get(test.split("::")[0])
        if reason:
            item.add_marker(pytest.mark.lent(reason))


@pytest.hookimpl(tryfirst=True)  # before pytest-xdist's worker sends the collected ids to the scheduler
def pytest_collection_finish(session: pytest.Session) -> None:
    _group_for_xdist(session.config, session.items)
    _collect_cycles_less_often()


# The cycle collector in a test process: what collection imported and built (modules, test items,
# strategies) lives until the end, and so do the compiled circulars and loaded validators shared by
# the tests. With Python's thresholds (700, 10, 10) a worker spent 8 to 9 s of a run in about twenty
# full collections rescanning them; set aside (`gc.freeze`) and collected less often, 3 to 5 s
# (measured with gc.callbacks over the whole fast tier), for the same peak memory (550-650 MB).
TEST_PROCESS_THRESHOLDS = (10_000, 20, 20)


def _collect_cycles_less_often() -> None:
    gc.collect()
    gc.freeze()
    gc.set_threshold(*TEST_PROCESS_THRESHOLDS)


def _group_for_xdist(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Send the tests marked `xdist_group` to one worker (`--dist loadgroup`), as pytest-xdist means to.
    Its worker names a grouped test `nodeid@group` by setting `item._nodeid`, which pytest 9 no longer
    reads (a node's id is `item._id`): the groups were silently ignored, so each worker built the
    site, started Spark and computed the SQL differential's reference decisions. When xdist's suffix
    took, nothing is done here."""
    if not (hasattr(config, "workerinput") and config.getvalue("loadgroup")):
        return
    for item in items:
        groups = sorted(
            {
                str(mark.args[0] if mark.args else mark.kwargs.get("name", "default"))
                for mark in item.iter_markers("xdist_group")
            }
        )
        if groups and item.nodeid.rfind("@") <= item.nodeid.rfind("]"):
            from _pytest.nodeid import NodeId  # pytest >= 9 (with older ones xdist's suffix takes)

            item._id = NodeId.parse(f"{item.nodeid}@{'_'.join(groups)}")  # type: ignore[attr-defined]


# ------------------------------------------------------------------ every generated module is lint-clean
# Every validator module emitted during the session (real circulars, guide examples, hostile and
# fuzzed programs...) is recorded once, then checked at the end of the session, as `make test` checks
# generated/: a circular that compiles cleanly must give a lint-clean validator, whatever its names,
# labels or size. ruff checks every module; mypy --strict (about 70 ms a module) checks a sample of
# at most MYPY_SAMPLE modules that covers as many line shapes as it can (see `_mypy_sample`), so the
# check stays a few seconds however many programs the session compiled.

EMITTED = "CIRCDSL_EMITTED_MODULES"  # the folder, shared with pytest-xdist workers through the environment
MYPY_SAMPLE = 40  # modules given to mypy --strict at most
SHAPES_SUFFIX = ".formes"  # beside each recorded module, its line shapes (see `_shapes`)


BUILD_CACHE = "CIRCDSL_CACHE_DIR"  # circ build's cache: one fresh folder per session, not the user's


def pytest_configure(config: pytest.Config) -> None:
    if not hasattr(config, "workerinput"):  # the controller (or the only process)
        os.environ[EMITTED] = tempfile.mkdtemp(prefix="circdsl-emitted-")
        os.environ[BUILD_CACHE] = tempfile.mkdtemp(prefix="circdsl-cache-")
        _MYPY_WARM_UP.start()
        config.add_cleanup(_MYPY_WARM_UP.stop)
    else:
        # Cleanups run last-added first: this one runs after every cleanup of the tests (the language
        # server's stop...); only pytest's own, added earlier (undoing its settings on `config`), are skipped.
        config.add_cleanup(_leave_without_teardown)
        _no_last_cycle_collection(config)
    _record_emitted_modules(Path(os.environ[EMITTED]))


def _leave_without_teardown() -> None:
    """A pytest-xdist worker's last act, once its results are with the controller and every other
    cleanup has run: run the exit handlers (the site's folder is removed by one), then end the
    process without tearing the interpreter down. Freeing, one by one, the millions of objects a
    worker holds (compiled circulars, validators, hypothesis' data) took 4 s at the end of each run,
    while the controller waited for its workers to exit."""
    atexit._run_exitfuncs()
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(0)


def _no_last_cycle_collection(config: pytest.Config) -> None:
    """pytest collects cycles twice as it ends, to report exceptions raised by `__del__` methods then:
    in a worker, which frees nothing before it leaves (`_leave_without_teardown`), those two full
    collections over what the tests kept (compiled circulars, validators) took 0.5 to 1 s of its last
    seconds, while the controller waited. Exceptions raised in `__del__` during the tests are still
    reported; only those of garbage that the last collection alone would have freed are not."""
    try:
        from _pytest.unraisableexception import gc_collect_iterations_key
    except ImportError:  # another pytest: its own ending
        return
    config.stash[gc_collect_iterations_key] = 0


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
            module = folder / f"m_{worker}_{len(seen):05d}.py"
            module.write_text(source, encoding="utf-8")
            # its line shapes, for the controller's choice of the mypy sample (computed here, in parallel)
            module.with_suffix(SHAPES_SUFFIX).write_text("\n".join(sorted(_shapes(source))), encoding="utf-8")
        return source

    ModuleEmitter.emit = emit_and_record  # type: ignore[method-assign]


@pytest.hookimpl(tryfirst=True)  # before pytest-xdist waits for its workers to leave: they leave meanwhile
def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    if hasattr(session.config, "workerinput") or EMITTED not in os.environ:
        return
    folder = Path(os.environ[EMITTED])
    modules = sorted(folder.glob("*.py"))
    try:
        if modules and exitstatus in (pytest.ExitCode.OK, pytest.ExitCode.TESTS_FAILED):
            start = time.perf_counter()
            _MYPY_WARM_UP.wait()
            sample = _mypy_sample(modules, MYPY_SAMPLE)
            failures = _lint_emitted(folder, sample, meanwhile=_remove_build_cache)
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
        _MYPY_WARM_UP.stop()
        shutil.rmtree(folder, ignore_errors=True)
        _remove_build_cache()


def _remove_build_cache() -> None:
    if os.environ.get(BUILD_CACHE):
        shutil.rmtree(os.environ[BUILD_CACHE], ignore_errors=True)


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
    shapes = {module: _recorded_shapes(module) for module in modules}
    covered: set[str] = set()
    sample: list[Path] = []
    while len(sample) < limit:
        best = max(modules, key=lambda module: len(shapes[module] - covered))
        if not shapes[best] - covered:
            break
        sample.append(best)
        covered |= shapes[best]
    return sample


def _recorded_shapes(module: Path) -> set[str]:
    """The shapes the worker recorded beside the module (computed again if they are missing)."""
    recorded = module.with_suffix(SHAPES_SUFFIX)
    if recorded.is_file():
        return set(recorded.read_text(encoding="utf-8").split("\n"))
    return _shapes(module.read_text(encoding="utf-8"))


MYPY_CACHE = ROOT / ".mypy_cache" / "tests"


class _MypyWarmUp:
    """mypy --strict of a module that imports what the emitted modules import (the runtime,
    pydantic...), started with the session at the lowest priority: it fills mypy's cache while the
    tests run, so that the check at the end analyses only the sampled modules (on a fresh clone:
    about 2 s less at the end, when one core is often idle)."""

    def __init__(self) -> None:
        self.process: subprocess.Popen[bytes] | None = None
        self.folder: str | None = None

    def start(self) -> None:
        self.folder = tempfile.mkdtemp(prefix="circdsl-mypy-")
        module = Path(self.folder) / "circdsl_mypy_warm_up.py"
        module.write_text(_emitted_imports(), encoding="utf-8")
        command = [sys.executable, "-m", "mypy", "--strict", "--config-file", str(ROOT / "pyproject.toml")]
        command += ["--cache-dir", str(MYPY_CACHE), str(module)]
        lowest = (lambda: os.nice(19)) if hasattr(os, "nice") else None
        self.process = subprocess.Popen(
            command, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, preexec_fn=lowest
        )

    def wait(self) -> None:
        """Let it finish (its result does not matter: the sampled modules are checked after it)."""
        if self.process is not None:
            self.process.wait()

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.kill()
            self.process.wait()
        self.process = None
        if self.folder is not None:
            shutil.rmtree(self.folder, ignore_errors=True)
            self.folder = None


def _emitted_imports() -> str:
    """The import lines of the committed validators: what every emitted module imports."""
    future = "from __future__ import annotations"
    lines = set()
    for module in (GENERATED / "circulaires").glob("*.py"):
        for line in module.read_text(encoding="utf-8").splitlines():
            if line.startswith(("import ", "from ")) and line != future:
                lines.add(line)
    return "\n".join([future, *sorted(lines)]) + "\n"


_MYPY_WARM_UP = _MypyWarmUp()


def _lint_emitted(folder: Path, sample: list[Path], meanwhile: Callable[[], None] | None = None) -> list[str]:
    """ruff check on every recorded module, mypy --strict on the sample, with the project's settings
    (mypy's cache kept in .mypy_cache/tests, apart from the one `make typecheck` writes while this
    session may run beside it: the runtime and pydantic are not checked again on the next run);
    `meanwhile` is done while they run."""
    failures = []
    binaries = Path(sys.executable).parent
    config = str(ROOT / "pyproject.toml")
    commands = {
        "ruff": [str(binaries / "ruff"), "check", "--config", config, "--no-cache", "--quiet", str(folder)],
        "mypy": [
            sys.executable, "-m", "mypy", "--strict", "--config-file", config,
            "--cache-dir", str(MYPY_CACHE), *map(str, sample),
        ],
    }  # fmt: skip
    running = {  # side by side: the session's last seconds, the other core is free
        name: subprocess.Popen(command, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
        for name, command in commands.items()
    }
    if meanwhile is not None:
        meanwhile()
    for name, process in running.items():
        output, _ = process.communicate()
        if process.returncode != 0:
            failures.append(f"{name} refuse des modules générés pendant les tests :\n{output}")
    return failures
