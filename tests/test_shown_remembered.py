"""`rt.fmt` remembers the text of decimals and dates (a campaign repeats them): what it gives,
first or remembered, is what the same value shows without remembering, whatever way an equal
decimal is written (4,5 and 4,50; 2 and 2,0), and a negative zero is never taken for a zero."""

from __future__ import annotations

import datetime
from decimal import Decimal

from hypothesis import given, settings
from hypothesis import strategies as st

from circdsl import runtime as rt
from tests.strategies import budgets

UNITS = ("", "h", "€", "demi-journée(s)", "%", "jours", "jour(s) ouvré(s)")


@budgets(fast=100, today=300)
def test_remembered_text_of_a_decimal_is_its_text(budget: int) -> None:
    @settings(max_examples=budget, deadline=None)
    @given(
        st.lists(
            st.tuples(
                st.decimals(min_value=-(10**9), max_value=10**9, allow_nan=False, places=3),
                st.sampled_from(UNITS),
            ),
            min_size=1,
            max_size=8,
        )
    )
    def shown_as_without_remembering(shown: list[tuple[Decimal, str]]) -> None:
        for value, unit in [*shown, *shown]:  # each a second time: then remembered
            for written in (value, value.quantize(Decimal("0.00001")), -value):
                assert rt.fmt(written, unit) == rt._shown_text(written, unit)

    shown_as_without_remembering()


def test_zero_and_negative_zero_keep_their_own_text() -> None:
    texts = [rt.fmt(Decimal(text), "h") for text in ("0", "-0", "0.00", "-0.0", "0")]
    assert texts == [rt._shown_text(Decimal(text), "h") for text in ("0", "-0", "0.00", "-0.0", "0")]
    assert rt.fmt(True) == "oui" and rt.fmt(1) == "1" and rt.fmt(Decimal(1)) == "1"


def test_dates_are_shown_day_month_year_and_remembered_alike() -> None:
    day = datetime.date(2025, 1, 13)
    assert rt.fmt(day) == rt.fmt(day) == "13/01/2025" == day.strftime("%d/%m/%Y")
    moment = datetime.datetime(2025, 1, 13, 23, 59)  # a date and time shows its day, never remembered as a date
    assert rt.fmt(moment) == "13/01/2025"
    assert rt.fmt(datetime.date(1900, 3, 1)) == "01/03/1900"


def test_what_is_remembered_stays_bounded() -> None:
    for index in range(rt._SHOWN_KEPT + 10):
        rt.fmt(Decimal(index) + Decimal("0.5"), "h")
    assert len(rt._SHOWN) <= rt._SHOWN_KEPT
