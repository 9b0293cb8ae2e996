"""Python emitter: golden output, determinism, safety of the generated source."""

from __future__ import annotations

import ast
import os
from decimal import Decimal
from pathlib import Path

import pytest

from circdsl import model as m
from circdsl.compiler import Compiler
from circdsl.emit_python import comment, emit_python
from circdsl.project import load_validator
from tests.conftest import PARIS

GOLDEN = Path(__file__).parent / "golden"
UPDATE = os.environ.get("CIRCDSL_UPDATE_GOLDEN") == "1"


def compile_golden(name: str) -> m.Circular:
    # Display paths are made relative to the golden folder so the output does not depend on the cwd.
    cwd = Path.cwd()
    os.chdir(GOLDEN)
    try:
        return Compiler().compile_file(Path(f"{name}.circ")).circular
    finally:
        os.chdir(cwd)


@pytest.mark.parametrize("name", sorted(p.stem for p in GOLDEN.glob("*.circ")))
def test_golden_output(name: str) -> None:
    """The generated module equals the committed golden file (CIRCDSL_UPDATE_GOLDEN=1 rewrites it)."""
    produced = emit_python(compile_golden(name))
    expected_path = GOLDEN / f"{name}.py"
    if UPDATE:
        expected_path.write_text(produced, encoding="utf-8")
    assert produced == expected_path.read_text(encoding="utf-8")


def test_emission_is_deterministic() -> None:
    first = emit_python(Compiler().compile_file(PARIS).circular)
    second = emit_python(Compiler().compile_file(PARIS).circular)
    assert first == second


def test_generated_module_parses_and_imports_only_allowed_modules() -> None:
    source = emit_python(Compiler().compile_file(PARIS).circular)
    tree = ast.parse(source)
    imported = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            imported.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            imported.add((node.module or "").split(".")[0])
    assert imported <= {"__future__", "datetime", "collections", "decimal", "typing", "pydantic", "circdsl"}
    runtime_imports = [n for n in ast.walk(tree) if isinstance(n, ast.ImportFrom) and n.module == "circdsl"]
    assert [alias.name for n in runtime_imports for alias in n.names] == ["runtime"]


def test_header_names_source_and_says_do_not_edit() -> None:
    source = emit_python(Compiler().compile_file(PARIS).circular)
    first_line = source.splitlines()[0]
    assert "allegement_paris_2025.circ" in first_line
    assert "ne pas modifier" in first_line


def test_each_rule_has_a_source_line_comment() -> None:
    circular = Compiler().compile_file(PARIS).circular
    source = emit_python(circular)
    for rule in circular.rules:
        assert f"allegement_paris_2025.circ:{rule.line} règle {rule.name} ({rule.severity})" in source


def test_evaluation_is_straight_line_code_without_a_tree_interpreter() -> None:
    source = emit_python(Compiler().compile_file(PARIS).circular)
    tree = ast.parse(source)
    evaluate = next(n for n in tree.body if isinstance(n, ast.FunctionDef) and n.name == "evaluate")
    loops = [n for n in ast.walk(evaluate) if isinstance(n, (ast.For, ast.While))]
    assert loops == []


def test_comment_text_cannot_break_out_of_a_comment() -> None:
    assert "\n" not in comment("a\nimport os\r\x00b")


def test_hostile_strings_stay_literals(compile_text) -> None:  # type: ignore[no-untyped-def]
    hostile = 'x\\" + __import__(\\"os\\").system(\\"echo pwned\\") + \\"\\n\\"\\"\\"'
    compilation = compile_text(
        f"""
        fait a "{hostile}" : booléen
        règle r bloquante "{hostile}"
          exige a
          message "{hostile} {{a}}"
          cite "Le dispositif est réservé aux personnels titulaires."
        """
    )
    source = emit_python(compilation.circular)
    tree = ast.parse(source)
    calls = {n.func.id for n in ast.walk(tree) if isinstance(n, ast.Call) and isinstance(n.func, ast.Name)}
    assert "__import__" not in calls
    validator = load_validator(compilation.circular)
    decision = validator.evaluate({"a": False})
    assert decision.findings[0].message.startswith('x" + __import__("os")')


def test_golden_validator_computes_rounded_amount_and_checklist() -> None:
    validator = load_validator(compile_golden("exemple"))
    decision = validator.evaluate(
        {
            "statut": "titulaire",
            "motifs": ["garde_enfant"],
            "quotité": 50,
            "traitement": "2421,62",
            "date_dépôt": "01/03/2025",
            "durée": 12,
            "enfants": 1,
            "commentaire": "aucun",
            "congé": "aucun",
        }
    )
    assert decision.computed["cotisation"] == Decimal("403.60")  # 2 421,62 × 50 % / 3, to the cent
    assert str(decision.computed["cotisation"]) == "403.60"
    assert [item.document for item in decision.checklist] == ["justificatif_garde"]
    assert decision.status.value == "recevable"
