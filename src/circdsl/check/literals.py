"""Values written as such: dates, times, and the values of example cases and table cells,
checked against the type they are given for."""

from __future__ import annotations

import datetime
from collections.abc import Callable
from decimal import Decimal
from typing import TypeVar

from circdsl import model as m
from circdsl import nodes as n
from circdsl.check.scope import Scope
from circdsl.dates import parse_date, parse_time
from circdsl.source import Span
from circdsl.words import Kind

INVALID = object()  # a value that was reported as wrong
_T = TypeVar("_T")

_VALUE_HINTS = {
    Kind.BOOLEAN: "écrivez « vrai » ou « faux »",
    Kind.DATE: "écrivez une date JJ/MM/AAAA",
    Kind.TEXT: "écrivez un texte entre guillemets",
    Kind.CHOICE: "écrivez l'une des valeurs du choix",
    Kind.CHOICES: "écrivez les valeurs entre accolades : {a, b}",
    Kind.NUMBER: "écrivez un nombre, suivi de son unité s'il en a une",
}


def decimal_text(value: object) -> str:
    """A number as an editor writes it: 4,5."""
    return str(value).replace(".", ",")


def date_of(scope: Scope, text: n.DateText) -> datetime.date | None:
    """The date written, or None (reported, E601) if it is not in the calendar."""
    message = f"« {text.text} » n'est pas une date du calendrier"
    return _parsed(scope, text.text, text.span, parse_date, message, "vérifiez le jour et le mois (JJ/MM/AAAA)")


def time_of(scope: Scope, text: n.TimeText) -> tuple[int, int] | None:
    """The time written, or None (reported, E601) if it is not a time of day."""
    message = f"« {text.text} » n'est pas une heure valide"
    return _parsed(scope, text.text, text.span, parse_time, message, "écrivez l'heure sous la forme 9h00 ou 13h30")


def _parsed(
    scope: Scope, text: str, span: Span, parse: Callable[[str], _T | None], message: str, hint: str
) -> _T | None:
    value = parse(text)
    if value is None:
        scope.error("E601", span, message, hint)
    return value


def literal(scope: Scope, name: str, type_: m.Type, value: n.CaseValue) -> object:
    """The value given for `name` (a fact, an input, a column), as JSON-ready Python; None for
    « inconnu »; INVALID, reported, if it does not fit the type."""
    if value.kind == "unknown":
        return None
    if type_.kind is Kind.NUMBER and value.kind == "number":
        return _number(scope, name, type_, value)
    if type_.kind is Kind.DATE and value.kind == "date":
        assert isinstance(value.value, n.DateText)
        date = date_of(scope, value.value)
        return date if date is not None else INVALID
    if type_.kind is Kind.BOOLEAN and value.kind == "bool":
        return value.value
    if type_.kind is Kind.TEXT and value.kind == "text":
        return value.value
    if type_.kind is Kind.CHOICE and value.kind == "choice":
        assert isinstance(value.value, n.Name)
        if value.value.text in type_.choices:
            return value.value.text
        scope.unknown_choice(value.value, type_)
        return INVALID
    if type_.kind is Kind.CHOICES and value.kind in ("choices", "choice"):
        names = value.value if isinstance(value.value, tuple) else (value.value,)
        for choice in names:
            if choice.text not in type_.choices:
                scope.unknown_choice(choice, type_)
                return INVALID
        return sorted({choice.text for choice in names}, key=type_.choices.index)
    scope.error("E701", value.span, f"« {name} » attend {type_.describe()}", _VALUE_HINTS.get(type_.kind))
    return INVALID


def _number(scope: Scope, name: str, type_: m.Type, value: n.CaseValue) -> object:
    unit = m.UNIT_WORDS[value.unit] if value.unit else m.NUMBER
    if unit != type_.unit:
        symbol = m.UNIT_WRITTEN[type_.unit or m.NUMBER]
        hint = (
            f"écrivez par exemple « {decimal_text(value.value)} {symbol} »"
            if symbol
            else "écrivez le nombre sans unité"
        )
        given = "sans unité" if unit == m.NUMBER else f"en {unit}"
        scope.error("E701", value.span, f"« {name} » est en {type_.unit}, la valeur donnée est {given}", hint)
        return INVALID
    number = value.value
    assert isinstance(number, Decimal)
    if type_.integer and number != number.to_integral_value():
        scope.error("E701", value.span, f"« {name} » est un nombre entier", "écrivez un nombre sans décimales")
        return INVALID
    return int(number) if type_.integer else number
