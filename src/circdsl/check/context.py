"""What the checking passes share: the syntax tree, the scope of names, expression typing
and citations."""

from __future__ import annotations

from dataclasses import dataclass
from typing import cast

from circdsl import model as m
from circdsl import nodes as n
from circdsl.check.clauses import Citations, single
from circdsl.check.expressions import Expressions
from circdsl.check.scope import Scope
from circdsl.words import FileKind


@dataclass
class Context:
    """One file being checked."""

    module: n.Module
    scope: Scope
    exprs: Expressions
    citations: Citations

    @classmethod
    def of(cls, module: n.Module, scope: Scope) -> Context:
        vocabulary = FileKind(module.header.kind) is FileKind.VOCABULARY
        return cls(module, scope, Expressions(scope), Citations(scope, vocabulary))

    @property
    def kind(self) -> FileKind:
        return FileKind(self.module.header.kind)

    def single_condition(self, clauses: tuple[n.Clause, ...], kind: str, owner: str) -> m.Expr | None:
        """The condition of the one clause of that kind (« si »), typed; None if absent or wrong."""
        clause = single(self.scope, clauses, kind, owner)
        return self.exprs.condition(cast(n.Expr, clause.value)) if clause else None
