"""The checked circular: what the emitters read. Every name is resolved, every
expression typed, every citation located in its source text, every declaration located
by spans in the file that declares it. The model imports nothing of the compiler: its
words are in `words.py`, and it knows nothing of the code emitted from it.

Longer than most modules on purpose: it is the whole vocabulary every stage after the checker
reads (one small dataclass per kind of declaration and expression), and one import of it
(`from circdsl import model as m`) keeps that vocabulary in one place."""

from __future__ import annotations

import datetime
from collections.abc import Callable, Iterator
from dataclasses import field
from decimal import Decimal
from typing import Any

from circdsl.records import record
from circdsl.source import Span
from circdsl.words import (
    CellKind,
    Channel,
    DelayUnit,
    Direction,
    ExceptionOutcome,
    ExpectedStatus,
    FileKind,
    Kind,
    MonthRounding,
    Requirement,
    Rounding,
    Severity,
    Unit,
)

# ---------------------------------------------------------------- types and units


NUMBER = Unit.NUMBER  # a dimensionless quantity
HOURS = Unit.HOURS
HALF_DAYS = Unit.HALF_DAYS
PERCENT = Unit.PERCENT
DAYS = Unit.DAYS
MONTHS = Unit.MONTHS
QUARTERS = Unit.QUARTERS
YEARS = Unit.YEARS
EUROS = Unit.EUROS
UNITS = tuple(Unit)

# How a unit word written after a number is understood.
UNIT_WORDS: dict[str, Unit] = {
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
UNIT_WRITTEN: dict[str, str] = {
    NUMBER: "", HOURS: "h", HALF_DAYS: "demi-journées", PERCENT: "%", DAYS: "jours",
    MONTHS: "mois", QUARTERS: "trimestres", YEARS: "ans", EUROS: "€",
}  # fmt: skip

# Short symbols used when showing a quantity.
UNIT_SYMBOLS: dict[str, str] = {
    NUMBER: "", HOURS: "h", HALF_DAYS: "demi-journée(s)", PERCENT: "%",
    DAYS: "jour(s)", MONTHS: "mois", QUARTERS: "trimestre(s)", YEARS: "an(s)", EUROS: "€",
}  # fmt: skip


@record
class Type:
    """The type of a fact or an expression."""

    kind: Kind
    unit: Unit | None = None  # for a number
    integer: bool = False  # whole numbers only (entier, jours, mois, ans)
    choices: tuple[str, ...] = ()

    def __post_init__(self) -> None:  # a type written with plain words gets the words' members
        object.__setattr__(self, "kind", Kind(self.kind))
        if self.unit is not None:
            object.__setattr__(self, "unit", Unit(self.unit))

    def describe(self) -> str:
        if self.kind is Kind.NUMBER:
            return "un nombre" if self.unit == NUMBER else f"une durée ou quantité en {self.unit}"
        return {
            Kind.BOOLEAN: "un booléen (oui/non)",
            Kind.DATE: "une date",
            Kind.TEXT: "un texte",
            Kind.CHOICE: "un choix",
            Kind.CHOICES: "des choix multiples",
            Kind.SERVICE: "un service destinataire",
        }[self.kind]


BOOLEAN = Type(Kind.BOOLEAN)
DATE = Type(Kind.DATE)
TEXT = Type(Kind.TEXT)
SERVICE = Type(Kind.SERVICE)  # the value of a routing table column


def number(unit: Unit, integer: bool = False) -> Type:
    return Type(Kind.NUMBER, unit, integer)


# ---------------------------------------------------------------- where things are written


@record(kw_only=True)
class Located:
    """Something written at a place of a .circ file."""

    span: Span  # in the file that declares it (a vocabulary, for an imported fact)

    @property
    def line(self) -> int:
        return self.span.line


@record(kw_only=True)
class Declaration(Located):
    """A named declaration: `span` covers it from its keyword, `name_span` is its name (or label)."""

    name_span: Span  # where diagnostics about the declaration point


# ---------------------------------------------------------------- provenance


@record
class Citation:
    """A verbatim quote of the source text, located at `line` of `source`.

    Two citations of the same passage are equal wherever they are written: `span`, the
    quote in the .circ file, is not compared."""

    quote: str
    source: str  # path of the source text, relative to the circulars folder
    line: int
    span: Span = field(compare=False)


@record
class Passage:
    """A passage of the source text, lines `line` to `end_line` of `source`: one quote, or the
    text from the first quote to the end of the last one (« "premiers mots" … "derniers mots" »)."""

    first: str
    last: str | None
    source: str
    line: int
    end_line: int
    span: Span = field(compare=False)


@record(kw_only=True)
class Unruled(Located):
    """« hors règles » : a passage of the source no declaration encodes, and why (`reason`)."""

    passage: Passage
    reason: str | None


# ---------------------------------------------------------------- expressions


@record
class Expr:
    """A typed expression; `children` are its sub-expressions."""

    type: Type
    span: Span

    def children(self) -> tuple[Expr, ...]:
        return ()


@record
class Const(Expr):
    """A constant value."""

    value: object  # Decimal | date | str | bool


@record
class FactRef(Expr):
    """The value of a fact of the situation."""

    fact: Fact


@record
class ValueRef(Expr):
    """A computed value."""

    value: Value


@record
class Unary(Expr):
    """`non` or `-` applied to one expression."""

    op: str  # "non" | "-"
    operand: Expr

    def children(self) -> tuple[Expr, ...]:
        return (self.operand,)


@record
class Binary(Expr):
    """Logical (et, ou), arithmetic (+ - * / and %* for a percentage) or comparison."""

    op: str
    left: Expr
    right: Expr

    def children(self) -> tuple[Expr, ...]:
        return (self.left, self.right)


@record
class Member(Expr):
    """Whether a value is among constants (`dans`), or not (`hors de`, `negated`)."""

    operand: Expr
    items: tuple[object, ...]  # constant values
    negated: bool

    def children(self) -> tuple[Expr, ...]:
        return (self.operand,)


@record
class IsWhole(Expr):
    """Whether a number is a whole number."""

    operand: Expr

    def children(self) -> tuple[Expr, ...]:
        return (self.operand,)


@record
class MeetsDeadline(Expr):
    """Whether a date meets a deadline."""

    operand: Expr
    deadline: Deadline

    def children(self) -> tuple[Expr, ...]:
        return (self.operand,)


@record
class DeadlineRef(Expr):
    """The date of a deadline, read as a date (fixed, or computed for the situation)."""

    deadline: Deadline


@record
class During(Expr):
    """A date inside a period, bounds included."""

    operand: Expr
    period: Period

    def children(self) -> tuple[Expr, ...]:
        return (self.operand,)


@record
class Count(Expr):
    """How many values a multiple-choice fact holds."""

    fact: Fact


@record
class DocumentsProvided(Expr):
    """`pièces fournies` (booléen) or, in a message, `{pièces_manquantes}` (texte): the
    mandatory documents that apply, compared with those the applicant says are supplied."""

    fact: Fact  # dossier.pièces_fournies, a multiple choice over the documents
    documents: tuple[Document, ...]  # the mandatory ones


@record
class TableRef(Expr):
    """One output column of a decision table, for the row the situation matches."""

    table: Table
    column: int


def walk(expr: Expr) -> Iterator[Expr]:
    """Yield `expr` and every sub-expression, depth first."""
    yield expr
    for child in expr.children():
        yield from walk(child)


def written_name(expr: Expr) -> str | None:
    """The name an editor writes for a reference: agent.statut, plafond, table.colonne, délai."""
    if isinstance(expr, FactRef):
        return expr.fact.name
    if isinstance(expr, ValueRef):
        return expr.value.name
    if isinstance(expr, TableRef):
        return f"{expr.table.name}.{expr.table.columns[expr.column].name}"
    if isinstance(expr, DeadlineRef):
        return expr.deadline.name
    return None


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


@record
class Fact(Declaration):
    """A fact of the situation, as an applicant or a form gives it."""

    name: str  # as written: agent.statut
    label: str
    type: Type
    low: Decimal | None
    high: Decimal | None
    choice_labels: tuple[tuple[str, str], ...]  # (value, label)
    citations: tuple[Citation, ...] = ()

    @property
    def origin(self) -> str:
        """file:line where it is declared."""
        return f"{self.span.file}:{self.span.line}"


@record
class Value(Declaration):
    """A computed value (valeur): an expression over facts and earlier values."""

    name: str
    label: str
    expr: Expr
    rounding: Rounding | None
    citations: tuple[Citation, ...]

    @property
    def type(self) -> Type:
        return self.expr.type


@record
class RuleException(Located):
    """`sauf si … alors outcome`: when a rule is lifted or lowered."""

    condition: Expr
    outcome: ExceptionOutcome
    text: str  # the condition as written, for messages


@record
class Rule(Declaration):
    """A rule: when it applies, what it requires, its exceptions and message."""

    name: str
    severity: Severity
    title: str
    applies: Expr | None
    requires: Expr | None  # None only for an information notice
    exceptions: tuple[RuleException, ...]
    message: tuple[str | Expr, ...]  # text parts and interpolated references
    citations: tuple[Citation, ...]

    @property
    def facts(self) -> tuple[Fact, ...]:
        found: dict[str, Fact] = {}
        for expr in (self.applies, self.requires, *(e.condition for e in self.exceptions)):
            if expr is not None:
                _collect_facts(expr, found)
        return tuple(found.values())


@record
class Service(Declaration):
    """An office that receives documents, examines or gives an opinion."""

    name: str
    label: str
    medical: bool
    address: str | None
    citations: tuple[Citation, ...]


@record
class Delivery:
    """How and to whom a document or the application is sent."""

    channel: Channel
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


@record
class Document(Declaration):
    """A document of the application: when it is required, where it is sent."""

    name: str
    label: str
    requirement: Requirement
    condition: Expr | None
    condition_text: str | None  # the condition as written by the editor
    medical: bool
    confidential: bool
    deliveries: tuple[Delivery, ...]
    detail: str | None
    citations: tuple[Citation, ...]


@record
class Request(Declaration):
    """The submission of the application; `name_span` is its label."""

    label: str
    deliveries: tuple[Delivery, ...]
    address: str | None
    citations: tuple[Citation, ...]
    condition: Expr | None = None  # the submission applies only when it holds


@record
class Opinion(Declaration):
    """An opinion given on the application, required or optional."""

    name: str
    label: str
    requirement: Requirement
    given_by: Service | None
    condition: Expr | None
    citations: tuple[Citation, ...]


@record
class Examination(Declaration):
    """An examination of the application by services."""

    name: str
    label: str
    by: tuple[Service, ...]
    citations: tuple[Citation, ...]
    condition: Expr | None = None  # only for the situations where it holds


@record
class RelativeDate:
    """A date computed from the situation: `2 mois avant demande.date_début`."""

    amount: int
    unit: DelayUnit
    direction: Direction
    anchor: Expr  # a date
    rounding: MonthRounding | None  # for months only
    text: str  # as written, for pages and messages


@record
class Deadline(Declaration):
    """A deadline: a fixed date, or a date computed from the situation."""

    name: str
    label: str
    date: datetime.date | None  # None for a deadline relative to a fact
    inclusive: bool
    condition: Expr | None
    citations: tuple[Citation, ...]
    date_span: Span  # the date, or the delay, as written
    relative: RelativeDate | None = None
    postponed: bool = False  # a deadline falling on a weekend or holiday moves to the next working day
    outside_school_year: bool = False  # « date hors année scolaire »: meant to fall outside it
    time: str | None = None  # « à 23h59 »: shown to the applicant; the rules compare dates only
    # « à partir du … »: an opening, stored as the exclusive bound a date must not fall before
    # (`date respecte ouverture` is checked as `non (date respecte …)`), hence inclusive=False.
    opening: bool = False


@record
class Period(Declaration):
    """A named span of dates, both ends included (a campaign, half a school year).

    The school year is a period too, declared by the header: its spans are the header's
    « année scolaire » line."""

    name: str
    label: str
    start: datetime.date
    end: datetime.date
    citations: tuple[Citation, ...]
    outside_school_year: bool = False


# ---------------------------------------------------------------- decision tables


@record
class Cell:
    """A pattern on one input of a table."""

    kind: CellKind
    values: tuple[object, ...]  # constants
    op: str | None = None  # for a comparison: < <= > >= !=

    def matches(self, value: object) -> bool:
        """Whether a known input value matches (used by the checker's gap analysis)."""
        if self.kind == CellKind.ANY:
            return True
        if self.kind == CellKind.EQUAL:
            return value == self.values[0]
        if self.kind == CellKind.IN:
            return value in self.values
        if self.kind == CellKind.NOT_IN:
            return value not in self.values
        if self.kind == CellKind.RANGE:
            return bool(self.values[0] <= value <= self.values[1])  # type: ignore[operator]
        return bool(COMPARISONS[self.op or "="](value, self.values[0]))


# The meaning of each comparison word of the language, for table cells and the reference interpreter.
COMPARISONS: dict[str, Callable[[Any, Any], bool]] = {
    "=": lambda a, b: a == b,
    "!=": lambda a, b: a != b,
    "<": lambda a, b: a < b,
    "<=": lambda a, b: a <= b,
    ">": lambda a, b: a > b,
    ">=": lambda a, b: a >= b,
}


@record
class TableColumn(Located):
    """An output column; `span` is its « donne » line."""

    name: str
    label: str
    type: Type  # SERVICE for a routing column


@record
class TableRow(Located):
    """A row of a decision table: its patterns and its outputs."""

    cells: tuple[Cell, ...]  # one per input ; empty for the « sinon » row
    outputs: tuple[object, ...]  # one per column: constant, Service, or None (« néant »)


@record
class Table(Declaration):
    """A decision table: inputs, output columns, rows that never overlap, an optional « sinon »."""

    name: str
    label: str
    inputs: tuple[Expr, ...]
    input_texts: tuple[str, ...]  # the inputs as written
    columns: tuple[TableColumn, ...]
    rows: tuple[TableRow, ...]
    default: TableRow | None
    citations: tuple[Citation, ...]

    def column_values(self, column: int) -> tuple[object, ...]:
        rows = self.rows + ((self.default,) if self.default else ())
        return tuple(row.outputs[column] for row in rows)


@record
class Event(Declaration):
    """A dated event (a meeting, a webinar), with its hours, link and place."""

    name: str
    label: str
    date: datetime.date
    start: str | None  # "12h30"
    end: str | None
    link: str | None
    place: str | None
    citations: tuple[Citation, ...]
    date_span: Span  # the date as written
    outside_school_year: bool = False


@record
class Expectation:
    """What an example case expects of the validator."""

    status: ExpectedStatus
    failing_rules: tuple[str, ...] | None
    missing_facts: tuple[str, ...] | None
    required_documents: tuple[str, ...] | None
    routings: tuple[tuple[str, tuple[str, ...]], ...] = ()  # document -> the services it must reach


@record
class Case(Declaration):
    """An example case; `name_span` is its label."""

    label: str
    facts: tuple[tuple[str, object], ...]  # (fact name, value as JSON-ready Python value)
    expectation: Expectation


@record
class Circular:
    """A fully checked circular (or vocabulary, with facts only)."""

    kind: FileKind
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
    parts: tuple[Passage, ...] = ()  # the parts of a shared source text that are its own (all of it if none)
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
    unruled: tuple[Unruled, ...] = ()  # passages of the source acknowledged « hors règles »
    all_facts: tuple[Fact, ...] = field(default=(), repr=False)  # every declared fact in scope

    def declarations(self) -> Iterator[Declaration]:
        """Every declaration, kind after kind; the facts are those it reads (imported ones included)."""
        yield from self.facts
        yield from self.values
        yield from self.rules
        yield from self.documents
        yield from self.services
        yield from self.requests
        yield from self.opinions
        yield from self.examinations
        yield from self.deadlines
        yield from self.periods
        yield from self.tables
        yield from self.events
        yield from self.cases

    def citations(self) -> Iterator[Citation]:
        """The citations of every declaration, in the order of `declarations`."""
        for declaration in self.declarations():
            yield from getattr(declaration, "citations", ())
