"""Personal checklist stage: what one applicant must provide, where, how and by when.

Built from the Decision of the circular's generated validator (so conditional
documents are resolved exactly as the validator resolves them) and from the
checked model (conditions in plain French, events). Rendered as Markdown or
as a printable HTML page through the jinja2 templates. The situation itself
is never written into the checklist, only what follows from it.
"""

from __future__ import annotations

from dataclasses import dataclass

from circdsl import model as m
from circdsl import runtime as rt
from circdsl.dates import long_french_date
from circdsl.emit_docs import CHANNEL_TEXT, template_environment
from circdsl.prose import Prose, join_alternatives

STATUS_TEXT = {
    rt.Status.ADMISSIBLE: "recevable",
    rt.Status.ADMISSIBLE_WITH_RESERVATIONS: "recevable avec réserves",
    rt.Status.NOT_ADMISSIBLE: "irrecevable",
    rt.Status.INCOMPLETE: "incomplète : des informations manquent",
}


@dataclass(frozen=True)
class Item:
    """One document to provide."""

    name: str
    label: str
    status: str  # in French: « à fournir (obligatoire) », « à fournir si … », ...
    required: bool  # mandatory for this applicant
    conditional: bool  # depends on an information still unknown
    medical: bool
    confidential: bool
    deliveries: tuple[str, ...]  # « par voie postale sous pli confidentiel à : … »
    addresses: tuple[str, ...]  # postal addresses of the recipients
    envelope: str | None  # the confidential-envelope instructions of a medical document
    detail: str | None
    citations: tuple[rt.Citation, ...]


@dataclass(frozen=True)
class Dated:
    label: str
    when: str


@dataclass(frozen=True)
class Opinion:
    label: str
    requirement: str
    given_by: str | None


@dataclass(frozen=True)
class Submission:
    label: str
    deliveries: tuple[str, ...]
    address: str | None


@dataclass(frozen=True)
class Checklist:
    """Everything one applicant needs, in French."""

    title: str
    authority: str | None
    reference: str | None
    school_year: str | None
    status: str
    missing: tuple[str, ...]  # labels of the unknown facts that matter most
    items: tuple[Item, ...]
    submissions: tuple[Submission, ...]
    deadlines: tuple[Dated, ...]
    events: tuple[Dated, ...]
    opinions: tuple[Opinion, ...]


def build_checklist(circular: m.Circular, decision: rt.Decision) -> Checklist:
    """The checklist of one applicant, from the validator's decision and the model."""
    prose = Prose()
    documents = {d.name: d for d in circular.documents}
    deadlines = {d.name: d for d in circular.deadlines}
    info = decision.circular
    return Checklist(
        title=info.title,
        authority=info.authority,
        reference=info.reference,
        school_year=info.school_year,
        status=STATUS_TEXT.get(decision.status, decision.status.value),
        missing=tuple(fact.label for fact in decision.missing_facts),
        items=tuple(_item(entry, documents.get(entry.document), prose) for entry in decision.checklist),
        submissions=tuple(_submission(s, circular, prose) for s in decision.submissions),
        deadlines=tuple(_deadline(d, deadlines.get(d.name), prose) for d in decision.deadlines),
        events=tuple(_event(e) for e in circular.events),
        opinions=tuple(_opinion(o) for o in decision.opinions),
    )


def _item(entry: rt.ChecklistItem, document: m.Document | None, prose: Prose) -> Item:
    conditional = entry.condition is not None or entry.status.endswith("…")
    condition = None
    if conditional:
        condition = prose.condition(document.condition) if document and document.condition else entry.condition
    required = entry.status.startswith("à fournir")
    if conditional:
        status = f"{'à fournir' if required else 'facultative'}, si {condition or 'la condition est remplie'}"
    elif required:
        status = "à fournir (obligatoire)"
    else:
        status = "facultative : vous êtes invité(e) à la fournir"
    declared = document.deliveries if document is not None else ()
    deliveries = tuple(_delivery(d, declared, prose) for d in entry.deliveries)
    return Item(
        name=entry.document,
        label=entry.label,
        status=status,
        required=required and not conditional,
        conditional=conditional,
        medical=entry.medical,
        confidential=entry.confidential or entry.medical,
        deliveries=deliveries,
        addresses=_addresses(entry.deliveries),
        envelope=_envelope(entry) if entry.medical else None,
        detail=entry.detail,
        citations=entry.citations,
    )


def _delivery(delivery: rt.Delivery, declared: tuple[m.Delivery, ...], prose: Prose) -> str:
    """« par voie postale sous pli confidentiel à : … », with what is still undetermined."""
    text = CHANNEL_TEXT.get(delivery.channel, delivery.channel)
    if delivery.sealed:
        text += " sous pli confidentiel"
    via = [r.label for r in getattr(delivery, "via", ())]
    if via:
        text += f", par l'intermédiaire de : {join_alternatives(via, 'puis')},"
    recipients = [r.label for r in delivery.recipients]
    undetermined = getattr(delivery, "undetermined", None)
    if undetermined:
        recipients.append(f"destinataire à préciser ({undetermined})")
    text += f" à : {join_alternatives(recipients, 'et') or 'destinataire à préciser'}"
    condition = getattr(delivery, "condition", None)
    if condition:
        text += f", si {_condition_text(condition, declared, prose)}"
    return text


def _condition_text(written: str, declared: tuple[m.Delivery, ...], prose: Prose) -> str:
    """The plain French of a delivery condition, found through the text the editor wrote."""
    for delivery in declared:
        expr = getattr(delivery, "condition", None)
        if expr is not None and getattr(delivery, "condition_text", None) == written:
            return prose.condition(expr)
    return written


def _addresses(deliveries: tuple[rt.Delivery, ...]) -> tuple[str, ...]:
    found: dict[str, str] = {}
    for delivery in deliveries:
        if delivery.channel == "voie postale":
            for recipient in delivery.recipients:
                if recipient.address:
                    found.setdefault(recipient.name, recipient.address)
    return tuple(found.values())


def _envelope(entry: rt.ChecklistItem) -> str:
    medical = [r.label for d in entry.deliveries for r in d.recipients if r.medical]
    to = join_alternatives(dict.fromkeys(medical), "et") or "le service médical"
    return (
        "Pièce médicale, couverte par le secret médical : placez-la sous pli confidentiel "
        "(enveloppe fermée portant la mention « confidentiel »), adressée uniquement à : "
        f"{to}. Ne la joignez à aucun envoi destiné à un autre service."
    )


def _submission(submission: rt.SubmissionInfo, circular: m.Circular, prose: Prose) -> Submission:
    declared = tuple(d for r in circular.requests if r.label == submission.label for d in r.deliveries)
    deliveries = tuple(_delivery(d, declared, prose) for d in submission.deliveries)
    return Submission(submission.label, deliveries, submission.address)


def _deadline(deadline: rt.DeadlineInfo, declared: m.Deadline | None, prose: Prose) -> Dated:
    """The applicant's own date when the validator could compute it, else how it is computed."""
    bound = "inclus" if deadline.inclusive else "exclu : au plus tard la veille"
    if deadline.date is not None:
        return Dated(deadline.label, f"{long_french_date(deadline.date)} ({bound})")
    relative = getattr(declared, "relative", None)
    how = prose.relative_date(relative) if relative is not None else getattr(deadline, "relative", None)
    return Dated(deadline.label, f"{how or 'date à préciser'} ({bound}) : date à calculer d'après votre situation")


def _event(event: m.Event) -> Dated:
    when = long_french_date(event.date)
    if event.start and event.end:
        when += f", de {event.start} à {event.end}"
    elif event.start:
        when += f", à {event.start}"
    extra = [x for x in (event.place, event.link) if x]
    return Dated(event.label, when + (f" ({' ; '.join(extra)})" if extra else ""))


def _opinion(opinion: rt.OpinionInfo) -> Opinion:
    return Opinion(opinion.label, opinion.requirement, opinion.given_by.label if opinion.given_by else None)


# ---------------------------------------------------------------- rendering


def render_markdown(checklist: Checklist) -> str:
    return template_environment(autoescape=False).get_template("checklist.md.j2").render(k=checklist)


def render_html(checklist: Checklist) -> str:
    return template_environment(autoescape=True).get_template("checklist.html.j2").render(k=checklist)
