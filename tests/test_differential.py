"""The differential test: every generated validator decides exactly as the reference interpreter
(`circdsl.interpret`, written from the language's documentation, independent of the emitter)
on thousands of situations: status, findings (outcome, severity, message, values read,
exception), satisfied and non-applicable rules, missing facts (set, order, rules), checklist
and deliveries, deadlines, opinions, submissions and computed values.

Every circular of circulars/ and every circular the guide compiles is evaluated on its own
example cases and on SITUATIONS generated situations (tests/strategies.py: types, bounds,
constants ±1, unknowns), or on every combination of its values when there are fewer. Under
`CI=true` the situations are the same every run; locally each run draws new ones (the seed is
in the failure message: `CIRCDSL_SEED=… pytest tests/test_differential.py` replays it).
`make fuzz` runs far more (fuzz/fuzz_differential.py).
"""

from __future__ import annotations

import datetime
import types
from pathlib import Path

import pytest

from circdsl import model as m
from circdsl import runtime as rt
from circdsl.cases import run_cases
from circdsl.compiler import Compiler, find_circulars, is_vocabulary
from circdsl.interpret import differences, interpret
from circdsl.project import load_validator
from circdsl.source import SourceFile
from fuzz.fuzzing import first_disagreement, minimal_disagreement
from tests.conftest import compiled
from tests.reference import (
    DECISIONS,
    GUIDE_DECISIONS,
    SITUATIONS,
    Campaign,
    campaign,
    guide_campaign,
    guide_circulars,
    seed_for,
    situations_for,
)
from tests.strategies import exhaustive, plan_for
from tests.test_guide import GUIDE_PAGES

ROOT = Path(__file__).resolve().parent.parent
CIRCULARS = ROOT / "circulars"
DOCS = ROOT / "docs"
COMPILER = Compiler(root=ROOT)
REAL = [path for path in find_circulars([CIRCULARS]) if not is_vocabulary(path)]


def assert_agreement(circular: m.Circular, count: int = SITUATIONS) -> int:
    """Compare the generated validator with the reference; the number of distinct situations compared."""
    seed = seed_for(circular.name)
    module = load_validator(circular)
    situations, limit = situations_for(circular, seed, count)
    compared, disagreement = first_disagreement(circular, module, situations, limit)
    assert disagreement is None, f"{disagreement}\n(CIRCDSL_SEED={seed} pour rejouer)"
    return compared


@pytest.mark.xdist_group(DECISIONS)  # the interpreter's decisions are shared with test_sql_differential.py
@pytest.mark.parametrize("path", REAL, ids=[path.stem for path in REAL])
def test_every_circular_decides_as_the_reference(path: Path) -> None:
    assert_campaign_agrees(campaign(path))


def assert_campaign_agrees(shared: Campaign) -> None:
    """The validator decided as the interpreter on every situation of the campaign, and it compared
    at least SITUATIONS distinct ones, or every combination of the circular's values."""
    for facts, generated, reference in zip(shared.situations, shared.generated, shared.decisions, strict=True):
        if disagrees(generated, reference):
            disagreement = minimal_disagreement(shared.circular, shared.validator, facts)
            raise AssertionError(f"{disagreement}\n(CIRCDSL_SEED={shared.seed} pour rejouer)")
    compared = len(shared.situations)
    assert compared >= SITUATIONS or exhaustive(plan_for(shared.circular), SITUATIONS) is not None  # else all were


def disagrees(generated: rt.Decision | Exception, reference: rt.Decision | Exception) -> bool:
    """Whether the generated validator decided otherwise than the interpreter, or either raised
    (`fuzz.fuzzing.decision_differences` on decisions already computed)."""
    if isinstance(generated, Exception) or isinstance(reference, Exception):
        return True
    return bool(differences(generated, reference))


@pytest.mark.parametrize("path", REAL, ids=[path.stem for path in REAL])
def test_the_reference_passes_every_example_case(path: Path) -> None:
    """The oracle checked against the editors: it gives every case's expected status, failing
    rules, missing facts, documents and routings, as `circ test` requires of the validator."""
    circular = compiled(path).circular
    reference = types.SimpleNamespace(evaluate=lambda facts: interpret(circular, facts))
    failed = [result for result in run_cases(reference, circular) if not result.passed]
    assert not failed, "\n".join(f"{r.case.label} : {'; '.join(r.problems)}" for r in failed)


# ------------------------------------------------------------------ the guide's circulars


@pytest.mark.xdist_group(GUIDE_DECISIONS)  # the guide's decisions are shared with test_medical_routing.py
@pytest.mark.parametrize("page", GUIDE_PAGES, ids=lambda p: str(p.relative_to(DOCS)))
def test_every_circular_of_the_guide_decides_as_the_reference(page: Path) -> None:
    for where, circular in guide_circulars(page):
        try:
            assert_campaign_agrees(guide_campaign(circular))
        except AssertionError as error:
            raise AssertionError(f"{where} :\n{error}") from None


# ------------------------------------------------------------------ known disagreements (issue 10)

HEADER = """circulaire essai "Essai"
  date 01/09/2024
  année scolaire 2025-2026
  source "sources/000_6a117b24d563a1e1.txt"
"""
QUOTE = "La date limite de dépôt des demandes d’allègement est fixée au 13 janvier 2025."

DEADLINES_DIFFERING_BY_AN_ACCENT = f"""{HEADER}
fait demande.date "Date de la demande" : date
fait envoi_le "Date d'envoi" : date

échéance délai "Délai court" 10 jours après demande.date inclus
  cite "{QUOTE}"

échéance delai "Délai long" 20 jours après demande.date inclus
  cite "{QUOTE}"

règle dans_le_délai bloquante "Dans le délai court"
  exige envoi_le respecte délai
  message "Envoi après le {{délai}}."
  cite "{QUOTE}"
"""

COLUMNS_THAT_FLATTEN_ALIKE = f"""{HEADER}
fait n "Nombre" : entier entre 0 et 10

table a_b "Table a_b"
  selon n
  donne c "C" : heures
  | < 5 | 1 h |
  | >= 5 | 2 h |
  cite "{QUOTE}"

table a "Table a"
  selon n
  donne b_c "B C" : heures
  | < 5 | 10 h |
  | >= 5 | 20 h |
  cite "{QUOTE}"

règle petite bloquante "Au plus 5 h"
  exige a_b.c < 5 h
  message "{{a_b.c}} et {{a.b_c}}."
  cite "{QUOTE}"
"""


def decide_both(text: str, situation: dict[str, object]) -> tuple[rt.Decision, rt.Decision]:
    circular = COMPILER.compile_source(SourceFile("circulars/essai.circ", text), CIRCULARS).circular
    return load_validator(circular).evaluate(situation), interpret(circular, situation)


def test_the_reference_tells_two_deadlines_differing_by_an_accent_apart() -> None:
    start = datetime.date(2025, 1, 1)
    _, reference = decide_both(
        DEADLINES_DIFFERING_BY_AN_ACCENT, {"demande.date": start, "envoi_le": start + datetime.timedelta(days=15)}
    )
    assert [(d.name, d.date) for d in reference.deadlines] == [
        ("délai", datetime.date(2025, 1, 11)),
        ("delai", datetime.date(2025, 1, 21)),
    ]
    assert reference.status is rt.Status.NOT_ADMISSIBLE


def test_two_deadlines_differing_by_an_accent_decide_as_the_reference() -> None:
    start = datetime.date(2025, 1, 1)
    generated, reference = decide_both(
        DEADLINES_DIFFERING_BY_AN_ACCENT, {"demande.date": start, "envoi_le": start + datetime.timedelta(days=15)}
    )
    assert differences(generated, reference) == []


def test_two_table_columns_that_flatten_alike_decide_as_the_reference() -> None:
    generated, reference = decide_both(COLUMNS_THAT_FLATTEN_ALIKE, {"n": 0})
    assert reference.status is rt.Status.ADMISSIBLE
    assert differences(generated, reference) == []


TWO_ROUTING_TABLES = f"""{HEADER}
fait secteur "Secteur" : choix (nord "Nord", sud "Sud")
fait zone "Zone" : choix (z1 "Z1", z2 "Z2")

service médecin "Médecin" médical
  cite "{QUOTE}"
service médecin_2 "Médecin 2" médical
  cite "{QUOTE}"

table routage_a "Routage A"
  selon secteur
  donne médecin_a "Médecin A" : service
  | nord | médecin |
  | sud | médecin_2 |
  cite "{QUOTE}"

table routage_b "Routage B"
  selon zone
  donne médecin_b "Médecin B" : service
  | z1 | médecin |
  | z2 | médecin_2 |
  cite "{QUOTE}"

pièce certificat "Certificat" obligatoire médicale
  transmise par voie postale sous pli confidentiel à routage_a.médecin_a, routage_b.médecin_b
  cite "{QUOTE}"
"""


def test_the_reference_names_only_the_routing_table_still_undetermined() -> None:
    _, reference = decide_both(TWO_ROUTING_TABLES, {"secteur": "nord"})
    (delivery,) = reference.checklist[0].deliveries
    assert [r.name for r in delivery.recipients] == ["médecin"]
    assert delivery.undetermined == "selon routage b"


def test_a_delivery_routed_by_two_tables_names_only_the_undetermined_one() -> None:
    generated, reference = decide_both(TWO_ROUTING_TABLES, {"secteur": "nord"})
    assert differences(generated, reference) == []
