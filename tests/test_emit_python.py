"""Python emitter: golden output, determinism, safety of the generated source."""

from __future__ import annotations

import ast
import dataclasses
import datetime
import os
import re
import types
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import circdsl.emit_python as emit_python_package
from circdsl import model as m
from circdsl import runtime as rt
from circdsl.compiler import Compilation, Compiler
from circdsl.emit_python import comment, emit_python
from circdsl.emit_python.expressions import BINARY_FUNCTIONS, MAX_DEPTH
from circdsl.emit_python.names import MAX_LENGTH, RUNTIME_NAMES, Imports, Scope, identifier
from circdsl.emit_python.pretty import Str, Text, bracket, concat, flat, render, split_string, text_width
from circdsl.emit_python.steps import ROUNDING
from circdsl.input_limits import MAX_EXPRESSION_DEPTH
from circdsl.project import load_validator
from tests.conftest import PARIS, compiled, write_project

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
    source = emit_python(compiled(PARIS).circular)
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
    source = emit_python(compiled(PARIS).circular)
    first_line = source.splitlines()[0]
    assert "allegement_paris_2025.circ" in first_line
    assert "ne pas modifier" in first_line


def test_each_rule_has_a_source_line_comment() -> None:
    circular = compiled(PARIS).circular
    source = emit_python(circular)
    for rule in circular.rules:
        assert f"allegement_paris_2025.circ:{rule.line} règle {rule.name} ({rule.severity})" in source


def test_evaluation_is_straight_line_code_without_a_tree_interpreter() -> None:
    source = emit_python(compiled(PARIS).circular)
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


# ------------------------------------------------------------------ names: one per model object

CITE = 'cite "Le dispositif est réservé aux personnels titulaires."'
CITE_DATE = 'cite "La date limite de dépôt est fixée au 13 janvier 2025."'
CITE_ORS = 'cite "L\'allègement porte, au maximum, sur le tiers des ORS."'
CITE_MEDICAL = 'cite "Les pièces médicales sont transmises au médecin sous pli confidentiel."'


def evaluate(compilation: Compilation, situation: dict[str, object]) -> rt.Decision:
    decision: rt.Decision = load_validator(compilation.circular).evaluate(situation)
    return decision


def test_relative_deadlines_whose_names_differ_by_accents_keep_their_own_dates(compile_text) -> None:  # type: ignore[no-untyped-def]
    compilation = compile_text(
        f"""
        fait accident.date "Date de l'accident" : date
        fait demande.date_dépôt "Date de dépôt" : date

        échéance délai "Délai de soixante jours" 60 jours après accident.date inclus
          {CITE_DATE}
        échéance delai "Délai de deux jours" 2 jours après accident.date inclus
          {CITE_DATE}

        règle dans_le_délai bloquante "Dépôt dans les soixante jours"
          exige demande.date_dépôt respecte délai
          message "Déposée après le délai."
          {CITE_DATE}
        """
    )
    decision = evaluate(compilation, {"accident.date": "2025-01-01", "demande.date_dépôt": "2025-01-20"})
    assert decision.status is rt.Status.ADMISSIBLE  # the 60 days, not the 2 days of `delai`
    assert {d.name: d.date for d in decision.deadlines} == {
        "délai": datetime.date(2025, 3, 2),
        "delai": datetime.date(2025, 1, 3),
    }


TWO_TABLES = f"""
fait statut "Statut" : choix (titulaire, stagiaire)
fait nb_heures "Heures demandées" : heures

table a_b "Table a_b"
  selon statut
  donne c "Colonne c" : heures
  | titulaire | 10 h |
  | stagiaire | 20 h |
  {CITE}

table a "Table a"
  selon statut
  donne b_c "Colonne b_c" : heures
  | titulaire | 1 h |
  | stagiaire | 2 h |
  {CITE}

règle plafond bloquante "Au plus a_b.c"
  exige nb_heures <= a_b.c
  message "Au plus {{a_b.c}}."
  {CITE_ORS}
"""


def test_table_columns_whose_names_flatten_alike_keep_their_own_values(compile_text) -> None:  # type: ignore[no-untyped-def]
    decision = evaluate(compile_text(TWO_TABLES), {"statut": "titulaire", "nb_heures": 5})
    assert decision.status is rt.Status.ADMISSIBLE  # 5 h <= a_b.c = 10 h (a.b_c is 1 h)
    assert decision.computed == {"a_b.c": 10, "a.b_c": 1}


def test_a_table_reading_another_tables_column_evaluates(compile_text) -> None:  # type: ignore[no-untyped-def]
    compilation = compile_text(
        f"""
        fait statut "Statut" : choix (titulaire, stagiaire)
        fait nb_heures "Heures demandées" : heures

        table groupe_du_statut "Groupe selon le statut"
          selon statut
          donne groupe "Groupe" : choix (a, b)
          | titulaire | a |
          | stagiaire | b |
          {CITE}

        table plafond "Plafond selon le groupe"
          selon groupe_du_statut.groupe, statut
          donne heures "Plafond" : heures
          | a | * | 6 h |
          | b | * | 3 h |
          {CITE_ORS}

        règle plafond_respecté bloquante "Plafond"
          exige nb_heures <= plafond.heures
          message "Au plus {{plafond.heures}}."
          {CITE_ORS}
        """
    )
    assert evaluate(compilation, {"statut": "stagiaire", "nb_heures": 5}).status is rt.Status.NOT_ADMISSIBLE
    decision = evaluate(compilation, {"statut": "titulaire", "nb_heures": 5})
    assert decision.status is rt.Status.ADMISSIBLE
    assert decision.computed == {"groupe_du_statut.groupe": "a", "plafond.heures": 6}


def test_services_documents_and_rules_whose_names_flatten_alike_stay_apart(compile_text) -> None:  # type: ignore[no-untyped-def]
    compilation = compile_text(
        f"""
        fait demande.date_dépôt "Date de dépôt" : date
        fait heures_demandées "Heures demandées" : heures

        service médecin "Médecin de prévention" médical
          {CITE_MEDICAL}
        service medecin "Médecin conseil" médical
          {CITE_MEDICAL}

        pièce certificat_médical "Certificat pour le médecin de prévention"
          obligatoire
          médicale
          transmise par voie postale sous pli confidentiel à médecin
          {CITE_MEDICAL}
        pièce certificat_medical "Certificat pour le médecin conseil"
          obligatoire
          médicale
          transmise par voie postale sous pli confidentiel à medecin
          {CITE_MEDICAL}

        règle délai bloquante "Dépôt avant le 13 janvier"
          exige demande.date_dépôt <= 13/01/2025
          message "Trop tard."
          {CITE_DATE}
        règle delai bloquante "Au plus 6 heures"
          exige heures_demandées <= 6 h
          message "Trop d'heures."
          {CITE_ORS}
        """
    )
    decision = evaluate(compilation, {"demande.date_dépôt": "2025-02-01", "heures_demandées": 3})
    assert [f.rule.name for f in decision.findings] == ["délai"]
    assert decision.satisfied == ("delai",)
    sent_to = {item.document: [r.label for d in item.deliveries for r in d.recipients] for item in decision.checklist}
    assert sent_to == {
        "certificat_médical": ["Médecin de prévention"],
        "certificat_medical": ["Médecin conseil"],
    }


def renamed(circular: m.Circular, names: dict[str, str]) -> m.Circular:
    """The circular with facts, values and tables renamed (every reference follows), as if the
    checker accepted names that flatten alike: the emitter must not rely on it refusing them."""
    done: dict[int, object] = {}

    def rebuild(item: object) -> object:
        if isinstance(item, tuple):
            return tuple(rebuild(part) for part in item)
        if not dataclasses.is_dataclass(item) or isinstance(item, (type, m.Type)):
            return item
        if id(item) not in done:
            changes = {f.name: rebuild(getattr(item, f.name)) for f in dataclasses.fields(item) if f.init}
            name = changes.get("name")
            if isinstance(item, (m.Fact, m.Value, m.Table)) and isinstance(name, str) and name in names:
                changes["name"] = names[name]
            done[id(item)] = dataclasses.replace(item, **changes)  # type: ignore[type-var]
        return done[id(item)]

    result = rebuild(circular)
    assert isinstance(result, m.Circular)
    return result


def test_facts_values_and_tables_whose_names_flatten_alike_stay_apart(compile_text) -> None:  # type: ignore[no-untyped-def]
    compilation = compile_text(
        f"""
        fait statut "Statut" : choix (titulaire, stagiaire)
        fait quotite_a "Quotité demandée" : pourcentage
        fait quotite_b "Quotité autorisée" : pourcentage
        valeur ecart_a "Écart" = quotite_b - quotite_a
        valeur ecart_b "Écart inverse" = quotite_a - quotite_b
        table plafond_a "Plafond a"
          selon statut
          donne heures "Plafond" : heures
          | titulaire | 6 h |
          | stagiaire | 3 h |
          {CITE}
        table plafond_b "Plafond b"
          selon statut
          donne heures "Plafond" : heures
          | titulaire | 1 h |
          | stagiaire | 2 h |
          {CITE}

        règle quotité bloquante "Au plus la quotité autorisée"
          exige quotite_a <= quotite_b et ecart_a >= 0 % et plafond_a.heures = 6 h
          message "Écart {{ecart_a}}, plafond {{plafond_a.heures}}."
          {CITE_ORS}
        """
    )
    names = {"quotite_a": "quotité", "quotite_b": "quotite", "ecart_a": "écart", "ecart_b": "ecart"}
    names |= {"plafond_a": "plafond", "plafond_b": "plafond_"}
    circular = renamed(compilation.circular, names)
    source = emit_python(circular)
    module = load_validator(circular)
    fields = {name: field.alias for name, field in module.Facts.model_fields.items()}
    # a situation's keys are fact names or attributes: no attribute is the name of another fact
    assert fields == {"statut": "statut", "quotite_2": "quotité", "quotite": "quotite"}
    decision = module.evaluate({"statut": "titulaire", "quotité": 50, "quotite": 80})
    assert decision.status is rt.Status.ADMISSIBLE
    assert module.evaluate({"statut": "titulaire", "quotite_2": 50, "quotite": 80}).to_dict() == decision.to_dict()
    assert decision.computed == {"écart": 30, "ecart": -30, "plafond.heures": 6, "plafond_.heures": 1}
    assert dict(decision_values(module, {"statut": "titulaire", "quotité": 90, "quotite": 80})) == {
        "quotité": 90,
        "quotite": 80,
        "statut": "titulaire",
        "écart": -10,
    }
    assert unused_locals(source) == set()


def decision_values(module: types.ModuleType, situation: dict[str, object]) -> tuple[tuple[str, object], ...]:
    values: tuple[tuple[str, object], ...] = module.evaluate(situation).findings[0].values
    return values


# ------------------------------------------------------------------ lint-clean by construction


def evaluate_function(source: str) -> ast.FunctionDef:
    return next(n for n in ast.parse(source).body if isinstance(n, ast.FunctionDef) and n.name == "evaluate")


def unused_locals(source: str) -> set[str]:
    """Locals of `evaluate` assigned and never read (what ruff reports as F841; `_` is meant unread)."""
    function = evaluate_function(source)
    stored = {n.id for n in ast.walk(function) if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Store)} - {"_"}
    loaded = {n.id for n in ast.walk(function) if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Load)}
    return stored - loaded


def unused_imports(source: str) -> set[str]:
    tree = ast.parse(source)
    imported = {
        (alias.asname or alias.name).split(".")[0]
        for node in tree.body
        if isinstance(node, ast.Import) or (isinstance(node, ast.ImportFrom) and node.module != "__future__")
        for alias in node.names
    }
    used = {n.id for n in ast.walk(tree) if isinstance(n, ast.Name)}
    return imported - used


def test_a_fact_set_only_in_an_example_case_gets_no_local(compile_text) -> None:  # type: ignore[no-untyped-def]
    compilation = compile_text(
        f"""
        fait statut "Statut" : choix (titulaire, stagiaire)
        fait commentaire "Commentaire libre" : texte

        règle public bloquante "Titulaires"
          exige statut = titulaire
          message "Réservé aux titulaires."
          {CITE}

        cas "Un titulaire qui commente"
          statut = titulaire
          commentaire = "rien"
          attendu recevable
        """
    )
    source = emit_python(compilation.circular)
    assert "commentaire" not in ast.unparse(evaluate_function(source))  # read and checked, not bound
    assert "commentaire = situation.get('commentaire')" in source
    assert unused_locals(source) == set()


def test_imports_follow_what_the_code_uses_not_the_labels(compile_text) -> None:  # type: ignore[no-untyped-def]
    compilation = compile_text(
        f"""
        fait a "Literal Decimal Annotated datetime Any ClassVar" : booléen

        règle r bloquante "Literal et Decimal dans un titre"
          exige a
          message "Literal[Decimal] datetime.date"
          {CITE}
        """
    )
    source = emit_python(compilation.circular)
    assert unused_imports(source) == set()
    imports = [line for line in source.splitlines() if line.startswith(("import ", "from "))]
    assert not any("Decimal" in line or "Literal" in line for line in imports)  # datetime: the issue date


def test_generated_lines_fit_in_100_columns(generated_sources: dict[str, str]) -> None:
    for name, source in generated_sources.items():
        long = [(number, line) for number, line in enumerate(source.splitlines(), 1) if text_width(line) > 100]
        assert long == [], name


def test_constants_are_named_after_their_role() -> None:
    source = emit_python(compiled(PARIS).circular)
    constants = {n.targets[0].id for n in ast.parse(source).body if isinstance(n, ast.Assign)}  # type: ignore[attr-defined]
    assert {
        "_RULE_PLAFOND_TIERS_HEURES",
        "_SERVICE_SMFP",
        "_DEADLINE_LIMITE_DEPOT",
        "_DOC_CERTIFICAT_MEDICAL",
    } <= constants
    # the citation shared by both ceilings is named after the first rule citing it
    assert "(_CITE_PLAFOND_TIERS_DEMI_JOURNEES,)" in source.split("_RULE_PLAFOND_TIERS_HEURES = ")[1]
    assert not [name for name in constants if re.fullmatch(r"_[A-Z]+(_\d+)?", name) and name != "_SUBMISSION"]


def test_each_rule_binds_its_message_and_values_once() -> None:
    source = emit_python(compiled(PARIS).circular)
    assert source.count("rt.fmt(demande_date_depot)") == 1  # délai_dépôt: one message, five findings
    findings = [
        node
        for node in ast.walk(evaluate_function(source))
        if isinstance(node, ast.Call) and ast.unparse(node.func) == "rt.Finding"
    ]
    assert findings and all(ast.unparse(f.args[4]) in ("values", "()") for f in findings)
    assert all(isinstance(f.args[3], (ast.Name, ast.Constant)) for f in findings)


# ------------------------------------------------------------------ expressions of any size

CHAIN = MAX_EXPRESSION_DEPTH - 1  # the longest chains the front end accepts (E005 beyond)


@pytest.fixture(scope="module")
def chains(tmp_path_factory: pytest.TempPathFactory) -> Compilation:
    """A circular whose conditions and values are chains as long as the front end accepts (E005 beyond)."""
    booleans = "\n".join(f'fait b{i} "B{i}" : booléen' for i in range(CHAIN))
    numbers = "\n".join(f'fait n{i} "N{i}" : entier' for i in range(CHAIN))

    def rule(name: str, condition: str) -> str:
        return f'règle {name} bloquante "{name}"\n  exige {condition}\n  message "m"\n  {CITE}\n'

    text = "\n".join(
        [
            booleans,
            numbers,
            'fait d "Date" : date',
            f'valeur somme "Somme" = {" + ".join(f"n{i}" for i in range(CHAIN))}',
            f'valeur différence "Différence" = {" - ".join(f"n{i}" for i in range(CHAIN))}',
            f'valeur produit "Produit" = {" * ".join(f"n{i}" for i in range(CHAIN))}',
            f'valeur quotient "Quotient" = {" / ".join(f"n{i}" for i in range(CHAIN))}',
            f'valeur plus_tard "Date décalée" = d {" + 1 jours" * CHAIN}',
            rule("toutes", " et ".join(f"b{i}" for i in range(CHAIN))),
            rule("une", " ou ".join(f"b{i}" for i in range(CHAIN))),
            rule("par_paires", " ou ".join(f"b{i} et b{i + 1}" for i in range(0, CHAIN - 1, 2))),
            rule("négations", "non " * (CHAIN - CHAIN % 2) + "b0"),
            rule("somme_bornée", f"somme <= {CHAIN}"),
        ]
    )
    folder = tmp_path_factory.mktemp("chains")
    return Compiler().compile_file(write_project(folder, text))


def test_the_longest_chains_give_an_importable_module(chains: Compilation) -> None:
    module = load_validator(chains.circular)
    ones = {f"n{i}": 1 for i in range(CHAIN)} | {"d": "2025-01-01"}
    decision = module.evaluate({f"b{i}": True for i in range(CHAIN)} | ones)
    assert decision.computed == {
        "somme": CHAIN,
        "différence": 2 - CHAIN,
        "produit": 1,
        "quotient": 1,
        "plus_tard": datetime.date(2025, 1, 1) + datetime.timedelta(days=CHAIN),
    }
    assert decision.satisfied == ("toutes", "une", "par_paires", "négations", "somme_bornée")
    one_false = module.evaluate({f"b{i}": i != CHAIN // 2 for i in range(CHAIN)} | ones)
    assert [f.rule.name for f in one_false.findings] == ["toutes"]  # the other pairs hold
    unknown = module.evaluate({f"b{i}": True for i in range(CHAIN) if i != 7})
    undecided = {f.rule.name: f.missing for f in unknown.findings}
    assert undecided["toutes"] == ("b7",) and "une" not in undecided
    assert undecided["somme_bornée"] == tuple(f"n{i}" for i in range(CHAIN))


def test_no_generated_expression_nests_deeper_than_the_limit(chains: Compilation) -> None:
    def depth(node: ast.AST) -> int:
        deepest, stack = 0, [(node, 0)]
        while stack:
            item, level = stack.pop()
            deepest = max(deepest, level)
            nested = level + isinstance(item, (ast.Call, ast.Tuple, ast.IfExp))
            stack.extend((child, nested) for child in ast.iter_child_nodes(item))
        return deepest

    assert depth(ast.parse(emit_python(chains.circular))) <= 2 * MAX_DEPTH


# ------------------------------------------------------------------ the runtime the emitter writes


def test_every_runtime_name_the_emitter_can_write_is_exported() -> None:
    assert set(rt.__all__) >= RUNTIME_NAMES
    assert all(hasattr(rt, name) for name in rt.__all__)
    emitter = Path(emit_python_package.__file__).parent
    written = set()  # every name given to Imports.runtime, ExpressionCompiler.rt/.call, or in the operator tables
    for path in emitter.glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr in ("runtime", "rt", "call")
                and node.args
                and isinstance(node.args[0], ast.Constant)
            ):
                written.add(node.args[0].value)
    written |= set(BINARY_FUNCTIONS.values()) | set(ROUNDING.values())
    assert written <= RUNTIME_NAMES


def test_generated_code_uses_only_exported_runtime_names(
    generated_sources: dict[str, str], chains: Compilation
) -> None:
    sources = [*generated_sources.values(), emit_python(chains.circular)]
    used = {
        node.attr
        for source in sources
        for node in ast.walk(ast.parse(source))
        if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and node.value.id == "rt"
    }
    assert used <= RUNTIME_NAMES
    assert {"all3", "any3", "total", "product", "missing_all", "missing_any"} <= used


@pytest.fixture(scope="module")
def generated_sources() -> dict[str, str]:
    """The validator of every real circular and of the golden example."""
    sources = {"exemple": emit_python(compile_golden("exemple"))}
    for path in sorted(PARIS.parent.glob("*.circ")):
        circular = compiled(path).circular
        if circular.kind == "circulaire":
            sources[circular.name] = emit_python(circular)
    return sources


# ------------------------------------------------------------------ the allocator and the layout


def test_the_allocator_gives_one_name_per_object_and_never_the_same_twice() -> None:
    module = Scope(reserved=["rt", "CIRCULAR"])
    function = Scope(module, reserved=["facts"])
    fact = dataclasses.replace(compiled(PARIS).circular.facts[0], name="délai")
    other = dataclasses.replace(fact, name="delai")
    assert function.name(fact, identifier(fact.name, "fait")) == "delai"
    assert function.name(other, identifier(other.name, "fait")) == "delai_2"
    assert function.name(fact, "anything") == "delai"  # keyed by the object, allocated once
    assert function.lookup(other) == "delai_2"
    assert function.fresh("facts") == "facts_2"  # a name written by hand in the function
    assert function.fresh("rt") == "rt_2"  # a module name, seen from the function
    assert module.fresh("delai") == "delai_3"  # a module name would hide the function's local
    assert function.fresh("class") == "class_" and function.fresh("list") == "list_"  # keyword, builtin
    assert function.numbered("shared") == "shared_1" and function.numbered("shared") == "shared_2"
    with pytest.raises(KeyError):
        function.lookup(dataclasses.replace(fact, name="autre"))


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("agent.degré", "agent_degre"),
        ("Agent.RQTH", "agent_rqth"),
        ("__class__", "class"),
        ("名前", "fait"),
        ("ﬁn", "fin"),
        ("2025_x", "fait_2025_x"),
        ("x" * 80, "x" * MAX_LENGTH),
    ],
)
def test_identifiers_are_ascii_lower_case_and_bounded(name: str, expected: str) -> None:
    assert identifier(name, "fait") == expected


def test_imports_are_listed_in_isort_order_from_what_was_used() -> None:
    imports = Imports()
    assert imports.runtime("and3") == "rt.and3"
    imports.name("typing", "Literal")
    imports.module("datetime")
    imports.name("pydantic", "Field")
    imports.name("typing", "Any")
    assert imports.lines() == [
        "import datetime",
        "from typing import Any, Literal",
        "",
        "from pydantic import Field",
        "",
        "from circdsl import runtime as rt",
    ]
    with pytest.raises(KeyError):
        imports.runtime("system")


@settings(max_examples=150, deadline=None)
@given(value=st.text(max_size=300), room=st.integers(0, 120))
def test_a_long_string_is_split_into_pieces_that_fit_and_give_it_back(value: str, room: int) -> None:
    pieces = split_string(value, room)
    assert "".join(pieces) == value
    if room >= 12:  # the longest escape of one character, \U0001eebc, and its quotes
        assert all(text_width(repr(piece)) <= room for piece in pieces)


def test_a_laid_out_statement_means_what_its_flat_form_means() -> None:
    message = Str("L'allègement demandé dépasse le tiers des ORS : " * 4)
    call = bracket("f(", [message, Text("x"), bracket("(", [Str("a"), Str("b" * 120)], ")")], ")")
    lines = render(concat("y = ", call), 8)
    assert all(text_width(line) <= 100 for line in lines)
    assert ast.dump(ast.parse("\n".join(line[8:] for line in lines))) == ast.dump(ast.parse(flat(concat("y = ", call))))


def test_a_circular_that_reads_no_fact_still_validates_the_situation(compile_text) -> None:  # type: ignore[no-untyped-def]
    compilation = compile_text(
        f"""
        règle information_générale information "Le dispositif est ouvert à tous"
          message "Le dispositif est ouvert à tous les personnels titulaires."
          {CITE}
        """
    )
    source = emit_python(compilation.circular)
    assert unused_locals(source) == set()
    assert "FACT_LABELS: dict[str, str] = {}" in source  # typed, even empty (mypy --strict)
    module = load_validator(compilation.circular)
    assert module.evaluate({}).status is rt.Status.ADMISSIBLE
    with pytest.raises(rt.SituationError):
        module.evaluate({"fait_inconnu": True})
