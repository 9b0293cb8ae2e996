"""Deadlines relative to a fact: calendar days, working days (French public
holidays), months with an explicit rounding, postponement; date arithmetic."""

from __future__ import annotations

import datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from circdsl import runtime as rt
from circdsl.diagnostics import Diagnostic, Level, render_all
from circdsl.project import load_validator

CITE = 'cite "La date limite de dépôt est fixée au 13 janvier 2025."'
FACTS = 'fait accident "Date de l\'accident" : date\nfait déclaration "Date de déclaration" : date\n'  # lines 5-6
D = datetime.date


def errors(diagnostics: list[Diagnostic]) -> list[Diagnostic]:
    return [d for d in diagnostics if d.level is Level.ERROR]


def validator_for(compile_text, deadline: str):
    text = (
        FACTS + f'échéance délai "Délai de déclaration" {deadline}\n  {CITE}\n'
        'règle dans_les_délais bloquante "Déclaration dans les délais"\n'
        "  exige déclaration respecte délai\n"
        '  message "Déclaration tardive."\n'
        f"  {CITE}\n"
    )
    return load_validator(compile_text(text).circular)


def deadline_of(validator, accident: str) -> datetime.date | None:
    (deadline,) = validator.evaluate({"accident": accident}).deadlines
    return deadline.date


def test_fifteen_days_after_the_accident(compile_text):
    validator = validator_for(compile_text, "15 jours après accident inclus")
    assert deadline_of(validator, "02/05/2025") == D(2025, 5, 17)
    assert validator.evaluate({"accident": "02/05/2025", "déclaration": "17/05/2025"}).status == "recevable"
    late = validator.evaluate({"accident": "02/05/2025", "déclaration": "20/05/2025"})  # 18 days after
    assert late.status == "irrecevable"
    (deadline,) = late.deadlines
    assert deadline.relative == "15 jours après accident"


def test_exclusive_relative_deadline(compile_text):
    validator = validator_for(compile_text, "15 jours après accident exclu")
    assert validator.evaluate({"accident": "02/05/2025", "déclaration": "17/05/2025"}).status == "irrecevable"


def test_unknown_anchor_makes_the_rule_undecided_and_asks_for_it(compile_text):
    validator = validator_for(compile_text, "15 jours après accident inclus")
    decision = validator.evaluate({"déclaration": "20/05/2025"})
    assert decision.status == "incomplet"
    assert [m.name for m in decision.missing_facts] == ["accident"]
    assert decision.deadlines[0].date is None


def test_working_days_skip_weekends_and_french_holidays(compile_text):
    validator = validator_for(compile_text, "2 jours ouvrés après accident inclus")
    assert deadline_of(validator, "02/05/2025") == D(2025, 5, 6)  # Friday -> Monday, Tuesday
    assert deadline_of(validator, "07/05/2025") == D(2025, 5, 12)  # 8 May is a holiday, then the weekend
    assert deadline_of(validator, "24/12/2025") == D(2025, 12, 29)  # Christmas, then the weekend


def test_forty_eight_hours_are_two_days(compile_text):
    validator = validator_for(compile_text, "48 h après accident inclus")
    assert deadline_of(validator, "30/12/2025") == D(2026, 1, 1)


@pytest.mark.parametrize(
    ("rounding", "expected"),
    [("arrondi au dernier jour du mois", D(2025, 2, 28)), ("arrondi au début du mois suivant", D(2025, 3, 1))],
)
def test_month_rounding_is_explicit(compile_text, rounding, expected):
    validator = validator_for(compile_text, f"1 mois avant accident {rounding} inclus")
    assert deadline_of(validator, "31/03/2025") == expected
    assert deadline_of(validator, "15/03/2025") == D(2025, 2, 15)


def test_years_count_as_twelve_months(compile_text):
    validator = validator_for(compile_text, "2 ans après accident arrondi au dernier jour du mois inclus")
    assert deadline_of(validator, "29/02/2024") == D(2026, 2, 28)


def test_postponed_to_the_next_working_day(compile_text):
    validator = validator_for(compile_text, "2 mois avant accident arrondi au dernier jour du mois inclus")
    assert deadline_of(validator, "31/07/2025") == D(2025, 5, 31)  # a Saturday
    text = "2 mois avant accident arrondi au dernier jour du mois inclus reporté au jour ouvré suivant"
    assert deadline_of(validator_for(compile_text, text), "31/07/2025") == D(2025, 6, 2)


def test_months_without_rounding_are_refused(diagnostics_of):
    text = FACTS + f'échéance délai "Délai" 2 mois avant accident inclus\n  {CITE}\n'
    found = errors(diagnostics_of(text))
    assert [(d.code, d.span.line, d.span.column) for d in found] == [("E603", 7, 24)], render_all(found)
    assert "arrondi au dernier jour du mois" in (found[0].hint or "")


@pytest.mark.parametrize(("offset", "code"), [("36 h", "E604"), ("0 jours", "E604")])
def test_invalid_offsets(diagnostics_of, offset, code):
    text = FACTS + f'échéance délai "Délai" {offset} après accident inclus\n  {CITE}\n'
    found = errors(diagnostics_of(text))
    assert [(d.code, d.span.line) for d in found] == [(code, 7)], render_all(found)


def test_anchor_must_be_a_date(diagnostics_of):
    text = FACTS + 'fait n "N" : entier\n' + f'échéance délai "Délai" 15 jours après n inclus\n  {CITE}\n'
    found = errors(diagnostics_of(text))
    assert [(d.code, d.span.line, d.span.column) for d in found] == [("E202", 8, 39)], render_all(found)


def test_date_arithmetic_in_rules(compile_text):
    text = FACTS + (
        'règle r bloquante "R"\n'
        "  exige déclaration - accident <= 15 jours et déclaration >= accident + 0 jours\n"
        '  message "Tardive."\n'
        f"  {CITE}\n"
    )
    validator = load_validator(compile_text(text).circular)
    assert validator.evaluate({"accident": "02/05/2025", "déclaration": "17/05/2025"}).status == "recevable"
    assert validator.evaluate({"accident": "02/05/2025", "déclaration": "18/05/2025"}).status == "irrecevable"


def test_adding_months_to_a_date_in_an_expression_asks_for_a_deadline(diagnostics_of):
    text = FACTS + 'règle r bloquante "R"\n  exige déclaration <= accident + 2 mois\n  message "Non."\n' + f"  {CITE}\n"
    found = errors(diagnostics_of(text))
    assert [(d.code, d.span.line) for d in found] == [("E603", 8)], render_all(found)


@settings(deadline=None)  # the first use of a year computes its public holidays
@given(st.dates(min_value=D(1900, 1, 1), max_value=D(2200, 12, 31)), st.integers(min_value=-60, max_value=60))
def test_working_days_land_on_working_days(start, days):
    end = rt.add_working_days(start, days)
    if days:
        assert rt.is_working_day(end)
        assert (end > start) == (days > 0)


@settings(deadline=None)
@given(st.dates(min_value=D(1900, 1, 1), max_value=D(2200, 12, 31)), st.integers(min_value=-240, max_value=240))
def test_month_shift_keeps_the_day_or_rounds_as_stated(start, months):
    last = rt.add_months(start, months, "dernier jour")
    following = rt.add_months(start, months, "mois suivant")
    assert (last.year * 12 + last.month) - (start.year * 12 + start.month) == months
    assert last.day == start.day or (last + datetime.timedelta(days=1)).day == 1
    assert following == last or following == last + datetime.timedelta(days=1)


def test_shift_beyond_the_calendar_is_unknown():
    assert rt.shift_date(D(9999, 12, 20), 1, "mois", "après", "dernier jour", False) is None


def test_jours_ouvrables_count_saturdays(compile_text):
    validator = validator_for(compile_text, "2 jours ouvrables après accident inclus")
    assert deadline_of(validator, "02/05/2025") == D(2025, 5, 5)  # Friday -> Saturday, Monday


def test_a_deadline_counts_from_another_and_a_value_reads_it(compile_text):
    text = FACTS + (
        f'échéance instruction "Instruction" 1 mois après accident arrondi au dernier jour du mois inclus\n  {CITE}\n'
        f'échéance enquête "Enquête" 3 mois après instruction arrondi au dernier jour du mois inclus\n  {CITE}\n'
        'valeur à_temps "Déclaré à temps" = déclaration respecte enquête\n'
        'règle r bloquante "R"\n  exige à_temps\n  message "Après le {enquête}."\n' + f"  {CITE}\n"
    )
    validator = load_validator(compile_text(text).circular)
    decision = validator.evaluate({"accident": "31/01/2025", "déclaration": "01/06/2025"})
    assert [d.date for d in decision.deadlines] == [D(2025, 2, 28), D(2025, 5, 28)]
    assert decision.status == "irrecevable"
    assert decision.findings[0].message == "Après le 28/05/2025."
