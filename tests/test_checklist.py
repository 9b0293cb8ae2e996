"""Personal checklists: resolved by the real generated validator, in Markdown and printable HTML."""

from __future__ import annotations

import html.parser
import json
from pathlib import Path
from typing import Any

import pytest

from circdsl import model as m
from circdsl import project
from circdsl.checklist import Checklist, build_checklist, render_html, render_markdown
from tests.cli_runner import circ
from tests.conftest import PARIS, compiled

CPE = {
    "agent.statut": "titulaire",
    "agent.fonction": "éducation",
    "agent.degré": "second",
    "agent.ors_heures": 35,
    "allègement_heures": 10,
    "demande.date_dépôt": "10/01/2025",
    "agent.temps_partiel_thérapeutique": False,
    "agent.fonctions_direction": False,
    "agent.heures_supplémentaires": False,
    "agent.mission_particulière": False,
}
CERTIFICATE = "Certificat médical explicite, récent et détaillé"
LETTER = "Courrier expliquant les difficultés rencontrées"
DISABILITY = "Justificatif de situation de handicap (RQTH, carte mobilité inclusion « invalidité »...)"


@pytest.fixture(scope="module")
def paris() -> m.Circular:
    return compiled(PARIS).circular


def checklist_for(paris: m.Circular, situation: dict[str, Any]) -> Checklist:
    decision = project.load_validator(paris).evaluate(situation)
    return build_checklist(paris, decision)


def test_titular_cpe_with_rqth_gets_certificate_letter_and_is_invited_to_give_the_disability_proof(
    paris: m.Circular,
) -> None:
    checklist = checklist_for(paris, {**CPE, "agent.rqth": True})
    items = {item.label: item for item in checklist.items}
    assert list(items) == [CERTIFICATE, LETTER, DISABILITY]
    assert items[CERTIFICATE].required and items[LETTER].required
    assert items[DISABILITY].status == "facultative : vous êtes invité(e) à la fournir"
    assert not items[DISABILITY].required and not items[DISABILITY].conditional
    assert checklist.status == "recevable"
    text = render_markdown(checklist)
    assert f"- [ ] **{CERTIFICATE}** — à fournir (obligatoire)" in text
    assert f"- [ ] **{LETTER}** — à fournir (obligatoire)" in text
    assert "facultative : vous êtes invité(e) à la fournir" in text


def test_unknown_rqth_shows_the_disability_proof_as_conditional_in_plain_french(paris: m.Circular) -> None:
    checklist = checklist_for(paris, CPE)
    item = next(i for i in checklist.items if i.label == DISABILITY)
    assert item.conditional
    assert item.status == (
        "facultative si l'agent dispose d'un justificatif de handicap "
        "(RQTH, carte mobilité inclusion « invalidité »...) : oui"
    )
    assert "agent.rqth" not in render_markdown(checklist)  # plain French, not the fact's name


def test_without_rqth_the_disability_proof_is_not_listed(paris: m.Circular) -> None:
    checklist = checklist_for(paris, {**CPE, "agent.rqth": False})
    assert [i.label for i in checklist.items] == [CERTIFICATE, LETTER]


def test_medical_documents_carry_the_confidential_envelope_instructions(paris: m.Circular) -> None:
    checklist = checklist_for(paris, CPE)
    for item in checklist.items[:2]:
        assert item.medical
        assert item.deliveries == (
            "À envoyer par voie postale, sous pli confidentiel, à : Service de médecine en faveur des personnels (SMFP)",
        )
        (guidance,) = item.guidance
        assert "enveloppe fermée portant la mention « confidentiel »" in guidance
        assert "uniquement à : Service de médecine en faveur des personnels (SMFP)" in guidance
        assert any("12, Boulevard d’Indochine" in a for a in item.addresses)
    assert checklist.items[2].guidance == ()


def test_deadlines_submission_and_opinions(paris: m.Circular) -> None:
    text = render_markdown(checklist_for(paris, CPE))
    assert "- **Date limite de dépôt des demandes d'allègement** — au plus tard le lundi 13 janvier 2025" in text
    assert "Date limite : Date limite" not in text
    assert (
        "[https://portail-paris.colibris.education.gouv.fr/](https://portail-paris.colibris.education.gouv.fr/)" in text
    )
    assert (
        "Webinaire d'information sur les allègements de service — mercredi 27 novembre 2024, de 12h30 à 13h30 "
        "([https://rectorat-de-paris.webex.com/" in text
    )
    assert (
        "- [ ] **Avis du supérieur hiérarchique, formulé sur Colibris** (obligatoire) — "
        "à demander à : Supérieur hiérarchique de l'agent"
    ) in text


def test_incomplete_situation_lists_what_to_complete(paris: m.Circular) -> None:
    checklist = checklist_for(paris, {"agent.statut": "titulaire"})
    assert checklist.status == "incomplète : des informations manquent"
    assert "Fonction exercée" in checklist.missing


class _Collector(html.parser.HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))


def test_html_checklist_is_printable_with_checkboxes_and_escaped(paris: m.Circular) -> None:
    page = render_html(checklist_for(paris, {**CPE, "agent.rqth": True}))
    parser = _Collector()
    parser.feed(page)
    checkboxes = [a for t, a in parser.tags if t == "input" and a.get("type") == "checkbox"]
    assert len(checkboxes) == 5  # three documents, the application, the opinion
    assert ("html", {"lang": "fr"}) in parser.tags
    assert "@media print" in page
    assert "Boulevard d’Indochine" in page
    assert "l&#39;agent" in page or "l'agent" not in page  # text is escaped by the template
    assert [a.get("data-document") for t, a in parser.tags if t == "li" and a.get("data-document")] == [
        "certificat_médical",
        "courrier_difficultés",
        "justificatif_handicap",
    ]


# ---------------------------------------------------------------- the command


def test_command_writes_markdown_to_stdout_and_html_only_where_asked(tmp_path: Path) -> None:
    situation = tmp_path / "situation.json"
    situation.write_text(json.dumps({**CPE, "agent.rqth": True}), encoding="utf-8")
    done = circ("checklist", str(PARIS), "--faits", str(situation), cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("# Mes pièces à fournir — Allègement de service")
    output = tmp_path / "pieces.html"
    done = circ(
        "checklist", str(PARIS), "--faits", "-", "--html", "--sortie", str(output), cwd=tmp_path, stdin=json.dumps(CPE)
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout == ""
    assert "pieces.html" in done.stderr
    assert output.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["pieces.html", "situation.json"]  # nothing else written


@pytest.mark.parametrize(
    ("args", "stdin", "words"),
    [
        (["--faits", "absente.json"], None, "impossible de lire la situation"),
        ([], None, "indiquez la situation du demandeur"),
        (["--faits", "-"], "{pas du json", "JSON invalide"),
        (["--faits", "-"], '{"agent.statu": "titulaire"}', "vouliez-vous dire « agent.statut »"),
    ],
)
def test_command_reports_user_errors_in_french(tmp_path: Path, args: list[str], stdin: str | None, words: str) -> None:
    done = circ("checklist", str(PARIS), *args, cwd=tmp_path, stdin=stdin)
    assert done.returncode == 1
    assert words in done.stderr
    assert "Traceback" not in done.stderr


def test_command_reports_a_missing_circular(tmp_path: Path) -> None:
    done = circ("checklist", "absente.circ", "--faits", "-", cwd=tmp_path, stdin="{}")
    assert done.returncode == 1
    assert "fichier introuvable" in done.stderr
