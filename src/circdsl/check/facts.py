"""Facts (typed, bounded) and computed values (typed expressions, rounded)."""

from __future__ import annotations

from decimal import Decimal

from circdsl import model as m
from circdsl import nodes as n
from circdsl.check.context import Context
from circdsl.words import Kind, Rounding, Unit

SIMPLE_TYPES = {
    "booléen": m.BOOLEAN,
    "entier": m.number(m.NUMBER, integer=True),
    "décimal": m.number(m.NUMBER),
    "pourcentage": m.number(m.PERCENT),
    "heures": m.number(m.HOURS),
    "demi-journées": m.number(m.HALF_DAYS),
    "jours": m.number(m.DAYS, integer=True),
    "mois": m.number(m.MONTHS, integer=True),
    "trimestres": m.number(m.QUARTERS, integer=True),
    "ans": m.number(m.YEARS, integer=True),
    "date": m.DATE,
    "euros": m.number(m.EUROS),
    "texte": m.TEXT,
}
# Bounds a fact of a unit has unless the editor writes `entre A et B`.
DEFAULT_BOUNDS: dict[Unit, tuple[Decimal | None, Decimal | None]] = {
    m.PERCENT: (Decimal(0), Decimal(100)),
    m.HOURS: (Decimal(0), None),
    m.HALF_DAYS: (Decimal(0), None),
    m.DAYS: (Decimal(0), None),
    m.MONTHS: (Decimal(0), None),
    m.QUARTERS: (Decimal(0), None),
    m.YEARS: (Decimal(0), None),
    m.EUROS: (Decimal(0), None),
}


def check_fact(ctx: Context, decl: n.FactDecl) -> None:
    scope = ctx.scope
    if decl.name.text in scope.facts:
        return  # duplicate already reported
    type_ = fact_type(ctx, decl.type)
    low, high = _bounds(ctx, decl, type_)
    fact = m.Fact(
        name=decl.name.text,
        label=decl.label.value,
        type=type_,
        low=low,
        high=high,
        choice_labels=tuple((c.name.text, c.label.value if c.label else c.name.text) for c in decl.type.choices),
        citations=ctx.citations.of(decl.clauses, decl.span, required=False),
        span=scope.here(decl.span),
        name_span=scope.here(decl.name.span),
    )
    scope.facts[fact.name] = fact
    scope.local_fact_names.append(fact.name)


def fact_type(ctx: Context, spec: n.TypeSpec) -> m.Type:
    """The type of a fact or a table column as written; a choice value listed twice is E102."""
    if spec.kind in SIMPLE_TYPES:
        return SIMPLE_TYPES[spec.kind]
    seen: dict[str, n.Name] = {}
    values = [
        choice.name.text
        for choice in spec.choices
        if ctx.scope.first_time(choice.name, seen, f"la valeur « {choice.name.text} » figure deux fois dans ce choix")
        and ctx.scope.check_name(choice.name, "valeur de choix")
    ]
    return m.Type(Kind(spec.kind), choices=tuple(values))


def _bounds(ctx: Context, decl: n.FactDecl, type_: m.Type) -> tuple[Decimal | None, Decimal | None]:
    if decl.bounds is None:
        return DEFAULT_BOUNDS.get(type_.unit, (None, None)) if type_.unit else (None, None)
    if type_.kind is not Kind.NUMBER:
        ctx.scope.error(
            "E204",
            decl.bounds.span,
            f"des bornes « entre … et … » n'ont de sens que pour un nombre, pas pour {type_.describe()}",
        )
        return (None, None)
    if decl.bounds.low > decl.bounds.high:
        ctx.scope.error(
            "E204",
            decl.bounds.span,
            f"bornes inversées : {decl.bounds.low} est plus grand que {decl.bounds.high}",
            "écrivez la plus petite valeur en premier",
        )
    return (decl.bounds.low, decl.bounds.high)


def check_value(ctx: Context, decl: n.ValueDecl) -> None:
    scope = ctx.scope
    if decl.name.text in scope.values:
        return
    expr = ctx.exprs.expr(decl.expr)
    citations = ctx.citations.of(decl.clauses, decl.span, required=False)
    if expr is None:
        return
    rounding = Rounding(decl.rounding) if decl.rounding else None
    if expr.type.kind is not Kind.NUMBER and rounding:
        scope.error("E202", decl.span, f"seul un nombre s'arrondit, pas {expr.type.describe()}")
    elif rounding is Rounding.CENT and expr.type.unit != m.EUROS:
        scope.error(
            "E201",
            decl.span,
            f"« arrondi au centime » s'applique à un montant en euros, pas à une quantité en {expr.type.unit}",
            "utilisez « arrondi à l'unité »",
        )
    scope.values[decl.name.text] = m.Value(
        name=decl.name.text,
        label=decl.label.value,
        expr=expr,
        rounding=rounding,
        citations=citations,
        span=scope.here(decl.span),
        name_span=scope.here(decl.name.span),
    )
