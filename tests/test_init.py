"""`circ init`: a rectorat's own repository that passes its own checks at once.

End to end, as a rectorat would get it: the wheel of this checkout is built (`pip wheel`) and
installed with the site extra into a fresh virtual environment; that environment's `circ init`
creates the project in a temporary folder, far from this clone; then every command of the
project's CI recipes (GitLab and GitHub), of its pre-commit configuration and of its Makefile
runs there with that environment only.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from circdsl import cli
from circdsl.init_project import DESTINATIONS, template_files

ROOT = Path(__file__).resolve().parent.parent
BUILD_INPUTS = ["src", "grammar", "pyproject.toml", "setup.py", "MANIFEST.in", "README.md"]
INSTALL = "pip install"  # the install step of a recipe: done here from the wheel instead


# ---------------------------------------------------------------- from a wheel, in a fresh environment


@pytest.fixture(scope="module")
def environment(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A fresh virtual environment with the wheel of this checkout installed (and the site extra)."""
    work = tmp_path_factory.mktemp("roue")
    sources = work / "sources"
    for name in BUILD_INPUTS:  # built from a copy: nothing is written into the checkout
        if (ROOT / name).is_dir():
            shutil.copytree(ROOT / name, sources / name, ignore=shutil.ignore_patterns("*.egg-info", "__pycache__"))
        else:
            shutil.copy2(ROOT / name, sources / name)
    wheels = work / "dist"
    pip = [sys.executable, "-m", "pip"]
    _run([*pip, "wheel", "--quiet", "--no-deps", "--wheel-dir", str(wheels), str(sources)], work)
    (wheel,) = wheels.glob("circdsl-*.whl")
    venv = work / "venv"
    _run([sys.executable, "-m", "venv", "--without-pip", str(venv)], work)
    python = venv / "bin" / "python"
    _run([*pip, "--python", str(python), "install", "--quiet", "--no-compile", f"{wheel}[site]"], work)
    return venv


def _run(command: list[str], cwd: Path, env: dict[str, str] | None = None) -> str:
    done = subprocess.run(command, cwd=cwd, capture_output=True, text=True, env=env, check=False)
    assert done.returncode == 0, f"{' '.join(command)} (dans {cwd}) :\n{done.stdout[-2000:]}\n{done.stderr[-3000:]}"
    return done.stdout


def _isolated(venv: Path) -> dict[str, str]:
    """The environment of a rectorat's shell: the venv's commands first, nothing of this clone."""
    env = {k: v for k, v in os.environ.items() if k not in {"PYTHONPATH", "VIRTUAL_ENV", "PYTHONHOME"}}
    env["PATH"] = f"{venv / 'bin'}{os.pathsep}{env.get('PATH', '')}"
    env["VIRTUAL_ENV"] = str(venv)
    return env


@pytest.fixture(scope="module")
def created(environment: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("rectorat")
    output = _run(["circ", "init", "circulaires-rh", "--titre", "Académie d'essai"], folder, _isolated(environment))
    assert output.startswith("Dépôt créé dans circulaires-rh : ")
    return folder / "circulaires-rh"


def test_the_package_comes_from_the_wheel_not_from_this_clone(environment: Path) -> None:
    where = _run(
        ["python", "-c", "import circdsl.lark_parser as p; print(p.__file__); print(p.GRAMMAR_PATH)"],
        environment,
        _isolated(environment),
    )
    module, grammar = map(Path, where.split())
    assert module.is_relative_to(environment) and grammar == module.parent / "grammar" / "circ.lark"


def recipe_commands(project: Path) -> dict[str, list[str]]:
    """The shell commands of each recipe of the project, install steps left out."""
    gitlab = yaml.safe_load((project / ".gitlab-ci.yml").read_text(encoding="utf-8"))
    github = yaml.safe_load((project / ".github" / "workflows" / "circ.yml").read_text(encoding="utf-8"))
    hooks = yaml.safe_load((project / ".pre-commit-config.yaml").read_text(encoding="utf-8"))
    return {
        "GitLab": [c for c in gitlab["verifier"]["script"] if INSTALL not in c],
        "GitHub": [s["run"] for s in github["jobs"]["verifier"]["steps"] if "run" in s and INSTALL not in s["run"]],
        "pre-commit": [hook["entry"] for repo in hooks["repos"] for hook in repo["hooks"]],
    }


def test_the_recipes_run_the_four_checks(created: Path) -> None:
    checks = ["circ fmt --check", "circ check", "circ test", "circ build --check"]
    commands = recipe_commands(created)
    assert commands["pre-commit"] == checks
    assert commands["GitLab"] == [*checks, "python -m mkdocs build --strict"] == commands["GitHub"]


def test_the_new_project_passes_its_own_checks_with_the_installed_package(environment: Path, created: Path) -> None:
    env = _isolated(environment)
    commands = dict.fromkeys(c for recipe in recipe_commands(created).values() for c in recipe)  # each once
    for command in commands:
        done = subprocess.run(command.split(), cwd=created, capture_output=True, text=True, env=env, check=False)
        assert done.returncode == 0, f"« {command} » échoue :\n{done.stdout}\n{done.stderr[-3000:]}"
    assert (created / "site" / "circulaires" / "allegement_exemple" / "index.html").is_file()


@pytest.mark.skipif(
    shutil.which("make") is None, reason="make n'est pas installé (le README donne les commandes sans make)"
)
def test_the_project_makefile_runs_the_checks(environment: Path, created: Path) -> None:
    stamp = created / ".venv" / ".installe"  # the environment is the wheel's: make does not create one
    stamp.parent.mkdir(exist_ok=True)
    stamp.touch()
    output = _run(["make", "test", f"BIN={environment / 'bin'}"], created, _isolated(environment))
    assert "6 cas réussi(s), 0 en échec." in output and "generated/ est à jour" in output


def test_requirements_pin_the_version_that_created_the_project(environment: Path, created: Path) -> None:
    version = _run(
        ["python", "-c", "from importlib.metadata import version; print(version('circdsl'))"],
        created,
        _isolated(environment),
    ).strip()
    assert f"circdsl[site]=={version}" in (created / "requirements.txt").read_text(encoding="utf-8").splitlines()


# ---------------------------------------------------------------- the command itself


def test_init_refuses_a_folder_that_is_not_empty(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "existant").mkdir()
    (tmp_path / "existant" / "notes.txt").write_text("à garder", encoding="utf-8")
    result = CliRunner().invoke(cli.main, ["init", "existant"])
    assert result.exit_code == 1
    assert (
        result.output
        == "erreur : « existant » existe déjà et n'est pas un dossier vide : choisissez un autre dossier\n"
    )
    assert [p.name for p in (tmp_path / "existant").iterdir()] == ["notes.txt"]


def test_init_accepts_a_fresh_clone_of_an_empty_repository(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "depot" / ".git").mkdir(parents=True)
    result = CliRunner().invoke(cli.main, ["init", "depot", "--titre", 'Rectorat "<essai>"'])
    assert result.exit_code == 0, result.output
    assert (tmp_path / "depot" / "generated" / "circulaires" / "allegement_exemple.py").is_file()
    assert (
        yaml.safe_load((tmp_path / "depot" / "mkdocs.yml").read_text(encoding="utf-8"))["site_name"]
        == 'Rectorat "<essai>"'
    )
    assert (tmp_path / "depot" / "README.md").read_text(encoding="utf-8").startswith('# Rectorat "‹essai›"\n')


def test_the_templates_fill_every_placeholder_and_share_the_site_styles() -> None:
    templates = dict(template_files())
    assert templates["docs/stylesheets/circdsl.css"] == (ROOT / "docs" / "stylesheets" / "circdsl.css").read_text(
        encoding="utf-8"
    )
    assert set(DESTINATIONS) <= set(templates)
    placeholders = {p for text in templates.values() for p in re.findall(r"(?<!\$)\{\{ (\w+) \}\}", text)}
    assert placeholders == {"titre_markdown", "titre_yaml", "version"}
