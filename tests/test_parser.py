"""Syntax stage: the real files parse and build; syntax errors are located, in French;
literal forms (dates, decimals, comments, accents) are read."""

from __future__ import annotations

import datetime
import re
from collections import Counter
from decimal import Decimal
from pathlib import Path

import pytest

from circdsl import nodes as n
from circdsl.builder import build
from circdsl.compiler import is_vocabulary
from circdsl.diagnostics import CATALOGUE, CompileError, Diagnostic, render_all
from circdsl.parser import MAX_COUNTED_ERRORS, MAX_SYNTAX_ERRORS, parse
from circdsl.source import SourceFile

CIRCULARS = Path(__file__).resolve().parent.parent / "circulars"

# Small circulars below get the conftest header prepended: it takes lines 1-4,
# so the first line written in a test is line 5.


def parsed(name: str) -> n.Module:
    return build(parse(SourceFile.read(CIRCULARS / name)))


def kinds(module: n.Module) -> Counter[str]:
    return Counter(type(decl).__name__ for decl in module.decls)


KEYWORD_KINDS = {
    "utilise": "Import", "fait": "FactDecl", "service": "ServiceDecl", "valeur": "ValueDecl",
    "règle": "RuleDecl", "échéance": "DeadlineDecl", "événement": "EventDecl", "dépôt": "RequestDecl",
    "avis": "OpinionDecl", "examen": "ExaminationDecl", "pièce": "DocumentDecl", "cas": "CaseDecl",
    "hors": "UnruledDecl",
}  # fmt: skip


def written_declarations(name: str) -> Counter[str]:
    """Declarations counted from the text, without the parser: unindented lines by first word."""
    text = (CIRCULARS / name).read_text(encoding="utf-8")
    words = (line.split()[0] for line in text.splitlines() if line[:1].isalpha())
    return Counter(word for word in words if word in KEYWORD_KINDS)


def only(diagnostics: list[Diagnostic]) -> Diagnostic:
    assert len(diagnostics) == 1, render_all(diagnostics)
    return diagnostics[0]


def caret_offset(rendered: str) -> int:
    """0-based position of the first caret under the displayed source line."""
    caret_line = next(line for line in rendered.splitlines() if line.rstrip().endswith("^"))
    return caret_line.index("^") - (caret_line.index("|") + 2)


def assert_syntax_error(d: Diagnostic, code: str, line: int, column: int, source_line: str) -> None:
    """Code and position, and a rendering with file:line:col, the source line and a caret under the column."""
    assert (d.code, d.span.line, d.span.column) == (code, line, column)
    rendered = d.render()
    assert f"essai.circ:{line}:{column}: erreur [{code}] : " in rendered
    assert f" {line} | {source_line}\n" in rendered
    assert caret_offset(rendered) == column - 1


# ------------------------------------------------------------------ the real files


def test_commun_vocabulary_parses_into_facts_only():
    module = parsed("commun.circ")
    assert (module.header.kind, module.header.name.text) == ("vocabulaire", "commun")
    assert set(kinds(module)) == {"FactDecl"}
    facts = {decl.name.text: decl for decl in module.decls}
    assert {"agent.statut", "agent.degré", "demande.date_dépôt"} <= set(facts)
    statut = facts["agent.statut"].type
    assert statut.kind == "choix"
    assert [c.name.text for c in statut.choices] == ["titulaire", "stagiaire", "contractuel"]
    bounds = facts["agent.ors_heures"].bounds
    assert (bounds.low, bounds.high) == (Decimal(0), Decimal(48))


def test_paris_circular_parses_into_expected_declarations():
    module = parsed("allegement_paris_2025.circ")
    assert (module.header.kind, module.header.name.text) == ("circulaire", "allegement_paris_2025")
    assert [a.key for a in module.header.attrs] == [
        "dispositif", "authority", "reference", "issued", "school_year", "source", "legal_ref", "legal_ref",
    ]  # fmt: skip
    counts = kinds(module)
    # One declaration per keyword written at the start of a line: nothing dropped or merged.
    assert counts == {
        KEYWORD_KINDS[word]: count for word, count in written_declarations("allegement_paris_2025.circ").items()
    }
    assert set(counts) == set(KEYWORD_KINDS.values())
    # The circular is being extended: at least what was reviewed (13 rules, 18 cases, 3 documents).
    assert counts["RuleDecl"] >= 13 and counts["CaseDecl"] >= 18 and counts["DocumentDecl"] >= 3
    assert (counts["Import"], counts["DeadlineDecl"], counts["EventDecl"]) == (1, 1, 1)


def test_paris_rule_with_deadline_and_exception_is_built():
    module = parsed("allegement_paris_2025.circ")
    rule = next(d for d in module.decls if isinstance(d, n.RuleDecl) and d.name.text == "délai_dépôt")
    assert rule.severity == "bloquante"
    clauses = {c.kind: c.value for c in rule.clauses}
    assert isinstance(clauses["exige"], n.MeetsDeadline)
    assert clauses["exige"].deadline.text == "limite_dépôt"
    condition, outcome = clauses["sauf si"]
    assert (condition.name.text, outcome) == ("situation_exceptionnelle_médicale", "avertissement")


def test_paris_medical_document_delivery_is_built():
    module = parsed("allegement_paris_2025.circ")
    document = next(d for d in module.decls if isinstance(d, n.DocumentDecl) and d.name.text == "certificat_médical")
    delivery = next(c.value for c in document.clauses if c.kind == "transmise")
    assert (delivery.channel, delivery.sealed) == ("voie postale", True)
    assert [r.text for r in delivery.recipients] == ["smfp"]
    assert [c.kind for c in document.clauses].count("cite") == 2


def test_paris_case_reprend_and_expectation_are_built():
    module = parsed("allegement_paris_2025.circ")
    cases = {d.label.value: d for d in module.decls if isinstance(d, n.CaseDecl)}
    first = cases["Enseignant titulaire du second degré : 6 h sur 18 h, déposé le 10/01/2025"]
    assert first.base is None and len(first.assignments) == 10
    over = cases["Second degré : 7 h demandées, au-delà du tiers des 18 h"]
    assert over.base.value == first.label.value
    assert over.assignments[0].value.value == Decimal(7)
    expectation = over.expectations[0]
    assert expectation.status == "irrecevable"
    assert [r.text for r in expectation.failing_rules] == ["plafond_tiers_heures"]
    waived = cases["Dépôt tardif le 20/01/2025, situation exceptionnelle médicalement justifiée"]
    assert waived.expectations[0].status == "recevable avec réserves"


# ------------------------------------------------------------------ syntax errors


def test_misspelt_keyword_at_top_level_suggests_the_keyword(diagnostics_of):
    d = only(diagnostics_of('regle x bloquante "Titre"\n'))
    assert_syntax_error(d, "E002", 5, 1, 'regle x bloquante "Titre"')
    assert d.message == "« regle » inattendu ici"
    assert d.hint.startswith("vouliez-vous dire « règle » ?")


def test_string_never_closed_is_reported_at_its_opening_quote(diagnostics_of):
    text = """\
        fait a "A" : texte
        règle r bloquante "R"
          exige a = "x
    """
    d = only(diagnostics_of(text))
    assert_syntax_error(d, "E001", 7, 13, '  exige a = "x')
    assert d.message == 'caractère inattendu « " »'
    assert "doit être refermé" in d.hint


def test_file_ending_inside_an_expression(diagnostics_of):
    text = """\
        fait a "A" : heures
        règle r bloquante "R"
          exige a <=
    """
    d = only(diagnostics_of(text))
    assert_syntax_error(d, "E003", 7, 13, "  exige a <=")  # just after the last character
    assert "le fichier se termine" in d.message
    assert "un nombre" in d.hint


def test_unexpected_character(diagnostics_of):
    d = only(diagnostics_of('fait a "A" : heures @\n'))
    assert_syntax_error(d, "E001", 5, 21, 'fait a "A" : heures @')
    assert d.message == "caractère inattendu « @ »"
    assert d.hint.startswith("attendu ici : ")


@pytest.mark.parametrize(
    ("text", "column", "kind"),
    [
        ('fait si "A" : booléen\n', 6, "fait"),
        ('fait a "A" : choix (oui, et)\n', 26, "valeur de choix"),
        ('service par "S"\n  cite "Le dispositif"\n', 9, "service"),
    ],
)
def test_keyword_used_as_a_name(diagnostics_of, text, column, kind):
    # The contextual lexer reads the word as a name; the checker refuses it (E103).
    d = only(diagnostics_of(text))
    assert_syntax_error(d, "E103", 5, column, text.splitlines()[0])
    assert f"est un mot-clé du langage et ne peut pas commencer un nom de {kind}" in d.message


def test_punctuation_where_a_name_is_expected(diagnostics_of):
    d = only(diagnostics_of('fait = "A" : heures\n'))
    assert_syntax_error(d, "E002", 5, 6, 'fait = "A" : heures')
    assert d.message == "« = » inattendu ici"
    assert "attendu : un nom" in d.hint


def test_punctuation_is_not_called_a_keyword(diagnostics_of):
    d = only(diagnostics_of('fait = "A" : heures\n'))
    assert "mot-clé" not in d.hint


def test_expected_unit_keyword_is_spelt_with_its_accent(diagnostics_of):
    d = only(diagnostics_of('fait a "A" : heure\n'))
    assert "« demi-journées »" in d.hint


def test_type_written_in_singular_suggests_the_type(diagnostics_of):
    d = only(diagnostics_of('fait a "A" : heure\n'))
    assert "vouliez-vous dire « heures » ?" in d.hint


def test_word_extending_a_keyword_is_reported_whole(diagnostics_of):
    text = 'service s "S"\n  médicale\n  cite "Le dispositif"\n'
    d = only(diagnostics_of(text))
    assert_syntax_error(d, "E002", 6, 3, "  médicale")
    assert "vouliez-vous dire « médical » ?" in d.hint


def test_caret_is_under_the_token_on_a_tab_indented_line(diagnostics_of):
    text = 'fait a "A" : heures\nrègle r bloquante "R"\n\texige a <= 6 h @\n'
    d = only(diagnostics_of(text))
    assert (d.code, d.span.line) == ("E001", 7)
    shown = d.render().splitlines()[1].split("| ", 1)[1]
    assert caret_offset(d.render()) == shown.index("@")


def test_file_with_byte_order_mark_parses(tmp_path):
    path = tmp_path / "essai.circ"
    path.write_text('\ufeffvocabulaire essai "Essai"\nfait a "A" : booléen\n', encoding="utf-8")
    module = build(parse(SourceFile.read(path)))
    assert module.header.kind == "vocabulaire"
    assert is_vocabulary(path)  # the build tells vocabularies from circulars the same way


# ------------------------------------------------------------------ literal forms


def required_condition(compile_text, facts: str, condition: str):
    """Compile a rule `exige <condition>` over `facts` and return its typed condition."""
    text = f'{facts}\nrègle r bloquante "R"\n  exige {condition}\n  message "m"\n  cite "Le dispositif"\n'
    compilation = compile_text(text)
    assert compilation.warnings == []
    return compilation.circular.rules[0].requires


@pytest.mark.parametrize(
    ("literal", "expected"),
    [
        ("13/01/2025", datetime.date(2025, 1, 13)),
        ("1/3/2016", datetime.date(2016, 3, 1)),
        ("2025-01-13", datetime.date(2025, 1, 13)),
        ("13 janvier 2025", datetime.date(2025, 1, 13)),
        ("1er mars 2016", datetime.date(2016, 3, 1)),
        ("29 février 2024", datetime.date(2024, 2, 29)),
    ],
)
def test_date_literal_forms(compile_text, literal, expected):
    condition = required_condition(compile_text, 'fait d "Date" : date', f"d <= {literal}")
    assert condition.right.value == expected


def test_long_date_in_a_deadline(compile_text):
    text = 'échéance limite "Limite" le 13 janvier 2025 inclus\n  cite "La date limite de dépôt"\n'
    deadline = compile_text(text).circular.deadlines[0]
    assert (deadline.date, deadline.inclusive) == (datetime.date(2025, 1, 13), True)


@pytest.mark.parametrize("literal", ["4,5 h", "4.5 h", "4,5 heures", "4,5h"])
def test_decimal_comma_and_point(compile_text, literal):
    condition = required_condition(compile_text, 'fait a "A" : heures', f"a <= {literal}")
    assert (condition.right.value, condition.right.type.unit) == (Decimal("4.5"), "heures")


def test_decimal_comma_in_a_case_value(compile_text):
    text = """\
        fait a "A" : heures
        règle r bloquante "R"
          exige a <= 6 h
          message "m"
          cite "Le dispositif"
        cas "c"
          a = 4,5 h
          attendu recevable
    """
    assert compile_text(text).circular.cases[0].facts == (("a", Decimal("4.5")),)


def test_set_of_whole_numbers_without_spaces(compile_text):
    condition = required_condition(compile_text, 'fait n "N" : entier', "n dans {1,2,3}")
    assert condition.items == (1, 2, 3)


def test_set_of_numbers_with_spaces(compile_text):
    condition = required_condition(compile_text, 'fait n "N" : entier', "n dans {1, 2, 3}")
    assert condition.items == (Decimal(1), Decimal(2), Decimal(3))


def test_comments_are_ignored(compile_text):
    text = """\
        # Une circulaire qui commence par un commentaire.
        circulaire essai "Essai" # après l'en-tête
          année scolaire 2025-2026
          source "sources/essai.txt"
        # fait ignoré "X" : booléen
        fait a "A" : heures # les heures
        règle r bloquante "R"
          exige a <= 6 h # six heures
          message "m # pas un commentaire"
          cite "Le dispositif"
    """
    circular = compile_text(text).circular
    assert [f.name for f in circular.facts] == ["a"]
    assert circular.rules[0].message == ("m # pas un commentaire",)


def test_accents_in_names(compile_text):
    text = """\
        fait âge_élève "Âge de l'élève" : ans
        règle règle_été bloquante "Été"
          exige âge_élève >= 3 ans
          message "Âge : {âge_élève}."
          cite "Le dispositif"
    """
    circular = compile_text(text).circular
    fact = circular.facts[0]
    assert fact.name == "âge_élève"
    rule = circular.rules[0]
    assert rule.name == "règle_été"
    assert rule.message[1].fact is fact


def test_multiline_string_and_escaped_quote(compile_text):
    text = 'fait a "Le \\"a\\"\n  sur deux lignes" : booléen\n'
    assert compile_text(text).circular.facts[0].label == 'Le "a"\n  sur deux lignes'


# ------------------------------------------------------------------ rendering


def test_render_all_ends_with_french_summary(diagnostics_of):
    diagnostics = diagnostics_of('regle x bloquante "Titre"\n')
    rendered = render_all(diagnostics)
    assert rendered.startswith(diagnostics[0].render())
    assert rendered.endswith("\n\n1 erreur, 0 avertissement.")


def test_render_all_orders_and_counts_several_errors(diagnostics_of):
    text = 'fait a "A" : booléen\nfait a "B" : booléen\nfait b "C" : booléen\nfait b "D" : booléen\n'
    diagnostics = diagnostics_of(text)
    assert [(d.code, d.span.line) for d in diagnostics] == [("E102", 6), ("E102", 8)]
    rendered = render_all(list(reversed(diagnostics)))  # sorted again by position
    assert rendered.index("essai.circ:6:6") < rendered.index("essai.circ:8:6")
    assert rendered.endswith("\n\n2 erreurs, 0 avertissement.")


def test_render_all_without_diagnostics():
    assert render_all([]) == "0 erreur, 0 avertissement."


def test_syntax_codes_are_in_the_catalogue():
    for code in ("E001", "E002", "E003", "E103"):
        assert CATALOGUE[code][1]


def test_unclosed_text_running_over_lines_is_pointed_out(diagnostics_of):
    d = only(diagnostics_of('fait a "A : booléen\nfait b "B" : booléen\n'))
    assert (d.code, d.span.line) == ("E002", 6)
    assert "le texte entre guillemets ouvert ligne 5 continue sur plusieurs lignes" in d.hint


# ------------------------------------------------------------------ several syntax errors per file


def located(diagnostics: list[Diagnostic]) -> list[tuple[str, int, int]]:
    return [(d.code, d.span.line, d.span.column) for d in diagnostics]


def test_three_independent_mistakes_give_exactly_three_diagnostics(diagnostics_of):
    text = """\
        fait a "A" : heures @
        fait b "B" : booléen
        règle r bloquante "R"
          exige a <= 6 h
          mesage "m"
          cite "Le dispositif"
        règle s bloquant "S"
          exige b
          message "m"
          cite "Le dispositif"
    """
    diagnostics = diagnostics_of(text)
    assert located(diagnostics) == [("E001", 5, 21), ("E002", 9, 3), ("E002", 11, 9)], render_all(diagnostics)
    assert_syntax_error(diagnostics[1], "E002", 9, 3, '  mesage "m"')
    assert diagnostics[1].hint.startswith("vouliez-vous dire « message » ?")
    assert diagnostics[2].hint.startswith("vouliez-vous dire « bloquante » ?")


def test_an_unfinished_declaration_does_not_hide_the_next_one(diagnostics_of):
    # The error is found at the next declaration's keyword: reading resumes there, so the
    # declaration after it is read (and its own mistake reported), and nothing else.
    text = """\
        règle r bloquante
        fait b "B" : booléen
          cite "Le dispositif" @
    """
    assert located(diagnostics_of(text)) == [("E002", 6, 1), ("E001", 7, 24)]


def test_a_mistake_in_the_header_and_one_in_a_declaration(diagnostics_of):
    text = """\
        circulaire essai "Essai"
          anée scolaire 2025-2026
          source "sources/essai.txt"
        fait a "A" : booléen
        fait b "B" booléen
    """
    diagnostics = diagnostics_of(text)
    assert located(diagnostics) == [("E002", 2, 3), ("E002", 5, 12)], render_all(diagnostics)


def test_a_text_left_open_is_one_error_and_reading_resumes_after_it(diagnostics_of):
    text = """\
        fait a "A" : booléen
        règle r bloquante "R"
          exige a
          message "m
          cite "Le dispositif"
        règle s bloquante "S"
          exige a
          message "m"
          cite "Le dispositif"
        fait b "B : booléen
        fait c "C" : booléen
    """
    diagnostics = diagnostics_of(text)
    assert located(diagnostics) == [("E002", 9, 9), ("E002", 15, 9)], render_all(diagnostics)
    assert "le texte entre guillemets ouvert ligne 8" in diagnostics[0].hint
    assert "le texte entre guillemets ouvert ligne 14" in diagnostics[1].hint  # counted from where reading resumed


def test_the_file_ending_inside_a_declaration_after_another_error(diagnostics_of):
    text = 'fait a "A" : booléen @\nfait b "B" : booléen\nrègle r bloquante\n'
    assert located(diagnostics_of(text)) == [("E001", 5, 22), ("E003", 7, 18)]


def test_names_are_not_checked_while_the_syntax_is_wrong(diagnostics_of):
    # An unknown name (E101) and a missing message (E301) wait until the syntax is right.
    text = 'règle r bloquante "R"\n  exige inconnu\nfait b "B" booléen\n'
    assert located(diagnostics_of(text)) == [("E002", 7, 12)]


def test_after_twenty_syntax_errors_one_line_counts_the_others(diagnostics_of):
    lines = [f'fait f{index} "F" : heures @' for index in range(25)]
    diagnostics = diagnostics_of("\n".join(lines) + "\n")
    assert len(diagnostics) == MAX_SYNTAX_ERRORS + 1
    assert located(diagnostics[:MAX_SYNTAX_ERRORS]) == [("E001", 5 + i, 21 + len(str(i))) for i in range(20)]
    last = diagnostics[-1]
    assert (last.code, last.span.line) == ("E001", 25)  # where the first error not shown is
    assert last.message.startswith("… et 5 autres erreurs de syntaxe, non détaillées")
    assert last.render() == f"{last.file}:25:23: erreur [E001] : {last.message}"  # one line


def test_a_mistake_on_every_line_is_counted_up_to_a_bound(diagnostics_of):
    text = "".join(f"fait f{index} @\n" for index in range(MAX_COUNTED_ERRORS + 50))
    diagnostics = diagnostics_of(text)
    assert len(diagnostics) == MAX_SYNTAX_ERRORS + 1
    assert f"… et plus de {MAX_COUNTED_ERRORS - MAX_SYNTAX_ERRORS} autres erreurs" in diagnostics[-1].message


DECLARATION_START = re.compile(
    r"^(fait|valeur|règle|pièce|service|dépôt|avis|examen|échéance|période|événement|table|cas) "
)


def declaration_lines(text: str) -> list[int]:
    """0-based indexes of the lines that start a declaration and hold no comment or open text."""
    return [
        index
        for index, line in enumerate(text.split("\n"))
        if DECLARATION_START.match(line) and line.count('"') % 2 == 0 and "#" not in line
    ]


@pytest.mark.parametrize("path", sorted(CIRCULARS.glob("*.circ")), ids=lambda p: p.stem)
def test_three_mistakes_in_a_real_circular_give_three_diagnostics(path: Path):
    """In three declarations spread over the file: a stray character at the end of the first line,
    a misspelt declaration keyword, a stray character again. Nothing else is reported."""
    lines = path.read_text(encoding="utf-8").split("\n")
    starts = declaration_lines("\n".join(lines))
    # After an example case, « xcas » would read as a fact the case sets: misspell another declaration.
    misspelt = [index for index in starts if not lines[index].startswith("cas ")]
    chosen = [starts[len(starts) // 6], misspelt[len(misspelt) // 2], starts[-1]]
    expected = []
    for number, index in enumerate(chosen):
        if number == 1:
            lines[index] = "x" + lines[index]  # « xfait », « xrègle »… : not a keyword
            expected.append(("E002", index + 1, 1))
        else:
            lines[index] += " @"
            expected.append(("E001", index + 1, len(lines[index])))
    with pytest.raises(CompileError) as error:
        parse(SourceFile(path.name, "\n".join(lines)))
    assert located(error.value.diagnostics) == expected, render_all(error.value.diagnostics)
