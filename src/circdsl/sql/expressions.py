"""Expressions of the checked model as sqlglot trees. SQL's NULL is the unknown
of the language and its AND, OR, NOT follow Kleene's logic, like the validator's."""

from __future__ import annotations

import datetime
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal
from typing import ClassVar

from sqlglot import exp

from circdsl import model as m
from circdsl.sql import numbers as nb
from circdsl.sql.dialects import ExactProduct

BOOLEAN = exp.DataType.build("BOOLEAN")
DATE = exp.DataType.build("DATE")
TEXT = exp.DataType.build("VARCHAR")
DOUBLE = exp.DataType.build("DOUBLE")
INTEGER = exp.DataType.build("BIGINT")
TEXT_LIST = exp.DataType.build("ARRAY<VARCHAR>", dialect="spark")

COMPARISONS: dict[str, type[exp.Binary]] = {
    "=": exp.EQ,
    "!=": exp.NEQ,
    "<": exp.LT,
    "<=": exp.LTE,
    ">": exp.GT,
    ">=": exp.GTE,
}


def column(name: str) -> exp.Column:
    return exp.column(name, quoted=True)


def string(text: str) -> exp.Literal:
    return exp.Literal.string(text)


def date_literal(day: datetime.date) -> exp.Expr:
    return exp.Cast(this=string(day.isoformat()), to=DATE)


def paren(e: exp.Expr) -> exp.Expr:
    return e if isinstance(e, (exp.Column, exp.Literal, exp.Paren, exp.Boolean, exp.Null)) else exp.Paren(this=e)


def and_(a: exp.Expr, b: exp.Expr) -> exp.Expr:
    return exp.And(this=paren(a), expression=paren(b))


def or_(a: exp.Expr, b: exp.Expr) -> exp.Expr:
    return exp.Or(this=paren(a), expression=paren(b))


def not_(a: exp.Expr) -> exp.Expr:
    return exp.Not(this=paren(a))


def is_true(a: exp.Expr) -> exp.Expr:
    """TRUE when `a` is true; FALSE when it is false or unknown."""
    return exp.Coalesce(this=a, expressions=[exp.false()])


def is_false(a: exp.Expr) -> exp.Expr:
    return exp.Coalesce(this=not_(a), expressions=[exp.false()])


def is_null(a: exp.Expr) -> exp.Expr:
    return exp.Is(this=paren(a), expression=exp.Null())


def concat_ws(separator: str, items: list[exp.Expr]) -> exp.Expr:
    """The items that are not NULL, joined (CONCAT_WS skips NULLs on every engine circdsl writes for)."""
    return exp.ConcatWs(expressions=[string(separator), *items], coalesce=True)


def case(*whens: tuple[exp.Expr, exp.Expr], default: exp.Expr | None = None) -> exp.Expr:
    node = exp.Case()
    for condition, value in whens:
        node = node.when(condition, value, copy=False)
    return node.else_(default, copy=False) if default is not None else node


def fact_type(fact: m.Fact) -> exp.DataType:
    """The SQL type of a fact's column."""
    kind = fact.type.kind
    if kind == "booléen":
        return BOOLEAN
    if kind == "date":
        return DATE
    if kind == "choix multiples":
        return TEXT_LIST
    if kind == "nombre":
        return INTEGER if fact.type.integer else nb.fact_num(fact).sql_type()
    return TEXT


@dataclass
class Compiled:
    """An expression in SQL, with the numeric spec of its value when it is a number."""

    sql: exp.Expr
    num: nb.Num | None = None


@dataclass
class Scope:
    """What an expression may refer to: the SQL column of each value, table column and
    relative deadline computed before it. `used` collects the internal columns read."""

    values: dict[str, tuple[str, nb.Num | None]] = field(default_factory=dict)
    table_columns: dict[tuple[str, int], tuple[str, nb.Num | None]] = field(default_factory=dict)
    deadlines: dict[str, str] = field(default_factory=dict)
    used: set[str] = field(default_factory=set)

    def internal(self, name: str) -> exp.Column:
        self.used.add(name)
        return column(name)


class ExpressionCompiler:
    """Compiles model expressions to SQL against a Scope."""

    def __init__(self, scope: Scope):
        self.scope = scope

    def __call__(self, e: m.Expr) -> exp.Expr:
        return self.compile(e).sql

    def compile(self, e: m.Expr) -> Compiled:
        handler = self._HANDLERS.get(type(e))
        if handler is None:
            raise TypeError(f"no SQL for {type(e).__name__}")
        return handler(self, e)

    # ------------------------------------------------------------ leaves
    def _const(self, e: m.Const) -> Compiled:
        value = e.value
        if isinstance(value, bool):
            return Compiled(exp.true() if value else exp.false())
        if isinstance(value, (Decimal, int)):
            return Compiled(nb.literal(value), nb.constant_num(value))
        if isinstance(value, datetime.date):
            return Compiled(date_literal(value))
        return Compiled(string(str(value)))

    def _fact(self, e: m.FactRef) -> Compiled:
        num = nb.fact_num(e.fact) if e.fact.type.kind == "nombre" else None
        return Compiled(column(e.fact.name), num)

    def _value(self, e: m.ValueRef) -> Compiled:
        name, num = self.scope.values[e.value.name]
        return Compiled(self.scope.internal(name), num)

    def _table(self, e: m.TableRef) -> Compiled:
        name, num = self.scope.table_columns[(e.table.name, e.column)]
        return Compiled(self.scope.internal(name), num)

    def _deadline_date(self, deadline: m.Deadline) -> exp.Expr:
        if deadline.relative is not None:
            return self.scope.internal(self.scope.deadlines[deadline.name])
        assert deadline.date is not None
        return date_literal(deadline.date)

    def _deadline_ref(self, e: m.DeadlineRef) -> Compiled:
        return Compiled(self._deadline_date(e.deadline))

    # ------------------------------------------------------------ logic and comparisons
    def _unary(self, e: m.Unary) -> Compiled:
        operand = self.compile(e.operand)
        if e.op == "non":
            return Compiled(not_(operand.sql))
        return Compiled(exp.Neg(this=paren(operand.sql)), operand.num)

    def _binary(self, e: m.Binary) -> Compiled:
        if e.op == "et":
            return Compiled(and_(self(e.left), self(e.right)))
        if e.op == "ou":
            return Compiled(or_(self(e.left), self(e.right)))
        if e.op in COMPARISONS:
            comparison: exp.Expr = COMPARISONS[e.op](this=paren(self(e.left)), expression=paren(self(e.right)))
            return Compiled(comparison)
        left, right = self.compile(e.left), self.compile(e.right)
        if e.op in ("date+", "date-"):
            return Compiled(shift_days(left.sql, right.sql, negative=e.op == "date-"))
        if e.op == "date-date":
            days = exp.DateDiff(this=left.sql, expression=right.sql, unit=exp.var("DAY"))
            return Compiled(days, nb.Num(7, 0))
        return _arithmetic(e.op, left, right)

    def _member(self, e: m.Member) -> Compiled:
        operand = self(e.operand)
        items = [self._const(m.Const(e.operand.type, e.span, v)).sql for v in sorted(e.items, key=repr)]
        if e.operand.type.kind == "choix multiples":
            overlap = exp.ArrayOverlaps(this=operand, expression=exp.Array(expressions=items))
            return Compiled(not_(overlap) if e.negated else overlap)
        member = exp.In(this=paren(operand), expressions=items)
        return Compiled(not_(member) if e.negated else member)

    def _is_whole(self, e: m.IsWhole) -> Compiled:
        operand = self(e.operand)
        return Compiled(exp.EQ(this=paren(operand), expression=exp.Floor(this=operand)))

    def _meets(self, e: m.MeetsDeadline) -> Compiled:
        compare = exp.LTE if e.deadline.inclusive else exp.LT
        return Compiled(compare(this=paren(self(e.operand)), expression=self._deadline_date(e.deadline)))

    def _during(self, e: m.During) -> Compiled:
        between = exp.Between(
            this=paren(self(e.operand)), low=date_literal(e.period.start), high=date_literal(e.period.end)
        )
        return Compiled(between)

    def _count(self, e: m.Count) -> Compiled:
        values = column(e.fact.name)
        size = case((is_null(values), exp.Null()), default=exp.ArraySize(this=values))
        return Compiled(size, nb.Num(3, 0))

    def _documents(self, e: m.DocumentsProvided) -> Compiled:
        provided = column(e.fact.name)
        if e.type.kind == "booléen":
            return Compiled(self._all_provided(provided, e.documents))
        return Compiled(self._missing_documents(provided, e.documents))

    def _all_provided(self, provided: exp.Expr, documents: tuple[m.Document, ...]) -> exp.Expr:
        """Every mandatory document that applies is among those provided (three-valued, like rt.all_provided)."""
        result: exp.Expr = exp.true()
        for document in documents:
            present = exp.ArrayContains(this=provided, expression=string(document.name))
            term = present if document.condition is None else or_(present, not_(self(document.condition)))
            result = term if isinstance(result, exp.Boolean) else and_(result, term)
        return case((is_null(provided), exp.Null()), default=result)

    def _missing_documents(self, provided: exp.Expr, documents: tuple[m.Document, ...]) -> exp.Expr:
        """The labels of the mandatory documents that apply and are missing, like rt.missing_documents."""
        labels = []
        for document in documents:
            absent = not_(is_true(exp.ArrayContains(this=provided, expression=string(document.name))))
            applies = exp.true() if document.condition is None else is_true(self(document.condition))
            labels.append(case((and_(applies, absent), string(document.label))))
        joined = concat_ws(" ; ", labels) if labels else string("")
        return exp.Coalesce(this=exp.Nullif(this=joined, expression=string("")), expressions=[string("aucune")])

    _HANDLERS: ClassVar[dict[type, Callable[[ExpressionCompiler, m.Expr], Compiled]]] = {}  # filled below


ExpressionCompiler._HANDLERS = {
    m.Const: ExpressionCompiler._const,  # type: ignore[dict-item]
    m.FactRef: ExpressionCompiler._fact,  # type: ignore[dict-item]
    m.ValueRef: ExpressionCompiler._value,  # type: ignore[dict-item]
    m.TableRef: ExpressionCompiler._table,  # type: ignore[dict-item]
    m.DeadlineRef: ExpressionCompiler._deadline_ref,  # type: ignore[dict-item]
    m.Unary: ExpressionCompiler._unary,  # type: ignore[dict-item]
    m.Binary: ExpressionCompiler._binary,  # type: ignore[dict-item]
    m.Member: ExpressionCompiler._member,  # type: ignore[dict-item]
    m.IsWhole: ExpressionCompiler._is_whole,  # type: ignore[dict-item]
    m.MeetsDeadline: ExpressionCompiler._meets,  # type: ignore[dict-item]
    m.During: ExpressionCompiler._during,  # type: ignore[dict-item]
    m.Count: ExpressionCompiler._count,  # type: ignore[dict-item]
    m.DocumentsProvided: ExpressionCompiler._documents,  # type: ignore[dict-item]
}


def as_decimal(value: Compiled) -> exp.Expr:
    """The value cast to its exact DECIMAL type (so that the engine's own typing rules cannot round it)."""
    assert value.num is not None
    if isinstance(value.sql, exp.Cast) and value.sql.to == value.num.sql_type():
        return value.sql
    return exp.Cast(this=value.sql, to=value.num.sql_type())


def _arithmetic(op: str, left: Compiled, right: Compiled) -> Compiled:
    assert left.num is not None and right.num is not None
    a, b = as_decimal(left), as_decimal(right)
    if op in ("+", "-"):
        num = nb.sum_num(left.num, right.num)
        node: exp.Expr = (exp.Add if op == "+" else exp.Sub)(this=a, expression=b)
    elif op == "*":
        num = nb.product_num(left.num, right.num)
        node = ExactProduct(this=a, expression=b, scale=left.num.scale)
    elif op == "%*":  # a * b / 100, exactly: the hundredth is a decimal factor
        product_num = nb.product_num(left.num, right.num)
        product = exp.Cast(this=ExactProduct(this=a, expression=b, scale=left.num.scale), to=product_num.sql_type())
        hundredth = nb.constant_num(Decimal("0.01"))
        num = nb.product_num(product_num, hundredth)
        node = ExactProduct(this=product, expression=nb.literal(Decimal("0.01")), scale=product_num.scale)
    elif op == "/":  # unknown when dividing by zero, like rt.div; computed in double precision
        num = nb.quotient_num(left.num, right.num)
        divisor = exp.Nullif(this=exp.Cast(this=b, to=DOUBLE), expression=exp.Literal.number(0))
        node = exp.Div(this=exp.Cast(this=a, to=DOUBLE), expression=divisor)
    else:
        raise TypeError(f"no SQL for the operator {op}")
    return Compiled(exp.Cast(this=node, to=num.sql_type()), num)


# Dates that Python's datetime can hold: a shift beyond them is unknown, as in rt.add_days.
FIRST_DATE = datetime.date(1, 1, 1)
LAST_DATE = datetime.date(9999, 12, 31)


def shift_days(day: exp.Expr, days: exp.Expr, negative: bool = False) -> exp.Expr:
    """`day ± days`, unknown when the result would leave the years 1 to 9999."""
    signed: exp.Expr = exp.Cast(this=paren(days), to=INTEGER)
    if negative:
        signed = exp.Neg(this=paren(signed))
    shifted = exp.Cast(this=exp.DateAdd(this=day, expression=signed, unit=exp.var("DAY")), to=DATE)
    room_before = exp.DateDiff(this=date_literal(FIRST_DATE), expression=day, unit=exp.var("DAY"))
    room_after = exp.DateDiff(this=date_literal(LAST_DATE), expression=day, unit=exp.var("DAY"))
    inside = exp.Between(this=paren(signed), low=room_before, high=room_after)
    return case((inside, shifted))


def add_days_constant(day: exp.Expr, days: int) -> exp.Expr:
    """`day + days` for a constant number of days (a relative deadline)."""
    return exp.Cast(this=exp.DateAdd(this=day, expression=exp.Literal.number(days), unit=exp.var("DAY")), to=DATE)
