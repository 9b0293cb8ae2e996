"""Regressions of small defects in what a page, a checklist, a report or `circ serve` tells an
applicant, each on a real circular: a label's capital after « si », a scope rule filed under the
page's conditions, warning-only facts asked as if they were decisive."""

from __future__ import annotations

import datetime
from decimal import Decimal
from typing import Any

import pytest
from fastapi.testclient import TestClient

from circdsl import model as m
from circdsl import project
from circdsl.checklist import build_checklist, known_facts, render_markdown
from circdsl.compiler import Compiler
from circdsl.docs_page import public_facts, rule_kind
from circdsl.emit_docs import emit_docs
from circdsl.french import words
from circdsl.french.conditions import Prose
from circdsl.serve.app import create_app
from tests.conftest import CIRCULARS
from tests.reader_checks import problems
from tests.serve_catalogue import SERVE, every_circular

AIX = "amenagement_poste_aix_marseille_2025"
POSTE_ADAPTE = "poste_adapte_aix_marseille_2025"


def compiled(name: str) -> m.Circular:
    circular = Compiler().compile_file(CIRCULARS / f"{name}.circ").circular
    assert circular is not None
    return circular


def page_of(circular: m.Circular) -> str:
    sources = {circular.source: (CIRCULARS / str(circular.source)).read_text(encoding="utf-8")}
    return emit_docs([circular], sources)[f"{circular.name}.md"]


def section(page: str, title: str) -> str:
    return page.split(f"\n## {title}\n")[1].split("\n## ")[0]


# ---------------------------------------------------------------- a label inside a sentence


@pytest.mark.parametrize(
    ("label", "expected"),
    [
        ("L'agent dispose d'un justificatif de handicap", "l'agent dispose d'un justificatif de handicap"),
        ("Impossibilité d'accès aux outils informatiques", "impossibilité d'accès aux outils informatiques"),
        ("Fonctionnaire en activité", "fonctionnaire en activité"),
        ("RQTH en cours de validité", "RQTH en cours de validité"),  # an acronym
        ("CPE affecté dans l'académie", "CPE affecté dans l'académie"),
        ("MDPH saisie", "MDPH saisie"),
        ("Paris : arrondissement", "Paris : arrondissement"),  # a proper noun
        ("nombre d'enfants", "nombre d'enfants"),
    ],
)
def test_a_label_inside_a_sentence_loses_its_capital_unless_a_proper_noun_or_an_acronym(
    label: str, expected: str
) -> None:
    assert words.inside_sentence(label) == expected


def test_the_reader_check_catches_a_capital_after_si_and_the_pages_no_longer_show_one() -> None:
    """The document conditions of the Aix-Marseille page, said the old way (the condition as at the
    start of a sentence, after « si ») and as the page says them now."""
    circular = compiled(AIX)
    prose = Prose()
    conditional = [d for d in circular.documents if d.condition is not None]
    assert conditional
    old = [f"obligatoire si {prose.condition(d.condition)}" for d in conditional]
    assert any("si L'agent dispose d'un justificatif de handicap" in text for text in old)
    assert all(problems(text, set()) for text in old if " si L'" in text)
    page = page_of(circular)
    assert "obligatoire si l'agent dispose d'un justificatif de handicap" in page
    assert "si L'agent" not in page
    for line in page.splitlines():
        if not line.startswith(">"):  # quotes of the source are verbatim
            assert not [p for p in problems(line, set()) if p.startswith("majuscule")], line


def test_a_checklist_condition_after_si_reads_inside_the_sentence() -> None:
    circular = compiled(AIX)
    validator = project.load_validator(circular)
    situation: dict[str, Any] = {"agent.statut": "titulaire", "mesures_demandées": ["allègement_horaire"]}
    decision = validator.evaluate(situation)
    text = render_markdown(build_checklist(circular, decision, known_facts(validator, situation)))
    assert "si l'agent dispose d'un justificatif de handicap" in text
    assert not [p for line in text.splitlines() for p in problems(line, set()) if p.startswith("majuscule")]


# ---------------------------------------------------------------- scope rules of Aix-Marseille


@pytest.mark.parametrize("name", [AIX, POSTE_ADAPTE])
def test_a_rule_scoping_the_public_is_under_who_is_concerned_not_conditions(name: str) -> None:
    """« Public concerné : enseignants du second degré public » applies to teachers only (`si
    agent.fonction = enseignement`): it narrows who is concerned, it is no condition of the request."""
    circular = compiled(name)
    second_degree = next(r for r in circular.rules if r.name == "second_degré")
    assert second_degree.applies is not None
    assert rule_kind(second_degree) == "condition"  # alone, a rule with a `si` reads as a condition
    assert rule_kind(second_degree, public_facts(circular.rules)) == "public"
    page = page_of(circular)
    assert "#regle-second_degre" in section(page, "Qui est concerné")
    assert "#regle-second_degre" not in section(page, "Conditions")
    # a condition on what is requested stays a condition
    if name == AIX:
        assert "#regle-allegement_motif" in section(page, "Conditions")


@pytest.mark.parametrize("name", [AIX, POSTE_ADAPTE])
def test_the_public_rule_cites_the_sentence_not_the_heading(name: str) -> None:
    circular = compiled(name)
    rule = next(r for r in circular.rules if r.name == "fonction_concernée")
    cited = [c.quote for c in rule.citations]
    assert cited and all(not text.isupper() for text in cited)
    assert any("psychologues de l'Éducation nationale titulaires" in text for text in cited)


# ---------------------------------------------------------------- circ serve: decisive questions first


def _json(value: object) -> object:
    if isinstance(value, datetime.date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() else float(value)
    if isinstance(value, (list, tuple, frozenset, set)):
        return [_json(v) for v in value]
    return value


@pytest.mark.xdist_group(SERVE)  # the catalogue of every circular is loaded on one worker
def test_eligibility_asks_decisive_facts_apart_from_those_only_warnings_need() -> None:
    """Essonne part-time work, attachments unknown and « fonctions de direction » unknown: only the
    attachments can change the verdict; « fonctions de direction » feeds a warning only."""
    circular = compiled("temps_partiel_essonne_2025")
    case = next(c for c in circular.cases if c.label == "Convenances personnelles : pièces jointes non renseignées")
    situation = {k: _json(v) for k, v in case.facts if v is not None and k != "agent.fonctions_direction"}
    validator = project.load_validator(circular)
    missing = validator.evaluate(situation).missing_facts
    warning_only = [f.label for f in missing if not f.blocking]
    assert warning_only and any(f.blocking for f in missing)
    with TestClient(create_app(every_circular()), raise_server_exceptions=False) as client:
        answer = client.post("/eligibilite?annee=2025-2026", json=situation)
    assert answer.status_code == 200, answer.text
    essonne = {c["name"]: c for c in answer.json()["circulars"]}["temps_partiel_essonne_2025"]
    assert essonne["verdict"] == "à préciser"
    assert essonne["next_questions"] == [f.label for f in missing if f.blocking][:3]
    assert not set(essonne["next_questions"]) & set(warning_only)
    assert essonne["reservation_questions"] == warning_only[:3]
