"""`circ serve`: every endpoint through FastAPI's test client (the real circulars, compiled once for
the module), bad input answered in French with the right HTTP code, nothing of a situation logged;
and once against a real uvicorn process on localhost."""

from __future__ import annotations

import html
import json
import logging
import os
import re
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from click.testing import CliRunner
from fastapi.testclient import TestClient

from circdsl import cli
from circdsl.serve.app import create_app
from circdsl.serve.catalogue import Catalogue
from tests.conftest import PARIS, ROOT
from tests.serve_catalogue import SERVE, every_circular

pytestmark = pytest.mark.xdist_group(SERVE)  # with the other tests of the shared catalogue, on one worker

SEVEN_HOURS = {
    "agent.statut": "titulaire",
    "agent.fonction": "enseignement",
    "agent.degré": "second",
    "agent.ors_heures": 18,
    "allègement_heures": 7,
    "demande.date_dépôt": "10/01/2025",
    "agent.temps_partiel_thérapeutique": False,
    "agent.fonctions_direction": False,
    "agent.heures_supplémentaires": False,
    "agent.mission_particulière": False,
}
SIX_HOURS = {**SEVEN_HOURS, "allègement_heures": 6}
MARKER = "MARQUEUR-SITUATION-4242"  # a value that must never reach a log


@pytest.fixture(scope="module")
def catalogue() -> Catalogue:
    return every_circular()


@pytest.fixture(scope="module")
def client(catalogue: Catalogue) -> Iterator[TestClient]:
    with TestClient(create_app(catalogue), raise_server_exceptions=False) as test_client:
        yield test_client


def decision_url(name: str = "allegement_paris_2025", what: str = "decision") -> str:
    return f"/circulaires/{name}/{what}"


def test_health_and_index_by_year_and_dispositif(client: TestClient, catalogue: Catalogue) -> None:
    assert client.get("/sante").json() == {"status": "ok", "circulars": len(catalogue.entries)}
    years = client.get("/circulaires").json()["years"]
    assert years[0]["school_year"] == "2025-2026"  # latest first
    groups = {group["dispositif"]: group["circulars"] for group in years[0]["dispositifs"]}
    assert [c["name"] for c in groups["Allègement de service"]] == ["allegement_paris_2025"]
    listed = [c["name"] for year in years for group in year["dispositifs"] for c in group["circulars"]]
    assert sorted(listed) == sorted(catalogue.entries)


def test_decision_is_the_validators_own(client: TestClient, catalogue: Catalogue) -> None:
    answer = client.post(decision_url(), json=SEVEN_HOURS)
    assert answer.status_code == 200
    expected = catalogue.entries["allegement_paris_2025"].validator.evaluate(SEVEN_HOURS).to_dict()
    assert answer.json() == {**expected, "unused_facts": []}
    assert answer.json()["status"] == "irrecevable"
    assert answer.json()["findings"][0]["rule"]["name"] == "plafond_tiers_heures"


def test_shared_facts_a_circular_does_not_read_are_unused_not_errors(client: TestClient) -> None:
    shared = {
        **SIX_HOURS,
        "agent.catégorie_personnel": "enseignant_second_degré_public",
        "agent.demande_rqth_en_cours": False,
    }
    answer = client.post(decision_url(), json=shared)
    assert answer.status_code == 200
    assert answer.json()["status"] == "recevable"
    assert answer.json()["unused_facts"] == ["agent.catégorie_personnel", "agent.demande_rqth_en_cours"]
    assert client.post(decision_url(what="liste-pieces"), json=shared).status_code == 200
    typo = client.post(decision_url(), json={"allègement_heure": 6})
    assert typo.json()["errors"] == [
        {"field": "allègement_heure", "message": "fait inconnu ; vouliez-vous dire « allègement_heures » ?"}
    ]


def test_numbers_keep_their_digits_and_french_text_is_read(client: TestClient) -> None:
    body = json.dumps({**SIX_HOURS, "allègement_heures": 6.0000000000000001}).encode()
    assert client.post(decision_url(), content=body).json()["status"] == "recevable"
    exact = b'{"agent.ors_heures": 18, "all\\u00e8gement_heures": 6.0000000001}'
    assert "heures_entières" in str(client.post(decision_url(), content=exact).json()["findings"])
    assert client.post(decision_url(), json={**SIX_HOURS, "allègement_heures": "6,0"}).json()["status"] == "recevable"


def test_invalid_situations_get_french_errors_per_field(client: TestClient) -> None:
    answer = client.post(
        decision_url(), json={"allègement_heure": 6, "agent.ors_heures": 60, "demande.date_dépôt": 1736726400}
    )
    assert answer.status_code == 422
    body = answer.json()
    assert body["message"] == "situation invalide"
    assert body["errors"] == [
        {"field": "agent.ors_heures", "message": "la valeur 60 est trop grande (maximum : 48)"},
        {"field": "demande.date_dépôt", "message": "date attendue (JJ/MM/AAAA ou AAAA-MM-JJ)"},
        {"field": "allègement_heure", "message": "fait inconnu ; vouliez-vous dire « allègement_heures » ?"},
    ]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (b'{"agent.ors_heures": 18,}', "JSON invalide"),
        (b"[1, 2]", "objet JSON"),
        (b'{"a": 1, "a": 2}', "a"),
        (b"\xff\xfe{}", "UTF-8"),
        (b"", "JSON invalide"),
    ],
)
def test_unreadable_bodies_are_refused_in_french(client: TestClient, body: bytes, expected: str) -> None:
    answer = client.post(decision_url(), content=body)
    assert answer.status_code == 422
    assert answer.json()["errors"][0]["field"] == "(situation)"
    assert expected in answer.json()["errors"][0]["message"]


def test_unknown_circular_and_address_are_french_404(client: TestClient) -> None:
    answer = client.post(decision_url("allegement_paris_2052"), json={})
    assert answer.status_code == 404
    assert answer.json()["message"] == (
        "circulaire inconnue : « allegement_paris_2052 » ; vouliez-vous dire « allegement_paris_2025 » ?"
    )
    assert client.get("/nulle-part").json()["message"].startswith("adresse inconnue")
    wrong_method = client.get(decision_url())
    assert wrong_method.status_code == 405
    assert wrong_method.json()["message"].startswith("méthode non permise")


def test_bad_parameters_are_french_422(client: TestClient) -> None:
    answer = client.post(decision_url(what="liste-pieces") + "?format=pdf", json=SIX_HOURS)
    assert answer.status_code == 422
    assert answer.json()["errors"] == [{"field": "format", "message": "valeur attendue : 'html' or 'markdown'"}]


def test_a_ten_megabyte_body_is_refused_early(client: TestClient) -> None:
    big = b'{"x": "' + b"a" * 10_000_000 + b'"}'
    answer = client.post(decision_url(), content=big)
    assert answer.status_code == 413
    assert answer.json()["message"].startswith("requête trop grande")

    def chunks() -> Iterator[bytes]:  # no Content-Length: the body is counted as it arrives
        yield b'{"x": "'
        for _ in range(100):
            yield b"a" * 100_000
        yield b'"}'

    streamed = client.post(decision_url(), content=chunks())
    assert streamed.status_code == 413
    assert streamed.json()["message"].startswith("requête trop grande")


def test_checklist_in_html_and_markdown(client: TestClient) -> None:
    markdown = client.post(decision_url(what="liste-pieces") + "?format=markdown", json=SIX_HOURS)
    assert markdown.status_code == 200
    assert markdown.headers["content-type"].startswith("text/markdown")
    assert "Certificat médical" in markdown.text
    assert "voie postale" in markdown.text
    assert "SMFP" in markdown.text
    html = client.post(decision_url(what="liste-pieces"), json=SIX_HOURS)
    assert html.headers["content-type"].startswith("text/html")
    assert "<html" in html.text
    assert "Certificat médical" in html.text


def test_personal_calendar(client: TestClient) -> None:
    answer = client.post(decision_url(what="calendrier.ics"), json=SIX_HOURS)
    assert answer.status_code == 200
    assert answer.headers["content-type"].startswith("text/calendar")
    assert answer.text.startswith("BEGIN:VCALENDAR")
    assert "20250113" in answer.text  # the filing deadline


def test_eligibility_over_a_year(client: TestClient) -> None:
    situation = {**SEVEN_HOURS, "agent.rqth": True}
    answer = client.post("/eligibilite?annee=2025-2026", json=situation)
    assert answer.status_code == 200
    by_name = {c["name"]: c for c in answer.json()["circulars"]}
    paris = by_name["allegement_paris_2025"]
    assert paris["verdict"] == "fermé"
    assert paris["reasons"] == ["L'allègement demandé (7 h) dépasse le tiers des ORS (6 h)."]
    assert paris["unused_facts"] == []
    others = [c for c in by_name.values() if c["name"] != "allegement_paris_2025"]
    assert any("allègement_heures" in c["unused_facts"] for c in others)
    assert {c["verdict"] for c in by_name.values()} <= {"ouvert", "fermé", "à préciser"}
    opened = client.post("/eligibilite?annee=2025-2026", json={**situation, "allègement_heures": 6}).json()
    assert {c["name"]: c["verdict"] for c in opened["circulars"]}["allegement_paris_2025"] == "ouvert"


def test_eligibility_errors(client: TestClient) -> None:
    unknown = client.post("/eligibilite", json={"agent.statu": "titulaire"})
    assert unknown.status_code == 422
    assert unknown.json()["errors"] == [
        {
            "field": "agent.statu",
            "message": "fait inconnu de toutes les circulaires servies ; vouliez-vous dire « agent.statut » ?",
        }
    ]
    wrong = client.post("/eligibilite?annee=2025-2026", json={"agent.ors_heures": "beaucoup"})
    assert wrong.status_code == 422
    assert [e["field"] for e in wrong.json()["errors"]] == ["agent.ors_heures"]
    year = client.post("/eligibilite?annee=1999-2000", json={})
    assert year.status_code == 404
    assert "2025-2026" in year.json()["message"]


def test_schema_endpoint(client: TestClient) -> None:
    schema = client.get(decision_url(what="schema")).json()
    statut = schema["properties"]["agent.statut"]
    assert statut["title"] == "Statut de l'agent"
    assert statut["oneOf"][0] == {"const": "titulaire", "title": "Titulaire"}
    hours = schema["properties"]["agent.ors_heures"]
    assert (hours["type"], hours["minimum"], hours["maximum"], hours["x-unite"]) == ("number", 0, 48, "heures")
    decision = client.get(decision_url(what="schema") + "?objet=decision").json()
    assert {"findings", "unused_facts"} <= set(decision["properties"])
    jsonschema.Draft202012Validator(decision).validate(client.post(decision_url(), json=SEVEN_HOURS).json())


def test_openapi_is_typed(client: TestClient) -> None:
    document = client.get("/openapi.json").json()
    components = document["components"]["schemas"]
    assert {"ServedDecision", "ErrorBody", "EligibilityAnswer", "Index"} <= set(components)
    assert "unused_facts" in components["ServedDecision"]["properties"]
    post = document["paths"]["/circulaires/{nom}/decision"]["post"]
    assert post["responses"]["200"]["content"]["application/json"]["schema"]["$ref"].endswith("/ServedDecision")
    assert post["responses"]["422"]["content"]["application/json"]["schema"]["$ref"].endswith("/ErrorBody")
    assert "requestBody" in post


def test_nothing_of_a_situation_is_logged(
    client: TestClient, catalogue: Catalogue, caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    caplog.set_level(logging.DEBUG)
    client.post(decision_url(), json={**SIX_HOURS, "agent.statut": MARKER})
    client.post(decision_url(what="liste-pieces"), json={MARKER: 1})
    client.post("/eligibilite", json={**SIX_HOURS, "agent.degré": MARKER})
    client.post(decision_url(), json=SIX_HOURS)
    validator = catalogue.entries["allegement_paris_2025"].validator

    def broken(situation: Any) -> Any:
        raise RuntimeError(f"panne en lisant {situation}")

    monkeypatch.setattr(validator, "evaluate", broken)
    failed = client.post(decision_url(), json={**SIX_HOURS, "agent.fonction": MARKER})
    assert failed.status_code == 500
    assert failed.json()["message"].startswith("erreur interne du service")
    assert MARKER not in failed.text
    assert "RuntimeError" in caplog.text  # the kind of error is logged, its message is not
    assert MARKER not in caplog.text
    assert "18" not in [str(r.args) for r in caplog.records]


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _post(url: str, situation: dict[str, Any]) -> tuple[int, dict[str, Any]]:
    request = urllib.request.Request(url, data=json.dumps(situation).encode(), method="POST")
    request.add_header("content-type", "application/json")
    try:
        with urllib.request.urlopen(request, timeout=30) as answer:
            return answer.status, json.loads(answer.read())
    except urllib.error.HTTPError as error:
        return error.code, json.loads(error.read())


def test_a_real_uvicorn_on_localhost(tmp_path: Path) -> None:
    port = _free_port()
    log = tmp_path / "serve.log"
    command = [sys.executable, "-m", "circdsl", "serve", str(PARIS), "--port", str(port)]
    with log.open("wb") as output:
        server = subprocess.Popen(command, cwd=ROOT, stdout=output, stderr=subprocess.STDOUT, env=os.environ)
        try:
            base = f"http://127.0.0.1:{port}"
            _wait_until_up(base + "/sante", server)
            status, body = _post(base + "/circulaires/allegement_paris_2025/decision", SEVEN_HOURS)
            assert (status, body["status"]) == (200, "irrecevable")
            status, body = _post(base + "/circulaires/allegement_paris_2025/decision", {"agent.statut": MARKER})
            assert status == 422
            assert body["errors"][0]["field"] == "agent.statut"
        finally:
            server.terminate()
            server.wait(timeout=30)
    text = log.read_text(encoding="utf-8")
    assert "1 circulaire(s) servie(s)" in text
    assert MARKER not in text
    assert "POST" not in text  # no access log


def _wait_until_up(url: str, server: subprocess.Popen[bytes]) -> None:
    """Poll until the server answers (an upper bound, not a measured duration)."""
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        if server.poll() is not None:
            pytest.fail(f"circ serve s'est arrêté (code {server.returncode})")
        try:
            with urllib.request.urlopen(url, timeout=5) as answer:
                if answer.status == 200:
                    return
        except OSError:
            time.sleep(0.1)
    pytest.fail("circ serve n'a pas répondu")


# ---------------------------------------------------------------- the questionnaire, without a browser


def _hidden_fields(page: str) -> list[tuple[str, str]]:
    fields = re.findall(r'<input type="hidden" name="([^"]*)" value="([^"]*)">', page)
    return [(html.unescape(name), html.unescape(value)) for name, value in fields]


def _submit(client: TestClient, page: str, *replies: str) -> Any:
    form = [*_hidden_fields(page), *(("reponse", reply) for reply in replies)]
    body = urllib.parse.urlencode(form)
    return client.post(
        "/questionnaire/allegement_paris_2025",
        content=body,
        headers={"content-type": "application/x-www-form-urlencoded"},
    )


def _asked(page: str) -> str | None:
    found = re.search(r'id="question" data-fait="([^"]*)"', page)
    return html.unescape(found.group(1)) if found else None


def test_questionnaire_asks_the_most_decisive_fact_first_and_carries_answers_in_the_form(
    client: TestClient, catalogue: Catalogue
) -> None:
    index = client.get("/questionnaire")
    assert 'href="/questionnaire/allegement_paris_2025"' in index.text
    first = client.get("/questionnaire/allegement_paris_2025").text
    validator = catalogue.entries["allegement_paris_2025"].validator
    assert _asked(first) == validator.evaluate({}).missing_facts[0].name
    assert "<legend>Fonction exercée</legend>" in first
    assert 'aria-describedby="aide"' in first
    second = _submit(client, first, "enseignement").text
    assert ("fait:agent.fonction", "enseignement") in _hidden_fields(second)
    assert _asked(second) == validator.evaluate({"agent.fonction": "enseignement"}).missing_facts[0].name


def test_questionnaire_errors_and_unknown_answers(client: TestClient) -> None:
    page = client.get("/questionnaire/allegement_paris_2025").text
    for reply in ("enseignement", "second"):
        page = _submit(client, page, reply).text
    assert _asked(page) == "allègement_heures"
    wrong = _submit(client, page, "sept")
    assert wrong.status_code == 422
    assert 'aria-describedby="aide erreur"' in wrong.text
    assert 'aria-invalid="true"' in wrong.text
    assert "Erreur : nombre attendu" in wrong.text
    assert _asked(wrong.text) == "allègement_heures"
    skipped = _submit(client, page, "__je_ne_sais_pas__").text
    assert ("ignore", "allègement_heures") in _hidden_fields(skipped)
    assert _asked(skipped) not in (None, "allègement_heures")
    forged = _submit(client, page, '"><script>alert(1)</script>')
    assert "<script>alert(1)" not in forged.text  # escaped wherever it is shown
    assert client.get("/questionnaire/inconnue").status_code == 404
    forged_answer = _submit(client, page.replace('value="enseignement"', 'value="999"'), "6")
    assert forged_answer.status_code == 422
    assert forged_answer.json()["errors"][0]["field"] == "agent.fonction"
    many = client.post(
        "/questionnaire/allegement_paris_2025",
        content="&".join(["ignore=x"] * 3000),
        headers={"content-type": "application/x-www-form-urlencoded"},
    )
    assert (many.status_code, many.json()["message"]) == (422, "formulaire invalide : trop de champs")


def test_serve_refuses_a_missing_folder_in_french() -> None:
    result = CliRunner().invoke(cli.main, ["serve", "nulle-part"])
    assert result.exit_code == 1
    assert "« nulle-part » n'existe pas" in result.stderr
    assert "Traceback" not in result.stderr


def test_serve_refuses_a_port_in_use_in_french() -> None:
    with socket.create_server(("127.0.0.1", 0)) as taken:
        port = str(taken.getsockname()[1])
        result = CliRunner().invoke(cli.main, ["serve", str(PARIS), "--port", port])
    assert result.exit_code == 1
    assert f"impossible d'écouter sur 127.0.0.1:{port} : ce port est déjà utilisé" in result.stderr
