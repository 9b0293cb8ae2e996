"""Documentation stage: Markdown pages for the mkdocs site, from checked circulars.

One page per circular, one page per source text (each line anchored, so that
citations link to `sources/<texte>.md#L123`), an index listing every circular
with its deadlines, a page by dispositif and the navigation of the section
(`SUMMARY.md`, read by mkdocs-literate-nav, with one section per school year).
Everything goes through the jinja2 templates of `circdsl/templates/`; the
output depends only on the model, so it is byte-identical from build to build.
"""

from __future__ import annotations

import datetime
import html
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import PurePosixPath
from typing import Any

import jinja2

from circdsl import model as m
from circdsl.dates import long_french_date
from circdsl.prose import Prose, cell_text, constant, french_date, join_alternatives, output_text
from circdsl.slugs import ascii_identifier
from circdsl.words import CHANNEL_PHRASES

SOURCES = "sources"  # folder of the source-text pages, under the docs folder
NO_YEAR = "Sans année scolaire"

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
CHANNEL_TEXT = CHANNEL_PHRASES  # « par voie postale », « en ligne », « par voie hiérarchique »...
STATUS_TEXT = {
    "recevable": "recevable",
    "recevable avec réserves": "recevable avec réserves",
    "irrecevable": "irrecevable",
    "incomplet": "incomplète (informations manquantes)",
}
# Where a title stops naming the dispositif: « Allègement de service pour l'année scolaire 2025-2026 »,
# « ..., rentrée scolaire 2025/2026 », « ... à compter du 1er septembre 2019 ».
_DISPOSITIF_END = re.compile(
    r"\s*(?:,\s*|\s+pour\s+|\s+au titre de\s+|\s+à compter\s+)(?:l['’]\s*)?(?:année|rentrée|d[ue]\s+\d|\d{4})"
    r"|\s+[—–]\s+|\s+\d{4}(?:[-/]\d{4})?\s*$",
    re.IGNORECASE,
)
# The dispositifs of French HR circulars, recognised in titles (first match wins).
DISPOSITIFS = (
    (re.compile(r"allègement", re.IGNORECASE), "Allègement de service"),
    (re.compile(r"aménagement du poste", re.IGNORECASE), "Aménagement du poste de travail"),
    (re.compile(r"poste adapté|PACD|PALD"), "Poste adapté"),
    (re.compile(r"temps partiel", re.IGNORECASE), "Temps partiel"),
    (re.compile(r"temps complet|réintégration", re.IGNORECASE), "Reprise à temps complet"),
    (re.compile(r"détachement", re.IGNORECASE), "Détachement"),
    (re.compile(r"imputable au service|CITIS|accidents? de (?:service|travail)", re.IGNORECASE), "CITIS et accidents"),
    (re.compile(r"affaires médicales|congés? (?:de )?maladie", re.IGNORECASE), "Congés de maladie"),
    (re.compile(r"mouvement|bonification", re.IGNORECASE), "Mouvement et bonifications"),
    (re.compile(r"RH de proximité", re.IGNORECASE), "RH de proximité"),
)
_MARKDOWN_SPECIAL = re.compile(r"([\\`*_\[\]|#])")


# ---------------------------------------------------------------- entry point


def emit_docs(circulars: Sequence[m.Circular], sources: Mapping[str, str]) -> dict[str, str]:
    """The pages of the documentation: relative posix path -> Markdown text.

    `sources` maps a source-text path as circulars name it (`sources/x.txt`)
    to its text; citations of a source absent from it are shown without a link.
    """
    ordered = sorted(circulars, key=lambda c: c.name)
    env = template_environment()
    pages: dict[str, str] = {}
    for circular in ordered:
        page = CircularPage(circular, frozenset(sources))
        pages[page_name(circular)] = env.get_template("circular.md.j2").render(page=page, c=circular)
    for source in sorted(_cited_sources(ordered, sources)):
        citing = [c for c in ordered if c.source == source]
        pages[source_page(source)] = render_source(env, source, sources[source], citing)
    overview = Overview(ordered)
    pages["index.md"] = env.get_template("index.md.j2").render(o=overview)
    pages["dispositifs.md"] = env.get_template("dispositifs.md.j2").render(o=overview)
    pages["SUMMARY.md"] = env.get_template("summary.md.j2").render(o=overview)
    return pages


@cache
def template_environment(autoescape: bool = False) -> jinja2.Environment:
    """The templates of circdsl with their filters; `autoescape` for HTML pages (Markdown text
    is escaped by the `md` and `cell` filters instead)."""
    env = jinja2.Environment(
        loader=jinja2.PackageLoader("circdsl", "templates"),
        autoescape=autoescape,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters["md"] = md
    env.filters["cell"] = cell
    env.filters["link"] = link
    env.filters["long_date"] = long_french_date
    env.filters["date"] = french_date
    return env


# ---------------------------------------------------------------- names and escaping


def page_name(circular: m.Circular) -> str:
    """allegement_paris_2025.md: ASCII, stable, one per circular."""
    return f"{ascii_identifier(circular.name)}.md"


def source_page(source: str) -> str:
    """sources/000_x.txt -> sources/000_x.md (a path under the docs folder, never outside)."""
    parts = [p for p in PurePosixPath(source.replace("\\", "/")).parts if p not in ("..", ".", "/")]
    path = PurePosixPath(*parts) if parts else PurePosixPath("source")
    if not parts or parts[0] != SOURCES:
        path = PurePosixPath(SOURCES, *path.parts)
    return str(path.with_suffix(".md"))


def md(text: object) -> str:
    """Text shown as is in Markdown: special characters and HTML escaped."""
    return _MARKDOWN_SPECIAL.sub(r"\\\1", html.escape(str(text), quote=False))


def cell(text: object) -> str:
    """Text for a table cell: on one line, escaped."""
    return md(" ".join(str(text).split()))


def link(text: str) -> str:
    """A web address as a Markdown link; any other text escaped."""
    if re.fullmatch(r"https?://[^\s<>]+", text.strip()):
        return f"<{text.strip()}>"
    return cell(text)


def anchor(prefix: str, name: str) -> str:
    return f"{prefix}-{ascii_identifier(name).lower()}"


def dispositif_of(circular: m.Circular) -> str:
    """The dispositif a circular organises: its own field, a known dispositif named in its title, or its title."""
    declared = getattr(circular, "dispositif", None)
    if isinstance(declared, str) and declared.strip():
        return declared.strip()
    for pattern, name in DISPOSITIFS:
        if pattern.search(circular.title):
            return name
    return title_without_year(circular)


def title_without_year(circular: m.Circular) -> str:
    """« Allègement de service pour l'année scolaire 2025-2026 » -> « Allègement de service »."""
    short = _DISPOSITIF_END.split(circular.title, maxsplit=1)[0].strip(" ,;:")
    return short or circular.title


def short_title(circular: m.Circular) -> str:
    """For the navigation: « Allègement de service — Rectorat de Paris »."""
    base = title_without_year(circular)
    return f"{base} — {short_authority(circular.authority)}" if circular.authority else base


def short_authority(authority: str) -> str:
    """« Rectorat de l'académie d'Aix-Marseille – Division ... » -> its first part; a name or its
    parenthesised short form, whichever is shorter: « Direction ... du Rhône (DSDEN du Rhône) » -> « DSDEN du Rhône »."""
    head = re.split(r"\s+[–—/]\s+", authority, maxsplit=1)[0].strip()
    match = re.fullmatch(r"(.+?)\s*\(([^()]+)\)", head)
    if match:
        return min(match.group(1).strip(), match.group(2).strip(), key=len)
    return head


def _cited_sources(circulars: Iterable[m.Circular], sources: Mapping[str, str]) -> set[str]:
    return {c.source for c in circulars if c.source and c.source in sources}


# ---------------------------------------------------------------- source pages


@dataclass(frozen=True)
class SourceLine:
    number: int
    text: str  # HTML-escaped
    cited: bool


def render_source(env: jinja2.Environment, source: str, text: str, citing: Sequence[m.Circular]) -> str:
    cited = {c.line for circular in citing for c in all_citations(circular) if c.source == source}
    lines = [
        SourceLine(number, html.escape(line.rstrip("\r"), quote=False), number in cited)
        for number, line in enumerate(text.split("\n"), start=1)
    ]
    if lines and not lines[-1].text:
        lines.pop()
    return env.get_template("source.md.j2").render(
        source=source, lines=lines, citing=[(c, page_name(c)) for c in citing], depth=source_page(source).count("/")
    )


def all_citations(circular: m.Circular) -> list[m.Citation]:
    """Every citation of a circular's own declarations, whatever their kind."""
    found: list[m.Citation] = []
    for group in _declaration_groups(circular):
        for item in group:
            found.extend(getattr(item, "citations", ()))
    return found


def _declaration_groups(circular: m.Circular) -> list[tuple[Any, ...]]:
    names = [
        "rules",
        "values",
        "documents",
        "services",
        "requests",
        "opinions",
        "examinations",
        "deadlines",
        "periods",
        "tables",
        "events",
        "facts",
    ]
    return [tuple(getattr(circular, name, ())) for name in names]


# ---------------------------------------------------------------- a circular's page


@dataclass(frozen=True)
class RuleSection:
    title: str
    intro: str
    rules: tuple[m.Rule, ...]


@dataclass(frozen=True)
class CalendarRow:
    sort_key: tuple[datetime.date, int]
    when: str
    what: str
    details: str  # Markdown, already escaped
    citations: tuple[m.Citation, ...]


class CircularPage:
    """What the circular template reads: the model, rendered in French."""

    def __init__(self, circular: m.Circular, sources: frozenset[str]) -> None:
        self.c = circular
        self.sources = sources
        self.prose = Prose()

    # --- text helpers used by the template

    def cond(self, expr: m.Expr | None) -> str:
        return self.prose.condition(expr)

    def value(self, expr: m.Expr) -> str:
        return self.prose.value(expr)

    def cite_link(self, citation: m.Citation) -> str:
        """[ligne 72](sources/x.md#L72), or the plain line if the source has no page."""
        if citation.source in self.sources:
            return f"[texte source, ligne {citation.line}]({source_page(citation.source)}#L{citation.line})"
        return f"texte source, ligne {citation.line}"

    def quote(self, citation: m.Citation) -> str:
        return f"« {md(' '.join(citation.quote.split()))} » — {self.cite_link(citation)}"

    def cite_cell(self, citations: Iterable[m.Citation]) -> str:
        return " ; ".join(self.cite_link(c) for c in citations) or "—"

    def dispositif(self) -> str:
        return dispositif_of(self.c)

    def rule_anchor(self, name: str) -> str:
        return anchor("regle", name)

    def document_anchor(self, name: str) -> str:
        return anchor("piece", name)

    def table_anchor(self, name: str) -> str:
        return anchor("table", name)

    def source_link(self) -> str | None:
        return source_page(self.c.source) if self.c.source and self.c.source in self.sources else None

    def message(self, rule: m.Rule) -> str:
        parts = [part if isinstance(part, str) else f"{{{self.value(part)}}}" for part in rule.message]
        return "".join(parts)

    def severity(self, rule: m.Rule) -> str:
        return SEVERITY_TEXT.get(rule.severity, rule.severity)

    def consequence(self, rule: m.Rule) -> str:
        return CONSEQUENCE_TEXT.get(rule.severity, "")

    def exception(self, exception: m.RuleException) -> str:
        outcome = EXCEPTION_TEXT.get(exception.outcome, exception.outcome)
        return f"si {self.cond(exception.condition)}, {outcome}"

    # --- rules

    def rule_sections(self) -> list[RuleSection]:
        groups: dict[str, list[m.Rule]] = {key: [] for key in _SECTIONS}
        for rule in self.c.rules:
            groups[_rule_kind(rule)].append(rule)
        return [
            RuleSection(title, intro, tuple(groups[key])) for key, (title, intro) in _SECTIONS.items() if groups[key]
        ]

    # --- quantities and tables

    def tables(self) -> list[Any]:
        return list(getattr(self.c, "tables", ()))

    def table_header(self, table: Any) -> list[str]:
        inputs = [self.value(e) for e in table.inputs]
        return inputs + [column.label for column in table.columns]

    def table_rows(self, table: Any) -> list[list[str]]:
        rows = []
        for row in table.rows:
            cells = [cell_text(c, e) for c, e in zip(row.cells, table.inputs, strict=False)]
            cells += ["tout"] * (len(table.inputs) - len(cells))
            rows.append(cells + [output_text(v, col) for v, col in zip(row.outputs, table.columns, strict=False)])
        default = getattr(table, "default", None)
        if default is not None:
            outputs = [output_text(v, col) for v, col in zip(default.outputs, table.columns, strict=False)]
            rows.append(["sinon"] + [""] * (len(table.inputs) - 1) + outputs)
        return rows

    def table_markdown(self, table: Any) -> str:
        """A decision table as a Markdown table: inputs then output columns, one row per line."""
        header = self.table_header(table)
        lines = [_row(header), "|" + "---|" * len(header)]
        lines += [_row(row) for row in self.table_rows(table)]
        return "\n".join(lines)

    def rounding(self, value: m.Value) -> str:
        return {"centime": "au centime", "unité": "à l'unité"}.get(value.rounding or "", "—")

    # --- calendar

    def calendar(self) -> list[CalendarRow]:
        rows = [self._deadline_row(d) for d in self.c.deadlines]
        rows += [self._event_row(e) for e in self.c.events]
        rows += [self._period_row(p) for p in getattr(self.c, "periods", ())]
        return sorted(rows, key=lambda r: r.sort_key)

    def _deadline_row(self, deadline: m.Deadline) -> CalendarRow:
        relative = getattr(deadline, "relative", None)
        details = ["date incluse" if deadline.inclusive else "date exclue"]
        if deadline.condition is not None:
            details.append(f"pour les demandes où {self.cond(deadline.condition)}")
        if getattr(deadline, "postponed", False):
            details.append("reportée au jour ouvré suivant si elle tombe un samedi, un dimanche ou un jour férié")
        if deadline.date is not None:
            when, key = long_french_date(deadline.date), (deadline.date, 1)
        else:
            when = self.prose.relative_date(relative) if relative is not None else "selon la situation"
            key = (datetime.date.max, 1)
        details[0] = f"échéance, {details[0]}"
        return CalendarRow(key, when, deadline.label, cell(" ; ".join(details)), deadline.citations)

    def _event_row(self, event: m.Event) -> CalendarRow:
        when = long_french_date(event.date)
        if event.start and event.end:
            when += f", de {event.start} à {event.end}"
        elif event.start:
            when += f", à {event.start}"
        details = []
        if event.place:
            details.append(f"lieu : {cell(event.place)}")
        if event.link:
            details.append(f"lien : {link(event.link)}")
        return CalendarRow((event.date, 0), when, event.label, " ; ".join(details) or "—", event.citations)

    def _period_row(self, period: Any) -> CalendarRow:
        when = f"du {long_french_date(period.start)} au {long_french_date(period.end)}"
        return CalendarRow((period.start, 2), when, period.label, "période, dates incluses", period.citations)

    # --- documents, routing and opinions

    def when_required(self, document: m.Document) -> str:
        word = "obligatoire" if document.requirement == "obligatoire" else "facultative"
        if document.condition is None:
            return word
        return f"{word} si {self.cond(document.condition)}"

    def confidentiality(self, document: m.Document) -> str:
        if document.medical:
            return "pièce médicale, confidentielle"
        return "confidentielle" if document.confidential else "—"

    def delivery(self, delivery: m.Delivery) -> str:
        text = CHANNEL_TEXT.get(delivery.channel, delivery.channel)
        if delivery.sealed:
            text += " sous pli confidentiel"
        via = [s.label for s in getattr(delivery, "via", ())]
        if via:
            text += f", par l'intermédiaire de : {join_alternatives(via, 'puis')},"
        recipients = [s.label for s in _recipients(delivery)]
        routed = [self.value(ref) for ref in getattr(delivery, "routed_by", ())]
        text += " à : " + join_alternatives(recipients + routed, "et")
        condition = getattr(delivery, "condition", None)
        if condition is not None:
            text += f" (si {self.cond(condition)})"
        return text

    def addresses(self, deliveries: Iterable[m.Delivery]) -> list[m.Service]:
        """Services with a postal address among the recipients of postal deliveries."""
        found: dict[str, m.Service] = {}
        for delivery in deliveries:
            if delivery.channel == "voie postale":
                for service in _recipients(delivery):
                    if service.address:
                        found.setdefault(service.name, service)
        return list(found.values())

    def medical_services(self, document: m.Document) -> str:
        services = [s.label for d in document.deliveries for s in _recipients(d) if s.medical]
        return join_alternatives(dict.fromkeys(services), "et") or "le service médical"

    def examination_when(self, examination: m.Examination) -> str:
        condition = getattr(examination, "condition", None)
        return "" if condition is None else f" (si {self.cond(condition)})"

    def opinion_when(self, opinion: m.Opinion) -> str:
        return "toujours" if opinion.condition is None else f"si {self.cond(opinion.condition)}"

    def mermaid(self) -> str:
        return routing_diagram(self.c, self)

    # --- example cases

    def case_facts(self, case: m.Case) -> list[tuple[str, str]]:
        facts = {f.name: f for f in (*self.c.all_facts, *self.c.facts)}
        rows = []
        for name, raw in case.facts:
            fact = facts.get(name)
            label = fact.label if fact else name
            rows.append((label, _case_value(raw, fact)))
        return rows

    def case_outcome(self, case: m.Case) -> str:
        return STATUS_TEXT.get(case.expectation.status, case.expectation.status)

    def rule_links(self, names: Iterable[str]) -> str:
        titles = {r.name: r.title for r in self.c.rules}
        return ", ".join(f"[{md(titles.get(n, n))}](#{self.rule_anchor(n)})" for n in names)

    def fact_label(self, name: str) -> str:
        facts = {f.name: f for f in (*self.c.all_facts, *self.c.facts)}
        return facts[name].label if name in facts else name

    def fact_labels(self, names: Iterable[str]) -> str:
        return " ; ".join(self.fact_label(name) for name in names)

    def document_labels(self, names: Iterable[str]) -> str:
        labels = {d.name: d.label for d in self.c.documents}
        return " ; ".join(labels.get(name, name) for name in names)


_SECTIONS = {
    "public": (
        "Qui est concerné",
        "Les personnels qui peuvent demander le dispositif.",
    ),
    "condition": (
        "Conditions",
        "Ce que la demande doit respecter.",
    ),
    "incompatibility": (
        "Incompatibilités et non-cumuls",
        "Situations dans lesquelles le dispositif ne peut pas être accordé.",
    ),
    "deadline": (
        "Délais",
        "Les dates à respecter, et leurs exceptions.",
    ),
    "information": (
        "À savoir",
        "Informations données à tous les demandeurs.",
    ),
}


def _rule_kind(rule: m.Rule) -> str:
    """Which section of the page a rule belongs to."""
    if rule.requires is None:
        return "information"
    nodes = list(m.walk(rule.requires))
    if any(isinstance(n, m.MeetsDeadline) for n in nodes):
        return "deadline"
    if _is_refusal_of_flag(rule.requires):
        return "incompatibility"
    if rule.applies is None and _is_on_choices(rule.requires):
        return "public"
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


def _row(cells: Iterable[str]) -> str:
    return "| " + " | ".join(cell(c) or " " for c in cells) + " |"


def _recipients(delivery: m.Delivery) -> tuple[m.Service, ...]:
    return tuple(delivery.recipients)


def _case_value(raw: object, fact: m.Fact | None) -> str:
    if raw is None:
        return "inconnu"
    if isinstance(raw, (list, tuple, set, frozenset)):
        items = [constant(v, fact.type if fact else None, fact) for v in raw]
        return ", ".join(items) or "aucun"
    if isinstance(raw, str) and not (fact and fact.choice_labels):
        return f"« {raw} »"
    return constant(raw, fact.type if fact else None, fact)


# ---------------------------------------------------------------- routing diagram


def routing_diagram(circular: m.Circular, page: CircularPage) -> str:
    """A mermaid flowchart: the applicant, what is sent to whom, opinions, examination."""
    nodes: dict[str, str] = {}
    edges: set[tuple[str, str, str]] = set()
    lines: list[str] = ["flowchart LR"]

    def node(key: str, label: str, shape: str = "box") -> str:
        if key not in nodes:
            nodes[key] = f"n{len(nodes)}"
            text = _mermaid_text(label)
            open_, close = {"box": ('["', '"]'), "round": ('(["', '"])'), "diamond": ('{"', '"}')}[shape]
            lines.append(f"    {nodes[key]}{open_}{text}{close}")
        return nodes[key]

    def edge(a: str, b: str, label: str = "", dotted: bool = False) -> None:
        if (a, b, label) in edges:
            return
        edges.add((a, b, label))
        arrow = "-.->" if dotted else "-->"
        if label:
            head = "-." if dotted else "--"
            lines.append(f'    {a} {head} "{_mermaid_text(label)}" {arrow} {b}')
        else:
            lines.append(f"    {a} {arrow} {b}")

    agent = node("agent", "Demandeur", "round")
    for request in circular.requests:
        req = node(f"request:{request.label}", f"Demande : {request.label}")
        channels = join_alternatives(dict.fromkeys(CHANNEL_TEXT.get(d.channel, d.channel) for d in request.deliveries))
        edge(agent, req, channels)
        for delivery in request.deliveries:
            for service in _recipients(delivery):
                edge(req, node(f"service:{service.name}", service.label))
    grouped: dict[tuple[str, str, bool], list[str]] = {}
    labels = {s.name: s.label for s in circular.services}
    for document in circular.documents:
        for delivery in document.deliveries:
            for service in _recipients(delivery):
                labels.setdefault(service.name, service.label)
                grouped.setdefault((service.name, delivery.channel, delivery.sealed), []).append(document.label)
            for ref in getattr(delivery, "routed_by", ()):
                key = f"routed:{ref.table.name}:{ref.column}"
                labels.setdefault(key, page.value(ref))
                grouped.setdefault((key, delivery.channel, delivery.sealed), []).append(document.label)
    for (name, channel, sealed), documents in grouped.items():
        how = CHANNEL_TEXT.get(channel, channel) + (" sous pli confidentiel" if sealed else "")
        edge(agent, node(f"service:{name}", labels.get(name, name)), f"{how} : {', '.join(documents)}")
    target = None
    for examination in circular.examinations:
        target = node(f"exam:{examination.name}", f"Examen : {examination.label}", "diamond")
        for service in examination.by:
            edge(node(f"service:{service.name}", service.label), target, "examine", dotted=True)
    if target is None:
        target = node("decision", "Décision", "diamond")
    for opinion in circular.opinions:
        giver = opinion.given_by
        source = node(f"service:{giver.name}", giver.label) if giver else agent
        word = "avis obligatoire" if opinion.requirement == "obligatoire" else "avis facultatif"
        edge(source, target, f"{word} : {opinion.label}")
    return "\n".join(lines)


def _mermaid_text(text: str) -> str:
    return " ".join(text.split()).replace('"', "#quot;")


# ---------------------------------------------------------------- index, dispositifs, navigation


@dataclass(frozen=True)
class DeadlineEntry:
    circular: m.Circular
    page: str
    label: str
    when: str
    date: datetime.date | None


class Overview:
    """Every circular, grouped by school year and by dispositif."""

    def __init__(self, circulars: Sequence[m.Circular]) -> None:
        self.circulars = list(circulars)

    def page(self, circular: m.Circular) -> str:
        return page_name(circular)

    def title(self, circular: m.Circular) -> str:
        return short_title(circular)

    def dispositif(self, circular: m.Circular) -> str:
        return dispositif_of(circular)

    def by_year(self) -> list[tuple[str, list[m.Circular]]]:
        years: dict[str, list[m.Circular]] = {}
        for circular in self.circulars:
            years.setdefault(circular.school_year or NO_YEAR, []).append(circular)
        ordered = sorted((y for y in years if y != NO_YEAR), reverse=True)
        ordered += [NO_YEAR] if NO_YEAR in years else []
        return [(year, sorted(years[year], key=short_title)) for year in ordered]

    def by_dispositif(self) -> list[tuple[str, list[m.Circular]]]:
        groups: dict[str, list[m.Circular]] = {}
        for circular in self.circulars:
            groups.setdefault(dispositif_of(circular), []).append(circular)
        return [
            (name, sorted(groups[name], key=lambda c: (c.school_year or "", c.authority or "", c.name)))
            for name in sorted(groups, key=str.casefold)
        ]

    def deadlines(self, circular: m.Circular) -> list[DeadlineEntry]:
        prose = Prose()
        entries = []
        for deadline in circular.deadlines:
            when = long_french_date(deadline.date) if deadline.date is not None else prose.deadline_when(deadline)
            entries.append(DeadlineEntry(circular, page_name(circular), deadline.label, when, deadline.date))
        return entries

    def deadline_text(self, circular: m.Circular) -> str:
        parts = [f"{e.label} : {e.when}" for e in self.deadlines(circular)]
        return " ; ".join(parts) or "—"

    def calendar(self) -> list[DeadlineEntry]:
        """Every dated deadline and event of every circular, by date."""
        entries = [e for c in self.circulars for e in self.deadlines(c) if e.date is not None]
        for circular in self.circulars:
            for event in circular.events:
                when = long_french_date(event.date) + (f", {event.start}" if event.start else "")
                entries.append(DeadlineEntry(circular, page_name(circular), event.label, when, event.date))
        return sorted(entries, key=lambda e: (e.date or datetime.date.max, e.circular.name, e.label))
