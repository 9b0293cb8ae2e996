"""Syntax tree of a .circ file: records (immutable dataclasses, see `records`), each with its span.

A node is one place of one file: nodes compare (and hash) by identity, except the words as written
(`Name`, `Text`, `DateText`, `TimeText`), compared by value (the checker looks names up in sets)."""

from __future__ import annotations

from dataclasses import field
from decimal import Decimal

from circdsl.records import record
from circdsl.source import Span


@record
class Name:
    """An identifier as written, possibly dotted (agent.statut)."""

    text: str
    span: Span


@record
class Text:
    """A string literal, unescaped."""

    value: str
    span: Span


@record
class DateText:
    """A date as written (13/01/2025, 2025-01-13 or 13 janvier 2025)."""

    text: str
    span: Span


# ---------------------------------------------------------------- expressions


@record(eq=False)
class Expr:
    """An expression as written; `span` covers it."""

    span: Span


@record(eq=False)
class NumberLit(Expr):
    """A number, with the unit word written after it (`3 jours`, `80 %`)."""

    value: Decimal
    unit: str | None  # unit word as written, normalised by the checker


@record(eq=False)
class DateLit(Expr):
    """A date written in an expression."""

    date: DateText


@record(eq=False)
class TextLit(Expr):
    """A string literal in an expression."""

    value: str


@record(eq=False)
class BoolLit(Expr):
    """`vrai` or `faux`."""

    value: bool


@record(eq=False)
class Ref(Expr):
    """A name read in an expression: a fact, a value, a table column, a deadline."""

    name: Name


@record(eq=False)
class BareName(Expr):
    """A name in a set literal: a choice value, resolved by the checker."""

    name: Name


@record(eq=False)
class Not(Expr):
    """`non expr`."""

    operand: Expr


@record(eq=False)
class Negative(Expr):
    """`- expr`."""

    operand: Expr


@record(eq=False)
class Logical(Expr):
    """`a et b`, `a ou b`."""

    op: str  # "et" | "ou"
    left: Expr
    right: Expr


@record(eq=False)
class Arithmetic(Expr):
    """`a + b`, `a - b`, `a * b`, `a / b`."""

    op: str  # "+" | "-" | "*" | "/"
    left: Expr
    right: Expr


@record(eq=False)
class Compare(Expr):
    """A comparison of two expressions."""

    op: str  # "=" "!=" "<" "<=" ">" ">=" (normalised)
    left: Expr
    right: Expr


@record(eq=False)
class Member(Expr):
    """`x dans {…}` or `x hors de {…}` (`negated`)."""

    operand: Expr
    items: tuple[Expr, ...]
    negated: bool


@record(eq=False)
class IsWhole(Expr):
    """`x est entier`: a whole number."""

    operand: Expr


@record(eq=False)
class MeetsDeadline(Expr):
    """`date respecte échéance`."""

    operand: Expr
    deadline: Name


@record(eq=False)
class During(Expr):
    """`date pendant période`."""

    operand: Expr
    period: Name


@record(eq=False)
class DocumentsProvided(Expr):
    """`pièces fournies`: every mandatory document that applies is among those supplied."""


@record(eq=False)
class Count(Expr):
    """`nombre de fait`: how many values a multiple choice holds."""

    name: Name


# ---------------------------------------------------------------- declarations


@record(eq=False)
class Clause:
    """One clause of a declaration: `kind` names it, `value` depends on the kind."""

    kind: str
    value: object
    span: Span


@record(eq=False)
class PassageText:
    """A passage of the source text: one quote, or « "first" … "last" » (from the first to the end of the last)."""

    first: Text
    last: Text | None
    span: Span


@record(eq=False)
class HeaderAttr:
    """One line of the header after its title (`autorité`, `date`, `source`, ...)."""

    key: str  # authority, reference, issued, school_year, source, replaces, legal_ref, dispositif, source_part
    value: Text | DateText | PassageText
    span: Span


@record(eq=False)
class Header:
    """The header: `circulaire`, `vocabulaire` or `données`, its name, title and lines."""

    kind: str  # "circulaire" | "vocabulaire" | "données"
    name: Name
    title: Text
    attrs: tuple[HeaderAttr, ...]
    span: Span


@record(eq=False)
class Decl:
    """A declaration; `span` covers it from its keyword."""

    span: Span


@record(eq=False)
class Import(Decl):
    """`utilise nom`: a vocabulary or a data file whose declarations the file reads."""

    name: Name


@record(eq=False)
class Choice:
    """One value of a `choix`, with its label if written."""

    name: Name
    label: Text | None


@record(eq=False)
class TypeSpec:
    """The type of a fact or a table column as written."""

    kind: str  # simple type word as written, "choix" or "choix multiples"
    choices: tuple[Choice, ...]
    span: Span


@record(eq=False)
class Bounds:
    """`entre low et high`: the bounds of a number fact."""

    low: Decimal
    high: Decimal
    span: Span


@record(eq=False)
class FactDecl(Decl):
    """`fait`: what the applicant's situation says."""

    name: Name
    label: Text
    type: TypeSpec
    bounds: Bounds | None
    clauses: tuple[Clause, ...]


@record(eq=False)
class ValueDecl(Decl):
    """`valeur`: a value computed from facts and earlier values."""

    name: Name
    label: Text
    expr: Expr
    rounding: str | None  # "centime" | "unité"
    clauses: tuple[Clause, ...]


@record(eq=False)
class RuleDecl(Decl):
    """`règle`: a condition the situation must meet, its severity and message."""

    name: Name
    severity: str
    title: Text
    clauses: tuple[Clause, ...]


@record(eq=False)
class DocumentDecl(Decl):
    """`pièce`: a document of the application."""

    name: Name
    label: Text
    clauses: tuple[Clause, ...]


@record(eq=False)
class Delivery:
    """`transmise … à …`: how and to whom a document or the application is sent."""

    channel: str  # a key of CHANNEL_PHRASES
    sealed: bool
    recipients: tuple[Name, ...]  # services, or table columns giving a service
    condition: Expr | None = None
    via: tuple[Name, ...] = ()  # intermediaries that carry it


@record(eq=False)
class Requirement:
    """`obligatoire`, `facultative`, with the condition it holds under."""

    kind: str  # "obligatoire" | "facultative"
    condition: Expr | None


@record(eq=False)
class ServiceDecl(Decl):
    """`service`: an office that receives, examines or gives an opinion."""

    name: Name
    label: Text
    clauses: tuple[Clause, ...]


@record(eq=False)
class RequestDecl(Decl):
    """`dépôt`: how the application is submitted."""

    label: Text
    clauses: tuple[Clause, ...]
    condition: Expr | None = None  # « dépôt "…" si … »


@record(eq=False)
class OpinionDecl(Decl):
    """`avis`: an opinion given on the application."""

    name: Name
    label: Text
    requirement: str
    clauses: tuple[Clause, ...]


@record(eq=False)
class ExaminationDecl(Decl):
    """`examen`: an examination of the application by services."""

    name: Name
    label: Text
    by: tuple[Name, ...]
    clauses: tuple[Clause, ...]


@record(eq=False)
class RelativeDate:
    """`2 mois avant demande.date_début arrondi au dernier jour du mois`."""

    amount: Decimal
    unit: str  # offset unit as written: jours, jours ouvrés, mois, heures, ...
    direction: str  # "avant" | "après"
    anchor: Expr
    rounding: str | None  # "dernier jour" | "mois suivant"
    span: Span


@record(eq=False)
class NamedDate:
    """`le webinaire`, `le campagne.fin`: the date of an event, or a bound of a period."""

    name: Name
    span: Span


@record(eq=False)
class DeadlineDecl(Decl):
    """`échéance`: a deadline (or, with `opening`, the first day a date may take)."""

    name: Name
    label: Text
    date: DateText | RelativeDate | NamedDate
    inclusive: bool
    clauses: tuple[Clause, ...]
    time: TimeText | None = None  # « le 31/03/2026 à 23h59 »
    opening: bool = False  # « à partir du … »: the first day a date may take


@record(eq=False)
class PeriodDecl(Decl):
    """`période`: a named span of dates, `du … au …`."""

    name: Name
    label: Text
    start: DateText
    end: DateText
    clauses: tuple[Clause, ...]


@record(eq=False)
class Cell:
    """One cell of a decision table row."""

    kind: str  # "any" | "none" | "eq" | "compare" | "range" | "in" | "not_in"
    values: tuple[object, ...]  # CaseValue items, or Expr items for sets
    op: str | None
    span: Span


@record(eq=False)
class TableOutput:
    """`donne nom "libellé" : type`: an output column of a table."""

    name: Name
    label: Text
    type: TypeSpec | None  # None: a service
    span: Span


@record(eq=False)
class TableRow:
    """One row of a table: a cell per input then per output; `default` for `sinon`."""

    cells: tuple[Cell, ...]
    default: bool
    span: Span


@record(eq=False)
class TableDecl(Decl):
    """`table`: a decision table."""

    name: Name
    label: Text
    inputs: tuple[Name, ...]
    outputs: tuple[TableOutput, ...]
    rows: tuple[TableRow, ...]
    clauses: tuple[Clause, ...]  # citations, and repeated « selon » reported by the checker


@record
class TimeText:
    """An hour as written (12h30)."""

    text: str
    span: Span


@record(eq=False)
class EventDecl(Decl):
    """`événement`: a dated event, with its hours."""

    name: Name
    label: Text
    date: DateText
    start: TimeText | None
    end: TimeText | None
    clauses: tuple[Clause, ...]


@record(eq=False)
class UnruledDecl(Decl):
    """« hors règles "…" : "raison" »: a passage of the source that no declaration encodes."""

    passage: PassageText
    reason: Text | None


@record(eq=False)
class CaseValue:
    """The value of a fact in an example case, as written."""

    kind: str  # number | date | text | bool | unknown | choice | choices
    value: object
    unit: str | None
    span: Span


@record(eq=False)
class Assignment:
    """`fait = valeur` in an example case."""

    name: Name
    value: CaseValue


@record(eq=False)
class Expectation:
    """What an example case expects: status, failing rules, missing facts, documents, routings."""

    status: str
    status_span: Span
    failing_rules: tuple[Name, ...] | None
    missing_facts: tuple[Name, ...] | None
    required_documents: tuple[Name, ...] | None
    span: Span
    routings: tuple[tuple[Name, tuple[Name, ...]], ...] = ()  # « envoi pièce à service, … »


@record(eq=False)
class CaseDecl(Decl):
    """`cas`: an example case and what it expects."""

    label: Text
    base: Text | None  # « reprend "autre cas" »: start from that case's facts
    assignments: tuple[Assignment, ...]
    expectations: tuple[Expectation, ...]


@record(eq=False)
class Module:
    """A parsed .circ file."""

    header: Header
    decls: tuple[Decl, ...] = field(default=())
