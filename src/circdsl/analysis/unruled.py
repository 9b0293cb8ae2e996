"""Passages acknowledged « hors règles »: a normative sentence needs a reason (E872), and a
passage that holds no sentence left to account for is useless (E873)."""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from typing import TYPE_CHECKING

from circdsl.analysis.context import Analysis
from circdsl.source import Span

if TYPE_CHECKING:
    from circdsl.text_coverage import Sentence


def check_unruled(analysis: Analysis) -> None:
    circular = analysis.circular
    source = analysis.source_text
    if source is None or not circular.unruled:
        return
    # Loaded only for a circular with « hors règles » passages: `circ check` of the others is lighter.
    from circdsl.text_coverage import Cover, passage_spans, quote_spans, sentences

    cited = Cover(source.text, quote_spans(source, (c.quote for c in circular.citations())))
    every = sentences(source.text)
    starts, ends = [s.start for s in every], [s.end for s in every]
    for unruled in circular.unruled:
        spans = passage_spans(source, unruled.passage)
        if not spans:
            continue
        held = _overlapping(every, starts, ends, spans)
        left = [s for s in held if not cited.covers(s)]
        normative = [s for s in left if any(a <= x and y <= b for x, y in s.markers for a, b in spans)]
        if normative and unruled.reason is None:
            _unexplained(analysis, unruled.passage.span, normative[0], len(normative), circular.source or "")
        elif not left:
            _useless(analysis, unruled.passage.span, bool(held))


def _overlapping(
    every: Sequence[Sentence], starts: list[int], ends: list[int], spans: list[tuple[int, int]]
) -> list[Sentence]:
    """The sentences that overlap one of `spans`, in text order. Sentences come in text order and
    never overlap, so their starts and their ends are both sorted: each span is two bisections."""
    indices: set[int] = set()
    for start, end in spans:
        indices.update(range(bisect.bisect_right(ends, start), bisect.bisect_left(starts, end)))
    return [every[index] for index in sorted(indices)]


def _unexplained(analysis: Analysis, span: Span, sentence: Sentence, count: int, source: str) -> None:
    from circdsl.text_coverage import excerpt

    others = f" (et {count - 1} autre{'s' if count > 2 else ''})" if count > 1 else ""
    words = ", ".join(f"« {w} »" for w in dict.fromkeys(sentence.words))
    analysis.sink.error(
        "E872",
        span,
        f"ce passage hors règles contient une phrase normative ({words}), ligne {sentence.line} de {source}"
        f"{others} : {excerpt(sentence)}",
        'citez-la dans la règle qui l\'encode, ou dites pourquoi elle n\'en donne pas : hors règles "…" : "raison"',
    )


def _useless(analysis: Analysis, span: Span, held: bool) -> None:
    analysis.sink.warning(
        "E873",
        span,
        "passage hors règles sans effet : "
        + ("chacune de ses phrases est déjà citée" if held else "il ne contient aucune phrase"),
        "retirez cette ligne" if held else "étendez le passage à une phrase entière, ou retirez cette ligne",
    )
