"""`circ fmt`: one canonical layout that never changes what a file says.

Properties, on every .circ file of the repository, every `circ` block of the guide, programs
generated from the grammar and from the language's constructs, and mutated circulars:
- the checked model of fmt(x) equals the model of x, locations aside (and the conditions shown
  "as written" equal but for their spaces); a file that does not compile gives the same codes;
- fmt(fmt(x)) == fmt(x);
- every comment of x is in fmt(x);
- a file with syntax errors is refused with the parser's diagnostics, never rewritten.
"""

from __future__ import annotations

import collections
import dataclasses
import functools
import re
import shutil
import stat
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from hypothesis.extra.lark import from_lark

from circdsl import cli
from circdsl.compiler import Compilation, Compiler
from circdsl.diagnostics import CompileError
from circdsl.fmt import format_text
from circdsl.fmt.lexed import lex
from circdsl.lark_parser import get_parser
from circdsl.source import SourceFile, Span
from circdsl.terminal import wants_colour
from fuzz.fuzzing import SOURCE_TEXT, construct_programs, corpus, grammar_programs, mutated
from tests.test_guide import DEFAULT_SOURCE, FRAGMENT_HEADER, GUIDE_PAGES, SNIPPET_NAME, Block, blocks_of

ROOT = Path(__file__).resolve().parent.parent
CIRCULARS = ROOT / "circulars"
GOLDEN = ROOT / "tests" / "golden"
REPOSITORY_FILES = sorted(CIRCULARS.glob("*.circ")) + sorted(GOLDEN.glob("*.circ"))
PROPERTY = settings(deadline=None, database=None, suppress_health_check=list(HealthCheck))

# Texts of the model that are conditions "as written" by the editor: the layout may change their spaces.
WRITTEN = {("RuleException", "text"), ("RelativeDate", "text"), ("Document", "condition_text"), ("Delivery", "condition_text")}  # fmt: skip


# ---------------------------------------------------------------- what must not change


def model_shape(value: object, memo: dict[int, object] | None = None) -> object:
    """A checked model as plain values: spans left out, conditions as written compared without spaces."""
    memo = {} if memo is None else memo
    if id(value) in memo:
        return memo[id(value)]
    if isinstance(value, Span):
        shape: object = None
    elif dataclasses.is_dataclass(value) and not isinstance(value, type):
        parts = []
        for item in dataclasses.fields(value):
            part = getattr(value, item.name)
            if isinstance(part, Span):
                continue
            if (type(value).__name__, item.name) in WRITTEN and isinstance(part, str):
                part = "".join(part.split())
            parts.append((item.name, model_shape(part, memo)))
        shape = (type(value).__name__, tuple(parts))
    elif isinstance(value, tuple | list):
        shape = tuple(model_shape(item, memo) for item in value)
    else:
        shape = value
    memo[id(value)] = shape
    return shape


def outcome(compile_: Callable[[], Compilation]) -> object:
    """What a compilation gives: the model's shape and the warnings' codes, or the errors' codes."""
    try:
        compilation = compile_()
    except CompileError as error:
        return ("refusé", sorted(d.code for d in error.diagnostics))
    return (model_shape(compilation.circular), sorted(d.code for d in compilation.warnings))


def comments(text: str, fragment: bool = False) -> collections.Counter[str]:
    found: collections.Counter[str] = collections.Counter()
    for gap in lex(text, fragment).gaps:
        found.update(([gap.trailing] if gap.trailing else []) + [c.text for c in gap.comments])
    return found


def assert_formats_faithfully(text: str, fragment: bool = False) -> str:
    """Format `text`; check idempotence and comments; return the result."""
    result = format_text(text, "essai.circ", fragment)
    assert format_text(result, "essai.circ", fragment) == result, "fmt(fmt(x)) != fmt(x)"
    assert comments(result, fragment) == comments(text, fragment), "commentaires perdus ou ajoutés"
    assert all(
        " " * (len(line) - len(line.lstrip())) == line[: len(line) - len(line.lstrip())] for line in result.split("\n")
    ), "indentation autre que des espaces"
    return result


# ---------------------------------------------------------------- the repository's files


def test_every_repository_file_keeps_its_model_and_comments_once_formatted(tmp_path: Path) -> None:
    """All files of circulars/ formatted together (commun.circ included) compile to the same models;
    each is formatted idempotently, with its comments."""
    for folder, copies in ((CIRCULARS, "circulars"), (GOLDEN, "golden")):
        original, formatted = tmp_path / "avant" / copies, tmp_path / "après" / copies
        shutil.copytree(folder, original)
        shutil.copytree(folder, formatted)
        for path in formatted.glob("*.circ"):
            path.write_text(assert_formats_faithfully(path.read_text(encoding="utf-8")), encoding="utf-8")
    compared = 0
    compilers = Compiler(root=tmp_path / "avant"), Compiler(root=tmp_path / "après")  # vocabularies compiled once
    for path in sorted((tmp_path / "avant").rglob("*.circ")):
        relative = path.relative_to(tmp_path / "avant")
        before = outcome(functools.partial(compilers[0].compile_file, path))
        after = outcome(functools.partial(compilers[1].compile_file, tmp_path / "après" / relative))
        assert before[0] != "refusé", f"{relative} ne compile pas avant la mise en forme"
        assert after == before, f"{relative} : le modèle change avec la mise en forme"
        compared += 1
    assert compared == len(REPOSITORY_FILES)


# ---------------------------------------------------------------- the guide's blocks


def _guide_blocks() -> list[Block]:
    return [block for page in GUIDE_PAGES for block in blocks_of(page) if block.lang == "circ"]


def _is_fragment(block: Block) -> bool:
    body = re.sub(r"(?m)^\s*#.*\n", "", block.text).lstrip()
    return not body.startswith(("circulaire", "vocabulaire", "données"))


def _compiled(block: Block, text: str, compiler: Compiler) -> object:
    if _is_fragment(block):
        text = FRAGMENT_HEADER.format(source=block.options.get("source", DEFAULT_SOURCE)) + "\n" + text
    source = SourceFile(SNIPPET_NAME, text)
    assert compiler.root is not None
    return outcome(lambda: compiler.compile_source(source, compiler.root / "circulars"))


def test_every_guide_block_formats_faithfully(tmp_path: Path) -> None:
    """Each `circ` block of the guide: same model (or same error codes) once formatted, idempotent;
    a block that shows a syntax error is refused with the same codes."""
    shutil.copytree(CIRCULARS, tmp_path / "circulars")
    blocks = _guide_blocks()
    compiler = Compiler(root=tmp_path)  # commun.circ and the source texts read once for all blocks
    failures, refused = [], 0
    for block in blocks:
        try:
            result = assert_formats_faithfully(block.text, _is_fragment(block))
        except CompileError as error:
            refused += 1
            expected = block.expected_codes
            if [d.code for d in error.diagnostics] != expected or not expected[0].startswith("E00"):
                failures.append(f"{block.where} : refusé ({[d.code for d in error.diagnostics]})")
            continue
        except AssertionError as error:
            failures.append(f"{block.where} : {error}")
            continue
        if result == block.text:  # already in its canonical layout: the same text says the same thing
            continue
        if _compiled(block, result, compiler) != _compiled(block, block.text, compiler):
            failures.append(f"{block.where} : la mise en forme change ce que dit le bloc")
    assert not failures, "\n".join(failures)
    assert len(blocks) >= 100 and refused <= 10, (len(blocks), refused)


# ---------------------------------------------------------------- generated and mutated programs


# Tokens of the grammar, each followed by a separator: from_lark alone often glues two words together.
SAMPLES = {
    "NAME": ["a", "b", "x_1", "titulaire", "r", "drh", "été"],
    "STRING": ['"Le dispositif"', '""', '"{a}"', '"x \\" y"', '"sur\ndeux lignes"'],
    "NUMBER": ["0", "3", "4,5", "18"],
    "SET_NUMBER": ["0", "3", "4.5"],
    "DATE": ["13/01/2025", "2025-01-13", "1er mars 2016"],
    "TIME": ["9h00", "12h30"],
    "SCHOOL_YEAR": ["2025-2026"],
    "DEMI_JOURNEES": ["demi-journées"],
    "L_UNITE": ["l'unité"],
}
SEPARATORS = [" ", "  ", "\n", "\n    ", "\n\n", " # note\n", "\n# seul\n\t"]


def spaced_grammar_programs() -> st.SearchStrategy[str]:
    """Programs of the grammar whose tokens are separated by spaces, line breaks and comments."""
    explicit = {}
    for terminal in get_parser().terminals:
        values = SAMPLES.get(terminal.name)
        if values is None and terminal.pattern.type == "str":
            values = [terminal.pattern.value]
        if values is not None:
            explicit[terminal.name] = st.tuples(st.sampled_from(values), st.sampled_from(SEPARATORS)).map("".join)
    return from_lark(get_parser(), start="start", explicit=explicit)


@settings(PROPERTY, max_examples=30)
@given(program=spaced_grammar_programs())
def test_programs_from_the_grammar_format_faithfully(program: str) -> None:
    try:
        assert_formats_faithfully(program)
    except CompileError:  # the grammar knows nothing of the contextual lexer: some of its strings do not parse
        assume(False)


@settings(PROPERTY, max_examples=10)
@given(program=grammar_programs())
def test_programs_of_the_fuzz_strategy_format_faithfully(program: str) -> None:
    try:
        assert_formats_faithfully(program)
    except CompileError:
        assume(False)


@pytest.fixture(scope="module")
def essai_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("fmt")
    (folder / "sources").mkdir()
    (folder / "sources" / "essai.txt").write_text(SOURCE_TEXT, encoding="utf-8")
    return folder


@settings(PROPERTY, max_examples=20)
@given(program=construct_programs(), data=st.data())
def test_constructed_programs_keep_their_model(program: str, data: st.DataObject, essai_folder: Path) -> None:
    """Programs built from the language's constructs, with their layout scrambled, then formatted."""
    scrambled = _scramble(program, data)
    result = assert_formats_faithfully(scrambled)

    compiler = Compiler(root=essai_folder)  # one for both texts: the source text is read once

    def compiled(text: str) -> object:
        return outcome(lambda: compiler.compile_source(SourceFile("essai.circ", text), essai_folder))

    assert compiled(result) == compiled(scrambled)


def _scramble(program: str, data: st.DataObject) -> str:
    """The same tokens with other spaces: indentation, line breaks between tokens, a comment."""
    tokens = lex(program).tokens
    pieces, end = [], 0
    for token in tokens:
        start = token.start_pos or 0
        if start > end:
            pieces.append(data.draw(st.sampled_from([" ", "  ", "\n", "\n    ", "\t", " \n\n ", " # note\n"])))
        pieces.append(program[start : token.end_pos])
        end = token.end_pos or 0
    return "".join(pieces) + "\n"


CORPUS = [text for _, text, _ in corpus()]


@settings(PROPERTY, max_examples=12)
@given(text=mutated(CORPUS))
def test_mutated_circulars_format_faithfully_or_are_refused(text: str) -> None:
    try:
        assert_formats_faithfully(text)
    except CompileError as error:
        assert error.diagnostics, "refusé sans diagnostic"


# ---------------------------------------------------------------- the layout


def fmt(text: str) -> str:
    return format_text(text.lstrip("\n"), "essai.circ")


def test_clauses_take_their_canonical_order_with_their_comments() -> None:
    text = """
circulaire essai "Essai"
  source "sources/essai.txt"
  année scolaire 2025-2026
  autorité "Rectorat"

règle r bloquante "Titre"
  # la citation d'abord
  cite "Le dispositif"
  message "Non."   # le message
  exige a
  si b
  cite "La date"
"""
    assert (
        fmt(text)
        == """circulaire essai "Essai"
  autorité "Rectorat"
  année scolaire 2025-2026
  source "sources/essai.txt"

règle r bloquante "Titre"
  si b
  exige a
  message "Non." # le message
  # la citation d'abord
  cite "Le dispositif"
  cite "La date"
"""
    )


def test_table_rows_are_aligned_and_sinon_lines_up_with_the_outputs() -> None:
    text = """
vocabulaire v "V"
table t "T"
  cite "x"
  | 80 % | 1 jour | 7 jours |   # la plus fréquente
  selon demande.quotité
  # les quotités
  | 50 % | 2 jours | néant |
  donne a "A" : jours
  donne b "B" : jours
  sinon | néant | néant |
"""
    assert (
        fmt(text)
        == """vocabulaire v "V"

table t "T"
  selon demande.quotité
  donne a "A" : jours
  donne b "B" : jours
  | 80 % | 1 jour  | 7 jours | # la plus fréquente
  # les quotités
  | 50 % | 2 jours | néant   |
  sinon  | néant   | néant   |
  cite "x"
"""
    )


def test_spaces_between_tokens_are_canonical() -> None:
    text = """
vocabulaire v "V"
valeur x "X"=( agent . ors_heures+-3 h )*2 arrondi à l'unité
règle r bloquante "R"
  exige non(a)et b dans{c ,d}
"""
    assert (
        fmt(text)
        == """vocabulaire v "V"

valeur x "X" = (agent.ors_heures + -3 h) * 2 arrondi à l'unité

règle r bloquante "R"
  exige non (a) et b dans {c, d}
"""
    )


def test_line_breaks_inside_a_clause_are_kept_and_indented() -> None:
    text = """
vocabulaire v "V"
fait f "F" : choix (
 a "A",
        b "B" # le second
      )
valeur v "V" =
 a
        ou (b et
  c)
cas "C"
  attendu incomplet manque a, b,
        c
"""
    assert (
        fmt(text)
        == """vocabulaire v "V"

fait f "F" : choix (
    a "A",
    b "B" # le second
)

valeur v "V" =
    a
    ou (b et
        c)

cas "C"
  attendu incomplet manque a, b,
    c
"""
    )


def test_blank_lines_separate_declarations_and_comments_stay_in_place() -> None:
    text = """# en-tête du fichier


vocabulaire v "V"
fait a "A" : booléen
fait b "B" : booléen



# ---- section
fait c "C" : booléen
  cite "x"
  # une citation à ajouter
fait d "D" : booléen
# fin du fichier
"""
    assert (
        fmt(text)
        == """# en-tête du fichier

vocabulaire v "V"

fait a "A" : booléen
fait b "B" : booléen

# ---- section
fait c "C" : booléen
  cite "x"
  # une citation à ajouter

fait d "D" : booléen
# fin du fichier
"""
    )


def test_hors_regles_form_a_list_with_their_reasons_under_them_and_parties_follow_the_source() -> None:
    text = """circulaire c "C"
  partie "Début" … "fin."
  source "sources/c.txt"
fait a "A" : booléen
hors règles "Titre"   :   "titre de section"
hors règles "Premier"...  "dernier."
        : "une raison écrite sur la ligne suivante"
hors règles "Seul"

hors règles "Après une ligne vide" : "gardée"
"""
    assert (
        fmt(text)
        == """circulaire c "C"
  source "sources/c.txt"
  partie "Début" … "fin."

fait a "A" : booléen

hors règles "Titre" : "titre de section"
hors règles "Premier" ... "dernier."
  : "une raison écrite sur la ligne suivante"
hors règles "Seul"

hors règles "Après une ligne vide" : "gardée"
"""
    )


def test_crlf_byte_order_mark_and_tabs_are_normalised_strings_are_not(tmp_path: Path) -> None:
    path = tmp_path / "essai.circ"
    path.write_bytes('\ufeffvocabulaire v "V"\r\n\r\nfait a "A\tB" :\tbooléen\r\n\tcite "x"\r\n'.encode())
    source = SourceFile.read(path)
    assert format_text(source.text) == 'vocabulaire v "V"\n\nfait a "A\tB" : booléen\n  cite "x"\n'


def test_a_fragment_without_header_is_formatted_as_declarations() -> None:
    assert format_text('fait a "A":booléen\n  # fin\n', fragment=True) == 'fait a "A" : booléen\n  # fin\n'
    assert format_text("# rien\n\n\n# encore\n", fragment=True) == "# rien\n\n# encore\n"


# ---------------------------------------------------------------- the command


UNFORMATTED = 'circulaire essai "Essai"\n année scolaire 2025-2026\nfait a "A":booléen\n'
FORMATTED = 'circulaire essai "Essai"\n  année scolaire 2025-2026\n\nfait a "A" : booléen\n'


def run(folder: Path, *args: str) -> tuple[int, str]:
    """`circ fmt …` in the working directory (`folder`, set by the fixture)."""
    assert Path.cwd() == folder
    result = CliRunner().invoke(cli.main, ["fmt", *args])
    return result.exit_code, result.output


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "circulars").mkdir()
    (tmp_path / "circulars" / "a.circ").write_text(UNFORMATTED, encoding="utf-8")
    (tmp_path / "circulars" / "b.circ").write_text(FORMATTED, encoding="utf-8")
    return tmp_path


def test_check_names_the_files_to_format_and_fails(project: Path) -> None:
    code, output = run(project, "--check")
    assert code == 1
    assert "à mettre en forme : circulars/a.circ" in output and "b.circ" not in output
    assert "1 fichier(s) à mettre en forme : lancez « circ fmt » puis validez le résultat." in output
    assert (project / "circulars" / "a.circ").read_text(encoding="utf-8") == UNFORMATTED


def test_diff_shows_the_changes_without_writing(project: Path) -> None:
    code, output = run(project, "--diff", "circulars/a.circ")
    assert code == 1
    assert output.splitlines() == [
        "--- a/circulars/a.circ",
        "+++ b/circulars/a.circ",
        "@@ -1,3 +1,4 @@",
        ' circulaire essai "Essai"',
        "- année scolaire 2025-2026",
        '-fait a "A":booléen',
        "+  année scolaire 2025-2026",
        "+",
        '+fait a "A" : booléen',
        "1 fichier(s) à mettre en forme : lancez « circ fmt » puis validez le résultat.",
    ]
    assert (project / "circulars" / "a.circ").read_text(encoding="utf-8") == UNFORMATTED


def test_fmt_rewrites_only_what_changes_atomically_keeping_permissions(project: Path) -> None:
    path = project / "circulars" / "a.circ"
    path.chmod(0o640)
    untouched = (project / "circulars" / "b.circ").stat().st_mtime_ns
    code, output = run(project)
    assert code == 0
    assert output.splitlines() == ["mis en forme : circulars/a.circ", "2 fichier(s) : 1 mis en forme, 1 déjà en forme."]
    assert path.read_text(encoding="utf-8") == FORMATTED
    assert stat.S_IMODE(path.stat().st_mode) == 0o640
    assert (project / "circulars" / "b.circ").stat().st_mtime_ns == untouched
    assert sorted(p.name for p in (project / "circulars").iterdir()) == ["a.circ", "b.circ"]  # no temporary file
    assert run(project, "--check") == (0, "2 fichier(s) déjà en forme.\n")


def test_a_file_with_syntax_errors_is_reported_and_never_rewritten(project: Path) -> None:
    broken = 'circulaire essai "Essai"\nfait a "A" booléen\n'
    path = project / "circulars" / "c.circ"
    path.write_text(broken, encoding="utf-8")
    code, output = run(project)
    assert code == 1
    assert "circulars/c.circ:2:12: erreur [E002]" in output
    assert "1 fichier(s) laissé(s) tel(s) quel(s) : corrigez les erreurs ci-dessus puis relancez." in output
    assert path.read_text(encoding="utf-8") == broken
    assert (project / "circulars" / "a.circ").read_text(encoding="utf-8") == FORMATTED  # the others are formatted


def test_colours_only_on_a_terminal_without_no_color(monkeypatch: pytest.MonkeyPatch) -> None:
    class Terminal:
        def isatty(self) -> bool:
            return True

    monkeypatch.delenv("NO_COLOR", raising=False)
    monkeypatch.setenv("TERM", "xterm")
    assert wants_colour(Terminal())  # type: ignore[arg-type]
    assert "\x1b[" in cli._diff_line("+ajout\n", True) and cli._diff_line("+ajout\n", False) == "+ajout\n"
    monkeypatch.setenv("NO_COLOR", "1")
    assert not wants_colour(Terminal())  # type: ignore[arg-type]
    monkeypatch.delenv("NO_COLOR")
    assert not wants_colour(object())  # type: ignore[arg-type]  # a pipe or a file
