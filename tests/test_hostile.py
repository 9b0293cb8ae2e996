"""Hostile .circ inputs: nothing written in a circular (names, texts, messages, citations,
file names) can inject code into the generated Python. Each input either compiles to a
module that parses, imports in memory and evaluates, whose strings come back unchanged,
or is refused with clean, located diagnostics."""

from __future__ import annotations

import ast
import contextlib
import os
import sys
import types
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from circdsl import runtime as rt
from circdsl.compiler import Compiler
from circdsl.diagnostics import CATALOGUE, CompileError, Diagnostic, render_all
from circdsl.emit_python import emit_python
from circdsl.project import compile_all, load_validator, plan_outputs
from tests.conftest import HEADER, SOURCE_TEXT

ALLOWED_IMPORTS = {"__future__", "datetime", "collections", "decimal", "typing", "pydantic", "circdsl"}
FORBIDDEN_CALLS = {"eval", "exec", "compile", "__import__", "open", "getattr", "setattr", "globals", "locals"}

# Texts that would break out of a Python literal, a comment or a line if pasted as is.
# Each is written in .circ syntax (escapes as the .circ lexer reads them) with the text it stands for.
TEXTS = [
    ('a \\" b', 'a " b'),
    ('\\"\\"\\"; import os; os.system(\\"x\\"); \\"\\"\\"', '"""; import os; os.system("x"); """'),
    ("''' ; __import__('os') ; '''", "''' ; __import__('os') ; '''"),
    ("antislash \\\\ final \\\\", "antislash \\ final \\"),
    ("ligne\nsuivante # pas un commentaire", "ligne\nsuivante # pas un commentaire"),
    ("nul \x00 octet", "nul \x00 octet"),
    ("bidi \u202e\u2066 inversé \u2069\u202c", "bidi \u202e\u2066 inversé \u2069\u202c"),
    ("séparateurs \u2028 \u2029 \x85 \x0c \x0b", "séparateurs \u2028 \u2029 \x85 \x0c \x0b"),
    ("{__import__('os').system('id')} et {{x}}", "{__import__('os').system('id')} et {{x}}"),
    ("accolade { seule", "accolade { seule"),
    ("%s %(x)s {0} $x ${x}", "%s %(x)s {0} $x ${x}"),
    ("très long " * 2000, "très long " * 2000),
]
TEXT_IDS = [
    "guillemet",
    "triple-guillemets",
    "triple-apostrophes",
    "antislash",
    "saut-de-ligne",
    "nul",
    "bidi",
    "separateurs",
    "accolades-import",
    "accolade-seule",
    "formats",
    "tres-long",
]

# Names a Python module cannot use freely: keywords, builtins, names of the generated code.
NAMES = [
    "class", "None", "import", "lambda", "True", "def", "return", "async", "match",
    "__init__", "__class__", "__dict__", "__import__", "print", "eval", "exec", "open", "self",
    "Field", "ClassVar", "Literal", "Annotated", "Decimal", "datetime", "Any", "Mapping", "rt",
    "french_fields", "model_config", "model_fields", "Facts", "evaluate", "CIRCULAR", "FACT_LABELS",
    "facts", "findings", "checklist", "f_x", "v_x", "_privé", "__", "x" * 80, "x" * 81,
    "аgent", "名前", "ﬁn", "ℌ", "Ⅻ", "ǅ",
]  # fmt: skip
TYPES = ["booléen", "date", "heures", "entier", "texte", "choix (oui_, non_)", "choix multiples (a, b)"]


# ------------------------------------------------------------------ harness


def compile_circ(tmp_path: Path, text: str, source: str = SOURCE_TEXT, header: str = HEADER) -> Any:
    """Compile `text` (after `header`) in a fresh folder: the circular, or the CompileError."""
    (tmp_path / "sources").mkdir(exist_ok=True)
    (tmp_path / "sources" / "essai.txt").write_text(source, encoding="utf-8")
    path = tmp_path / "essai.circ"
    path.write_text(header + text, encoding="utf-8")
    try:
        return Compiler(root=tmp_path).compile_file(path).circular
    except CompileError as error:
        return error


def assert_clean_diagnostics(error: CompileError) -> list[Diagnostic]:
    assert error.diagnostics
    for d in error.diagnostics:
        assert d.code in CATALOGUE
        assert d.span.line >= 1 and d.span.column >= 1
        assert d.message and d.render().startswith(f"{d.file}:{d.span.line}:{d.span.column}: ")
    render_all(error.diagnostics)
    return error.diagnostics


def assert_safe_module(circular: Any) -> types.ModuleType:
    """The generated source parses, imports only what it may, calls nothing dangerous, and runs."""
    source = emit_python(circular)
    tree = ast.parse(source)
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            assert {a.name.split(".")[0] for a in node.names} <= ALLOWED_IMPORTS
        elif isinstance(node, ast.ImportFrom):
            assert (node.module or "").split(".")[0] in ALLOWED_IMPORTS
        elif isinstance(node, ast.Call) and isinstance(node.func, ast.Name):
            assert node.func.id not in FORBIDDEN_CALLS, ast.unparse(node)
        elif isinstance(node, ast.Name):
            assert not node.id.startswith("__") or node.id == "__all__", node.id
    _only_module_level_statements(tree)
    module = load_validator(circular, source)  # the source just checked, not generated a second time
    decision = module.evaluate({})
    assert isinstance(decision, rt.Decision)
    decision.to_json()
    return module


def _only_module_level_statements(tree: ast.Module) -> None:
    """The module defines things and nothing runs at import time beyond constants and the class."""
    for node in tree.body:
        assert isinstance(
            node, (ast.ImportFrom, ast.Import, ast.Assign, ast.AnnAssign, ast.ClassDef, ast.FunctionDef, ast.Expr)
        ), ast.dump(node)[:200]
        if isinstance(node, ast.Expr):
            assert isinstance(node.value, ast.Constant) and isinstance(node.value.value, str)  # the docstring


def circ_text(value: str) -> str:
    """A .circ string literal for an already-escaped text."""
    return f'"{value}"'


RULE = 'règle r bloquante "R"\n  exige urgent\n  message {message}\n  cite {quote}\n'


# ------------------------------------------------------------------ texts


@pytest.mark.parametrize(("written", "meant"), TEXTS, ids=TEXT_IDS)
def test_hostile_texts_round_trip(tmp_path, written, meant):
    """Title, labels, message, detail, address and citation: each comes back as written."""
    source = SOURCE_TEXT + meant + "\n"
    header = HEADER.replace('"Circulaire d\'essai"', circ_text(written))
    text = (
        f"fait urgent {circ_text(written)} : booléen\n"
        f"service drh {circ_text(written)}\n  adresse {circ_text(written)}\n  cite {circ_text(written)}\n"
        + RULE.format(message=circ_text(written), quote=circ_text(written))
        + f"pièce p {circ_text(written)}\n  obligatoire\n  transmise par courriel à drh\n"
        f"  détail {circ_text(written)}\n  cite {circ_text(written)}\n"
    )
    result = compile_circ(tmp_path, text, source, header)
    if "{" in meant and "}" in meant:  # braces in a message name a fact to show: not one here
        assert isinstance(result, CompileError)
        assert {d.code for d in assert_clean_diagnostics(result)} == {"E304"}, render_all(result.diagnostics)
        return
    module = assert_safe_module(result)
    assert module.CIRCULAR.title == meant
    assert module.FACT_LABELS["urgent"] == meant
    decision = module.evaluate({"urgent": False})
    [finding] = [f for f in decision.findings if f.rule.name == "r"]
    assert finding.message == meant
    assert finding.rule.citations[0].quote == meant
    [item] = decision.checklist
    assert (item.label, item.detail) == (meant, meant)
    assert item.deliveries[0].recipients[0].address == meant


def test_message_interpolating_code_is_refused(tmp_path):
    text = 'fait urgent "U" : booléen\n' + RULE.format(
        message="\"{__import__('os').system('id')}\"", quote='"Le dispositif"'
    )
    error = compile_circ(tmp_path, text)
    assert isinstance(error, CompileError)
    [d] = assert_clean_diagnostics(error)
    assert (d.code, d.span.line, d.span.column) == ("E304", 8, 12)


def test_text_value_in_a_condition_and_a_case_round_trips(tmp_path):
    meant = 'x""" + __import__(\'os\') + """\\'
    written = meant.replace("\\", "\\\\").replace('"', '\\"')
    text = (
        'fait commentaire "C" : texte\n'
        f'règle r bloquante "R"\n  exige commentaire != "{written}"\n  message "m"\n  cite "Le dispositif"\n'
        f'cas "c"\n  commentaire = "{written}"\n  attendu irrecevable par r\n'
    )
    circular = compile_circ(tmp_path, text)
    module = assert_safe_module(circular)
    assert module.evaluate({"commentaire": meant}).status is rt.Status.NOT_ADMISSIBLE
    assert module.evaluate({"commentaire": meant + " "}).status is rt.Status.ADMISSIBLE
    assert circular.cases[0].facts == (("commentaire", meant),)


# ------------------------------------------------------------------ names


def declarations_named(name: str, type_: str) -> str:
    """A fact, a value, a rule, a service, a document and a deadline, all called `name`."""
    condition = {
        "booléen": name,
        "date": f"{name} <= 13/01/2025",
        "heures": f"{name} <= 6 h",
        "entier": f"{name} > 2",
        "texte": f'{name} = "a"',
        "choix (oui_, non_)": f"{name} = oui_",
        "choix multiples (a, b)": f"{name} dans {{a}}",
    }[type_]
    return (
        f'fait {name} "Fait" : {type_}\n'
        f'règle {name} bloquante "Règle"\n  exige {condition}\n  message "vu : {{{name}}}"\n  cite "Le dispositif"\n'
        f'service {name} "Service"\n  cite "Le dispositif"\n'
        f'pièce {name} "Pièce"\n  obligatoire si {condition}\n  transmise par courriel à {name}\n  cite "Le dispositif"\n'
        f'échéance {name} "Échéance" le 13/01/2025 inclus\n  cite "La date limite"\n'
    )


SAMPLE_VALUES = {
    "booléen": False,
    "date": "20/01/2025",
    "heures": "7",
    "entier": 1,
    "texte": "b",
    "choix (oui_, non_)": "non_",
    "choix multiples (a, b)": ["b"],
}


# A value of each type that respects the rule `declarations_named` writes (SAMPLE_VALUES breaks it).
RESPECTING_VALUES = {
    "booléen": True,
    "date": "10/01/2025",
    "heures": "5",
    "entier": 3,
    "texte": "a",
    "choix (oui_, non_)": "oui_",
    "choix multiples (a, b)": ["a"],
}
NAME_CODES = {"E002", "E103", "E102"}  # how a name may be refused


@pytest.mark.parametrize("type_", TYPES)
def test_hostile_names(tmp_path, type_):
    """Every name of NAMES declared as a fact of `type_`, a rule, a service, a document and a deadline.

    The names are declared together in one program, compiled, emitted, checked, imported and
    evaluated once (a program per name cost 49 compilations and imports per type); each name
    answers for itself in it: with every other rule respected, its rule alone is violated, and a
    misspelling of it is an unknown fact. A name whose declarations the program refuses is
    compiled alone, as each name was before: refused there with NAME_CODES, or safe. If the
    program's module is not safe, each name is checked alone, so that the failure names its culprit."""
    together, alone, circular = compiled_together(tmp_path, NAMES, type_)
    for name in alone:
        assert_name_alone(tmp_path / f"seul_{NAMES.index(name)}", name, type_)
    assert together, "aucun nom n'a été compilé avec les autres"
    try:
        module = assert_safe_module(circular)
    except AssertionError:
        for name in together:
            assert_name_alone(tmp_path / f"seul_{NAMES.index(name)}", name, type_)
        raise  # each name is safe alone: their meeting in one module is not
    for name in together:
        with culprit(name):
            assert_name_answers(module, name, type_, together)


def compiled_together(folder: Path, names: list[str], type_: str) -> tuple[list[str], list[str], Any]:
    """The names compiled together, those the program refused, and the program's circular.

    The program is compiled again without the names whose declarations carry a diagnostic
    (clean and located, whichever it is), until it compiles."""
    together, refused = list(names), []
    for attempt in range(len(names)):
        blocks = [declarations_named(name, type_) for name in together]
        program = folder / f"ensemble_{attempt}"
        program.mkdir()
        result = compile_circ(program, "".join(blocks))
        if not isinstance(result, CompileError):
            return together, refused, result
        lines = [d.span.line for d in assert_clean_diagnostics(result)]
        first_line = HEADER.count("\n") + 1
        owners = set()
        for name, block in zip(together, blocks, strict=True):
            last_line = first_line + block.count("\n") - 1
            owners |= {name for line in lines if first_line <= line <= last_line}
            first_line = last_line + 1
        assert owners, render_all(result.diagnostics)  # a diagnostic outside every name's declarations
        refused += [name for name in together if name in owners]
        together = [name for name in together if name not in owners]
    raise AssertionError(f"aucun programme compilé avec les noms {names!r}")


@contextlib.contextmanager
def culprit(name: str) -> Iterator[None]:
    """A failure inside names the hostile name it was checking."""
    try:
        yield
    except AssertionError as error:
        error.add_note(f"nom en cause : {name!r}")
        raise


def assert_name_alone(folder: Path, name: str, type_: str) -> None:
    """A program of this name alone: refused with NAME_CODES, or safe, and answering for the name."""
    folder.mkdir()
    with culprit(name):
        result = compile_circ(folder, declarations_named(name, type_))
        if isinstance(result, CompileError):
            codes = {d.code for d in assert_clean_diagnostics(result)}
            assert codes <= NAME_CODES, render_all(result.diagnostics)
            return
        assert_name_answers(assert_safe_module(result), name, type_, [name])


def assert_name_answers(module: types.ModuleType, name: str, type_: str, names: list[str]) -> None:
    """Every rule of `names` respected but the rule `name`: it alone is violated; `name` misspelt is unknown."""
    situation = {other: RESPECTING_VALUES[type_] for other in names} | {name: SAMPLE_VALUES[type_]}
    decision = module.evaluate(situation)
    assert decision.status is rt.Status.NOT_ADMISSIBLE
    assert [f.rule.name for f in decision.findings] == [name]
    with pytest.raises(rt.SituationError) as error:
        module.evaluate({name + "_typo": SAMPLE_VALUES[type_]})
    assert error.value.errors[0].field == name + "_typo"


def test_keyword_names_are_suffixed_in_python(tmp_path):
    circular = compile_circ(tmp_path, declarations_named("class", "booléen"))
    source = emit_python(circular)
    assert "class_: bool | None = Field(default=None, alias='class'" in source
    assert assert_safe_module(circular).evaluate({"class": True}).status is rt.Status.ADMISSIBLE


def test_names_hiding_the_class_body_get_another_attribute(tmp_path):
    circular = compile_circ(tmp_path, declarations_named("Field", "date") + declarations_named("_privé", "heures"))
    module = assert_safe_module(circular)
    aliases = {name: field.alias for name, field in module.Facts.model_fields.items()}
    assert aliases == {"field": "Field", "prive": "_privé"}  # lower case (PEP 8), no leading underscore
    assert module.evaluate({"Field": "10/01/2025", "_privé": "4,5"}).status is rt.Status.ADMISSIBLE


# ------------------------------------------------------------------ file names


@pytest.mark.parametrize(
    "path",
    ["../secret.txt", "../../../../etc/passwd", "/etc/passwd", "sources/../../secret.txt", "sources/../essai.circ"],
)
def test_source_paths_leaving_the_folder_are_refused(tmp_path, path):
    folder = tmp_path / "circulaires"
    folder.mkdir()
    (tmp_path / "secret.txt").write_text("Le dispositif est secret.\n", encoding="utf-8")
    header = HEADER.replace("sources/essai.txt", path)
    result = compile_circ(
        folder, 'fait urgent "U" : booléen\n' + RULE.format(message='"m"', quote='"Le dispositif"'), header=header
    )
    assert isinstance(result, CompileError)
    [d] = assert_clean_diagnostics(result)
    assert (d.code, d.span.line) == ("E010", 4)
    assert "secret" not in (d.hint or "")


def test_file_name_with_odd_characters_stays_in_comments_and_literals(tmp_path):
    folder = tmp_path / "dossier\"'# \\ x"
    folder.mkdir()
    circular = compile_circ(folder, 'fait urgent "U" : booléen\n' + RULE.format(message='"m"', quote='"Le dispositif"'))
    module = assert_safe_module(circular)
    assert module.CIRCULAR.file == circular.file


def test_the_shared_vocabulary_name_cannot_be_a_path(tmp_path):
    result = compile_circ(tmp_path, "utilise ../commun\n")
    assert isinstance(result, CompileError)
    [d] = assert_clean_diagnostics(result)
    assert (d.code, d.span.line, d.span.column) == ("E002", 5, 9)


# ------------------------------------------------------------------ excerpts shown in a terminal

TERMINAL_CONTROLS = {chr(c) for c in [*range(0x20), *range(0x7F, 0xA0)]} - {"\n"}
TERMINAL_CONTROLS |= set("\u2028\u2029\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


@pytest.mark.parametrize(("written", "meant"), [*TEXTS, ("échap \x1b[2J\x1b]0;titre\x07", "")], ids=[*TEXT_IDS, "ansi"])
def test_hostile_texts_in_an_excerpt_cannot_drive_the_terminal(tmp_path, written, meant):
    """A syntax error on a line holding the text: the excerpt shows its controls by visible stand-ins."""
    result = compile_circ(tmp_path, f'fait a {circ_text(written)} : heures @\nfait b "B" : booléen @\n')
    assert isinstance(result, CompileError)
    first, second = assert_clean_diagnostics(result)
    assert (first.code, second.code) == ("E001", "E001")
    rendered = render_all(result.diagnostics)
    assert not TERMINAL_CONTROLS & set(rendered), [c for c in rendered if c in TERMINAL_CONTROLS]
    caret_line = first.excerpt.split("\n")[1]
    assert caret_line.rstrip().endswith("^")


# ------------------------------------------------------------------ source files (E014)


@pytest.mark.skipif(not hasattr(os, "symlink") or sys.platform == "win32", reason="symbolic links")
@pytest.mark.parametrize("link", ["file", "folder"])
def test_a_symlinked_source_is_refused_and_never_published(tmp_path, link):
    """`sources/texte.txt -> /etc/passwd` used to be published in the site."""
    secret = tmp_path / "ailleurs" / "secret.txt"
    secret.parent.mkdir()
    secret.write_text("Le dispositif est secret : mot de passe 1234.\n", encoding="utf-8")
    folder = tmp_path / "circulars"
    folder.mkdir()
    if link == "file":
        (folder / "sources").mkdir()
        (folder / "sources" / "texte.txt").symlink_to(secret)
    else:
        (folder / "sources").symlink_to(secret.parent, target_is_directory=True)
    name = "texte.txt" if link == "file" else "secret.txt"
    header = HEADER.replace("sources/essai.txt", f"sources/{name}")
    (folder / "essai.circ").write_text(
        header + 'fait urgent "U" : booléen\n' + RULE.format(message='"m"', quote='"Le dispositif est secret"'),
        encoding="utf-8",
    )
    error = compile_circ_file(tmp_path, folder / "essai.circ")
    [diagnostic] = assert_clean_diagnostics(error)
    assert (diagnostic.code, diagnostic.span.line, diagnostic.span.column) == ("E014", 4, 10)
    assert "lien symbolique" in diagnostic.message and "1234" not in diagnostic.render()
    result = compile_all([folder], Compiler(root=tmp_path))
    assert result.failed and not result.sources
    plan_outputs(result, tmp_path / "generated")
    assert not any("1234" in text for text in result.outputs.values())


def test_a_source_outside_the_sources_folder_is_refused(tmp_path):
    (tmp_path / "textes").mkdir()
    (tmp_path / "textes" / "essai.txt").write_text(SOURCE_TEXT, encoding="utf-8")
    header = HEADER.replace("sources/essai.txt", "textes/essai.txt")
    result = compile_circ(tmp_path, 'fait urgent "U" : booléen\n', header=header)
    assert isinstance(result, CompileError)
    [d] = assert_clean_diagnostics(result)
    assert d.code == "E014" and "doit se trouver dans le dossier sources/" in d.message


@pytest.mark.skipif(sys.platform == "win32", reason="named pipes and symbolic links are POSIX here")
def test_a_circ_file_that_is_a_link_or_a_pipe_is_refused_without_being_read(tmp_path):
    os.mkfifo(tmp_path / "tube.circ")  # reading it would block forever
    (tmp_path / "lien.circ").symlink_to("/etc/passwd")
    for name, reason in (("tube.circ", "n'est pas un fichier ordinaire"), ("lien.circ", "est un lien symbolique")):
        error = compile_circ_file(tmp_path, tmp_path / name)
        [d] = assert_clean_diagnostics(error)
        assert d.code == "E014" and reason in d.message and "root" not in d.render()


def compile_circ_file(root: Path, path: Path) -> CompileError:
    with pytest.raises(CompileError) as caught:
        Compiler(root=root).compile_file(path)
    return caught.value
