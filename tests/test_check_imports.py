"""`circ check` of one file loads what checking needs and nothing else (issue 16: most of its time
is the start of Python and the imports). Each test runs the console script's entry point
(`circdsl.launch.run`) in a child process and reads the modules it loaded: no timing is measured."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PARIS = ROOT / "circulars" / "allegement_paris_2025.circ"

# Runs `circ ARGS` as the console script does, then writes the name of every module loaded; with
# several commands (separated by ";"), one after the other in the same process, each followed by
# its listing (modules.1, modules.2...).
_PROGRAM = """
import sys
listing, *arguments = sys.argv[1:]
from circdsl.launch import run
commands = [[]]
for argument in arguments:
    if argument == ";":
        commands.append([])
    else:
        commands[-1].append(argument)
for number, command in enumerate(commands, start=1):
    sys.argv = ["circ", *command]
    try:
        run()
    except SystemExit as done:
        assert not done.code, done.code
    with open(f"{listing}.{number}", "w", encoding="utf-8") as out:
        out.write("\\n".join(sorted(sys.modules)))
"""

# What only building, serving, evaluating or querying loads.
NOT_FOR_CHECKING = (
    "jinja2",  # the pages' templates
    "pydantic",  # the runtime of the validators
    "circdsl.emit_docs",  # the page generator
    "circdsl.docs_page",
    "circdsl.rendering",
    "circdsl.emit_python",  # the validator generator
    "circdsl.runtime",
    "circdsl.cases",  # `circ test`
    "circdsl.sql",  # `circ sql`, `circ lot`
    "sqlglot",
    "duckdb",
    "circdsl.serve",  # `circ serve`
    "circdsl.lsp",  # the language server
    "pygments",
    "json",  # the reports of `circ test`, the situations of `circ eval`
    "xml",
)


def _modules_loaded(tmp_path: Path, *arguments: str) -> list[set[str]]:
    """The modules loaded after each command (`arguments` separated by ";")."""
    listing = tmp_path / "modules"
    subprocess.run(
        [sys.executable, "-c", _PROGRAM, str(listing), *arguments], cwd=ROOT, check=True, capture_output=True
    )
    count = arguments.count(";") + 1
    paths = [tmp_path / f"modules.{number}" for number in range(1, count + 1)]
    return [set(path.read_text(encoding="utf-8").splitlines()) for path in paths]


def _loaded(modules: set[str], package: str) -> list[str]:
    return sorted(m for m in modules if m == package or m.startswith(package + "."))


def test_check_of_one_file_loads_no_generator_runtime_or_server(tmp_path: Path) -> None:
    [modules] = _modules_loaded(tmp_path, "check", str(PARIS))
    assert "circdsl.check" in modules and "circdsl.analysis" in modules  # it did check the file
    assert {package: _loaded(modules, package) for package in NOT_FOR_CHECKING} == {p: [] for p in NOT_FOR_CHECKING}


def test_the_reports_of_circ_test_still_load_what_they_write_with(tmp_path: Path) -> None:
    """The imports moved into the functions that use them are still made: `circ test --format json`
    and `--format junit` write their reports. One process runs both, json first: it loads no xml,
    so the xml modules found after the second were loaded by junit's report."""
    after_json, after_junit = _modules_loaded(
        tmp_path, "test", "--format", "json", str(PARIS), ";", "test", "--format", "junit", str(PARIS)
    )
    assert "json" in after_json
    assert "xml.etree.ElementTree" not in after_json and "xml.etree.ElementTree" in after_junit


def test_the_entry_point_leaves_the_collector_on() -> None:
    """The collector is paused only while the command line is imported and the parser loaded."""
    program = (
        "import gc, sys; sys.argv = ['circ', '--version']\n"
        "from circdsl.launch import run\n"
        "try:\n    run()\nexcept SystemExit:\n    pass\n"
        "from circdsl.parser import get_parser\nget_parser()\nprint(gc.isenabled(), gc.get_freeze_count() > 0)"
    )
    done = subprocess.run([sys.executable, "-c", program], cwd=ROOT, check=True, capture_output=True, text=True)
    assert done.stdout.split()[-2:] == ["True", "True"]
