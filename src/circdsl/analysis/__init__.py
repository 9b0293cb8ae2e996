"""Static analyses of a checked circular: what an editor most likely got wrong.

Run by the compiler once the checker found no error. Each pass is a function of one
module that reads only the model and reports French diagnostics (codes E8xx; the
catalogue says whether each is an error or a warning). The passes run in the order of
`PASSES`; adding an analysis is adding a module and one line here. The logic engine
(`logic.py`) decides conditions by enumeration and leaves undecided what it does not
model, so a finding is reported only when it holds whatever those parts are.
"""

from __future__ import annotations

from collections.abc import Callable

from circdsl import model as m
from circdsl import nodes as n
from circdsl.analysis import (
    calendar,
    citation_reuse,
    cited_dates,
    conditions,
    declarations,
    quotes,
    review,
    rule_pairs,
    rules,
    staleness,
    unruled,
)
from circdsl.analysis.context import Analysis
from circdsl.citations import SourceText
from circdsl.diagnostics import DiagnosticSink
from circdsl.words import FileKind

Pass = Callable[[Analysis], None]

PASSES: tuple[Pass, ...] = (
    rules.check_rules,  # E801-E805, and the rules too broken to compare with others
    rule_pairs.check_rule_pairs,  # E806, E807
    conditions.check_conditions,  # E808
    declarations.unused_facts,  # E811
    declarations.idle_services,  # E812
    declarations.unrouted_documents,  # E813
    calendar.check_dates,  # E821, E822
    quotes.check_quotes,  # E831, E832
    staleness.check_header_date,  # E853, E854
    staleness.check_years,  # E851
    staleness.check_case_dates,  # E856
    cited_dates.check_cited_dates,  # E852
    citation_reuse.check_citation_reuse,  # E855
    unruled.check_unruled,  # E872, E873
    review.check_markers,  # E850, last: what another pass reports is not reported again
)
# A vocabulary or a shared data file is judged inside the circulars that import it: only its quotes here.
VOCABULARY_PASSES: tuple[Pass, ...] = (quotes.check_quotes,)


def analyze(
    circular: m.Circular, sink: DiagnosticSink, source_text: SourceText | None = None, module: n.Module | None = None
) -> None:
    """Run every pass on a checked circular (`module`: its syntax tree); findings go to the sink."""
    analysis = Analysis(circular, sink, source_text, module=module)
    for run in PASSES if circular.kind is FileKind.CIRCULAR else VOCABULARY_PASSES:
        run(analysis)
