"""Quotes that do not designate a passage: too short (E831), or found in several places of
the source text (E832)."""

from __future__ import annotations

from circdsl.analysis.context import Analysis
from circdsl.citations import fold

MIN_QUOTE_CHARS = 10  # a shorter quote designates no passage, even when found once
MIN_QUOTE_WORDS = 2
SHORT_QUOTE_CHARS = 40  # a quote shorter than this must be found only once in the source text
MAX_QUOTE_OCCURRENCES = 2  # a longer sentence may be repeated once (a summary, then the body)


def check_quotes(analysis: Analysis) -> None:
    circular = analysis.circular
    source = analysis.source_text
    seen: set[tuple[int, int]] = set()
    for citation in circular.citations():
        span = citation.span
        if span.file != circular.file or (span.line, span.column) in seen:
            continue  # quoted in another file (a vocabulary), or already judged
        seen.add((span.line, span.column))
        folded = fold(citation.quote)
        if not folded:
            continue
        words = len(folded.split())
        if len(folded) < MIN_QUOTE_CHARS or words < MIN_QUOTE_WORDS:
            analysis.sink.warning(
                "E831",
                span,
                f"citation trop courte pour désigner un passage ({words} mot{'s' if words > 1 else ''}, "
                f"{len(folded)} caractères)",
                "citez la phrase entière dont vient la déclaration, mot pour mot",
            )
            continue
        count = len(source.occurrences(folded)) if source is not None else 0
        if count > (1 if len(folded) < SHORT_QUOTE_CHARS else MAX_QUOTE_OCCURRENCES):
            analysis.sink.warning(
                "E832",
                span,
                f"cette citation se trouve à {count} endroits du texte source : elle ne désigne pas un passage précis",
                "allongez la citation jusqu'à ce qu'elle ne se trouve qu'une fois dans le texte source",
            )
