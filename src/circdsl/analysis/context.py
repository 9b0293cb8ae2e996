"""What the analysis passes share: the circular, where findings go, the logic engine."""

from __future__ import annotations

import functools
from dataclasses import dataclass, field, fields

from circdsl import model as m
from circdsl.analysis.logic import Logic
from circdsl.analysis.traversal import reachable
from circdsl.citations import SourceText
from circdsl.diagnostics import DiagnosticSink


@dataclass
class Analysis:
    circular: m.Circular
    sink: DiagnosticSink
    source_text: SourceText | None = None  # the text the circular cites
    logic: Logic = field(default_factory=Logic)  # formulas are compiled once for every pass
    broken: set[str] = field(default_factory=set)  # rules reported as never applying or never respected

    @functools.cached_property
    def references(self) -> tuple[object, ...]:
        """Objects the declarations refer to (the circular's own lists of facts and services excluded)."""
        circular = self.circular
        roots = [
            getattr(circular, f.name)
            for f in fields(circular)
            if f.name not in ("facts", "all_facts", "services", "cases")
            and not isinstance(getattr(circular, f.name), str)
        ]
        stop = (m.Fact, m.Service, m.Case)
        return tuple(o for o in reachable(roots, lambda o: isinstance(o, stop)) if not isinstance(o, m.Case))
