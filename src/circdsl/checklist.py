"""Personal checklist stage: what one applicant must provide, where, how and by when.

Built from the Decision of the circular's generated validator (so conditional
documents, recipients and deadlines are resolved exactly as the validator
resolves them) and from the checked model, in the words of `circdsl.french`:
a condition still open is shown simplified against the facts already known,
deliveries follow their channel, deadlines their use. Rendered as Markdown or
as a printable HTML page (with the applicant's calendar embedded as a
download). The situation itself is never written into the checklist, only
what follows from it.
"""

from __future__ import annotations

import base64
import types
from collections.abc import Mapping
from dataclasses import dataclass

import markupsafe

from circdsl import model as m
from circdsl import runtime as rt
from circdsl.escape import excerpt_html, excerpt_plain
from circdsl.french import deliveries as fd
from circdsl.french import words
from circdsl.french.conditions import Prose
from circdsl.french.deadlines import DeadlineWording, Role
from circdsl.french.residual import Known
from circdsl.rendering import template_environment

CALENDAR_FILE = "mes-echeances.ics"


@dataclass(frozen=True)
class Item:
    """One document to provide."""

    name: str
    label: str
    status: str  # « à fournir (obligatoire) », « à fournir si … », ...
    required: bool  # mandatory for this applicant
    conditional: bool  # depends on an information still unknown
    medical: bool
    confidential: bool
    deliveries: tuple[str, ...]  # « À envoyer par voie postale, sous pli confidentiel, à : … »
    addresses: tuple[str, ...]  # postal addresses of the first hand that receives it
    guidance: tuple[str, ...]  # what to do with a medical document, per way of sending
    detail: str | None
    citations: tuple[rt.Citation, ...]


@dataclass(frozen=True)
class Dated:
    title: str  # « Date limite de dépôt… », « Pas avant : … »
    when: str
    link: str | None = None


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
    calendar: bytes | None = None  # the applicant's calendar (iCalendar), offered by the HTML page


def known_facts(validator: types.ModuleType, situation: object) -> dict[str, object]:
    """The facts of a situation as the validator reads them (dates, decimals, sets), by fact name;
    raises SituationError as `evaluate` does."""
    facts = rt.validate(validator.Facts, situation)
    return dict(facts.model_dump(by_alias=True, exclude_none=True))


def for_situation(circular: m.Circular, validator: types.ModuleType, situation: object) -> Checklist:
    """The checklist of one situation, with its calendar for the HTML page."""
    from circdsl.calendar_ics import personal_calendar

    decision = validator.evaluate(situation)
    facts = known_facts(validator, situation)
    return build_checklist(circular, decision, facts, personal_calendar(circular, decision, facts))


def build_checklist(
    circular: m.Circular,
    decision: rt.Decision,
    facts: Mapping[str, object] | None = None,
    calendar: bytes | None = None,
) -> Checklist:
    """The checklist of one applicant, from the validator's decision, the model and the facts
    known (by fact name: conditions still open are shown without what they already settle)."""
    builder = _Builder(circular, decision, Known.of(facts or {}, decision))
    info = decision.circular
    return Checklist(
        title=info.title,
        authority=info.authority,
        reference=info.reference,
        school_year=info.school_year,
        status=words.STATUS_TEXT.get(decision.status, decision.status.value),
        missing=tuple(fact.label for fact in decision.missing_facts),
        items=tuple(builder.item(entry) for entry in decision.checklist),
        submissions=tuple(builder.submission(s) for s in decision.submissions),
        deadlines=builder.deadlines(),
        events=tuple(_event(e) for e in circular.events),
        opinions=tuple(_opinion(o) for o in decision.opinions),
        calendar=calendar,
    )


class _Builder:
    def __init__(self, circular: m.Circular, decision: rt.Decision, known: Known) -> None:
        self.circular = circular
        self.decision = decision
        self.known = known
        self.prose = Prose()
        self.documents = {d.name: d for d in circular.documents}

    def open_condition(self, expr: m.Expr | None, fallback: str | None) -> str | None:
        """What is left to know of a condition the validator left undecided, in French."""
        if expr is None:
            return fallback
        residual = self.known.residual(expr)
        if isinstance(residual, bool):  # the validator knows better: show the whole condition
            return self.prose.clause(expr)
        return self.prose.clause(residual)

    def item(self, entry: rt.ChecklistItem) -> Item:
        document = self.documents.get(entry.document)
        conditional = entry.condition is not None or entry.status.endswith("…")
        required = entry.status.startswith("à fournir")
        if conditional:
            condition = self.open_condition(document.condition if document else None, "une condition est remplie")
            status = f"{'à fournir' if required else 'facultative'} si {condition}"
        elif required:
            status = "à fournir (obligatoire)"
        else:
            status = "facultative : vous êtes invité(e) à la fournir"
        declared = document.deliveries if document is not None else ()
        routes = [self.route(d, declared) for d in entry.deliveries]
        return Item(
            name=entry.document,
            label=entry.label,
            status=status,
            required=required and not conditional,
            conditional=conditional,
            medical=entry.medical,
            confidential=entry.confidential or entry.medical,
            deliveries=tuple(fd.instruction(r) for r in routes),
            addresses=_addresses(entry.deliveries),
            guidance=fd.medical_guidance_all(routes) if entry.medical else (),
            detail=entry.detail,
            citations=entry.citations,
        )

    def route(self, delivery: rt.Delivery, declared: tuple[m.Delivery, ...]) -> fd.Route:
        """A resolved delivery; its condition, when still open, and its routing tables said from the model."""
        match = _declaration(delivery, declared)
        condition = None
        if delivery.condition:
            condition = self.open_condition(match.condition if match else None, "une condition est remplie")
        return fd.route_of_decision(delivery, condition, match)

    def submission(self, submission: rt.SubmissionInfo) -> Submission:
        declared = tuple(d for r in self.circular.requests if r.label == submission.label for d in r.deliveries)
        routes = [self.route(d, declared) for d in submission.deliveries]
        return Submission(submission.label, tuple(fd.instruction(r) for r in routes), submission.address)

    def deadlines(self) -> tuple[Dated, ...]:
        """The applicant's deadlines, by use; a window's two ends once."""
        wording = DeadlineWording(self.circular, self.prose)
        model = {d.name: d for d in self.circular.deadlines}
        dates = {d.name: d.date for d in self.decision.deadlines}
        found: dict[str, Dated] = {}
        for info in self.decision.deadlines:
            deadline = model.get(info.name)
            if deadline is None:
                continue
            use = wording.use(deadline)
            label = info.label
            if use.role is Role.WINDOW and use.window and all(end.name in dates for end in use.window):
                label = window_label(*use.window)
            when = wording.when(deadline, dates, long=True)
            if info.date is None and deadline.relative is not None:
                when += " (à calculer dès que cette date sera connue)"
            condition = deadline.condition
            if condition is not None and self.known.residual(condition) is not True:
                when = f"si {self.open_condition(condition, None)} : {when}"
            found.setdefault(f"{label}\n{when}", Dated(wording.titled(deadline, label), when))
        return tuple(found.values())


def _declaration(delivery: rt.Delivery, declared: tuple[m.Delivery, ...]) -> m.Delivery | None:
    """The model's delivery a resolved one comes from: same channel and cover, same recipients' kind."""
    for candidate in declared:
        if candidate.channel != delivery.channel or candidate.sealed != delivery.sealed:
            continue
        if delivery.condition and candidate.condition_text != delivery.condition:
            continue
        if delivery.undetermined and not candidate.routed_by:
            continue
        fixed = {s.name for s in candidate.recipients}
        if fixed <= {r.name for r in delivery.recipients} or candidate.routed_by:
            return candidate
    return None


def window_label(floor: m.Deadline, limit: m.Deadline) -> str:
    """One label for the two ends of a window: what their labels share before a colon
    (« Trois ans de l'enfant : réintégration… »), or both labels."""
    a, b = floor.label, limit.label
    common = 0
    while common < min(len(a), len(b)) and a[common] == b[common]:
        common += 1
    shared = a[:common]
    if common < len(a) and " : " in shared:
        return shared.rsplit(" ", 1)[0].strip(" :,;–—-")
    return a if a == b else f"{a} / {b}"


def _addresses(deliveries: tuple[rt.Delivery, ...]) -> tuple[str, ...]:
    """Postal addresses of whoever receives the envelope first: the first intermediary, or the recipients."""
    found: dict[str, str] = {}
    for delivery in deliveries:
        if delivery.channel == fd.POST:
            for recipient in delivery.via[:1] or delivery.recipients:
                if recipient.address:
                    found.setdefault(recipient.name, recipient.address)
    return tuple(found.values())


def _event(event: m.Event) -> Dated:
    when = words.long_date(event.date)
    if event.start and event.end:
        when += f", de {event.start} à {event.end}"
    elif event.start:
        when += f", à {event.start}"
    if event.place:
        when += f", {event.place}"
    return Dated(event.label, when, event.link)


def _opinion(opinion: rt.OpinionInfo) -> Opinion:
    return Opinion(opinion.label, opinion.requirement, opinion.given_by.label if opinion.given_by else None)


# ---------------------------------------------------------------- rendering


def render_markdown(checklist: Checklist) -> str:
    template = template_environment(html=False).get_template("checklist.md.j2")
    return template.render(k=checklist, quote=excerpt_plain)  # read as text too: no HTML in it


def render_html(checklist: Checklist) -> str:
    calendar = None
    if checklist.calendar:
        calendar = "data:text/calendar;charset=utf-8;base64," + base64.b64encode(checklist.calendar).decode("ascii")
    template = template_environment(html=True).get_template("checklist.html.j2")
    return template.render(
        k=checklist,
        quote=lambda text: markupsafe.Markup(excerpt_html(text)),
        calendar=markupsafe.Markup(calendar) if calendar else None,
        calendar_file=CALENDAR_FILE,
    )
