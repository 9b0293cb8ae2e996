"""Rules: their clauses, exceptions that soften them, messages that quote the situation."""

from __future__ import annotations

import difflib
import re
from typing import cast

from circdsl import model as m
from circdsl import nodes as n
from circdsl.check import clauses
from circdsl.check.context import Context
from circdsl.diagnostics import Fix
from circdsl.source import Span
from circdsl.words import ExceptionOutcome, Severity

MISSING_DOCUMENTS = "pièces_manquantes"  # in a message: the mandatory documents not yet supplied
SOFTER_OUTCOMES = {
    Severity.BLOCKING: (ExceptionOutcome.WARNING, ExceptionOutcome.INFORMATION, ExceptionOutcome.WAIVED),
    Severity.WARNING: (ExceptionOutcome.INFORMATION, ExceptionOutcome.WAIVED),
    Severity.INFORMATION: (ExceptionOutcome.WAIVED,),
}
_INTERPOLATION = re.compile(r"\{([^{}]*)\}")


def check_rule(ctx: Context, decl: n.RuleDecl) -> m.Rule | None:
    """The checked rule; None once the file has errors (a rule is only kept in a sound model)."""
    scope = ctx.scope
    owner = f"la règle « {decl.name.text} »"
    severity = Severity(decl.severity)
    requires_clause = clauses.single(scope, decl.clauses, "exige", owner)
    message_clause = clauses.single(scope, decl.clauses, "message", owner)
    applies = ctx.single_condition(decl.clauses, "si", owner)
    requires = ctx.exprs.condition(cast(n.Expr, requires_clause.value)) if requires_clause else None
    if requires_clause is None and severity is not Severity.INFORMATION:
        scope.error(
            "E301",
            decl.name.span,
            f"{owner} est {severity} mais n'a pas de clause « exige »",
            "ajoutez « exige <condition> » : ce que la demande doit respecter",
        )
    if message_clause is None:
        scope.error(
            "E301",
            decl.name.span,
            f"{owner} n'a pas de « message »",
            'ajoutez « message "…" » : la phrase montrée au demandeur',
        )
    exceptions = _exceptions(ctx, decl, severity, requires_clause is not None)
    message = _message(ctx, cast(n.Text, message_clause.value)) if message_clause else ()
    citations = ctx.citations.of(decl.clauses, decl.span, owner=owner)
    if scope.sink.has_errors:
        return None
    return m.Rule(
        name=decl.name.text,
        severity=severity,
        title=decl.title.value,
        applies=applies,
        requires=requires,
        exceptions=exceptions,
        message=message,
        citations=citations,
        span=scope.here(decl.span),
        name_span=scope.here(decl.name.span),
    )


def _exceptions(
    ctx: Context, decl: n.RuleDecl, severity: Severity, has_requirement: bool
) -> tuple[m.RuleException, ...]:
    exceptions = []
    for clause in clauses.of_kind(decl.clauses, "sauf si"):
        condition_node, outcome = cast(tuple[n.Expr, str], clause.value)
        if not has_requirement:
            ctx.scope.error(
                "E305",
                clause.span,
                "une exception « sauf si » ne s'applique qu'à une règle qui exige quelque chose",
                "ajoutez « exige <condition> » ou retirez l'exception",
            )
            continue
        if outcome not in SOFTER_OUTCOMES[severity]:
            allowed = ", ".join(f"« {o} »" for o in SOFTER_OUTCOMES[severity])
            ctx.scope.error(
                "E305",
                clause.span,
                f"une exception doit adoucir la règle : « {outcome} » n'est pas plus léger que « {severity} »",
                f"possible ici : {allowed}",
            )
            continue
        condition = ctx.exprs.condition(condition_node)
        if condition is not None:
            exceptions.append(
                m.RuleException(
                    condition=condition,
                    outcome=ExceptionOutcome(outcome),
                    text=ctx.scope.written(condition_node.span),
                    span=ctx.scope.here(clause.span),
                )
            )
    return tuple(exceptions)


def _message(ctx: Context, text: n.Text) -> tuple[str | m.Expr, ...]:
    """The message's text parts and the references it interpolates (`{nom}`)."""
    parts: list[str | m.Expr] = []
    position = 0
    for match in _INTERPOLATION.finditer(text.value):
        if match.start() > position:
            parts.append(text.value[position : match.start()])
        ref = _message_reference(ctx, match.group(1).strip(), _inner_span(text, match.start(), match.end()))
        if ref is not None:
            parts.append(ref)
        position = match.end()
    if position < len(text.value):
        parts.append(text.value[position:])
    return tuple(parts)


def _message_reference(ctx: Context, name: str, span: Span) -> m.Expr | None:
    scope = ctx.scope
    found = ctx.exprs.reference(name, span)
    if found is not None:
        return found
    if name == MISSING_DOCUMENTS:
        return ctx.exprs.documents_provided(span, m.TEXT)
    head = name.rpartition(".")[0]
    if head in scope.tables or name in scope.tables or head in scope.periods:
        found = ctx.exprs.table_or_period_reference(n.Name(name, span))
        if found is not None or n.Name(name, span) in scope.reported:
            return found
    close = difflib.get_close_matches(name, [*scope.facts, *scope.values], n=1, cutoff=0.6)
    hint = (
        f"vouliez-vous dire « {{{close[0]}}} » ?"
        if close
        else "entre accolades, écrivez le nom d'un fait ou d'une valeur calculée"
    )
    exact = close and scope.sink.source.slice(span).startswith("{")  # the braces alone, not the whole text
    fixes = [Fix.replace_by(span, f"{{{close[0]}}}")] if exact else []
    scope.error("E304", span, f"« {{{name}}} » : aucun fait ni valeur de ce nom", hint, fixes=fixes)
    return None


def _inner_span(text: n.Text, start: int, end: int) -> Span:
    """Span of text[start:end] inside a one-line string literal (else the whole literal)."""
    if text.span.line != text.span.end_line or "\\" in text.value:
        return text.span
    column = text.span.column + 1 + start
    return Span(text.span.line, column, text.span.line, column + (end - start))
