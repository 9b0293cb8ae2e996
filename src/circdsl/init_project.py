"""`circ init DOSSIER`: a rectorat's own repository of circulars, ready to use.

The files come from the package's templates (templates/init/): the shared vocabulary
`commun.circ`, an example circular with its source text and its cases, the site (mkdocs.yml,
home page, styles), a README, a Makefile, the CI recipes for GitLab and GitHub and a
pre-commit configuration. The project is then built (generated/), so that it passes its own
checks at once: `circ fmt --check`, `circ check`, `circ test`, `circ build --check`.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from importlib import metadata, resources
from importlib.resources.abc import Traversable
from pathlib import Path

from circdsl import escape, project
from circdsl.compiler import Compiler

TEMPLATES = "templates/init"
# Template files whose name in the project differs (a dot file is not package data).
DESTINATIONS = {
    "gitignore": ".gitignore",
    "gitlab-ci.yml": ".gitlab-ci.yml",
    "github-workflow.yml": ".github/workflows/circ.yml",
    "pre-commit-config.yaml": ".pre-commit-config.yaml",
}
KEPT = frozenset({".git"})  # what a folder may already hold (a fresh clone of an empty repository)
CIRCULARS = "circulars"
GENERATED = "generated"


class ProjectExists(Exception):  # noqa: N818 - a user error, reported in French by the command
    """The folder is not empty: nothing is written."""


@dataclass(frozen=True)
class Created:
    """What `circ init` wrote: the project's files, then those of generated/."""

    folder: Path
    files: list[Path]
    generated: list[Path]


def create_project(folder: Path, title: str) -> Created:
    """Write the project into `folder` (new, or empty but for .git) and build it."""
    if folder.exists() and (not folder.is_dir() or any(p.name not in KEPT for p in folder.iterdir())):
        raise ProjectExists(f"« {folder} » existe déjà et n'est pas un dossier vide : choisissez un autre dossier")
    values = {
        "titre_markdown": str(escape.markdown_title(title)),
        "titre_yaml": json.dumps(title, ensure_ascii=False),  # a JSON string is a YAML string
        "version": metadata.version("circdsl"),
    }
    written = []
    for relative, text in template_files():
        target = folder / DESTINATIONS.get(relative, relative)
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(_filled(text, values), encoding="utf-8", newline="\n")
        written.append(target)
    return Created(folder, written, build(folder))


def template_files() -> list[tuple[str, str]]:
    """(path inside the project, text) of every template, sorted."""
    found: list[tuple[str, str]] = []
    _collect(resources.files("circdsl").joinpath(TEMPLATES), "", found)
    return sorted(found)


def _collect(folder: Traversable, prefix: str, found: list[tuple[str, str]]) -> None:
    for entry in folder.iterdir():
        if entry.is_dir():
            _collect(entry, f"{prefix}{entry.name}/", found)
        elif not entry.name.startswith("."):
            found.append((prefix + entry.name, entry.read_text(encoding="utf-8")))


def _filled(text: str, values: dict[str, str]) -> str:
    for key, value in values.items():
        text = text.replace("{{ " + key + " }}", value)
    return text


def build(folder: Path) -> list[Path]:
    """`circ build` of the new project: its validators and pages in generated/."""
    result = project.compile_all([folder / CIRCULARS], Compiler(root=folder))
    if result.failed:  # the templates are tested: this is a bug of circdsl, never the user's
        raise RuntimeError("les circulaires du modèle de projet ne compilent pas")
    project.plan_outputs(result, folder / GENERATED)
    return project.write_outputs(result, folder / GENERATED).written
