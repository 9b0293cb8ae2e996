"""Passages of the source text that are not rules: the parts of a shared source a circular
claims (« partie » in its header) and the passages it acknowledges « hors règles »."""

from __future__ import annotations

from circdsl import model as m
from circdsl import nodes as n
from circdsl.check.context import Context

MAX_REASON_CHARS = 200  # a reason is a short text, not a paraphrase of the passage


def check_parts(ctx: Context) -> tuple[m.Passage, ...]:
    """The header's « partie » lines: each passage found in the source text."""
    parts = []
    for attr in ctx.module.header.attrs:
        if attr.key == "source_part" and isinstance(attr.value, n.PassageText):
            passage = ctx.citations.passage(attr.value)
            if passage is not None:
                parts.append(passage)
    return tuple(parts)


def check_unruled(ctx: Context, decl: n.UnruledDecl) -> m.Unruled | None:
    """« hors règles "…" : "raison" »: the passage found in the source text, its reason short."""
    if ctx.citations.vocabulary:
        return None  # a vocabulary declares facts only (E105)
    reason = decl.reason.value.strip() if decl.reason is not None else None
    if decl.reason is not None and not reason:
        ctx.scope.error(
            "E871",
            decl.reason.span,
            "la raison de ce passage hors règles est vide",
            'dites en quelques mots pourquoi le passage ne donne pas de règle, ou retirez « : "" »',
        )
    elif reason is not None and decl.reason is not None and len(reason) > MAX_REASON_CHARS:
        ctx.scope.error(
            "E871",
            decl.reason.span,
            f"la raison de ce passage hors règles est trop longue ({len(reason)} caractères, {MAX_REASON_CHARS} au plus)",
            "une raison tient en une ligne : « formulaire à remplir », « coordonnées », « rappel sans condition »…",
        )
    passage = ctx.citations.passage(decl.passage)
    if passage is None:
        return None
    return m.Unruled(passage=passage, reason=reason or None, span=ctx.scope.here(decl.span))
