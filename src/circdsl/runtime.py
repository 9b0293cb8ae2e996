"""What generated validators import: three-valued operators, the decision
types and French messages for invalid situations. Standard library and
pydantic only, so a generated module needs nothing else from circdsl.

One module on purpose, however long: it is the only thing a generated validator imports
(`from circdsl import runtime as rt`), and what ships beside the validators."""

from __future__ import annotations

import calendar
import datetime
import difflib
import functools
import json
import math
import re
import reprlib
import types
import typing
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Context, Decimal, InvalidOperation
from enum import StrEnum
from typing import Annotated, Any, ClassVar, Literal, NamedTuple, TypeVar

import annotated_types
from pydantic import BaseModel, ConfigDict, TypeAdapter, ValidationError, ValidationInfo, field_validator
from pydantic_core import PydanticCustomError

# What generated validators and their users may rely on (tests check that generated code uses nothing else).
__all__ = [
    "BOOLEAN_WORDS", "EARLIEST_DATE", "FIELD_LIMIT", "LATEST_DATE", "MAX_CHOICES", "MAX_DECIMALS", "MAX_FACTS",
    "MAX_NUMBER", "MAX_NUMBER_LENGTH", "MAX_TEXT_LENGTH", "ChecklistItem", "CircularInfo", "Citation", "DeadlineInfo",
    "Decision", "Delivery", "FactsModel", "FieldError", "Finding", "MissingFact", "OpinionInfo", "Outcome",
    "PlainReadingError", "Recipient", "Routing", "RuleInfo", "SituationError", "Status", "SubmissionInfo", "Truth",
    "Verdict", "add", "add_days", "add_months", "add_working_days", "all3", "all_provided", "and3", "any3", "any_in",
    "checklist_item", "count", "days_between", "decide_status", "deliveries", "div", "during", "eq",
    "exception_outcome", "fact_kinds", "fmt", "fmt_choice", "french_errors", "ge", "gt", "is_business_day", "is_in",
    "is_whole", "is_working_day", "le", "lookup", "lt", "missing_all", "missing_and", "missing_any",
    "missing_documents", "missing_each", "missing_or", "mul", "ne", "neg", "none_in", "not3", "not_in", "or3",
    "percent_of", "plain_reader", "product", "rank_missing", "read_boolean", "read_choice", "read_choices", "read_date",
    "read_decimal", "read_integer", "read_text", "round_cents", "round_units", "routed", "routing", "shift_date",
    "shown_value", "status_from_flags", "sub", "sub_days", "submission", "table_missing", "total", "unknown",
    "validate",
]  # fmt: skip

# A fact's value once validated: None means unknown.
Truth = bool | None

# ---------------------------------------------------------------- input types

# Bounds of a situation, each refused with a French message naming the field (see the readers below).
MAX_TEXT_LENGTH = 10_000  # characters of a text fact
MAX_CHOICES = 100  # values ticked in a multiple choice
MAX_NUMBER_LENGTH = 50  # characters of a number, as written or as its decimal form
MAX_FACTS = 1_000  # keys of a situation (a circular declares far fewer facts)
MAX_NUMBER = 10**12  # in absolute value
MAX_DECIMALS = 12  # a non-zero value below 10**-12 in absolute value is refused
EARLIEST_DATE = datetime.date(1900, 1, 1)
LATEST_DATE = datetime.date(2199, 12, 31)
# The words a boolean fact accepts besides true and false, in any case, spaces around ignored.
BOOLEAN_WORDS = {"oui": True, "non": False, "vrai": True, "faux": False, "true": True, "false": False}


class FactsModel(BaseModel):
    """Base of every generated facts model: unknown fields are errors, values frozen.

    Each field is read strictly according to its declared type (see `_kind_of`):
    a value is accepted from its own Python type or from the text a form sends
    (13/01/2025, "4,5", "oui"), never from another type (a number is not a date,
    `true` is not a number), and implausible values are refused. The same reading
    applies to `Facts(...)`, `Facts.model_validate(...)` and `evaluate(...)`.
    """

    model_config = ConfigDict(
        extra="forbid",
        frozen=True,
        validate_by_alias=True,
        validate_by_name=True,
        serialize_by_alias=True,
        allow_inf_nan=False,
        str_max_length=MAX_TEXT_LENGTH,
    )
    # Field alias or name -> "date" | "number" | "boolean", written by the emitter. The runtime now
    # reads each field from its declared type instead; the attribute is kept for compatibility.
    french_fields: ClassVar[dict[str, str]] = {}
    # Field alias or name -> unit of a quantity ("heures", "pourcentage"...), written by the emitter:
    # the text "4,5 h" is read for a fact in hours, refused for a fact in % or without a unit.
    fact_units: ClassVar[dict[str, str]] = {}

    @field_validator("*", mode="before")
    @classmethod
    def _read_strictly(cls, value: Any, info: ValidationInfo) -> Any:
        """Read a value by the type of its field; pydantic then checks bounds and choices."""
        if value is None:
            return None
        reader = _readers(cls).get(info.field_name or "")
        if reader is None:
            return value
        try:
            return reader(value)
        except _RefusedValueError as refused:
            raise PydanticCustomError(_REFUSED, "{message}", {"message": refused.message}) from None


# ---------------------------------------------------------------- three-valued logic


def not3(a: Truth) -> Truth:
    return None if a is None else not a


def and3(a: Truth, b: Truth) -> Truth:
    if a is False or b is False:
        return False
    if a is None or b is None:
        return None
    return True


def or3(a: Truth, b: Truth) -> Truth:
    if a is True or b is True:
        return True
    if a is None or b is None:
        return None
    return False


def eq(a: Any, b: Any) -> Truth:
    return None if a is None or b is None else a == b


def ne(a: Any, b: Any) -> Truth:
    return None if a is None or b is None else a != b


def lt(a: Any, b: Any) -> Truth:
    return None if a is None or b is None else a < b


def le(a: Any, b: Any) -> Truth:
    return None if a is None or b is None else a <= b


def gt(a: Any, b: Any) -> Truth:
    return None if a is None or b is None else a > b


def ge(a: Any, b: Any) -> Truth:
    return None if a is None or b is None else a >= b


def is_in(a: Any, items: frozenset[Any]) -> Truth:
    return None if a is None else a in items


def not_in(a: Any, items: frozenset[Any]) -> Truth:
    return None if a is None else a not in items


def any_in(a: frozenset[Any] | None, items: frozenset[Any]) -> Truth:
    """For several-of choices: at least one ticked value is in `items`."""
    return None if a is None else not a.isdisjoint(items)


def none_in(a: frozenset[Any] | None, items: frozenset[Any]) -> Truth:
    return None if a is None else a.isdisjoint(items)


def is_whole(a: Decimal | int | None) -> Truth:
    if a is None:
        return None
    return a == int(a) if isinstance(a, Decimal) else True


# ---------------------------------------------------------------- arithmetic (unknown in, unknown out)


def add(a: Any, b: Any) -> Any:
    return None if a is None or b is None else a + b


def sub(a: Any, b: Any) -> Any:
    return None if a is None or b is None else a - b


def mul(a: Any, b: Any) -> Any:
    return None if a is None or b is None else a * b


def div(a: Any, b: Any) -> Any:
    """Division; by zero the result is unknown rather than an error."""
    if a is None or b is None or b == 0:
        return None
    if type(a) is int and type(b) is int:
        return Decimal(a) / b  # int / int would give a float
    return a / b


def percent_of(a: Any, b: Any) -> Any:
    """a * b where one side is a percentage (80 means 80 %)."""
    return None if a is None or b is None else Decimal(a) * Decimal(b) / 100


def neg(a: Any) -> Any:
    return None if a is None else -a


_CENT = Decimal("0.01")
_WIDE = Context(prec=120)  # rounding a large computed amount must not fail for want of digits


# ---------------------------------------------------------------- dates and calendar


def add_days(a: datetime.date | None, days: Decimal | int | None) -> datetime.date | None:
    if a is None or days is None:
        return None
    try:
        return a + datetime.timedelta(days=int(days))
    except OverflowError:
        return None


def sub_days(a: datetime.date | None, days: Decimal | int | None) -> datetime.date | None:
    return add_days(a, None if days is None else -days)


def days_between(a: datetime.date | None, b: datetime.date | None) -> int | None:
    return None if a is None or b is None else (a - b).days


def during(a: datetime.date | None, start: datetime.date, end: datetime.date) -> Truth:
    return None if a is None else start <= a <= end


def count(values: frozenset[Any] | None) -> int | None:
    return None if values is None else len(values)


@functools.lru_cache(maxsize=64)
def _french_holidays(year: int) -> frozenset[datetime.date]:
    import holidays  # circdsl's dependency; loaded only by validators that count working days

    return frozenset(holidays.country_holidays("FR", years=year))


def is_working_day(day: datetime.date) -> bool:
    """Monday to Friday, except French public holidays (metropolitan France)."""
    return day.weekday() < 5 and day not in _french_holidays(day.year)


def is_business_day(day: datetime.date) -> bool:
    """A jour ouvrable: Monday to Saturday, except French public holidays."""
    return day.weekday() < 6 and day not in _french_holidays(day.year)


def add_working_days(start: datetime.date, days: int, saturdays: bool = False) -> datetime.date:
    """Move `days` jours ouvrés (or jours ouvrables with `saturdays`) forward, or backward if negative."""
    counts = is_business_day if saturdays else is_working_day
    step = datetime.timedelta(days=1 if days >= 0 else -1)
    day, left = start, abs(days)
    while left:
        day += step
        if counts(day):
            left -= 1
    return day


def add_months(start: datetime.date, months: int, rounding: str) -> datetime.date:
    """Shift by whole months; a day missing from the target month goes to its last day
    ("dernier jour": 31/03 - 1 mois = 28/02) or to the 1st of the next ("mois suivant": 01/03)."""
    index = start.year * 12 + start.month - 1 + months
    year, month = divmod(index, 12)
    month += 1
    last = calendar.monthrange(year, month)[1]
    if start.day <= last:
        return datetime.date(year, month, start.day)
    if rounding == "dernier jour":
        return datetime.date(year, month, last)
    return datetime.date(year, month, last) + datetime.timedelta(days=1)


def shift_date(
    anchor: datetime.date | None, amount: int, unit: str, direction: str, rounding: str | None, postponed: bool
) -> datetime.date | None:
    """A relative deadline: `amount unit avant|après anchor`; None while the anchor is unknown."""
    if anchor is None:
        return None
    signed = amount if direction == "après" else -amount
    try:
        if unit in ("jours ouvrés", "jours ouvrables"):
            day = add_working_days(anchor, signed, saturdays=unit == "jours ouvrables")
        elif unit == "mois":
            day = add_months(anchor, signed, rounding or "dernier jour")
        else:
            day = anchor + datetime.timedelta(days=signed)
        while postponed and not is_working_day(day):
            day += datetime.timedelta(days=1)
    except (OverflowError, ValueError):  # beyond year 1..9999: no such date
        return None
    return day


# ---------------------------------------------------------------- decision tables and routing


def lookup(
    matches: tuple[Truth, ...], outputs: tuple[tuple[Any, ...], ...], default: tuple[Any, ...] | None, width: int
) -> tuple[Any, ...]:
    """The outputs of the row that matches; unknown (Nones) while some row may still match."""
    undecided = False
    for match, row in zip(matches, outputs, strict=True):
        if match is True:
            return row
        if match is None:
            undecided = True
    if undecided or default is None:
        return (None,) * width
    return default


def routed(
    channel: str,
    sealed: bool,
    fixed: tuple[Recipient, ...],
    dynamic: tuple[Recipient | None, ...],
    undetermined: tuple[str, ...],
    condition: Truth,
    condition_text: str | None,
    via: tuple[Recipient, ...] = (),
) -> Delivery | None:
    """One way of sending, resolved for a situation: None when its condition is false.
    `undetermined[i]` says whom `dynamic[i]` (a routing table's column) would name, when unknown."""
    if condition is False:
        return None
    key = (channel, sealed, fixed, dynamic, undetermined, condition, condition_text, via)
    delivery = _ROUTED.get(key)
    if delivery is None:
        # a service reached twice is one
        found = tuple(dict.fromkeys(fixed + tuple(r for r in dynamic if r is not None)))
        labels = dict.fromkeys(label for r, label in zip(dynamic, undetermined, strict=True) if r is None)
        delivery = Delivery(
            channel, sealed, found, condition_text if condition is None else None, ", ".join(labels) or None, via
        )
        if len(_ROUTED) >= _ROUTED_KEPT:
            _ROUTED.clear()
        _ROUTED[key] = delivery
    return delivery


# Ways of sending already resolved (a Delivery is immutable: decisions share them); a circular's
# recipients are few, so the same ones come back situation after situation.
_ROUTED: dict[tuple[Any, ...], Delivery] = {}
_ROUTED_KEPT = 4096


def deliveries(*items: Delivery | None) -> tuple[Delivery, ...]:
    """The ways of sending that apply. The same ways (the same objects: `routed` remembers them)
    give the same tuple, so that `checklist_item` can recognise it without hashing it."""
    key = tuple(map(id, items))
    known = _DELIVERIES.get(key)
    if known is not None and known[0] == items:  # the same objects (ids of dead ones may be reused)
        return known[1]
    found = tuple(item for item in items if item is not None)
    if len(_DELIVERIES) >= _ROUTED_KEPT:
        _DELIVERIES.clear()
    _DELIVERIES[key] = (items, found)
    return found


def checklist_item(
    template: ChecklistItem, status: str, condition: str | None, ways: tuple[Delivery, ...]
) -> ChecklistItem:
    """A document whose ways of sending depend on the situation: `template` with its status,
    condition and ways of sending; built once for each of them (a ChecklistItem is immutable)."""
    key = (id(template), status, condition, id(ways))
    known = _ITEMS.get(key)
    if known is not None and known[0] is template and known[1].deliveries is ways:
        return known[1]
    t = template
    item = ChecklistItem(t.document, t.label, status, condition, t.medical, t.confidential, ways, t.detail, t.citations)
    if len(_ITEMS) >= _ROUTED_KEPT:
        _ITEMS.clear()
    _ITEMS[key] = (template, item)
    return item


def submission(template: SubmissionInfo, ways: tuple[Delivery, ...]) -> SubmissionInfo:
    """A submission whose ways of sending depend on the situation: `template` with those ways;
    built once for each of them (a SubmissionInfo is immutable), like `checklist_item`."""
    key = (id(template), id(ways))
    known = _SUBMISSIONS.get(key)
    if known is not None and known[0] is template and known[1].deliveries is ways:
        return known[1]
    info = SubmissionInfo(template.label, ways, template.address, template.citations)
    if len(_SUBMISSIONS) >= _ROUTED_KEPT:
        _SUBMISSIONS.clear()
    _SUBMISSIONS[key] = (template, info)
    return info


_DELIVERIES: dict[tuple[int, ...], tuple[tuple[Delivery | None, ...], tuple[Delivery, ...]]] = {}
_ITEMS: dict[tuple[int, str, str | None, int], tuple[ChecklistItem, ChecklistItem]] = {}
_SUBMISSIONS: dict[tuple[int, int], tuple[SubmissionInfo, SubmissionInfo]] = {}


def round_cents(a: Decimal | None) -> Decimal | None:
    """Round to the cent, halves up (0,005 € -> 0,01 €)."""
    return None if a is None else Decimal(a).quantize(_CENT, rounding=ROUND_HALF_UP, context=_WIDE)


def round_units(a: Decimal | None) -> Decimal | None:
    """Round to a whole unit, halves up."""
    return None if a is None else Decimal(a).quantize(Decimal(1), rounding=ROUND_HALF_UP, context=_WIDE)


def unknown(*pairs: tuple[str, Any]) -> tuple[str, ...]:
    """Names of the facts, among (name, value) pairs, whose value is unknown."""
    return tuple(name for name, value in pairs if value is None)


def table_missing(matches: tuple[Truth, ...], rows: tuple[tuple[tuple[str, Any], ...], ...]) -> tuple[str, ...]:
    """The unknown facts tested by the rows of a table that may still match, while no row
    certainly matches (once one does, rows that may also match give the same outputs)."""
    if True in matches:
        return ()
    found: dict[str, None] = {}
    for match, pairs in zip(matches, rows, strict=True):
        if match is None:
            found.update((name, None) for name, value in pairs if value is None)
    return tuple(found)


def all_provided(provided: frozenset[str] | None, required: tuple[tuple[Truth, str, str], ...]) -> Truth:
    """Every mandatory document that applies (condition, name, label) is among those provided."""
    if provided is None:
        return None
    result: Truth = True
    for applies, name, _label in required:
        if name in provided or applies is False:
            continue
        if applies is True:
            return False
        result = None
    return result


def missing_documents(provided: frozenset[str] | None, required: tuple[tuple[Truth, str, str], ...]) -> str:
    """The labels of the mandatory documents that apply and are not provided, for a message."""
    missing = [label for applies, name, label in required if applies is True and name not in (provided or ())]
    return " ; ".join(missing) if missing else "aucune"


def missing_and(a: Truth, missing_a: tuple[str, ...], b: Truth, missing_b: tuple[str, ...]) -> tuple[str, ...]:
    """The unknown facts that can still decide `a et b`: a side already true cannot."""
    if a is False or b is False:
        return ()
    return (() if a is True else missing_a) + (() if b is True else missing_b)


def missing_or(a: Truth, missing_a: tuple[str, ...], b: Truth, missing_b: tuple[str, ...]) -> tuple[str, ...]:
    """The unknown facts that can still decide `a ou b`: a side already false cannot."""
    if a is True or b is True:
        return ()
    return (() if a is False else missing_a) + (() if b is False else missing_b)


# ---------------------------------------------------------------- chains, flattened by the emitter
# `a et b et c` is one call, never nested calls: a chain of any length stays importable.


def all3(*values: Truth) -> Truth:
    """`a et b et c...` (Kleene): false if one is false, else unknown if one is unknown."""
    return _chain3(values, False)


def any3(*values: Truth) -> Truth:
    """`a ou b ou c...` (Kleene): true if one is true, else unknown if one is unknown."""
    return _chain3(values, True)


def _chain3(values: tuple[Truth, ...], absorbing: bool) -> Truth:
    """A Kleene chain whose `absorbing` value decides it (False for `et`, True for `ou`)."""
    result: Truth = not absorbing
    for value in values:
        if value is absorbing:
            return absorbing
        if value is None:
            result = None
    return result


def total(*terms: Any) -> Any:
    """`a + b - c...` computed left to right (a subtracted term comes negated); unknown if one is."""
    if None in terms:
        return None
    result = terms[0]
    for term in terms[1:]:
        result = result + term
    return result


def product(*factors: Any) -> Any:
    """`a * b * c...` computed left to right; unknown if one is."""
    if None in factors:
        return None
    result = factors[0]
    for factor in factors[1:]:
        result = result * factor
    return result


def missing_all(*sides: tuple[Truth, tuple[str, ...]]) -> tuple[str, ...]:
    """`missing_and` for a chain `a et b et c...`: (value, unknown facts) of each operand."""
    if any(value is False for value, _ in sides):
        return ()
    return tuple(name for value, missing in sides if value is not True for name in missing)


def missing_any(*sides: tuple[Truth, tuple[str, ...]]) -> tuple[str, ...]:
    """`missing_or` for a chain `a ou b ou c...`: (value, unknown facts) of each operand."""
    if any(value is True for value, _ in sides):
        return ()
    return tuple(name for value, missing in sides if value is not False for name in missing)


def missing_each(*sides: tuple[Truth, tuple[str, ...]]) -> tuple[str, ...]:
    """The unknown facts of the sides still unknown, each side on its own (the conditions of the
    documents of `pièces fournies`): a side already known cannot decide anything."""
    return tuple(name for value, missing in sides if value is None for name in missing)


# ---------------------------------------------------------------- display


_SHOWN: dict[tuple[Any, str], str] = {}  # fmt's text of a decimal or a date in a unit
_SHOWN_KEPT = 4096  # texts remembered (a campaign repeats its dates and amounts)


def fmt(value: Any, unit: str = "") -> str:
    """Show a value in French: 4,5 h ; 13/01/2025 ; oui ; inconnu. The text of a decimal or a date
    is remembered: equal decimals show alike (but -0 and 0, never remembered), so do equal dates."""
    kind = type(value)
    if (kind is Decimal and value) or kind is datetime.date:
        key = (value, unit)
        text = _SHOWN.get(key)
        if text is None:
            if len(_SHOWN) >= _SHOWN_KEPT:
                _SHOWN.clear()
            text = _SHOWN[key] = _shown_text(value, unit)
        return text
    return _shown_text(value, unit)


def _shown_text(value: Any, unit: str) -> str:
    if value is None:
        return "inconnu"
    if isinstance(value, bool):
        return "oui" if value else "non"
    if isinstance(value, datetime.date):
        return f"{value.day:02d}/{value.month:02d}/{value.year}"
    if isinstance(value, (Decimal, int)):
        if "(s)" in unit:  # French plural from 2 on: 1,5 demi-journée, 2 demi-journées
            unit = unit.replace("(s)", "s" if abs(Decimal(value)) >= 2 else "")
        return _number_text(value, cents=unit == "€") + (f" {unit}" if unit else "")
    if isinstance(value, Recipient):
        return value.label
    if isinstance(value, frozenset):
        return ", ".join(sorted(str(v) for v in value)) or "aucun"
    return str(value)


def fmt_choice(value: str | frozenset[str] | None, labels: Mapping[str, str]) -> str:
    """A choice shown by its label ("Premier degré"), several joined by commas."""
    if value is None:
        return "inconnu"
    if isinstance(value, str):
        return labels.get(value, value)
    return ", ".join(labels.get(v, v) for v in sorted(value, key=list(labels).index)) or "aucun"


def _number_text(value: Decimal | int, cents: bool = False) -> str:
    """1234,5 -> "1 234,5"; an amount in euros keeps its cents: "376,80"."""
    if isinstance(value, Decimal):
        if value == value.to_integral_value():
            value = value.quantize(Decimal(1), context=_WIDE)
        elif cents:
            value = value.quantize(_CENT, rounding=ROUND_HALF_UP, context=_WIDE)
        else:
            value = value.quantize(_CENT, rounding=ROUND_HALF_UP, context=_WIDE).normalize(_WIDE)
    text = f"{value:,}".replace(",", "\u202f").replace(".", ",")
    return text


# ---------------------------------------------------------------- decision types


class Status(StrEnum):
    """Outcome of an evaluation."""

    ADMISSIBLE = "recevable"
    ADMISSIBLE_WITH_RESERVATIONS = "recevable avec réserves"
    NOT_ADMISSIBLE = "irrecevable"
    INCOMPLETE = "incomplet"


class Outcome(StrEnum):
    """What became of one rule."""

    VIOLATED = "non respectée"
    UNDECIDED = "indéterminée"
    WAIVED = "levée"
    NOTICE = "information"
    CONFLICT = "exceptions contradictoires"


@dataclass(frozen=True, slots=True)
class Citation:
    """A verbatim passage of the source circular."""

    quote: str
    source: str
    line: int


@dataclass(frozen=True, slots=True)
class RuleInfo:
    """Static description of a rule, shared by all its findings."""

    name: str
    title: str
    severity: str  # "bloquante" | "avertissement" | "information"
    citations: tuple[Citation, ...]
    origin: str  # file:line of the rule in the .circ file


@dataclass(frozen=True, slots=True)
class Finding:
    """A rule that is not simply satisfied: violated, undecided, waived or a notice."""

    rule: RuleInfo
    outcome: Outcome
    severity: str  # effective severity, after any exception
    message: str
    values: tuple[tuple[str, Any], ...]  # facts and computed values read by the rule
    missing: tuple[str, ...] = ()  # unknown facts that keep the rule undecided
    exception: str | None = None  # the exception that applied, if any


# A decision builds about ten findings: Finding's __init__ is replaced by one with the same
# signature that sets the slots through their descriptors, bound once, where the one dataclass
# writes for a frozen class looks each slot up by name (object.__setattr__); a finding is built
# a fifth faster, and stays frozen.
_SET_RULE, _SET_OUTCOME, _SET_SEVERITY, _SET_MESSAGE, _SET_VALUES, _SET_MISSING, _SET_EXCEPTION = (
    vars(Finding)[field_name].__set__
    for field_name in ("rule", "outcome", "severity", "message", "values", "missing", "exception")
)


def _finding_init(
    self: Finding,
    rule: RuleInfo,
    outcome: Outcome,
    severity: str,
    message: str,
    values: tuple[tuple[str, Any], ...],
    missing: tuple[str, ...] = (),
    exception: str | None = None,
) -> None:
    _SET_RULE(self, rule)
    _SET_OUTCOME(self, outcome)
    _SET_SEVERITY(self, severity)
    _SET_MESSAGE(self, message)
    _SET_VALUES(self, values)
    _SET_MISSING(self, missing)
    _SET_EXCEPTION(self, exception)


setattr(Finding, "__init__", _finding_init)  # noqa: B010 (type checkers keep the dataclass signature)


@dataclass(slots=True)
class MissingFact:
    """A fact whose value could still decide undecided rules, and those rules (in the order of
    the circular). `blocking`: one of them is blocking, so the fact can change the status; a
    fact needed only by warnings or informations can only add or lift a reservation."""

    name: str
    label: str
    rules: tuple[str, ...]
    blocking: bool = True


@dataclass(frozen=True, slots=True)
class Recipient:
    name: str
    label: str
    medical: bool
    address: str | None


@dataclass(frozen=True, slots=True)
class Delivery:
    channel: str  # "voie postale" | "en ligne" | "courriel" | "main propre"
    sealed: bool  # sous pli confidentiel
    recipients: tuple[Recipient, ...]
    condition: str | None = None  # when this way of sending depends on a fact still unknown: "si …"
    undetermined: str | None = None  # a recipient that depends on unknown facts: the routing table's label
    via: tuple[Recipient, ...] = ()  # intermediaries that carry it (sealed when it is medical)


@dataclass(frozen=True, slots=True)
class ChecklistItem:
    """One document of the applicant's personal checklist."""

    document: str
    label: str
    status: str  # "à fournir" | "facultative" | "à fournir si …" | "facultative si …"
    condition: str | None  # the condition, when it is still unknown
    medical: bool
    confidential: bool
    deliveries: tuple[Delivery, ...]
    detail: str | None
    citations: tuple[Citation, ...]


@dataclass(frozen=True, slots=True)
class DeadlineInfo:
    name: str
    label: str
    date: datetime.date | None  # None: relative to a fact still unknown
    inclusive: bool
    citations: tuple[Citation, ...]
    relative: str | None = None  # how a relative deadline is computed, as the circular says it
    time: str | None = None  # « 23h59 »: the hour the circular gives (rules compare dates only)
    opening: bool = False  # « à partir du … »: a date must not fall before `date` (kept exclusive)


@dataclass(frozen=True, slots=True)
class OpinionInfo:
    name: str
    label: str
    requirement: str  # "obligatoire" | "facultative"
    given_by: Recipient | None
    citations: tuple[Citation, ...]


@dataclass(frozen=True, slots=True)
class SubmissionInfo:
    label: str
    deliveries: tuple[Delivery, ...]
    address: str | None
    citations: tuple[Citation, ...]


@dataclass(frozen=True, slots=True)
class CircularInfo:
    name: str
    title: str
    authority: str | None
    reference: str | None
    issued: datetime.date | None
    school_year: str | None
    source: str | None
    file: str
    dispositif: str | None = None  # the measure it organises ("Allègement de service"), to pick a circular by it


@dataclass(slots=True)
class Decision:
    """The answer of a validator for one situation (read-only by convention:
    findings and decisions are plain slotted dataclasses, for speed)."""

    circular: CircularInfo
    status: Status
    findings: tuple[Finding, ...]
    satisfied: tuple[str, ...]  # rules respected
    not_applicable: tuple[str, ...]  # rules whose `si` is false
    missing_facts: tuple[MissingFact, ...]  # most decisive first
    checklist: tuple[ChecklistItem, ...]
    deadlines: tuple[DeadlineInfo, ...]
    opinions: tuple[OpinionInfo, ...]
    submissions: tuple[SubmissionInfo, ...]
    computed: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dictionary (dates ISO, decimals as exact strings). Besides the exact
        `values` of each finding and the `computed` values, `values_shown` and `computed_shown`
        give each value as the text shows it (`fmt`: "2,67", "13/01/2025", "oui"; null if unknown)."""
        result: dict[str, Any] = _DECISION_ADAPTER.dump_python(self, mode="json")
        for finding, data in zip(self.findings, result["findings"], strict=True):
            data["values_shown"] = {name: shown_value(value) for name, value in finding.values}
        result["computed_shown"] = {name: shown_value(value) for name, value in self.computed.items()}
        return result

    def to_json(self, indent: int | None = 2) -> str:
        separators = (",", ":") if indent is None else (",", ": ")
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent, separators=separators)


def shown_value(value: Any) -> str | None:
    """A value of a decision as its text shows it, without unit (`fmt`: numbers rounded to the
    cent with a decimal comma, dates JJ/MM/AAAA, oui/non); None while it is unknown."""
    return None if value is None else fmt(value)


_DECISION_ADAPTER: TypeAdapter[Decision] = TypeAdapter(Decision)


class Verdict(NamedTuple):
    """What `evaluate_status` gives: the status and the failing rules (blocking or warning,
    after exceptions), in the order of the circular; the same as `evaluate` would give."""

    status: Status
    failed: tuple[str, ...]


def decide_status(findings: Iterable[Finding]) -> Status:
    """Irrecevable beats incomplet beats réserves beats recevable."""
    undecided = warned = False
    for finding in findings:
        if finding.severity == "bloquante":
            if finding.outcome is Outcome.VIOLATED or finding.outcome is Outcome.CONFLICT:
                return Status.NOT_ADMISSIBLE
            if finding.outcome is Outcome.UNDECIDED:
                undecided = True
        elif finding.severity == "avertissement" and finding.outcome in (Outcome.VIOLATED, Outcome.CONFLICT):
            warned = True  # a warning whose exceptions contradict each other stays a warning
    if undecided:
        return Status.INCOMPLETE
    return Status.ADMISSIBLE_WITH_RESERVATIONS if warned else Status.ADMISSIBLE


def status_from_flags(refused: bool, undecided: bool, warned: bool) -> Status:
    """The status computed by generated code from flags set while evaluating (same order as decide_status)."""
    if refused:
        return Status.NOT_ADMISSIBLE
    if undecided:
        return Status.INCOMPLETE
    return Status.ADMISSIBLE_WITH_RESERVATIONS if warned else Status.ADMISSIBLE


def rank_missing(
    findings: Iterable[Finding], labels: Mapping[str, str], order: Mapping[str, int]
) -> tuple[MissingFact, ...]:
    """Unknown facts needed by undecided rules, of any severity, each once with the distinct rules
    that need it (a rule that reads a fact twice, `x > 1 et x < 5`, counts once). The facts that
    an undecided blocking rule needs come first (they can change the status), then the others;
    within each group, the fact that the most undecided rules need first, then declaration order.
    A rule's missing facts are those that can still decide it given the known facts (a side of
    `et` already true, or of `ou` already false, lists none)."""
    needed: dict[str, list[str]] = {}
    blocking: set[str] = set()
    undecided = Outcome.UNDECIDED
    for finding in findings:
        missing = finding.missing
        if not missing or finding.outcome is not undecided:
            continue
        rule = finding.rule.name
        for name in missing if len(missing) == 1 else dict.fromkeys(missing):
            rules = needed.get(name)
            if rules is None:
                needed[name] = [rule]
            else:
                rules.append(rule)
        if finding.severity == "bloquante":
            blocking.update(missing)
    if len(needed) <= 1:  # the common cases: nothing to rank
        return tuple(
            [
                MissingFact(name, labels.get(name, name), tuple(rules), name in blocking)
                for name, rules in needed.items()
            ]
        )
    # sorted on plain tuples (no key function); the index keeps facts outside `order` in their
    # order, and being unique, ends every comparison before the name
    ranked = sorted(
        [
            (name not in blocking, -len(rules), order.get(name, 0), index, name, rules)
            for index, (name, rules) in enumerate(needed.items())
        ]
    )
    return tuple(
        [MissingFact(name, labels.get(name, name), tuple(rules), not other) for other, _, _, _, name, rules in ranked]
    )


def exception_outcome(rule: RuleInfo, exceptions: tuple[tuple[Truth, str, str], ...]) -> tuple[str, str | None] | None:
    """Resolve the exceptions of a violated rule.

    `exceptions` holds (condition value, outcome, description). Every exception whose
    condition is true applies. Returns (outcome, description of the first) when they
    share one outcome, ("conflit", descriptions) when their outcomes differ, None when
    none applies; and ("indéterminée", None) when an exception whose condition is unknown
    could still change that result (learning a fact never reverses a decided rule).
    """
    applying = [(outcome, text) for value, outcome, text in exceptions if value is True]
    outcomes = {outcome for outcome, _ in applying}
    if len(outcomes) > 1:
        return ("conflit", " ; ".join(text for _, text in applying))
    unsure = {outcome for value, outcome, _ in exceptions if value is None}
    if unsure - outcomes:
        return ("indéterminée", None)
    return applying[0] if applying else None


@dataclass(slots=True)
class Routing:
    """Where each piece goes, given what is known: the pieces of the checklist (whether each is
    needed, how and to whom it is sent), and only the unknown facts that could still change that:
    `missing_facts[i].rules` names the pieces that need the fact. Empty: every piece is routed."""

    circular: CircularInfo
    checklist: tuple[ChecklistItem, ...]
    missing_facts: tuple[MissingFact, ...]

    def to_dict(self) -> dict[str, Any]:
        result: dict[str, Any] = _ROUTING_ADAPTER.dump_python(self, mode="json")
        return result


_ROUTING_ADAPTER: TypeAdapter[Routing] = TypeAdapter(Routing)


def routing(validator: types.ModuleType, situation: Any) -> Routing:
    """Answer "where does each piece go" with a generated validator module: its decision's
    checklist, and the unknown facts its ROUTING_FACTS name for the pieces still undetermined
    (a condition still unknown, or a recipient that depends on an unknown fact), most needed first.
    Raises SituationError like `evaluate`."""
    facts = validate(validator.Facts, situation)
    decision: Decision = validator.evaluate(facts)
    given = facts.model_dump(by_alias=True)
    needed: dict[str, list[str]] = {}
    for item in decision.checklist:
        pending = item.condition is not None or any(d.condition or d.undetermined for d in item.deliveries)
        if pending:
            for name in validator.ROUTING_FACTS.get(item.document, ()):
                if given.get(name) is None:
                    needed.setdefault(name, []).append(item.document)
    order = {name: index for index, name in enumerate(validator.FACT_LABELS)}
    ranked = sorted(needed.items(), key=lambda pair: (-len(pair[1]), order.get(pair[0], len(order))))
    labels = validator.FACT_LABELS
    missing = tuple(MissingFact(name, labels.get(name, name), tuple(pieces)) for name, pieces in ranked)
    return Routing(decision.circular, decision.checklist, missing)


# ---------------------------------------------------------------- invalid situations


@dataclass(frozen=True, slots=True)
class FieldError:
    field: str
    message: str


class SituationError(ValueError):
    """A situation that cannot be evaluated: each error names its field, in French."""

    def __init__(self, errors: list[FieldError]):
        self.errors = errors
        super().__init__("\n".join(f"{e.field} : {e.message}" for e in errors))


FactsT = TypeVar("FactsT", bound=FactsModel)


def validate(model: type[FactsT], data: Any) -> FactsT:
    """Validate raw data into the facts model; raise SituationError in French.

    A facts instance is checked again like the dictionary of its values (one built
    with `model_construct`, or for another circular, gets no free pass)."""
    if type(data) is not dict:  # fast path for the common case, a plain dict
        if isinstance(data, FactsModel):
            data = {name: getattr(data, name, None) for name in type(data).model_fields}
        elif isinstance(data, Mapping):
            try:
                data = dict(data)
            except Exception:  # a mapping that cannot be read: the caller's object, reported as such
                raise SituationError(
                    [FieldError("(situation)", "situation illisible (dictionnaire attendu)")]
                ) from None
        else:
            raise SituationError([FieldError("(situation)", 'un objet JSON { "fait": valeur, ... } est attendu')])
    if len(data) > MAX_FACTS:
        message = f"trop de faits ({_count(len(data))}) ; une situation en compte au plus {_count(MAX_FACTS)}"
        raise SituationError([FieldError("(situation)", message)])
    plain = _read_plainly(model, data)
    if plain is not None:
        return plain
    try:
        return model.model_validate(data)
    except ValidationError as error:
        raise SituationError(french_errors(model, error)) from None


# ---------------------------------------------------------------- one pass for the common case

# A situation whose keys are all facts' names and whose values are all read by their field's
# reader within the field's bounds is the model `model_validate` would give (the same values,
# the same fields set): it is built directly, without a pass through pydantic (about half a decision).
# Anything else (a key written as the field's attribute, an unknown key, a refused value, a
# field of another type or with other constraints) goes through pydantic, which says why in French.
# A generated validator does the same reading in its own code (`_read_situation`, written for its
# facts, with the readers `plain_reader` gives), without building the model: its locals are the values.


class PlainReadingError(Exception):
    """A value that a plain reader (`plain_reader`) does not take: the caller reads the situation
    again with `validate`, which gives the same values or says in French what is wrong."""


class _DeferredError(PlainReadingError):
    """A value the plain reading leaves to pydantic."""


_DEFER = _DeferredError()
PlainReader = Callable[[Any], Any]


@dataclass(frozen=True, slots=True)
class _PlainPlan:
    fields: dict[str, tuple[str, PlainReader, type]]  # alias -> (attribute, reader, type kept as sent)
    names: dict[str, str]  # alias -> attribute
    unknown: dict[str, Any]  # attribute -> None, in the order of the fields


_PLAIN_PLANS: dict[type[FactsModel], _PlainPlan | None] = {}


def _plan_of(model: type[FactsModel]) -> _PlainPlan | None:
    """The model's plain reading, made on first use and kept."""
    return _PLAIN_PLANS[model] if model in _PLAIN_PLANS else _plain_plan(model)


def _read_plainly(model: type[FactsT], data: dict[str, Any]) -> FactsT | None:
    """The facts of `data` read without pydantic, or None to leave them to `model_validate`."""
    plan = _plan_of(model)
    if plan is None:
        return None
    fields = plan.fields
    values = plan.unknown.copy()
    try:
        for key, value in data.items():
            name, read, kept = fields[key]
            values[name] = value if value is None or type(value) is kept else read(value)
    except (KeyError, PlainReadingError):  # not a fact's name, a value for pydantic to refuse or read
        return None
    facts = model.__new__(model)
    object.__setattr__(facts, "__dict__", values)
    object.__setattr__(facts, "__pydantic_fields_set__", set(map(plan.names.__getitem__, data)))
    object.__setattr__(facts, "__pydantic_extra__", None)
    object.__setattr__(facts, "__pydantic_private__", None)
    return facts


def _plain_plan(model: type[FactsModel]) -> _PlainPlan | None:
    """The plain reading of a model's fields; None when the model has validators of its own."""
    decorators = model.__pydantic_decorators__
    own = set(decorators.field_validators) != {"_read_strictly"} or bool(
        decorators.model_validators or decorators.validators or decorators.root_validators
    )
    defaults = all(info.default is None and info.default_factory is None for info in model.model_fields.values())
    plan = None
    if not own and defaults and model.model_config.get("extra") == "forbid":
        fields = {}
        for name, info in model.model_fields.items():
            kept = bool if _kind_of(info.annotation) == ("boolean", ()) else type(None)
            fields[info.alias or name] = (name, _deferred if info.metadata else _plain_reader(info.annotation), kept)
        plan = _PlainPlan(
            fields, {alias: field[0] for alias, field in fields.items()}, dict.fromkeys(model.model_fields)
        )
    _PLAIN_PLANS[model] = plan
    return plan


def plain_reader(model: type[FactsModel], alias: str) -> PlainReader:
    """The plain reading of one field of `model` (named by its alias, the fact's name), bounds
    included, for a generated validator's own reading of a situation: it raises PlainReadingError
    for a value it leaves to `validate`. It shares what it remembers with `validate`."""
    plan = _plan_of(model)
    return _deferred if plan is None else plan.fields[alias][1]


def _plain_reader(annotation: Any) -> PlainReader:
    """The field's reader followed by its bounds; a field of another kind defers every value."""
    kind = _kind_of(annotation)
    bounds = _bounds_of(annotation)
    if kind is None or bounds is None:
        return _deferred
    read = _reader(*kind)
    low, high = bounds
    if (low is not None or high is not None) and kind[0] not in ("number", "integer"):
        return _deferred
    if low is not None or high is not None:
        unbounded = read

        def read_within(value: Any) -> Any:
            number = unbounded(value)
            if (low is not None and number < low) or (high is not None and number > high):
                raise _DEFER  # pydantic says which bound, in its words turned French
            return number

        read = read_within
    return _remembered(read, _REMEMBERED_TYPES[kind[0]]) if kind[0] in _REMEMBERED_TYPES else read


_REMEMBERED = 4096  # values remembered per field and type (a campaign repeats its dates and numbers)
# The types of values whose reading is remembered, per kind: each type apart (1, 1.0 and "1" are
# different keys even where they read alike; a bool is not an int here: the type is matched exactly).
_REMEMBERED_TYPES: dict[str, tuple[type, ...]] = {
    "date": (str, datetime.date),
    "number": (str, int, float),
    "integer": (str, int, float),
}


def _remembered(read: PlainReader, types_kept: tuple[type, ...]) -> PlainReader:
    """`read` (bounds included), remembering what it gave for values of `types_kept`."""
    seen_by_type: dict[type, dict[Any, Any]] = {kind: {} for kind in types_kept}

    def read_remembering(value: Any) -> Any:
        seen = seen_by_type.get(type(value))
        if seen is None:
            return read(value)
        found = seen.get(value, _DEFER)
        if found is _DEFER:
            found = read(value)  # a refused value raises: never remembered
            if len(seen) >= _REMEMBERED:
                seen.clear()
            seen[value] = found
        return found

    return read_remembering


def _deferred(value: Any) -> Any:
    raise _DEFER


def _bounds_of(annotation: Any) -> tuple[Any, Any] | None:
    """(ge, le) of a field `Annotated[T, Field(ge=…, le=…)] | None`; None for any other constraint."""
    if typing.get_origin(annotation) in (typing.Union, types.UnionType):
        kept = [a for a in typing.get_args(annotation) if a is not type(None)]
        if len(kept) != 1:
            return None
        annotation = kept[0]
    low = high = None
    if typing.get_origin(annotation) is Annotated:
        for extra in typing.get_args(annotation)[1:]:
            for constraint in getattr(extra, "metadata", [extra]):
                if isinstance(constraint, annotated_types.Ge):
                    low = constraint.ge
                elif isinstance(constraint, annotated_types.Le):
                    high = constraint.le
                else:
                    return None
    return low, high


# ---------------------------------------------------------------- reading each value strictly


class _RefusedValueError(PlainReadingError):
    """A value that its field cannot take, with the French reason."""

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


_REFUSED = "circ_refused"  # the pydantic error type of a value refused by a reader
Reader = Callable[[Any], Any]


_READERS: dict[type[FactsModel], dict[str, Reader]] = {}


def _readers(model: type[FactsModel]) -> dict[str, Reader]:
    """Field alias and name -> the reader of its declared type (fields of other types are left to pydantic)."""
    found = _READERS.get(model)
    if found is None:
        found = {}
        for name, info in model.model_fields.items():
            kind = _kind_of(info.annotation)
            if kind is not None:
                unit = model.fact_units.get(info.alias or name)
                found[name] = found[info.alias or name] = _reader(*kind, unit=unit)
        _READERS[model] = found
    return found


def fact_kinds(model: type[FactsModel]) -> dict[str, tuple[str, tuple[str, ...]]]:
    """Fact name -> (kind, values of a choice): kinds "boolean", "date", "number", "integer",
    "text", "choice" (one value) and "choices" (several), as the runtime reads them."""
    found = {}
    for name, info in model.model_fields.items():
        kind = _kind_of(info.annotation)
        if kind is not None:
            found[info.alias or name] = kind
    return found


_SCALAR_KINDS: dict[Any, str] = {bool: "boolean", datetime.date: "date", Decimal: "number", int: "integer", str: "text"}


def _kind_of(annotation: Any) -> tuple[str, tuple[str, ...]] | None:
    """The kind of a field declared `T | None` (T possibly `Annotated` with bounds), and its choices."""
    declared = _unwrapped(annotation)
    if declared in _SCALAR_KINDS:
        return _SCALAR_KINDS[declared], ()
    if typing.get_origin(declared) is Literal:
        return "choice", _choices(declared)
    if typing.get_origin(declared) is frozenset:
        (item,) = typing.get_args(declared)
        if typing.get_origin(item) is Literal:
            return "choices", _choices(item)
    return None


def _reader(kind: str, choices: tuple[str, ...], unit: str | None = None) -> Reader:
    if kind == "choice":
        accepted = frozenset(choices)

        def read_one_choice(value: Any) -> Any:
            return value if type(value) is str and value in accepted else read_choice(value, choices)

        return read_one_choice
    if kind == "choices":
        return functools.partial(read_choices, allowed=choices)
    if unit is not None and kind in ("number", "integer"):
        return functools.partial(read_decimal if kind == "number" else read_integer, unit=unit)
    return _KIND_READERS[kind]


def _unwrapped(annotation: Any) -> Any:
    """`Annotated[Decimal, ...] | None` -> Decimal."""
    if typing.get_origin(annotation) in (typing.Union, types.UnionType):
        kept = [a for a in typing.get_args(annotation) if a is not type(None)]
        if len(kept) != 1:
            return None
        annotation = kept[0]
    if typing.get_origin(annotation) is Annotated:
        annotation = typing.get_args(annotation)[0]
    return annotation


def _choices(literal: Any) -> tuple[str, ...]:
    return tuple(str(value) for value in typing.get_args(literal))


def read_boolean(value: Any) -> bool:
    """true/false, or one of BOOLEAN_WORDS; never a number (0, -0.0) nor another word ("off")."""
    if value is True or value is False:
        return value
    if isinstance(value, str) and len(value) <= 20:
        found = BOOLEAN_WORDS.get(value.strip().lower())
        if found is not None:
            return found
    raise _RefusedValueError("oui ou non attendu (oui/non, vrai/faux, true/false)")


_FRENCH_DATE = re.compile(r"([0-9]{1,2})/([0-9]{1,2})/([0-9]{4})")
_ISO_DATE = re.compile(r"([0-9]{4})-([0-9]{2})-([0-9]{2})")
# A date as the language writes it: 4 mars 2024, 1er mars 2024 (one space between the words).
_LONG_DATE = re.compile(
    r"(1er|[0-9]{1,2}) (janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre) "
    r"([0-9]{4})"
)
_MONTHS = (
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
)
_WITH_TIME = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}[T ]|[0-9]{1,2}/[0-9]{1,2}/[0-9]{4} ")
_DATE_EXPECTED = "date attendue (JJ/MM/AAAA ou AAAA-MM-JJ)"


def read_date(value: Any) -> datetime.date:
    """A date, or its text JJ/MM/AAAA or AAAA-MM-JJ; never a number (no timestamps) nor a date
    with a time (a datetime is refused rather than truncated), between 1900 and 2199."""
    if type(value) is datetime.date:
        day = value
    elif isinstance(value, datetime.datetime):
        raise _RefusedValueError("date sans heure attendue : passez datetime.date (ou .date()), pas datetime.datetime")
    elif isinstance(value, datetime.date):
        day = datetime.date(value.year, value.month, value.day)
    elif isinstance(value, str):
        day = _date_from_text(value)
    else:
        raise _RefusedValueError(_DATE_EXPECTED)
    if EARLIEST_DATE <= day <= LATEST_DATE:
        return day
    raise _RefusedValueError(f"date invraisemblable « {_date_text(day)} » (entre le 01/01/1900 et le 31/12/2199)")


def _date_from_text(value: str) -> datetime.date:
    text = value.strip() if len(value) <= 40 else ""
    if len(text) == 10 and text[4] == "-" and text[7] == "-" and text.isascii():  # AAAA-MM-JJ, the common case
        try:
            return datetime.date.fromisoformat(text)
        except ValueError:
            pass  # not digits, or no such day: said below
    if match := _FRENCH_DATE.fullmatch(text):
        day, month, year = (int(part) for part in match.groups())
    elif match := _ISO_DATE.fullmatch(text):
        year, month, day = (int(part) for part in match.groups())
    elif match := _LONG_DATE.fullmatch(text):
        day = 1 if match.group(1) == "1er" else int(match.group(1))
        month, year = _MONTHS.index(match.group(2)) + 1, int(match.group(3))
    elif _WITH_TIME.match(text):
        raise _RefusedValueError("date sans heure attendue (JJ/MM/AAAA ou AAAA-MM-JJ)")
    else:
        raise _RefusedValueError(_DATE_EXPECTED)
    try:
        return datetime.date(year, month, day)
    except ValueError:
        raise _RefusedValueError(f"date inexistante « {_shown(text)} » (JJ/MM/AAAA ou AAAA-MM-JJ)") from None


def _date_text(day: datetime.date) -> str:
    return f"{day.day:02d}/{day.month:02d}/{day.year:04d}"


# A number as text, once the French decimal comma and the spaces between thousands are gone: ASCII digits only.
_NUMBER = re.compile(r"[+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[eE][+-]?[0-9]+)?")
_SPACES_IN_NUMBERS = str.maketrans({",": ".", " ": None, "\u00a0": None, "\u202f": None})


def read_decimal(value: Any, unit: str | None = None) -> Decimal:
    """A number from an int, a Decimal, a float (through its repr, the shortest text that gives
    it back) or a text ("4,5", "1 234,5", "1e3"); the same number whether sent as a number or
    as its text. Never from a boolean. A text may end with the unit of the fact, as the language
    writes it ("4,5 h", "80 %", "134,40 €"): `unit` is that unit ("heures"), None for a plain number."""
    if type(value) is int and -MAX_NUMBER <= value <= MAX_NUMBER:
        return Decimal(value)  # the common case; Decimal(str(value)) is the same number
    if type(value) is str:
        value = _without_unit(value, unit)
    text = _number_as_sent(value)
    try:
        number = Decimal(text)
    except InvalidOperation:  # an exponent beyond what Decimal holds (1e99999999999999999999)
        raise _RefusedValueError(
            f"nombre démesuré « {_shown(text)} » (au plus mille milliards en valeur absolue)"
        ) from None
    if not number.is_finite():
        raise _RefusedValueError("nombre fini attendu")
    if not -MAX_NUMBER <= number <= MAX_NUMBER:
        raise _RefusedValueError(
            f"nombre démesuré « {_shown(str(number))} » (au plus mille milliards en valeur absolue)"
        )
    if number and number.adjusted() < -MAX_DECIMALS:  # adjusted(): the exponent of the leading digit
        raise _RefusedValueError(f"trop de décimales dans « {_shown(str(number))} » ({MAX_DECIMALS} au plus)")
    return number if number else abs(number)  # -0 is 0


def read_integer(value: Any, unit: str | None = None) -> int:
    """A whole number, read like any number (7, "7", 7.0, "7,0", Decimal("7"), "3 mois" for a fact
    counted in months); never from a boolean."""
    if type(value) is int and -MAX_NUMBER <= value <= MAX_NUMBER:
        return value
    number = read_decimal(value, unit)
    if number != number.to_integral_value():
        raise _RefusedValueError("nombre entier attendu (sans décimales)")
    return int(number)


# The words of a quantity's unit in the language (circdsl.model.UNIT_WORDS) -> the unit they write.
UNIT_WORDS = {
    "h": "heures", "heure": "heures", "heures": "heures",
    "demi-journée": "demi-journées", "demi-journées": "demi-journées",
    "%": "pourcentage",
    "jour": "jours", "jours": "jours",
    "mois": "mois",
    "trimestre": "trimestres", "trimestres": "trimestres",
    "an": "ans", "ans": "ans",
    "€": "euros", "euro": "euros", "euros": "euros",
}  # fmt: skip
_UNIT_EXAMPLES = {
    "heures": "4,5 h", "demi-journées": "3 demi-journées", "pourcentage": "80 %", "jours": "15 jours",
    "mois": "6 mois", "trimestres": "2 trimestres", "ans": "5 ans", "euros": "134,40 €",
}  # fmt: skip
# A number followed by a word of unit (spaces between allowed, as in a .circ file); the number is read after.
_QUANTITY = re.compile(r"(.*[0-9.,])\s*(h|heures?|demi-journées?|%|jours?|mois|trimestres?|ans?|€|euros?)", re.DOTALL)


def _without_unit(text: str, unit: str | None) -> str:
    """The number of a text that ends with a unit, once the unit is checked against the fact's."""
    last = text.rstrip()[-1:]
    if len(text) > 4 * MAX_NUMBER_LENGTH or not (last.isalpha() or last in ("%", "€")):
        return text  # no unit (or far too long: refused as such by _number_as_sent)
    match = _QUANTITY.fullmatch(text.strip())
    if match is None:
        return text
    written = UNIT_WORDS[match.group(2)]
    if unit is None:
        raise _RefusedValueError(f"nombre sans unité attendu (« {_shown(match.group(2))} » en trop)")
    if written != unit:
        raise _RefusedValueError(
            f"unité inattendue « {_shown(match.group(2))} » : ce fait se compte en {unit} "
            f"(par exemple « {_UNIT_EXAMPLES.get(unit, unit)} »)"
        )
    return match.group(1)


def _number_as_sent(value: Any) -> str:
    """The text of a number as sent, checked: the same path for a number and its string form."""
    if isinstance(value, bool):
        raise _RefusedValueError("nombre attendu (et non oui/non)")
    if isinstance(value, int):
        if value.bit_length() > 4 * MAX_NUMBER_LENGTH:  # far more digits than allowed: not written out
            raise _RefusedValueError(_TOO_LONG)
        text = str(value)
    elif isinstance(value, Decimal):
        if not value.is_finite():
            raise _RefusedValueError("nombre fini attendu")
        text = str(value)
    elif isinstance(value, float):
        if not math.isfinite(value):
            raise _RefusedValueError("nombre fini attendu")
        text = repr(value)
    elif isinstance(value, str):
        if len(value) > 4 * MAX_NUMBER_LENGTH:  # spaces included: still far too long
            raise _RefusedValueError(_TOO_LONG)
        text = value.strip().translate(_SPACES_IN_NUMBERS)
        if text.lower().lstrip("+-") in ("nan", "inf", "infinity", "snan"):
            raise _RefusedValueError("nombre fini attendu")
    else:
        raise _RefusedValueError("nombre attendu")
    if len(text) > MAX_NUMBER_LENGTH:
        raise _RefusedValueError(_TOO_LONG)
    if not _NUMBER.fullmatch(text):
        raise _RefusedValueError("nombre attendu")
    return text


_TOO_LONG = f"nombre trop long ({MAX_NUMBER_LENGTH} caractères au plus)"


def read_text(value: Any) -> str:
    """A text, at most MAX_TEXT_LENGTH characters, encodable in UTF-8."""
    if not isinstance(value, str):
        raise _RefusedValueError("texte attendu")
    if len(value) > MAX_TEXT_LENGTH:
        raise _RefusedValueError(
            f"texte trop long ({_count(len(value))} caractères ; {_count(MAX_TEXT_LENGTH)} au plus)"
        )
    if not value.isascii():
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            raise _RefusedValueError("texte illisible (caractères invalides)") from None
    return str(value)


def read_choice(value: Any, allowed: tuple[str, ...]) -> str:
    """One of the values of a choice, exactly as the circular writes it."""
    if isinstance(value, str) and value in allowed:
        return str(value)
    raise _RefusedValueError(f"valeur non prévue « {_shown(value)} » ; valeurs possibles : {_listed(allowed)}")


def read_choices(value: Any, allowed: tuple[str, ...]) -> frozenset[str]:
    """Several values of a choice: a list (or set) of them, at most MAX_CHOICES."""
    if not isinstance(value, (list, tuple, set, frozenset)):
        raise _RefusedValueError('liste de valeurs attendue (par exemple ["valeur"])')
    if len(value) > MAX_CHOICES:
        raise _RefusedValueError(f"trop de valeurs ({_count(len(value))}) ; {MAX_CHOICES} au plus")
    return frozenset(read_choice(item, allowed) for item in value)


def _count(number: int) -> str:
    """10000 -> "10 000" (a plain space: messages stay printable)."""
    return f"{number:,}".replace(",", " ")


def _listed(allowed: tuple[str, ...], limit: int = 240) -> str:
    """'a' ou 'b' ou 'c'; a long list is cut, with the number of values."""
    text = " ou ".join(f"'{value}'" for value in allowed)
    if len(text) <= limit:
        return text
    return text[: text.rfind(" ou ", 0, limit)] + f" ou … ({len(allowed)} valeurs en tout)"


_KIND_READERS: dict[str, Reader] = {
    "boolean": read_boolean,
    "date": read_date,
    "number": read_decimal,
    "integer": read_integer,
    "text": read_text,
}


# ---------------------------------------------------------------- French messages


def french_errors(model: type[FactsModel], error: ValidationError) -> list[FieldError]:
    """Translate pydantic errors into French, one per field, in the order of the fields."""
    aliases = [f.alias or name for name, f in model.model_fields.items()]
    order = {name: index for index, name in enumerate(aliases)}
    order.update({name: index for index, name in enumerate(model.model_fields)})
    result = []
    for item in error.errors(include_url=False):
        location = ".".join(str(part) for part in item["loc"] if not isinstance(part, int)) or "(situation)"
        field_name = (_shown(str(item["loc"][0]), FIELD_LIMIT) or "(nom vide)") if item["loc"] else location
        rank = order.get(item["loc"][0], len(order)) if item["loc"] and type(item["loc"][0]) is str else len(order)
        result.append((rank, FieldError(field_name, _french_message(item, field_name, aliases))))
    result.sort(key=lambda pair: pair[0])
    return [field_error for _, field_error in result]


FIELD_LIMIT = 120  # a fact name has at most 80 characters: a longer key is shown shortened


@functools.lru_cache(maxsize=256)  # a batch repeats the same unknown keys: the comparison costs the most
def _closest_name(name: str, known: tuple[str, ...]) -> str | None:
    """The known fact name closest to an unknown key, if any is close enough."""
    close = difflib.get_close_matches(name, known, n=1, cutoff=0.6)
    return close[0] if close else None


def _french_message(item: Any, field_name: str, aliases: list[str]) -> str:
    kind = item["type"]
    context = item.get("ctx") or {}
    given = item.get("input")
    if kind == _REFUSED:
        return str(context["message"])
    if kind == "extra_forbidden":
        close = _closest_name(field_name, tuple(aliases))
        hint = f" ; vouliez-vous dire « {close} » ?" if close else " ; ce fait n'existe pas pour cette circulaire"
        return f"fait inconnu{hint}"
    if kind == "literal_error":
        return f"valeur non prévue « {_shown(given)} » ; valeurs possibles : {str(context.get('expected', '')).replace(' or ', ' ou ')}"
    shown = f"{given:f}".replace(".", ",") if type(given) in (int, Decimal) else _shown(given)
    if kind in ("greater_than_equal", "greater_than"):
        return f"la valeur {shown} est trop petite (minimum : {_bound(context)})"
    if kind in ("less_than_equal", "less_than"):
        return f"la valeur {shown} est trop grande (maximum : {_bound(context)})"
    return _MESSAGES.get(kind, f"valeur invalide « {_shown(given)} »")


def _bound(context: Mapping[str, Any]) -> str:
    for key in ("ge", "gt", "le", "lt"):
        if key in context:
            return str(context[key]).replace(".", ",")
    return "?"


_SHORT_REPR = reprlib.Repr()  # depth-limited: a deeply nested value cannot exhaust the stack
_SHORT_REPR.maxlevel, _SHORT_REPR.maxstring, _SHORT_REPR.maxother, _SHORT_REPR.maxlong = 3, 60, 60, 60


def _shown(value: Any, limit: int = 60) -> str:
    """A given value, short, one line, control and direction characters escaped (it is echoed to the user)."""
    try:
        text = value[:200] if isinstance(value, str) else _SHORT_REPR.repr(value)
    except ValueError:  # an integer too long to be written out
        text = "(nombre de plusieurs milliers de chiffres)"
    text = "".join(c if c.isprintable() else f"\\u{ord(c):04x}" for c in text)
    return text if len(text) <= limit else text[: limit - 1] + "…"


_MESSAGES = {
    "bool_parsing": "oui ou non attendu (oui/non, vrai/faux, true/false)",
    "bool_type": "oui ou non attendu (oui/non, vrai/faux, true/false)",
    "date_parsing": _DATE_EXPECTED,
    "date_type": _DATE_EXPECTED,
    "decimal_parsing": "nombre attendu",
    "decimal_type": "nombre attendu",
    "finite_number": "nombre fini attendu",
    "int_parsing": "nombre entier attendu",
    "int_from_float": "nombre entier attendu (sans décimales)",
    "int_type": "nombre entier attendu",
    "string_type": "texte attendu",
    "string_too_long": "texte trop long",
    "frozen_set_type": "liste de valeurs attendue",
    "set_type": "liste de valeurs attendue",
    "model_type": "un objet JSON est attendu",
    "dict_type": "un objet JSON est attendu",
}
