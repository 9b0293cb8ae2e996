"""Browser check: the built site and a printable checklist, loaded in headless Chromium, offline.

The site is built with `mkdocs build --strict` (once per session, tests/site_build.py)
and served on 127.0.0.1 by `http.server` in a thread. Chromium is Debian's
(/usr/bin/chromium with /usr/bin/chromedriver), driven by selenium, with the
network blocked: every host name but 127.0.0.1 resolves to nothing, and the
requests the pages made are read back from Chromium's log — none may leave the
machine. The circuits must be drawings (SVG in the DOM), and the checklist must
print on A4 with its links clickable. Without Chromium the test is skipped
locally, and fails under CI (the CI variable is set): `.ci/run` installs it.
"""

from __future__ import annotations

import base64
import functools
import http.server
import json
import os
import re
import shutil
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import PARIS
from tests.site_build import built_site

pytestmark = pytest.mark.xdist_group("site")  # with the other tests of the built site, on one worker

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
def served() -> Iterator[str]:
    """The built site (site/) and a checklist page (pieces.html) served on localhost; yield the URL."""
    root = built_site().parent
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
        "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1",  # offline: no CDN, no font service
    ):
        options.add_argument(flag)
    options.set_capability("goog:loggingPrefs", {"performance": "ALL"})
    driver = webdriver.Chrome(service=Service(executable_path=driver_path), options=options)
    driver.set_page_load_timeout(WAIT_SECONDS)
    try:
        yield driver
    finally:
        driver.quit()


def _requests(driver: Any) -> list[str]:
    """The URLs the pages requested since the last call (Chromium's performance log)."""
    urls = []
    for entry in driver.get_log("performance"):
        message = json.loads(entry["message"])["message"]
        if message.get("method") == "Network.requestWillBeSent":
            urls.append(message["params"]["request"]["url"])
    return urls


def _assert_offline(driver: Any) -> None:
    outside = [u for u in _requests(driver) if not u.startswith(("http://127.0.0.1:", "data:", "blob:"))]
    assert not outside, f"requêtes hors de la machine : {outside[:5]}"


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
    assert "si situation exceptionnelle médicalement justifiée (dépôt tardif) : oui" in article
    assert "Pièce médicale confidentielle" in article
    assert "Service de médecine en faveur des personnels (SMFP)" in article
    cells = [td.text for td in browser.find_elements(By.CSS_SELECTOR, "article table td")]
    assert "par voie postale, sous pli confidentiel, à : Service de médecine en faveur des personnels (SMFP)" in cells
    nav = browser.find_element(By.CSS_SELECTOR, "nav.md-nav--primary").get_attribute("textContent")
    assert "Année scolaire 2025-2026" in nav and "Par dispositif" in nav
    assert browser.find_elements(By.CSS_SELECTOR, "input.md-search__input")  # the search box
    _assert_circuit_is_a_drawing(browser, "Service de médecine en faveur des personnels (SMFP)")
    _assert_offline(browser)
    link = browser.find_element(By.CSS_SELECTOR, 'a[href$="sources/000_6a117b24d563a1e1/#L72"]')
    link.click()
    line = _wait_for(browser, "div#L72.circ-line")
    assert "tiers des ORS" in line.text
    assert browser.current_url.endswith("#L72")
    assert browser.title.startswith("Texte source : Allègement de service pour l'année scolaire 2025-2026")


def _assert_circuit_is_a_drawing(browser: Any, service: str) -> None:
    """The circuit is an SVG drawn in the page: boxes with text, arrows, no mermaid source left as text."""
    from selenium.webdriver.common.by import By

    drawing = browser.find_element(By.CSS_SELECTOR, "article figure.circ-diagram svg")
    assert drawing.size["width"] > 300 and drawing.size["height"] > 100
    boxes = drawing.find_elements(By.CSS_SELECTOR, "g.circ-node")
    texts = ["".join(box.text.split()) for box in boxes]  # a box's lines are tspans, read without spaces
    assert "Demandeur" in texts and any("".join(service.split()) in text for text in texts), texts
    assert len(drawing.find_elements(By.CSS_SELECTOR, "path.circ-edge")) >= len(boxes) - 1
    article = browser.find_element(By.CSS_SELECTOR, "article")
    assert not article.find_elements(By.CSS_SELECTOR, ".mermaid, pre code.language-mermaid")
    assert "flowchart" not in article.text


def test_aix_marseille_circuit_is_a_drawing_offline(browser: Any, served: str) -> None:
    browser.get(f"{served}/site/circulaires/amenagement_poste_aix_marseille_2025/")
    _wait_for(browser, "article h1")
    _assert_circuit_is_a_drawing(browser, "Médecin du travail destinataire (selon la situation)")
    _assert_offline(browser)


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
    assert "enveloppe fermée" in pieces[0].find_element(By.CSS_SELECTOR, ".envelope").text
    assert "vous êtes invité(e) à la fournir" in pieces[2].text
    assert "lundi 13 janvier 2025" in browser.find_element(By.ID, "dates").text
    download = browser.find_element(By.CSS_SELECTOR, "#calendrier a[download]")
    assert download.get_attribute("href").startswith("data:text/calendar;")
    calendar = base64.b64decode(download.get_attribute("href").split(",", 1)[1])
    assert b"BEGIN:VALARM" in calendar and b"TRIGGER:-P7D" in calendar
    _assert_offline(browser)


def test_checklist_prints_on_a4_with_clickable_links(browser: Any, served: str) -> None:
    from selenium.webdriver.common.print_page_options import PrintOptions

    browser.get(f"{served}/pieces.html")
    _wait_for(browser, "section#pieces")
    options = PrintOptions()
    options.page_width, options.page_height = 21.0, 29.7  # centimetres: A4
    pdf = base64.b64decode(browser.print_page(options))
    assert pdf.startswith(b"%PDF")
    boxes = re.findall(rb"/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]", pdf)
    assert boxes and all(abs(float(w) - 595.3) < 2 and abs(float(h) - 841.9) < 2 for w, h in boxes)  # A4 in points
    links = re.findall(rb"/URI\s*\(([^)]*)\)", pdf)
    assert b"https://portail-paris.colibris.education.gouv.fr/" in links
    assert any(link.startswith(b"https://rectorat-de-paris.webex.com/") for link in links)
