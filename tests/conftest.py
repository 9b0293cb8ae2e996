"""Shared helpers: compile .circ text in a temporary folder, load real circulars."""

from __future__ import annotations

import os
import textwrap
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
