"""Runtime used by generated validators: three-valued logic, arithmetic, display, errors."""

from __future__ import annotations

import datetime
from decimal import Decimal
from itertools import product

import pytest

from circdsl import runtime as rt

TRUTHS = (True, False, None)


def kleene_and(a: bool | None, b: bool | None) -> bool | None:
    if a is False or b is False:
        return False
    return None if None in (a, b) else True


@pytest.mark.parametrize(("a", "b"), list(product(TRUTHS, TRUTHS)))
def test_and_or_not_follow_kleene_truth_tables(a: bool | None, b: bool | None) -> None:
    assert rt.and3(a, b) is kleene_and(a, b)
    negated = kleene_and(rt.not3(a), rt.not3(b))  # De Morgan
    assert rt.or3(a, b) is rt.not3(negated)
    assert rt.not3(rt.not3(a)) is a


def test_unknown_is_not_false() -> None:
    assert rt.eq(None, "titulaire") is None
    assert rt.le(None, Decimal(6)) is None
    assert rt.is_in(None, frozenset({"a"})) is None
    assert rt.is_whole(None) is None
    assert rt.and3(None, True) is None
    assert rt.and3(None, False) is False  # false whatever the unknown is
    assert rt.or3(None, True) is True


def test_arithmetic_propagates_unknown_and_is_exact() -> None:
    assert rt.div(Decimal(18), 3) == Decimal(6)
    assert rt.div(None, 3) is None
    assert rt.div(Decimal(1), 0) is None  # by zero: unknown, not a crash
    assert rt.percent_of(Decimal("2421.62"), Decimal(50)) == Decimal("1210.81")
    assert rt.add(Decimal("0.1"), Decimal("0.2")) == Decimal("0.3")


def test_rounding_to_the_cent_rounds_halves_up() -> None:
    assert rt.round_cents(Decimal("134.405")) == Decimal("134.41")
    assert rt.round_cents(Decimal("134.404")) == Decimal("134.40")
    assert rt.round_units(Decimal("2.5")) == Decimal(3)
    assert rt.round_cents(None) is None


def test_is_whole() -> None:
    assert rt.is_whole(Decimal("4.0")) is True
    assert rt.is_whole(Decimal("4.5")) is False
    assert rt.is_whole(3) is True


def test_values_are_shown_the_french_way() -> None:
    assert rt.fmt(Decimal("4.5"), "h") == "4,5 h"
    assert rt.fmt(Decimal("6.000"), "h") == "6 h"
    assert rt.fmt(Decimal("2421.62"), "€") == "2\u202f421,62 €"
    assert rt.fmt(datetime.date(2025, 1, 20)) == "20/01/2025"
    assert rt.fmt(True) == "oui"
    assert rt.fmt(None) == "inconnu"


def test_status_precedence() -> None:
    info = rt.RuleInfo("r", "R", "bloquante", (), "x.circ:1")

    def finding(outcome: rt.Outcome, severity: str) -> rt.Finding:
        return rt.Finding(info, outcome, severity, "m", ())

    assert rt.decide_status([]) is rt.Status.ADMISSIBLE
    assert rt.decide_status([finding(rt.Outcome.VIOLATED, "avertissement")]) is rt.Status.ADMISSIBLE_WITH_RESERVATIONS
    undecided = finding(rt.Outcome.UNDECIDED, "bloquante")
    assert rt.decide_status([undecided, finding(rt.Outcome.VIOLATED, "avertissement")]) is rt.Status.INCOMPLETE
    assert rt.decide_status([undecided, finding(rt.Outcome.VIOLATED, "bloquante")]) is rt.Status.NOT_ADMISSIBLE
    assert rt.decide_status([finding(rt.Outcome.WAIVED, "information")]) is rt.Status.ADMISSIBLE
    assert rt.decide_status([finding(rt.Outcome.CONFLICT, "avertissement")]) is rt.Status.ADMISSIBLE_WITH_RESERVATIONS


def test_missing_facts_are_ranked_blocking_first_then_by_number_of_rules() -> None:
    def undecided(name: str, missing: tuple[str, ...], severity: str = "bloquante") -> rt.Finding:
        return rt.Finding(
            rt.RuleInfo(name, name, severity, (), "x:1"), rt.Outcome.UNDECIDED, severity, "m", (), missing
        )

    findings = [undecided("r1", ("b",)), undecided("r2", ("a", "b")), undecided("r3", ("c",), "avertissement")]
    ranked = rt.rank_missing(findings, {"a": "A", "b": "B"}, {"a": 0, "b": 1, "c": 2})
    # an undecided warning names its facts too, after those that can change the status
    assert [(m.name, m.label, m.rules, m.blocking) for m in ranked] == [
        ("b", "B", ("r1", "r2"), True),
        ("a", "A", ("r2",), True),
        ("c", "c", ("r3",), False),
    ]
    # a fact two warnings need still comes after one a single blocking rule needs; a fact needed
    # by a blocking rule and warnings counts them all
    findings = [
        undecided("w1", ("w",), "avertissement"),
        undecided("w2", ("w", "x"), "avertissement"),
        undecided("r1", ("a",)),
        undecided("r2", ("x",)),
    ]
    ranked = rt.rank_missing(findings, {}, {"w": 0, "x": 1, "a": 2})
    assert [(m.name, m.rules, m.blocking) for m in ranked] == [
        ("x", ("w2", "r2"), True),
        ("a", ("r1",), True),
        ("w", ("w1", "w2"), False),
    ]
    # only warnings undecided: the request is recevable, and the facts are still listed
    only_warning = [undecided("w1", ("w",), "avertissement")]
    assert rt.decide_status(only_warning) is rt.Status.ADMISSIBLE
    assert [(m.name, m.blocking) for m in rt.rank_missing(only_warning, {}, {"w": 0})] == [("w", False)]
    # a rule that reads a fact twice (`a > 1 et a < 5`) needs it once: it does not outrank a fact two rules need
    findings = [undecided("r1", ("a", "a")), undecided("r2", ("b",)), undecided("r3", ("b",))]
    ranked = rt.rank_missing(findings, {}, {"a": 0, "b": 1})
    assert [(m.name, m.rules) for m in ranked] == [("b", ("r2", "r3")), ("a", ("r1",))]


def test_exceptions_resolution() -> None:
    info = rt.RuleInfo("r", "R", "bloquante", (), "x:1")
    assert rt.exception_outcome(info, ((False, "levée", "a"),)) is None
    assert rt.exception_outcome(info, ((None, "levée", "a"),)) == ("indéterminée", None)
    # an unknown exception that could still make a conflict leaves the rule undecided, one that could not does not
    assert rt.exception_outcome(info, ((True, "avertissement", "a"), (None, "levée", "b"))) == ("indéterminée", None)
    assert rt.exception_outcome(info, ((True, "levée", "a"), (None, "levée", "b"))) == ("levée", "a")
    outcome, _ = rt.exception_outcome(info, ((True, "levée", "a"), (True, "information", "b"), (None, "levée", "c")))  # type: ignore[misc]
    assert outcome == "conflit"
    outcome, text = rt.exception_outcome(info, ((True, "avertissement", "a"), (True, "levée", "b")))  # type: ignore[misc]
    assert outcome == "conflit" and "a" in text and "b" in text


# ------------------------------------------------------------------ chains (the emitter's n-ary forms)

CHAINS = [values for length in (1, 2, 3, 4) for values in product(TRUTHS, repeat=length)]


@pytest.mark.parametrize("values", CHAINS)
def test_a_logical_chain_is_the_fold_of_its_binary_operator(values: tuple[bool | None, ...]) -> None:
    conjunction, disjunction = values[0], values[0]
    for value in values[1:]:
        conjunction, disjunction = rt.and3(conjunction, value), rt.or3(disjunction, value)
    assert rt.all3(*values) is conjunction
    assert rt.any3(*values) is disjunction


@pytest.mark.parametrize("values", [v for v in CHAINS if len(v) >= 2])
def test_the_facts_missing_from_a_chain_are_those_of_the_nested_binary_form(values: tuple[bool | None, ...]) -> None:
    missing = [(f"f{i}",) if value is None else () for i, value in enumerate(values)]
    nested_and, nested_or = values[0], values[0]
    missing_and, missing_or = missing[0], missing[0]
    for value, facts in zip(values[1:], missing[1:], strict=True):
        missing_and = rt.missing_and(nested_and, missing_and, value, facts)
        missing_or = rt.missing_or(nested_or, missing_or, value, facts)
        nested_and, nested_or = rt.and3(nested_and, value), rt.or3(nested_or, value)
    assert rt.missing_all(*zip(values, missing, strict=True)) == missing_and
    assert rt.missing_any(*zip(values, missing, strict=True)) == missing_or


def test_sums_and_products_are_computed_left_to_right_like_nested_operators() -> None:
    terms = [Decimal("1E+30"), Decimal(1), Decimal("-1E+30"), Decimal("0.5"), 3]  # rounding depends on the order
    nested = terms[0]
    for term in terms[1:]:
        nested = rt.add(nested, term)
    assert rt.total(*terms) == nested
    assert rt.total(Decimal(10), rt.neg(Decimal(3)), 2) == rt.add(rt.sub(Decimal(10), Decimal(3)), 2)
    assert rt.product(Decimal("1.1"), 3, Decimal("0.5")) == rt.mul(rt.mul(Decimal("1.1"), 3), Decimal("0.5"))
    assert rt.total(1, None, 2) is None
    assert rt.product(None, 2) is None


def test_a_service_reached_both_directly_and_through_a_routing_table_is_listed_once() -> None:
    doctor = rt.Recipient("médecin", "Médecin", True, None)
    office = rt.Recipient("rh", "RH", False, None)
    delivery = rt.routed(
        "voie postale", True, (doctor,), (doctor, office, None), ("selon a", "selon b", "selon la table"), True, None
    )
    assert delivery is not None
    assert delivery.recipients == (doctor, office)
    assert delivery.undetermined == "selon la table"


def test_a_table_whose_row_is_known_needs_no_more_facts() -> None:
    rows = ((("secteur", "nord"),), (("zone", None),))
    assert rt.table_missing((True, None), rows) == ()  # the first row applies; the second could only agree with it
    assert rt.table_missing((False, None), rows) == ("zone",)
