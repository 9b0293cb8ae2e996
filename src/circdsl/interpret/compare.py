"""Compare two decisions for the same situation (a generated validator's and the reference
interpreter's): each is projected onto plain, comparable data, field by field.

Numbers compare by value (6 and Decimal("6.00") are equal, a boolean is never a number),
sets of choices by their members, services by name and description. The missing facts
are compared three ways, reported separately: as a set, in order (the ranking), and the
rules that need each one. A finding's own missing facts compare as a set.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterable
from decimal import Decimal

from circdsl import runtime as rt

Plain = object


def plain(value: object) -> Plain:
    """A value as comparable data: numbers by value, sets sorted, services by what they say."""
    kind = type(value)
    if value is None or kind is str or kind is datetime.date:
        return value
    if kind is bool:
        return ("booléen", value)
    if kind is tuple:  # the most frequent container (values read, recipients): before the other checks
        return tuple(plain(item) for item in value)  # type: ignore[attr-defined]
    if isinstance(value, (int, Decimal)):
        return ("nombre", Decimal(value))
    if isinstance(value, (frozenset, set)):
        return ("ensemble", tuple(sorted(str(item) for item in value)))
    if isinstance(value, rt.Recipient):
        return ("service", value.name, value.label, value.medical, value.address)
    if isinstance(value, (tuple, list)):
        return tuple(plain(item) for item in value)
    return ("autre", type(value).__name__, repr(value))


def _citations(citations: tuple[rt.Citation, ...]) -> Plain:
    """Citations as data; each tuple of citations once (a decision repeats its circular's own tuples)."""
    known = _CITATIONS.get(id(citations))
    if known is None or known[0] is not citations:  # the tuple is kept with its data: its id stays its own
        if len(_CITATIONS) > 10_000:
            _CITATIONS.clear()
        known = _CITATIONS[id(citations)] = (citations, tuple((c.quote, c.source, c.line) for c in citations))
    return known[1]


_CITATIONS: dict[int, tuple[tuple[rt.Citation, ...], Plain]] = {}


def _deliveries(deliveries: Iterable[rt.Delivery]) -> Plain:
    return tuple(
        (
            d.channel,
            d.sealed,
            plain(d.recipients),
            d.condition,
            d.undetermined,
            plain(d.via),
        )
        for d in deliveries
    )


def project(decision: rt.Decision) -> dict[str, Plain]:
    """Every field of a decision as plain data, keyed by what it is (shown in differences)."""
    fields: dict[str, Plain] = {
        "circulaire": (decision.circular.name, decision.circular.title, decision.circular.file),
        "statut": str(decision.status.value),
        "règles respectées": decision.satisfied,
        "règles non applicables": decision.not_applicable,
        "faits manquants (ensemble)": frozenset(f.name for f in decision.missing_facts),
        "faits manquants (ordre)": tuple(f.name for f in decision.missing_facts),
        "faits manquants (règles)": {f.name: (f.label, f.rules, f.blocking) for f in decision.missing_facts},
        "échéances": tuple(
            (d.name, d.label, d.date, d.inclusive, _citations(d.citations), d.relative, d.time, d.opening)
            for d in decision.deadlines
        ),
        "avis": tuple(
            (o.name, o.label, o.requirement, plain(o.given_by), _citations(o.citations)) for o in decision.opinions
        ),
        "dépôts": tuple(
            (s.label, _deliveries(s.deliveries), s.address, _citations(s.citations)) for s in decision.submissions
        ),
        "valeurs calculées": {name: plain(value) for name, value in decision.computed.items()},
    }
    fields["constats"] = tuple(
        (
            f.rule.name,
            f.rule.title,
            f.rule.severity,
            _citations(f.rule.citations),
            f.rule.origin,
            f.outcome.value,
            f.severity,
            f.message,
            tuple((name, plain(value)) for name, value in f.values),
            f.exception,
        )
        for f in decision.findings
    )
    fields["constats (faits manquants)"] = tuple((f.rule.name, frozenset(f.missing)) for f in decision.findings)
    fields["pièces"] = tuple(
        (
            item.document,
            item.label,
            item.status,
            item.condition,
            item.medical,
            item.confidential,
            item.detail,
            _citations(item.citations),
        )
        for item in decision.checklist
    )
    fields["envois des pièces"] = tuple((item.document, _deliveries(item.deliveries)) for item in decision.checklist)
    return fields


def differences(generated: rt.Decision, reference: rt.Decision) -> list[str]:
    """The fields on which two decisions disagree, each with both values (empty if they agree)."""
    left, right = project(generated), project(reference)
    return [
        f"{name} :\n    généré     : {left[name]!r}\n    référence  : {right[name]!r}"
        for name in left
        if left[name] != right[name]
    ]
