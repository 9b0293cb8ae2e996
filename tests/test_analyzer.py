"""Static analyses (the passes of circdsl.analysis): each mistake gives one located diagnostic,
with the exact code and position; the real circulars give none."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from circdsl import model as m
from circdsl.analysis import analyze
from circdsl.analysis.logic import Answer, Logic, candidates
from circdsl.compiler import Compiler
from circdsl.diagnostics import CATALOGUE, Diagnostic, DiagnosticSink, Level, render_all
from circdsl.project import compile_all
from circdsl.source import SourceFile, Span
from tests.conftest import CIRCULARS, write_project

ANALYZER_CODES = {code for code in CATALOGUE if code.startswith("E8")}

# The conftest header takes lines 1-4: the first line written in a test is line 5.
QUOTE = "Le dispositif est réservé aux personnels titulaires."


def located(diagnostics: list[Diagnostic]) -> list[tuple[str, int, int]]:
    return [(d.code, d.span.line, d.span.column) for d in diagnostics]


def rule(name: str, *clauses: str, severity: str = "bloquante") -> str:
    """A rule with the given clauses, then a message and a citation (two more lines)."""
    body = "".join(f"  {clause}\n" for clause in clauses)
    return f'règle {name} {severity} "{name}"\n{body}  message "m"\n  cite "{QUOTE}"\n'


def only(diagnostics: list[Diagnostic], code: str, line: int, column: int) -> Diagnostic:
    assert located(diagnostics) == [(code, line, column)], render_all(diagnostics)
    d = diagnostics[0]
    assert d.hint and d.excerpt and "^" in d.excerpt  # a French hint and a caret under the line
    return d


# ------------------------------------------------------------------ conditions that never hold


FACTS = """\
fait statut "Statut" : choix (titulaire, stagiaire)
fait ors "ORS" : heures entre 0 et 48
fait urgent "Urgent" : booléen
fait enfants "Enfants" : entier entre 0 et 20
fait date_dépôt "Dépôt" : date
"""  # lines 5-9


def uses_all(skip: str = "") -> str:
    """A rule reading every fact of FACTS (lines 10-13), so none is reported unused."""
    parts = ["statut = titulaire", "ors <= 6 h", "urgent", "enfants > 2", "date_dépôt <= 13/01/2025"]
    return rule("usage", "exige " + " ou ".join(p for p in parts if not p.startswith(skip or "@")))


@pytest.mark.parametrize(
    "condition",
    [
        "statut = titulaire et statut = stagiaire",
        "urgent et non urgent",
        "ors > 30 h et ors < 20 h",
        "ors > 50 h",  # outside the declared bounds (0 to 48)
        "enfants > 2 et enfants < 3",  # no whole number in between
        "statut hors de {titulaire, stagiaire}",
        "date_dépôt >= 01/03/2025 et date_dépôt <= 01/02/2025",  # an inverted period
        "non (urgent ou non urgent)",
    ],
)
def test_rule_that_never_applies(diagnostics_of, condition):
    text = FACTS + uses_all() + rule("r", f"si {condition}", "exige urgent")
    d = only(diagnostics_of(text), "E801", 15, 6)
    assert d.level is Level.ERROR
    assert d.message == "la règle « r » ne s'applique jamais : sa condition « si » ne peut pas être vraie"


def test_rule_never_respected_when_it_applies(diagnostics_of):
    text = FACTS + uses_all() + rule("r", "si statut = titulaire", "exige statut = stagiaire")
    d = only(diagnostics_of(text), "E802", 16, 9)
    assert d.level is Level.ERROR
    assert "n'est jamais respectée" in d.message


def test_requirement_beyond_the_declared_bounds(diagnostics_of):
    only(diagnostics_of(FACTS + uses_all() + rule("r", "exige ors > 48 h")), "E802", 15, 9)


@pytest.mark.parametrize(
    ("clauses", "line", "column"),
    [
        (("exige ors <= 48 h",), 17, 9),  # the declared bounds already say it
        (("exige urgent ou non urgent",), 17, 9),
        (("si statut = titulaire", "exige statut != stagiaire"), 18, 9),
        (("si date_dépôt < 01/01/2025", "exige date_dépôt respecte limite"), 18, 9),
    ],
)
def test_rule_that_never_fails(diagnostics_of, clauses, line, column):
    deadline = 'échéance limite "Limite" le 13/01/2025 inclus\n  cite "La date limite de dépôt est fixée"\n'
    d = only(diagnostics_of(FACTS + uses_all() + deadline + rule("r", *clauses)), "E803", line, column)
    assert d.level is Level.WARNING
    assert d.message == (
        "la règle « r » n'est jamais en défaut : la condition exigée est toujours vraie quand les faits sont connus"
    )


def test_conditions_over_computed_values_are_not_judged(compile_text):
    values = 'valeur plafond "Plafond" = ors / 3\n  cite "sur le tiers des ORS"\n'
    text = FACTS + values + uses_all() + rule("r", "exige ors <= plafond et ors > plafond")
    assert compile_text(text).warnings == []  # opaque to the analyzer: nothing reported


def test_exception_that_never_plays(diagnostics_of):
    text = FACTS + uses_all() + rule("r", "exige non urgent", "sauf si non urgent alors avertissement")
    d = only(diagnostics_of(text), "E804", 16, 11)
    assert d.level is Level.WARNING


# ------------------------------------------------------------------ contradictory outcomes


def test_exceptions_with_different_outcomes_that_can_both_apply(diagnostics_of):
    text = (
        FACTS
        + 'fait malade "Malade" : booléen\n'
        + uses_all()
        + rule("r", "exige ors <= 6 h", "sauf si urgent alors avertissement", "sauf si malade alors levée")
    )
    d = only(diagnostics_of(text), "E805", 18, 11)
    assert d.level is Level.WARNING
    assert "celle de la ligne 17" in d.message
    assert d.hint == "faites en sorte qu'elles s'excluent, par exemple « sauf si malade et non (urgent) »"
    [first] = d.related  # the other exception, shown under the excerpt
    assert (first.span.line, first.span.column, first.message) == (17, 11, "l'exception « avertissement » ici")
    assert first.excerpt.splitlines()[0] == " 17 |   sauf si urgent alors avertissement"


def test_exceptions_that_exclude_each_other(compile_text):
    text = (
        FACTS
        + 'fait malade "Malade" : booléen\n'
        + uses_all()
        + rule(
            "r", "exige ors <= 6 h", "sauf si urgent alors avertissement", "sauf si malade et non urgent alors levée"
        )
    )
    assert compile_text(text).warnings == []


def test_duplicate_rule(diagnostics_of):
    text = FACTS + uses_all() + rule("r1", "exige non urgent") + rule("r2", "exige non urgent")
    d = only(diagnostics_of(text), "E806", 18, 7)
    assert d.message == "la règle « r2 » répète la règle « r1 » (ligne 14) : mêmes conditions « si » et « exige »"
    assert [(r.span.line, r.span.column, r.message) for r in d.related] == [(14, 7, "la règle « r1 » ici")]


def test_duplicate_rule_written_differently(diagnostics_of):
    text = (
        FACTS
        + uses_all()
        + rule("r1", "si statut = titulaire", "exige non (urgent ou ors > 6 h)")
        + rule("r2", "si statut != stagiaire", "exige ors <= 6 h et non urgent")
    )
    only(diagnostics_of(text), "E806", 19, 7)


def test_rules_that_contradict_each_other(diagnostics_of):
    text = FACTS + uses_all() + rule("r1", "si statut = titulaire", "exige urgent") + rule("r2", "exige non urgent")
    d = only(diagnostics_of(text), "E807", 20, 9)
    assert d.level is Level.ERROR
    assert d.message.startswith("les règles « r1 » (ligne 14) et « r2 » se contredisent")
    assert [(r.span.line, r.span.column, r.message) for r in d.related] == [(16, 9, "ce qu'exige la règle « r1 »")]
    rendered = d.render()
    assert rendered.index("^") < rendered.index("note :") < rendered.index("aide :")


def test_rules_on_disjoint_publics_do_not_contradict(compile_text):
    text = (
        FACTS
        + uses_all()
        + rule("r1", "si statut = titulaire", "exige urgent")
        + rule("r2", "si statut = stagiaire", "exige non urgent")
    )
    assert compile_text(text).warnings == []


# ------------------------------------------------------------------ declarations never used

SERVICE = 'service drh "DRH"\n  cite "Le dispositif est réservé"\n'


def document(condition: str = "", routing: str = "transmise par courriel à drh") -> str:
    requirement = f"obligatoire si {condition}" if condition else "obligatoire"
    return f'pièce p "Pièce"\n  {requirement}\n  {routing}\n  cite "Le dispositif est réservé"\n'


def test_document_never_asked_for(diagnostics_of):
    text = FACTS + uses_all() + SERVICE + document("urgent et non urgent")
    d = only(diagnostics_of(text), "E808", 17, 18)
    assert d.message == "cette condition ne peut jamais être vraie : la pièce « p » n'est jamais demandée"


def test_fact_declared_and_never_used(diagnostics_of):
    text = FACTS + uses_all(skip="enfants")
    d = only(diagnostics_of(text), "E811", 8, 6)
    assert d.level is Level.WARNING
    assert d.message.startswith("le fait « enfants » est déclaré mais")


def test_fact_used_only_by_a_document_condition_is_used(compile_text):
    text = FACTS + uses_all(skip="enfants") + SERVICE + document("enfants > 2")
    assert compile_text(text).warnings == []


def test_unused_facts_of_the_shared_vocabulary_are_not_reported(compile_text):
    commun = (CIRCULARS / "commun.circ").read_text(encoding="utf-8")
    text = "utilise commun\n" + rule("r", "exige agent.statut = titulaire")
    assert compile_text(text, {"commun.circ": commun}).warnings == []


def test_service_that_receives_nothing(diagnostics_of):
    text = FACTS + uses_all() + SERVICE
    d = only(diagnostics_of(text), "E812", 14, 9)
    assert d.message.startswith("le service « drh » ne reçoit rien")


def test_examination_and_opinion_count_as_receiving(compile_text):
    text = (
        FACTS
        + uses_all()
        + SERVICE
        + 'service chef "Chef"\n  cite "Le dispositif est réservé"\n'
        + 'examen e "Examen" par drh\n  cite "Le dispositif est réservé"\n'
        + 'avis a "Avis" obligatoire\n  donné par chef\n  cite "Le dispositif est réservé"\n'
    )
    assert compile_text(text).warnings == []


def test_document_routed_nowhere(tmp_path):
    """No .circ text can declare a document without recipients yet: the model is edited."""
    path = write_project(tmp_path, FACTS + uses_all() + SERVICE + document())
    compilation = Compiler().compile_file(path)
    assert compilation.warnings == []
    circular = compilation.circular
    unrouted = dataclasses.replace(circular.documents[0], deliveries=())
    circular = dataclasses.replace(circular, documents=(unrouted,))
    source = SourceFile.read(path, "essai.circ")
    sink = DiagnosticSink(source)
    analyze(circular, sink)
    # drh receives nothing any more (E812); the document goes nowhere (E813, at its name)
    assert located(sink.items) == [("E812", 14, 9), ("E813", 16, 7)], render_all(sink.items)
    assert CATALOGUE["E813"][0] is Level.ERROR


# ------------------------------------------------------------------ calendar

DATED = """\
circulaire essai "Circulaire d'essai"
  autorité "Rectorat d'essai"
  date 01/10/2024
  année scolaire 2025-2026
  source "sources/essai.txt"
fait date_dépôt "Dépôt" : date
"""  # lines 1-6


def deadline(date: str, comment: str = "") -> str:
    return f'échéance limite "Limite" le {date} inclus{comment}\n  cite "La date limite de dépôt est fixée"\n'


USES_DEADLINE = rule("délai", "exige date_dépôt respecte limite")


def test_deadline_before_the_circular_opens_the_campaign(diagnostics_of):
    d = only(diagnostics_of(DATED + deadline("15/09/2024") + USES_DEADLINE), "E821", 7, 29)
    assert d.level is Level.ERROR
    assert d.message == (
        "l'échéance « limite » (15/09/2024) tombe avant la date de la circulaire (01/10/2024), qui ouvre la campagne"
    )


def test_deadline_after_the_end_of_the_school_year(diagnostics_of):
    d = only(diagnostics_of(DATED + deadline("15/09/2026") + USES_DEADLINE), "E822", 7, 29)
    assert d.level is Level.WARNING
    assert d.message == ("l'échéance « limite » tombe le 15/09/2026, après la fin de l'année scolaire (31/08/2026)")


def test_date_outside_the_school_year_said_so(compile_text):
    text = DATED + deadline("15/09/2026", " date hors année scolaire") + USES_DEADLINE
    assert compile_text(text).warnings == []
    assert compile_text(text).circular.deadlines[0].outside_school_year


def test_a_bulletin_published_during_its_school_year_may_recap_its_autumn(compile_text):
    text = DATED.replace("date 01/10/2024", "date 09/12/2025") + deadline("13/07/2026") + USES_DEADLINE
    text += 'événement réunion "Réunion" le 19/09/2025\n  cite "La date limite de dépôt est fixée"\n'
    assert compile_text(text).warnings == []


def test_deadline_in_the_autumn_before_the_school_year(compile_text):
    assert compile_text(DATED + deadline("13/01/2025") + USES_DEADLINE).warnings == []


def test_event_before_the_window(diagnostics_of):
    text = (
        DATED
        + deadline("13/01/2025")
        + USES_DEADLINE
        + 'événement réunion "Réunion" le 02/02/2022\n  cite "La date limite de dépôt est fixée"\n'
    )
    d = only(diagnostics_of(text), "E822", 13, 32)
    assert d.message == "l'événement « réunion » tombe le 02/02/2022, avant la date de la circulaire (01/10/2024)"


# ------------------------------------------------------------------ quotes


@pytest.mark.parametrize("quote", ["titulaires.", "ORS.", "le tiers"])
def test_quote_too_short_to_identify_a_passage(diagnostics_of, quote):
    text = FACTS + rule("r", "exige urgent").replace(QUOTE, quote) + uses_all(skip="urgent")
    d = only(diagnostics_of(text), "E831", 13, 8)
    assert d.message.startswith("citation trop courte pour désigner un passage")


def test_quote_found_in_several_places(diagnostics_of):
    source = "Le dispositif est ouvert.\nLa demande est examinée.\nLe dispositif est ouvert.\n"
    header = 'circulaire essai "Essai"\n  année scolaire 2025-2026\n  source "sources/autre.txt"\n'
    text = (
        header + 'fait urgent "Urgent" : booléen\n' + rule("r", "exige urgent").replace(QUOTE, "dispositif est ouvert")
    )
    d = only(diagnostics_of(text, {"sources/autre.txt": source}), "E832", 8, 8)
    assert d.message == "cette citation se trouve à 2 endroits du texte source : elle ne désigne pas un passage précis"


# ------------------------------------------------------------------ the engine


def a_fact(name: str, type_: m.Type) -> m.Fact:
    """A fact as the checker builds it, declared at line 1 of x.circ."""
    span = Span(1, 6, 1, 6 + len(name), "x.circ")
    return m.Fact(name=name, label=name, type=type_, low=None, high=None, choice_labels=(), span=span, name_span=span)


def test_candidates_cover_every_region_of_a_bounded_whole_number():
    fact = a_fact("n", m.number(m.NUMBER, integer=True))
    assert candidates(fact, {2, 5}) == tuple(range(1, 7))


def test_questions_too_large_are_left_undecided():
    type_ = m.Type("choix", choices=tuple(f"v{i}" for i in range(60)))
    facts = [a_fact(f"c{i}", type_) for i in range(3)]
    logic = Logic()
    formulas = [
        logic.formula(
            m.Binary(
                m.BOOLEAN,
                Span.point(1, 1),
                "=",
                m.FactRef(type_, Span.point(1, 1), fact),
                m.Const(type_, Span.point(1, 1), "v1"),
            )
        )
        for fact in facts
    ]
    assert logic.satisfiable(*formulas) is Answer.UNKNOWN  # 60**3 combinations: not enumerated
    assert logic.satisfiable(formulas[0]) is Answer.YES


# ------------------------------------------------------------------ the real circulars


def test_the_real_circulars_give_no_diagnostic():
    result = compile_all([CIRCULARS])
    assert result.circulars
    assert result.diagnostics == [], render_all(result.diagnostics)


def test_the_golden_example_gives_no_diagnostic():
    """tests/golden/exemple.circ once had two exceptions that could both hold (E805); now exclusive."""
    golden = Path(__file__).parent / "golden" / "exemple.circ"
    warnings = Compiler().compile_file(golden).warnings
    assert warnings == [], render_all(warnings)


def test_catalogue_has_a_title_for_each_analysis():
    assert {"E801", "E802", "E803", "E804", "E805", "E806", "E807", "E808"} <= ANALYZER_CODES
    assert {"E811", "E812", "E813", "E821", "E822", "E831", "E832"} <= ANALYZER_CODES


def test_document_whose_only_routing_is_conditional(diagnostics_of):
    text = FACTS + uses_all() + SERVICE + document(routing="transmise par courriel à drh si urgent")
    d = only(diagnostics_of(text), "E813", 16, 7)
    assert d.message == (
        "la pièce « p » peut être demandée sans qu'aucune de ses transmissions ne s'applique : "
        "elle ne serait envoyée à personne"
    )


def test_routing_that_covers_every_case(compile_text):
    routing = "transmise par courriel à drh si urgent\n  transmise par voie postale à drh si non urgent"
    assert compile_text(FACTS + uses_all() + SERVICE + document(routing=routing)).warnings == []
