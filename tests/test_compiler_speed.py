"""What makes the compiler fast changes none of its answers: expressions compiled once per
emitter give the module compiled expression by expression; the flat text a document keeps is
the text of its parts laid out flat; satisfiability asked of gathered formulas answers as the plain enumeration;
quotes found through the word index are those a scan of the text finds; the cycle collector's
thresholds are raised only while compiling (issue 16)."""

from __future__ import annotations

import gc
import itertools
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from circdsl import collector, project
from circdsl import model as m
from circdsl.analysis.logic import Answer, Formula, Logic, negation
from circdsl.citations import SCANS_BEFORE_INDEX, SourceText, _scanned, fold
from circdsl.compiler import Compiler
from circdsl.emit_python.expressions import MAX_DEPTH, Code, ExpressionCompiler
from circdsl.emit_python.module import ModuleEmitter
from circdsl.emit_python.pretty import (
    SOFT,
    SPACE,
    Concat,
    Group,
    IfBreak,
    Nest,
    Str,
    Text,
    bracket,
    flat,
    infix,
    render,
    text_width,
)
from tests.conftest import CIRCULARS, ROOT, write_project

sys.path.insert(0, str(ROOT / "bench"))

from synthetic import Synthetic

# Real circulars with exceptions, computed values, tables and deadlines (every circular's module is
# checked byte for byte by `circ build --check`).
REAL = [CIRCULARS / "allegement_paris_2025.circ", CIRCULARS / "allegement_rhone_2016.circ"]
NESTED = 2 * MAX_DEPTH  # `non` nested this deep: code deeper than MAX_DEPTH, in temporaries

# Rules that share facts, exceptions, a condition on two facts (« ou »), a constant condition
# and a condition nested deep enough to be computed in temporaries, tested by two rules.
MIXED = f"""
fait âge "Âge" : ans entre 0 et 99
fait statut "Statut" : choix (titulaire "Titulaire", contractuel "Contractuel")
fait temps_partiel "Temps partiel" : booléen
fait quotité "Quotité" : entier entre 0 et 100

règle majeur bloquante "Majeur"
  si statut = titulaire ou temps_partiel
  exige âge >= 18 ans
  sauf si quotité < 50 alors avertissement
  message "Il faut être majeur ({{âge}})."
  cite "Le dispositif est réservé aux personnels titulaires."

règle jeune bloquante "Jeune"
  si statut = titulaire
  exige âge < 18 ans ou quotité >= 80
  message "Il faut être jeune."
  cite "Le dispositif est réservé aux personnels titulaires."

règle toujours bloquante "Toujours"
  si vrai
  exige quotité <= 90 et âge >= 18 ans
  message "Toujours."
  cite "Le dispositif est réservé aux personnels titulaires."

règle profonde bloquante "Profonde"
  si {"non " * NESTED}temps_partiel
  exige {"non " * NESTED}(quotité > 10)
  message "Profonde."
  cite "Le dispositif est réservé aux personnels titulaires."

règle profonde_encore avertissement "Profonde encore"
  si {"non " * NESTED}temps_partiel
  exige quotité > 20
  message "Profonde encore."
  cite "Le dispositif est réservé aux personnels titulaires."
"""


@pytest.fixture(scope="module")
def circulars(tmp_path_factory: pytest.TempPathFactory) -> list[m.Circular]:
    """Two real circulars, a synthetic one (with tables) and MIXED."""
    compiler = Compiler()
    found = [compiler.compile_file(path).circular for path in REAL]
    found.append(
        compiler.compile_file(Synthetic(rules=60, tables=[(12, 2)]).write(tmp_path_factory.mktemp("s"))).circular
    )
    found.append(compiler.compile_file(write_project(tmp_path_factory.mktemp("mixed"), MIXED)).circular)
    return found


# ------------------------------------------------------------------ the emitter


def test_expressions_compiled_once_give_the_module_compiled_expression_by_expression(
    circulars: list[m.Circular], monkeypatch: pytest.MonkeyPatch
) -> None:
    reused: list[Code] = []
    reuse = ExpressionCompiler._reuse

    def counted(self: ExpressionCompiler, kept: tuple[m.Expr, Code, set[str]]) -> Code:
        reused.append(kept[1])
        return reuse(self, kept)

    with monkeypatch.context() as patch:
        patch.setattr(ExpressionCompiler, "_reuse", counted)
        once = [ModuleEmitter(circular).emit() for circular in circulars]
    assert len(reused) > len(circulars)  # `evaluate_status` reuses what `evaluate` compiled
    compile_ = ExpressionCompiler.compile

    def afresh(self: ExpressionCompiler, root: m.Expr) -> Code:
        self.compiled.clear()  # nothing kept: every expression compiled again, as before the memo
        return compile_(self, root)

    monkeypatch.setattr(ExpressionCompiler, "compile", afresh)
    assert [ModuleEmitter(circular).emit() for circular in circulars] == once
    deep = once[-1]
    assert deep.count("part_") > 2  # MIXED's deep conditions went through temporaries, in both functions


def test_flat_text_kept_by_a_document_is_its_parts_laid_out_flat() -> None:
    inner = Concat(
        (Text("f("), Nest(Concat((SOFT, Str("é'\""), Text(","), SPACE, Text("x")))), IfBreak(","), Text(")"))
    )
    assert flat(inner) == "f(" + repr("é'\"") + ", x)"
    call = bracket("rt.g(", [Group(inner), infix("+", [Text("a"), Text("漢")])], ")")
    whole = Concat((Text("y = "), call, SPACE, Text("# fin")))
    expected = "y = rt.g(" + flat(inner) + ", a + 漢) # fin"
    assert flat(whole) == expected
    assert whole.width == text_width(expected) == len(expected) + 1  # a wide character takes two columns
    assert render(whole, 0) == [expected]
    assert render(whole, 100 - len(expected) + 1) != [" " * (100 - len(expected) + 1) + expected]  # broken


# ------------------------------------------------------------------ the logic engine


def _pair_questions(logic: Logic, rules: list[m.Rule]) -> list[list[Formula]]:
    """The questions the rule-pair analysis asks, for the first rules of a circular."""
    asked = []
    for first, second in itertools.combinations([r for r in rules if r.requires is not None][:14], 2):
        both = [logic.formula(first.applies), logic.formula(second.applies)]
        both += [negation(logic.formula(x.condition)) for x in (*first.exceptions, *second.exceptions)]
        requirements = [logic.formula(first.requires), logic.formula(second.requires)]
        asked += [[*both, *requirements], both, [*both, requirements[0]]]
    return asked


def test_satisfiable_answers_as_the_plain_enumeration_on_rule_pair_questions(circulars: list[m.Circular]) -> None:
    answers = set()
    for circular in circulars:
        grouped = Logic()
        for question in _pair_questions(grouped, list(circular.rules)):
            for exact in (False, True):
                answer = grouped.satisfiable(*question, exact=exact)
                assert answer is Logic().exists(question, all, exact)
                answers.add(answer)
    assert answers == {Answer.YES, Answer.NO, Answer.UNKNOWN}


# ------------------------------------------------------------------ the cycle collector


def test_the_collector_runs_less_often_only_while_compiling(monkeypatch: pytest.MonkeyPatch) -> None:
    before = gc.get_threshold()
    seen: list[tuple[int, int, int]] = []

    def progress(done: int, total: int, path: Path) -> None:
        seen.append(gc.get_threshold())

    result = project.compile_all([CIRCULARS / "allegement_paris_2025.circ"], progress=progress)
    assert result.circulars and seen == [collector.COMPILING_THRESHOLDS]
    assert gc.get_threshold() == before

    def failing(done: int, total: int, path: Path) -> None:
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        project.compile_all([CIRCULARS / "allegement_paris_2025.circ"], progress=failing)
    assert gc.get_threshold() == before  # put back whatever ends the compilation


def test_nested_and_overlapping_compilations_put_back_the_thresholds_of_before() -> None:
    """A compilation inside another (a vocabulary) or beside it (the language server's thread) keeps the
    compiling thresholds; the last one to end puts back those in force before the first began."""
    before = gc.get_threshold()
    outer = collector.compiling()
    outer.__enter__()
    inner = collector.compiling()
    inner.__enter__()
    outer.__exit__(None, None, None)  # ends first, as an overlapping compilation may
    assert gc.get_threshold() == collector.COMPILING_THRESHOLDS
    inner.__exit__(None, None, None)
    assert gc.get_threshold() == before
    Compiler(root=ROOT).compile_file(CIRCULARS / "allegement_paris_2025.circ")  # commun.circ compiled inside it
    assert gc.get_threshold() == before


# ------------------------------------------------------------------ quotes in the source text

_WORDS = ["la", "condition", "article", "1.", "12.", "numéro", "s'applique", "aux", "demandes", "l'agent", "a"]


@settings(max_examples=150, deadline=None)
@given(
    st.lists(st.sampled_from(_WORDS), min_size=1, max_size=60),
    st.data(),
)
def test_quotes_found_through_the_word_index_are_those_a_scan_finds(words: list[str], data: st.DataObject) -> None:
    text = SourceText("source.txt", "\n".join(" ".join(words[i : i + 7]) for i in range(0, len(words), 7)))
    folded = fold(text.text)
    start = data.draw(st.integers(0, len(folded) - 1))
    end = data.draw(st.integers(start + 1, len(folded)))
    quotes = [folded[start:end].strip(), fold(" ".join(data.draw(st.lists(st.sampled_from(_WORDS), min_size=2))))]
    text._lookups[0] = SCANS_BEFORE_INDEX  # the index from the first lookup on
    for quote in filter(None, quotes):
        assert text.occurrences(quote) == _scanned(text._folded[0], quote)
        line = text.find(quote)
        assert (line is None) == (quote not in folded)


def test_a_sentence_quoted_from_a_long_text_is_found_on_its_line_and_counted() -> None:
    sentences = [f"Article {i}. La condition numéro {i} du dispositif s'applique aux demandes." for i in range(1, 3001)]
    text = SourceText("long.txt", "\n".join([*sentences, sentences[1499]]))
    for _ in range(SCANS_BEFORE_INDEX):  # the first lookups scan the text
        assert text.find("Article 1500. La condition  numéro 1500") == 1500
    assert "_word_starts" not in text.__dict__
    assert text.find("Article 1500. La condition  numéro 1500") == 1500
    assert "_word_starts" in text.__dict__  # then the word index is made
    assert text.occurrences(fold(sentences[1499])) == _scanned(text._folded[0], fold(sentences[1499]))
    assert len(text.occurrences(fold("du dispositif s'applique aux demandes."))) == 3001
    assert text.occurrences("Article 1500.") == _scanned(
        text._folded[0], "Article 1500."
    )  # one word after the first: scanned
