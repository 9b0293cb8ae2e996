"""Show a decision to a person, in French plain text."""

from __future__ import annotations

from circdsl import runtime as rt
from circdsl.dates import long_french_date
from circdsl.words import CHANNEL_PHRASES

OUTCOME_MARKS = {
    rt.Outcome.VIOLATED: "✗",
    rt.Outcome.UNDECIDED: "?",
    rt.Outcome.WAIVED: "~",
    rt.Outcome.NOTICE: "i",
    rt.Outcome.CONFLICT: "!",
}


def delivery_text(delivery: rt.Delivery) -> str:
    """« par voie postale sous pli confidentiel à : SMFP (via …) — si … »."""
    recipients = [r.label for r in delivery.recipients]
    if delivery.undetermined:
        recipients.append(f"destinataire à déterminer ({delivery.undetermined})")
    sealed = " sous pli confidentiel" if delivery.sealed else ""
    text = f"{CHANNEL_PHRASES.get(delivery.channel, delivery.channel)}{sealed} à : {', '.join(recipients)}"
    if delivery.via:
        text += f" (par l'intermédiaire de : {', '.join(r.label for r in delivery.via)})"
    if delivery.condition:
        text += f" — si {delivery.condition}"
    return text


def render_decision(decision: rt.Decision) -> str:
    """The decision as a readable French report."""
    c = decision.circular
    lines = [
        f"{c.title}" + (f" — {c.authority}" if c.authority else ""),
        f"Décision : {decision.status.value.upper()}",
        "",
    ]
    lines += _findings(decision)
    lines += _missing(decision)
    lines += _checklist(decision)
    lines += _calendar_and_routing(decision)
    return "\n".join(lines).rstrip() + "\n"


def _findings(decision: rt.Decision) -> list[str]:
    if not decision.findings:
        return ["Toutes les règles applicables sont respectées.", ""]
    lines = ["Constats :"]
    for finding in decision.findings:
        mark = OUTCOME_MARKS[finding.outcome]
        lines.append(f"  {mark} [{finding.severity}] {finding.rule.name} ({finding.outcome.value}) : {finding.message}")
        if finding.exception:
            lines.append(f"      exception appliquée : {finding.exception}")
        for citation in finding.rule.citations:
            lines.append(f"      cite {citation.source}:{citation.line} : « {citation.quote} »")
    lines.append("")
    return lines


def _missing(decision: rt.Decision) -> list[str]:
    if not decision.missing_facts:
        return []
    lines = ["Informations manquantes (la plus décisive d'abord) :"]
    for fact in decision.missing_facts:
        lines.append(
            f"  - {fact.name} : {fact.label} (nécessaire à {len(fact.rules)} règle(s) : {', '.join(fact.rules)})"
        )
    lines.append("")
    return lines


def _checklist(decision: rt.Decision) -> list[str]:
    if not decision.checklist:
        return []
    lines = ["Pièces :"]
    for item in decision.checklist:
        status = item.status.replace("…", item.condition or "…")
        flags = " [médicale, confidentielle]" if item.medical else " [confidentielle]" if item.confidential else ""
        lines.append(f"  [ ] {item.label} — {status}{flags}")
        for delivery in item.deliveries:
            lines.append(f"      à transmettre {delivery_text(delivery)}")
    lines.append("")
    return lines


def _calendar_and_routing(decision: rt.Decision) -> list[str]:
    lines = []
    for deadline in decision.deadlines:
        bound = "inclus" if deadline.inclusive else "exclu"
        when = long_french_date(deadline.date) if deadline.date else f"{deadline.relative} (date à calculer)"
        lines.append(f"Échéance : {deadline.label} — {when} ({bound})")
    for submission in decision.submissions:
        where = f" ({submission.address})" if submission.address else ""
        lines.append(f"Dépôt : {submission.label}{where}")
    for opinion in decision.opinions:
        by = f" — {opinion.given_by.label}" if opinion.given_by else ""
        lines.append(f"Avis {opinion.requirement} : {opinion.label}{by}")
    return lines
