"""Browser check: the built site and a printable checklist, loaded in headless Chromium.

The site is built with `mkdocs build --strict` into a temporary folder and
served on 127.0.0.1 by `http.server` in a thread. Chromium is Debian's
(/usr/bin/chromium with /usr/bin/chromedriver), driven by selenium. Without
them the test is skipped locally, and fails under CI (the CI variable is set):
`.ci/run` installs them.
"""

from __future__ import annotations

import functools
import http.server
import json
import os
import shutil
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import PARIS, ROOT

CHROMIUM = ("/usr/bin/chromium", "/usr/bin/chromium-browser")
CHROMEDRIVER = ("/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver")
WAIT_SECONDS = 30  # an upper bound for a page to load, never a measured duration
CPE = {
    "agent.statut": "titulaire",
    "agent.fonction": "éducation",
    "agent.degré": "second",
    "agent.ors_heures": 35,
    "allègement_heures": 10,
    "demande.date_dépôt": "10/01/2025",
    "agent.rqth": True,
}


def _first(paths: tuple[str, ...], name: str) -> str | None:
    return next((p for p in paths if Path(p).is_file()), None) or shutil.which(name)


def _unavailable(reason: str) -> None:
    if os.environ.get("CI"):
        pytest.fail(f"navigateur indisponible en CI : {reason} (.ci/run doit installer chromium et chromium-driver)")
    pytest.skip(f"navigateur indisponible : {reason} (apt-get install chromium chromium-driver)")


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """Build the site (site/) and a checklist page (pieces.html) into a folder served on localhost; yield its URL."""
    root = tmp_path_factory.mktemp("served")
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "DISABLE_MKDOCS_2_WARNING": "true"}
    built = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--quiet", "-d", str(root / "site")],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    assert built.returncode == 0, built.stderr[-3000:]
    checklist = subprocess.run(
        [sys.executable, "-m", "circdsl", "checklist", str(PARIS), "--faits", "-", "--html", "--sortie", "pieces.html"],
        cwd=root,
        input=json.dumps(CPE),
        capture_output=True,
        text=True,
        check=False,
    )
    assert checklist.returncode == 0, checklist.stderr
    handler = functools.partial(_QuietHandler, directory=str(root))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        """No request log on the test output."""


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    try:
        from selenium import webdriver
        from selenium.webdriver.chrome.service import Service
    except ImportError:
        _unavailable("le paquet Python selenium n'est pas installé")
    binary, driver_path = _first(CHROMIUM, "chromium"), _first(CHROMEDRIVER, "chromedriver")
    if binary is None or driver_path is None:
        _unavailable("chromium ou chromedriver introuvable")
    options = webdriver.ChromeOptions()
    options.binary_location = binary
    for flag in (
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--lang=fr-FR",
    ):
        options.add_argument(flag)
    driver = webdriver.Chrome(service=Service(executable_path=driver_path), options=options)
    driver.set_page_load_timeout(WAIT_SECONDS)
    try:
        yield driver
    finally:
        driver.quit()


def _wait_for(driver: Any, css: str) -> Any:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions
    from selenium.webdriver.support.ui import WebDriverWait

    return WebDriverWait(driver, WAIT_SECONDS).until(
        expected_conditions.presence_of_element_located((By.CSS_SELECTOR, css))
    )


def test_paris_page_in_chromium(browser: Any, served: str) -> None:
    from selenium.webdriver.common.by import By

    browser.get(f"{served}/site/circulaires/allegement_paris_2025/")
    title = _wait_for(browser, "article h1")
    assert title.text == "Allègement de service pour l'année scolaire 2025-2026"
    assert browser.find_element(By.TAG_NAME, "html").get_attribute("lang") == "fr"
    rule = browser.find_element(By.ID, "regle-plafond_tiers_heures")
    assert "Au plus le tiers des ORS" in rule.text
    article = browser.find_element(By.CSS_SELECTOR, "article").text
    assert "lundi 13 janvier 2025" in article
    assert "Situation exceptionnelle médicalement justifiée (dépôt tardif) : oui" in article
    assert "Pièce médicale confidentielle" in article
    assert "Service de médecine en faveur des personnels (SMFP)" in article
    cells = [td.text for td in browser.find_elements(By.CSS_SELECTOR, "article table td")]
    assert "par voie postale sous pli confidentiel à : Service de médecine en faveur des personnels (SMFP)" in cells
    nav = browser.find_element(By.CSS_SELECTOR, "nav.md-nav--primary").get_attribute("textContent")
    assert "Année scolaire 2025-2026" in nav and "Par dispositif" in nav
    assert browser.find_elements(By.CSS_SELECTOR, "input.md-search__input")  # the search box
    link = browser.find_element(By.CSS_SELECTOR, 'a[href$="sources/000_6a117b24d563a1e1/#L72"]')
    link.click()
    line = _wait_for(browser, "div#L72.circ-line")
    assert "tiers des ORS" in line.text
    assert browser.current_url.endswith("#L72")


def test_index_lists_the_circular_with_its_deadline(browser: Any, served: str) -> None:
    from selenium.webdriver.common.by import By

    browser.get(f"{served}/site/circulaires/")
    _wait_for(browser, "article table")
    rows = [tr.text for tr in browser.find_elements(By.CSS_SELECTOR, "article table tr")]
    assert any("Allègement de service pour l'année scolaire 2025-2026" in r and "13 janvier 2025" in r for r in rows)


def test_printable_checklist_in_chromium(browser: Any, served: str) -> None:
    from selenium.webdriver.common.by import By

    browser.get(f"{served}/pieces.html")
    _wait_for(browser, "section#pieces")
    pieces = browser.find_elements(By.CSS_SELECTOR, "section#pieces li.piece")
    assert [p.get_attribute("data-document") for p in pieces] == [
        "certificat_médical",
        "courrier_difficultés",
        "justificatif_handicap",
    ]
    box = pieces[0].find_element(By.CSS_SELECTOR, "input[type=checkbox]")
    assert not box.is_selected()
    box.click()
    assert box.is_selected()
    assert "sous pli confidentiel" in pieces[0].find_element(By.CSS_SELECTOR, ".envelope").text
    assert "vous êtes invité(e) à la fournir" in pieces[2].text
    assert "lundi 13 janvier 2025" in browser.find_element(By.ID, "dates").text
