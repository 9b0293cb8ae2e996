"""iCalendar export: parsed back with the icalendar library; dates, times, stable output."""

from __future__ import annotations

import datetime
import subprocess
import sys
from pathlib import Path
from zoneinfo import ZoneInfo

import icalendar
import pytest

from circdsl import model as m
from circdsl.calendar_ics import build_calendar
from circdsl.compiler import Compiler
from tests.conftest import CIRCULARS, PARIS, ROOT


@pytest.fixture(scope="module")
def paris() -> m.Circular:
    return Compiler().compile_file(PARIS).circular


def events_by_uid_prefix(data: bytes) -> dict[str, icalendar.Event]:
    calendar = icalendar.Calendar.from_ical(data)
    return {str(e["uid"]).split("-")[1]: e for e in calendar.walk("VEVENT")}


def test_paris_deadline_is_an_all_day_event_on_13_january_2025(paris: m.Circular) -> None:
    events = events_by_uid_prefix(build_calendar([paris]))
    deadline = events["limite_depot"]
    assert deadline.decoded("dtstart") == datetime.date(2025, 1, 13)
    assert deadline.decoded("dtend") == datetime.date(2025, 1, 14)
    assert str(deadline["summary"]).startswith("Date limite : Date limite de dépôt des demandes d'allègement")
    assert "La date limite de dépôt des demandes d’allègement est fixée au 13 janvier 2025." in str(
        deadline["description"]
    )


def test_paris_webinar_is_from_12h30_to_13h30_paris_time(paris: m.Circular) -> None:
    webinar = events_by_uid_prefix(build_calendar([paris]))["webinaire"]
    paris_time = ZoneInfo("Europe/Paris")
    assert webinar.decoded("dtstart") == datetime.datetime(2024, 11, 27, 12, 30, tzinfo=paris_time)
    assert webinar.decoded("dtend") == datetime.datetime(2024, 11, 27, 13, 30, tzinfo=paris_time)
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


def test_command_writes_the_same_file_twice(tmp_path: Path) -> None:
    outputs = []
    for name in ("a.ics", "b.ics"):
        done = subprocess.run(
            [sys.executable, "-m", "circdsl", "calendrier", str(CIRCULARS), "--sortie", str(tmp_path / name)],
            cwd=ROOT,
            capture_output=True,
            text=True,
            check=False,
        )
        assert done.returncode == 0, done.stderr
        outputs.append((tmp_path / name).read_bytes())
    assert outputs[0] == outputs[1]
    uids = {str(e["uid"]) for e in icalendar.Calendar.from_ical(outputs[0]).walk("VEVENT")}
    assert any(uid.startswith("allegement_paris_2025-limite_depot-") for uid in uids)


def test_command_to_stdout_and_user_errors(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "circdsl", "calendrier", str(PARIS)], capture_output=True, check=False, cwd=tmp_path
    )
    assert done.returncode == 0
    assert done.stdout.startswith(b"BEGIN:VCALENDAR\r\n")
    missing = subprocess.run(
        [sys.executable, "-m", "circdsl", "calendrier", "absente.circ"],
        capture_output=True,
        text=True,
        check=False,
        cwd=tmp_path,
    )
    assert missing.returncode == 1
    assert "n'existe pas" in missing.stderr and "Traceback" not in missing.stderr
