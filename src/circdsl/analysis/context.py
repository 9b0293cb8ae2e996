"""What the analysis passes share: the circular, where findings go, the logic engine."""

from __future__ import annotations

import functools
from dataclasses import dataclass, field, fields

from circdsl import model as m
from circdsl import nodes as n
from circdsl.analysis.logic import Logic
from circdsl.analysis.traversal import reachable
from circdsl.analysis.written import Written, inventory
from circdsl.builder import build
from circdsl.citations import SourceText
from circdsl.diagnostics import DiagnosticSink
from circdsl.parser import parse


@dataclass
class Analysis:
    circular: m.Circular
    sink: DiagnosticSink
    source_text: SourceText | None = None  # the text the circular cites
    logic: Logic = field(default_factory=Logic)  # formulas are compiled once for every pass
    broken: set[str] = field(default_factory=set)  # rules reported as never applying or never respected
    module: n.Module | None = None  # the syntax tree, for the passes that read texts where they are written

    @functools.cached_property
    def written(self) -> list[Written]:
        """Every text, date and time of the file, with its role and place (parsed again if not given)."""
        module = self.module if self.module is not None else build(parse(self.sink.source))
        return inventory(module, self.sink.source)

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
