"""The applicant's questionnaire of `circ serve`, in headless Chromium (selenium, as tests/test_browser.py):
Paris, a second-degree titular teacher, 6 h of 18 h → recevable, and the two medical documents to the
SMFP by post; 7 h → the one-third refusal with its citation. The questions are answered with the
keyboard where a person would type; a wrong answer shows its error tied to the field. The number of
questions asked before the decision is printed (`pytest -s`). Screenshots go to $CIRCDSL_CAPTURES
when it is set (to look at them), else to the test's temporary folder."""

from __future__ import annotations

import os
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import uvicorn

from circdsl.serve.app import create_app
from circdsl.serve.catalogue import Catalogue
from tests.conftest import PARIS
from tests.test_browser import browser as browser  # the same headless Chromium, offline

WAIT_SECONDS = 30  # an upper bound for a server to start, never a measured duration
ANSWERS = {
    "agent.statut": "titulaire",
    "agent.fonction": "enseignement",
    "agent.degré": "second",
    "agent.ors_heures": "18",
    "demande.date_dépôt": "10/01/2025",
    "agent.temps_partiel_thérapeutique": "non",
    "agent.fonctions_direction": "non",
    "agent.heures_supplémentaires": "non",
    "agent.mission_particulière": "non",
    "agent.rqth": "non",
}


@pytest.fixture(scope="module")
def served() -> Iterator[str]:
    """The questionnaire of the Paris circular, served by uvicorn in a thread on localhost."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = int(probe.getsockname()[1])
    app = create_app(Catalogue.load([PARIS]))
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, access_log=False, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + WAIT_SECONDS
    while not server.started and time.monotonic() < deadline:
        time.sleep(0.05)
    assert server.started, "uvicorn n'a pas démarré"
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(WAIT_SECONDS)


def _captures(tmp_path: Path) -> Path:
    folder = Path(os.environ.get("CIRCDSL_CAPTURES") or tmp_path)
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def _answer_all(driver: Any, answers: dict[str, str], captures: Path, label: str) -> list[str]:
    """Answer each question asked until the decision; return the facts asked, in order."""
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys

    asked: list[str] = []
    while driver.find_elements(By.ID, "question"):
        question = driver.find_element(By.ID, "question")
        fact = question.get_attribute("data-fait")
        assert fact not in asked, f"{fact} demandé deux fois"
        asked.append(fact)
        if len(asked) == 1:
            driver.save_screenshot(str(captures / f"{label}-1-premiere-question.png"))
        value = answers[fact]
        if question.tag_name == "fieldset":
            option = question.find_element(By.CSS_SELECTOR, f'input[value="{value}"]')
            option.send_keys(Keys.SPACE)  # selects a radio button, as a keyboard user does
            option.send_keys(Keys.ENTER)  # submits with the default button
        else:
            field = driver.find_element(By.ID, "reponse")
            field.clear()
            field.send_keys(value, Keys.ENTER)
        _wait_for_page(driver, question)
    return asked


def _wait_for_page(driver: Any, old: Any) -> None:
    """Wait until the page that was submitted (`old`, one of its elements) is replaced and loaded."""
    from selenium.webdriver.support import expected_conditions
    from selenium.webdriver.support.ui import WebDriverWait

    WebDriverWait(driver, WAIT_SECONDS).until(expected_conditions.staleness_of(old))
    WebDriverWait(driver, WAIT_SECONDS).until(lambda d: d.execute_script("return document.readyState") == "complete")


def test_six_hours_is_recevable_with_the_medical_documents_to_the_smfp(
    browser: Any, served: str, tmp_path: Path
) -> None:
    from selenium.webdriver.common.by import By

    captures = _captures(tmp_path)
    browser.set_window_size(1000, 2400)  # the whole decision in one screenshot
    browser.get(f"{served}/questionnaire/allegement_paris_2025")
    asked = _answer_all(browser, {**ANSWERS, "allègement_heures": "6"}, captures, "6h")
    browser.save_screenshot(str(captures / "6h-2-decision.png"))
    assert "recevable" in browser.find_element(By.ID, "statut").text
    assert len(asked) == 10  # as docs/developpeurs.md says
    assert "10 questions posées avant la décision" in browser.find_element(By.ID, "questions-posees").text
    pieces = browser.find_elements(By.CSS_SELECTOR, "#pieces li.piece")
    medical = {p.get_attribute("data-document"): p.text for p in pieces if "medicale" in p.get_attribute("class")}
    assert set(medical) == {"certificat_médical", "courrier_difficultés"}
    for text in medical.values():
        assert (
            "par voie postale, sous pli confidentiel, à : Service de médecine en faveur des personnels (SMFP)" in text
        )
    link = browser.find_element(By.CSS_SELECTOR, "#calendrier a")
    assert link.get_attribute("href").startswith("data:text/calendar")
    print(f"\n6 h sur 18 h : {len(asked)} questions avant la décision : {', '.join(asked)}")


def test_seven_hours_is_refused_with_the_one_third_citation(browser: Any, served: str, tmp_path: Path) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys

    captures = _captures(tmp_path)
    browser.set_window_size(1000, 1600)
    browser.get(f"{served}/questionnaire/allegement_paris_2025")
    _answer_until(browser, "allègement_heures")
    field = browser.find_element(By.ID, "reponse")
    field.send_keys("sept", Keys.ENTER)  # a wrong answer: the error is tied to the field
    _wait_for_page(browser, field)
    browser.save_screenshot(str(captures / "7h-1-erreur.png"))
    field = browser.find_element(By.ID, "reponse")
    assert field.get_attribute("aria-invalid") == "true"
    assert "erreur" in field.get_attribute("aria-describedby").split()
    assert "nombre attendu" in browser.find_element(By.ID, "erreur").text
    assert browser.title.startswith("Erreur : ")
    field.clear()
    field.send_keys("7", Keys.ENTER)
    _wait_for_page(browser, field)
    _answer_all(browser, ANSWERS, captures, "7h-suite")
    browser.save_screenshot(str(captures / "7h-2-decision.png"))
    assert "irrecevable" in browser.find_element(By.ID, "statut").text
    refusal = browser.find_element(By.CSS_SELECTOR, '[data-regle="plafond_tiers_heures"]').text
    assert "L'allègement demandé (7 h) dépasse le tiers des ORS (6 h)." in refusal
    assert "« L’allègement porte, au maximum, sur le tiers des ORS. » (circulaire, ligne 72)" in refusal
    counted = browser.find_element(By.ID, "questions-posees").text
    print(f"\n7 h sur 18 h : {counted}")
    assert counted == "5 questions posées avant la décision."  # as docs/developpeurs.md says


def _answer_until(driver: Any, wanted: str) -> None:
    """Answer the questions (from ANSWERS) until `wanted` is asked."""
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys

    for _ in range(len(ANSWERS) + 1):
        question = driver.find_element(By.ID, "question")
        fact = question.get_attribute("data-fait")
        if fact == wanted:
            return
        if question.tag_name == "fieldset":
            option = question.find_element(By.CSS_SELECTOR, f'input[value="{ANSWERS[fact]}"]')
            option.send_keys(Keys.SPACE)
            option.send_keys(Keys.ENTER)
        else:
            driver.find_element(By.ID, "reponse").send_keys(ANSWERS[fact], Keys.ENTER)
        _wait_for_page(driver, question)
    pytest.fail(f"{wanted} n'a pas été demandé")
