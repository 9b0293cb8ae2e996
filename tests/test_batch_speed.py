"""What the batch speed-ups must keep: the missing facts ranked as before, the submissions of a
situation resolved from its facts (and shared between decisions that resolve them alike), and a
decision query that computes a condition shared by several rules once, on every dialect."""

from __future__ import annotations

from typing import Any

import pytest

from circdsl import runtime as rt
from circdsl.compiler import Compiler
from circdsl.sql import DIALECTS, build_decision_query
from circulaires import poste_adapte_aix_marseille_2025 as poste_adapte
from tests.conftest import CIRCULARS

RULES = {name: rt.RuleInfo(name, name, "bloquante", (), "x.circ:1") for name in ("r1", "r2", "r3", "r4")}


def undecided(rule: str, severity: str, *missing: str) -> rt.Finding:
    return rt.Finding(RULES[rule], rt.Outcome.UNDECIDED, severity, "À vérifier", (), missing)


def test_missing_facts_come_blocking_first_then_most_needed_then_in_declaration_order() -> None:
    findings = (
        undecided("r1", "avertissement", "c", "a", "a"),  # a rule that lists a fact twice counts once
        undecided("r2", "bloquante", "b"),
        undecided("r3", "avertissement", "a", "z", "y"),  # z and y are outside the order: kept as met
        rt.Finding(RULES["r4"], rt.Outcome.VIOLATED, "bloquante", "Non", (), ("d",)),  # not undecided
    )
    ranked = rt.rank_missing(findings, {"a": "Fait A"}, {"a": 1, "b": 2, "c": 3})
    assert [(f.name, f.label, f.rules, f.blocking) for f in ranked] == [
        ("b", "b", ("r2",), True),
        ("a", "Fait A", ("r1", "r3"), False),
        ("z", "z", ("r3",), False),
        ("y", "y", ("r3",), False),
        ("c", "c", ("r1",), False),
    ]


def situation(**changes: Any) -> dict[str, Any]:
    facts = {
        "agent.statut": "titulaire",
        "agent.département": "d13",
        "geo_affectation": "marseille_nord",
        "agent.arrondissement": 2,
        "envoi_postal_exceptionnel": False,
    }
    return {**facts, **changes}


def test_the_submissions_follow_the_situation_and_are_shared_between_alike_decisions() -> None:
    by_mail = poste_adapte.evaluate(situation()).submissions
    again = poste_adapte.evaluate(situation(**{"agent.statut": "contractuel"})).submissions
    by_post = poste_adapte.evaluate(situation(envoi_postal_exceptionnel=True)).submissions
    unknown = poste_adapte.evaluate(situation(envoi_postal_exceptionnel=None)).submissions
    assert all(a is b for a, b in zip(by_mail, again, strict=True))  # resolved alike: the same objects
    assert [d.channel for d in by_mail[0].deliveries] == ["courriel"]
    assert [d.channel for d in by_post[0].deliveries] == ["voie postale"]
    assert [(d.channel, d.condition) for d in unknown[0].deliveries] == [
        ("courriel", "non envoi_postal_exceptionnel"),
        ("voie postale", "envoi_postal_exceptionnel"),
    ]
    # everything but the ways of sending comes from the circular, whatever the situation
    for submissions in (by_mail, by_post, unknown):
        assert [(s.label, s.address, s.citations) for s in submissions] == [
            (s.label, s.address, s.citations) for s in by_mail
        ]
    medical = by_mail[1].deliveries[0]
    assert [r.name for r in medical.recipients] == ["médecin_munteanu"]


@pytest.mark.parametrize("dialect", ["duckdb", "spark", "postgres"])
def test_rules_with_the_same_condition_read_one_column(dialect: str) -> None:
    """Paris: demi_journées_entières and plafond_tiers_demi_journées apply to the same teachers
    (premier degré); the query computes that condition once, in every dialect."""
    circular = Compiler().compile_file(CIRCULARS / "allegement_paris_2025.circ").circular
    sql = build_decision_query(circular).tree.sql(dialect=DIALECTS[dialect])
    quote = "`" if dialect == "spark" else '"'
    assert sql.count(f"AS {quote}_r_2_si{quote}") == 1
    assert f"{quote}_r_3_si{quote}" not in sql


def test_a_finding_is_built_as_a_frozen_dataclass_is() -> None:
    """Finding's faster __init__ keeps the dataclass's: same fields and defaults, keywords,
    equality and hash, `replace`, and no change after construction."""
    import dataclasses

    rule = RULES["r1"]
    finding = rt.Finding(rule, rt.Outcome.VIOLATED, "bloquante", "Non", (("a", 1),))
    assert (finding.missing, finding.exception) == ((), None)
    by_keywords = rt.Finding(
        rule=rule, outcome=rt.Outcome.VIOLATED, severity="bloquante", message="Non", values=(("a", 1),)
    )
    assert by_keywords == finding and hash(by_keywords) == hash(finding)
    assert dataclasses.replace(finding, exception="levée").exception == "levée"
    with pytest.raises(dataclasses.FrozenInstanceError):
        finding.message = "Oui"  # type: ignore[misc]
    with pytest.raises(TypeError):
        rt.Finding(rule, rt.Outcome.VIOLATED)  # type: ignore[call-arg]
