"""The applicant's questionnaire: server-rendered pages (no script) that ask, one at a time, the most
decisive fact still missing (the validator's ranked `missing_facts`), show the decision as it firms
up (findings with their citations), then the personal checklist and calendar.

The answers travel in the form itself (hidden fields), never in the URL, a cookie or the server:
each page is computed from the posted answers and forgotten."""

from __future__ import annotations

import base64
import functools
import urllib.parse
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

import jinja2
import markupsafe

from circdsl import model as m
from circdsl import runtime as rt
from circdsl.calendar_ics import personal_calendar
from circdsl.checklist import CALENDAR_FILE, Checklist, build_checklist, known_facts
from circdsl.escape import one_line
from circdsl.french import words
from circdsl.serve.catalogue import Catalogue, Entry
from circdsl.serve.schemas import UNIT_TEXT
from circdsl.words import Kind

ANSWER = "fait:"  # hidden field of an answered fact: fait:<name>
SKIPPED = "ignore"  # hidden field: a fact the applicant does not know
QUESTION = "question"  # the fact asked on the page
REPLY = "reponse"  # the applicant's reply to it
DONT_KNOW = "__je_ne_sais_pas__"
SHOWN_OUTCOMES = (rt.Outcome.VIOLATED, rt.Outcome.WAIVED, rt.Outcome.CONFLICT)


@dataclass(frozen=True)
class Option:
    value: str
    label: str
    checked: bool = False


@dataclass(frozen=True)
class Question:
    """One fact asked in French: its label, a hint (format, unit, bounds), and how to answer."""

    name: str
    label: str
    kind: str  # "choix", "choix multiples", "booléen", "date", "nombre", "texte"
    hint: str
    options: tuple[Option, ...] = ()
    value: str = ""  # what was typed, shown again with an error


@dataclass
class Page:
    """Everything a questionnaire page shows."""

    entry: Entry
    answers: list[tuple[str, str]]  # (fact name, value as sent), in the order answered
    skipped: list[str]
    decision: rt.Decision
    question: Question | None = None
    error: str | None = None
    asked: int = 0
    checklist: Checklist | None = None
    calendar: str | None = None
    labels: dict[str, str] = field(default_factory=dict)


def read_form(body: bytes) -> list[tuple[str, str]]:
    """The fields of an url-encoded form, in order (repeated names kept)."""
    return urllib.parse.parse_qsl(body.decode("utf-8", errors="replace"), keep_blank_values=True, max_num_fields=2000)


def answer_page(entry: Entry, form: list[tuple[str, str]]) -> Page:
    """The page after a submission: the answers so far, the new reply checked, the next question."""
    answers = [(key[len(ANSWER) :], value) for key, value in form if key.startswith(ANSWER)]
    skipped = [value for key, value in form if key == SKIPPED]
    asked = dict(form).get(QUESTION)
    replies = [value for key, value in form if key == REPLY]
    facts = {fact.name: fact for fact in entry.circular.facts}
    pending: list[tuple[str, str]] = []
    if asked in facts:
        if DONT_KNOW in replies or not any(reply.strip() for reply in replies):
            skipped.append(asked)
        else:
            pending = [(asked, reply) for reply in replies]
    situation = _situation(facts, answers + pending)
    try:
        decision = entry.validator.evaluate(situation)
    except rt.SituationError as error:
        decision = entry.validator.evaluate(_situation(facts, answers))
        page = _next(entry, answers, skipped, decision)
        message = "; ".join(e.message for e in error.errors)
        if asked in facts:
            page.question, page.checklist, page.calendar = _question(facts[asked], replies), None, None
        page.error = message
        return page
    return _next(entry, answers + pending, skipped, decision)


def first_page(entry: Entry) -> Page:
    return _next(entry, [], [], entry.validator.evaluate({}))


def _situation(facts: dict[str, m.Fact], answers: list[tuple[str, str]]) -> dict[str, Any]:
    """Answers as the validator reads them; a multiple choice gathers its values."""
    situation: dict[str, Any] = {}
    for name, value in answers:
        if name not in facts:
            continue
        if facts[name].type.kind is Kind.CHOICES:
            situation.setdefault(name, []).append(value)
        else:
            situation[name] = value
    return situation


def _next(entry: Entry, answers: list[tuple[str, str]], skipped: list[str], decision: rt.Decision) -> Page:
    facts = {fact.name: fact for fact in entry.circular.facts}
    asked = len(dict.fromkeys(name for name, _ in answers)) + len(set(skipped))
    page = Page(entry, answers, skipped, decision, asked=asked, labels={n: f.label for n, f in facts.items()})
    if decision.status is rt.Status.INCOMPLETE:
        remaining = [f.name for f in decision.missing_facts if f.name in facts and f.name not in skipped]
        if remaining:
            page.question = _question(facts[remaining[0]], [])
            return page
    known = known_facts(entry.validator, _situation(facts, answers))
    page.checklist = build_checklist(entry.circular, decision, known)
    data = personal_calendar(entry.circular, decision, known)
    page.calendar = "data:text/calendar;charset=utf-8;base64," + base64.b64encode(data).decode("ascii")
    return page


def _question(fact: m.Fact, replies: list[str]) -> Question:
    kind = fact.type.kind
    typed = replies[0] if replies else ""
    if kind in (Kind.CHOICE, Kind.CHOICES):
        labels = dict(fact.choice_labels)
        options = tuple(Option(v, labels.get(v, v), v in replies) for v in fact.type.choices)
        several = kind is Kind.CHOICES
        hint = "Cochez toutes les réponses qui conviennent." if several else "Choisissez une réponse."
        return Question(fact.name, fact.label, "choix multiples" if several else "choix", hint, options)
    if kind is Kind.BOOLEAN:
        options = (Option("oui", "Oui", typed == "oui"), Option("non", "Non", typed == "non"))
        return Question(fact.name, fact.label, "booléen", "Répondez par oui ou par non.", options)
    if kind is Kind.DATE:
        return Question(fact.name, fact.label, "date", "Au format JJ/MM/AAAA, par exemple 13/01/2025.", value=typed)
    if kind is Kind.TEXT:
        return Question(fact.name, fact.label, "texte", "Texte libre.", value=typed)
    return Question(fact.name, fact.label, "nombre", _number_hint(fact), value=typed)


def _number_hint(fact: m.Fact) -> str:
    unit = fact.type.unit
    parts = ["Un nombre entier" if fact.type.integer else "Un nombre (virgule décimale permise, par exemple 4,5)"]
    if unit and unit in UNIT_TEXT:
        parts.append("en pourcentage" if unit == m.PERCENT else f"en {UNIT_TEXT[unit]}")
    if fact.low is not None and fact.high is not None:
        parts.append(f"entre {_number(fact.low)} et {_number(fact.high)}")
    return " ".join(parts) + "."


def _number(value: Decimal) -> str:
    return words.number(value)


# ---------------------------------------------------------------- rendering


@functools.cache
def _environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.PackageLoader("circdsl.serve", "templates"),
        autoescape=True,
        finalize=lambda value: value if isinstance(value, markupsafe.Markup) or value is None else one_line(value),
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.globals.update(ANSWER=ANSWER, SKIPPED=SKIPPED, QUESTION=QUESTION, REPLY=REPLY, DONT_KNOW=DONT_KNOW)
    return env


def render_page(page: Page) -> str:
    decision = page.decision
    final = page.question is None
    shown = [
        f for f in decision.findings if (final and f.outcome is not rt.Outcome.UNDECIDED) or f.outcome in SHOWN_OUTCOMES
    ]
    return (
        _environment()
        .get_template("questionnaire.html.j2")
        .render(
            p=page,
            info=decision.circular,
            status=words.STATUS_TEXT.get(decision.status, decision.status.value),
            decided=decision.status is not rt.Status.INCOMPLETE,
            findings=shown,
            calendar_file=CALENDAR_FILE,
        )
    )


def render_index(catalogue: Catalogue) -> str:
    return _environment().get_template("questionnaires.html.j2").render(entries=list(catalogue.entries.values()))
