"""Decision tables: typing of cells, exact gap and overlap analysis, evaluation in
three-valued logic, routing through a service column."""

from __future__ import annotations

import datetime
from decimal import Decimal

import pytest

from circdsl.cases import run_case, table_rows_exercised
from circdsl.diagnostics import CATALOGUE, Diagnostic, Level, render_all
from circdsl.project import load_validator

CITE = 'cite "Le dispositif est réservé aux personnels titulaires."'

# Lines 5-9 (the conftest header takes lines 1-4).
FACTS = """\
fait quotité "Quotité" : pourcentage
fait motif "Motif" : choix (droit "De droit", autorisation "Sur autorisation")
fait département "Département" : choix (d04 "Alpes-de-Haute-Provence", d13 "Bouches-du-Rhône", d84 "Vaucluse")
fait arrondissement "Arrondissement de Marseille" : entier entre 1 et 16
fait taux_incapacité "Taux d'incapacité" : pourcentage
"""

SURCOTISATION = f"""\
table surcotisation "Surcotisation selon la quotité"
  selon quotité
  donne taux "Taux de surcotisation" : pourcentage
  donne durée "Durée maximale" : ans
  | 80 % | 15,56 % | 5 ans |
  | 50 % | 22,25 % | 2 ans |
  sinon | néant | néant |
  {CITE}
"""


def errors(diagnostics: list[Diagnostic]) -> list[Diagnostic]:
    return [d for d in diagnostics if d.level is Level.ERROR]


def only_error(diagnostics: list[Diagnostic], code: str, line: int, column: int) -> Diagnostic:
    found = errors(diagnostics)
    assert len(found) == 1, render_all(diagnostics)
    assert code in CATALOGUE
    assert (found[0].code, found[0].span.line, found[0].span.column) == (code, line, column), found[0].render()
    return found[0]


def test_table_outputs_are_read_for_the_matching_row(compile_text):
    circular = compile_text(FACTS + SURCOTISATION).circular
    validator = load_validator(circular)
    decision = validator.evaluate({"quotité": "50"})
    assert decision.computed["surcotisation.taux"] == Decimal("22.25")
    assert decision.computed["surcotisation.durée"] == 2
    other = validator.evaluate({"quotité": 75})
    assert other.computed["surcotisation.taux"] is None  # the « sinon » row: néant


def test_unknown_input_leaves_the_outputs_unknown(compile_text):
    validator = load_validator(compile_text(FACTS + SURCOTISATION).circular)
    assert validator.evaluate({}).computed["surcotisation.taux"] is None


def test_a_rule_reads_a_table_column_and_asks_for_its_input(compile_text):
    text = (
        FACTS
        + SURCOTISATION
        + (
            'fait durée_demandée "Durée demandée" : ans\n'
            'règle durée_max bloquante "Durée maximale"\n'
            "  exige durée_demandée <= surcotisation.durée\n"
            '  message "Au plus {surcotisation.durée} à cette quotité."\n'
            f"  {CITE}\n"
        )
    )
    validator = load_validator(compile_text(text).circular)
    refused = validator.evaluate({"quotité": 50, "durée_demandée": 3})
    assert refused.status == "irrecevable"
    assert refused.findings[0].message == "Au plus 2 ans à cette quotité."
    pending = validator.evaluate({"durée_demandée": 3})
    assert pending.status == "incomplet"
    assert [m.name for m in pending.missing_facts] == ["quotité"]


def test_gap_over_a_closed_choice_is_reported_with_the_missing_combination(diagnostics_of):
    text = FACTS + (
        'table médecin "Médecin selon le département"\n'  # line 10
        "  selon département\n"
        '  donne nom "Nom" : texte\n'
        '  | d13 | "Dr A" |\n'
        '  | d84 | "Dr B" |\n'
        f"  {CITE}\n"
    )
    d = only_error(diagnostics_of(text), "E307", 10, 7)
    assert d.message == "aucune ligne de la table « médecin » ne couvre : département = Alpes-de-Haute-Provence"


def test_gap_between_numeric_rows_names_the_interval(diagnostics_of):
    text = FACTS + (
        'table seuil "Seuil"\n'  # line 10
        "  selon taux_incapacité\n"
        '  donne ok "Ouvre droit" : booléen\n'
        "  | < 10 % | faux |\n"
        "  | > 10 % | vrai |\n"
        f"  {CITE}\n"
    )
    d = only_error(diagnostics_of(text), "E307", 10, 7)
    assert "taux_incapacité = 10 %" in d.message


def test_contiguous_numeric_rows_cover_the_declared_range(diagnostics_of):
    text = FACTS + (
        'table seuil "Seuil"\n'
        "  selon taux_incapacité\n"
        '  donne ok "Ouvre droit" : booléen\n'
        "  | < 10 % | faux |\n"
        "  | >= 10 % | vrai |\n"
        f"  {CITE}\n"
    )
    assert errors(diagnostics_of(text)) == []


def test_overlapping_rows_with_different_results_are_an_error(diagnostics_of):
    text = FACTS + (
        'table t "T"\n'
        "  selon quotité, motif\n"
        '  donne jours "Jours" : jours\n'
        "  | 80 % | droit | 1 jours |\n"
        "  | >= 50 % | * | 2 jours |\n"  # line 14
        "  sinon | néant |\n"
        f"  {CITE}\n"
    )
    d = only_error(diagnostics_of(text), "E308", 14, 3)
    assert "ligne 13" in d.message and "quotité = 80 %" in d.message and "motif = De droit" in d.message


def test_overlapping_rows_with_the_same_result_are_accepted(diagnostics_of):
    text = FACTS + (
        'table t "T"\n'
        "  selon motif\n"
        '  donne jours "Jours" : jours\n'
        "  | droit | 1 jours |\n"
        "  | {droit, autorisation} | 1 jours |\n"
        f"  {CITE}\n"
    )
    assert errors(diagnostics_of(text)) == []


@pytest.mark.parametrize(
    ("row", "code", "column"),
    [
        ("| 80 % |", "E306", 3),  # one cell missing
        ("| 80 % | 10 jours |", "E701", 12),  # percentage column given days
        ("| droit | 1 % |", "E701", 5),  # a choice value for a percentage input
        ("| de 80 % à 50 % | 1 % |", "E602", 5),  # inverted range
        ("| néant | 1 % |", "E202", 5),  # néant is for outputs
    ],
)
def test_bad_cells_are_located(diagnostics_of, row, code, column):
    text = (
        FACTS
        + f'table t "T"\n  selon quotité\n  donne taux "Taux" : pourcentage\n  {row}\n  sinon | néant |\n  {CITE}\n'
    )
    only_error(diagnostics_of(text), code, 13, column)


def test_a_table_without_inputs_or_outputs_is_reported(diagnostics_of):
    text = FACTS + f'table t "T"\n  donne taux "Taux" : pourcentage\n  sinon | 1 % |\n  {CITE}\n'
    only_error(diagnostics_of(text), "E309", 10, 7)


def test_unknown_column_is_reported_once(diagnostics_of):
    text = (
        FACTS
        + SURCOTISATION
        + ('règle r bloquante "R"\n  exige quotité <= surcotisation.tau\n  message "Non."\n' + f"  {CITE}\n")
    )
    d = only_error(diagnostics_of(text), "E101", 19, 20)
    assert d.message == "la table « surcotisation » n'a pas de colonne « tau »"


ROUTING = """\
service dr_a "Dr A, médecin conseiller" médical
  cite "Les pièces médicales sont transmises au médecin sous pli confidentiel."
service dr_b "Dr B, médecin conseiller" médical
  cite "Les pièces médicales sont transmises au médecin sous pli confidentiel."
service dsden "DSDEN"
  cite "Le dispositif est réservé aux personnels titulaires."
table médecin_dossier "Médecin destinataire selon le lieu d'exercice"
  selon département, arrondissement
  donne médecin "Médecin" : service
  | d13 | <= 8 | dr_a |
  | d13 | > 8 | dr_b |
  | hors de {d13} | * | {last} |
  cite "Les pièces médicales sont transmises au médecin sous pli confidentiel."
pièce dossier "Dossier médical" obligatoire médicale
  transmise par voie postale sous pli confidentiel à médecin_dossier.médecin
  cite "Les pièces médicales sont transmises au médecin sous pli confidentiel."
"""


def test_routing_table_sends_the_document_to_the_service_of_the_situation(compile_text):
    validator = load_validator(compile_text(FACTS + ROUTING.replace("{last}", "dr_b")).circular)
    decision = validator.evaluate({"département": "d13", "arrondissement": 2})
    (item,) = decision.checklist
    (delivery,) = item.deliveries
    assert [r.name for r in delivery.recipients] == ["dr_a"]
    assert delivery.sealed and delivery.undetermined is None
    unknown = validator.evaluate({"département": "d13"})
    assert unknown.checklist[0].deliveries[0].recipients == ()
    assert unknown.checklist[0].deliveries[0].undetermined == "selon médecin destinataire selon le lieu d'exercice"


def test_a_medical_document_routed_by_a_table_to_a_non_medical_service_is_an_error(diagnostics_of):
    d = only_error(diagnostics_of(FACTS + ROUTING.replace("{last}", "dsden")), "E501", 24, 54)
    assert "dsden" in d.message


def test_conditional_delivery_depends_on_the_situation(compile_text):
    text = FACTS + (
        'service s1 "Service des titulaires"\n  ' + CITE + "\n"
        'service s2 "Service des contractuels"\n  ' + CITE + "\n"
        'dépôt "Formulaire"\n'
        "  transmise par courriel à s1 si motif = droit\n"
        "  transmise par courriel à s2 si motif = autorisation\n"
        f"  {CITE}\n"
    )
    validator = load_validator(compile_text(text).circular)
    (submission,) = validator.evaluate({"motif": "autorisation"}).submissions
    assert [[r.name for r in d.recipients] for d in submission.deliveries] == [["s2"]]
    (unknown,) = validator.evaluate({}).submissions
    assert [d.condition for d in unknown.deliveries] == ["motif = droit", "motif = autorisation"]


def test_count_of_a_multiple_choice(compile_text):
    text = (
        'fait corps "Corps d\'accueil" : choix multiples (a "A", b "B", c "C")\n'
        'règle deux bloquante "Deux corps au plus"\n  exige nombre de corps <= 2\n  message "Trop de corps."\n'
        f"  {CITE}\n"
    )
    validator = load_validator(compile_text(text).circular)
    assert validator.evaluate({"corps": ["a", "b"]}).status == "recevable"
    assert validator.evaluate({"corps": ["a", "b", "c"]}).status == "irrecevable"
    assert validator.evaluate({}).status == "incomplet"


def test_count_of_a_single_choice_is_a_type_error(diagnostics_of):
    text = FACTS + 'règle r bloquante "R"\n  exige nombre de motif <= 2\n  message "Non."\n' + f"  {CITE}\n"
    only_error(diagnostics_of(text), "E202", 11, 19)


def test_period_and_school_year(compile_text):
    text = (
        'fait date_début "Date de début" : date\n'
        'période campagne "Campagne" du 20/12/2024 au 10/03/2025\n  ' + CITE + "\n"
        'règle r bloquante "R"\n  exige date_début pendant année_scolaire et date_début > campagne.fin\n'
        '  message "Hors année."\n' + f"  {CITE}\n"
    )
    validator = load_validator(compile_text(text).circular)
    assert validator.evaluate({"date_début": "01/09/2025"}).status == "recevable"
    assert validator.evaluate({"date_début": "31/08/2026"}).status == "recevable"
    assert validator.evaluate({"date_début": "01/09/2026"}).status == "irrecevable"
    assert compile_text(text).circular.periods[0].end == datetime.date(2025, 3, 10)


def test_a_choice_column_compares_with_its_values(compile_text):
    text = FACTS + (
        'table régime_du_motif "Régime selon le motif"\n  selon motif\n'
        '  donne régime "Régime" : choix (de_droit "De droit", sur_autorisation "Sur autorisation")\n'
        "  | droit | de_droit |\n  | autorisation | sur_autorisation |\n"
        f"  {CITE}\n"
        'règle quatre_vingts bloquante "80 % de droit seulement"\n'
        "  si régime_du_motif.régime = sur_autorisation\n  exige quotité != 80 %\n"
        '  message "80 % seulement de droit (régime : {régime_du_motif.régime})."\n'
        f"  {CITE}\n"
    )
    validator = load_validator(compile_text(text).circular)
    refused = validator.evaluate({"motif": "autorisation", "quotité": 80})
    assert refused.status == "irrecevable"
    assert refused.findings[0].message == "80 % seulement de droit (régime : sur_autorisation)."
    assert validator.evaluate({"motif": "droit", "quotité": 80}).status == "recevable"


def test_euro_amounts_keep_their_cents_in_messages(compile_text):
    text = (
        'fait traitement "Traitement brut" : euros\n'
        'valeur cotisation "Cotisation" = traitement * 50 % * 11,10 % arrondi au centime\n'
        'règle r information "Montant"\n  message "Cotisation : {cotisation}."\n' + f"  {CITE}\n"
    )
    validator = load_validator(compile_text(text).circular)
    decision = validator.evaluate({"traitement": "2421,62"})
    assert decision.computed["cotisation"] == Decimal("134.40")
    assert decision.findings[0].message == "Cotisation : 134,40 €."


MEDICAL_VIA = """\
service médecin "Médecin de prévention" médical
  cite "Les pièces médicales sont transmises au médecin sous pli confidentiel."
service supérieur "Supérieur hiérarchique"
  cite "Le dispositif est réservé aux personnels titulaires."
pièce certificat "Certificat médical" obligatoire médicale
  transmise par voie hiérarchique {sealed}à médecin via supérieur
  cite "Les pièces médicales sont transmises au médecin sous pli confidentiel."
"""


def test_a_sealed_medical_piece_may_travel_through_a_non_medical_service(compile_text):
    circular = compile_text(MEDICAL_VIA.replace("{sealed}", "sous pli confidentiel ")).circular
    (delivery,) = circular.documents[0].deliveries
    assert (delivery.channel, [s.name for s in delivery.via]) == ("voie hiérarchique", ["supérieur"])
    (item,) = load_validator(circular).evaluate({}).checklist
    assert [r.name for r in item.deliveries[0].via] == ["supérieur"]


def test_an_unsealed_medical_piece_through_a_non_medical_service_is_an_error(diagnostics_of):
    d = only_error(diagnostics_of(MEDICAL_VIA.replace("{sealed}", "")), "E501", 10, 49)
    assert "sans être sous pli confidentiel" in d.message


def test_conditional_examination_and_quarters(compile_text):
    text = FACTS + (
        'fait durée "Durée de surcotisation" : trimestres entre 0 et 8\n'
        'service dasen "DASEN"\n  ' + CITE + "\n"
        'examen arbitrage "Arbitrage" par dasen\n  si motif = autorisation\n  ' + CITE + "\n"
        'règle r bloquante "R"\n  exige durée <= 4 trimestres\n  message "Au plus {durée}."\n  ' + CITE + "\n"
    )
    circular = compile_text(text).circular
    assert circular.examinations[0].condition is not None
    decision = load_validator(circular).evaluate({"durée": 6})
    assert decision.findings[0].message == "Au plus 6 trimestres."


def test_coverage_reports_the_table_rows_no_case_reaches(compile_text):
    cases = (
        'cas "80 %" quotité = 80 % attendu recevable\n'  # reaches the first row (line 14)
        'cas "60 %" quotité = 60 % attendu recevable\n'  # reaches the « sinon » row (line 16)
    )
    circular = compile_text(FACTS + SURCOTISATION + cases).circular
    reached = table_rows_exercised(load_validator(circular), circular)
    assert reached == {"surcotisation": {14, 16}}  # 50 % (line 15) is never reached


def test_cases_can_expect_where_a_document_goes(compile_text, diagnostics_of):
    text = (
        FACTS
        + ROUTING.replace("{last}", "dr_b")
        + (
            'cas "Marseille 2e" département = d13 arrondissement = 2\n'
            "  attendu recevable pièces dossier envoi dossier à dr_a\n"
            'cas "Marseille 2e, attendu à tort chez le Dr B" reprend "Marseille 2e"\n'
            "  attendu recevable envoi dossier à dr_b\n"
        )
    )
    circular = compile_text(text).circular
    validator = load_validator(circular)
    right, wrong = (run_case(validator, case) for case in circular.cases)
    assert right.passed
    assert wrong.problems == ("envoi de « dossier » attendu à : dr_b ; obtenu à : dr_a",)
    bad = FACTS + ROUTING.replace("{last}", "dr_b") + 'cas "c" attendu recevable envoi dossier à dr_c\n'
    d = only_error(diagnostics_of(bad), "E101", 26, 43)
    assert d.message == "service inconnu : « dr_c »"


def test_a_case_can_expect_no_document_at_all(compile_text):
    text = FACTS + SURCOTISATION + 'cas "Aucune pièce" quotité = 50 % attendu recevable pièces néant\n'
    circular = compile_text(text).circular
    assert circular.cases[0].expectation.required_documents == ()
    assert run_case(load_validator(circular), circular.cases[0]).passed


def test_a_table_with_errors_is_not_reported_again_where_it_is_used(diagnostics_of):
    text = FACTS + ROUTING.replace("{last}", "dr_b").replace(
        '  | hors de {d13} | * | dr_b |\n  cite "Les pièces médicales sont transmises au médecin sous pli confidentiel."',
        '  | hors de {d13} | * | dr_b |\n  cite "Une phrase absente du texte."',
    )
    found = errors(diagnostics_of(text))
    assert [d.code for d in found] == ["E401"], render_all(found)


COMPLETE_FILE = """\
service médecin "Médecin" médical
  cite "Les pièces médicales sont transmises au médecin sous pli confidentiel."
pièce certificat "Certificat médical" obligatoire médicale
  transmise par voie postale sous pli confidentiel à médecin
  cite "Les pièces médicales sont transmises au médecin sous pli confidentiel."
pièce attestation "Attestation RQTH" obligatoire si motif = droit
  transmise par voie postale à médecin
  cite "Les pièces médicales sont transmises au médecin sous pli confidentiel."
règle complet bloquante "Dossier complet"
  exige pièces fournies
  message "Il manque : {pièces_manquantes}."
  cite "Le dispositif est réservé aux personnels titulaires."
"""


@pytest.mark.parametrize(
    ("situation", "status", "missing"),
    [
        ({"motif": "droit", "dossier.pièces_fournies": ["certificat", "attestation"]}, "recevable", []),
        ({"motif": "autorisation", "dossier.pièces_fournies": ["certificat"]}, "recevable", []),
        ({"motif": "droit", "dossier.pièces_fournies": ["certificat"]}, "irrecevable", []),
        ({"dossier.pièces_fournies": ["certificat"]}, "incomplet", ["motif"]),  # the attestation may be due
        ({"dossier.pièces_fournies": ["attestation"]}, "irrecevable", []),  # the certificate always is
        ({"motif": "droit"}, "incomplet", ["dossier.pièces_fournies"]),
    ],
)
def test_complete_file_compares_the_mandatory_pieces_with_those_provided(compile_text, situation, status, missing):
    validator = load_validator(compile_text(FACTS + COMPLETE_FILE).circular)
    decision = validator.evaluate(situation)
    assert decision.status == status
    assert [m.name for m in decision.missing_facts] == missing


def test_the_message_names_the_missing_pieces(compile_text):
    validator = load_validator(compile_text(FACTS + COMPLETE_FILE).circular)
    decision = validator.evaluate({"motif": "droit", "dossier.pièces_fournies": []})
    assert decision.findings[0].message == "Il manque : Certificat médical ; Attestation RQTH."
    schema = validator.Facts.model_json_schema(by_alias=True)
    assert "dossier.pièces_fournies" in schema["properties"]


def test_provided_pieces_without_mandatory_pieces_is_an_error(diagnostics_of):
    text = FACTS + 'règle r bloquante "R"\n  exige pièces fournies\n  message "m"\n' + f"  {CITE}\n"
    only_error(diagnostics_of(text), "E202", 11, 9)


def test_a_submission_may_apply_only_in_some_cases(compile_text):
    text = FACTS + (
        'service s1 "Service des temps partiels"\n  ' + CITE + "\n"
        'dépôt "Demande de temps partiel sur autorisation"\n  si motif = autorisation\n'
        "  transmise en ligne à s1\n  " + CITE + "\n"
    )
    validator = load_validator(compile_text(text).circular)
    assert [s.label for s in validator.evaluate({"motif": "autorisation"}).submissions] == [
        "Demande de temps partiel sur autorisation"
    ]
    assert validator.evaluate({"motif": "droit"}).submissions == ()
    assert len(validator.evaluate({}).submissions) == 1  # unknown: shown, as it may apply


# ------------------------------------------------------------------ exact analysis at any size (regions)

SERVICES_RH = "".join(
    f'service {name} "{label}"\n  {CITE}\n'
    for name, label in [
        ("dsden04", "DSDEN des Alpes-de-Haute-Provence"),
        ("dsden05", "DSDEN des Hautes-Alpes"),
        ("dsden13", "DSDEN des Bouches-du-Rhône"),
        ("dsden83", "DSDEN du Var"),
        ("dsden84", "DSDEN de Vaucluse"),
        ("dipe", "Rectorat, division des personnels enseignants"),
        ("diepat", "Rectorat, division des personnels administratifs"),
    ]
)

GESTIONNAIRE = f"""\
fait affectation "Département d'affectation" : choix (d04 "Alpes-de-Haute-Provence", d05 "Hautes-Alpes", d13 "Bouches-du-Rhône", d83 "Var", d84 "Vaucluse")
fait catégorie "Catégorie de personnel" : choix (premier_degré "Enseignant du premier degré", second_degré "Enseignant du second degré", cpe "CPE", psyen "Psychologue de l'éducation nationale", aesh "AESH", aed "AED", atss "ATSS", encadrement "Personnel d'encadrement")
{SERVICES_RH}table gestionnaire "Service gestionnaire selon le département et la catégorie"
  selon affectation, catégorie
  donne service "Service gestionnaire" : service
  | d04 | {{premier_degré, aesh}} | dsden04 |
  | d05 | {{premier_degré, aesh}} | dsden05 |
  | d13 | {{premier_degré, aesh}} | dsden13 |
  | d83 | {{premier_degré, aesh}} | dsden83 |
  | d84 | {{premier_degré, aesh}} | dsden84 |
  | * | {{second_degré, cpe, psyen}} | dipe |
  | * | {{atss, encadrement}} | diepat |
  | {{LAST}} | aed | dipe |
  {CITE}
"""


def test_a_routing_table_of_five_departments_and_eight_categories_names_its_one_gap(compile_text, diagnostics_of):
    complete = compile_text(GESTIONNAIRE.replace("{LAST}", "*")).circular
    decision = load_validator(complete).evaluate({"affectation": "d83", "catégorie": "aed"})
    assert decision.computed["gestionnaire.service"].name == "dipe"
    found = errors(diagnostics_of(GESTIONNAIRE.replace("{LAST}", "hors de {d83}")))
    assert [(d.code, d.span.line) for d in found] == [("E307", 21)], render_all(found)
    assert found[0].message == (
        "aucune ligne de la table « gestionnaire » ne couvre : affectation = Var et catégorie = AED"
    )


def priority_ladder(inputs: int, last_row: bool) -> str:
    """A ladder of `inputs` priority criteria: the first one met gives the rank (2**inputs situations)."""
    facts = "".join(f'fait critère_{i} "Critère de priorité {i}" : booléen\n' for i in range(1, inputs + 1))
    rows = "".join(
        "  | " + " | ".join("faux" if j < i else "vrai" if j == i else "*" for j in range(inputs)) + f" | {i + 1} |\n"
        for i in range(inputs)
    )
    if last_row:
        rows += "  | " + " | ".join("faux" for _ in range(inputs)) + f" | {inputs + 1} |\n"
    selon = ", ".join(f"critère_{i}" for i in range(1, inputs + 1))
    return facts + f'table rang "Rang de priorité"\n  selon {selon}\n  donne rang "Rang" : entier\n{rows}  {CITE}\n'


def test_a_table_of_thirty_inputs_is_checked_exactly(compile_text, diagnostics_of):
    """2**30 situations: the former analysis gave up above 20,000 without a word."""
    complete = compile_text(priority_ladder(30, last_row=True)).circular
    validator = load_validator(complete)
    situation = {f"critère_{i}": i == 17 for i in range(1, 31)}
    assert validator.evaluate(situation).computed["rang.rang"] == 17
    assert validator.evaluate({f"critère_{i}": False for i in range(1, 31)}).computed["rang.rang"] == 31
    found = errors(diagnostics_of(priority_ladder(30, last_row=False)))
    assert [d.code for d in found] == ["E307"], render_all(found)
    everything_false = " et ".join(f"critère_{i} = faux" for i in range(1, 31))
    assert found[0].message == f"aucune ligne de la table « rang » ne couvre : {everything_false}"
    overlapping = priority_ladder(30, last_row=True).replace(
        "  | faux | faux | faux | vrai |", "  | faux | * | faux | vrai |"
    )
    found = errors(diagnostics_of(overlapping))
    assert [(d.code, d.span.line) for d in found] == [("E308", 41)], render_all(found)  # rank 4, against rank 2
    assert found[0].message == (
        "cette ligne et celle de la ligne 39 s'appliquent toutes deux quand critère_1 = faux et critère_2 = vrai "
        "et critère_3 = faux et critère_4 = vrai, avec des résultats différents"
    )


def test_gaps_are_merged_into_regions(diagnostics_of):
    text = (
        'fait taux "Taux d\'incapacité" : pourcentage\n'
        'fait catégorie "Catégorie" : choix (a "A", b "B", c "C", d "D", e "E")\n'
        'fait arrondissement "Arrondissement" : entier entre 1 et 16\n'
        'table t "T"\n'
        "  selon taux, catégorie, arrondissement\n"
        '  donne ok "Ouvre droit" : booléen\n'
        "  | >= 10 % | * | * | vrai |\n"
        "  | < 10 % | {a, b} | * | faux |\n"
        "  | < 10 % | hors de {a, b} | <= 8 | faux |\n"
        "  | < 10 % | {c, d, e} | de 10 à 15 | faux |\n"
        f"  {CITE}\n"
    )
    (found,) = errors(diagnostics_of(text))
    assert found.message == (
        "aucune ligne de la table « t » ne couvre : "
        "taux < 10 % et catégorie hors de {A, B} et arrondissement parmi {9, 16}"
    )


def test_overlapping_rows_name_the_region_where_both_apply(diagnostics_of):
    text = FACTS + (
        'table t "T"\n'  # line 10
        "  selon quotité, motif, département\n"
        '  donne jours "Jours" : jours\n'
        "  | >= 50 % | * | * | 1 jours |\n"
        "  | de 60 % à 90 % | * | {d04, d13} | 2 jours |\n"  # line 14
        "  sinon | néant |\n"
        f"  {CITE}\n"
    )
    d = only_error(diagnostics_of(text), "E308", 14, 3)
    assert d.message == (
        "cette ligne et celle de la ligne 13 s'appliquent toutes deux quand quotité de 60 % à 90 % "
        "et département hors de {Vaucluse}, avec des résultats différents"
    )


def test_many_overlapping_pairs_are_counted_beyond_those_listed(diagnostics_of):
    rows = "".join(f"  | * | {i} jours |\n" for i in range(1, 16))  # 15 rows that all meet: 105 pairs
    text = FACTS + f'table t "T"\n  selon motif\n  donne jours "Jours" : jours\n{rows}  {CITE}\n'
    found = errors(diagnostics_of(text))
    assert [d.code for d in found] == ["E308"] * 100
    assert sum("(et 5 autres paires de lignes qui se chevauchent)" in d.message for d in found) == 1


def test_every_table_of_the_circulars_is_proven_complete_and_without_overlap():
    from circdsl import model as m
    from circdsl.compiler import find_circulars
    from circdsl.table_analysis import analyse_table
    from tests.conftest import CIRCULARS
    from tests.conftest import compiled as repository_file

    checked = []
    for path in find_circulars([CIRCULARS]):
        compiled = repository_file(path).circular
        for table in compiled.tables:
            if table.name_span.file != compiled.file:
                continue  # a table of a shared data file is proven once, in that file
            bounds = [(i.fact.low, i.fact.high) if isinstance(i, m.FactRef) else (None, None) for i in table.inputs]
            analysis = analyse_table(table, bounds)
            assert (analysis.gaps, analysis.overlaps, analysis.incomplete) == ([], [], None), (path, table.name)
            checked.append((path.name, table.name))
    assert len(checked) == 15
