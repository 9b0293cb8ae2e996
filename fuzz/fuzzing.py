"""Shared by tests/test_fuzz.py and fuzz/fuzz_compiler.py: mutations of the real circulars,
programs generated from the grammar and from the language's constructs, and the one
property every input must have.

The property: compiling either succeeds, and then the generated module parses, imports
in memory, evaluates an empty situation and decides as the reference interpreter
(circdsl.interpret) on it and a few drawn situations; or it raises CompileError whose
diagnostics are all catalogued and located inside the file. Anything else (another exception, an
input that takes longer than TIMEOUT seconds) is a bug of circdsl.
"""

from __future__ import annotations

import ast
import re
import signal
import types
import unicodedata
import zlib
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from types import FrameType

from hypothesis import strategies as st
from hypothesis.extra.lark import from_lark

from circdsl import model as m
from circdsl import runtime as rt
from circdsl.compiler import Compiler
from circdsl.diagnostics import CATALOGUE, CompileError
from circdsl.emit_python import emit_python
from circdsl.interpret import differences, interpret
from circdsl.parser import get_parser
from circdsl.project import load_validator
from circdsl.source import SourceFile
from fuzz.drawing import boolean, integer, nested_condition, pick

ROOT = Path(__file__).resolve().parent.parent
CIRCULARS = ROOT / "circulars"
GOLDEN = ROOT / "tests" / "golden"
TIMEOUT = 30  # seconds for one input, on a loaded machine; compiling a real circular takes well under one

_TOKEN = re.compile(r"\s+|\w+|\"(?:\\.|[^\"\\])*\"|[^\w\s]", re.DOTALL)


class HangError(Exception):
    """An input took longer than TIMEOUT seconds."""


@dataclass
class Tally:
    """Figures for the fuzz script."""

    compiled: int = 0
    refused: int = 0
    codes: dict[str, int] = field(default_factory=dict)


def corpus() -> list[tuple[str, str, Path]]:
    """(name, text, folder) of every real circular and the golden example."""
    files = sorted(CIRCULARS.glob("*.circ")) + sorted(GOLDEN.glob("*.circ"))
    return [(path.name, path.read_text(encoding="utf-8"), path.parent) for path in files]


@contextmanager
def time_limit(seconds: int) -> Iterator[None]:
    """Raise HangError if the block runs longer than `seconds` (main thread, Unix)."""

    def on_alarm(signum: int, frame: FrameType | None) -> None:
        raise HangError(f"plus de {seconds} s")

    previous = signal.signal(signal.SIGALRM, on_alarm)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


def check_compiles_or_reports(
    text: str, folder: Path, compiler: Compiler, tally: Tally | None = None, name: str = "fuzz.circ"
) -> None:
    """The property every input must have (see the module docstring)."""
    source = SourceFile(name, text)
    with time_limit(TIMEOUT):
        try:
            compilation = compiler.compile_source(source, folder)
        except CompileError as error:
            _check_diagnostics(error, text)
            if tally is not None:
                tally.refused += 1
                for d in error.diagnostics:
                    tally.codes[d.code] = tally.codes.get(d.code, 0) + 1
            return
        for d in compilation.warnings:
            assert d.code in CATALOGUE and d.span.line >= 1, d
        code = emit_python(compilation.circular)
        ast.parse(code)
        if compilation.circular.kind == "circulaire":
            module = load_validator(compilation.circular)
            assert isinstance(module.evaluate({}), rt.Decision)
            _agrees_with_reference(compilation.circular, module, text)
        if tally is not None:
            tally.compiled += 1


def _agrees_with_reference(circular: m.Circular, module: types.ModuleType, text: str) -> None:
    """The generated validator decides as the reference interpreter on the empty situation and a
    few drawn ones (programs whose names flatten alike are the differential test's, issue 10)."""
    from tests.strategies import plan_for, sample  # the situation generator lives with the tests

    if collisions(circular):
        return
    situations = [{}, *sample(plan_for(circular), zlib.crc32(text.encode("utf-8", "replace")), 5)]
    _, disagreement = first_disagreement(circular, module, situations)
    assert disagreement is None, f"{disagreement}\nprogramme :\n{text}"


def _check_diagnostics(error: CompileError, text: str) -> None:
    assert error.diagnostics, "CompileError without diagnostics"
    lines = max(1, text.count("\n") + 1)
    for d in error.diagnostics:
        assert d.code in CATALOGUE, d.code
        if d.code == "E010":  # a missing file is reported at the start of that file
            continue
        assert 1 <= d.span.line <= lines + 1 and d.span.column >= 1, (d.code, d.span, lines)
        assert d.message and d.render()


# ------------------------------------------------------------------ mutations of the real circulars

ODD_CHARACTERS = [*list("\"{}()[],.:=<>≤≥≠*×/+-#%€\\'\n\t "), "\x00", "\u202e", "é", "ß", "名", "ﬁ", "\ufeff", "\r"]
WORDS = ["si", "exige", "sauf", "alors", "règle", "fait", "pièce", "cas", "et", "ou", "non", "dans", "hors", "de"]
WORDS += ["respecte", "pendant", "nombre", "table", "selon", "donne", "sinon", "|", "*", "échéance", "période"]
WORDS += ["avant", "après", "jours", "ouvrés", "mois", "arrondi", "vrai", "faux", "inconnu", "attendu", "0", "-1"]
WORDS += ["99999999999999999999", "31/02/2025", "13/01/2025", "12h30", "2025-2026", '"', '""', "{x}", "\\"]


@st.composite
def mutated(draw: st.DrawFn, texts: list[str]) -> str:
    """One of `texts` with one to four random edits of its tokens, lines or characters (drawn from
    strategies built once, fuzz/drawing.py)."""
    text = pick(draw, texts)
    for _ in range(integer(draw, 1, 4)):
        edit = pick(draw, _EDITS)
        text = edit(draw, text)
    return text


def _tokens(text: str) -> list[str]:
    return _TOKEN.findall(text)


def _delete_token(draw: st.DrawFn, text: str) -> str:
    tokens = _tokens(text)
    if not tokens:
        return text
    index = integer(draw, 0, len(tokens) - 1)
    return "".join(tokens[:index] + tokens[index + 1 :])


def _duplicate_token(draw: st.DrawFn, text: str) -> str:
    tokens = _tokens(text)
    if not tokens:
        return text
    index = integer(draw, 0, len(tokens) - 1)
    return "".join(tokens[: index + 1] + tokens[index:])


def _swap_tokens(draw: st.DrawFn, text: str) -> str:
    tokens = _tokens(text)
    if len(tokens) < 2:
        return text
    first, second = integer(draw, 0, len(tokens) - 1), integer(draw, 0, len(tokens) - 1)
    tokens[first], tokens[second] = tokens[second], tokens[first]
    return "".join(tokens)


def _replace_token(draw: st.DrawFn, text: str) -> str:
    tokens = _tokens(text)
    if not tokens:
        return text
    index = integer(draw, 0, len(tokens) - 1)
    tokens[index] = pick(draw, WORDS)
    return "".join(tokens)


def _line_edit(draw: st.DrawFn, text: str) -> str:
    lines = text.split("\n")
    index = integer(draw, 0, len(lines) - 1)
    action = pick(draw, ["delete", "duplicate", "swap"])
    if action == "delete":
        del lines[index]
    elif action == "duplicate":
        lines.insert(index, lines[index])
    else:
        other = integer(draw, 0, len(lines) - 1)
        lines[index], lines[other] = lines[other], lines[index]
    return "\n".join(lines)


INSERTED = st.text(st.sampled_from(ODD_CHARACTERS) | st.characters(), min_size=1, max_size=5)


def _insert_characters(draw: st.DrawFn, text: str) -> str:
    position = integer(draw, 0, len(text))
    return text[:position] + draw(INSERTED) + text[position:]


_EDITS: list[Callable[[st.DrawFn, str], str]] = [
    _delete_token,
    _duplicate_token,
    _swap_tokens,
    _replace_token,
    _line_edit,
    _insert_characters,
]


# ------------------------------------------------------------------ programs from the grammar


def grammar_programs() -> st.SearchStrategy[str]:
    """Strings the grammar accepts (ignoring the checker), built by hypothesis from the Lark grammar."""
    explicit = {
        "WS": st.sampled_from([" ", "\n", "\n  "]),
        "COMMENT": st.just("# commentaire\n"),
        "NAME": st.sampled_from(["a", "b", "agent.statut", "x_1", "titulaire", "r", "drh", "limite", "été"]),
        "STRING": st.sampled_from(['"Le dispositif"', '""', '"{a}"', '"x \\" y"', '"L’allègement porte"']),
        "NUMBER": st.sampled_from(["0", "3", "4,5", "18", "100"]),
        "SET_NUMBER": st.sampled_from(["0", "3", "4.5"]),
        "DATE": st.sampled_from(["13/01/2025", "2025-01-13", "1er mars 2016", "31/02/2025"]),
        "TIME": st.sampled_from(["9h00", "12h30", "25h99"]),
        "SCHOOL_YEAR": st.sampled_from(["2025-2026", "2025-2027"]),
    }
    terminals = {t.name for t in get_parser().terminals}
    return from_lark(get_parser(), start="start", explicit={k: v for k, v in explicit.items() if k in terminals})


# ------------------------------------------------------------------ programs from the language's constructs

FACT_TYPES = {
    "booléen": ["vrai", "faux"],
    "heures entre 0 et 48": ["0 h", "6 h", "48 h", "50 h"],
    "pourcentage": ["50 %", "80 %", "100 %"],
    "entier entre 0 et 20": ["0", "2", "21"],
    "date": ["13/01/2025", "01/09/2024", "01/01/2030"],
    "choix (titulaire, stagiaire, contractuel)": ["titulaire", "stagiaire", "contractuel"],
    "euros": ["0 €", "1200,50 €"],
    "texte": ['"a"', '"b"'],
}
COMPARATORS = ["=", "!=", "<", "<=", ">", ">="]
QUOTES = [
    "Le dispositif est réservé aux personnels titulaires.",
    "L'allègement porte, au maximum, sur le tiers des ORS.",
    "La date limite de dépôt est fixée au 13 janvier 2025.",
    "Les pièces médicales sont transmises au médecin sous pli confidentiel.",
]
SOURCE_TEXT = "Circulaire d'essai du 1er septembre 2024.\n" + "\n".join(QUOTES) + "\n"
CONSTRUCT_HEADER = """circulaire essai "Essai"
  date 01/09/2024
  année scolaire 2025-2026
  source "sources/essai.txt"
"""


FACT_TYPE_LISTS = st.lists(st.sampled_from(list(FACT_TYPES)), min_size=1, max_size=6)


@st.composite
def construct_programs(draw: st.DrawFn) -> str:
    """A circular built from the language's constructs: facts, values, rules, documents, calendar, cases
    (drawn from strategies built once, fuzz/drawing.py)."""
    facts = draw(FACT_TYPE_LISTS)
    names = [f"f{i}" for i in range(len(facts))]
    parts = [CONSTRUCT_HEADER]
    parts += [f'fait {n} "Fait {n}" : {t}\n' for n, t in zip(names, facts, strict=True)]
    parts.append('service drh "DRH"\n  cite "Le dispositif"\n')
    parts.append('échéance limite "Limite" le 13/01/2025 inclus\n  cite "La date limite"\n')
    parts.append('événement réunion "Réunion" le 13/12/2024 à 9h00\n  cite "La date limite"\n')
    parts.append('échéance ouverture "Ouverture" à partir de réunion\n  cite "La date limite"\n')
    typed = dict(zip(names, facts, strict=True))
    for index in range(integer(draw, 0, 6)):
        parts.append(_rule(draw, index, typed))
    for index in range(integer(draw, 0, 2)):
        condition = _condition(draw, typed, 2)
        parts.append(
            f'pièce p{index} "P"\n  obligatoire si {condition}\n  transmise par courriel à drh\n  cite "Le dispositif"\n'
        )
    if boolean(draw):
        assignments = "".join(f"  {n} = {pick(draw, FACT_TYPES[t])}\n" for n, t in typed.items())
        parts.append(f'cas "c"\n{assignments}  attendu {pick(draw, ["recevable", "irrecevable"])}\n')
    return "".join(parts)


def _rule(draw: st.DrawFn, index: int, typed: dict[str, str]) -> str:
    severity = pick(draw, ["bloquante", "avertissement", "information"])
    clauses = []
    if boolean(draw):
        clauses.append(f"si {_condition(draw, typed, 3)}")
    if severity != "information" or boolean(draw):
        clauses.append(f"exige {_condition(draw, typed, 3)}")
        for _ in range(integer(draw, 0, 2)) if severity == "bloquante" else ():
            outcome = pick(draw, ["avertissement", "information", "levée"])
            clauses.append(f"sauf si {_condition(draw, typed, 2)} alors {outcome}")
    shown = pick(draw, list(typed))
    body = "".join(f"  {c}\n" for c in clauses)
    return (
        f'règle r{index} {severity} "R{index}"\n{body}  message "Valeur {{{shown}}}."\n  cite "{pick(draw, QUOTES)}"\n'
    )


def _condition(draw: st.DrawFn, typed: dict[str, str], depth: int) -> str:
    """A comparison of a fact, or up to `depth` levels of « et », « ou », « non » around comparisons
    (the leaf, a fact then its comparison, is one branch)."""

    def comparison(draw: st.DrawFn) -> str:
        name = pick(draw, list(typed))
        return _comparison(draw, name, typed[name])

    return nested_condition(draw, [comparison], depth)


def _comparison(draw: st.DrawFn, name: str, type_: str) -> str:
    values = FACT_TYPES[type_]
    if type_ == "booléen":
        return pick(draw, [name, f"non {name}", f"{name} = vrai"])
    if type_ == "date":
        dated = [f"{name} respecte limite", f"{name} respecte ouverture", f"{name} > réunion"]
        return pick(draw, [*dated, *(f"{name} <= {v}" for v in values)])
    if type_.startswith("choix"):
        return pick(
            draw,
            [f"{name} = {v}" for v in values]
            + [f"{name} dans {{{values[0]}, {values[1]}}}", f"{name} hors de {{{values[2]}}}"],
        )
    if type_ == "texte":
        return pick(draw, [f"{name} = {v}" for v in values])
    return f"{name} {pick(draw, COMPARATORS)} {pick(draw, values)}"


# ------------------------------------------------------------------ the differential comparison


def flatten(name: str) -> str:
    """A name as a Python identifier is spelled once accents, dots and other signs are dropped:
    `délai` -> `delai`, `a_b.c` -> `a_b_c` (how names met in generated code before issue 10)."""
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")
    return re.sub(r"\W", "_", ascii_name)


def collisions(circular: m.Circular) -> list[tuple[str, str]]:
    """Pairs of distinct names, of the kinds that become local variables of `evaluate`
    (deadlines, tables, `table.column`), that flatten alike."""
    named: dict[str, list[str]] = {}
    for deadline in circular.deadlines:
        named.setdefault("échéance " + flatten(deadline.name), []).append(deadline.name)
    for table in circular.tables:
        named.setdefault("table " + flatten(table.name), []).append(table.name)
        for column in table.columns:
            named.setdefault("colonne " + flatten(f"{table.name}.{column.name}"), []).append(
                f"{table.name}.{column.name}"
            )
    return [(names[0], other) for names in named.values() for other in names[1:]]


@dataclass
class Disagreement:
    """A situation on which a generated validator and the reference interpreter disagree."""

    circular: str
    situation: dict[str, object]
    differences: list[str]

    def __str__(self) -> str:
        facts = "\n".join(f"    {name} = {value!r}" for name, value in sorted(self.situation.items())) or "    (aucun)"
        return (
            f"{self.circular} : le validateur généré et l'interpréteur de référence divergent\n"
            f"  situation minimale :\n{facts}\n  " + "\n  ".join(self.differences)
        )


def decision_differences(circular: m.Circular, module: types.ModuleType, facts: dict[str, object]) -> list[str]:
    """Where the generated module's decision and the reference interpreter's differ for `facts`."""
    try:
        generated = module.evaluate(facts)
    except Exception as error:  # a crash of the generated code is a disagreement, shown as such
        return [f"le validateur généré lève {type(error).__name__} : {error}"]
    try:
        reference = interpret(circular, facts)
    except Exception as error:
        return [f"l'interpréteur de référence lève {type(error).__name__} : {error}"]
    return differences(generated, reference)


def minimal_disagreement(circular: m.Circular, module: types.ModuleType, facts: dict[str, object]) -> Disagreement:
    """Forget facts one by one while the two still disagree: what remains is a minimal reproduction."""
    found = decision_differences(circular, module, facts)
    kept = dict(facts)
    for name in list(facts):
        trial = {k: v for k, v in kept.items() if k != name}
        different = decision_differences(circular, module, trial)
        if different:
            kept, found = trial, different
    return Disagreement(circular.name, kept, found)


def situation_key(facts: Mapping[str, object]) -> str:
    """What tells two situations apart, the same in every process: a set's elements are written
    sorted (a frozenset's repr follows string hashing, which changes with each run's PYTHONHASHSEED,
    so under CI=1 equal sets could count as two situations, and the situations kept varied)."""
    return repr(sorted((name, _written(value)) for name, value in facts.items()))


def _written(value: object) -> str:
    if isinstance(value, set | frozenset):
        return "{" + ", ".join(sorted(map(repr, value))) + "}"
    return repr(value)


def first_disagreement(
    circular: m.Circular, module: types.ModuleType, situations: Iterable[dict[str, object]], limit: int | None = None
) -> tuple[int, Disagreement | None]:
    """Compare on the situations (each distinct one once, `limit` at most); the number
    compared and the first disagreement, minimized."""
    seen: set[str] = set()
    compared = 0
    for facts in situations:
        if limit is not None and compared >= limit:
            break
        key = situation_key(facts)
        if key in seen:
            continue
        seen.add(key)
        compared += 1
        if decision_differences(circular, module, facts):
            return compared, minimal_disagreement(circular, module, facts)
    return compared, None


def compiled_or_refused(text: str, folder: Path, compiler: Compiler, name: str = "fuzz.circ") -> m.Circular | None:
    """The checked circular of a program, or None when it is refused with located, catalogued
    diagnostics (the property of `check_compiles_or_reports`)."""
    with time_limit(TIMEOUT):
        try:
            compilation = compiler.compile_source(SourceFile(name, text), folder)
        except CompileError as error:
            _check_diagnostics(error, text)
            return None
    return compilation.circular if compilation.circular.kind == "circulaire" else None


def program_disagreement(circular: m.Circular, text: str, seed: int, count: int) -> tuple[int, Disagreement | None]:
    """Compare a program's generated validator with the reference on `count` generated situations."""
    from tests.strategies import plan_for, sample  # the situation generator lives with the tests

    module = load_validator(circular)
    compared, disagreement = first_disagreement(circular, module, sample(plan_for(circular), seed, count), count)
    if disagreement is not None:
        disagreement.differences.insert(0, f"programme :\n{text}")
    return compared, disagreement
