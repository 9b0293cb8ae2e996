"""Robust validators: whatever a form or a file sends, `evaluate` answers with a decision or
raises SituationError carrying one French, field-located message per problem; never any
other exception. Each value is read strictly by its fact's type, and a value and its
string form give the same decision. `circ eval` exits 1 with the message."""

from __future__ import annotations

import datetime
import importlib
import json
import math
import re
import types
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pydantic import ValidationError

import circulaires
from circdsl import cli
from circdsl import runtime as rt
from circdsl.compiler import Compiler
from circdsl.project import load_validator
from fuzz.situations import Tally, check_outcome, compare_forms, run_campaign
from tests.cli_runner import Run, circ
from tests.conftest import PARIS, ROOT, write_project
from tests.reference import validator
from tests.strategies import budgets

# A circular with every kind of fact, unbounded numbers, arithmetic, rounding and a division.
EVERY_KIND = """\
fait montant "Montant" : euros
fait taux "Taux" : pourcentage
fait effectif "Effectif" : entier
fait durée "Durée" : mois
fait service_heures "Heures" : heures
fait coefficient "Coefficient" : décimal
fait dépôt_le "Dépôt" : date
fait motifs "Motifs" : choix multiples (santé, famille)
fait statut "Statut" : choix (titulaire, stagiaire)
fait urgent "Urgent" : booléen
fait commentaire "Commentaire" : texte
valeur total "Total" = montant * taux * coefficient arrondi au centime
valeur part "Part" = montant / effectif arrondi au centime
valeur mois_restants "Mois restants" = durée - effectif * 1 mois
règle plafond bloquante "Plafond"
  exige total <= 1000 € et part >= 0 € et mois_restants >= 0 mois et service_heures / 2 <= 100 h
  message "Total {total}, part {part}, montant {montant}, heures {service_heures}, durée {durée}, coefficient {coefficient}."
  cite "L'allègement porte, au maximum, sur le tiers des ORS."
échéance limite "Limite" le 13/01/2025 inclus
  cite "La date limite de dépôt est fixée au 13 janvier 2025."
règle délai bloquante "Délai"
  exige dépôt_le respecte limite
  sauf si urgent alors avertissement
  sauf si motifs dans {santé} et non urgent alors levée
  message "Déposée le {dépôt_le} ({commentaire}, {statut}, {motifs})."
  cite "La date limite de dépôt est fixée au 13 janvier 2025."
"""

VALID = {
    "montant": "1 200,50",
    "taux": 50,
    "effectif": 3,
    "durée": 12,
    "service_heures": "4,5",
    "coefficient": "0.5",
    "dépôt_le": "10/01/2025",
    "motifs": ["santé"],
    "statut": "titulaire",
    "urgent": "non",
    "commentaire": "rien",
}


def deep_list(depth: int) -> list[Any]:
    root: list[Any] = []
    node = root
    for _ in range(depth):
        node.append([])
        node = node[0]
    return root


def deep_dict(depth: int) -> dict[str, Any]:
    root: dict[str, Any] = {}
    node = root
    for _ in range(depth):
        node["a"] = {}
        node = node["a"]
    return root


# Built once and shared by the lists below (five were built at import, in every xdist worker).
DEEP_LIST = deep_list(50_000)
DEEP_DICT = deep_dict(50_000)

# Values a form, a spreadsheet export or a hand-written JSON file may send for any fact.
BAD_VALUES: list[Any] = [
    None, True, False, 0, -1, -0.0, 0.1, 3.5, 7, -5, 300, 2**63, 10**400, -(10**400),
    1e308, -1e308, 5e-324, math.nan, math.inf, -math.inf, Decimal("NaN"), Decimal("sNaN"), Decimal("-Infinity"),
    Decimal("1E+999999"), Decimal("1E-999999"),
    "", " ", "abc", "NaN", "nan", "inf", "-Infinity", "1e308", "1e999999", "1e-999999", "0x10", "1_000", "٣", "４",
    "1,2,3", "1 234,5", "1\u202f234,5", "--1", "+-1", "-5", "300", "300 %", "4,5 h", "  7  ",
    "31/02/2025", "29/02/2023", "00/01/2025", "32/01/2025", "1/1/1900", "01/01/1900", "01/01/2200", "31/12/2199",
    "01/01/0001", "31/12/9999", "01/01/10000", "2025-13-01", "2200-01-01", "1900-01-01", "0000-00-00",
    "99999999999/1/2025", "2025-01-01T10:00:00", "2025-01-01T00:00:00", "13 janvier 2025", 1735689600,
    datetime.date(1, 1, 1), datetime.date(9999, 12, 31), datetime.datetime(2025, 1, 1, 12, 30),
    "oui", "non", "OUI", "vrai", "yes", "true", "null", "None", "1", "0",
    [], {}, [[[[]]]], {"a": {"b": {"c": []}}}, ["santé"], ["santé", "santé"], ["zz"], ("santé",), {"santé"},
    DEEP_LIST, DEEP_DICT, b"octets", bytearray(b"x"), object(), type, print, Path("x"),
    "titulaire", "TITULAIRE", " titulaire", "santé", "x" * 100_000, "\x00", "\u202e7", "\ud800", "é" * 10_001,
]  # fmt: skip

TOP_LEVELS: list[Any] = [
    None, [], "x", 3, 3.5, True, [("montant", 1)], {1: 2}, {None: 1}, {("t",): 1}, {"": 1}, {"x" * 100_000: 1},
    {"\u202emontant": 1}, {"montant ": 1}, {"Montant": 1}, {"montnat": 1}, DEEP_LIST, DEEP_DICT,
    types.MappingProxyType({"montnat": 1}),
]  # fmt: skip


@pytest.fixture(scope="module")
def every_kind(tmp_path_factory: pytest.TempPathFactory) -> types.ModuleType:
    path = write_project(tmp_path_factory.mktemp("every_kind"), EVERY_KIND)
    return load_validator(Compiler().compile_file(path).circular)


@pytest.fixture(scope="module")
def paris() -> types.ModuleType:
    return validator(PARIS)  # compiled and imported once per process, as the other tests that decide with it


def bad_situations(module: types.ModuleType, valid: dict[str, Any]) -> Iterator[dict[str, Any]]:
    """Each bad value for each fact, alone and in an otherwise valid situation; then null everywhere."""
    for name in module.FACT_LABELS:
        for value in BAD_VALUES:
            yield {name: value}
            yield {**valid, name: value}
    yield dict.fromkeys(module.FACT_LABELS)


def test_every_bad_value_of_every_fact_gives_a_decision_or_a_french_message(every_kind):
    tried = sum(1 for situation in bad_situations(every_kind, VALID) if check_outcome(every_kind, situation))
    assert tried == 2 * len(every_kind.FACT_LABELS) * len(BAD_VALUES) + 1


def test_the_paris_validator_holds_too(paris):
    valid = {
        "agent.statut": "titulaire", "agent.fonction": "enseignement", "agent.degré": "second",
        "agent.ors_heures": 18, "allègement_heures": 6, "demande.date_dépôt": "10/01/2025",
        "agent.temps_partiel_thérapeutique": False, "agent.fonctions_direction": False,
        "agent.heures_supplémentaires": False, "agent.mission_particulière": False,
    }  # fmt: skip
    assert check_outcome(paris, valid).status is rt.Status.ADMISSIBLE
    for situation in bad_situations(paris, valid):
        check_outcome(paris, situation)


@pytest.mark.parametrize("top", TOP_LEVELS, ids=range(len(TOP_LEVELS)))
def test_odd_top_levels(every_kind, top):
    outcome = check_outcome(every_kind, top)
    assert isinstance(outcome, rt.SituationError)


# ------------------------------------------------------------------ the messages


def errors_of(module: types.ModuleType, situation: Any) -> dict[str, str]:
    with pytest.raises(rt.SituationError) as caught:
        module.evaluate(situation)
    return {e.field: e.message for e in caught.value.errors}


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("service_heures", -3, "la valeur -3 est trop petite (minimum : 0)"),
        ("taux", 300, "la valeur 300 est trop grande (maximum : 100)"),
        ("taux", "300 %", "la valeur 300 est trop grande (maximum : 100)"),  # read as the language writes it
        ("taux", "4,5 h", "unité inattendue « h » : ce fait se compte en pourcentage (par exemple « 80 % »)"),
        ("service_heures", "80 %", "unité inattendue « % » : ce fait se compte en heures (par exemple « 4,5 h »)"),
        ("coefficient", "4,5 h", "nombre sans unité attendu (« h » en trop)"),
        ("effectif", "3 mois", "nombre sans unité attendu (« mois » en trop)"),
        ("durée", "2,5 mois", "nombre entier attendu (sans décimales)"),
        ("service_heures", "4h30", "nombre attendu"),
        ("service_heures", "h", "nombre attendu"),
        ("dépôt_le", "31 février 2025", "date inexistante « 31 février 2025 » (JJ/MM/AAAA ou AAAA-MM-JJ)"),
        ("dépôt_le", "4 Mars 2025", "date attendue (JJ/MM/AAAA ou AAAA-MM-JJ)"),
        ("dépôt_le", "31/02/2025", "date inexistante « 31/02/2025 » (JJ/MM/AAAA ou AAAA-MM-JJ)"),
        ("dépôt_le", "01/01/2200", "date invraisemblable « 01/01/2200 » (entre le 01/01/1900 et le 31/12/2199)"),
        ("dépôt_le", "01/01/0001", "date invraisemblable « 01/01/0001 » (entre le 01/01/1900 et le 31/12/2199)"),
        ("montant", 1e308, "nombre démesuré « 1E+308 » (au plus mille milliards en valeur absolue)"),
        ("montant", 10**400, "nombre trop long (50 caractères au plus)"),
        ("montant", "1e999999", "nombre démesuré « 1E+999999 »"),
        ("effectif", Decimal("1E+999999"), "nombre démesuré « 1E+999999 »"),
        ("montant", "1e-999999", "trop de décimales dans « 1E-999999 » (12 au plus)"),
        ("durée", "0058964e005896400589640058964", "nombre démesuré « 0058964e005896400589640058964 »"),  # make fuzz
        ("effectif", "1e999999999999999999", "nombre démesuré « 1E+999999999999999999 »"),
        ("effectif", 10**400, "nombre trop long (50 caractères au plus)"),
        ("montant", "9" * 5000, "nombre trop long (50 caractères au plus)"),
        ("montant", math.nan, "nombre fini attendu"),
        ("montant", "inf", "nombre fini attendu"),
        ("montant", "abc", "nombre attendu"),
        ("effectif", 2.5, "nombre entier attendu (sans décimales)"),
        ("effectif", 1e308, "nombre démesuré « 1E+308 »"),
        ("commentaire", "\ud800", "texte illisible (caractères invalides)"),
        ("urgent", "peut-être", "oui ou non attendu (oui/non, vrai/faux, true/false)"),
        ("statut", "Titulaire", "valeur non prévue « Titulaire » ; valeurs possibles : 'titulaire' ou 'stagiaire'"),
        ("statut", DEEP_LIST, "valeur non prévue « [[[[...]]]] »"),
        ("statut", "\u202etitulaire", "valeur non prévue « \\u202etitulaire »"),
        ("motifs", ["zz"], "valeur non prévue « zz »"),
        ("commentaire", "x" * 10_001, "texte trop long (10 001 caractères ; 10 000 au plus)"),
        ("motifs", ["santé"] * 101, "trop de valeurs (101) ; 100 au plus"),
        ("motifs", "santé", "liste de valeurs attendue"),
        ("commentaire", 3, "texte attendu"),
    ],
)
def test_french_message_for_the_field(every_kind, field, value, message):
    errors = errors_of(every_kind, {**VALID, field: value})
    assert list(errors) == [field]
    assert errors[field].startswith(message)


def test_a_typo_in_a_fact_name_is_not_an_unknown_fact(every_kind):
    errors = errors_of(every_kind, {**VALID, "montnat": 5})
    assert errors == {"montnat": "fait inconnu ; vouliez-vous dire « montant » ?"}


def test_an_unknown_field_name_is_shown_short_and_printable(every_kind):
    errors = errors_of(every_kind, {"\u202e" + "x" * 1000: 1})
    [(field, message)] = errors.items()
    assert field.startswith("\\u202exxx") and field.endswith("…") and len(field) == rt.FIELD_LIMIT
    assert message == "fait inconnu ; ce fait n'existe pas pour cette circulaire"


def test_several_errors_are_all_reported(every_kind):
    errors = errors_of(every_kind, {"service_heures": -1, "taux": 101, "dépôt_le": "31/02/2025", "motifs": 3})
    assert set(errors) == {"service_heures", "taux", "dépôt_le", "motifs"}


def test_null_everywhere_is_an_incomplete_application(every_kind):
    decision = every_kind.evaluate(dict.fromkeys(every_kind.FACT_LABELS))
    assert decision.status is rt.Status.INCOMPLETE
    assert {m.name for m in decision.missing_facts} >= {"montant", "dépôt_le"}


def test_division_by_zero_leaves_the_share_unknown(every_kind):
    decision = every_kind.evaluate({**VALID, "effectif": 0})
    assert decision.computed["part"] is None
    assert decision.status is rt.Status.INCOMPLETE


@pytest.mark.parametrize("date", ["01/01/1900", "31/12/2199"])
def test_extreme_plausible_dates_give_a_decision(every_kind, date):
    decision = every_kind.evaluate({**VALID, "dépôt_le": date})
    assert decision.status is rt.Status.ADMISSIBLE  # in time in 1900; in 2199, « santé » lifts the delay
    assert [f.outcome for f in decision.findings] == ([] if date.endswith("1900") else [rt.Outcome.WAIVED])


def test_the_largest_accepted_amounts_compute_and_display(every_kind):
    situation = {**VALID, "montant": rt.MAX_NUMBER, "coefficient": rt.MAX_NUMBER, "taux": 100}
    decision = every_kind.evaluate(situation)
    assert decision.computed["total"] == Decimal(rt.MAX_NUMBER) ** 2
    assert decision.status is rt.Status.NOT_ADMISSIBLE
    assert "1\u202f000\u202f000" in decision.findings[0].message


# ------------------------------------------------------------------ random junk (hypothesis)

JSON_LIKE = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=True, allow_infinity=True)
    | st.decimals(min_value=-(10**15), max_value=10**15)
    | st.sampled_from([Decimal("NaN"), Decimal("-Infinity"), Decimal("1E+400"), Decimal("1E-400")])
    | st.text(max_size=30)
    | st.dates(),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4),
    max_leaves=8,
)


# Situations of unknown shape: fact names (all those of EVERY_KIND, which VALID lists) and random keys.
RANDOM_SITUATIONS = st.dictionaries(
    st.sampled_from(list(VALID)) | st.text(max_size=12), JSON_LIKE, max_size=len(VALID) + 2
)


def test_valid_names_every_fact_of_every_kind(every_kind):
    """What the two tests below draw from: the facts of EVERY_KIND, in its order."""
    assert list(VALID) == list(every_kind.FACT_LABELS)


# Situations of unknown shape cost hypothesis 30 to 50 ms each to draw (up to 13 keys, each value a tree
# of up to 8 leaves): `make test` draws 25, `make test-lent` (CI) today's 100.
@budgets(fast=25, today=100)
def test_random_situations(every_kind, budget):
    @settings(max_examples=budget, deadline=None)
    @given(situation=RANDOM_SITUATIONS)
    def holds(situation: Any) -> None:
        check_outcome(every_kind, situation)

    holds()


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(name=st.sampled_from(list(VALID)), value=JSON_LIKE)
def test_random_values_in_an_otherwise_valid_situation(every_kind, name, value):
    check_outcome(every_kind, {**VALID, name: value})


# ------------------------------------------------------------------ circ eval


def circ_eval(situation_text: str | bytes, tmp_path: Path) -> Run:
    path = tmp_path / "situation.json"
    if isinstance(situation_text, bytes):
        path.write_bytes(situation_text)
    else:
        path.write_text(situation_text, encoding="utf-8")
    return circ("eval", str(PARIS), "--faits", str(path), cwd=ROOT)


@pytest.mark.parametrize(
    ("situation", "expected"),
    [
        ('{"allègement_heures": -3}', "allègement_heures : la valeur -3 est trop petite (minimum : 0)"),
        ('{"agent.statu": "titulaire"}', "agent.statu : fait inconnu ; vouliez-vous dire « agent.statut » ?"),
        ('{"demande.date_dépôt": "31/02/2025"}', "demande.date_dépôt : date inexistante"),
        ('{"agent.ors_heures": NaN}', "agent.ors_heures : nombre fini attendu"),
        ('{"agent.ors_heures": 1e999}', "agent.ors_heures : nombre démesuré « 1E+999 »"),
        ("[1, 2]", '(situation) : un objet JSON { "fait": valeur, ... } est attendu'),
        ('{"agent.statut": ' + "[" * 100_000 + "]" * 100_000 + "}", "JSON trop profondément imbriqué"),
        ('{"agent.statut": ', "JSON invalide"),
        (b"\xff\xfe{}", "est encodée en UTF-16 : enregistrez le JSON en UTF-8"),
        (b'{"agent.statut": "titulaire\xe9"}', "n'est pas un texte UTF-8"),
    ],
    ids=[
        "négatif",
        "faute de frappe",
        "31 février",
        "NaN",
        "infini",
        "liste",
        "imbrication",
        "tronqué",
        "utf-16",
        "latin-1",
    ],
)
def test_circ_eval_exits_1_with_the_message(tmp_path, situation, expected):
    result = circ_eval(situation, tmp_path)
    assert result.returncode == 1, result.stderr
    assert expected in result.stderr
    assert "Traceback" not in result.stderr and "erreur interne" not in result.stderr


# ------------------------------------------------------------------ strict reading (issue 11, item 2)


def status_of(module: types.ModuleType, situation: dict[str, Any]) -> str:
    return str(module.evaluate(situation).status.value)


@pytest.mark.parametrize("value", [0, 1736467200, 1.7e9, Decimal(0), "1736467200", True, [2025, 1, 10]])
def test_a_date_is_never_a_number(every_kind, value):
    """0 used to be read as 01/01/1970 (a Unix timestamp) and make a late filing in time."""
    assert errors_of(every_kind, {**VALID, "dépôt_le": value}) == {
        "dépôt_le": "date attendue (JJ/MM/AAAA ou AAAA-MM-JJ)"
    }


def test_the_timestamp_of_the_issue_no_longer_makes_a_late_filing_admissible(paris):
    late = {"demande.date_dépôt": 0, "situation_exceptionnelle_médicale": False}
    assert errors_of(paris, late) == {"demande.date_dépôt": "date attendue (JJ/MM/AAAA ou AAAA-MM-JJ)"}


@pytest.mark.parametrize(
    "value",
    [
        datetime.datetime(2025, 1, 10, 10, 30),
        datetime.datetime(2025, 1, 10),
        "2025-01-10T00:00:00",
        "2025-01-10 10:30",
        "10/01/2025 10:30",
    ],
)
def test_a_date_with_a_time_is_refused_not_truncated(every_kind, value):
    [message] = errors_of(every_kind, {**VALID, "dépôt_le": value}).values()
    assert message.startswith("date sans heure attendue")


@pytest.mark.parametrize("value", [datetime.date(2025, 1, 10), "10/01/2025", "2025-01-10", " 10/1/2025 "])
def test_the_accepted_forms_of_a_date_give_the_same_decision(every_kind, value):
    reference = every_kind.evaluate({**VALID, "dépôt_le": datetime.date(2025, 1, 10)}).to_dict()
    assert every_kind.evaluate({**VALID, "dépôt_le": value}).to_dict() == reference


@pytest.mark.parametrize(("field", "value"), [("effectif", True), ("effectif", False), ("montant", True)])
def test_numbers_are_never_read_from_booleans(every_kind, field, value):
    assert errors_of(every_kind, {**VALID, field: value}) == {field: "nombre attendu (et non oui/non)"}


@pytest.mark.parametrize("value", [0, 1, -0.0, 0.0, 1.0, Decimal(0), "0", "1", "off", "on", "yes", "no", "o", ""])
def test_booleans_are_only_read_from_booleans_and_the_documented_words(every_kind, value):
    assert errors_of(every_kind, {**VALID, "urgent": value}) == {
        "urgent": "oui ou non attendu (oui/non, vrai/faux, true/false)"
    }


@pytest.mark.parametrize(
    ("value", "meant"),
    [
        *[(True, True), ("oui", True), (" OUI ", True), ("Vrai", True), ("true", True), ("TRUE", True)],
        *[(False, False), ("non", False), ("faux", False), ("False", False), ("false", False)],
    ],
)
def test_the_documented_boolean_words(every_kind, value, meant):
    reference = every_kind.evaluate({**VALID, "urgent": meant}).to_dict()
    assert every_kind.evaluate({**VALID, "urgent": value}).to_dict() == reference


def test_the_developer_guide_lists_exactly_the_boolean_words() -> None:
    page = (ROOT / "docs" / "developpeurs.md").read_text(encoding="utf-8")
    line = next(line for line in page.splitlines() if line.startswith("- **booléen**"))
    accepted = line.split("jamais")[0]
    assert sorted(set(re.findall(r'`"(\w+)"`', accepted))) == sorted(rt.BOOLEAN_WORDS)


def test_a_number_sent_as_a_number_or_as_text_gives_the_same_decision(paris):
    """The issue's example: 6.0000000000000001 hours is not a whole number of hours, whichever way it is sent."""
    base = {"agent.statut": "titulaire", "agent.fonction": "enseignement", "agent.degré": "second"}
    base |= {"agent.ors_heures": 18, "demande.date_dépôt": "10/01/2025"}
    as_number = paris.evaluate({**base, "allègement_heures": Decimal("6.0000000000000001")})
    as_text = paris.evaluate({**base, "allègement_heures": "6.0000000000000001"})
    assert as_number.to_dict() == as_text.to_dict()
    assert "heures_entières" in {f.rule.name for f in as_number.findings}
    # A Python float is read through its repr: 6.0000000000000001 *is* the float 6.0.
    assert paris.evaluate({**base, "allègement_heures": 6.0000000000000001}).to_dict() == (
        paris.evaluate({**base, "allègement_heures": "6.0"}).to_dict()
    )
    assert paris.evaluate({**base, "allègement_heures": 0.1}).computed == (
        paris.evaluate({**base, "allègement_heures": "0.1"}).computed
    )


def test_circ_eval_reads_json_numbers_as_written(tmp_path):
    """JSON numbers are parsed as decimals: as a number or as a string, the same decision."""
    situation = {"agent.statut": "titulaire", "agent.fonction": "enseignement", "agent.degré": "second"}
    situation |= {"agent.ors_heures": 18, "demande.date_dépôt": "10/01/2025"}
    text = json.dumps(situation)[:-1]
    outputs = []
    for written in ('"allègement_heures": 6.0000000000000001', '"allègement_heures": "6.0000000000000001"'):
        result = CliRunner().invoke(
            cli.main, ["eval", str(PARIS), "--faits", "-", "--json"], input=f"{text}, {written}}}"
        )
        assert result.exit_code == 0, result.output
        outputs.append(json.loads(result.output))
    assert outputs[0] == outputs[1]
    assert outputs[0]["status"] == "irrecevable"


def test_five_thousand_digits_are_a_french_error_not_a_crash(every_kind, tmp_path):
    assert errors_of(every_kind, {**VALID, "effectif": 10**5000}) == {
        "effectif": "nombre trop long (50 caractères au plus)"
    }
    result = circ_eval('{"agent.ors_heures": ' + "9" * 5000 + "}", tmp_path)
    assert result.returncode == 1, result.stderr
    assert "agent.ors_heures : nombre trop long (50 caractères au plus)" in result.stderr


def test_a_facts_instance_is_checked_like_a_dict(every_kind):
    """A Facts built without validation (model_construct) used to skip the plausibility checks."""
    forged = every_kind.Facts.model_construct(montant=Decimal("1E+400"), urgent=0)
    with pytest.raises(rt.SituationError) as caught:
        every_kind.evaluate(forged)
    assert {e.field: e.message for e in caught.value.errors} == {
        "montant": "nombre démesuré « 1E+400 » (au plus mille milliards en valeur absolue)",
        "urgent": "oui ou non attendu (oui/non, vrai/faux, true/false)",
    }
    built = every_kind.Facts.model_validate(VALID)
    assert every_kind.evaluate(built).to_dict() == every_kind.evaluate(VALID).to_dict()


def test_facts_of_another_circular_are_not_taken_for_these(every_kind, paris):
    other = paris.Facts.model_validate({"agent.statut": "titulaire"})
    with pytest.raises(rt.SituationError) as caught:
        every_kind.evaluate(other)
    assert caught.value.errors[0].message.startswith("fait inconnu")


def test_building_facts_directly_is_as_strict_as_evaluate(every_kind):
    with pytest.raises(ValidationError) as caught:
        every_kind.Facts.model_validate({"dépôt_le": 0, "effectif": True})
    assert {e["loc"][0] for e in caught.value.errors()} == {"dépôt_le", "effectif"}


def test_too_many_keys_are_refused_at_once(every_kind):
    situation = {f"fait_{i}": 1 for i in range(rt.MAX_FACTS + 1)}
    assert errors_of(every_kind, situation) == {
        "(situation)": "trop de faits (1 001) ; une situation en compte au plus 1 000"
    }


# ------------------------------------------------------------------ the two properties, on every validator

# Every validator of generated/ (real generated code) and the circular with every kind of fact.
GENERATED_VALIDATORS = sorted(circulaires.MODULES)
# Hostile situations, and as many value/text comparisons, per validator of generated/: `make fuzz` sends
# 10 000 to each (fuzz/fuzz_situations.py, the same campaign), `make test` 50; the circular with every
# kind of fact written here, which `make fuzz` does not hold, 750.
BUDGET = 50
EVERY_KIND_BUDGET = 750


@pytest.mark.parametrize("name", GENERATED_VALIDATORS)
def test_hostile_situations_and_string_forms_on_a_generated_validator(name):
    module = importlib.import_module(f"circulaires.{name}")
    tally, differences = Tally(), []
    run_campaign(module, BUDGET, seed=GENERATED_VALIDATORS.index(name), tally=tally, on_difference=differences.append)
    assert differences == []
    assert tally.compared == BUDGET and tally.decisions + tally.refused == BUDGET
    assert tally.decisions > 0 and tally.refused > 0


def test_hostile_situations_and_string_forms_on_every_kind_of_fact(every_kind):
    tally, differences = Tally(), []
    run_campaign(every_kind, EVERY_KIND_BUDGET, seed=2025, tally=tally, on_difference=differences.append)
    assert differences == []
    assert tally.decisions > 0 and tally.refused > 0


@pytest.mark.parametrize(
    "value",
    [
        *[7, 7.0, Decimal("7"), Decimal("7.0"), 6.0000000000000001, Decimal("6.0000000000000001"), 0.1, -0.0],
        *[1e-13, 1e12, 1e13, Decimal("1E+2"), True, False, 10**40, Decimal("NaN"), math.inf],
        datetime.date(2025, 1, 10),
    ],
)
@pytest.mark.parametrize("field", ["montant", "effectif", "taux", "urgent", "dépôt_le", "statut"])
def test_a_value_and_its_string_form_agree(every_kind, field, value):
    assert compare_forms(every_kind, VALID, field, value) is None
