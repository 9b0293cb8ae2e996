"""The circuit of a request as an SVG drawing, computed at build time.

Who sends what to whom, in columns read from left to right: the applicant;
what they send (the application, and the documents grouped by way of sending:
« 2 pièces médicales, par courrier sous pli confidentiel »); the intermediaries
a sending passes through; the services that receive it or give an opinion;
the examination or the decision. What travels is written in the boxes, so the
arrows carry at most a short word (« fait suivre », « examine », « avis
obligatoire »).

The drawing is plain SVG written into the page: the site needs no script and
no network to show it, it prints as drawn, and it is the same from build to
build (columns fixed by role, order of declaration, few crossings). Every text
goes through `escape.svg_text`.
"""

from __future__ import annotations

import textwrap
from dataclasses import dataclass, field

from circdsl import model as m
from circdsl.escape import svg_text
from circdsl.french import deliveries as fd
from circdsl.french import words

AGENT, SENT, CARRIERS, SERVICES, DECISION = range(5)  # columns, by role
BOX_WIDTH = 170
AGENT_WIDTH = 110
GUTTER = 70  # horizontal space between columns, where the arrows' words go
LINE_HEIGHT = 15
PADDING = 8
GAP = 18  # vertical space between boxes
MARGIN = 12
WRAP = 22  # characters per line in a box
MAX_LINES = 6
CHAR_WIDTH = 5.6  # of the arrows' words (11 px), to size their background


@dataclass
class Node:
    key: str
    lines: tuple[str, ...]
    kind: str  # "agent" | "request" | "sent" | "service" | "medical" | "pending" | "decision"
    column: int
    heading: int = 0  # how many first lines are a heading (in bold)
    x: float = 0
    y: float = 0

    @property
    def width(self) -> float:
        return AGENT_WIDTH if self.kind == "agent" else BOX_WIDTH

    @property
    def height(self) -> float:
        return len(self.lines) * LINE_HEIGHT + 2 * PADDING


@dataclass
class Edge:
    source: str
    target: str
    labels: list[str] = field(default_factory=list)
    dashed: bool = False


class Circuit:
    """The graph of one circular's circuit, then its layout and its SVG."""

    def __init__(self, circular: m.Circular) -> None:
        self.circular = circular
        self.nodes: dict[str, Node] = {}
        self.edges: dict[tuple[str, str], Edge] = {}
        self._build()

    # --- graph

    def node(self, key: str, text: str, kind: str, column: int, heading: str = "") -> str:
        """A box: an optional heading in bold (never cut), then the text (cut after a few lines)."""
        if key not in self.nodes:
            head = textwrap.wrap(heading, WRAP)
            lines = textwrap.wrap(text, WRAP, break_long_words=True) or [""]
            room = max(1, MAX_LINES - len(head))
            if len(lines) > room:
                rest = " ".join(lines[room - 1 :])
                lines = [*lines[: room - 1], textwrap.shorten(rest, WRAP, placeholder="…")]
            self.nodes[key] = Node(key, (*head, *lines), kind, column, len(head))
        return key

    def edge(self, source: str, target: str, label: str = "", dashed: bool = False) -> None:
        edge = self.edges.setdefault((source, target), Edge(source, target, dashed=dashed))
        if label and label not in edge.labels:
            edge.labels.append(label)

    def service(self, service: m.Service, column: int = SERVICES) -> str:
        kind = "medical" if service.medical else "service"
        text = service.label + (" (service médical)" if service.medical else "")
        return self.node(f"service:{service.name}", text, kind, column)

    def _build(self) -> None:
        self.node("agent", "Demandeur", "agent", AGENT)
        for index, request in enumerate(self.circular.requests):
            channels = words.join((fd.channel_label(d.channel) for d in request.deliveries), "ou")
            start = self.node(f"request:{index}", request.label, "request", SENT, f"Demande, {channels}")
            self._sending(start, request.deliveries)
        groups: dict[tuple[str, ...], tuple[m.Delivery, list[m.Document]]] = {}  # same way, same recipients
        for document in self.circular.documents:
            for delivery in document.deliveries:
                key = (delivery.channel, str(delivery.sealed), *_names(delivery.via), "→", *_targets(delivery))
                groups.setdefault(key, (delivery, []))[1].append(document)
        for index, (delivery, documents) in enumerate(groups.values()):
            how = fd.channel_label(delivery.channel)
            if fd.under_cover(delivery.channel, delivery.sealed):
                how += " sous pli confidentiel"
            start = self.node(f"sent:{index}", _what_is_sent(documents), "sent", SENT, words.capitalized(how))
            self._sending(start, (delivery,))
        self._decisions()

    def _sending(self, start: str, deliveries: tuple[m.Delivery, ...]) -> None:
        """applicant -> what is sent -> intermediaries -> recipients (fixed, or chosen by a table)."""
        self.edge("agent", start)
        for delivery in deliveries:
            current = start
            for carrier in delivery.via:
                hop = self.service(carrier, CARRIERS)
                self.edge(current, hop)
                current = hop
            forward = ("fait suivre le pli" if delivery.sealed else "fait suivre") if delivery.via else ""
            for target in self._recipients(delivery):
                self.edge(current, target, forward)

    def _recipients(self, delivery: m.Delivery) -> list[str]:
        targets = [self.service(s) for s in delivery.recipients]
        for ref in delivery.routed_by:
            table = ref.table
            column = table.columns[ref.column].label if ref.column < len(table.columns) else table.label
            key = f"routed:{table.name}:{ref.column}"
            targets.append(self.node(key, f"{column} (selon la situation)", "pending", SERVICES))
        return targets

    def _decisions(self) -> None:
        target = None
        for examination in self.circular.examinations:
            text = words.titled("Examen", examination.label)
            target = self.node(f"exam:{examination.name}", text, "decision", DECISION)
            for service in examination.by:
                self.edge(self.service(service), target, "examine", dashed=True)
        if target is None and (self.circular.opinions or self.circular.requests):
            target = self.node("decision", "Décision", "decision", DECISION)
        for opinion in self.circular.opinions:
            assert target is not None
            source = self.service(opinion.given_by) if opinion.given_by else "agent"
            word = "avis obligatoire" if opinion.requirement == "obligatoire" else "avis facultatif"
            self.edge(source, target, word, dashed=True)

    # --- layout

    def layout(self) -> tuple[float, float]:
        """Columns by role (empty ones dropped); within a column, by the mean height of the
        boxes that lead to it (few crossings), then by order of declaration."""
        order = {key: index for index, key in enumerate(self.nodes)}
        used = sorted({node.column for node in self.nodes.values()})
        x = float(MARGIN)
        height = 0.0
        for column in used:
            members = [n for n in self.nodes.values() if n.column == column]
            members.sort(key=lambda n: (self._mean_y(n.key), order[n.key]))
            y = float(MARGIN)
            for node in members:
                node.x, node.y = x, y
                y += node.height + GAP
            height = max(height, y - GAP + MARGIN)
            x += max(n.width for n in members) + GUTTER
        return x - GUTTER + MARGIN, height

    def _mean_y(self, key: str) -> float:
        sources = [self.nodes[s] for (s, t) in self.edges if t == key and self.nodes[s].column < self.nodes[key].column]
        placed = [n.y + n.height / 2 for n in sources]
        return sum(placed) / len(placed) if placed else 0.0

    # --- drawing

    def svg(self, slug: str) -> str:
        width, height = self.layout()
        marker = f"circ-arrow-{slug}"
        title = svg_text(f"Circuit de la demande : {self.circular.title}")
        parts = [
            f'<svg class="circ-circuit" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width:.0f} {height:.0f}" '
            f'width="{width:.0f}" height="{height:.0f}" role="img" aria-label="{title}">',
            f"<title>{title}</title>",
            f'<defs><marker id="{marker}" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="7" markerHeight="7" '
            'orient="auto-start-reverse"><path d="M 0 0 L 10 5 L 0 10 z" class="circ-arrowhead"/></marker></defs>',
        ]
        parts += [self._edge_svg(edge, marker) for edge in self.edges.values()]
        parts += [self._node_svg(node) for node in self.nodes.values()]
        parts += [self._label_svg(edge) for edge in self.edges.values() if edge.labels]
        parts.append("</svg>")
        return "\n".join(parts)

    def _ends(self, edge: Edge) -> tuple[float, float, float, float]:
        a, b = self.nodes[edge.source], self.nodes[edge.target]
        if b.x > a.x:
            return a.x + a.width, a.y + a.height / 2, b.x, b.y + b.height / 2
        return a.x + a.width / 2, a.y + a.height, b.x + b.width / 2, b.y  # same column: from below

    def _edge_svg(self, edge: Edge, marker: str) -> str:
        x1, y1, x2, y2 = self._ends(edge)
        bend = max(20.0, (x2 - x1) / 2)
        path = f"M {x1:.1f} {y1:.1f} C {x1 + bend:.1f} {y1:.1f}, {x2 - bend:.1f} {y2:.1f}, {x2:.1f} {y2:.1f}"
        dashed = ' stroke-dasharray="5 4"' if edge.dashed else ""
        return f'<path class="circ-edge" d="{path}" fill="none"{dashed} marker-end="url(#{marker})"/>'

    def _label_svg(self, edge: Edge) -> str:
        """The arrow's words, just after its start, in the gutter."""
        x1, y1, _, _ = self._ends(edge)
        lines = textwrap.wrap(" ; ".join(edge.labels), 11) or [""]
        width = CHAR_WIDTH * max(len(line) for line in lines) + 6
        top = y1 - 6 - 12 * len(lines)
        spans = "".join(
            f'<tspan x="{x1 + 5:.1f}" dy="{12 if i else 0}">{svg_text(line)}</tspan>' for i, line in enumerate(lines)
        )
        return (
            f'<g class="circ-edge-label"><rect x="{x1 + 2:.1f}" y="{top:.1f}" width="{width:.1f}" '
            f'height="{12 * len(lines) + 4}" rx="3"/><text x="{x1 + 5:.1f}" y="{top + 11:.1f}">{spans}</text></g>'
        )

    def _node_svg(self, node: Node) -> str:
        radius = 16 if node.kind == "agent" else 6
        middle = node.x + node.width / 2
        head = ' class="circ-head"'
        lines = "".join(
            f'<tspan x="{middle:.1f}" dy="{LINE_HEIGHT if i else 0}"{head if i < node.heading else ""}>'
            f"{svg_text(line)}</tspan>"
            for i, line in enumerate(node.lines)
        )
        first = node.y + PADDING + LINE_HEIGHT - 4
        return (
            f'<g class="circ-node circ-{node.kind}"><rect x="{node.x:.1f}" y="{node.y:.1f}" width="{node.width}" '
            f'height="{node.height:.1f}" rx="{radius}"/><text x="{middle:.1f}" y="{first:.1f}" '
            f'text-anchor="middle">{lines}</text></g>'
        )


def _names(services: tuple[m.Service, ...]) -> tuple[str, ...]:
    return tuple(s.name for s in services)


def _targets(delivery: m.Delivery) -> tuple[str, ...]:
    return (*_names(delivery.recipients), *(f"{r.table.name}.{r.column}" for r in delivery.routed_by))


def _what_is_sent(documents: list[m.Document]) -> str:
    """« 2 pièces médicales »; one document by its label."""
    if len(documents) == 1:
        return documents[0].label
    if all(d.medical for d in documents):
        return words.count(len(documents), "pièce médicale", "pièces médicales")
    return words.count(len(documents), "pièce")


def circuit_svg(circular: m.Circular, slug: str) -> str:
    """The circuit of `circular` as an SVG element (one line per element, no blank line)."""
    return Circuit(circular).svg(slug)
