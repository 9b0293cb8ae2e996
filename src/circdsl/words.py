"""The closed sets of the language's words: kinds of values, units, severities, outcomes,
channels... Each is a `StrEnum` whose values are the French words of the language, so that
the model carries members while pages, templates and messages read them as text."""

from __future__ import annotations

from enum import StrEnum


class Word(StrEnum):
    """A closed set of the language's French words.

    A member is equal to its word (`Severity.BLOCKING == "bloquante"`), so pages and
    templates read it as text; its repr() is the word's too, so that code emitted with
    repr() writes the plain string."""

    def __repr__(self) -> str:
        return repr(self.value)


class Kind(Word):
    """What kind of value a fact or an expression holds."""

    BOOLEAN = "booléen"
    NUMBER = "nombre"
    DATE = "date"
    TEXT = "texte"
    CHOICE = "choix"
    CHOICES = "choix multiples"
    SERVICE = "service"  # the value of a routing table column


class Unit(Word):
    """The unit of a number; NUMBER for a dimensionless one."""

    NUMBER = "nombre"
    HOURS = "heures"
    HALF_DAYS = "demi-journées"
    PERCENT = "pourcentage"
    DAYS = "jours"
    MONTHS = "mois"
    QUARTERS = "trimestres"
    YEARS = "ans"
    EUROS = "euros"


class Channel(Word):
    """How a document or an application travels."""

    POST = "voie postale"
    HIERARCHY = "voie hiérarchique"
    ONLINE = "en ligne"
    EMAIL = "courriel"
    BY_HAND = "main propre"


# The words an editor writes for each channel: the builder reads them, the emitters show them.
CHANNEL_PHRASES: dict[str, str] = {  # keyed by Channel (a str)
    Channel.POST: "par voie postale",
    Channel.HIERARCHY: "par voie hiérarchique",
    Channel.ONLINE: "en ligne",
    Channel.EMAIL: "par courriel",
    Channel.BY_HAND: "en main propre",
}
CHANNEL_OF_PHRASE: dict[str, Channel] = {phrase: Channel(channel) for channel, phrase in CHANNEL_PHRASES.items()}


class FileKind(Word):
    CIRCULAR = "circulaire"
    VOCABULARY = "vocabulaire"  # facts only, imported by circulars
    DATA = "données"  # shared data (facts, services, tables, pieces), imported by circulars


class Severity(Word):
    BLOCKING = "bloquante"
    WARNING = "avertissement"
    INFORMATION = "information"


class ExceptionOutcome(Word):
    """What a « sauf si » exception makes of a rule that is not respected."""

    WARNING = "avertissement"
    INFORMATION = "information"
    WAIVED = "levée"


class Requirement(Word):
    """Whether a document or an opinion is required."""

    MANDATORY = "obligatoire"
    OPTIONAL = "facultative"


class Rounding(Word):
    """How a computed value is rounded."""

    CENT = "centime"
    UNIT = "unité"


class DelayUnit(Word):
    """What a relative deadline counts."""

    DAYS = "jours"
    BUSINESS_DAYS = "jours ouvrés"  # Monday to Friday, holidays excluded
    WORKING_DAYS = "jours ouvrables"  # Monday to Saturday, holidays excluded
    MONTHS = "mois"  # years are counted as 12 months


class Direction(Word):
    BEFORE = "avant"
    AFTER = "après"


class MonthRounding(Word):
    """Where a count of months lands when the day does not exist (31/03 - 1 mois)."""

    LAST_DAY = "dernier jour"  # 28/02
    NEXT_MONTH = "mois suivant"  # 01/03


class CellKind(Word):
    """The pattern a decision table cell puts on one input."""

    ANY = "any"
    EQUAL = "eq"
    COMPARE = "compare"
    RANGE = "range"
    IN = "in"
    NOT_IN = "not_in"


class ExpectedStatus(Word):
    """The decision an example case expects."""

    ADMISSIBLE = "recevable"
    ADMISSIBLE_WITH_RESERVATIONS = "recevable avec réserves"
    NOT_ADMISSIBLE = "irrecevable"
    INCOMPLETE = "incomplet"
