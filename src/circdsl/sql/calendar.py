"""The calendar table of working days, for deadlines counted in jours ouvrés or
ouvrables and deadlines postponed to the next working day.

One row per day from FIRST_YEAR to LAST_YEAR: whether it is a jour ouvré (Monday
to Friday) or ouvrable (Monday to Saturday), French public holidays excepted (the
`holidays` package, as the validators use it), and the running count of each, so
that « the n-th working day after d » is a lookup by rank."""

from __future__ import annotations

import datetime
import functools

from sqlglot import exp
from sqlglot.dialects.dialect import Dialect

from circdsl.sql.expressions import and_, case, column, date_literal, not_, paren

FIRST_YEAR = 1890
LAST_YEAR = 2220
CALENDAR = "_calendrier"
HOLIDAYS = "_jours_feries"
DAY, WORKING, BUSINESS = "jour", "ouvre", "ouvrable"
RANK = {WORKING: "rang_ouvre", BUSINESS: "rang_ouvrable"}
_A_MONDAY = datetime.date(1889, 12, 30)


@functools.lru_cache(maxsize=1)
def french_holidays() -> tuple[datetime.date, ...]:
    import holidays  # the same source as circdsl.runtime

    return tuple(sorted(holidays.country_holidays("FR", years=range(FIRST_YEAR, LAST_YEAR + 1))))


def holidays_cte() -> exp.CTE:
    rows = [exp.Tuple(expressions=[date_literal(day)]) for day in french_holidays()]
    values = exp.Values(
        expressions=rows,
        alias=exp.TableAlias(this=exp.to_identifier(HOLIDAYS), columns=[exp.to_identifier(DAY)]),
    )
    select = exp.select(column(DAY)).from_(values, copy=False)
    return exp.CTE(this=select, alias=exp.TableAlias(this=exp.to_identifier(HOLIDAYS)))


def calendar_cte() -> exp.CTE:
    """Days, their working flags and ranks (the holidays CTE must come before it)."""
    series = exp.Explode(
        this=exp.GenerateDateArray(
            start=date_literal(datetime.date(FIRST_YEAR, 1, 1)),
            end=date_literal(datetime.date(LAST_YEAR, 12, 31)),
            step=exp.Interval(this=exp.Literal.number(1), unit=exp.var("DAY")),
        )
    )
    days = exp.select(exp.alias_(series, DAY, quoted=True))
    weekday = exp.Mod(
        this=paren(exp.DateDiff(this=column(DAY), expression=date_literal(_A_MONDAY), unit=exp.var("DAY"))),
        expression=exp.Literal.number(7),
    )
    holiday = exp.Exists(
        this=exp.select(exp.Literal.number(1))
        .from_(exp.to_table(HOLIDAYS, quoted=True).as_("h"))
        .where(exp.EQ(this=exp.column(DAY, table="h", quoted=True), expression=exp.column(DAY, table="d", quoted=True)))
    )
    flags = exp.select(
        column(DAY),
        exp.alias_(
            and_(exp.LT(this=paren(weekday), expression=exp.Literal.number(5)), not_(holiday)), WORKING, quoted=True
        ),
        exp.alias_(
            and_(exp.LT(this=paren(weekday), expression=exp.Literal.number(6)), not_(holiday)), BUSINESS, quoted=True
        ),
    ).from_(days.subquery("d"), copy=False)
    ranked = exp.select(
        column(DAY),
        column(WORKING),
        column(BUSINESS),
        *(exp.alias_(_running_count(flag), RANK[flag], quoted=True) for flag in (WORKING, BUSINESS)),
    ).from_(flags.subquery("f"), copy=False)
    return exp.CTE(this=ranked, alias=exp.TableAlias(this=exp.to_identifier(CALENDAR)))


def calendar_query() -> exp.Select:
    """The calendar as a standalone query, for an engine that keeps it as a table named CALENDAR."""
    cte = calendar_cte()
    select: exp.Select = cte.this.copy()
    select.set("with_", exp.With(expressions=[holidays_cte()]))
    return select


@functools.cache
def calendar_sql(dialect: type[Dialect]) -> str:
    """`calendar_query()` written in a dialect of circdsl.sql.DIALECTS: the same text for every
    query of a run (a few thousand holidays to write), so written once per dialect."""
    return calendar_query().sql(dialect=dialect)


def _running_count(flag: str) -> exp.Expr:
    ones = case((column(flag), exp.Literal.number(1)), default=exp.Literal.number(0))
    window = exp.Window(
        this=exp.Sum(this=ones),
        order=exp.Order(expressions=[exp.Ordered(this=column(DAY))]),
        spec=exp.WindowSpec(kind="ROWS", start="UNBOUNDED", start_side="PRECEDING", end="CURRENT ROW"),
    )
    return window


def lookup(select: str, where: exp.Expr) -> exp.Expr:
    """A scalar subquery on the calendar: MIN(select) of the days where `where` holds."""
    query = exp.select(exp.Min(this=exp.column(select, table="c", quoted=True))).from_(
        exp.to_table(CALENDAR, quoted=True).as_("c")
    )
    return exp.Subquery(this=query.where(where))


def calendar_column(name: str) -> exp.Column:
    return exp.column(name, table="c", quoted=True)
