"""The questionnaire of `circ serve` answered to the end through its form, without a browser: the
two journeys of tests/test_serve_questionnaire.py (headless Chromium, in the slow tier), checked on
the HTML the server sends. Paris, a second-degree titular teacher: 6 h of 18 h is recevable after
10 questions, with the two medical documents to the SMFP by post under sealed cover; 7 h is refused
after 5 questions, with the one-third rule's message and citation (docs/developpeurs.md gives both
counts)."""

from __future__ import annotations

import html
import re
from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from circdsl.serve.app import create_app
from circdsl.serve.catalogue import Catalogue
from tests.conftest import PARIS
from tests.test_serve import _asked, _submit
from tests.test_serve_questionnaire import ANSWERS

SMFP = "par voie postale, sous pli confidentiel, à : Service de médecine en faveur des personnels (SMFP)"


@pytest.fixture(scope="module")
def client() -> Iterator[TestClient]:
    with TestClient(create_app(Catalogue.load([PARIS])), raise_server_exceptions=False) as test_client:
        yield test_client


def answered(client: TestClient, answers: dict[str, str]) -> tuple[list[str], str]:
    """Answer each question asked until the decision; the facts asked, in order, and the last page."""
    page = client.get("/questionnaire/allegement_paris_2025").text
    asked: list[str] = []
    while (fact := _asked(page)) is not None:
        assert fact not in asked, f"{fact} demandé deux fois"
        asked.append(fact)
        page = _submit(client, page, answers[fact]).text
    return asked, page


def element(page: str, pattern: str) -> str:
    """The text of the first element whose opening tag matches `pattern`, tags removed."""
    found = re.search(rf"<(\w+)[^>]*{pattern}[^>]*>(.*?)</\1>", page, re.DOTALL)
    assert found is not None, pattern
    return html.unescape(re.sub(r"<[^>]+>", "", found.group(2)))


def test_six_hours_is_recevable_after_ten_questions_with_the_medical_documents_to_the_smfp(
    client: TestClient,
) -> None:
    asked, page = answered(client, {**ANSWERS, "allègement_heures": "6"})
    assert len(asked) == 10
    assert element(page, 'id="statut"').endswith("recevable.")
    assert element(page, 'id="questions-posees"') == "10 questions posées avant la décision."
    medical = re.findall(r'<li class="piece medicale" data-document="([^"]+)">(.*?)</li>\s*</ul>', page, re.DOTALL)
    assert {name for name, _ in medical} == {"certificat_médical", "courrier_difficultés"}
    assert all(SMFP in html.unescape(text) for _, text in medical)
    assert 'id="calendrier"><a href="data:text/calendar' in page


def test_seven_hours_is_refused_after_five_questions_with_the_one_third_citation(client: TestClient) -> None:
    asked, page = answered(client, {**ANSWERS, "allègement_heures": "7"})
    assert element(page, 'id="statut"').endswith("irrecevable.")
    assert element(page, 'id="questions-posees"') == "5 questions posées avant la décision."
    assert len(asked) == 5
    refusal = element(page, 'data-regle="plafond_tiers_heures"')
    assert "L'allègement demandé (7 h) dépasse le tiers des ORS (6 h)." in refusal
    assert "« L’allègement porte, au maximum, sur le tiers des ORS. » (circulaire, ligne 72)" in refusal
