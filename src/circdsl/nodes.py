"""Syntax tree of a .circ file: frozen dataclasses, each with its span."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from circdsl.source import Span


@dataclass(frozen=True)
class Name:
    """An identifier as written, possibly dotted (agent.statut)."""

    text: str
    span: Span


@dataclass(frozen=True)
class Text:
    """A string literal, unescaped."""

    value: str
    span: Span


@dataclass(frozen=True)
class DateText:
    """A date as written (13/01/2025, 2025-01-13 or 13 janvier 2025)."""

    text: str
    span: Span


# ---------------------------------------------------------------- expressions


@dataclass(frozen=True)
class Expr:
    span: Span


@dataclass(frozen=True)
class NumberLit(Expr):
    value: Decimal
    unit: str | None  # unit word as written, normalised by the checker


@dataclass(frozen=True)
class DateLit(Expr):
    date: DateText


@dataclass(frozen=True)
class TextLit(Expr):
    value: str


@dataclass(frozen=True)
class BoolLit(Expr):
    value: bool


@dataclass(frozen=True)
class Ref(Expr):
    name: Name


@dataclass(frozen=True)
class BareName(Expr):
    """A name in a set literal: a choice value, resolved by the checker."""

    name: Name


@dataclass(frozen=True)
class Not(Expr):
    operand: Expr


@dataclass(frozen=True)
class Negative(Expr):
    operand: Expr


@dataclass(frozen=True)
class Logical(Expr):
    op: str  # "et" | "ou"
    left: Expr
    right: Expr


@dataclass(frozen=True)
class Arithmetic(Expr):
    op: str  # "+" | "-" | "*" | "/"
    left: Expr
    right: Expr


@dataclass(frozen=True)
class Compare(Expr):
    op: str  # "=" "!=" "<" "<=" ">" ">=" (normalised)
    left: Expr
    right: Expr


@dataclass(frozen=True)
class Member(Expr):
    operand: Expr
    items: tuple[Expr, ...]
    negated: bool


@dataclass(frozen=True)
class IsWhole(Expr):
    operand: Expr


@dataclass(frozen=True)
class MeetsDeadline(Expr):
    operand: Expr
    deadline: Name


@dataclass(frozen=True)
class During(Expr):
    """`date pendant période`."""

    operand: Expr
    period: Name


@dataclass(frozen=True)
class DocumentsProvided(Expr):
    """`pièces fournies`: every mandatory document that applies is among those supplied."""


@dataclass(frozen=True)
class Count(Expr):
    """`nombre de fait`: how many values a multiple choice holds."""

    name: Name


# ---------------------------------------------------------------- declarations


@dataclass(frozen=True)
class Clause:
    """One clause of a declaration: `kind` names it, `value` depends on the kind."""

    kind: str
    value: object
    span: Span


@dataclass(frozen=True)
class PassageText:
    """A passage of the source text: one quote, or « "first" … "last" » (from the first to the end of the last)."""

    first: Text
    last: Text | None
    span: Span


@dataclass(frozen=True)
class HeaderAttr:
    key: str  # authority, reference, issued, school_year, source, replaces, legal_ref, dispositif, source_part
    value: Text | DateText | PassageText
    span: Span


@dataclass(frozen=True)
class Header:
    kind: str  # "circulaire" | "vocabulaire" | "données"
    name: Name
    title: Text
    attrs: tuple[HeaderAttr, ...]
    span: Span


@dataclass(frozen=True)
class Decl:
    span: Span


@dataclass(frozen=True)
class Import(Decl):
    name: Name


@dataclass(frozen=True)
class Choice:
    name: Name
    label: Text | None


@dataclass(frozen=True)
class TypeSpec:
    kind: str  # simple type word as written, "choix" or "choix multiples"
    choices: tuple[Choice, ...]
    span: Span


@dataclass(frozen=True)
class Bounds:
    low: Decimal
    high: Decimal
    span: Span


@dataclass(frozen=True)
class FactDecl(Decl):
    name: Name
    label: Text
    type: TypeSpec
    bounds: Bounds | None
    clauses: tuple[Clause, ...]


@dataclass(frozen=True)
class ValueDecl(Decl):
    name: Name
    label: Text
    expr: Expr
    rounding: str | None  # "centime" | "unité"
    clauses: tuple[Clause, ...]


@dataclass(frozen=True)
class RuleDecl(Decl):
    name: Name
    severity: str
    title: Text
    clauses: tuple[Clause, ...]


@dataclass(frozen=True)
class DocumentDecl(Decl):
    name: Name
    label: Text
    clauses: tuple[Clause, ...]


@dataclass(frozen=True)
class Delivery:
    channel: str  # a key of CHANNEL_PHRASES
    sealed: bool
    recipients: tuple[Name, ...]  # services, or table columns giving a service
    condition: Expr | None = None
    via: tuple[Name, ...] = ()  # intermediaries that carry it


@dataclass(frozen=True)
class Requirement:
    kind: str  # "obligatoire" | "facultative"
    condition: Expr | None


@dataclass(frozen=True)
class ServiceDecl(Decl):
    name: Name
    label: Text
    clauses: tuple[Clause, ...]


@dataclass(frozen=True)
class RequestDecl(Decl):
    label: Text
    clauses: tuple[Clause, ...]
    condition: Expr | None = None  # « dépôt "…" si … »


@dataclass(frozen=True)
class OpinionDecl(Decl):
    name: Name
    label: Text
    requirement: str
    clauses: tuple[Clause, ...]


@dataclass(frozen=True)
class ExaminationDecl(Decl):
    name: Name
    label: Text
    by: tuple[Name, ...]
    clauses: tuple[Clause, ...]


@dataclass(frozen=True)
class RelativeDate:
    """`2 mois avant demande.date_début arrondi au dernier jour du mois`."""

    amount: Decimal
    unit: str  # offset unit as written: jours, jours ouvrés, mois, heures, ...
    direction: str  # "avant" | "après"
    anchor: Expr
    rounding: str | None  # "dernier jour" | "mois suivant"
    span: Span


@dataclass(frozen=True)
class NamedDate:
    """`le webinaire`, `le campagne.fin`: the date of an event, or a bound of a period."""

    name: Name
    span: Span


@dataclass(frozen=True)
class DeadlineDecl(Decl):
    name: Name
    label: Text
    date: DateText | RelativeDate | NamedDate
    inclusive: bool
    clauses: tuple[Clause, ...]
    time: TimeText | None = None  # « le 31/03/2026 à 23h59 »
    opening: bool = False  # « à partir du … »: the first day a date may take


@dataclass(frozen=True)
class PeriodDecl(Decl):
    name: Name
    label: Text
    start: DateText
    end: DateText
    clauses: tuple[Clause, ...]


@dataclass(frozen=True)
class Cell:
    """One cell of a decision table row."""

    kind: str  # "any" | "none" | "eq" | "compare" | "range" | "in" | "not_in"
    values: tuple[object, ...]  # CaseValue items, or Expr items for sets
    op: str | None
    span: Span


@dataclass(frozen=True)
class TableOutput:
    name: Name
    label: Text
    type: TypeSpec | None  # None: a service
    span: Span


@dataclass(frozen=True)
class TableRow:
    cells: tuple[Cell, ...]
    default: bool
    span: Span


@dataclass(frozen=True)
class TableDecl(Decl):
    name: Name
    label: Text
    inputs: tuple[Name, ...]
    outputs: tuple[TableOutput, ...]
    rows: tuple[TableRow, ...]
    clauses: tuple[Clause, ...]  # citations, and repeated « selon » reported by the checker


@dataclass(frozen=True)
class TimeText:
    text: str
    span: Span


@dataclass(frozen=True)
class EventDecl(Decl):
    name: Name
    label: Text
    date: DateText
    start: TimeText | None
    end: TimeText | None
    clauses: tuple[Clause, ...]


@dataclass(frozen=True)
class UnruledDecl(Decl):
    """« hors règles "…" : "raison" »: a passage of the source that no declaration encodes."""

    passage: PassageText
    reason: Text | None


@dataclass(frozen=True)
class CaseValue:
    kind: str  # number | date | text | bool | unknown | choice | choices
    value: object
    unit: str | None
    span: Span


@dataclass(frozen=True)
class Assignment:
    name: Name
    value: CaseValue


@dataclass(frozen=True)
class Expectation:
    status: str
    status_span: Span
    failing_rules: tuple[Name, ...] | None
    missing_facts: tuple[Name, ...] | None
    required_documents: tuple[Name, ...] | None
    span: Span
    routings: tuple[tuple[Name, tuple[Name, ...]], ...] = ()  # « envoi pièce à service, … »


@dataclass(frozen=True)
class CaseDecl(Decl):
    label: Text
    base: Text | None  # « reprend "autre cas" »: start from that case's facts
    assignments: tuple[Assignment, ...]
    expectations: tuple[Expectation, ...]


@dataclass(frozen=True)
class Module:
    """A parsed .circ file."""

    header: Header
    decls: tuple[Decl, ...] = field(default=())
