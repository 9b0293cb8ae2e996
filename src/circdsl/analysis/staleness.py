"""What last year's file leaves behind: a year or a date of another campaign in a text (E851),
a header without its date (E853) or with a date that does not fit the school year (E854), an
example case dated before the campaign opens (E856).

The campaign is the window of `calendar.school_year_window`. A year or a date outside it is
reported only when the source text does not mention it: a reference to an older text
(« loi du 11 février 2005 »), a past school year the circular itself names, stay silent."""

from __future__ import annotations

import datetime
import functools
from collections.abc import Iterator
from dataclasses import dataclass

from circdsl import model as m
from circdsl import nodes as n
from circdsl.analysis.calendar import Window, school_year_window
from circdsl.analysis.context import Analysis
from circdsl.analysis.mentions import Mention, MentionKind, mentions
from circdsl.analysis.written import DATES, QUOTING, Role, Written
from circdsl.dates import parse_date
from circdsl.french.words import short_date

# Texts whose years are checked against the campaign (E851); cases are judged by E856.
_NOT_PROSE = QUOTING | DATES | {Role.EVENT_TIME, Role.DEADLINE_TIME, Role.SCHOOL_YEAR, Role.CASE_BASE, Role.CASE_LABEL}


@dataclass(frozen=True)
class Campaign:
    """The circular's school year, its window, and what its source text mentions."""

    first_year: int  # 2025 for 2025-2026
    window: Window
    source_dates: frozenset[datetime.date]
    source_years: frozenset[int]
    source_school_years: frozenset[int]
    source_starts: frozenset[int]  # « rentrée 2025 » in the source text

    @property
    def school_year(self) -> str:
        return f"{self.first_year}-{self.first_year + 1}"

    @property
    def span_words(self) -> str:
        return f"du {short_date(self.window.opening)} au {short_date(self.window.closing)}"

    def holds(self, date: datetime.date) -> bool:
        return self.window.opening <= date <= self.window.closing


def campaign_of(analysis: Analysis) -> Campaign | None:
    window = school_year_window(analysis.circular)
    if window is None:
        return None
    text = analysis.source_text.text if analysis.source_text is not None else ""
    return Campaign(window.closing.year - 1, window, *_mentioned(text))


@functools.lru_cache(maxsize=8)  # one source text serves several circulars
def _mentioned(text: str) -> tuple[frozenset[datetime.date], frozenset[int], frozenset[int], frozenset[int]]:
    """The dates, years, school years and « rentrées » a source text mentions."""
    found = mentions(text)
    dates = frozenset(m.date for m in found if m.date is not None)
    years = frozenset(m.year for m in found if m.year is not None)
    years |= frozenset(m.year + 1 for m in found if m.kind is MentionKind.SCHOOL_YEAR and m.year is not None)
    school_years = frozenset(m.year for m in found if m.kind is MentionKind.SCHOOL_YEAR and m.year is not None)
    starts = frozenset(m.year for m in found if m.kind is MentionKind.START_OF_YEAR and m.year is not None)
    return dates, years, school_years, starts


# ---------------------------------------------------------------- E853, E854: the header's date


def check_header_date(analysis: Analysis) -> None:
    circular = analysis.circular
    header = _header(analysis)
    if header is None or circular.school_year is None:
        return
    if circular.issued is None:
        dated = _fixed_dates(circular)
        if dated:
            analysis.sink.warning(
                "E853",
                header.name.span,
                f"l'en-tête ne donne pas la date de la circulaire : {dated} à l'ouverture de la campagne, "
                "et une date de l'an dernier passerait inaperçue",
                "ajoutez « date JJ/MM/AAAA » à l'en-tête : la date de publication de la circulaire",
            )
        return
    _issued_fits(analysis, header, circular.issued)


def _fixed_dates(circular: m.Circular) -> str | None:
    """How a message names the fixed dates of the calendar, if there are some."""
    count = sum(1 for d in circular.deadlines if d.date is not None) + len(circular.events)
    count += 2 * len(circular.periods)
    if count == 0:
        return None
    if count == 1:
        return "la date du calendrier ne peut pas être comparée"
    return f"les {count} dates du calendrier ne peuvent pas être comparées"


def _issued_fits(analysis: Analysis, header: n.Header, issued: datetime.date) -> None:
    first, second = (int(x) for x in (analysis.circular.school_year or "0-0").split("-"))
    span = next((a.value.span for a in header.attrs if a.key == "issued"), header.name.span)
    if issued > datetime.date(second, 8, 31):
        analysis.sink.warning(
            "E854",
            span,
            f"la date de la circulaire ({short_date(issued)}) est postérieure à la fin de l'année scolaire "
            f"{first}-{second} (31/08/{second})",
            "vérifiez l'année de la date et l'année scolaire de l'en-tête",
        )
    elif issued < datetime.date(first - 1, 1, 1):
        analysis.sink.warning(
            "E854",
            span,
            f"la date de la circulaire ({short_date(issued)}) précède de plus d'un an l'année scolaire {first}-{second} : "
            "est-ce la date de la circulaire de l'an dernier ?",
            f"écrivez la date de publication de la nouvelle circulaire (au plus tôt le 01/01/{first - 1})",
        )


def _header(analysis: Analysis) -> n.Header | None:
    for item in analysis.written:
        if item.role is Role.HEADER_TITLE and isinstance(item.owner, n.Header):
            return item.owner
    return None


# ---------------------------------------------------------------- E851: years in texts


def check_years(analysis: Analysis) -> None:
    campaign = campaign_of(analysis)
    if campaign is None:
        return
    for item in analysis.written:
        if item.role in _NOT_PROSE or not item.quoted:
            continue
        for mention in mentions(item.raw):
            problem = _stale(mention, campaign)
            if problem is not None:
                analysis.sink.warning(
                    "E851",
                    item.locate(mention.start, mention.end),
                    f"{item.role.value} mentionne « {mention.text} », {problem}",
                    _HINTS.get(item.role, _HINT),
                )


_HINT = "mettez ce texte à jour pour la nouvelle campagne (une année que le texte source mentionne est acceptée)"
_HINTS = {
    Role.LEGAL_REF: "vérifiez que ce texte de référence est celui que cite la nouvelle circulaire",
    Role.LINK: "vérifiez le lien dans le nouveau texte : il change souvent d'une année à l'autre",
    Role.ADDRESS: "vérifiez l'adresse dans le nouveau texte",
}


def _stale(mention: Mention, campaign: Campaign) -> str | None:
    """Why a mention looks like another campaign's, or None."""
    if mention.kind is MentionKind.DATE and mention.date is not None:
        if campaign.holds(mention.date) or mention.date in campaign.source_dates:
            return None
        return f"une date hors de la campagne ({campaign.span_words}) que le texte source ne mentionne pas"
    if mention.kind is MentionKind.SCHOOL_YEAR and mention.year is not None:
        if mention.year == campaign.first_year or mention.year in campaign.source_school_years:
            return None
        return f"une autre année scolaire que celle de la circulaire ({campaign.school_year})"
    if mention.kind is MentionKind.START_OF_YEAR and mention.year is not None:
        if mention.year == campaign.first_year or mention.year in campaign.source_starts:
            return None
        return f"alors que la rentrée de l'année scolaire {campaign.school_year} est celle de {campaign.first_year}"
    if mention.kind is MentionKind.YEAR and mention.year is not None:
        window = campaign.window
        if window.opening.year <= mention.year <= window.closing.year or mention.year in campaign.source_years:
            return None
        return f"une année hors de la campagne ({campaign.span_words}) que le texte source ne mentionne pas"
    return None


# ---------------------------------------------------------------- E856: example cases


def check_case_dates(analysis: Analysis) -> None:
    campaign = campaign_of(analysis)
    if campaign is None:
        return
    facts = campaign_facts(analysis.circular)
    stale: set[datetime.date] = set()
    for item in analysis.written:
        if item.role is not Role.CASE_VALUE or item.fact not in facts:
            continue
        date = parse_date(item.value)
        if date is None or date >= campaign.window.opening:
            continue  # a date after the campaign tests its end on purpose
        stale.add(date)
        analysis.sink.warning(
            "E856",
            item.span,
            f"le cas donne « {item.fact} » au {short_date(date)}, avant l'ouverture de la campagne "
            f"({short_date(campaign.window.opening)}) : une date de l'an dernier ?",
            "datez le cas dans la nouvelle campagne (et mettez à jour l'intitulé du cas qui la cite)",
        )
    for item in analysis.written:
        if item.role is Role.CASE_LABEL:
            _case_label(analysis, item, stale, campaign)


def _case_label(analysis: Analysis, item: Written, stale: set[datetime.date], campaign: Campaign) -> None:
    for mention in mentions(item.raw):
        problem: str | None
        if mention.kind is MentionKind.DATE and mention.date in stale:
            problem = f"une date d'avant l'ouverture de la campagne ({short_date(campaign.window.opening)})"
        elif mention.kind is MentionKind.SCHOOL_YEAR:
            problem = _stale(mention, campaign)
        else:
            continue
        if problem is not None:
            analysis.sink.warning(
                "E856",
                item.locate(mention.start, mention.end),
                f"l'intitulé du cas mentionne « {mention.text} », {problem}",
                "mettez à jour l'intitulé (et les « reprend » qui le citent)",
            )


def campaign_facts(circular: m.Circular) -> set[str]:
    """Dates of the situation that the circular compares with a fixed date: those of the campaign."""
    found: set[str] = set()
    for expr in _expressions(circular):
        for node in m.walk(expr):
            fact = _fact_compared_with_fixed_date(node)
            if fact is not None:
                found.add(fact)
    return found


def _fact_compared_with_fixed_date(node: m.Expr) -> str | None:
    if isinstance(node, m.MeetsDeadline) and node.deadline.date is not None:
        return _fact_name(node.operand)
    if isinstance(node, m.During):
        return _fact_name(node.operand)
    if isinstance(node, m.Binary) and node.left.type.kind == "date":
        sides = (node.left, node.right)
        if any(isinstance(side, m.Const) for side in sides):
            return next((name for side in sides if (name := _fact_name(side)) is not None), None)
    return None


def _fact_name(expr: m.Expr) -> str | None:
    return expr.fact.name if isinstance(expr, m.FactRef) else None


def _expressions(circular: m.Circular) -> Iterator[m.Expr]:
    for rule in circular.rules:
        yield from (x for x in (rule.applies, rule.requires) if x is not None)
        yield from (e.condition for e in rule.exceptions)
    for value in circular.values:
        yield value.expr
    for table in circular.tables:
        yield from table.inputs
    owners: list[m.Document | m.Opinion | m.Deadline | m.Examination | m.Request] = [
        *circular.documents,
        *circular.opinions,
        *circular.deadlines,
        *circular.examinations,
        *circular.requests,
    ]
    for owner in owners:
        if owner.condition is not None:
            yield owner.condition
