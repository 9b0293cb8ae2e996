"""Medical confidentiality, proven on what the validators do (issue 11): for every circular,
every medical document reaches only medical services, and a non-medical service carries one
only as the intermediary (`via`) of a sealed delivery (`sous pli confidentiel`).

The recipients are not read from the model: they are observed in the decisions of the
generated validator (and, separately, of the reference interpreter) over situations built to
reach every row of every routing table (tests/strategies.py `row_situations`), plus the
example cases and generated situations (conditions true, false, unknown): for the real
circulars and the guide's, those of the differential test, whose decisions tests/reference.py
takes once. The test also requires that every service the model says a medical document may reach was observed, so a
row or a condition never reached cannot hide a wrong recipient.
"""

from __future__ import annotations

import zlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings

from circdsl import model as m
from circdsl import runtime as rt
from circdsl.compiler import Compiler
from circdsl.diagnostics import CompileError
from circdsl.interpret import interpret
from circdsl.project import load_validator
from circdsl.source import SourceFile
from fuzz.fuzzing import SOURCE_TEXT
from fuzz.programs import programs
from tests.conftest import compiled
from tests.reference import DECISIONS, GUIDE_DECISIONS, Campaign, campaign, guide_campaign, guide_circulars
from tests.strategies import Situation, budgets, case_situations, exhaustive, plan_for, row_situations, sample
from tests.test_differential import GUIDE_PAGES, REAL

DRAWN = 300  # generated situations per circular, besides the rows and the cases
Decide = Callable[[Situation], rt.Decision]


@dataclass
class Routes:
    """What was observed for the medical documents of one circular."""

    reached: dict[str, set[str]] = field(default_factory=dict)  # document -> services that received it
    carried: dict[str, set[str]] = field(default_factory=dict)  # document -> intermediaries
    breaches: list[str] = field(default_factory=list)


def observe(circular: m.Circular, decide: Decide, situations: Iterable[Situation]) -> Routes:
    return observed(circular, ((facts, decide(facts)) for facts in situations))


def observed(circular: m.Circular, decided: Iterable[tuple[Situation, rt.Decision | Exception]]) -> Routes:
    """The routes of the medical documents in decisions already taken."""
    medical = {d.name for d in circular.documents if d.medical}
    routes = Routes()
    for facts, decision in decided:
        if isinstance(decision, Exception):  # tests/test_differential.py reports it with its situation
            raise decision
        for item in decision.checklist:
            if item.document not in medical:
                continue
            if not item.medical:
                routes.breaches.append(f"{item.document} n'est plus signalée médicale ({facts})")
            for delivery in item.deliveries:
                routes.reached.setdefault(item.document, set()).update(r.name for r in delivery.recipients)
                routes.carried.setdefault(item.document, set()).update(r.name for r in delivery.via)
                routes.breaches += breaches(item.document, delivery, facts)
    return routes


def breaches(document: str, delivery: rt.Delivery, facts: Situation) -> list[str]:
    found = [
        f"la pièce médicale {document} est transmise à {r.name}, qui n'est pas un service médical ({facts})"
        for r in delivery.recipients
        if not r.medical
    ]
    if not delivery.sealed:
        found += [
            f"la pièce médicale {document} passe par {r.name}, non médical, sans pli confidentiel ({facts})"
            for r in delivery.via
            if not r.medical
        ]
    return found


def possible(document: m.Document) -> tuple[set[str], set[str]]:
    """The services the model says a document may reach (fixed, or any row of its routing
    tables), and its intermediaries."""
    reached = {s.name for d in document.deliveries for s in d.recipients}
    for delivery in document.deliveries:
        for ref in delivery.routed_by:
            rows = (*ref.table.rows, *((ref.table.default,) if ref.table.default else ()))
            reached |= {row.outputs[ref.column].name for row in rows if isinstance(row.outputs[ref.column], m.Service)}  # type: ignore[union-attr]
    return reached, {s.name for d in document.deliveries for s in d.via}


def situations(circular: m.Circular, count: int = DRAWN) -> list[Situation]:
    plan = plan_for(circular)
    every = exhaustive(plan, count) or []
    drawn = sample(plan, zlib.crc32(circular.name.encode("utf-8")), count)
    return [*row_situations(circular), *case_situations(circular), *every, *drawn]


def assert_medical_documents_stay_medical(circular: m.Circular, count: int = DRAWN, complete: bool = True) -> None:
    """No breach observed; with `complete`, every service the model allows was observed too."""
    facts = situations(circular, count)
    module = load_validator(circular)
    for who, decide in (("le validateur généré", module.evaluate), ("l'interpréteur", _reference(circular))):
        assert_routes(circular, who, observe(circular, decide, facts), complete)


def assert_routes(circular: m.Circular, who: str, routes: Routes, complete: bool = True) -> None:
    assert not routes.breaches, f"{circular.name}, {who} :\n" + "\n".join(sorted(set(routes.breaches))[:10])
    for document in (d for d in circular.documents if d.medical and complete):
        reached, carried = possible(document)
        unseen = (reached - routes.reached.get(document.name, set())) | (
            carried - routes.carried.get(document.name, set())
        )
        assert not unseen, f"{circular.name}, {who} : {document.name} n'a jamais atteint {sorted(unseen)}"


def _reference(circular: m.Circular) -> Decide:
    return lambda facts: interpret(circular, facts)


def has_medical_documents(circular: m.Circular) -> bool:
    return any(d.medical for d in circular.documents)


@pytest.mark.xdist_group(DECISIONS)  # the decisions of tests/test_differential.py, taken once (tests/reference.py)
@pytest.mark.parametrize("path", REAL, ids=[path.stem for path in REAL])
def test_medical_documents_of_every_circular_reach_only_medical_services(path: Path) -> None:
    """Observed on every row of the routing tables and on the differential test's situations
    (the cases, every combination of values when there are few, 1,000 drawn situations)."""
    if not has_medical_documents(compiled(path).circular):
        return
    assert_campaign_routes(campaign(path))


def assert_campaign_routes(shared: Campaign) -> None:
    """No breach and every allowed service observed, in the decisions of the campaign's situations
    (taken once, tests/reference.py) and on every row of the routing tables, validator and interpreter."""
    circular = shared.circular
    rows = row_situations(circular)
    for who, decide, decisions in (
        ("le validateur généré", shared.validator.evaluate, shared.generated),
        ("l'interpréteur", _reference(circular), shared.decisions),
    ):
        decided = [*zip(shared.situations, decisions, strict=True), *((f, decide(f)) for f in rows)]
        assert_routes(circular, who, observed(circular, decided))


@pytest.mark.xdist_group(GUIDE_DECISIONS)  # the decisions of the guide's differential test, taken once
def test_medical_documents_of_the_guide_reach_only_medical_services() -> None:
    """Observed on every row of the routing tables and on the situations of the guide's
    differential test (the cases, every combination of values when there are few, 1,000 drawn
    situations), whose decisions tests/reference.py takes once."""
    circulars = [c for page in GUIDE_PAGES for _, c in guide_circulars(page) if has_medical_documents(c)]
    assert len(circulars) >= 5  # the guide shows medical routing (fixed, via, by a table)
    for circular in circulars:
        assert_campaign_routes(guide_campaign(circular))


def test_the_check_sees_a_medical_document_sent_to_human_resources() -> None:
    """The property is not vacuous: a validator that sends the certificate elsewhere is caught."""
    circular = compiled(next(p for p in REAL if p.stem == "allegement_paris_2025")).circular
    drh = rt.Recipient("drh", "DRH", False, None)

    def leaky(facts: Situation) -> rt.Decision:
        decision = interpret(circular, facts)
        decision.checklist = tuple(
            rt.ChecklistItem(
                i.document, i.label, i.status, i.condition, i.medical, i.confidential,
                tuple(rt.Delivery(d.channel, d.sealed, (drh,)) for d in i.deliveries), i.detail, i.citations,
            )
            for i in decision.checklist
        )  # fmt: skip
        return decision

    assert has_medical_documents(circular)
    assert observe(circular, leaky, situations(circular)[:50]).breaches


# ------------------------------------------------------------------ generated programs


@pytest.fixture(scope="module")
def program_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("medical")
    (folder / "sources").mkdir()
    (folder / "sources" / "essai.txt").write_text(SOURCE_TEXT, encoding="utf-8")
    return folder


@budgets(fast=10, today=20)
def test_medical_documents_of_generated_programs_reach_only_medical_services(budget: int, program_folder: Path) -> None:
    """Programs with medical documents routed by tables, via intermediaries, under conditions."""

    @settings(deadline=None, database=None, max_examples=budget, suppress_health_check=list(HealthCheck))
    @given(program=programs())
    def medical_documents_stay_medical(program: str) -> None:
        try:
            circular = Compiler().compile_source(SourceFile("programme.circ", program), program_folder).circular
        except CompileError:
            return  # refused with diagnostics: tests/test_fuzz.py checks they are located and catalogued
        if has_medical_documents(circular):  # a generated document's condition may exclude some rows: no completeness
            assert_medical_documents_stay_medical(circular, count=100, complete=False)

    medical_documents_stay_medical()


MEDICAL_AND_HUMAN_RESOURCES_COLUMNS = """circulaire essai "Essai"
  date 01/09/2024
  année scolaire 2025-2026
  source "sources/essai.txt"

fait secteur "Secteur" : choix (nord "Nord", sud "Sud")

service médecin "Médecin" médical
  cite "Les pièces médicales sont transmises au médecin"
service rh "Ressources humaines"
  cite "Le dispositif"

table routage "Routage"
  selon secteur
  donne destinataire_é "Destinataire médical" : service
  donne destinataire_e "Destinataire RH" : service
  | nord | médecin | rh |
  | sud | médecin | rh |
  cite "Les pièces médicales sont transmises au médecin"

pièce certificat "Certificat" obligatoire médicale
  transmise par voie postale sous pli confidentiel à routage.destinataire_é
  cite "Les pièces médicales sont transmises au médecin sous pli confidentiel"

pièce formulaire "Formulaire" obligatoire
  transmise par courriel à routage.destinataire_e
  cite "Le dispositif"
"""


def test_two_routing_columns_differing_by_an_accent_keep_the_certificate_medical(program_folder: Path) -> None:
    circular = Compiler().compile_source(SourceFile("essai.circ", MEDICAL_AND_HUMAN_RESOURCES_COLUMNS), program_folder)
    assert_medical_documents_stay_medical(circular.circular)


def test_the_reference_keeps_the_certificate_of_two_accented_columns_medical(program_folder: Path) -> None:
    circular = Compiler().compile_source(SourceFile("essai.circ", MEDICAL_AND_HUMAN_RESOURCES_COLUMNS), program_folder)
    routes = observe(circular.circular, _reference(circular.circular), situations(circular.circular))
    assert not routes.breaches and routes.reached == {"certificat": {"médecin"}}
