"""Exact decimal arithmetic in SQL: each number gets a DECIMAL(p, s) wide enough
for every value it can take, so that sums, products and percentages are computed
without rounding and never overflow, on DuckDB as on Spark.

The bounds come from the facts' declared ranges (`entre 0 et 48`), else from the
largest number a validated situation may hold (10^12). A division is the one
operation computed in double precision, then kept to `DIVISION_SCALE` decimals."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from sqlglot import exp

from circdsl import model as m
from circdsl import runtime as rt

FACT_SCALE = 6  # decimals of a decimal fact column: a value with more is outside the SQL's exact domain
DIVISION_SCALE = 12  # decimals kept of a quotient
MAX_DIGITS = 37  # DECIMAL(38) on DuckDB; Spark adds one digit to a product's precision


@dataclass(frozen=True)
class Num:
    """How many integer digits and decimals a numeric expression needs."""

    digits: int
    scale: int
    exact: bool = True

    def fitted(self) -> Num:
        """Within MAX_DIGITS: decimals beyond it are rounded away (and the result no longer exact)."""
        digits = min(max(self.digits, 1), MAX_DIGITS)
        if digits + self.scale <= MAX_DIGITS:
            return Num(digits, self.scale, self.exact)
        return Num(digits, max(0, MAX_DIGITS - digits), False)

    def sql_type(self) -> exp.DataType:
        return exp.DataType.build(f"DECIMAL({self.digits + self.scale}, {self.scale})")


def integer_digits(value: Decimal | int) -> int:
    return max(1, len(str(abs(int(value)))))


def fact_num(fact: m.Fact) -> Num:
    bound = (
        max(abs(fact.low), abs(fact.high)) if fact.low is not None and fact.high is not None else Decimal(rt.MAX_NUMBER)
    )
    return Num(integer_digits(bound), 0 if fact.type.integer else FACT_SCALE)


def constant_num(value: Decimal | int) -> Num:
    if isinstance(value, int):
        return Num(integer_digits(value), 0)
    exponent = value.as_tuple().exponent
    scale = max(0, -exponent) if isinstance(exponent, int) else 0
    return Num(integer_digits(value), scale).fitted()


def widest(nums: list[Num]) -> Num:
    if not nums:
        return Num(1, 0)
    return Num(max(n.digits for n in nums), max(n.scale for n in nums), all(n.exact for n in nums)).fitted()


def sum_num(a: Num, b: Num) -> Num:
    return Num(max(a.digits, b.digits) + 1, max(a.scale, b.scale), a.exact and b.exact).fitted()


def product_num(a: Num, b: Num) -> Num:
    return Num(a.digits + b.digits, a.scale + b.scale, a.exact and b.exact).fitted()


def quotient_num(a: Num, b: Num) -> Num:
    # |a / b| <= |a| * 10^scale(b), since a non-zero |b| is at least 10^-scale(b)
    return Num(a.digits + b.scale, DIVISION_SCALE, False).fitted()


def rounded_num(a: Num, scale: int) -> Num:
    return Num(a.digits + 1, min(scale, a.scale), a.exact).fitted()


def literal(value: Decimal | int) -> exp.Expr:
    """A number written as a SQL literal, typed exactly."""
    text = format(value, "f") if isinstance(value, Decimal) else str(value)
    number: exp.Expr = exp.Literal.number(text.lstrip("-"))
    if text.startswith("-"):
        number = exp.Neg(this=number)
    return exp.Cast(this=number, to=constant_num(value).sql_type())
