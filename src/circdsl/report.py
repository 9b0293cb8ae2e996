"""Show a decision to a person, in French plain text for a terminal (`circ eval`).

The wording is `circdsl.french`'s, as in the checklists: rules by their title,
deliveries by channel, deadlines by their use. Given the checked circular (and
the facts known), the documents, deliveries and deadlines come from the
applicant's checklist, with conditions in plain French; from the decision
alone, what depends on a condition still open says so without its details.
Every text goes through `terminal.escape_terminal` with its newlines escaped too: a control,
escape or line-breaking character in an applicant's text (a text fact quoted by a message) is
shown as \\uXXXX, never sent to the terminal, and cannot start a line of its own.
"""

from __future__ import annotations

from collections.abc import Mapping

from circdsl import model as m
from circdsl import runtime as rt
from circdsl.escape import excerpt_plain
from circdsl.french import deliveries as fd
from circdsl.french import words
from circdsl.french.conditions import Prose
from circdsl.french.residual import Known
from circdsl.terminal import escape_terminal

_EXCEPTION = "une exception prévue par la circulaire"  # without the circular, the condition is not shown
OUTCOME_MARKS = {
    rt.Outcome.VIOLATED: "✗",
    rt.Outcome.UNDECIDED: "?",
    rt.Outcome.WAIVED: "~",
    rt.Outcome.NOTICE: "i",
    rt.Outcome.CONFLICT: "!",
}


def _safe(text: object) -> str:
    """A text on its line of the report: every character a terminal acts on, newlines
    included, shown as \\uXXXX."""
    return escape_terminal(str(text), keep_newlines=False)


def render_decision(
    decision: rt.Decision, circular: m.Circular | None = None, facts: Mapping[str, object] | None = None
) -> str:
    """The decision as a readable French report."""
    labels = _labels(decision, circular)
    unknown = _unknown_in_messages(circular, Known.of(facts or {}, decision)) if circular is not None else {}
    c = decision.circular
    lines = [
        _safe(c.title + (f" — {c.authority}" if c.authority else "")),
        f"Décision : {decision.status.value.upper()}",
        "",
    ]
    lines += _findings(decision, labels, unknown, _exceptions(circular))
    lines += _missing(decision)
    if circular is not None:
        lines += _from_checklist(circular, decision, facts)
    else:
        lines += _checklist(decision)
        lines += _calendar_and_routing(decision)
    return "\n".join(lines).rstrip() + "\n"


def _labels(decision: rt.Decision, circular: m.Circular | None) -> dict[str, str]:
    found = {fact.name: fact.label for fact in decision.missing_facts}
    if circular is not None:
        found.update({f.name: f.label for f in (*circular.all_facts, *circular.facts)})
    return found


def _unknown_in_messages(circular: m.Circular, known: Known) -> dict[str, tuple[str, ...]]:
    """For each rule whose message quotes a value still unknown: the facts that value needs."""
    found = {}
    for rule in circular.rules:
        parts = [part for part in rule.message if isinstance(part, m.Expr) and known.value(part) is None]
        if parts:
            needed = (fact.name for part in parts for fact in m.facts_read(part))
            found[rule.name] = tuple(dict.fromkeys(name for name in needed if known.facts.get(name) is None))
    return found


def _exceptions(circular: m.Circular | None) -> dict[str, str]:
    """The exceptions of the rules in French, by the text a validator reports (« sauf si … »)."""
    prose = Prose()
    found = {}
    for rule in circular.rules if circular is not None else ():
        for exception in rule.exceptions:
            found[f"sauf si {exception.text}"] = f"si {prose.clause(exception.condition)}"
    return found


def _findings(
    decision: rt.Decision,
    labels: Mapping[str, str],
    unknown: Mapping[str, tuple[str, ...]],
    exceptions: Mapping[str, str],
) -> list[str]:
    if not decision.findings:
        return ["Toutes les règles applicables sont respectées.", ""]
    lines = ["Constats :"]
    for finding in decision.findings:
        mark = OUTCOME_MARKS[finding.outcome]
        how = (
            finding.severity if finding.outcome is rt.Outcome.NOTICE else f"{finding.severity}, {finding.outcome.value}"
        )
        lines.append(f"  {mark} {_safe(finding.rule.title)} — {how}")
        lines += [f"      {_safe(text)}" for text in _explanation(finding, labels, unknown.get(finding.rule.name))]
        if finding.exception:
            lines.append(f"      exception appliquée : {_safe(exceptions.get(finding.exception, _EXCEPTION))}")
        for citation in finding.rule.citations:
            quote = excerpt_plain(" ".join(citation.quote.split()))
            lines.append(f"      cite {_safe(citation.source)}:{citation.line} : « {_safe(quote)} »")
    lines.append("")
    return lines


def _explanation(finding: rt.Finding, labels: Mapping[str, str], quoted: tuple[str, ...] | None) -> list[str]:
    """The message, unless it would show unknown values (« au plus inconnu trimestres »): then
    what is still to be known."""
    unknown = [name for name, value in finding.values if value is None] + list(quoted or ())
    if finding.outcome is rt.Outcome.UNDECIDED or (
        finding.outcome is rt.Outcome.NOTICE and (unknown or quoted is not None)
    ):
        needed = [labels[name] for name in dict.fromkeys((*finding.missing, *unknown)) if name in labels]
        if needed:
            return [f"à préciser : {' ; '.join(needed)}"]
        return ["à préciser : des informations manquent pour en décider"]
    return [finding.message]


def _missing(decision: rt.Decision) -> list[str]:
    if not decision.missing_facts:
        return []
    titles = {f.rule.name: f.rule.title for f in decision.findings}
    lines = ["Informations manquantes (la plus décisive d'abord) :"]
    for fact in decision.missing_facts:
        rules = list(dict.fromkeys(titles.get(name, name) for name in fact.rules))
        effect = "" if fact.blocking else " ; sans effet sur la recevabilité"
        lines.append(f"  - {_safe(fact.label)} (nécessaire à : {_safe(' ; '.join(rules))}{effect})")
    lines.append("")
    return lines


def _from_checklist(circular: m.Circular, decision: rt.Decision, facts: Mapping[str, object] | None) -> list[str]:
    from circdsl.checklist import build_checklist

    checklist = build_checklist(circular, decision, facts)
    lines = ["Pièces :"] if checklist.items else []
    for item in checklist.items:
        flags = " [médicale, confidentielle]" if item.medical else " [confidentielle]" if item.confidential else ""
        lines.append(f"  [ ] {_safe(item.label)} — {_safe(item.status)}{flags}")
        lines += [f"      {_safe(text)}" for text in (*item.deliveries, *item.guidance)]
    lines += [""] if checklist.items else []
    lines += [f"{_safe(d.title)} — {_safe(d.when)}" for d in checklist.deadlines]
    for submission in checklist.submissions:
        where = f" ({submission.address})" if submission.address else ""
        lines.append(_safe(f"{words.titled('Dépôt', submission.label)}{where}"))
    for opinion in checklist.opinions:
        by = f" — à demander à : {opinion.given_by}" if opinion.given_by else ""
        lines.append(_safe(f"Avis {opinion.requirement} : {opinion.label}{by}"))
    return lines


def _checklist(decision: rt.Decision) -> list[str]:
    if not decision.checklist:
        return []
    lines = ["Pièces :"]
    for item in decision.checklist:
        status = item.status.replace(" si …", ", sous une condition encore à préciser")
        flags = " [médicale, confidentielle]" if item.medical else " [confidentielle]" if item.confidential else ""
        lines.append(f"  [ ] {_safe(item.label)} — {_safe(status)}{flags}")
        for delivery in item.deliveries:
            condition = "une condition encore à préciser est remplie" if delivery.condition else None
            route = fd.route_of_decision(delivery, condition)
            lines.append(f"      {_safe(fd.instruction(route))}")
            if item.medical:
                lines.append(f"      {_safe(fd.medical_guidance(route))}")
    lines.append("")
    return lines


def _calendar_and_routing(decision: rt.Decision) -> list[str]:
    lines = []
    for deadline in decision.deadlines:
        if deadline.date is None:  # without the circular, what the date bounds is not known: said neutrally
            when = "date à calculer d'après votre situation"
        else:
            day = words.long_date(deadline.date) + (f" à {deadline.time}" if deadline.time else "")
            if deadline.opening:
                when = f"à partir du {day}"
            else:
                when = f"le {day} ({'date incluse' if deadline.inclusive else 'date exclue'})"
        lines.append(_safe(f"Échéance : {deadline.label} — {when}"))
    for submission in decision.submissions:
        where = f" ({submission.address})" if submission.address else ""
        lines.append(_safe(f"{words.titled('Dépôt', submission.label)}{where}"))
    for opinion in decision.opinions:
        by = f" — à demander à : {opinion.given_by.label}" if opinion.given_by else ""
        lines.append(_safe(f"Avis {opinion.requirement} : {opinion.label}{by}"))
    return lines
