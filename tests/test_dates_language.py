"""Dates the texts say: a deadline at an hour (« le 31/03/2026 à 23h59 inclus »), openings
(« à partir du 2 février 2026 », « à partir de 6 mois avant demande.date_dépôt »: pieces of
less than 6 months) and events or period bounds used as dates (`le campagne.fin`,
`10 jours avant réunion_information`, `date > webinaire`).

The recipe's circular (docs/recettes/ouverture-et-heure.md, with its own source text) is
compiled in a project of its own, decided at its bounds, compared with the reference
interpreter and with DuckDB, and shown: page, checklist, calendar, `circ eval`, `circ diff`."""

from __future__ import annotations

import datetime
import shutil
from pathlib import Path
from typing import Any

import pytest

from circdsl import model as m
from circdsl.calendar_ics import build_calendar, personal_calendar
from circdsl.checklist import for_situation, render_markdown
from circdsl.compiler import Compiler
from circdsl.diagnostics import CATALOGUE, Level
from circdsl.fmt import format_text
from circdsl.french.conditions import Prose
from circdsl.french.deadlines import DeadlineWording
from circdsl.project import load_validator
from circdsl.report import render_decision
from circdsl.semantic_diff import diff_files
from circdsl.semantic_diff.render import render_text
from tests.cli_runner import circ
from tests.conftest import CIRCULARS
from tests.situations import SituationMaker
from tests.test_differential import assert_agreement
from tests.test_guide import blocks_of
from tests.test_sql_differential import compare, decisions

ROOT = Path(__file__).resolve().parent.parent
RECIPE = ROOT / "docs" / "recettes" / "ouverture-et-heure.md"
CIRCULAR = "circulars/exemple_dates.circ"
D = datetime.date


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A project folder with the files the recipe writes (its source text, its circular, a situation)."""
    folder = tmp_path_factory.mktemp("dates")
    (folder / "circulars").mkdir()
    shutil.copy(CIRCULARS / "commun.circ", folder / "circulars" / "commun.circ")
    for block in blocks_of(RECIPE):
        if "fichier" in block.options:
            path = folder / block.options["fichier"]
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(block.text, encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def circular(project: Path) -> m.Circular:
    return Compiler(root=project).compile_file(project / CIRCULAR).circular


@pytest.fixture(scope="module")
def validator(circular: m.Circular) -> Any:
    return load_validator(circular)


def deadline(circular: m.Circular, name: str) -> m.Deadline:
    return next(d for d in circular.deadlines if d.name == name)


def failing(validator: Any, deposit: str, piece: str | None = "2026-01-15") -> set[str]:
    facts = {"demande.date_dépôt": deposit} | ({"justificatif.date": piece} if piece else {})
    decision = validator.evaluate(facts)
    return {f.rule.name for f in decision.findings if f.outcome.value == "non respectée"}


# ------------------------------------------------------------------ the model


def test_an_opening_is_kept_as_the_exclusive_bound_a_date_must_not_precede(circular: m.Circular) -> None:
    opening = deadline(circular, "ouverture_dépôt")
    assert (opening.date, opening.opening, opening.inclusive, opening.time) == (D(2026, 2, 2), True, False, None)
    rule = next(r for r in circular.rules if r.name == "dépôt_ouvert")
    assert isinstance(rule.requires, m.Unary) and rule.requires.op == "non"
    assert isinstance(rule.requires.operand, m.MeetsDeadline)


def test_an_hour_is_kept_beside_the_date(circular: m.Circular) -> None:
    limit = deadline(circular, "limite_dépôt")
    assert (limit.date, limit.time, limit.inclusive, limit.opening) == (D(2026, 3, 31), "23h59", True, False)


def test_an_event_is_a_date_a_deadline_counts_from(circular: m.Circular) -> None:
    closing = deadline(circular, "clôture_inscriptions")
    assert closing.relative is not None
    assert closing.relative.anchor == m.Const(m.DATE, closing.relative.anchor.span, D(2026, 1, 15))


# ------------------------------------------------------------------ decisions at the bounds


@pytest.mark.parametrize(
    ("deposit", "expected"),
    [("2026-02-01", {"dépôt_ouvert"}), ("2026-02-02", set()), ("2026-03-31", set()), ("2026-04-01", {"dépôt_à_temps"})],
)
def test_the_opening_and_the_hour_are_checked_on_dates(validator: Any, deposit: str, expected: set[str]) -> None:
    """The day of the opening is allowed; the whole day of a deadline at 23h59 is in time."""
    assert failing(validator, deposit) == expected


@pytest.mark.parametrize(
    ("deposit", "oldest_allowed"),
    [
        ("2026-03-31", D(2025, 9, 30)),  # 31 September does not exist: the last day of the month
        ("2026-03-15", D(2025, 9, 15)),
        ("2026-08-31", D(2026, 2, 28)),
        ("2028-08-31", D(2028, 2, 29)),  # a leap year
    ],
)
def test_pieces_of_less_than_six_months_count_months_with_their_rounding(
    validator: Any, deposit: str, oldest_allowed: datetime.date
) -> None:
    assert "justificatifs_récents" not in failing(validator, deposit, oldest_allowed.isoformat())
    day_before = oldest_allowed - datetime.timedelta(days=1)
    assert "justificatifs_récents" in failing(validator, deposit, day_before.isoformat())


def test_the_validator_decides_as_the_reference_interpreter(circular: m.Circular) -> None:
    assert assert_agreement(circular, 300) > 0


def test_duckdb_decides_as_the_reference_interpreter(circular: m.Circular, validator: Any) -> None:
    situations = SituationMaker(circular, seed=13).situations(300)
    reference = decisions(circular, validator, situations, "interpréteur")
    compare(circular, situations, reference, decisions(circular, validator, situations, "duckdb"), "duckdb")


# ------------------------------------------------------------------ what the applicant reads


def test_the_decision_carries_the_hour_and_the_opening(validator: Any) -> None:
    decision = validator.evaluate({"demande.date_dépôt": "2026-03-01"})
    by_name = {d.name: d for d in decision.deadlines}
    assert by_name["limite_dépôt"].time == "23h59"
    assert by_name["ouverture_dépôt"].opening and by_name["ouverture_dépôt"].date == D(2026, 2, 2)
    report = render_decision(decision)  # without the circular: from the decision alone
    assert "le mardi 31 mars 2026 à 23h59 (date incluse)" in report
    assert "Ouverture du dépôt des demandes — à partir du lundi 2 février 2026" in report


def test_pages_and_checklists_word_openings_and_hours(circular: m.Circular, validator: Any) -> None:
    wording = DeadlineWording(circular)
    assert wording.when(deadline(circular, "limite_dépôt")) == "au plus tard le 31 mars 2026 à 23h59"
    assert wording.when(deadline(circular, "ouverture_dépôt")) == "à partir du 2 février 2026"
    prose = Prose()
    rules = {r.name: r for r in circular.rules}
    said = {name: prose.condition(rules[name].requires) for name in ("dépôt_ouvert", "dépôt_à_temps")}
    assert said["dépôt_ouvert"] == "Date de dépôt de la demande : à partir du 2 février 2026"
    assert said["dépôt_à_temps"] == "Date de dépôt de la demande : au plus tard le 31 mars 2026 à 23h59"
    checklist = render_markdown(for_situation(circular, validator, {"demande.date_dépôt": "2026-03-31"}))
    assert "au plus tard le mardi 31 mars 2026 à 23h59" in checklist
    assert "**Pas avant : Justificatifs de moins de 6 mois** — à partir du mardi 30 septembre 2025" in checklist


def test_a_deadline_at_an_hour_is_a_timed_calendar_event(circular: m.Circular, validator: Any) -> None:
    shared = build_calendar([circular]).decode("utf-8")
    assert "DTSTART;TZID=Europe/Paris:20260331T235900" in shared
    assert "DTSTART;VALUE=DATE:20260202" in shared  # an opening without an hour: a whole day
    decision = validator.evaluate({"demande.date_dépôt": "2026-03-31"})
    personal = personal_calendar(circular, decision, {"demande.date_dépôt": "2026-03-31"}).decode("utf-8")
    assert "DTSTART;TZID=Europe/Paris:20260331T235900" in personal
    assert "DTSTART;VALUE=DATE:20250930" in personal  # the oldest date of a piece, for this deposit


def test_the_semantic_diff_says_when_an_hour_or_an_opening_changes(project: Path) -> None:
    old = project / CIRCULAR
    new = project / "circulars" / "exemple_dates_heure.circ"
    text = old.read_text(encoding="utf-8").replace("à 23h59 inclus", "à 12h00 inclus")
    new.write_text(text.replace("à partir du 02/02/2026", "à partir du 02/02/2026 à 9h00"), encoding="utf-8")
    rendered = render_text(diff_files(old, new, Compiler(root=project), with_cases=False))
    assert "à 23h59" in rendered and "à 12h00" in rendered and "à 9h00" in rendered


def test_the_formatter_keeps_the_new_forms(project: Path) -> None:
    text = (project / CIRCULAR).read_text(encoding="utf-8")
    assert format_text(text) == text
    squeezed = text.replace("à partir du 02/02/2026\n  cite", "à partir du 02/02/2026 cite")
    assert format_text(squeezed) == text


# ------------------------------------------------------------------ named dates and their errors

NAMED = """
fait demande.date_dépôt "Date de dépôt" : date
événement webinaire "Webinaire" le 13/12/2024 à 12h30
  cite "La date limite de dépôt est fixée au 13 janvier 2025."
période campagne "Campagne" du 02/12/2024 au 13/01/2025
  cite "La date limite de dépôt est fixée au 13 janvier 2025."
"""
CITE = '  cite "La date limite de dépôt est fixée au 13 janvier 2025."\n'


def test_events_and_period_bounds_date_deadlines_and_conditions(compile_text: Any) -> None:
    text = NAMED + (
        'échéance fin "Fin de la campagne" le campagne.fin inclus\n' + CITE
        + 'échéance après_webinaire "Après le webinaire" à partir de webinaire\n' + CITE
        + 'règle dépôt_après_webinaire bloquante "Après le webinaire"\n  exige demande.date_dépôt > webinaire\n'
        '  message "Trop tôt."\n' + CITE
    )  # fmt: skip
    circular = compile_text(text).circular
    assert deadline(circular, "fin").date == D(2025, 1, 13)
    assert deadline(circular, "après_webinaire").date == D(2024, 12, 13)
    validator = load_validator(circular)
    assert failing(validator, "2024-12-13", None) == {"dépôt_après_webinaire"}
    assert failing(validator, "2024-12-14", None) == set()


@pytest.mark.parametrize(
    ("written", "message", "hint"),
    [
        ("le webinair inclus", "« webinair » n'est ni un événement ni une borne de période", "« webinaire »"),
        ("le campagne inclus", "« campagne » est une période, pas une date", "campagne.début ou campagne.fin"),
        ("à partir de campagne.milieu", "pas « milieu »", "campagne.début ou campagne.fin"),
        ("le inconnu inclus", "« inconnu » n'est ni un événement", "nommez un événement"),
    ],
)
def test_a_named_date_that_names_no_date_is_e880(diagnostics_of: Any, written: str, message: str, hint: str) -> None:
    found = diagnostics_of(NAMED + f'échéance x "X" {written}\n' + CITE)
    errors = [d for d in found if d.level is Level.ERROR]
    assert [d.code for d in errors] == ["E880"]
    assert message in errors[0].message and hint in (errors[0].hint or "")
    assert errors[0].span.line == 11 and "E880" in CATALOGUE


def test_a_deadline_at_an_hour_written_exclusive_is_e881(diagnostics_of: Any) -> None:
    found = diagnostics_of(NAMED + 'échéance x "X" le 13/01/2025 à 12h00 exclu\n' + CITE)
    assert [d.code for d in found if d.level is Level.ERROR] == ["E881"]
    assert "écrivez « à 12h00 inclus »" in (found[0].hint or "")


def test_an_hour_that_is_no_time_of_day_is_e601(diagnostics_of: Any) -> None:
    found = diagnostics_of(NAMED + 'échéance x "X" le 13/01/2025 à 25h00 inclus\n' + CITE)
    assert [d.code for d in found if d.level is Level.ERROR] == ["E601"]


def test_next_years_file_marks_the_hour_of_a_deadline_for_review(project: Path) -> None:
    old = (project / "circulars" / "sources" / "exemple_dates.txt").read_text(encoding="utf-8")
    (project / "nouveau.txt").write_text(old.replace("2026", "2027").replace("2025", "2026"), encoding="utf-8")
    written = project / "circulars" / "exemple_dates_2027.circ"
    run = circ("nouvelle-annee", CIRCULAR, "--source", "nouveau.txt", "--sortie", str(written), cwd=project)
    assert run.returncode == 0, run.stderr
    assert "1 heure(s) d'échéance" in run.stdout
    line = next(x for x in written.read_text(encoding="utf-8").splitlines() if x.startswith("échéance limite_dépôt"))
    marks = line.partition("# à revoir [")[2].rstrip("]").split()
    assert len(marks) == 2  # the date and the hour


def test_an_hour_on_the_dot_may_be_written_without_its_minutes(compile_text: Any) -> None:
    """« au plus tard le 2 février à 12h », « Mardi 8 octobre 2019 - 14h »: `à 12h`, `à 14h`."""
    text = NAMED.replace("à 12h30", "à 14h") + 'échéance x "X" le 13/01/2025 à 12h inclus\n' + CITE
    circular = compile_text(text).circular
    assert deadline(circular, "x").time == "12h" and circular.events[0].start == "14h"
    assert "DTSTART;TZID=Europe/Paris:20241213T140000" in build_calendar([circular]).decode("utf-8")
    assert DeadlineWording(circular).when(deadline(circular, "x")) == "au plus tard le 13 janvier 2025 à 12h"


def test_a_named_date_may_be_declared_below_its_use_and_a_typo_gets_a_fix(
    compile_text: Any, diagnostics_of: Any
) -> None:
    use = 'fait demande.date_dépôt "Date de dépôt" : date\néchéance x "X" à partir de webinaire\n' + CITE
    event = 'événement webinaire "Webinaire" le 13/12/2024\n' + CITE
    assert deadline(compile_text(use + event).circular, "x").date == D(2024, 12, 13)
    (error,) = [d for d in diagnostics_of(use.replace("de webinaire", "de webinair") + event) if d.code == "E880"]
    assert [fix.replacement for fix in error.fixes] == ["webinaire"]
