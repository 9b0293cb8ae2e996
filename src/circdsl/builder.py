"""Turn the Lark parse tree into the syntax tree of `nodes` (no validation here)."""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Any, cast

from lark import Token, Tree, v_args
from lark.exceptions import GrammarError, VisitError
from lark.tree import Meta
from lark.visitors import Transformer_NonRecursive

from circdsl import nodes as n
from circdsl.source import Span
from circdsl.words import CHANNEL_OF_PHRASE

COMPARATORS = {"=": "=", "≠": "!=", "!=": "!=", "<": "<", "<=": "<=", "≤": "<=", ">": ">", ">=": ">=", "≥": ">="}
_ESCAPE = re.compile(r"\\(.)", re.DOTALL)
_ESCAPES = {"n": "\n", "t": "\t"}


def build(tree: Tree[Token]) -> n.Module:
    """Build the syntax tree of a parsed file."""
    result: n.Module = AstBuilder().transform(tree)
    return result


def token_span(token: Token) -> Span:
    line, column = token.line or 1, token.column or 1
    return Span(line, column, token.end_line or line, token.end_column or column + len(token))


def meta_span(meta: Meta) -> Span:
    if getattr(meta, "empty", True):
        return Span(1, 1, 1, 2)
    return Span(meta.line, meta.column, meta.end_line, meta.end_column)


def unescape(literal: str) -> str:
    return _ESCAPE.sub(lambda m: _ESCAPES.get(m.group(1), m.group(1)), literal[1:-1])


def _words(children: list[Any]) -> str:
    return " ".join(str(c) for c in children if isinstance(c, Token))


def _attr(key: str) -> Any:
    def method(self: AstBuilder, meta: Meta, children: list[Any]) -> n.HeaderAttr:
        value = children[0]
        if isinstance(value, Token):  # school year
            value = n.Text(str(value), token_span(value))
        return n.HeaderAttr(key, value, meta_span(meta))

    return method


def _clause(kind: str) -> Any:
    def method(self: AstBuilder, meta: Meta, children: list[Any]) -> n.Clause:
        value: object = children[0] if len(children) == 1 else tuple(children)
        return n.Clause(kind, value if children else None, meta_span(meta))

    return method


def _arith(op: str) -> Any:
    def method(self: AstBuilder, meta: Meta, children: list[Any]) -> n.Arithmetic:
        return n.Arithmetic(meta_span(meta), op, children[0], children[1])

    return method


@v_args(meta=True)
class AstBuilder(Transformer_NonRecursive[Token, Any]):
    """One method per grammar rule or alias; returns nodes or plain parts.

    Non-recursive: a tree of any depth is built without exhausting Python's stack (the parser
    refuses expressions deeper than `input_limits.MAX_EXPRESSION_DEPTH` before this runs).
    """

    _MISSING = object()

    def __init__(self) -> None:
        super().__init__()
        self._methods: dict[str, Any] = {}  # terminal -> its callback, bound once (Lark binds it on every node)
        self._rules: dict[str, tuple[Any, Any]] = {}  # rule -> its callback and v_args' wrapper, found once

    def _call_userfunc(self, tree: Tree[Token], new_children: list[Any] | None = None) -> Any:
        """Lark's `_call_userfunc`, with each rule's callback looked up once per build."""
        children = new_children if new_children is not None else tree.children
        callback = self._rules.get(tree.data)
        if callback is None:
            found: Any = getattr(self, tree.data, self._MISSING)
            callback = self._rules[tree.data] = (found, getattr(found, "visit_wrapper", None))
        method, wrapper = callback
        if method is self._MISSING:
            return self.__default__(tree.data, children, tree.meta)  # type: ignore[no-untyped-call]
        try:
            if wrapper is not None:
                return wrapper(method, tree.data, children, tree.meta)
            return method(children)
        except GrammarError:
            raise
        except Exception as error:
            raise VisitError(tree.data, tree, error) from error  # type: ignore[no-untyped-call]

    def _call_userfunc_token(self, token: Token) -> Any:
        """Lark's `_call_userfunc_token`, with each terminal's callback looked up once per build."""
        method = self._methods.get(token.type)
        if method is None:
            method = self._methods[token.type] = getattr(self, token.type, self._MISSING)
        if method is self._MISSING:
            return self.__default_token__(token)  # type: ignore[no-untyped-call]
        try:
            return method(token)
        except GrammarError:
            raise
        except Exception as error:
            raise VisitError(token.type, token, error) from error  # type: ignore[no-untyped-call]

    # ------------------------------------------------------------ tokens
    def NAME(self, token: Token) -> n.Name:  # noqa: N802 - Lark terminal callback
        return n.Name(str(token), token_span(token))

    def STRING(self, token: Token) -> n.Text:  # noqa: N802
        return n.Text(unescape(str(token)), token_span(token))

    def DATE(self, token: Token) -> n.DateText:  # noqa: N802
        return n.DateText(str(token), token_span(token))

    def TIME(self, token: Token) -> n.TimeText:  # noqa: N802
        return n.TimeText(str(token), token_span(token))

    # (Terminal callbacks are called with the token alone, even under v_args.)

    # ------------------------------------------------------------ file
    def start(self, meta: Meta, children: list[Any]) -> n.Module:
        return n.Module(children[0], tuple(children[1:]))

    def circular_header(self, meta: Meta, children: list[Any]) -> n.Header:
        return n.Header("circulaire", children[0], children[1], tuple(children[2:]), meta_span(meta))

    def vocabulary_header(self, meta: Meta, children: list[Any]) -> n.Header:
        return n.Header("vocabulaire", children[0], children[1], (), meta_span(meta))

    def data_header(self, meta: Meta, children: list[Any]) -> n.Header:
        return n.Header("données", children[0], children[1], tuple(children[2:]), meta_span(meta))

    authority = _attr("authority")
    circular_ref = _attr("reference")
    issued = _attr("issued")
    school_year = _attr("school_year")
    source = _attr("source")
    replaces = _attr("replaces")
    legal_ref = _attr("legal_ref")
    dispositif = _attr("dispositif")
    source_part = _attr("source_part")

    def import_decl(self, meta: Meta, children: list[Any]) -> n.Import:
        return n.Import(meta_span(meta), children[0])

    # ------------------------------------------------------------ facts
    def fact_decl(self, meta: Meta, children: list[Any]) -> n.FactDecl:
        name, label, type_spec, *rest = children
        bounds = rest.pop(0) if rest and isinstance(rest[0], n.Bounds) else None
        return n.FactDecl(meta_span(meta), name, label, type_spec, bounds, tuple(rest))

    def fact_type(self, meta: Meta, children: list[Any]) -> n.TypeSpec:
        return children[0]  # type: ignore[no-any-return]

    def simple_type(self, meta: Meta, children: list[Any]) -> n.TypeSpec:
        return n.TypeSpec(_words(children), (), meta_span(meta))

    def choice_type(self, meta: Meta, children: list[Any]) -> n.TypeSpec:
        return n.TypeSpec("choix", tuple(children), meta_span(meta))

    def multi_choice_type(self, meta: Meta, children: list[Any]) -> n.TypeSpec:
        return n.TypeSpec("choix multiples", tuple(children), meta_span(meta))

    def choice(self, meta: Meta, children: list[Any]) -> n.Choice:
        return n.Choice(children[0], children[1] if len(children) > 1 else None)

    def bounds(self, meta: Meta, children: list[Any]) -> n.Bounds:
        return n.Bounds(children[0], children[1], meta_span(meta))

    def signed_number(self, meta: Meta, children: list[Any]) -> Decimal:
        value = _decimal(children[-1])
        return -value if len(children) > 1 else value

    # ------------------------------------------------------------ values, rules
    def value_decl(self, meta: Meta, children: list[Any]) -> n.ValueDecl:
        name, label, expr, *rest = children
        rounding = rest.pop(0) if rest and isinstance(rest[0], str) else None
        return n.ValueDecl(meta_span(meta), name, label, expr, rounding, tuple(rest))

    def rounding(self, meta: Meta, children: list[Any]) -> str:
        return "centime" if "centime" in [str(c) for c in children] else "unité"

    def rule_decl(self, meta: Meta, children: list[Any]) -> n.RuleDecl:
        name, severity, title, *clauses = children
        return n.RuleDecl(meta_span(meta), name, severity, title, tuple(clauses))

    def severity(self, meta: Meta, children: list[Any]) -> str:
        return str(children[0])

    def outcome(self, meta: Meta, children: list[Any]) -> str:
        return str(children[0])

    applies_when = _clause("si")
    requires = _clause("exige")
    message = _clause("message")
    citation = _clause("cite")
    medical = _clause("médicale")
    not_medical = _clause("non médicale")
    confidential = _clause("confidentielle")
    detail = _clause("détail")
    address = _clause("adresse")
    link = _clause("lien")
    place = _clause("lieu")
    given_by = _clause("donné par")

    def exception(self, meta: Meta, children: list[Any]) -> n.Clause:
        return n.Clause("sauf si", (children[0], children[1]), meta_span(meta))

    # ------------------------------------------------------------ documents, routing
    def document_decl(self, meta: Meta, children: list[Any]) -> n.DocumentDecl:
        return n.DocumentDecl(meta_span(meta), children[0], children[1], tuple(children[2:]))

    def requirement(self, meta: Meta, children: list[Any]) -> str:
        word = str(children[0])
        return "facultative" if word == "facultatif" else word  # a pièce is feminine, an avis masculine

    def requirement_clause(self, meta: Meta, children: list[Any]) -> n.Clause:
        condition = children[1] if len(children) > 1 else None
        return n.Clause("exigence", n.Requirement(children[0], condition), meta_span(meta))

    def channel(self, meta: Meta, children: list[Any]) -> str:
        return CHANNEL_OF_PHRASE[_words(children)]

    def sealed(self, meta: Meta, children: list[Any]) -> bool:
        return True

    def delivery(self, meta: Meta, children: list[Any]) -> n.Clause:
        channel, *rest = children
        sealed = bool(rest and rest[0] is True)
        if sealed:
            rest.pop(0)
        recipients = rest.pop(0)
        via = rest.pop(0) if rest and isinstance(rest[0], list) else []
        condition = rest[0] if rest else None
        return n.Clause("transmise", n.Delivery(channel, sealed, recipients, condition, tuple(via)), meta_span(meta))

    def via(self, meta: Meta, children: list[Any]) -> list[n.Name]:
        return list(children[0])

    def recipient_list(self, meta: Meta, children: list[Any]) -> tuple[n.Name, ...]:
        return tuple(children)

    def name_list(self, meta: Meta, children: list[Any]) -> tuple[n.Name, ...]:
        return tuple(children)

    def service_decl(self, meta: Meta, children: list[Any]) -> n.ServiceDecl:
        return n.ServiceDecl(meta_span(meta), children[0], children[1], tuple(children[2:]))

    def request_decl(self, meta: Meta, children: list[Any]) -> n.RequestDecl:
        label, *rest = children
        condition = rest.pop(0)[0] if rest and isinstance(rest[0], tuple) else None
        return n.RequestDecl(meta_span(meta), label, tuple(rest), condition)

    def request_condition(self, meta: Meta, children: list[Any]) -> tuple[n.Expr]:
        return (children[0],)

    def opinion_decl(self, meta: Meta, children: list[Any]) -> n.OpinionDecl:
        name, label, requirement, *clauses = children
        return n.OpinionDecl(meta_span(meta), name, label, requirement, tuple(clauses))

    def examination_decl(self, meta: Meta, children: list[Any]) -> n.ExaminationDecl:
        name, label, by, *clauses = children
        return n.ExaminationDecl(meta_span(meta), name, label, by, tuple(clauses))

    # ------------------------------------------------------------ passages outside the rules
    def unruled_decl(self, meta: Meta, children: list[Any]) -> n.UnruledDecl:
        return n.UnruledDecl(meta_span(meta), children[0], children[1] if len(children) > 1 else None)

    def passage(self, meta: Meta, children: list[Any]) -> n.PassageText:
        return n.PassageText(children[0], children[1] if len(children) > 1 else None, meta_span(meta))

    # ------------------------------------------------------------ calendar
    def deadline_decl(self, meta: Meta, children: list[Any]) -> n.DeadlineDecl:
        name, label, date, inclusive, *clauses = children
        date, time = date if isinstance(date, tuple) else (date, None)
        return n.DeadlineDecl(meta_span(meta), name, label, date, inclusive, tuple(clauses), time)

    def opening_decl(self, meta: Meta, children: list[Any]) -> n.DeadlineDecl:
        name, label, date, *clauses = children
        date, time = date if isinstance(date, tuple) else (date, None)
        return n.DeadlineDecl(meta_span(meta), name, label, date, True, tuple(clauses), time, opening=True)

    def fixed_date(self, meta: Meta, children: list[Any]) -> tuple[n.DateText, n.TimeText | None]:
        return (children[0], children[1] if len(children) > 1 else None)

    def named_date(self, meta: Meta, children: list[Any]) -> n.NamedDate:
        return n.NamedDate(children[0], meta_span(meta))

    def deadline_time(self, meta: Meta, children: list[Any]) -> n.TimeText:
        return children[0]  # type: ignore[no-any-return]

    def relative_date(self, meta: Meta, children: list[Any]) -> n.RelativeDate:
        amount, unit, direction, anchor, *rest = children
        rounding = rest[0] if rest else None
        return n.RelativeDate(_decimal(amount), unit, direction, anchor, rounding, meta_span(meta))

    def offset_unit(self, meta: Meta, children: list[Any]) -> str:
        return _words(children)

    def direction(self, meta: Meta, children: list[Any]) -> str:
        return str(children[0])

    def month_rounding(self, meta: Meta, children: list[Any]) -> str:
        return "mois suivant" if "suivant" in [str(c) for c in children] else "dernier jour"

    postponed = _clause("reporté")
    outside_school_year = _clause("hors année scolaire")

    def period_decl(self, meta: Meta, children: list[Any]) -> n.PeriodDecl:
        name, label, start, end, *clauses = children
        return n.PeriodDecl(meta_span(meta), name, label, start, end, tuple(clauses))

    # ------------------------------------------------------------ decision tables
    def table_decl(self, meta: Meta, children: list[Any]) -> n.TableDecl:
        name, label, *items = children
        inputs: tuple[n.Name, ...] = ()
        clauses = []
        for item in items:
            if isinstance(item, n.Clause) and item.kind == "selon":
                if inputs:
                    clauses.append(item)  # reported as a repeated clause
                else:
                    inputs = cast(tuple[n.Name, ...], item.value)
            elif isinstance(item, n.Clause):
                clauses.append(item)
        outputs = tuple(i for i in items if isinstance(i, n.TableOutput))
        rows = tuple(i for i in items if isinstance(i, n.TableRow))
        return n.TableDecl(meta_span(meta), name, label, inputs, outputs, rows, tuple(clauses))

    def inputs(self, meta: Meta, children: list[Any]) -> n.Clause:
        return n.Clause("selon", tuple(children), meta_span(meta))

    def output(self, meta: Meta, children: list[Any]) -> n.TableOutput:
        name, label, type_spec = children
        return n.TableOutput(name, label, type_spec, meta_span(meta))

    def service_type(self, meta: Meta, children: list[Any]) -> None:
        return None

    def table_row(self, meta: Meta, children: list[Any]) -> n.TableRow:
        return n.TableRow(tuple(children), False, meta_span(meta))

    def default_row(self, meta: Meta, children: list[Any]) -> n.TableRow:
        return n.TableRow(tuple(children), True, meta_span(meta))

    def any_cell(self, meta: Meta, children: list[Any]) -> n.Cell:
        return n.Cell("any", (), None, meta_span(meta))

    def none_cell(self, meta: Meta, children: list[Any]) -> n.Cell:
        return n.Cell("none", (), None, meta_span(meta))

    def eq_cell(self, meta: Meta, children: list[Any]) -> n.Cell:
        return n.Cell("eq", (children[0],), "=", meta_span(meta))

    def compare_cell(self, meta: Meta, children: list[Any]) -> n.Cell:
        return n.Cell("compare", (children[1],), children[0], meta_span(meta))

    def range_cell(self, meta: Meta, children: list[Any]) -> n.Cell:
        return n.Cell("range", (children[0], children[1]), None, meta_span(meta))

    def in_cell(self, meta: Meta, children: list[Any]) -> n.Cell:
        return n.Cell("in", tuple(children[0]), None, meta_span(meta))

    def not_in_cell(self, meta: Meta, children: list[Any]) -> n.Cell:
        return n.Cell("not_in", tuple(children[0]), None, meta_span(meta))

    def inclusivity(self, meta: Meta, children: list[Any]) -> bool:
        return str(children[0]) == "inclus"

    def event_decl(self, meta: Meta, children: list[Any]) -> n.EventDecl:
        name, label, date, *rest = children
        start = end = None
        if rest and isinstance(rest[0], tuple):
            start, end = rest.pop(0)
        return n.EventDecl(meta_span(meta), name, label, date, start, end, tuple(rest))

    def time_range(self, meta: Meta, children: list[Any]) -> tuple[n.TimeText, n.TimeText | None]:
        return (children[0], children[1])

    def start_time(self, meta: Meta, children: list[Any]) -> tuple[n.TimeText, n.TimeText | None]:
        return (children[0], None)

    # ------------------------------------------------------------ cases
    def case_decl(self, meta: Meta, children: list[Any]) -> n.CaseDecl:
        label, *items = children
        base = items.pop(0) if items and isinstance(items[0], n.Text) else None
        assignments = tuple(i for i in items if isinstance(i, n.Assignment))
        expectations = tuple(i for i in items if isinstance(i, n.Expectation))
        return n.CaseDecl(meta_span(meta), label, base, assignments, expectations)

    def base_case(self, meta: Meta, children: list[Any]) -> n.Text:
        return children[0]  # type: ignore[no-any-return]

    def assignment(self, meta: Meta, children: list[Any]) -> n.Assignment:
        return n.Assignment(children[0], children[1])

    def number_value(self, meta: Meta, children: list[Any]) -> n.CaseValue:
        unit = children[1] if len(children) > 1 else None
        return n.CaseValue("number", children[0], unit, meta_span(meta))

    def date_value(self, meta: Meta, children: list[Any]) -> n.CaseValue:
        return n.CaseValue("date", children[0], None, meta_span(meta))

    def text_value(self, meta: Meta, children: list[Any]) -> n.CaseValue:
        return n.CaseValue("text", children[0].value, None, meta_span(meta))

    def true_value(self, meta: Meta, children: list[Any]) -> n.CaseValue:
        return n.CaseValue("bool", True, None, meta_span(meta))

    def false_value(self, meta: Meta, children: list[Any]) -> n.CaseValue:
        return n.CaseValue("bool", False, None, meta_span(meta))

    def unknown_value(self, meta: Meta, children: list[Any]) -> n.CaseValue:
        return n.CaseValue("unknown", None, None, meta_span(meta))

    def choice_value(self, meta: Meta, children: list[Any]) -> n.CaseValue:
        return n.CaseValue("choice", children[0], None, meta_span(meta))

    def choices_value(self, meta: Meta, children: list[Any]) -> n.CaseValue:
        names = tuple(c for c in children if c is not None)
        return n.CaseValue("choices", names, None, meta_span(meta))

    def expected(self, meta: Meta, children: list[Any]) -> n.Expectation:
        status, status_span = children[0]
        parts: dict[str, tuple[n.Name, ...]] = {}
        routings: list[tuple[n.Name, tuple[n.Name, ...]]] = []
        for kind, names in children[1:]:
            if kind == "envoi":
                routings.append((names[0], names[1:]))
            else:
                parts[kind] = parts.get(kind, ()) + names
        return n.Expectation(
            status,
            status_span,
            parts.get("par"),
            parts.get("manque"),
            parts.get("pièces"),
            meta_span(meta),
            tuple(routings),
        )

    def status(self, meta: Meta, children: list[Any]) -> tuple[str, Span]:
        return (_words(children), meta_span(meta))

    def failing_rules(self, meta: Meta, children: list[Any]) -> tuple[str, tuple[n.Name, ...]]:
        return ("par", children[0])

    def missing_facts(self, meta: Meta, children: list[Any]) -> tuple[str, tuple[n.Name, ...]]:
        return ("manque", tuple(children))

    def required_documents(self, meta: Meta, children: list[Any]) -> tuple[str, tuple[n.Name, ...]]:
        return ("pièces", children[0])

    def no_required_documents(self, meta: Meta, children: list[Any]) -> tuple[str, tuple[n.Name, ...]]:
        return ("pièces", ())

    def routing_expectation(self, meta: Meta, children: list[Any]) -> tuple[str, tuple[n.Name, ...]]:
        return ("envoi", (children[0], *children[1]))

    # ------------------------------------------------------------ expressions
    def or_(self, meta: Meta, children: list[Any]) -> n.Logical:
        return n.Logical(meta_span(meta), "ou", children[0], children[1])

    def and_(self, meta: Meta, children: list[Any]) -> n.Logical:
        return n.Logical(meta_span(meta), "et", children[0], children[1])

    def not_(self, meta: Meta, children: list[Any]) -> n.Not:
        return n.Not(meta_span(meta), children[0])

    def compare(self, meta: Meta, children: list[Any]) -> n.Compare:
        return n.Compare(meta_span(meta), children[1], children[0], children[2])

    def comparator(self, meta: Meta, children: list[Any]) -> str:
        return COMPARATORS[str(children[0])]

    def member(self, meta: Meta, children: list[Any]) -> n.Member:
        return n.Member(meta_span(meta), children[0], children[1], False)

    def not_member(self, meta: Meta, children: list[Any]) -> n.Member:
        return n.Member(meta_span(meta), children[0], children[1], True)

    def set_literal(self, meta: Meta, children: list[Any]) -> tuple[n.Expr, ...]:
        return tuple(children)

    def is_whole(self, meta: Meta, children: list[Any]) -> n.IsWhole:
        return n.IsWhole(meta_span(meta), children[0])

    def meets_deadline(self, meta: Meta, children: list[Any]) -> n.MeetsDeadline:
        return n.MeetsDeadline(meta_span(meta), children[0], children[1])

    def during(self, meta: Meta, children: list[Any]) -> n.During:
        return n.During(meta_span(meta), children[0], children[1])

    def count(self, meta: Meta, children: list[Any]) -> n.Count:
        return n.Count(meta_span(meta), children[0])

    def documents_provided(self, meta: Meta, children: list[Any]) -> n.DocumentsProvided:
        return n.DocumentsProvided(meta_span(meta))

    add = _arith("+")
    subtract = _arith("-")
    multiply = _arith("*")
    divide = _arith("/")

    def negative(self, meta: Meta, children: list[Any]) -> n.Negative:
        return n.Negative(meta_span(meta), children[0])

    def number(self, meta: Meta, children: list[Any]) -> n.NumberLit:
        unit = children[1] if len(children) > 1 else None
        return n.NumberLit(meta_span(meta), _decimal(children[0]), unit)

    def unit(self, meta: Meta, children: list[Any]) -> str:
        return str(children[0])

    def date(self, meta: Meta, children: list[Any]) -> n.DateLit:
        return n.DateLit(meta_span(meta), children[0])

    def text(self, meta: Meta, children: list[Any]) -> n.TextLit:
        return n.TextLit(meta_span(meta), children[0].value)

    def true(self, meta: Meta, children: list[Any]) -> n.BoolLit:
        return n.BoolLit(meta_span(meta), True)

    def false(self, meta: Meta, children: list[Any]) -> n.BoolLit:
        return n.BoolLit(meta_span(meta), False)

    def reference(self, meta: Meta, children: list[Any]) -> n.Ref:
        return n.Ref(meta_span(meta), children[0])

    def bare_name(self, meta: Meta, children: list[Any]) -> n.BareName:
        return n.BareName(meta_span(meta), children[0])

    def qname(self, meta: Meta, children: list[Any]) -> n.Name:
        return n.Name(".".join(c.text for c in children), meta_span(meta))


def _decimal(token: Any) -> Decimal:
    return Decimal(str(token).replace(",", "."))
