"""What each declaration says, aspect by aspect, in plain French: the unit the semantic diff
compares. An aspect has a key (what is compared: conditions by their structure, so that a
fact relabelled does not make every rule « changed ») and the French shown to the reader."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from circdsl import model as m
from circdsl.analysis.traversal import structural_key
from circdsl.citations import fold
from circdsl.french import words as french_words
from circdsl.french.conditions import Prose, cell_text, output_text
from circdsl.words import CHANNEL_PHRASES


@dataclass(frozen=True)
class Aspect:
    name: str  # French: « sévérité », « si », « date »
    shown: str  # French, for the reader
    key: object = None  # compared; None: the shown text is compared

    @property
    def compared(self) -> object:
        return self.shown if self.key is None else self.key


# The kinds of declarations, in the order a diff shows them: (section title, word for one).
# The kinds of declarations, in the order a diff shows them:
# (attribute of m.Circular, section title, what one of them is called, feminine).
SECTIONS: tuple[tuple[str, str, str, bool], ...] = (
    ("rules", "Règles", "règle", True),
    ("deadlines", "Échéances", "échéance", True),
    ("events", "Événements", "événement", False),
    ("periods", "Périodes", "période", True),
    ("documents", "Pièces", "pièce", True),
    ("requests", "Dépôt de la demande", "dépôt", False),
    ("opinions", "Avis", "avis", False),
    ("examinations", "Examens", "examen", False),
    ("services", "Services", "service", False),
    ("tables", "Tables de décision", "table", True),
    ("values", "Valeurs calculées", "valeur", True),
    ("facts", "Faits", "fait", False),
)


def name_of(declaration: object) -> str:
    """The name a declaration is matched by (a submission has only its label)."""
    return str(getattr(declaration, "name", None) or getattr(declaration, "label", ""))


def title_of(declaration: object) -> str:
    return str(getattr(declaration, "title", None) or getattr(declaration, "label", ""))


def citations_of(declaration: object) -> frozenset[str]:
    return frozenset(fold(c.quote) for c in getattr(declaration, "citations", ()))


class Describer:
    """The aspects of the declarations of one circular."""

    def __init__(self, circ_text: str | None = None):
        self.prose = Prose()

    def aspects(self, declaration: object) -> list[Aspect]:
        describe = _DESCRIBERS.get(type(declaration))
        found = describe(self, declaration) if describe is not None else []
        quotes = getattr(declaration, "citations", ())
        if quotes:
            found.append(Aspect("citations", " ; ".join(f"« {c.quote} »" for c in quotes), citations_of(declaration)))
        return found

    # ------------------------------------------------------------ helpers

    def condition(self, name: str, expr: m.Expr | None) -> list[Aspect]:
        if expr is None:
            return []
        return [Aspect(name, self.prose.condition(expr), structural_key(expr))]

    def deliveries(self, deliveries: Iterable[m.Delivery]) -> list[Aspect]:
        shown = [self.delivery(d) for d in deliveries]
        return [Aspect("envoi", " ; ".join(shown))] if shown else []

    def delivery(self, delivery: m.Delivery) -> str:
        words = [CHANNEL_PHRASES.get(delivery.channel, str(delivery.channel))]
        if delivery.sealed:
            words.append("sous pli confidentiel")
        recipients = [s.name for s in delivery.recipients]
        recipients += [f"{ref.table.name}.{ref.table.columns[ref.column].name}" for ref in delivery.routed_by]
        words.append("à " + ", ".join(recipients))
        if delivery.via:
            words.append("via " + ", ".join(s.name for s in delivery.via))
        if delivery.condition is not None:
            words.append("si " + self.prose.clause(delivery.condition))
        return " ".join(words)


def _rule(d: Describer, rule: m.Rule) -> list[Aspect]:
    found = [Aspect("sévérité", str(rule.severity)), Aspect("titre", rule.title)]
    found += d.condition("si", rule.applies)
    found += d.condition("exige", rule.requires)
    for exception in rule.exceptions:
        shown = f"{d.prose.condition(exception.condition)} : {exception.outcome}"
        found.append(Aspect("sauf si", shown, (structural_key(exception.condition), str(exception.outcome))))
    if rule.message:
        found.append(Aspect("message", _message(rule.message)))
    return found


def _message(parts: tuple[str | m.Expr, ...]) -> str:
    text = "".join(part if isinstance(part, str) else "{" + _written(part) + "}" for part in parts)
    return f"« {text} »"


def _written(expr: m.Expr) -> str:
    """How the message names a value it shows: {agent.statut}, {plafond}, {table.colonne}."""
    if isinstance(expr, m.DocumentsProvided):
        return "pièces_manquantes"
    return m.written_name(expr) or "…"


def _deadline(d: Describer, deadline: m.Deadline) -> list[Aspect]:
    when = f"le {french_words.short_date(deadline.date)}" if deadline.date is not None else None
    if when is None and deadline.relative is not None:
        when = d.prose.relative(deadline.relative)
    found = [Aspect("libellé", deadline.label), Aspect("date", when or "non précisée", deadline.date or when)]
    if deadline.opening:  # « à partir du … »: the first day a date may take
        found.append(Aspect("borne", "ouverture (à partir de cette date)"))
    else:
        found.append(Aspect("borne", "incluse" if deadline.inclusive else "exclue"))
    if deadline.time is not None:
        found.append(Aspect("heure", f"à {deadline.time}"))
    found += d.condition("si", deadline.condition)
    if deadline.postponed:
        found.append(Aspect("report", "au jour ouvré suivant"))
    return found


def _event(d: Describer, event: m.Event) -> list[Aspect]:
    found = [Aspect("libellé", event.label), Aspect("date", french_words.short_date(event.date), event.date)]
    if event.start:
        found.append(Aspect("heure", f"de {event.start} à {event.end}" if event.end else f"à {event.start}"))
    if event.link:
        found.append(Aspect("lien", event.link))
    if event.place:
        found.append(Aspect("lieu", event.place))
    return found


def _period(d: Describer, period: m.Period) -> list[Aspect]:
    return [
        Aspect("libellé", period.label),
        Aspect(
            "dates",
            f"du {french_words.short_date(period.start)} au {french_words.short_date(period.end)}",
            (period.start, period.end),
        ),
    ]


def _document(d: Describer, document: m.Document) -> list[Aspect]:
    requirement = str(document.requirement)
    found = [Aspect("libellé", document.label)]
    if document.condition is not None:
        shown = f"{requirement} si {d.prose.clause(document.condition)}"
        found.append(Aspect("exigée", shown, (requirement, structural_key(document.condition))))
    else:
        found.append(Aspect("exigée", requirement))
    flags = [word for flag, word in ((document.medical, "médicale"), (document.confidential, "confidentielle")) if flag]
    if flags:
        found.append(Aspect("nature", ", ".join(flags)))
    found += d.deliveries(document.deliveries)
    if document.detail:
        found.append(Aspect("détail", document.detail))
    return found


def _request(d: Describer, request: m.Request) -> list[Aspect]:
    found = [Aspect("libellé", request.label)]
    found += d.condition("si", request.condition)
    found += d.deliveries(request.deliveries)
    if request.address:
        found.append(Aspect("adresse", request.address))
    return found


def _opinion(d: Describer, opinion: m.Opinion) -> list[Aspect]:
    found = [Aspect("libellé", opinion.label), Aspect("exigé", str(opinion.requirement))]
    if opinion.given_by is not None:
        found.append(Aspect("donné par", opinion.given_by.name))
    return found + d.condition("si", opinion.condition)


def _examination(d: Describer, examination: m.Examination) -> list[Aspect]:
    found = [Aspect("libellé", examination.label), Aspect("par", ", ".join(s.name for s in examination.by))]
    return found + d.condition("si", examination.condition)


def _service(d: Describer, service: m.Service) -> list[Aspect]:
    found = [Aspect("libellé", service.label)]
    if service.medical:
        found.append(Aspect("nature", "médical"))
    if service.address:
        found.append(Aspect("adresse", service.address))
    return found


def _value(d: Describer, value: m.Value) -> list[Aspect]:
    found = [Aspect("libellé", value.label), Aspect("calcul", d.prose.value(value.expr), structural_key(value.expr))]
    if value.rounding is not None:
        found.append(Aspect("arrondi", str(value.rounding)))
    return found


def _fact(d: Describer, fact: m.Fact) -> list[Aspect]:
    found = [Aspect("libellé", fact.label), Aspect("type", fact.type.describe())]
    if fact.low is not None or fact.high is not None:
        found.append(Aspect("bornes", f"entre {fact.low} et {fact.high}"))
    if fact.choice_labels:
        found.append(Aspect("choix", ", ".join(value for value, _ in fact.choice_labels)))
    return found


def _table(d: Describer, table: m.Table) -> list[Aspect]:
    found = [Aspect("libellé", table.label), Aspect("selon", ", ".join(table.input_texts))]
    found.append(Aspect("donne", ", ".join(f"{c.name} ({c.label})" for c in table.columns)))
    return found


def table_rows(table: m.Table) -> dict[str, str]:
    """Each row of a decision table: its conditions -> its results, in French."""
    rows = {}
    for row in table.rows:
        cells = " ; ".join(
            f"{text} : {cell_text(cell, expr)}"
            for text, cell, expr in zip(table.input_texts, row.cells, table.inputs, strict=True)
        )
        rows[cells] = _outputs(table, row)
    if table.default is not None:
        rows["sinon"] = _outputs(table, table.default)
    return rows


def _outputs(table: m.Table, row: m.TableRow) -> str:
    return " ; ".join(
        f"{column.name} = {output_text(value, column)}"
        for column, value in zip(table.columns, row.outputs, strict=True)
    )


_DESCRIBERS: dict[type, Callable[[Describer, Any], list[Aspect]]] = {
    m.Rule: _rule,
    m.Deadline: _deadline,
    m.Event: _event,
    m.Period: _period,
    m.Document: _document,
    m.Request: _request,
    m.Opinion: _opinion,
    m.Examination: _examination,
    m.Service: _service,
    m.Value: _value,
    m.Fact: _fact,
    m.Table: _table,
}
