"""French words for values: dates, numbers and quantities (singular or plural), lists, statuses.

The rules: a unit takes the plural from 2 on (« 1,5 jour », « 2 jours »); symbols
(h, %, €) never change; dates are written « 13 janvier 2025 », « 1er mars 2025 »,
and with their weekday where a reader plans a day (« lundi 13 janvier 2025 »).
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Iterable
from decimal import Decimal

from circdsl import model as m
from circdsl.dates import MONTH_NAMES, WEEKDAYS

# unit -> (singular, plural); a symbol is the same in both.
UNIT_NOUNS = {
    m.NUMBER: ("", ""),
    m.HOURS: ("h", "h"),
    m.HALF_DAYS: ("demi-journée", "demi-journées"),
    m.PERCENT: ("%", "%"),
    m.DAYS: ("jour", "jours"),
    m.MONTHS: ("mois", "mois"),
    m.QUARTERS: ("trimestre", "trimestres"),
    m.YEARS: ("an", "ans"),
    m.EUROS: ("€", "€"),
    # units of relative deadlines
    "jours ouvrés": ("jour ouvré", "jours ouvrés"),
    "jours ouvrables": ("jour ouvrable", "jours ouvrables"),
}

# Keyed by the values of runtime.Status (a StrEnum: its members look these up), so that
# `circ check` does not load the runtime and pydantic.
STATUS_TEXT = {
    "recevable": "recevable",
    "recevable avec réserves": "recevable avec réserves",
    "irrecevable": "irrecevable",
    "incomplet": "incomplète : des informations manquent",
}


def date(value: datetime.date) -> str:
    """13 janvier 2025 ; 1er mars 2025."""
    day = "1er" if value.day == 1 else str(value.day)
    return f"{day} {MONTH_NAMES[value.month]} {value.year}"


def long_date(value: datetime.date) -> str:
    """lundi 13 janvier 2025."""
    return f"{WEEKDAYS[value.weekday()]} {date(value)}"


def short_date(value: datetime.date) -> str:
    """13/01/2025: a date as an editor writes it in a .circ file (diagnostics, tables)."""
    return f"{value.day:02d}/{value.month:02d}/{value.year:04d}"


def number(value: Decimal | int) -> str:
    """1 234,5 (the runtime's French number, as in the validators' messages); a number with
    more than two decimals keeps them all (0,125), where the runtime would round to the cent."""
    from circdsl.runtime import fmt  # the validators' own number format; the runtime loads on first use

    exact = Decimal(value).normalize()
    exponent = exact.as_tuple().exponent
    if not isinstance(exponent, int) or exponent >= -2:  # whole, at most cents, or not finite
        return fmt(value)
    sign, text = ("-" if exact < 0 else ""), format(abs(exact), "f").rstrip("0")
    whole, _, fraction = text.partition(".")
    return f"{sign}{int(whole):,}".replace(",", "\u202f") + f",{fraction}"


def is_plural(value: Decimal | int) -> bool:
    """French grammar: the plural from 2 on (0,5 jour ; 1,5 jour ; 2 jours)."""
    return abs(Decimal(value)) >= 2


def unit_word(unit: str | None, value: Decimal | int) -> str:
    """The unit as written after `value`: « jour » or « jours », « h »."""
    singular, plural = UNIT_NOUNS.get(unit or m.NUMBER, (unit or "", unit or ""))
    return plural if is_plural(value) else singular


def quantity(value: Decimal | int, unit: str | None) -> str:
    """4,5 h ; 80 % ; 1 jour ouvrable ; 2 jours ouvrables ; 376,80 € ; 12."""
    word = unit_word(unit, value)
    text = euros(value) if unit == m.EUROS else number(value)
    return f"{text} {word}" if word else text


def euros(value: Decimal | int) -> str:
    """376,80 €: an amount keeps its cents."""
    from circdsl.runtime import fmt

    return fmt(value, "€")


def duration(amount: int, unit: str) -> str:
    """A relative deadline's span: 24 mois -> « 2 ans », 1 jour -> « 1 jour »."""
    if unit == "mois" and amount and amount % 12 == 0:
        return quantity(amount // 12, m.YEARS)
    return quantity(amount, unit)


def join(items: Iterable[str], word: str = "ou") -> str:
    """a ; a ou b ; a, b ou c (duplicates dropped, order kept)."""
    parts = list(dict.fromkeys(item for item in items if item))
    if len(parts) <= 1:
        return "".join(parts)
    return f"{', '.join(parts[:-1])} {word} {parts[-1]}"


# Proper nouns a label may start with: they keep their capital inside a sentence.
PROPER_NOUNS = frozenset(
    {"Paris", "Marseille", "Aix", "Aix-Marseille", "Lyon", "Rhône", "Essonne", "France", "État", "Europe"}
)
_FIRST_WORD = re.compile(r"[^\s'’,:;()«»]+")


def inside_sentence(label: str) -> str:
    """A label placed after other words (« si », « et », « où »…): its capital dropped, unless
    its first word is an acronym (a second letter in capital) or a known proper noun
    (« L'agent dispose… » -> « l'agent dispose… »; « RQTH », « Paris » unchanged)."""
    first = _FIRST_WORD.match(label)
    if first is None or not label[0].isupper() or first.group(0) in PROPER_NOUNS:
        return label
    if len(label) > 1 and label[1].isupper():
        return label
    return label[0].lower() + label[1:]


def capitalized(text: str) -> str:
    """The first letter of a sentence in capital."""
    return text[:1].upper() + text[1:]


def count(amount: int, singular: str, plural: str | None = None) -> str:
    """1 pièce ; 3 pièces ; 0 pièce ; 2 237 autres."""
    return f"{number(amount)} {singular if amount < 2 else plural or singular + 's'}"


def short_authority(authority: str) -> str:
    """« Rectorat de l'académie d'Aix-Marseille – Division ... » -> its first part; a name or its
    parenthesised short form, whichever is shorter: « Direction ... du Rhône (DSDEN du Rhône) » -> « DSDEN du Rhône »."""
    head = re.split(r"\s+[–—/]\s+", authority, maxsplit=1)[0].strip()
    match = re.fullmatch(r"(.+?)\s*\(([^()]+)\)", head)
    if match:
        return min(match.group(1).strip(), match.group(2).strip(), key=len)
    return head


def titled(title: str, label: str) -> str:
    """« Examen : Étude du dossier », but « Examen du dossier » alone: a title never repeats the
    word that begins the label (« Demande : Demande de … »)."""
    first = label.split(" ", 1)[0].casefold().strip(":,;")
    return label if first == title.split(" ", 1)[0].casefold() else f"{title} : {label}"


_DE_ONE = re.compile(r"\b(de|que) 1 (?=(an|mois|jour|jour ouvré|jour ouvrable|trimestre|demi-journée)\b)")


def elided(text: str) -> str:
    """« moins de 1 an » -> « moins d'un an », « plus de 1 demi-journée » -> « plus d'une demi-journée »."""

    def one(match: re.Match[str]) -> str:
        article = "une" if match.group(2) == "demi-journée" else "un"
        return f"{'d' if match.group(1) == 'de' else 'qu'}'{article} "

    return _DE_ONE.sub(one, text)
