"""Hover: what a name is, in French — a fact's type, unit, bounds and label, where it is declared
and what it cites; a rule's severity, title and citations; a service's address; a deadline's date…

Everything is read from the declaration's syntax node, so that hover works in a file with errors;
citations are located in the circular's source text when the compiler could read it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path

from lsprotocol import types

from circdsl import nodes as n
from circdsl.citations import SourceText
from circdsl.dates import parse_date
from circdsl.escape import markdown
from circdsl.french import words
from circdsl.lsp.files import Analysis, Files
from circdsl.lsp.index import Kind, Symbol
from circdsl.lsp.navigation import Target, target_at

# How each simple type is said; quantities name their unit.
SIMPLE_TYPES = {
    "booléen": "booléen (oui ou non)",
    "entier": "nombre entier",
    "décimal": "nombre décimal",
    "pourcentage": "pourcentage (unité : %)",
    "date": "date",
    "texte": "texte",
}
QUANTITIES = ("heures", "demi-journées", "jours", "mois", "trimestres", "ans", "euros")


def hover(files: Files, analysis: Analysis, position: types.Position) -> types.Hover | None:
    found = target_at(files, analysis, position)
    if found is None:
        return None
    occurrence, target = found
    text = describe(target, analysis)
    return types.Hover(
        contents=types.MarkupContent(kind=types.MarkupKind.Markdown, value=text),
        range=analysis.lines.range(occurrence.span),
    )


def describe(target: Target, reader: Analysis) -> str:
    """The Markdown shown for a symbol, read from the file `reader`."""
    symbol = target.symbol
    node = symbol.node
    describer = _DESCRIBERS.get(symbol.kind)
    parts = [_title(symbol), *(describer(target) if describer else ())]
    parts.append(_where(target, reader))
    parts += _citations(target, getattr(node, "clauses", ()))
    return "\n\n".join(part for part in parts if part)


def _title(symbol: Symbol) -> str:
    node = symbol.node
    label = getattr(node, "label", None) or getattr(node, "title", None)
    word = symbol.kind.value
    if symbol.kind is Kind.RULE and isinstance(node, n.RuleDecl):
        word = f"règle {node.severity}"
    if symbol.kind is Kind.CASE:
        return f"**cas** « {markdown(symbol.name)} »"
    shown = f"**{word}** `{symbol.name}`"
    return f"{shown} — {markdown(label.value)}" if isinstance(label, n.Text) and label.value else shown


def _where(target: Target, reader: Analysis) -> str:
    line = target.symbol.name_span.line
    if target.analysis.uri == reader.uri:
        return f"*Déclaré ligne {line}.*"
    path = target.analysis.path
    shown = path.name if path is not None else target.analysis.name
    return f"*Déclaré dans {markdown(shown)}, ligne {line}.*"


def _citations(target: Target, clauses: Iterable[n.Clause]) -> list[str]:
    quotes = [c.value for c in clauses if c.kind == "cite" and isinstance(c.value, n.Text)]
    source = _source_text(target.analysis)
    found = []
    for quote in quotes:
        line = source.find(quote.value) if source is not None else None
        where = f" — texte source, ligne {line}" if line is not None else ""
        found.append(f"> « {markdown(quote.value)} »{where}")
    return found


def _source_text(analysis: Analysis) -> SourceText | None:
    for attr in analysis.module.header.attrs:
        if attr.key == "source" and isinstance(attr.value, n.Text):
            return analysis.compiler.sources.get(analysis.folder / Path(attr.value.value))
    return None


# ---------------------------------------------------------------- one describer per kind


def type_text(spec: n.TypeSpec | None, bounds: n.Bounds | None = None) -> str:
    """A type as an editor reads it: « quantité (unité : heures), entre 0 et 48 »."""
    if spec is None:
        return "service destinataire"
    if spec.choices:
        values = ", ".join(
            f"`{c.name.text}`" + (f" ({markdown(c.label.value)})" if c.label else "") for c in spec.choices
        )
        return f"{spec.kind} parmi {values}"
    said = SIMPLE_TYPES.get(spec.kind) or (f"quantité (unité : {spec.kind})" if spec.kind in QUANTITIES else spec.kind)
    if bounds is not None:
        said += f", entre {words.number(bounds.low)} et {words.number(bounds.high)}"
    return said


def _fact(target: Target) -> list[str]:
    node = target.symbol.node
    assert isinstance(node, n.FactDecl)
    return [f"Type : {type_text(node.type, node.bounds)}"]


def _value(target: Target) -> list[str]:
    node = target.symbol.node
    assert isinstance(node, n.ValueDecl)
    parts = [f"= `{target.analysis.lines.slice(node.expr.span)}`"]
    model = target.analysis.checked.circular
    value = next((v for v in model.values if v.name == target.symbol.name), None) if model else None
    if value is not None:
        parts.append(f"Type : {value.type.describe()}")
    if node.rounding:
        parts.append(f"Arrondi {'au centime' if node.rounding == 'centime' else 'à l’unité'}")
    return parts


def _column(target: Target) -> list[str]:
    node = target.symbol.node
    assert isinstance(node, n.TableOutput)
    return [f"Colonne de la table `{target.symbol.owner}` : {type_text(node.type)}"]


def _table(target: Target) -> list[str]:
    node = target.symbol.node
    assert isinstance(node, n.TableDecl)
    inputs = ", ".join(f"`{name.text}`" for name in node.inputs)
    outputs = ", ".join(f"`{node.name.text}.{output.name.text}`" for output in node.outputs)
    return [f"Selon {inputs} ; donne {outputs} ({words.count(len(node.rows), 'ligne')})"]


def _document(target: Target) -> list[str]:
    node = target.symbol.node
    assert isinstance(node, n.DocumentDecl)
    kinds = {clause.kind for clause in node.clauses}
    requirement = next((c.value for c in node.clauses if isinstance(c.value, n.Requirement)), None)
    flags = [requirement.kind + (" sous condition" if requirement.condition else "")] if requirement else []
    flags += [word for word in ("médicale", "confidentielle") if word in kinds]
    return [", ".join(flags).capitalize()] if flags else []


def _service(target: Target) -> list[str]:
    node = target.symbol.node
    assert isinstance(node, n.ServiceDecl)
    parts = (
        ["Service médical : les pièces médicales peuvent lui être transmises"]
        if any(c.kind == "médicale" for c in node.clauses)
        else []
    )
    address = next((c.value for c in node.clauses if c.kind == "adresse" and isinstance(c.value, n.Text)), None)
    if address is not None:
        parts.append(f"Adresse : {markdown(address.value)}")
    return parts


def _written_date(text: n.DateText) -> str:
    date = parse_date(text.text)
    return words.date(date) if date is not None else text.text


def _deadline(target: Target) -> list[str]:
    node = target.symbol.node
    assert isinstance(node, n.DeadlineDecl)
    bound = "inclus" if node.inclusive else "exclu"
    at = f" à {node.time.text}" if node.time is not None else ""
    if node.opening:
        written = target.analysis.lines.slice(node.date.span)
        when = f"Ouverture : {markdown(written)}{at} (le jour même compris)"
    elif isinstance(node.date, n.DateText):
        when = f"Le {_written_date(node.date)}{at} ({bound})"
    else:
        written = target.analysis.lines.slice(node.date.span)
        when = f"{markdown(written)} ({bound}) : une date propre à chaque demande"
    conditional = " ; seulement dans certains cas (« si »)" if any(c.kind == "si" for c in node.clauses) else ""
    return [when + conditional]


def _period(target: Target) -> list[str]:
    node = target.symbol.node
    if isinstance(node, n.HeaderAttr):  # the school year, declared by the header
        assert not isinstance(node.value, n.PassageText)  # the school year is a text or a date
        year = node.value.value if isinstance(node.value, n.Text) else node.value.text
        first, _, second = year.partition("-")
        return [f"L'année scolaire de la circulaire : du 1er septembre {first} au 31 août {second}, bornes incluses"]
    assert isinstance(node, n.PeriodDecl)
    return [f"Du {_written_date(node.start)} au {_written_date(node.end)}, bornes incluses"]


def _event(target: Target) -> list[str]:
    node = target.symbol.node
    assert isinstance(node, n.EventDecl)
    when = f"Le {_written_date(node.date)}"
    if node.start is not None:
        when += f" de {node.start.text} à {node.end.text}" if node.end is not None else f" à {node.start.text}"
    parts = [when]
    for clause in node.clauses:
        if clause.kind in ("lieu", "lien") and isinstance(clause.value, n.Text):
            parts.append(f"{clause.kind.capitalize()} : {markdown(clause.value.value)}")
    return parts


def _opinion(target: Target) -> list[str]:
    node = target.symbol.node
    assert isinstance(node, n.OpinionDecl)
    given = next((c.value for c in node.clauses if c.kind == "donné par" and isinstance(c.value, n.Name)), None)
    return [node.requirement.capitalize() + (f", donné par `{given.text}`" if given else "")]


def _examination(target: Target) -> list[str]:
    node = target.symbol.node
    assert isinstance(node, n.ExaminationDecl)
    return ["Par " + ", ".join(f"`{name.text}`" for name in node.by)]


def _choice(target: Target) -> list[str]:
    return [f"Valeur du choix `{target.symbol.owner}`"]


def _vocabulary(target: Target) -> list[str]:
    path = target.analysis.path
    return [f"Fichier {markdown(path.name)}"] if path else []


_DESCRIBERS: dict[Kind, Callable[[Target], list[str]]] = {
    Kind.FACT: _fact,
    Kind.VALUE: _value,
    Kind.TABLE: _table,
    Kind.COLUMN: _column,
    Kind.DOCUMENT: _document,
    Kind.SERVICE: _service,
    Kind.DEADLINE: _deadline,
    Kind.PERIOD: _period,
    Kind.EVENT: _event,
    Kind.OPINION: _opinion,
    Kind.EXAMINATION: _examination,
    Kind.CHOICE: _choice,
    Kind.VOCABULARY: _vocabulary,
}
