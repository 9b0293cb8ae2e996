"""The SQL dialects circdsl writes, as sqlglot dialects with the few functions that
sqlglot does not translate the way each engine understands them."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, ClassVar

from sqlglot import exp
from sqlglot.dialects.duckdb import DuckDB
from sqlglot.dialects.postgres import Postgres
from sqlglot.dialects.spark import Spark
from sqlglot.generator import Generator


class ExactProduct(exp.Expression):
    """`this * expression` for two decimals already typed exactly (DECIMAL(p, s) with p + p' <= 37).

    Spark and PostgreSQL multiply them exactly as they are. DuckDB multiplies two narrow decimals
    in 64 bits and fails on overflow even when the product's own type is wider: the left one is
    widened to DECIMAL(38, s) so that the product is computed in 128 bits."""

    arg_types: ClassVar[dict[str, bool]] = {"this": True, "expression": True, "scale": True}


def _product(generator: Generator, expression: ExactProduct) -> str:
    return generator.sql(exp.Mul(this=expression.this, expression=expression.expression))


def _duckdb_product(generator: Generator, expression: ExactProduct) -> str:
    scale = expression.args["scale"]
    wide = exp.Cast(this=expression.this, to=exp.DataType.build(f"DECIMAL(38, {scale})"))
    return generator.sql(exp.Mul(this=wide, expression=expression.expression))


def _spark_overlap(generator: Generator, expression: exp.ArrayOverlaps) -> str:
    return generator.func("ARRAYS_OVERLAP", expression.this, expression.expression)


def _spark_days_between(generator: Generator, expression: exp.DateDiff) -> str:
    return generator.func("DATEDIFF", expression.this, expression.expression)  # end, start


def _postgres_days_between(generator: Generator, expression: exp.DateDiff) -> str:
    return generator.sql(exp.Paren(this=exp.Sub(this=expression.this, expression=expression.expression)))


def _postgres_add_months(generator: Generator, expression: exp.AddMonths) -> str:
    interval = exp.Mul(
        this=exp.Interval(this=exp.Literal.string("1"), unit=exp.var("MONTH")), expression=expression.expression
    )
    return generator.sql(exp.Paren(this=exp.Add(this=expression.this, expression=exp.Paren(this=interval))))


class CircDuckDB(DuckDB):
    class Generator(DuckDB.Generator):  # type: ignore[valid-type,misc]
        TRANSFORMS: ClassVar[dict[Any, Callable[..., str]]] = {
            **DuckDB.Generator.TRANSFORMS,
            ExactProduct: _duckdb_product,
        }


class CircSpark(Spark):
    class Generator(Spark.Generator):  # type: ignore[valid-type,misc]
        TRANSFORMS: ClassVar[dict[Any, Callable[..., str]]] = {
            **Spark.Generator.TRANSFORMS,
            exp.ArrayOverlaps: _spark_overlap,
            exp.DateDiff: _spark_days_between,
            ExactProduct: _product,
        }


class CircPostgres(Postgres):
    class Generator(Postgres.Generator):  # type: ignore[valid-type,misc]
        TRANSFORMS: ClassVar[dict[Any, Callable[..., str]]] = {
            **Postgres.Generator.TRANSFORMS,
            exp.DateDiff: _postgres_days_between,
            exp.AddMonths: _postgres_add_months,
            ExactProduct: _product,
        }


DIALECTS = {"duckdb": CircDuckDB, "spark": CircSpark, "postgres": CircPostgres}
