"""Regressions of the issue « what an applicant reads is exactly what the rules say »: each defect
it lists, on a real circular or a minimal one, in every output that showed it."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from circdsl import model as m
from circdsl import project
from circdsl.calendar_ics import personal_calendar
from circdsl.checklist import Checklist, build_checklist, known_facts, render_html, render_markdown
from circdsl.compiler import Compilation, Compiler
from circdsl.diagram import Circuit
from circdsl.docs_page import CircularPage, rule_kind
from circdsl.emit_docs import emit_docs, source_page
from circdsl.french import words
from circdsl.french.conditions import Prose
from circdsl.french.deadlines import DeadlineWording, Role
from circdsl.report import render_decision
from tests.conftest import CIRCULARS, SOURCE_TEXT
from tests.reader_checks import all_problems, internal_names, reader_blocks

CITE = '  cite "Les pièces médicales sont transmises au médecin sous pli confidentiel."\n'
SERVICES = 'service médecin "Médecin de prévention" médical\n' + CITE + 'service chef "Chef d\'établissement"\n' + CITE


def checklist_of(circular: m.Circular, situation: dict[str, Any]) -> Checklist:
    validator = project.load_validator(circular)
    decision = validator.evaluate(situation)
    return build_checklist(circular, decision, known_facts(validator, situation))


def page_of(circular: m.Circular) -> str:
    return emit_docs([circular], {"sources/essai.txt": SOURCE_TEXT})["essai.md"]


def section(page: str, title: str) -> str:
    return page.split(f"\n## {title}\n")[1].split("\n## ")[0]


# ---------------------------------------------------------------- deliveries by channel


def test_a_medical_document_by_email_or_online_is_never_told_to_use_a_sealed_cover(
    compile_text: Callable[..., Compilation],
) -> None:
    circular = compile_text(
        SERVICES
        + 'pièce certificat "Certificat médical"\n  obligatoire\n  médicale\n  transmise par courriel à médecin\n'
        + CITE
        + 'pièce bilan "Bilan médical"\n  obligatoire\n  médicale\n  transmise en ligne à médecin\n'
        + CITE
    ).circular
    checklist = checklist_of(circular, {})
    certificate, bilan = checklist.items
    assert certificate.deliveries == ("À envoyer par courriel à : Médecin de prévention",)
    assert "dans un message qui n'est adressé qu'à ce service" in certificate.guidance[0]
    assert bilan.deliveries == ("À déposer en ligne, à l'attention de : Médecin de prévention",)
    assert "dans l'espace destiné à : Médecin de prévention" in bilan.guidance[0]
    for text in (render_markdown(checklist), page_of(circular)):
        assert "pli" not in text.replace("sous pli confidentiel.", "") and "enveloppe" not in text


def test_a_sealed_document_through_an_intermediary_is_shown_passing_through_it(
    compile_text: Callable[..., Compilation],
) -> None:
    circular = compile_text(
        SERVICES
        + 'pièce dossier "Dossier médical"\n  obligatoire\n  médicale\n'
        + "  transmise par voie postale sous pli confidentiel à médecin via chef\n"
        + CITE
    ).circular
    (item,) = checklist_of(circular, {}).items
    assert item.deliveries == (
        "À envoyer par voie postale, sous pli confidentiel, à : Médecin de prévention, "
        "en passant par : Chef d'établissement (qui le fait suivre sans l'ouvrir)",
    )
    (guidance,) = item.guidance
    assert "Ce pli fermé passe par : Chef d'établissement, qui le fait suivre sans l'ouvrir" in guidance
    assert "Ne la joignez à aucun envoi" not in guidance
    page = page_of(circular)
    assert "en passant par : Chef d'établissement" in page and "Ne la joignez à aucun envoi" not in page
    circuit = Circuit(circular)
    assert ("service:chef", "service:médecin") in circuit.edges  # the intermediary, then the doctor
    assert not any(target == "service:médecin" and source.startswith("sent:") for source, target in circuit.edges)
    assert "fait suivre le pli" in circuit.edges[("service:chef", "service:médecin")].labels


# ---------------------------------------------------------------- deadlines by their use

LOWER_BOUND = """fait demande.date_dépôt "Date de dépôt" : date
fait certificat.date "Date du certificat médical" : date
échéance six_mois "Certificat de moins de six mois" 6 mois avant demande.date_dépôt arrondi au dernier jour du mois inclus
  cite "La date limite de dépôt est fixée au 13 janvier 2025."
règle certificat_récent bloquante "Certificat de moins de six mois"
  exige non (certificat.date respecte six_mois)
  message "Le certificat est trop ancien."
  cite "La date limite de dépôt est fixée au 13 janvier 2025."
"""


def test_a_deadline_used_as_a_lower_bound_is_worded_as_one(compile_text: Callable[..., Compilation]) -> None:
    circular = compile_text(LOWER_BOUND).circular
    wording = DeadlineWording(circular)
    deadline = circular.deadlines[0]
    assert wording.use(deadline).role is Role.FLOOR
    assert wording.when(deadline) == "moins de 6 mois avant « Date de dépôt » (arrondi au dernier jour du mois)"
    page = page_of(circular)
    assert "**Certificat de moins de six mois** : moins de 6 mois avant « Date de dépôt »" in page  # En bref
    assert "Date du certificat médical : moins de 6 mois avant « Date de dépôt »" in page  # the rule
    checklist = checklist_of(circular, {"demande.date_dépôt": "15/01/2025"})
    (dated,) = checklist.deadlines
    assert dated.when == "à partir du mardi 16 juillet 2024"  # the day after 15/07/2024
    assert dated.title == "Pas avant : Certificat de moins de six mois"
    for text in (page, render_markdown(checklist)):
        assert "au plus tard" not in text and "la veille" not in text


def test_a_window_of_one_day_is_said_once_as_that_day() -> None:
    circular = Compiler().compile_file(CIRCULARS / "reprise_temps_plein_essonne_2025.circ").circular
    checklist = checklist_of(circular, {"reprise.motif": "trois_ans_enfant", "enfant.date_naissance": "12/05/2023"})
    assert [(d.title, d.when) for d in checklist.deadlines] == [
        ("Trois ans de l'enfant : réintégration", "le mardi 12 mai 2026 exactement")
    ]


def test_a_deadline_that_depends_on_an_unknown_fact_is_said_conditionally() -> None:
    circular = Compiler().compile_file(CIRCULARS / "citis_2019.circ").circular
    checklist = checklist_of(circular, {"déclaration.nature": "accident_service", "agent.statut": "titulaire"})
    first = next(d for d in checklist.deadlines if "15 jours suivant l'accident" in d.title)
    assert first.when.startswith("si ")
    assert (
        "au plus tard 15 jours après « Date de l'accident » (à calculer dès que cette date sera connue)" in first.when
    )
    assert "Objet de la déclaration" not in first.when  # already known: not said again


# ---------------------------------------------------------------- rules under the right heading


def test_a_warning_is_not_filed_under_incompatibilities(compile_text: Callable[..., Compilation]) -> None:
    circular = compile_text(
        'fait direction "Fonctions de direction" : booléen\n'
        'règle direction avertissement "Fonctions de direction"\n  exige non direction\n'
        '  message "Vérifiez."\n' + CITE
    ).circular
    assert rule_kind(circular.rules[0]) == "vigilance"
    page = page_of(circular)
    assert "Incompatibilités" not in page
    assert "### Fonctions de direction" in section(page, "Points de vigilance")
    assert "la demande reste recevable, avec réserves" in section(page, "Points de vigilance")


# ---------------------------------------------------------------- plain French, never internals


def test_documents_provided_reads_as_a_sentence_not_a_class_name() -> None:
    rhone = Compiler().compile_file(CIRCULARS / "allegement_rhone_2016.circ").circular
    rule = next(r for r in rhone.rules if r.requires is not None and "DocumentsProvided" in repr(r.requires)[:200])
    assert Prose().condition(rule.requires) == "toutes les pièces obligatoires sont fournies"


CONTRACT = """fait statut "Statut" : choix (titulaire "Titulaire", contractuel "Contractuel")
fait contrat_long "Contrat d'au moins 12 mois" : booléen
fait nature "Nature de la déclaration" : choix (accident "Accident", maladie "Maladie", rechute "Rechute")
service gestion "Service de gestion"
  cite "Le dispositif est réservé aux personnels titulaires."
pièce attestation "Attestation de l'employeur"
  obligatoire si statut = contractuel et contrat_long et nature dans {accident, maladie}
  transmise par voie postale à gestion
  cite "Le dispositif est réservé aux personnels titulaires."
"""


def test_a_condition_is_shown_without_what_the_facts_already_settle(compile_text: Callable[..., Compilation]) -> None:
    circular = compile_text(CONTRACT).circular
    assert checklist_of(circular, {"statut": "titulaire"}).items == ()  # a titulaire never sees contracts
    (item,) = checklist_of(circular, {"statut": "contractuel", "contrat_long": True}).items
    assert item.status == "à fournir si nature de la déclaration : Accident ou Maladie"
    (unknown,) = checklist_of(circular, {}).items
    assert unknown.status == (
        "à fournir si statut : Contractuel et contrat d'au moins 12 mois : oui "
        "et nature de la déclaration : Accident ou Maladie"
    )
    names = internal_names([circular])
    assert not all_problems(reader_blocks(render_html(checklist_of(circular, {}))), names, "liste HTML")
    assert "contrat_long" not in render_markdown(checklist_of(circular, {}))


def test_message_values_on_a_page_are_slots_not_braces() -> None:
    essonne = Compiler().compile_file(CIRCULARS / "temps_partiel_essonne_2025.circ").circular
    page = emit_docs([essonne], {})["temps_partiel_essonne_2025.md"]
    assert "{" not in page.replace("{: #", "")
    assert r"\[*Quotité de service demandée*\]" in page


def test_the_report_never_shows_an_unknown_value_inside_a_sentence() -> None:
    """« au plus inconnu trimestres »: a notice whose values are unknown says what is missing."""
    essonne = Compiler().compile_file(CIRCULARS / "temps_partiel_essonne_2025.circ").circular
    validator = project.load_validator(essonne)
    situation = {"surcotisation.demandée": True}
    report = render_decision(validator.evaluate(situation), essonne, known_facts(validator, situation))
    assert "inconnu" not in report
    assert "à préciser : Quotité de service demandée" in report


def test_negated_relative_deadline_reads_without_clashing_articles() -> None:
    """« après le la date limite » was a negated deadline computed from the situation."""
    essonne = Compiler().compile_file(CIRCULARS / "temps_partiel_essonne_2025.circ").circular
    rule = next(r for r in essonne.rules if r.name == "prolongation_enfant_trois_ans")
    text = Prose().condition(rule.requires)
    assert text == (
        "la date située 3 ans après « Date de naissance de l'enfant » (arrondi au dernier jour du mois) : "
        "au plus tard le 31 août 2026"
    )
    assert "le la" not in text


@pytest.mark.parametrize(
    ("value", "unit", "expected"),
    [
        (1, "jours ouvrables", "1 jour ouvrable"),
        (2, "jours ouvrables", "2 jours ouvrables"),
        (1, "jours ouvrés", "1 jour ouvré"),
        (1, m.DAYS, "1 jour"),
        (24, "mois", "2 ans"),
        (1, m.QUARTERS, "1 trimestre"),
        (4, m.QUARTERS, "4 trimestres"),
        (3, m.HALF_DAYS, "3 demi-journées"),
    ],
)
def test_quantities_agree_in_number(value: int, unit: str, expected: str) -> None:
    assert words.duration(value, unit) == expected


def test_routed_recipients_name_their_table_once_without_nested_selon() -> None:
    aix = Compiler().compile_file(CIRCULARS / "amenagement_poste_aix_marseille_2025.circ").circular
    page = CircularPage(aix, frozenset(), source_page)
    certificate = next(d for d in page.documents() if "Certificat médical" in d.label)
    (transmission,) = certificate.transmissions
    assert transmission == (
        "par voie postale, sous pli confidentiel, à : le service indiqué dans la table « Médecin du travail "
        "destinataire du dossier médical, selon le secteur géographique de l'établissement d'affectation »"
    )
    checklist = checklist_of(aix, {})
    assert all(text.count("selon") <= 1 for item in checklist.items for text in item.deliveries)


def test_source_formatting_is_rendered_as_html_in_quotes_and_source_lines() -> None:
    aix = Compiler().compile_file(CIRCULARS / "amenagement_poste_aix_marseille_2025.circ").circular
    sources = {aix.source: (CIRCULARS / str(aix.source)).read_text(encoding="utf-8")} if aix.source else {}
    pages = emit_docs([aix], sources)
    source = pages[source_page(str(aix.source))]
    assert "<sup>" in source and "&lt;sup&gt;" not in source
    assert source.startswith("# Texte source : Aménagement du poste de travail pour raison de santé")


def test_a_control_character_in_an_applicant_text_is_shown_escaped_in_the_report(
    compile_text: Callable[..., Compilation],
) -> None:
    circular = compile_text(
        'fait commentaire "Commentaire" : texte\n'
        'règle accord bloquante "Accord"\n  exige commentaire = "d\'accord"\n  message "Reçu : {commentaire}."\n' + CITE
    ).circular
    situation = {"commentaire": "texte \x1b[31mrouge\u202e\x07"}
    validator = project.load_validator(circular)
    report = render_decision(validator.evaluate(situation), circular, known_facts(validator, situation))
    assert "\x1b" not in report and "\u202e" not in report and "\x07" not in report
    assert "Reçu : texte \\u001b[31mrouge\\u202e\\u0007." in report


def test_date_arithmetic_in_a_rule_is_worded(compile_text: Callable[..., Compilation], tmp_path: Path) -> None:
    """`exige d + 10 jours > 01/01/2025` sent the prose generator into a RecursionError (issue 11)."""
    circular = compile_text(
        'fait d "Date de l\'arrêt" : date\n'
        'règle délai bloquante "Dix jours"\n  exige d + 10 jours > 01/01/2025\n  message "Trop tôt."\n' + CITE
    ).circular
    assert (
        Prose().condition(circular.rules[0].requires) == "« Date de l'arrêt » plus 10 jours : après le 1er janvier 2025"
    )
    assert "Dix jours" in page_of(circular)
    decision = project.load_validator(circular).evaluate({})
    assert personal_calendar(circular, decision).startswith(b"BEGIN:VCALENDAR")
