"""Decisions explain everything they leave open (issue 12, item 5): every undecided rule,
warnings included, names the facts that would decide it, in the findings, the missing facts,
the text report and the JSON; the JSON shows numbers as the text does, the exact value kept."""

from __future__ import annotations

import json
from collections.abc import Callable
from decimal import Decimal
from typing import Any

from circdsl import project
from circdsl import runtime as rt
from circdsl.checklist import known_facts
from circdsl.compiler import Compilation, Compiler
from circdsl.interpret import interpret
from circdsl.report import render_decision
from circdsl.serve.schemas import decision_schema
from circulaires import allegement_paris_2025 as paris
from circulaires import conges_maladie_2019 as conges
from tests.conftest import CIRCULARS, compiled
from tests.reference import validator

CITE = 'cite "La date limite de dépôt est fixée au 13 janvier 2025."'

# Blocking rules all decided (a CMO of four weeks, for a titulaire); the 48-hour warning is not.
ARRET: dict[str, Any] = {
    "dossier.objet": "arrêt",
    "congé.type": "cmo",
    "agent.statut": "titulaire",
    "arrêt.date_début_continu": "2025-01-06",
    "congé.date_fin": "2025-02-01",
}
TRANSMISSION = ("arrêt.date_établissement", "arrêt.date_transmission")


def test_an_undecided_warning_names_its_facts_though_the_request_is_recevable() -> None:
    """« RECEVABLE » beside « ? délai (indéterminée) » and no missing facts: the warning's facts
    were left out of `missing_facts` whenever no blocking rule was undecided."""
    decision = conges.evaluate(ARRET)
    assert decision.status is rt.Status.ADMISSIBLE
    (finding,) = [f for f in decision.findings if f.outcome is rt.Outcome.UNDECIDED]
    assert (finding.rule.name, finding.severity, finding.missing) == ("délai_arrêt", "avertissement", TRANSMISSION)
    assert [(f.name, f.rules, f.blocking) for f in decision.missing_facts] == [
        (name, ("délai_arrêt",), False) for name in TRANSMISSION
    ]
    circular = Compiler().compile_file(CIRCULARS / "conges_maladie_2019.circ").circular
    assert circular is not None
    known = known_facts(project.load_validator(circular), ARRET)
    assert interpret(circular, known) == decision
    report = render_decision(decision, circular, known)
    assert "Décision : RECEVABLE" in report
    missing = report.split("Informations manquantes (la plus décisive d'abord) :\n")[1].split("\n\n")[0]
    assert missing.splitlines() == [
        f"  - {conges.FACT_LABELS[name]} (nécessaire à : Arrêt de travail transmis dans les 48 heures ;"
        " sans effet sur la recevabilité)"
        for name in TRANSMISSION
    ]
    # from the decision alone (no circular), the undecided warning still says what it needs
    alone = render_decision(decision)
    assert f"à préciser : {conges.FACT_LABELS[TRANSMISSION[0]]} ; {conges.FACT_LABELS[TRANSMISSION[1]]}" in alone
    data = decision.to_dict()
    assert [(f["name"], f["blocking"]) for f in data["missing_facts"]] == [(name, False) for name in TRANSMISSION]


def test_the_facts_that_can_change_the_status_come_before_those_of_warnings() -> None:
    """Still incomplete: the blocking rule's facts first, the warning's after, each fact once."""
    situation = {k: v for k, v in ARRET.items() if k != "congé.date_fin"}
    decision = conges.evaluate(situation)
    assert decision.status is rt.Status.INCOMPLETE
    ranked = [(f.name, f.blocking) for f in decision.missing_facts]
    assert ranked == [("congé.date_fin", True), *((name, False) for name in TRANSMISSION)]
    assert len({f.name for f in decision.missing_facts}) == len(decision.missing_facts)
    for fact in decision.missing_facts:
        assert len(set(fact.rules)) == len(fact.rules)


def test_every_undecided_rule_names_facts_listed_among_the_missing_ones() -> None:
    """On every circular, from the empty situation: no undecided rule without the facts it needs,
    each of them among the decision's missing facts, blocking exactly when a blocking rule needs it."""
    for path in sorted(CIRCULARS.glob("*.circ")):
        circular = compiled(path).circular
        if circular is None or not circular.rules:  # the shared vocabulary has no rules
            continue
        decision = validator(path).evaluate({})
        listed = {f.name: f for f in decision.missing_facts}
        for finding in decision.findings:
            if finding.outcome is rt.Outcome.UNDECIDED:
                assert finding.missing, finding.rule.name
                assert set(finding.missing) <= set(listed), finding.rule.name
                for name in finding.missing:
                    assert finding.rule.name in listed[name].rules
                    if finding.severity == "bloquante":
                        assert listed[name].blocking


def test_json_shows_numbers_as_the_text_does_and_keeps_the_exact_value() -> None:
    """`"2.666666666666666666666666667"` where the message says 2,67 h."""
    decision = paris.evaluate(
        {"agent.statut": "titulaire", "agent.fonction": "enseignement", "agent.degré": "second"}
        | {"agent.ors_heures": 8, "allègement_heures": 7}
    )
    finding = next(f for f in decision.findings if f.rule.name == "plafond_tiers_heures")
    assert "(2,67 h)" in finding.message
    data = json.loads(decision.to_json())
    shown = next(f for f in data["findings"] if f["rule"]["name"] == "plafond_tiers_heures")
    assert dict(shown["values"])["plafond_heures"] == "2.666666666666666666666666667"  # exact, as before
    assert shown["values_shown"]["plafond_heures"] == "2,67"
    assert shown["values_shown"]["allègement_heures"] == "7"
    assert data["computed"]["plafond_heures"] == "2.666666666666666666666666667"
    assert Decimal(data["computed"]["plafond_heures"]) * 3 == Decimal("8.000000000000000000000000001")
    assert data["computed_shown"] == {"plafond_heures": "2,67", "plafond_demi_journées": None}
    # the compact form is the same document
    assert json.loads(decision.to_json(indent=None)) == data == json.loads(json.dumps(decision.to_dict()))


def test_shown_values_follow_the_french_display() -> None:
    assert rt.shown_value(None) is None
    assert rt.shown_value(Decimal("4.5")) == "4,5"
    assert rt.shown_value(Decimal("1234.567")) == "1\u202f234,57"
    assert rt.shown_value(True) == "oui"
    assert rt.shown_value(rt.Recipient("smfp", "SMFP", True, None)) == "SMFP"


def test_the_decision_schema_describes_the_shown_values() -> None:
    schema = decision_schema()
    finding = schema["$defs"]["Finding"]
    assert "values_shown" in finding["required"] and "computed_shown" in schema["required"]
    assert schema["$defs"]["MissingFact"]["properties"]["blocking"]["type"] == "boolean"
    data = paris.evaluate({"agent.ors_heures": 8}).to_dict()
    assert set(data) == set(schema["properties"])
    assert set(data["findings"][0]) == set(finding["properties"])


DOCUMENTS = """\
fait contrat_long "Contrat de plus d'un an" : booléen
fait nature "Nature de la déclaration" : choix (accident "Accident", maladie "Maladie")
fait statut "Statut" : choix (titulaire "Titulaire", contractuel "Contractuel")
service rh "Service RH"
  {cite}
pièce déclaration "Déclaration" obligatoire si contrat_long et nature = accident
  transmise par voie postale à rh
  {cite}
pièce contrat "Contrat" obligatoire si statut = contractuel
  transmise par voie postale à rh
  {cite}
règle complet bloquante "Dossier complet"
  exige pièces fournies
  message "Il manque : {{pièces_manquantes}}."
  {cite}
"""


def test_documents_provided_needs_no_fact_of_a_condition_already_known(
    compile_text: Callable[..., Compilation],
) -> None:
    """`pièces fournies` listed every fact of every document's condition: with `contrat_long`
    false, the declaration is not required, and its nature can no longer decide anything."""
    circular = compile_text(DOCUMENTS.format(cite=CITE)).circular
    assert circular is not None
    validator = project.load_validator(circular)
    for situation, missing in (
        ({"contrat_long": False}, ("dossier.pièces_fournies", "statut")),
        ({"contrat_long": True}, ("dossier.pièces_fournies", "nature", "statut")),
        ({"nature": "maladie", "statut": "titulaire"}, ("dossier.pièces_fournies",)),
        ({}, ("dossier.pièces_fournies", "contrat_long", "nature", "statut")),
    ):
        decision = validator.evaluate(situation)
        (finding,) = decision.findings
        assert tuple(dict.fromkeys(finding.missing)) == missing, situation
        assert interpret(circular, situation) == decision
        assert {f.name for f in decision.missing_facts} == set(missing)
