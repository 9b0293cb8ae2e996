"""The « à revoir » markers that `circ nouvelle-annee` leaves in the new year's file (E850).

A marker is a comment at the end of the line that holds what must be reviewed:

    échéance limite_dépôt "Date limite de dépôt" le 13/01/2025 inclus  # à revoir [6f1c2a]

The bracket lists the fingerprints of the texts, dates and times of that line as they were in
last year's file. As long as one of them is unchanged, `circ check` reports it, with its
value. Changing the value (the new date, the new address) or deleting the marker (the value
was checked and stays right) ends the report. A marker without a bracket, written by hand,
is reported at the comment until it is deleted.

A comment is chosen rather than a keyword of the language: it can follow anything (a date in
the middle of a declaration, a value of a case), survives every edit of the line, is
deleted in one keystroke, and the file compiles with or without it."""

from __future__ import annotations

import bisect
import hashlib
import re
from collections.abc import Iterator
from dataclasses import dataclass

from circdsl.analysis.context import Analysis
from circdsl.analysis.written import Role, Written
from circdsl.citations import fold
from circdsl.source import Span

MARKER_WORDS = "à revoir"
_MARKER = re.compile(r"#\s*à\s+revoir\b\s*(?:\[(?P<prints>[^\]]*)\])?", re.IGNORECASE)
_TOKENS = re.compile(r'"(?:\\.|[^"\\])*"|#[^\n]*', re.DOTALL)  # strings and comments, as the lexer reads them


@dataclass(frozen=True)
class Marker:
    line: int
    column: int
    end_column: int
    prints: frozenset[str] | None  # None: a marker written by hand, without fingerprints


def fingerprint(raw: str) -> str:
    """A short fingerprint of a text, date or time as written (spaces folded)."""
    return hashlib.sha1(fold(raw).encode("utf-8")).hexdigest()[:6]


def marker_comment(items: list[Written]) -> str:
    """The comment that marks these items of one line."""
    prints = " ".join(dict.fromkeys(fingerprint(item.raw) for item in items))
    return f"# {MARKER_WORDS} [{prints}]"


def markers(text: str) -> Iterator[Marker]:
    """The « à revoir » comments of a .circ file (a « # » inside a string is not a comment)."""
    if _MARKER.search(text) is None:  # most files: no marker anywhere, the tokens need not be read
        return
    starts = [0] + [match.end() for match in re.finditer("\n", text)]
    for token in _TOKENS.finditer(text):
        if not token.group(0).startswith("#"):
            continue
        match = _MARKER.match(token.group(0))
        if match is None:
            continue
        line = bisect.bisect_right(starts, token.start())
        column = token.start() - starts[line - 1] + 1
        prints = match.group("prints")
        yield Marker(line, column, column + len(token.group(0)), frozenset(prints.split()) if prints else None)


def check_markers(analysis: Analysis) -> None:
    """Run after the other passes: a value they report (outside the campaign...) is not reported twice."""
    reported = [d.span for d in analysis.sink.items]
    by_line: dict[int, list[Written]] = {}
    for item in analysis.written:
        by_line.setdefault(item.span.end_line, []).append(item)
    for marker in markers(analysis.sink.source.text):
        if marker.prints is None:
            analysis.sink.warning(
                "E850",
                Span(marker.line, marker.column, marker.line, marker.end_column),
                "cette ligne est marquée « à revoir »",
                "relisez-la au regard du nouveau texte, puis retirez le marqueur « # à revoir »",
            )
            continue
        for item in by_line.get(marker.line, []):
            if item.span.end_column > marker.column or fingerprint(item.raw) not in marker.prints:
                continue
            if any(_inside(span, item.span) for span in reported):
                continue  # another analysis already points into it (a date outside the campaign...)
            analysis.sink.warning(
                "E850",
                item.span,
                f"à revoir, sans changement depuis la circulaire de l'an dernier : {item.role.value} « {_shown(item)} »",
                _HINTS.get(item.role, _HINT),
            )


def _inside(span: Span, outer: Span) -> bool:
    start, end = (span.line, span.column), (outer.line, outer.column)
    return end <= start < (outer.end_line, outer.end_column)


def _shown(item: Written) -> str:
    value = " ".join(item.value.split())
    return value if len(value) <= 90 else value[:87] + "…"


_HINT = (
    "mettez la valeur à jour d'après le nouveau texte ; si elle reste juste, retirez le marqueur « # à revoir » "
    "en fin de ligne"
)
_HINTS = {
    Role.CITATION: "citez la phrase du nouveau texte ; si elle n'a pas changé, retirez le marqueur « # à revoir »",
    Role.DEADLINE_DATE: "écrivez la date du nouveau texte ; si elle reste juste, retirez le marqueur « # à revoir »",
    Role.EVENT_DATE: "écrivez la date du nouveau texte ; si elle reste juste, retirez le marqueur « # à revoir »",
    Role.CASE_VALUE: "datez le cas dans la nouvelle campagne ; si la valeur reste juste, retirez le marqueur « # à revoir »",
}
