"""The checked circular: what the emitters read. Every name is resolved, every
expression typed, every citation located in its source text."""

from __future__ import annotations

import datetime
import keyword
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field
from decimal import Decimal

from circdsl.source import Span

# ---------------------------------------------------------------- types and units

NUMBER = "nombre"  # a dimensionless quantity
HOURS = "heures"
HALF_DAYS = "demi-journées"
PERCENT = "pourcentage"
DAYS = "jours"
MONTHS = "mois"
QUARTERS = "trimestres"
YEARS = "ans"
EUROS = "euros"
UNITS = (NUMBER, HOURS, HALF_DAYS, PERCENT, DAYS, MONTHS, QUARTERS, YEARS, EUROS)

# How a unit word written after a number is understood.
UNIT_WORDS = {
    "h": HOURS, "heure": HOURS, "heures": HOURS,
    "demi-journée": HALF_DAYS, "demi-journées": HALF_DAYS,
    "%": PERCENT,
    "jour": DAYS, "jours": DAYS,
    "mois": MONTHS,
    "trimestre": QUARTERS, "trimestres": QUARTERS,
    "an": YEARS, "ans": YEARS,
    "€": EUROS, "euro": EUROS, "euros": EUROS,
}  # fmt: skip

# How an editor writes a quantity of each unit (used in hints: « 3 demi-journées »).
UNIT_WRITTEN = {
    NUMBER: "", HOURS: "h", HALF_DAYS: "demi-journées", PERCENT: "%", DAYS: "jours",
    MONTHS: "mois", QUARTERS: "trimestres", YEARS: "ans", EUROS: "€",
}  # fmt: skip

# Short symbols used when showing a quantity.
UNIT_SYMBOLS = {
    NUMBER: "", HOURS: "h", HALF_DAYS: "demi-journée(s)", PERCENT: "%",
    DAYS: "jour(s)", MONTHS: "mois", QUARTERS: "trimestre(s)", YEARS: "an(s)", EUROS: "€",
}  # fmt: skip


# How a document or an application travels: channel -> the words an editor writes.
CHANNEL_PHRASES = {
    "voie postale": "par voie postale",
    "voie hiérarchique": "par voie hiérarchique",
    "en ligne": "en ligne",
    "courriel": "par courriel",
    "main propre": "en main propre",
}
CHANNEL_OF_PHRASE = {phrase: channel for channel, phrase in CHANNEL_PHRASES.items()}


@dataclass(frozen=True)
class Type:
    """The type of a fact or an expression."""

    kind: str  # "booléen" | "nombre" | "date" | "texte" | "choix" | "choix multiples"
    unit: str | None = None  # for "nombre": one of UNITS
    integer: bool = False  # whole numbers only (entier, jours, mois, ans)
    choices: tuple[str, ...] = ()

    def describe(self) -> str:
        if self.kind == "nombre":
            return "un nombre" if self.unit == NUMBER else f"une durée ou quantité en {self.unit}"
        return {
            "booléen": "un booléen (oui/non)",
            "date": "une date",
            "texte": "un texte",
            "choix": "un choix",
            "choix multiples": "des choix multiples",
            "service": "un service destinataire",
        }[self.kind]


BOOLEAN = Type("booléen")
DATE = Type("date")
TEXT = Type("texte")
SERVICE = Type("service")  # the value of a routing table column


def number(unit: str, integer: bool = False) -> Type:
    return Type("nombre", unit, integer)


def python_identifier(name: str) -> str:
    """agent.degré -> agent_degre: ASCII, dots to underscores, keywords suffixed."""
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")
    ident = re.sub(r"\W", "_", ascii_name)
    if not ident or not (ident[0].isalpha() or ident[0] == "_"):
        ident = "f_" + ident
    return ident + "_" if keyword.iskeyword(ident) else ident


# ---------------------------------------------------------------- provenance


@dataclass(frozen=True)
class Citation:
    """A verbatim quote of the source text, located at `line` of `source`."""

    quote: str
    source: str  # path of the source text, relative to the circulars folder
    line: int


# ---------------------------------------------------------------- expressions


@dataclass(frozen=True)
class Expr:
    type: Type
    span: Span

    def children(self) -> tuple[Expr, ...]:
        return ()


@dataclass(frozen=True)
class Const(Expr):
    value: object  # Decimal | date | str | bool


@dataclass(frozen=True)
class FactRef(Expr):
    fact: Fact


@dataclass(frozen=True)
class ValueRef(Expr):
    value: Value


@dataclass(frozen=True)
class Unary(Expr):
    op: str  # "non" | "-"
    operand: Expr

    def children(self) -> tuple[Expr, ...]:
        return (self.operand,)


@dataclass(frozen=True)
class Binary(Expr):
    """Logical (et, ou), arithmetic (+ - * / and %* for a percentage) or comparison."""

    op: str
    left: Expr
    right: Expr

    def children(self) -> tuple[Expr, ...]:
        return (self.left, self.right)


@dataclass(frozen=True)
class Member(Expr):
    operand: Expr
    items: tuple[object, ...]  # constant values
    negated: bool

    def children(self) -> tuple[Expr, ...]:
        return (self.operand,)


@dataclass(frozen=True)
class IsWhole(Expr):
    operand: Expr

    def children(self) -> tuple[Expr, ...]:
        return (self.operand,)


@dataclass(frozen=True)
class MeetsDeadline(Expr):
    operand: Expr
    deadline: Deadline

    def children(self) -> tuple[Expr, ...]:
        return (self.operand,)


@dataclass(frozen=True)
class DeadlineRef(Expr):
    """The date of a deadline, read as a date (fixed, or computed for the situation)."""

    deadline: Deadline


@dataclass(frozen=True)
class During(Expr):
    """A date inside a period, bounds included."""

    operand: Expr
    period: Period

    def children(self) -> tuple[Expr, ...]:
        return (self.operand,)


@dataclass(frozen=True)
class Count(Expr):
    """How many values a multiple-choice fact holds."""

    fact: Fact


@dataclass(frozen=True)
class DocumentsProvided(Expr):
    """`pièces fournies` (booléen) or, in a message, `{pièces_manquantes}` (texte): the
    mandatory documents that apply, compared with those the applicant says are supplied."""

    fact: Fact  # dossier.pièces_fournies, a multiple choice over the documents
    documents: tuple[Document, ...]  # the mandatory ones


@dataclass(frozen=True)
class TableRef(Expr):
    """One output column of a decision table, for the row the situation matches."""

    table: Table
    column: int


def walk(expr: Expr) -> Iterator[Expr]:
    """Yield `expr` and every sub-expression, depth first."""
    yield expr
    for child in expr.children():
        yield from walk(child)


def facts_read(expr: Expr | None) -> tuple[Fact, ...]:
    """Facts an expression depends on, through computed values too, in first-use order."""
    found: dict[str, Fact] = {}
    if expr is not None:
        _collect_facts(expr, found)
    return tuple(found.values())


def _collect_facts(expr: Expr, found: dict[str, Fact]) -> None:
    for node in walk(expr):
        if isinstance(node, (FactRef, Count)):
            found.setdefault(node.fact.name, node.fact)
        elif isinstance(node, ValueRef):
            _collect_facts(node.value.expr, found)
        elif isinstance(node, TableRef):
            for table_input in node.table.inputs:
                _collect_facts(table_input, found)
        elif isinstance(node, (MeetsDeadline, DeadlineRef)) and node.deadline.relative is not None:
            _collect_facts(node.deadline.relative.anchor, found)
        elif isinstance(node, DocumentsProvided):
            found.setdefault(node.fact.name, node.fact)
            for document in node.documents:
                if document.condition is not None:
                    _collect_facts(document.condition, found)


# ---------------------------------------------------------------- declarations


@dataclass(frozen=True)
class Fact:
    name: str  # as written: agent.statut
    ident: str  # Python identifier: agent_statut
    label: str
    type: Type
    low: Decimal | None
    high: Decimal | None
    choice_labels: tuple[tuple[str, str], ...]  # (value, label)
    origin: str  # file:line where it is declared
    citations: tuple[Citation, ...] = ()


@dataclass(frozen=True)
class Value:
    """A computed value (valeur): an expression over facts and earlier values."""

    name: str
    ident: str
    label: str
    expr: Expr
    rounding: str | None  # "centime" | "unité"
    citations: tuple[Citation, ...]
    line: int

    @property
    def type(self) -> Type:
        return self.expr.type


@dataclass(frozen=True)
class RuleException:
    condition: Expr
    outcome: str  # "avertissement" | "information" | "levée"
    text: str  # the condition as written, for messages
    line: int


@dataclass(frozen=True)
class Rule:
    name: str
    ident: str
    severity: str  # "bloquante" | "avertissement" | "information"
    title: str
    applies: Expr | None
    requires: Expr | None  # None only for an information notice
    exceptions: tuple[RuleException, ...]
    message: tuple[str | Expr, ...]  # text parts and interpolated references
    citations: tuple[Citation, ...]
    line: int

    @property
    def facts(self) -> tuple[Fact, ...]:
        found: dict[str, Fact] = {}
        for expr in (self.applies, self.requires, *(e.condition for e in self.exceptions)):
            if expr is not None:
                _collect_facts(expr, found)
        return tuple(found.values())


@dataclass(frozen=True)
class Service:
    name: str
    label: str
    medical: bool
    address: str | None
    citations: tuple[Citation, ...]
    line: int


@dataclass(frozen=True)
class Delivery:
    channel: str  # "voie postale" | "en ligne" | "courriel" | "main propre"
    sealed: bool  # sous pli confidentiel
    recipients: tuple[Service, ...]  # fixed recipients
    routed_by: tuple[TableRef, ...] = ()  # recipients that depend on the situation (service columns)
    condition: Expr | None = None  # this way of sending applies only when the condition holds
    condition_text: str | None = None
    via: tuple[Service, ...] = ()  # intermediaries that carry it to the recipients

    @property
    def possible_recipients(self) -> tuple[Service, ...]:
        """Every service this delivery may reach, fixed or through a routing table."""
        found = {s.name: s for s in self.recipients}
        for ref in self.routed_by:
            for service in ref.table.column_values(ref.column):
                if isinstance(service, Service):
                    found.setdefault(service.name, service)
        return tuple(found.values())


@dataclass(frozen=True)
class Document:
    name: str
    label: str
    requirement: str  # "obligatoire" | "facultative"
    condition: Expr | None
    condition_text: str | None  # the condition as written by the editor
    medical: bool
    confidential: bool
    deliveries: tuple[Delivery, ...]
    detail: str | None
    citations: tuple[Citation, ...]
    line: int


@dataclass(frozen=True)
class Request:
    label: str
    deliveries: tuple[Delivery, ...]
    address: str | None
    citations: tuple[Citation, ...]
    line: int
    condition: Expr | None = None  # the submission applies only when it holds


@dataclass(frozen=True)
class Opinion:
    name: str
    label: str
    requirement: str
    given_by: Service | None
    condition: Expr | None
    citations: tuple[Citation, ...]
    line: int


@dataclass(frozen=True)
class Examination:
    name: str
    label: str
    by: tuple[Service, ...]
    citations: tuple[Citation, ...]
    line: int
    condition: Expr | None = None  # only for the situations where it holds


@dataclass(frozen=True)
class RelativeDate:
    """A date computed from the situation: `2 mois avant demande.date_début`."""

    amount: int
    unit: str  # "jours" | "jours ouvrés" | "jours ouvrables" | "mois" (years are counted as 12 months)
    direction: str  # "avant" | "après"
    anchor: Expr  # a date
    rounding: str | None  # for months: "dernier jour" (31/03 - 1 mois = 28/02) | "mois suivant" (= 01/03)
    text: str  # as written, for pages and messages


@dataclass(frozen=True)
class Deadline:
    name: str
    label: str
    date: datetime.date | None  # None for a deadline relative to a fact
    inclusive: bool
    condition: Expr | None
    citations: tuple[Citation, ...]
    line: int
    relative: RelativeDate | None = None
    postponed: bool = False  # a deadline falling on a weekend or holiday moves to the next working day
    outside_school_year: bool = False  # « date hors année scolaire »: meant to fall outside it


@dataclass(frozen=True)
class Period:
    """A named span of dates, both ends included (a campaign, half a school year)."""

    name: str
    label: str
    start: datetime.date
    end: datetime.date
    citations: tuple[Citation, ...]
    line: int  # 0 for the school year, declared by the header
    outside_school_year: bool = False


# ---------------------------------------------------------------- decision tables


@dataclass(frozen=True)
class Cell:
    """A pattern on one input of a table: any, equal, compare, range, in, not_in."""

    kind: str
    values: tuple[object, ...]  # constants
    op: str | None = None  # for "compare": < <= > >= !=

    def matches(self, value: object) -> bool:
        """Whether a known input value matches (used by the checker's gap analysis)."""
        if self.kind == "any":
            return True
        if self.kind == "eq":
            return value == self.values[0]
        if self.kind == "in":
            return value in self.values
        if self.kind == "not_in":
            return value not in self.values
        if self.kind == "range":
            return bool(self.values[0] <= value <= self.values[1])  # type: ignore[operator]
        return bool(_COMPARE[self.op or "="](value, self.values[0]))


_COMPARE = {
    "=": lambda a, b: a == b,
    "!=": lambda a, b: a != b,
    "<": lambda a, b: a < b,
    "<=": lambda a, b: a <= b,
    ">": lambda a, b: a > b,
    ">=": lambda a, b: a >= b,
}


@dataclass(frozen=True)
class TableColumn:
    name: str
    ident: str
    label: str
    type: Type  # SERVICE for a routing column


@dataclass(frozen=True)
class TableRow:
    cells: tuple[Cell, ...]  # one per input ; empty for the « sinon » row
    outputs: tuple[object, ...]  # one per column: constant, Service, or None (« néant »)
    line: int


@dataclass(frozen=True)
class Table:
    """A decision table: inputs, output columns, rows that never overlap, an optional « sinon »."""

    name: str
    ident: str
    label: str
    inputs: tuple[Expr, ...]
    input_texts: tuple[str, ...]  # the inputs as written
    columns: tuple[TableColumn, ...]
    rows: tuple[TableRow, ...]
    default: TableRow | None
    citations: tuple[Citation, ...]
    line: int

    def column_values(self, column: int) -> tuple[object, ...]:
        rows = self.rows + ((self.default,) if self.default else ())
        return tuple(row.outputs[column] for row in rows)


@dataclass(frozen=True)
class Event:
    name: str
    label: str
    date: datetime.date
    start: str | None  # "12h30"
    end: str | None
    link: str | None
    place: str | None
    citations: tuple[Citation, ...]
    line: int
    outside_school_year: bool = False


@dataclass(frozen=True)
class Expectation:
    status: str  # "recevable" | "recevable avec réserves" | "irrecevable" | "incomplet"
    failing_rules: tuple[str, ...] | None
    missing_facts: tuple[str, ...] | None
    required_documents: tuple[str, ...] | None
    routings: tuple[tuple[str, tuple[str, ...]], ...] = ()  # document -> the services it must reach


@dataclass(frozen=True)
class Case:
    label: str
    facts: tuple[tuple[str, object], ...]  # (fact name, value as JSON-ready Python value)
    expectation: Expectation
    line: int


@dataclass(frozen=True)
class Circular:
    """A fully checked circular (or vocabulary, with facts only)."""

    kind: str  # "circulaire" | "vocabulaire"
    name: str
    title: str
    file: str  # the .circ file, as shown to the user
    authority: str | None = None
    reference: str | None = None
    issued: datetime.date | None = None
    school_year: str | None = None
    source: str | None = None
    replaces: str | None = None
    dispositif: str | None = None  # the measure it organises, for the documentation's navigation
    legal_refs: tuple[str, ...] = ()
    imports: tuple[str, ...] = ()
    facts: tuple[Fact, ...] = ()  # the facts this circular reads, local and imported
    values: tuple[Value, ...] = ()
    rules: tuple[Rule, ...] = ()
    documents: tuple[Document, ...] = ()
    services: tuple[Service, ...] = ()
    requests: tuple[Request, ...] = ()
    opinions: tuple[Opinion, ...] = ()
    examinations: tuple[Examination, ...] = ()
    deadlines: tuple[Deadline, ...] = ()
    periods: tuple[Period, ...] = ()
    tables: tuple[Table, ...] = ()
    events: tuple[Event, ...] = ()
    cases: tuple[Case, ...] = ()
    all_facts: tuple[Fact, ...] = field(default=(), repr=False)  # every declared fact in scope
