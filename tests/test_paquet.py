"""`circ build --paquet`: the wheels of the validators and of circdsl-runtime, installed in a fresh
virtual environment (without circdsl) and evaluated there."""

from __future__ import annotations

import ast
import json
import os
import subprocess
import sys
import time
import tomllib
import zipfile
from pathlib import Path

import pytest

from circdsl import wheel
from tests.cli_runner import circ
from tests.conftest import CIRCULARS, ROOT

pytestmark = pytest.mark.xdist_group("paquet")  # one build and one fresh venv, on one worker

NAME = "circulaires-rectorats"
PACKAGE = "circulaires_rectorats"

# Run in the fresh venv: pick this year's allègement for Paris without naming its module, evaluate it.
SCRIPT = """
import json, sys
import circulaires_rectorats as paquet
import circdsl_runtime as rt

picked = paquet.validators(dispositif="Allègement de service", school_year="2025-2026", authority="paris")
situation = {
    "agent.statut": "titulaire", "agent.fonction": "enseignement", "agent.degré": "second",
    "agent.ors_heures": 18, "allègement_heures": 6, "demande.date_dépôt": "10/01/2025",
    "agent.temps_partiel_thérapeutique": False, "agent.fonctions_direction": False,
    "agent.heures_supplémentaires": False, "agent.mission_particulière": False,
}
decision = picked[0].evaluate(situation)
try:
    picked[0].evaluate({"agent.ors_heures": "dix-huit"})
    refused = None
except rt.SituationError as error:
    refused = [(e.field, e.message) for e in error.errors]
try:
    import circdsl
    compiler = circdsl.__file__
except ImportError:
    compiler = None
print(json.dumps({
    "picked": [module.__name__ for module in picked],
    "status": decision.status,
    "documents": sorted(item.document for item in decision.checklist if item.status == "à fournir"),
    "refused": refused,
    "compiler": compiler,
    "schemas": sorted(name for name in __import__("os").listdir(paquet.__path__[0]) if name.endswith(".json"))[:2],
}))
"""


@pytest.fixture(scope="module")
def wheels(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    folder = tmp_path_factory.mktemp("paquet")
    run = circ("build", "--paquet", str(folder), "--nom", NAME, "--sortie", str(folder / "generated"), cwd=ROOT)
    assert run.returncode == 0, run.stderr
    assert "paquet : " in run.stdout
    return sorted(folder.glob("*.whl"))


def test_two_wheels_named_from_the_project_and_circdsl(wheels: list[Path]) -> None:
    version = wheel.circdsl_version()
    assert [w.name for w in wheels] == [
        f"circdsl_runtime-{version}-py3-none-any.whl",
        f"{PACKAGE}-0.1.0-py3-none-any.whl",
    ]
    with zipfile.ZipFile(wheels[1]) as archive:
        names = archive.namelist()
        metadata = archive.read(f"{PACKAGE}-0.1.0.dist-info/METADATA").decode()
        paris = archive.read(f"{PACKAGE}/allegement_paris_2025.py").decode()
    assert f"Requires-Dist: circdsl-runtime=={version}" in metadata
    assert f"{PACKAGE}/decision.schema.json" in names and f"{PACKAGE}/allegement_paris_2025.schema.json" in names
    generated = (CIRCULARS.parent / "generated" / "circulaires" / "allegement_paris_2025.py").read_text()
    # The module circ build writes, but for the one line importing the runtime.
    assert paris == generated.replace(wheel.RUNTIME_IMPORT, wheel.PACKAGED_RUNTIME_IMPORT)
    assert "circdsl " not in paris.replace("Généré par circdsl ", "") and "circdsl." not in paris


def test_runtime_wheel_is_runtime_py_and_depends_on_what_it_imports(wheels: list[Path]) -> None:
    with zipfile.ZipFile(wheels[0]) as archive:
        code = archive.read("circdsl_runtime/__init__.py").decode()
        metadata = archive.read(f"circdsl_runtime-{wheel.circdsl_version()}.dist-info/METADATA").decode()
        record = archive.read(f"circdsl_runtime-{wheel.circdsl_version()}.dist-info/RECORD").decode()
    runtime_py = (ROOT / "src" / "circdsl" / "runtime.py").read_text(encoding="utf-8")
    assert code.split("\n", 1)[1] == runtime_py
    assert not {name for name in _imported(runtime_py) if name.split(".")[0] == "circdsl"}
    declared = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["dependencies"]
    wanted = {d.replace(" ", "") for d in declared if d.split(">")[0].split("<")[0] in ("pydantic", "holidays")}
    required = {line.removeprefix("Requires-Dist: ") for line in metadata.splitlines() if "Requires-Dist" in line}
    assert len(required) == 2 and {_normalised(r) for r in required} == {_normalised(w) for w in wanted}
    assert "circdsl_runtime/__init__.py,sha256=" in record


def _imported(code: str) -> set[str]:
    """The modules a piece of code imports, anywhere in it (functions included)."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(code)):
        if isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
    return found


def _normalised(requirement: str) -> tuple[str, frozenset[str]]:
    name = requirement.split(">")[0].split("<")[0]
    return name, frozenset(requirement.removeprefix(name).split(","))


def test_wheels_are_byte_identical_from_one_build_to_the_next(wheels: list[Path], tmp_path: Path) -> None:
    again = wheel.runtime_wheel(tmp_path)
    assert again.read_bytes() == wheels[0].read_bytes()


def test_fresh_venv_installs_both_wheels_and_evaluates_paris(wheels: list[Path], tmp_path: Path) -> None:
    """Without circdsl: the validators pull circdsl-runtime, which pulls pydantic and holidays
    (from pip's configured indexes), and this year's Paris allègement is found by its dispositif."""
    started = time.perf_counter()
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True)
    python = venv / "bin" / "python"
    install = [sys.executable, "-m", "pip", "--python", str(python), "install", "--quiet"]
    installed = subprocess.run(
        [*install, "--find-links", str(wheels[0].parent), NAME], capture_output=True, text=True, check=False
    )
    assert installed.returncode == 0, installed.stderr
    env = {key: value for key, value in os.environ.items() if key not in ("PYTHONPATH", "PYTHONHOME")}
    ran = subprocess.run(
        [str(python), "-c", SCRIPT], capture_output=True, text=True, check=False, env=env, cwd=tmp_path
    )
    assert ran.returncode == 0, ran.stderr
    answer = json.loads(ran.stdout)
    print(f"\nvenv neuf : installation et évaluation en {time.perf_counter() - started:.1f} s")
    assert answer == {
        "picked": [f"{PACKAGE}.allegement_paris_2025"],
        "status": "recevable",
        "documents": ["certificat_médical", "courrier_difficultés"],
        "refused": [["agent.ors_heures", "nombre attendu"]],
        "compiler": None,
        "schemas": ["allegement_paris_2025.schema.json", "allegement_rhone_2016.schema.json"],
    }


@pytest.mark.parametrize(
    ("args", "said"),
    [
        (["--nom", "circdsl"], "nom de paquet impossible « circdsl »"),
        (["--nom", "mes circulaires"], "nom de paquet impossible"),
        (["--nom", "2025-paris"], "nom de paquet impossible « 2025-paris » : une lettre, puis"),
        (["--version-paquet", "v2"], "version impossible « v2 »"),
        (["--check"], "--paquet ne va ni avec --check ni avec --watch"),
    ],
)
def test_wrong_package_options_are_refused_in_french(args: list[str], said: str, tmp_path: Path) -> None:
    run = circ("build", "--paquet", str(tmp_path / "dist"), *args, cwd=ROOT)
    assert run.returncode != 0 and said in run.stderr and "Traceback" not in run.stderr
    assert not (tmp_path / "dist").exists()


def test_default_name_comes_from_the_project_folder(tmp_path: Path) -> None:
    assert wheel.default_name(tmp_path / "Rectorat de Paris") == "circulaires-rectorat-de-paris"
    assert wheel.default_name(tmp_path / "circulaires-lyon") == "circulaires-lyon"
    assert wheel.import_name("circulaires-rectorat-de-paris") == "circulaires_rectorat_de_paris"
    run = circ("build", "--nom", "x", cwd=ROOT)
    assert run.returncode != 0 and "--nom et --version-paquet vont avec --paquet" in run.stderr
