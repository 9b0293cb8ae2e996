"""Acceptance: every built page, checklist (Markdown and HTML, for every example situation of every
circular) and calendar reads as plain French — no internal name, brace, « inconnu » inside a sentence,
HTML tag shown as text, clashing or repeated words, sealed envelope for an e-mail or an online deposit."""

from __future__ import annotations

from typing import Any

import icalendar
import markdown
import pytest

from circdsl import model as m
from circdsl import project
from circdsl.calendar_ics import build_calendar, personal_calendar
from circdsl.checklist import build_checklist, known_facts, render_html, render_markdown
from circdsl.report import render_decision
from tests.reader_checks import all_problems, internal_names, problems, reader_blocks
from tests.site_build import built_site, real_build

MARKDOWN_EXTENSIONS = ["admonition", "attr_list", "tables", "pymdownx.details", "pymdownx.superfences", "toc"]


@pytest.fixture(scope="module")
def circulars() -> list[m.Circular]:
    return real_build().circulars  # compiled once for this worker, with test_docs_pages.py


@pytest.fixture(scope="module")
def names(circulars: list[m.Circular]) -> set[str]:
    return internal_names(circulars)


def situations(circular: m.Circular) -> list[dict[str, Any]]:
    """The empty situation and every example case's situation."""
    found = [{}] + [dict(case.facts) for case in circular.cases]
    unique: dict[str, dict[str, Any]] = {repr(sorted(s.items(), key=repr)): s for s in found}
    return list(unique.values())


def _calendar_texts(data: bytes) -> list[str]:
    calendar = icalendar.Calendar.from_ical(data)
    texts = []
    for event in calendar.walk("VEVENT"):
        summary = str(event["summary"])
        texts.append(summary)
        texts += str(event["description"]).split("\n")[1:]  # the first line is the circular's title
        texts += [str(alarm["description"]) for alarm in event.walk("VALARM")]
        assert len([w for w in ("inclus", "exclu") if w in summary]) <= 1, summary
    return texts


@pytest.mark.xdist_group("site")  # the site is built once per worker: one worker builds it
def test_every_built_page_reads_as_plain_french(names: set[str]) -> None:
    site = built_site()
    pages = sorted((site / "circulaires").rglob("*.html"))
    assert len(pages) > 15
    problems = []
    for page in pages:
        blocks = reader_blocks(page.read_text(encoding="utf-8"), scope="article")
        problems += all_problems(blocks, names, str(page.relative_to(site)))
    assert not problems, "\n".join(problems[:400])


def test_every_checklist_report_and_personal_calendar_reads_as_plain_french(
    circulars: list[m.Circular], names: set[str]
) -> None:
    """Checklists in Markdown and HTML, the text report of `circ eval` and the personal calendar,
    for every situation (each evaluated once)."""
    problems = []
    checked = 0
    for circular in circulars:
        validator = project.load_validator(circular)
        for situation in situations(circular):
            decision = validator.evaluate(situation)
            facts = known_facts(validator, situation)
            checklist = build_checklist(circular, decision, facts)
            as_markdown = markdown.markdown(render_markdown(checklist), extensions=MARKDOWN_EXTENSIONS)
            where = f"{circular.name} {sorted(situation)[:3]}"
            problems += all_problems(reader_blocks(as_markdown), names, f"{where} (Markdown)")
            problems += all_problems(reader_blocks(render_html(checklist)), names, f"{where} (HTML)")
            report = render_decision(decision, circular, facts).split("\n")
            problems += all_problems([line for line in report if not line.lstrip().startswith("cite ")], names, where)
            calendar = personal_calendar(circular, decision, facts)
            problems += all_problems(_calendar_texts(calendar), names, f"{where} (calendrier)")
            checked += 1
    assert checked > 300
    assert not problems, "\n".join(problems[:400])


def test_the_calendar_of_every_circular_reads_as_plain_french(circulars: list[m.Circular], names: set[str]) -> None:
    problems = all_problems(_calendar_texts(build_calendar(circulars)), names, "calendrier de toutes les circulaires")
    assert not problems, "\n".join(problems[:40])


def test_the_checks_catch_each_defect_of_the_issue() -> None:
    """Each defect listed in the issue is caught (so that a green suite means something)."""
    names = {"contrat_long", "déclaration.nature"}
    defects = {
        "Exigence : (DocumentsProvided) : oui": "nom de classe",
        "à fournir si contrat_long et déclaration.nature dans {…}": "identifiant",
        "au plus inconnu trimestres": "« inconnu » dans une phrase",
        "après le la date limite": "mots qui se heurtent",
        "({Quotité de travail actuelle})": "accolade",
        "2<sup>ème</sup> jour": "balise HTML affichée",
        "Date limite : Date limite de dépôt": "titre répété",
        "À envoyer par courriel : placez-la sous pli confidentiel": "pli ou enveloppe",
        "obligatoire si L'agent dispose d'un justificatif de handicap : oui": "majuscule au milieu",
    }
    for text, expected in defects.items():
        assert any(expected in p for p in problems(text, names)), text
