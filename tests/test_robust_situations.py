"""Robust validators: whatever a form or a file sends, `evaluate` answers with a decision or
raises SituationError carrying one French, field-located message per problem; never any
other exception. `circ eval` exits 1 with the message."""

from __future__ import annotations

import datetime
import json
import math
import os
import subprocess
import sys
import types
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from circdsl import runtime as rt
from circdsl.compiler import Compiler
from circdsl.project import load_validator
from circdsl.report import render_decision
from tests.conftest import PARIS, ROOT, write_project

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
    deep_list(50_000), deep_dict(50_000), b"octets", bytearray(b"x"), object(), type, print, Path("x"),
    "titulaire", "TITULAIRE", " titulaire", "santé", "x" * 100_000, "\x00", "\u202e7", "\ud800", "é" * 10_001,
]  # fmt: skip

TOP_LEVELS: list[Any] = [
    None, [], "x", 3, 3.5, True, [("montant", 1)], {1: 2}, {None: 1}, {("t",): 1}, {"": 1}, {"x" * 100_000: 1},
    {"\u202emontant": 1}, {"montant ": 1}, {"Montant": 1}, {"montnat": 1}, deep_list(50_000), deep_dict(50_000),
    types.MappingProxyType({"montnat": 1}),
]  # fmt: skip


@pytest.fixture(scope="module")
def every_kind(tmp_path_factory: pytest.TempPathFactory) -> types.ModuleType:
    path = write_project(tmp_path_factory.mktemp("every_kind"), EVERY_KIND)
    return load_validator(Compiler().compile_file(path).circular)


@pytest.fixture(scope="module")
def paris() -> types.ModuleType:
    return load_validator(Compiler().compile_file(PARIS).circular)


def check_outcome(module: types.ModuleType, situation: Any) -> rt.Decision | rt.SituationError:
    """Evaluate: a decision that serialises and renders, or a clean SituationError. Anything else fails."""
    try:
        decision = module.evaluate(situation)
    except rt.SituationError as error:
        assert error.errors
        for item in error.errors:
            assert item.field and item.message
            assert len(item.field) <= 200 and len(item.message) <= 400, item
            assert item.field.isprintable() and item.message.isprintable(), item
        assert str(error)
        return error
    assert isinstance(decision.status, rt.Status)
    json.loads(decision.to_json())
    assert render_decision(decision)
    return decision


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
        ("taux", "300 %", "nombre attendu"),
        ("dépôt_le", "31/02/2025", "date attendue (JJ/MM/AAAA ou AAAA-MM-JJ)"),
        ("dépôt_le", "01/01/2200", "date invraisemblable « 01/01/2200 » (entre le 01/01/1900 et le 31/12/2199)"),
        ("dépôt_le", "01/01/0001", "date invraisemblable « 01/01/1 » (entre le 01/01/1900 et le 31/12/2199)"),
        ("montant", 1e308, "nombre démesuré « 1E+308 » (au plus mille milliards en valeur absolue)"),
        ("montant", 10**400, "nombre démesuré « 1000000000"),
        ("montant", "1e999999", "nombre démesuré « 1E+999999 »"),
        ("effectif", Decimal("1E+999999"), "nombre démesuré « (nombre de plusieurs milliers de chiffres) »"),
        ("montant", "1e-999999", "trop de décimales dans « 1E-999999 » (12 au plus)"),
        ("effectif", 10**400, "nombre démesuré « 1000000000"),
        ("montant", math.nan, "nombre fini attendu"),
        ("montant", "inf", "nombre fini attendu"),
        ("montant", "abc", "nombre attendu"),
        ("effectif", 2.5, "nombre entier attendu (sans décimales)"),
        ("effectif", 1e308, "nombre entier démesuré"),
        ("commentaire", "\ud800", "texte illisible (caractères invalides)"),
        ("urgent", "peut-être", "oui ou non attendu (true/false, oui/non)"),
        ("statut", "Titulaire", "valeur non prévue « Titulaire » ; valeurs possibles : 'titulaire' ou 'stagiaire'"),
        ("statut", deep_list(50_000), "valeur non prévue « [[[[...]]]] »"),
        ("statut", "\u202etitulaire", "valeur non prévue « \\u202etitulaire »"),
        ("motifs", ["zz"], "valeur non prévue « zz »"),
        ("commentaire", "x" * 10_001, "texte trop long"),
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


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_random_situations(every_kind, data):
    names = list(every_kind.FACT_LABELS)
    keys = st.sampled_from(names) | st.text(max_size=12)
    situation = data.draw(st.dictionaries(keys, JSON_LIKE, max_size=len(names) + 2))
    check_outcome(every_kind, situation)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_random_values_in_an_otherwise_valid_situation(every_kind, data):
    name = data.draw(st.sampled_from(list(every_kind.FACT_LABELS)))
    check_outcome(every_kind, {**VALID, name: data.draw(JSON_LIKE)})


# ------------------------------------------------------------------ circ eval


def circ_eval(situation_text: str | bytes, tmp_path: Path) -> subprocess.CompletedProcess[str]:
    path = tmp_path / "situation.json"
    if isinstance(situation_text, bytes):
        path.write_bytes(situation_text)
    else:
        path.write_text(situation_text, encoding="utf-8")
    return subprocess.run(
        [sys.executable, "-m", "circdsl", "eval", str(PARIS), "--faits", str(path)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT / "src")},
        timeout=120,
        check=False,
    )


@pytest.mark.parametrize(
    ("situation", "expected"),
    [
        ('{"allègement_heures": -3}', "allègement_heures : la valeur -3 est trop petite (minimum : 0)"),
        ('{"agent.statu": "titulaire"}', "agent.statu : fait inconnu ; vouliez-vous dire « agent.statut » ?"),
        ('{"demande.date_dépôt": "31/02/2025"}', "demande.date_dépôt : date attendue"),
        ('{"agent.ors_heures": NaN}', "agent.ors_heures : nombre fini attendu"),
        ('{"agent.ors_heures": 1e999}', "agent.ors_heures : nombre fini attendu"),
        ("[1, 2]", '(situation) : un objet JSON { "fait": valeur, ... } est attendu'),
        ('{"agent.statut": ' + "[" * 100_000 + "]" * 100_000 + "}", "JSON trop profondément imbriqué"),
        ('{"agent.statut": ', "JSON invalide"),
        (b"\xff\xfe{}", "n'est pas un texte UTF-8"),
    ],
    ids=["négatif", "faute de frappe", "31 février", "NaN", "infini", "liste", "imbrication", "tronqué", "binaire"],
)
def test_circ_eval_exits_1_with_the_message(tmp_path, situation, expected):
    result = circ_eval(situation, tmp_path)
    assert result.returncode == 1, result.stderr
    assert expected in result.stderr
    assert "Traceback" not in result.stderr and "erreur interne" not in result.stderr
