"""What the page of one circular says, ready for its template.

Every method returns either plain French (the template escapes it) or
`escape.Markdown` built from escaped parts (links, quotes, tables, the circuit
drawing). The wording comes from `circdsl.french`, shared with the checklists,
the text report and the calendars.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from circdsl import model as m
from circdsl.diagram import circuit_svg
from circdsl.escape import Markdown, excerpt_markdown, markdown, markdown_link, markdown_url
from circdsl.french import deliveries as fd
from circdsl.french import words
from circdsl.french.conditions import Prose, cell_text, constant, output_text
from circdsl.french.deadlines import DeadlineWording
from circdsl.slugs import ascii_identifier

SEVERITY_TEXT = {
    "bloquante": "Condition bloquante",
    "avertissement": "Point de vigilance",
    "information": "Information",
}
CONSEQUENCE_TEXT = {
    "bloquante": "Si elle n'est pas remplie, la demande est irrecevable.",
    "avertissement": "Si elle n'est pas remplie, la demande reste recevable, avec réserves.",
}
EXCEPTION_TEXT = {
    "avertissement": "la règle ne donne plus qu'un avertissement (demande recevable avec réserves)",
    "information": "la règle ne donne plus qu'une information",
    "levée": "la règle est levée",
}
CASE_STATUS = {
    "recevable": "recevable",
    "recevable avec réserves": "recevable avec réserves",
    "irrecevable": "irrecevable",
    "incomplet": "incomplète (informations manquantes)",
}
# Sections of rules, by severity and meaning: (title, introduction).
SECTIONS = {
    "public": ("Qui est concerné", "Les personnels qui peuvent demander le dispositif."),
    "condition": ("Conditions", "Ce que la demande doit respecter ; sinon, elle est irrecevable."),
    "incompatibility": (
        "Incompatibilités et non-cumuls",
        "Situations dans lesquelles le dispositif ne peut pas être accordé.",
    ),
    "deadline": ("Délais", "Les dates à respecter, et leurs exceptions."),
    "vigilance": (
        "Points de vigilance",
        "Ce qui est vérifié sans rendre la demande irrecevable : si un point n'est pas respecté, "
        "la demande reste recevable, avec réserves.",
    ),
    "information": ("À savoir", "Informations données aux demandeurs."),
}
NOT_GIVEN = "non renseignée"  # a fact left unknown in an example case


class Anchors:
    """The element ids of a page's rules, tables and documents: `regle-delai`, safe as is in Markdown
    (ASCII letters, digits, `_` and `-`), distinct within the page. Names that differ only by accents
    or case (`délai`, `Delai`) share a form: the later declaration is numbered (`regle-delai-2`)."""

    KINDS = (("regle", "rules"), ("table", "tables"), ("piece", "documents"))

    def __init__(self, circular: m.Circular) -> None:
        self._ids: dict[tuple[str, str], Markdown] = {}
        taken: set[str] = set()
        for prefix, field in self.KINDS:
            for declaration in getattr(circular, field):
                base = f"{prefix}-{ascii_identifier(declaration.name).lower()}"
                found, number = base, 2
                while found in taken:  # `-` never occurs in a name's form: a numbered id is no other's
                    found, number = f"{base}-{number}", number + 1
                taken.add(found)
                self._ids[(prefix, declaration.name)] = Markdown(found)

    def __call__(self, prefix: str, name: str) -> Markdown:
        return self._ids.get((prefix, name)) or Markdown(f"{prefix}-{ascii_identifier(name).lower()}")


@dataclass(frozen=True)
class RuleView:
    anchor: Markdown
    title: str
    severity: str
    applies: str | None
    requires: str | None
    consequence: str | None
    message: Markdown | None
    exceptions: tuple[str, ...]
    citations: tuple[Markdown, ...]


@dataclass(frozen=True)
class RuleSection:
    title: str
    intro: str
    rules: tuple[RuleView, ...]


@dataclass(frozen=True)
class CalendarRow:
    sort_key: tuple[datetime.date, int, int]
    when: str
    what: str
    details: Markdown
    citations: Markdown


@dataclass(frozen=True)
class DocumentView:
    anchor: Markdown
    label: str
    status: str
    confidentiality: str
    transmissions: tuple[str, ...]
    addresses: tuple[Markdown, ...]
    detail: str | None
    medical: tuple[str, ...]  # guidance per way of sending
    confidential: bool
    citations: tuple[Markdown, ...]
    origin: Markdown | None = None  # the shared data file that defines it, if not the circular's


class CircularPage:
    """The page of one circular: the model, in French, ready to be escaped by the template."""

    def __init__(self, circular: m.Circular, sources: frozenset[str], source_page: Any) -> None:
        self.c = circular
        self.sources = sources
        self.source_page = source_page  # source path -> page path (emit_docs.source_page)
        self.prose = Prose()
        self.deadlines = DeadlineWording(circular, self.prose)
        self.anchor = Anchors(circular)

    # --- citations and links

    def cite_link(self, citation: m.Citation) -> Markdown:
        """[texte source, ligne 72](sources/x.md#L72), or the plain line if the source has no page."""
        if citation.source in self.sources:
            return Markdown(
                f"[texte source, ligne {citation.line}]({self.source_page(citation.source)}#L{citation.line})"
            )
        return Markdown(f"texte source, ligne {citation.line}")

    def quote(self, citation: m.Citation) -> Markdown:
        return Markdown(f"« {excerpt_markdown(citation.quote)} » — {self.cite_link(citation)}")

    def quotes(self, citations: Iterable[m.Citation]) -> tuple[Markdown, ...]:
        return tuple(self.quote(c) for c in citations)

    def cite_cell(self, citations: Iterable[m.Citation]) -> Markdown:
        return Markdown(" ; ".join(self.cite_link(c) for c in citations) or "—")

    def source_link(self) -> str | None:
        return self.source_page(self.c.source) if self.c.source and self.c.source in self.sources else None

    # --- header

    def header(self, dispositif: str) -> list[tuple[str, Markdown]]:
        c = self.c
        rows = [
            ("Autorité", c.authority),
            ("Référence", c.reference),
            ("Date", words.date(c.issued) if c.issued else None),
            ("Année scolaire", c.school_year),
            ("Dispositif", dispositif),
            ("Remplace", c.replaces),
        ]
        found = [(label, markdown(value)) for label, value in rows if value]
        link = self.source_link()
        if link:
            found.append(("Texte source", Markdown(f"[texte intégral de la circulaire]({link})")))
        shared = self.shared_files()
        if shared:
            found.append(("Données partagées", Markdown(", ".join(shared))))
        found.append(("Fichier", Markdown(f"<code>{markdown(c.file)}</code>")))
        return found

    # --- shared data (« données » files imported with « utilise »)

    def origin(self, declaration: m.Declaration) -> Markdown | None:
        """The shared data file a service, table or piece comes from, or None if the circular declares it."""
        file = declaration.span.file
        return Markdown(f"<code>{markdown(file)}</code>") if file and file != self.c.file else None

    def shared_files(self) -> list[Markdown]:
        """The shared data files whose services, tables or pieces the circular uses."""
        declarations: list[m.Declaration] = [*self.c.services, *self.c.tables, *self.c.documents]
        found = {origin for declaration in declarations if (origin := self.origin(declaration)) is not None}
        return sorted(found)

    def brief(self) -> list[Markdown]:
        """The « En bref » box: deadlines, how to apply, how many documents."""
        items = [
            Markdown(f"**{markdown(d.label)}** : {markdown(self.deadline_when(d), leading=False)}")
            for d in self.c.deadlines
        ]
        for request in self.c.requests:
            address = f" ({markdown_link(request.address, request.address)})" if request.address else ""
            label = request.label if words.titled("Demande", request.label) == request.label else None
            if label:
                items.append(Markdown(f"**{markdown(label)}**{address}"))
            else:
                items.append(Markdown(f"**Demande** : {markdown(request.label, leading=False)}{address}"))
        if self.c.documents:
            required = sum(1 for d in self.c.documents if d.requirement == "obligatoire")
            total = words.count(len(self.c.documents), "pièce")
            items.append(
                Markdown(
                    f"**Pièces** : {total}, dont {required} obligatoire{'s' if required > 1 else ''} "
                    "— voir [Pièces à fournir](#pieces-a-fournir)"
                )
            )
        return items

    def deadline_when(self, deadline: m.Deadline) -> str:
        text = self.deadlines.when(deadline)
        if deadline.condition is not None:
            text += f", pour les demandes où {self.prose.clause(deadline.condition)}"
        return text

    # --- rules

    def rule_sections(self) -> list[RuleSection]:
        groups: dict[str, list[RuleView]] = {key: [] for key in SECTIONS}
        public = public_facts(self.c.rules)
        for rule in self.c.rules:
            groups[rule_kind(rule, public)].append(self._rule(rule))
        return [RuleSection(*SECTIONS[key], tuple(views)) for key, views in groups.items() if views]

    def _rule(self, rule: m.Rule) -> RuleView:
        requires = self.prose.condition(rule.requires) if rule.requires is not None else None
        return RuleView(
            anchor=self.anchor("regle", rule.name),
            title=rule.title,
            severity=SEVERITY_TEXT.get(rule.severity, rule.severity),
            applies=self.prose.condition(rule.applies) if rule.applies is not None else None,
            requires=requires,
            consequence=CONSEQUENCE_TEXT.get(rule.severity) if requires is not None else None,
            message=self.message(rule) if requires is None else None,
            exceptions=tuple(
                f"si {self.prose.clause(x.condition)}, {EXCEPTION_TEXT.get(x.outcome, x.outcome)}"
                for x in rule.exceptions
            ),
            citations=self.quotes(rule.citations),
        )

    def message(self, rule: m.Rule) -> Markdown:
        """A notice as the applicant reads it; a value it quotes, which depends on the situation,
        is shown as a slot: its label in italics, between brackets."""
        parts: list[str] = []
        for index, part in enumerate(rule.message):
            if isinstance(part, str):
                parts.append(markdown(part, leading=index == 0, strip=False))
            else:
                parts.append(f"\\[*{markdown(self.prose.placeholder(part), leading=False)}*\\]")
        return Markdown("".join(parts).strip())

    # --- quantities and tables

    def value_rows(self) -> list[tuple[str, str, str, Markdown]]:
        rounding = {"centime": "au centime", "unité": "à l'unité"}
        return [
            (v.label, self.prose.value(v.expr), rounding.get(v.rounding or "", "—"), self.cite_cell(v.citations))
            for v in self.c.values
        ]

    def table_anchor(self, table: m.Table) -> Markdown:
        return self.anchor("table", table.name)

    def table_markdown(self, table: m.Table) -> Markdown:
        """A decision table as a Markdown table: inputs then output columns, one row per line."""
        header = [self.prose.value(e) for e in table.inputs] + [column.label for column in table.columns]
        rows = []
        for row in table.rows:
            cells = [cell_text(c, e) for c, e in zip(row.cells, table.inputs, strict=False)]
            cells += ["tout"] * (len(table.inputs) - len(cells))
            rows.append(cells + [output_text(v, col) for v, col in zip(row.outputs, table.columns, strict=False)])
        if table.default is not None:
            outputs = [output_text(v, col) for v, col in zip(table.default.outputs, table.columns, strict=False)]
            rows.append(["sinon"] + [""] * (len(table.inputs) - 1) + outputs)
        lines = [_row(header), "|" + "---|" * len(header)] + [_row(row) for row in rows]
        return Markdown("\n".join(lines))

    # --- calendar

    def calendar(self) -> list[CalendarRow]:
        rows = [self._deadline_row(i, d) for i, d in enumerate(self.c.deadlines)]
        rows += [self._event_row(i, e) for i, e in enumerate(self.c.events)]
        rows += [self._period_row(i, p) for i, p in enumerate(self.c.periods)]
        return sorted(rows, key=lambda r: r.sort_key)

    def _deadline_row(self, index: int, deadline: m.Deadline) -> CalendarRow:
        details = [self.deadlines.role_title(deadline).lower()]
        if deadline.condition is not None:
            details.append(f"pour les demandes où {self.prose.clause(deadline.condition)}")
        key = (deadline.date or datetime.date.max, 1, index)
        when = words.capitalized(self.deadlines.when(deadline, long=True))
        return CalendarRow(key, when, deadline.label, markdown(" ; ".join(details)), self.cite_cell(deadline.citations))

    def _event_row(self, index: int, event: m.Event) -> CalendarRow:
        details: list[str] = []
        if event.place:
            details.append(f"lieu : {markdown(event.place, leading=False)}")
        if event.link:
            details.append(f"lien : {markdown_link(event.link, event.link)}")
        return CalendarRow(
            (event.date, 0, index),
            event_when(event),
            event.label,
            Markdown(" ; ".join(details) or "—"),
            self.cite_cell(event.citations),
        )

    def _period_row(self, index: int, period: m.Period) -> CalendarRow:
        when = f"Du {words.long_date(period.start)} au {words.long_date(period.end)}"
        return CalendarRow(
            (period.start, 2, index),
            when,
            period.label,
            Markdown("période, dates incluses"),
            self.cite_cell(period.citations),
        )

    # --- documents, routing and opinions

    def documents(self) -> list[DocumentView]:
        return [self._document(d) for d in self.c.documents]

    def _document(self, document: m.Document) -> DocumentView:
        routes = [self.route(d) for d in document.deliveries]
        return DocumentView(
            anchor=self.anchor("piece", document.name),
            label=document.label,
            status=self.when_required(document),
            confidentiality="pièce médicale, confidentielle"
            if document.medical
            else "confidentielle"
            if document.confidential
            else "—",
            transmissions=tuple(fd.description(r) for r in routes),
            addresses=self.addresses(document.deliveries),
            detail=document.detail,
            medical=fd.medical_guidance_all(routes) if document.medical else (),
            confidential=document.confidential and not document.medical,
            citations=self.quotes(document.citations),
            origin=self.origin(document),
        )

    def route(self, delivery: m.Delivery) -> fd.Route:
        condition = self.prose.clause(delivery.condition) if delivery.condition is not None else None
        return fd.route_of_model(delivery, condition)

    def when_required(self, document: m.Document) -> str:
        word = "obligatoire" if document.requirement == "obligatoire" else "facultative"
        if document.condition is None:
            return word
        return f"{word} si {self.prose.clause(document.condition)}"

    def addresses(self, deliveries: Iterable[m.Delivery]) -> tuple[Markdown, ...]:
        """Postal addresses of the recipients of postal deliveries (intermediaries first)."""
        found: dict[str, Markdown] = {}
        for delivery in deliveries:
            if delivery.channel == fd.POST:
                for service in (*delivery.via[:1], *(() if delivery.via else delivery.recipients)):
                    if service.address:
                        found.setdefault(service.name, address_markdown(service.address))
        return tuple(found.values())

    def requests(self) -> list[tuple[str, tuple[str, ...], Markdown | None, tuple[Markdown, ...]]]:
        return [
            (
                words.titled("Dépôt", r.label),
                tuple(fd.description(self.route(d)) for d in r.deliveries),
                address_markdown(r.address) if r.address else None,
                self.quotes(r.citations),
            )
            for r in self.c.requests
        ]

    def opinion_rows(self) -> list[tuple[str, str, str, str, Markdown]]:
        return [
            (
                o.label,
                o.requirement,
                o.given_by.label if o.given_by else "—",
                "toujours" if o.condition is None else f"si {self.prose.clause(o.condition)}",
                self.cite_cell(o.citations),
            )
            for o in self.c.opinions
        ]

    def examinations(self) -> list[tuple[str, str, tuple[Markdown, ...]]]:
        found = []
        for examination in self.c.examinations:
            text = f"Examen par : {words.join((s.label for s in examination.by), 'et')}"
            if examination.condition is not None:
                text += f", si {self.prose.clause(examination.condition)}"
            found.append((words.titled("Examen", examination.label), text + ".", self.quotes(examination.citations)))
        return found

    def service_rows(self) -> list[tuple[str, str, Markdown, Markdown]]:
        return [
            (
                s.label,
                "oui" if s.medical else "non",
                address_markdown(s.address) if s.address else Markdown("—"),
                self._shared_cell(s),
            )
            for s in self.c.services
        ]

    def _shared_cell(self, service: m.Service) -> Markdown:
        """The « Source » cell of a service: its citations, and the shared file that defines it."""
        origin = self.origin(service)
        cited = self.cite_cell(service.citations) if service.citations or origin is None else None
        if origin is None:
            return cited or Markdown("—")
        where = f"défini dans {origin}" + ("" if cited else " (données partagées, sans texte source)")
        return Markdown(f"{cited} ; {where}" if cited else where)

    def circuit(self) -> Markdown:
        return Markdown(circuit_svg(self.c, ascii_identifier(self.c.name)))

    # --- example cases

    def case_facts(self, case: m.Case) -> list[tuple[str, str]]:
        facts = {f.name: f for f in (*self.c.all_facts, *self.c.facts)}
        return [(facts[n].label if n in facts else n, case_value(raw, facts.get(n))) for n, raw in case.facts]

    def case_outcome(self, case: m.Case) -> str:
        return CASE_STATUS.get(case.expectation.status, case.expectation.status)

    def rule_links(self, names: Iterable[str]) -> Markdown:
        titles = {r.name: r.title for r in self.c.rules}
        return Markdown(", ".join(f"[{markdown(titles.get(n, n))}](#{self.anchor('regle', n)})" for n in names))

    def fact_labels(self, names: Iterable[str]) -> str:
        facts = {f.name: f.label for f in (*self.c.all_facts, *self.c.facts)}
        return " ; ".join(facts.get(name, name) for name in names)

    def document_labels(self, names: Iterable[str]) -> str:
        labels = {d.name: d.label for d in self.c.documents}
        return " ; ".join(labels.get(name, name) for name in names)


def public_facts(rules: Iterable[m.Rule]) -> frozenset[str]:
    """The facts that define who is concerned: those the unconditional rules on choices read."""
    return frozenset(
        fact.name
        for rule in rules
        if rule.applies is None and rule.requires is not None and _is_on_choices(rule.requires)
        for fact in m.facts_read(rule.requires)
    )


def rule_kind(rule: m.Rule, public: frozenset[str] = frozenset()) -> str:
    """Which section of the page a rule belongs to, by its severity and what it requires; a rule on
    choices that applies to a part of the public (its `si` reads only `public` facts) is about who
    is concerned too (« enseignants du second degré », among the personnels concerned)."""
    if rule.requires is None or rule.severity == "information":
        return "information"
    dated = any(isinstance(n, (m.MeetsDeadline, m.DeadlineRef)) for n in m.walk(rule.requires))
    if dated:
        return "deadline"
    if rule.severity != "bloquante":
        return "vigilance"
    if _is_refusal_of_flag(rule.requires):
        return "incompatibility"
    if rule.applies is None and _is_on_choices(rule.requires):
        return "public"
    applies = rule.applies
    if applies is not None and _is_on_choices(applies) and _is_on_choices(rule.requires):
        return "public" if {fact.name for fact in m.facts_read(applies)} <= public else "condition"
    return "condition"


def _is_refusal_of_flag(expr: m.Expr) -> bool:
    """`non fait_booléen` or `fait_booléen = faux`."""
    if isinstance(expr, m.Unary) and expr.op == "non":
        return isinstance(expr.operand, m.FactRef) and expr.operand.type.kind == "booléen"
    if isinstance(expr, m.Binary) and expr.op == "=" and isinstance(expr.right, m.Const):
        return isinstance(expr.left, m.FactRef) and expr.right.value is False
    return False


def _is_on_choices(expr: m.Expr) -> bool:
    """Only comparisons of choice facts with constants, joined by et/ou."""
    if isinstance(expr, m.Binary) and expr.op in ("et", "ou"):
        return _is_on_choices(expr.left) and _is_on_choices(expr.right)
    if isinstance(expr, m.Member):
        return isinstance(expr.operand, m.FactRef) and expr.operand.type.kind in ("choix", "choix multiples")
    if isinstance(expr, m.Binary) and expr.op in ("=", "!="):
        return isinstance(expr.left, m.FactRef) and expr.left.type.kind == "choix" and isinstance(expr.right, m.Const)
    return False


def event_when(event: m.Event) -> str:
    when = words.capitalized(words.long_date(event.date))
    if event.start and event.end:
        when += f", de {event.start} à {event.end}"
    elif event.start:
        when += f", à {event.start}"
    return when


def address_markdown(address: str) -> Markdown:
    """A web or e-mail address as a link, a postal address as text."""
    return markdown_link(address, address) if markdown_url(address) else markdown(address)


def case_value(raw: object, fact: m.Fact | None) -> str:
    if raw is None:
        return NOT_GIVEN
    if isinstance(raw, (list, tuple, set, frozenset)):
        return words.join((constant(v, fact.type if fact else None, fact) for v in raw), "et") or "aucun"
    if isinstance(raw, str) and not (fact and fact.choice_labels):
        return f"« {raw} »"
    return constant(raw, fact.type if fact else None, fact)


def _row(cells: Sequence[str]) -> str:
    return "| " + " | ".join(markdown(c) or " " for c in cells) + " |"
