"""Hostile situations for generated validators, and the two properties they must hold.

1. Whatever a form, a spreadsheet export or a hand-written JSON file sends, `evaluate` answers
   with a decision (that serialises and renders) or raises SituationError whose messages are
   French, short, printable and name a field; never any other exception.
2. A value and its string form give the same outcome (same decision, or refused on the same
   fields): 7 and "7", 6.0000000000000001 and "6.0000000000000001", True and "True"...

The generator is a seeded `random.Random`, not hypothesis: a fuzz campaign draws tens of
thousands of situations per validator in seconds, and a failure names its seed and index.
Used by tests/test_robust_situations.py (bounded budget) and fuzz/fuzz_situations.py.
"""

from __future__ import annotations

import datetime
import json
import math
import random
import re
import types
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from circdsl import runtime as rt
from circdsl.report import render_decision

# Values that broke validators before, or that a careless sender produces.
KNOWN_BAD: list[Any] = [
    None, True, False, 0, 1, -1, -0.0, 0.1, 3.5, 7, -5, 300, 2**63, 10**400, -(10**400), 10**5000,
    1e308, -1e308, 5e-324, math.nan, math.inf, -math.inf, Decimal("NaN"), Decimal("sNaN"), Decimal("-Infinity"),
    Decimal("1E+999999"), Decimal("1E-999999"), Decimal("-0"), Decimal("6.0000000000000001"), 6.0000000000000001,
    "", " ", "abc", "NaN", "nan", "inf", "-Infinity", "sNaN", "1e308", "1e999999", "1e-999999", "0x10", "1_000",
    "٣", "４", "1,2,3", "1 234,5", "1\u202f234,5", "--1", "+-1", "-5", "300", "300 %", "4,5 h", "  7  ", "7,0", "1e2",
    "6.0000000000000001", "9" * 5000, "0058964e005896400589640058964", "1e999999999999999999", "31/02/2025", "29/02/2023", "00/01/2025", "32/01/2025", "1/1/1900",
    "01/01/1900", "01/01/2200", "31/12/2199", "01/01/0001", "31/12/9999", "01/01/10000", "2025-13-01",
    "2200-01-01", "1900-01-01", "0000-00-00", "99999999999/1/2025", "2025-01-01T10:00:00", "2025-01-01T00:00:00",
    "2025-01-01 00:00:00", "13 janvier 2025", "1735689600", 1735689600, 0.0, -0.0,
    datetime.date(1, 1, 1), datetime.date(9999, 12, 31), datetime.datetime(2025, 1, 1, 12, 30),
    datetime.datetime(2025, 1, 1), datetime.time(10, 0), datetime.timedelta(days=3),
    "oui", "non", "OUI", " Non ", "vrai", "faux", "yes", "no", "on", "off", "true", "false", "True", "null", "None",
    "1", "0", [], {}, [[[[]]]], {"a": {"b": {"c": []}}}, ("x",), {"x"}, frozenset(), b"octets", bytearray(b"x"),
    object(), type, print, "x" * (rt.MAX_TEXT_LENGTH + 1), "\x00", "\x1b[31m", "\u202e7", "\ud800", "é" * 10_001,
    ["a"] * (rt.MAX_CHOICES + 1), list(range(5)),
]  # fmt: skip

# Words of pydantic's English messages ("Input should be a valid integer", "Field required"...).
ENGLISH = re.compile(r"\b(Input|should|valid|required|Value error|Extra inputs|permitted)\b")
_CONTROL = "\x00\x07\x08\x1b\x7f\x85\x9b\u200e\u202e\u2066\u2028\ufeff\ud800"
_DIGITS = "0123456789٣４"


@dataclass
class Tally:
    """What a campaign tried and what came out."""

    decisions: int = 0
    refused: int = 0
    compared: int = 0
    compared_decisions: int = 0  # comparisons where both forms gave a decision (not both refused)
    differences: int = 0
    statuses: dict[str, int] = field(default_factory=dict)


# ---------------------------------------------------------------- the facts of a validator


@dataclass(frozen=True)
class FactInfo:
    name: str
    kind: str  # see rt.fact_kinds
    choices: tuple[str, ...]
    minimum: Decimal | None
    maximum: Decimal | None


def facts_of(module: types.ModuleType) -> list[FactInfo]:
    """The facts of a generated validator, their kinds and bounds (from its JSON schema)."""
    schema = module.Facts.model_json_schema(by_alias=True)["properties"]
    found = []
    for name, (kind, choices) in rt.fact_kinds(module.Facts).items():
        numeric = next((item for item in schema[name].get("anyOf", []) if "minimum" in item or "maximum" in item), {})
        low, high = numeric.get("minimum"), numeric.get("maximum")
        found.append(
            FactInfo(
                name,
                kind,
                choices,
                None if low is None else Decimal(str(low)),
                None if high is None else Decimal(str(high)),
            )
        )
    return found


def valid_value(rng: random.Random, fact: FactInfo) -> Any:
    """A value the fact accepts, in one of the forms a sender uses."""
    if fact.kind == "boolean":
        return rng.choice([True, False, "oui", "non", "vrai", "faux", "true", "false", " OUI "])
    if fact.kind == "date":
        day = datetime.date(2014, 1, 1) + datetime.timedelta(days=rng.randrange(16 * 366))
        return rng.choice([day, day.isoformat(), day.strftime("%d/%m/%Y")])
    if fact.kind in ("number", "integer"):
        low = int(fact.minimum) if fact.minimum is not None else 0
        high = int(fact.maximum) if fact.maximum is not None else low + 100
        whole = rng.randint(low, high)
        if fact.kind == "integer" or rng.random() < 0.6:
            return rng.choice([whole, str(whole), Decimal(whole), float(whole)])
        fraction = Decimal(rng.randint(0, 99)) / 100
        number = min(Decimal(whole) + fraction, Decimal(high))
        return rng.choice([number, str(number).replace(".", ","), float(number)])
    if fact.kind == "text":
        return rng.choice(["", "rien", "Mathématiques", "x" * rng.randint(0, 50)])
    if fact.kind == "choice":
        return rng.choice(fact.choices)
    if fact.kind == "choices":
        return rng.sample(fact.choices, rng.randint(0, len(fact.choices)))
    return None


def valid_situation(rng: random.Random, facts: list[FactInfo]) -> dict[str, Any]:
    """A situation with most facts known (absent facts are unknown, a valid situation too)."""
    return {fact.name: valid_value(rng, fact) for fact in facts if rng.random() < 0.85}


# ---------------------------------------------------------------- hostile values and situations


def hostile_value(rng: random.Random) -> Any:
    """A value no field should trip on: known bad values and random numbers, texts, dates, containers."""
    pick = rng.random()
    if pick < 0.3:
        return rng.choice(KNOWN_BAD)
    if pick < 0.5:
        return random_number(rng)
    if pick < 0.7:
        return random_text(rng)
    if pick < 0.85:
        return random_date_like(rng)
    depth = rng.randint(1, 3)
    value: Any = hostile_scalar(rng)
    for _ in range(depth):
        value = rng.choice([[value], [value, hostile_scalar(rng)], {"a": value}, (value,)])
    return value


def hostile_scalar(rng: random.Random) -> Any:
    return rng.choice([random_number, random_text, random_date_like])(rng)


def random_number(rng: random.Random) -> Any:
    """Integers, decimals and floats of every size, sign and precision."""
    digits = rng.choice([1, 2, 3, 6, 12, 13, 17, 30, 60])
    whole = rng.randint(-(10**digits), 10**digits)
    form = rng.randrange(6)
    if form == 0:
        return whole
    if form == 1:
        return Decimal(whole).scaleb(-rng.randint(0, 20))
    if form == 2:
        return rng.choice([float(whole), whole / 7, rng.uniform(-100, 100), math.ldexp(1, rng.randint(-1074, 1023))])
    if form == 3:
        return Decimal(f"{whole}E{rng.randint(-30, 30)}")
    if form == 4:
        return float(rng.randint(0, 50)) + rng.choice([1e-16, 1e-15, -1e-16, 0.5])
    return rng.choice([True, False, -0.0, math.nan, math.inf, Decimal("NaN")])


def random_text(rng: random.Random) -> str:
    """Numbers and dates written oddly, words, control and direction characters, long texts."""
    pieces = [
        "".join(rng.choice(_DIGITS) for _ in range(rng.randint(1, 8))),
        rng.choice([",", ".", " ", "\u202f", "\u00a0", "e", "E", "-", "+", "/", ":", "T", "_"]),
        rng.choice(["oui", "non", "vrai", "OFF", "yes", "nan", "inf", "titulaire", "santé", "h", "%", "€"]),
        rng.choice(_CONTROL),
    ]
    text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 6)))
    if rng.random() < 0.02:
        text *= rng.choice([1000, 5000])
    return text


def random_date_like(rng: random.Random) -> Any:
    """Dates, datetimes, timestamps and date-shaped texts, valid or not."""
    year = rng.choice([1, 1899, 1900, 1970, 2024, 2025, 2199, 2200, 9999])
    month, day = rng.randint(0, 13), rng.randint(0, 32)
    form = rng.randrange(5)
    if form == 0:
        try:
            return datetime.date(year, max(month, 1) if month <= 12 else 12, min(max(day, 1), 28))
        except ValueError:
            return datetime.date(2025, 1, 1)
    if form == 1:
        return datetime.datetime(2025, rng.randint(1, 12), rng.randint(1, 28), rng.randint(0, 23), rng.randint(0, 59))
    if form == 2:
        return f"{day:02d}/{month:02d}/{year:04d}" + rng.choice(["", " ", " 10:00", "x"])
    if form == 3:
        return f"{year:04d}-{month:02d}-{day:02d}" + rng.choice(["", "T00:00:00", "Z", " "])
    return rng.choice([0, 1735689600, -1, 1.5e9, "1735689600"])


def hostile_situation(rng: random.Random, facts: list[FactInfo]) -> Any:
    """A situation: valid but for one to three hostile values, unknown keys, or an odd top level."""
    pick = rng.random()
    if pick < 0.1:
        return valid_situation(rng, facts)
    if pick < 0.15:
        return rng.choice([None, [], "x", 3, 3.5, True, [("a", 1)], {1: 2}, {None: 1}, {("t",): 1}, {"": 1}])
    situation: dict[Any, Any] = valid_situation(rng, facts)
    for _ in range(rng.randint(1, 3)):
        if facts and rng.random() < 0.85:
            situation[rng.choice(facts).name] = hostile_value(rng)
        else:
            name = rng.choice(facts).name if facts else "x"
            situation[rng.choice([name + "_", name.upper(), " " + name, "\u202e" + name, "x" * 500, ""])] = 1
    return situation


# ---------------------------------------------------------------- the properties


def check_outcome(module: types.ModuleType, situation: Any) -> rt.Decision | rt.SituationError:
    """Evaluate: a decision that serialises and renders, or a clean SituationError. Anything else fails."""
    try:
        decision: rt.Decision = module.evaluate(situation)
    except rt.SituationError as error:
        assert error.errors, situation
        for item in error.errors:
            assert item.field and item.message, item
            assert len(item.field) <= 200 and len(item.message) <= 400, item
            assert item.field.isprintable() and item.message.isprintable(), item
            assert not ENGLISH.search(item.message), item  # pydantic's own (English) text never leaks
        assert str(error)
        return error
    assert isinstance(decision.status, rt.Status)
    json.loads(decision.to_json(indent=None))  # compact: json's C encoder (indented, json encodes in Python)
    assert render_decision(decision)
    return decision


def string_form(value: Any) -> str:
    """What a form sends for a value: its text (a float's repr, a date's ISO form, True -> "True")."""
    return str(value)


def outcome_key(outcome: rt.Decision | rt.SituationError) -> Any:
    """Two outcomes agree when the decisions are equal, or the same fields are refused."""
    if isinstance(outcome, rt.SituationError):
        return ("refusée", tuple(sorted({e.field for e in outcome.errors})))
    return ("décision", outcome.to_dict())


def compare_forms(module: types.ModuleType, situation: dict[str, Any], name: str, value: Any) -> str | None:
    """None if `value` and its string form give the same outcome for fact `name`, else a description."""
    return _compare(module, situation, name, value)[0]


def _compare(module: types.ModuleType, situation: dict[str, Any], name: str, value: Any) -> tuple[str | None, bool]:
    """The difference (or None), and whether the value gave a decision."""
    with_value = check_outcome(module, {**situation, name: value})
    with_text = check_outcome(module, {**situation, name: string_form(value)})
    decided = isinstance(with_value, rt.Decision)
    if outcome_key(with_value) == outcome_key(with_text):
        return None, decided
    return f"{name} = {value!r} : {_summary(with_value)} ; {string_form(value)!r} : {_summary(with_text)}", decided


def _summary(outcome: rt.Decision | rt.SituationError) -> str:
    if isinstance(outcome, rt.SituationError):
        return f"refusée ({outcome})"
    return f"décision {outcome.status.value}"


def scalar_for(rng: random.Random, fact: FactInfo) -> Any:
    """A value that is not a string (a string is its own string form), likely to matter for the fact."""
    if fact.kind in ("number", "integer"):
        if rng.random() < 0.5:
            return random_number(rng)
        low = int(fact.minimum) if fact.minimum is not None else 0
        high = int(fact.maximum) if fact.maximum is not None else low + 100
        whole = rng.randint(low, high)
        return rng.choice(
            [whole, float(whole), Decimal(whole), whole - rng.choice([0.5, 1e-16, 0.1]), Decimal(whole) / 3]
        )
    if fact.kind == "date":
        return random_date_like(rng) if rng.random() < 0.6 else valid_value(rng, fact)
    return rng.choice([True, False, 0, 1, -0.0, 1.0, Decimal("1"), datetime.date(2025, 1, 1), math.nan])


def run_campaign(
    module: types.ModuleType, count: int, seed: int, tally: Tally, on_difference: Callable[[str], None]
) -> None:
    """`count` hostile situations and `count` value/string comparisons against one validator."""
    rng = random.Random(seed)
    facts = facts_of(module)
    compared = [fact for fact in facts if fact.kind not in ("text", "choices")]
    for index in range(count):
        situation = hostile_situation(rng, facts)
        try:
            outcome = check_outcome(module, situation)
        except Exception as error:  # anything but a decision or SituationError: report the input
            raise AssertionError(f"graine {seed}, situation {index} : {situation!r:.2000}") from error
        if isinstance(outcome, rt.SituationError):
            tally.refused += 1
        else:
            tally.decisions += 1
            tally.statuses[outcome.status.value] = tally.statuses.get(outcome.status.value, 0) + 1
        if compared:
            fact = rng.choice(compared)
            difference, decided = _compare(module, valid_situation(rng, facts), fact.name, scalar_for(rng, fact))
            tally.compared += 1
            tally.compared_decisions += decided
            if difference is not None:
                tally.differences += 1
                on_difference(f"graine {seed}, comparaison {index} : {difference}")
