"""Which facts a circular reads: those it keeps in its model (local ones, and imported ones
that something reads)."""

from __future__ import annotations

from collections.abc import Iterator

from circdsl import model as m


def expressions_of(circular: m.Circular) -> Iterator[m.Expr | None]:
    """Every expression the declarations of a circular evaluate (cases aside)."""
    yield from (v.expr for v in circular.values)
    for table in circular.tables:
        yield from table.inputs
    for deliveries in (*(d.deliveries for d in circular.documents), *(r.deliveries for r in circular.requests)):
        for delivery in deliveries:
            yield delivery.condition
            yield from delivery.routed_by
    yield from (d.relative.anchor for d in circular.deadlines if d.relative is not None)
    for rule in circular.rules:
        yield from (rule.applies, rule.requires, *(e.condition for e in rule.exceptions))
        yield from (part for part in rule.message if isinstance(part, m.Expr))
    yield from (d.condition for d in circular.documents)
    yield from (o.condition for o in circular.opinions)
    yield from (r.condition for r in circular.requests)
    yield from (d.condition for d in circular.deadlines)
    yield from (x.condition for x in circular.examinations)


def facts_read(circular: m.Circular) -> set[str]:
    """Names of the facts the declarations read, through values, tables and deadlines."""
    return {fact.name for expr in expressions_of(circular) for fact in m.facts_read(expr)}
