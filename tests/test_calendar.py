"""iCalendar export: parsed back with the icalendar library; dates placed by the deadlines' use,
times, stable output; the applicant's personal calendar with reminders; hostile texts."""

from __future__ import annotations

import datetime
import json
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import icalendar
import pytest

from circdsl import model as m
from circdsl import project
from circdsl.calendar_ics import build_calendar, personal_calendar
from circdsl.checklist import known_facts
from circdsl.compiler import Compiler
from tests.cli_runner import circ
from tests.conftest import CIRCULARS, PARIS, ROOT, compiled

ESSONNE_REINTEGRATION = CIRCULARS / "reprise_temps_plein_essonne_2025.circ"
CITIS = CIRCULARS / "citis_2019.circ"


@pytest.fixture(scope="module")
def paris() -> m.Circular:
    return compiled(PARIS).circular


def events_by_uid_prefix(data: bytes) -> dict[str, icalendar.Event]:
    calendar = icalendar.Calendar.from_ical(data)
    return {str(e["uid"]).split("-")[1]: e for e in calendar.walk("VEVENT")}


def test_paris_deadline_is_an_all_day_event_on_its_last_day(paris: m.Circular) -> None:
    events = events_by_uid_prefix(build_calendar([paris]))
    deadline = events["limite_depot"]
    assert deadline.decoded("dtstart") == datetime.date(2025, 1, 13)
    assert deadline.decoded("duration") == datetime.timedelta(days=1)
    assert str(deadline["summary"]) == "Date limite de dépôt des demandes d'allègement (Rectorat de Paris)"
    description = str(deadline["description"])
    assert "Date limite : au plus tard le lundi 13 janvier 2025." in description
    assert "La date limite de dépôt des demandes d’allègement est fixée au 13 janvier 2025." in description


def test_an_excluded_deadline_falls_on_the_day_before(tmp_path: Path) -> None:
    """« avant le 1er mars 2016 » (exclu): the last day to act is 29 February."""
    rhone = compiled(CIRCULARS / "allegement_rhone_2016.circ").circular
    deadline = events_by_uid_prefix(build_calendar([rhone]))["limite_depot"]
    assert deadline.decoded("dtstart") == datetime.date(2016, 2, 29)
    assert "au plus tard le lundi 29 février 2016 (avant le 1er mars 2016)" in str(deadline["description"])
    assert "inclus" not in str(deadline["summary"]) and "exclu" not in str(deadline["summary"])


def test_paris_webinar_is_from_12h30_to_13h30_paris_time(paris: m.Circular) -> None:
    webinar = events_by_uid_prefix(build_calendar([paris]))["webinaire"]
    paris_time = ZoneInfo("Europe/Paris")
    assert webinar.decoded("dtstart") == datetime.datetime(2024, 11, 27, 12, 30, tzinfo=paris_time)
    assert webinar.decoded("duration") == datetime.timedelta(hours=1)
    assert webinar.decoded("dtstart").utcoffset() == datetime.timedelta(hours=1)
    assert str(webinar["url"]).startswith("https://rectorat-de-paris.webex.com/")
    calendar = icalendar.Calendar.from_ical(build_calendar([paris]))
    assert [str(tz["tzid"]) for tz in calendar.walk("VTIMEZONE")] == ["Europe/Paris"]


def test_output_is_deterministic_with_stable_uids_and_the_circular_date_as_stamp(paris: m.Circular) -> None:
    first, second = build_calendar([paris]), build_calendar([Compiler().compile_file(PARIS).circular])
    assert first == second
    calendar = icalendar.Calendar.from_ical(first)
    events = list(calendar.walk("VEVENT"))
    assert len({str(e["uid"]) for e in events}) == len(events) == 2
    for event in events:
        assert event.decoded("dtstamp") == datetime.datetime(2024, 11, 13, tzinfo=datetime.UTC)
    assert str(calendar["version"]) == "2.0" and "circdsl" in str(calendar["prodid"])
    assert b"\r\n" in first  # RFC 5545 line endings


# ---------------------------------------------------------------- the personal calendar


def personal(path: Path, situation: dict[str, Any]) -> icalendar.Calendar:
    circular = compiled(path).circular
    validator = project.load_validator(circular)
    decision = validator.evaluate(situation)
    data = personal_calendar(circular, decision, known_facts(validator, situation))
    return icalendar.Calendar.from_ical(data)


def test_personal_calendar_computes_the_applicants_own_deadlines_with_reminders() -> None:
    """An accident on 06/01/2020: the declaration is due 15 days after, on 21/01/2020."""
    calendar = personal(
        CITIS,
        {"déclaration.nature": "accident_service", "accident.date": "06/01/2020",
         "accident.lésion_décelée_tardivement": False},
    )  # fmt: skip
    events = {str(e["summary"]).split(" (")[0]: e for e in calendar.walk("VEVENT")}
    declaration = events["Déclaration dans les 15 jours suivant l'accident"]
    assert declaration.decoded("dtstart") == datetime.date(2020, 1, 21)
    assert "au plus tard le mardi 21 janvier 2020" in str(declaration["description"])
    triggers = sorted(alarm.decoded("trigger") for alarm in declaration.walk("VALARM"))
    assert triggers == [-datetime.timedelta(days=7), -datetime.timedelta(days=1)]
    assert all(str(alarm["action"]) == "DISPLAY" for alarm in declaration.walk("VALARM"))
    # a deadline of a case that does not apply (a relapse) is not in the applicant's calendar
    assert not any("rechute" in title for title in events)


def test_personal_calendar_places_a_window_on_its_only_day() -> None:
    """Reintegration on the child's third birthday: « pas avant » and « au plus tard » the same day."""
    calendar = personal(
        ESSONNE_REINTEGRATION, {"reprise.motif": "trois_ans_enfant", "enfant.date_naissance": "12/05/2023"}
    )
    days = {e.decoded("dtstart") for e in calendar.walk("VEVENT") if "Trois ans" in str(e["summary"])}
    assert days == {datetime.date(2026, 5, 12)}
    description = next(str(e["description"]) for e in calendar.walk("VEVENT") if "Trois ans" in str(e["summary"]))
    assert "le mardi 12 mai 2026 exactement" in description


def test_command_writes_the_personal_calendar(tmp_path: Path) -> None:
    situation = tmp_path / "situation.json"
    situation.write_text(json.dumps({"déclaration.nature": "accident_service", "accident.date": "06/01/2020"}))
    done = circ("calendrier", str(CITIS), "--faits", str(situation), "--sortie", "a.ics", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert "BEGIN:VALARM" in (tmp_path / "a.ics").read_text(encoding="utf-8")
    several = circ("calendrier", str(CITIS), str(PARIS), "--faits", str(situation), cwd=tmp_path)
    assert several.returncode == 1 and "une seule circulaire" in several.stderr


# ---------------------------------------------------------------- careless or hostile texts (issue 11)

HEADER = """circulaire essai "Circulaire d'essai"
  autorité "Rectorat d'essai"
  année scolaire 2025-2026
  source "sources/essai.txt"
"""


def test_a_newline_in_a_link_a_year_9999_period_and_odd_texts_never_crash(tmp_path: Path) -> None:
    (tmp_path / "sources").mkdir()
    (tmp_path / "sources" / "essai.txt").write_text("La réunion et la période sont annoncées.\n", encoding="utf-8")
    circ = tmp_path / "essai.circ"
    circ.write_text(
        HEADER
        + 'période longue "Période\r\nDESCRIPTION:injectée" du 01/09/2025 au 31/12/9999\n'
        + "  date hors année scolaire\n"
        + '  cite "La réunion et la période sont annoncées."\n'
        + 'événement réunion "Réunion ; virgule, \\\\ antislash" le 05/04/2026 de 9h30 à 12h00\n'
        + '  lien "https://exemple.fr/a\nURL:https://pirate.example"\n'
        + '  lieu "Salle\nLOCATION:ailleurs"\n'
        + '  cite "La réunion et la période sont annoncées."\n',
        encoding="utf-8",
    )
    circular = Compiler(root=tmp_path).compile_file(circ).circular
    data = build_calendar([circular])
    calendar = icalendar.Calendar.from_ical(data)
    events = {str(e["uid"]).split("-")[1]: e for e in calendar.walk("VEVENT")}
    period = events["longue"]
    assert period.decoded("dtstart") == datetime.date(2025, 9, 1)
    assert period.decoded("duration").days == (datetime.date(9999, 12, 31) - datetime.date(2025, 9, 1)).days + 1
    meeting = events["reunion"]
    assert "url" not in meeting  # not a plain address on one line: in the description only
    assert str(meeting["location"]) == "Salle LOCATION:ailleurs"
    assert str(meeting["summary"]).startswith("Réunion ; virgule, \\ antislash")
    for line in data.decode("utf-8").split("\r\n"):  # no property was injected
        assert not line.startswith(("URL:https://pirate", "LOCATION:ailleurs", "DESCRIPTION:injectée"))


def test_command_writes_the_same_file_twice(tmp_path: Path) -> None:
    """The file the command writes for the whole folder, then the same calendar made again from a
    compilation of its own (the session's, shared with other tests, instead of the command's
    second run that compiled the 16 files again): byte for byte the same."""
    done = circ("calendrier", str(CIRCULARS), "--sortie", str(tmp_path / "a.ics"), cwd=ROOT)
    assert done.returncode == 0, done.stderr
    written = (tmp_path / "a.ics").read_bytes()
    files = [path for path in project.find_circulars([CIRCULARS]) if not project.is_vocabulary(path)]
    assert written == build_calendar([compiled(path).circular for path in files])
    uids = {str(e["uid"]) for e in icalendar.Calendar.from_ical(written).walk("VEVENT")}
    assert any(uid.startswith("allegement_paris_2025-limite_depot-") for uid in uids)


def test_command_to_stdout_and_user_errors(tmp_path: Path) -> None:
    done = circ("calendrier", str(PARIS), cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert done.output.startswith(b"BEGIN:VCALENDAR\r\n")  # the bytes written, line ends as they are
    missing = circ("calendrier", "absente.circ", cwd=tmp_path)
    assert missing.returncode == 1
    assert "n'existe pas" in missing.stderr and "Traceback" not in missing.stderr
