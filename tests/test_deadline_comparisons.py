"""A deadline compared (`date >= échéance`, `date < échéance`…) is worded by the comparison, not by
its `inclusive`, which is about « respecte »: the page, checklist and calendar say the first or last
day the validator really accepts."""

from __future__ import annotations

import datetime

import pytest

from circdsl.calendar_ics import build_calendar
from circdsl.french.deadlines import DeadlineWording
from circdsl.project import load_validator

CITE = 'cite "La date limite de dépôt est fixée au 13 janvier 2025."'


def compiled(compile_text, inclusivity: str, requirement: str):
    text = (
        'fait remise "Date de remise du dossier" : date\n'
        f'échéance borne "Borne de dépôt" le 13/01/2025 {inclusivity}\n  {CITE}\n'
        'règle dans_les_temps bloquante "Dépôt dans les temps"\n'
        f"  exige {requirement}\n"
        '  message "Dépôt hors des temps."\n'
        f"  {CITE}\n"
    )
    return compile_text(text).circular


@pytest.mark.parametrize("inclusivity", ["inclus", "exclu"])
@pytest.mark.parametrize(
    ("requirement", "wording", "first_or_last_accepted"),
    [
        ("remise >= borne", "à partir du 13 janvier 2025", datetime.date(2025, 1, 13)),
        ("remise > borne", "à partir du 14 janvier 2025", datetime.date(2025, 1, 14)),
        ("remise <= borne", "au plus tard le 13 janvier 2025", datetime.date(2025, 1, 13)),
        ("remise < borne", "au plus tard le 12 janvier 2025 (avant le 13 janvier 2025)", datetime.date(2025, 1, 12)),
        ("non (remise < borne)", "à partir du 13 janvier 2025", datetime.date(2025, 1, 13)),
        ("borne <= remise", "à partir du 13 janvier 2025", datetime.date(2025, 1, 13)),
    ],
)
def test_a_compared_deadline_says_the_day_the_validator_accepts(
    compile_text, inclusivity: str, requirement: str, wording: str, first_or_last_accepted: datetime.date
) -> None:
    circular = compiled(compile_text, inclusivity, requirement)
    (deadline,) = circular.deadlines
    assert DeadlineWording(circular).when(deadline) == wording
    validator = load_validator(circular)
    floor = wording.startswith("à partir")
    outside = first_or_last_accepted + datetime.timedelta(days=-1 if floor else 1)
    accepted = validator.evaluate({"remise": first_or_last_accepted.strftime("%d/%m/%Y")})
    refused = validator.evaluate({"remise": outside.strftime("%d/%m/%Y")})
    assert (accepted.status, refused.status) == ("recevable", "irrecevable")


def test_the_calendar_marks_the_first_accepted_day(compile_text) -> None:
    circular = compiled(compile_text, "inclus", "remise >= borne")
    calendar = build_calendar([circular]).decode()
    assert "DTSTART;VALUE=DATE:20250113" in calendar


def test_respecte_keeps_reading_inclusive(compile_text) -> None:
    inclusive = compiled(compile_text, "inclus", "non (remise respecte borne)")
    exclusive = compiled(compile_text, "exclu", "non (remise respecte borne)")
    assert DeadlineWording(inclusive).when(inclusive.deadlines[0]) == "à partir du 14 janvier 2025"
    assert DeadlineWording(exclusive).when(exclusive.deadlines[0]) == "à partir du 13 janvier 2025"
