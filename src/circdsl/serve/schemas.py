"""JSON schemas for forms, from the checked model: one per circular for its facts (choices as
`oneOf` with `const` and a French `title`, units and bounds, numbers as numbers, the facts'
citations as descriptions), and one for the decision. Without FastAPI: `circ build` publishes
them too."""

from __future__ import annotations

import json
from decimal import Decimal
from typing import Any

from pydantic import TypeAdapter

from circdsl import model as m
from circdsl import runtime as rt
from circdsl.words import Kind

DIALECT = "https://json-schema.org/draft/2020-12/schema"
UNIT_TEXT = {
    m.HOURS: "heures",
    m.HALF_DAYS: "demi-journées",
    m.PERCENT: "%",
    m.DAYS: "jours",
    m.MONTHS: "mois",
    m.QUARTERS: "trimestres",
    m.YEARS: "ans",
    m.EUROS: "€",
}


def form_schema(circular: m.Circular) -> dict[str, Any]:
    """The schema of a situation for `circular`: every fact it reads, in the order of the file."""
    return {
        "$comment": f"Généré par circdsl depuis {circular.file} : ne pas modifier.",
        "$schema": DIALECT,
        "title": f"Situation du demandeur : {circular.title}",
        "description": "Un fait absent (ou null) est inconnu, jamais faux. Les nombres s'écrivent en nombres ; "
        "le texte d'un formulaire (« 4,5 », « 13/01/2025 », « oui ») est aussi accepté.",
        "type": "object",
        "properties": {fact.name: fact_schema(fact) for fact in circular.facts},
        "additionalProperties": False,
    }


def fact_schema(fact: m.Fact) -> dict[str, Any]:
    """One fact: its label as `title`, its first citation as `description`, its type for a form."""
    schema: dict[str, Any] = {"title": fact.label}
    if fact.citations:
        schema["description"] = fact.citations[0].quote
    schema.update(_type_schema(fact))
    return schema


def _type_schema(fact: m.Fact) -> dict[str, Any]:
    kind = fact.type.kind
    if kind is Kind.BOOLEAN:
        return {"type": "boolean", "oneOf": [{"const": True, "title": "Oui"}, {"const": False, "title": "Non"}]}
    if kind is Kind.DATE:
        return {"type": "string", "format": "date", "x-formats-acceptes": ["AAAA-MM-JJ", "JJ/MM/AAAA"]}
    if kind is Kind.TEXT:
        return {"type": "string", "maxLength": rt.MAX_TEXT_LENGTH}
    if kind is Kind.CHOICE:
        return {"type": "string", "oneOf": _choices(fact)}
    if kind is Kind.CHOICES:
        items = {"type": "string", "oneOf": _choices(fact)}
        return {"type": "array", "items": items, "uniqueItems": True, "maxItems": rt.MAX_CHOICES}
    return _number_schema(fact)


def _choices(fact: m.Fact) -> list[dict[str, str]]:
    labels = dict(fact.choice_labels)
    return [{"const": value, "title": labels.get(value, value)} for value in fact.type.choices]


def _number_schema(fact: m.Fact) -> dict[str, Any]:
    schema: dict[str, Any] = {"type": "integer" if fact.type.integer else "number"}
    if fact.low is not None:
        schema["minimum"] = _json_number(fact.low)
    if fact.high is not None:
        schema["maximum"] = _json_number(fact.high)
    unit = UNIT_TEXT.get(fact.type.unit) if fact.type.unit else None
    if unit:
        schema["x-unite"] = unit
    return schema


def _json_number(value: Decimal) -> int | float:
    return int(value) if value == value.to_integral_value() else float(value)


def decision_schema() -> dict[str, Any]:
    """The schema of `Decision.to_dict()` (the same for every circular)."""
    schema: dict[str, Any] = TypeAdapter(rt.Decision).json_schema(mode="serialization")
    _add_shown(schema["$defs"]["Finding"], "values_shown", "Values Shown", "les valeurs lues (`values`)")
    _add_shown(schema, "computed_shown", "Computed Shown", "les valeurs calculées (`computed`)")
    return {"$comment": "Généré par circdsl : ne pas modifier.", "$schema": DIALECT, **schema}


def _add_shown(schema: dict[str, Any], key: str, title: str, what: str) -> None:
    """The fields that `Decision.to_dict()` adds to the dataclass: values as the text shows them."""
    schema["properties"][key] = {
        "additionalProperties": {"anyOf": [{"type": "string"}, {"type": "null"}]},
        "description": f"Comme le texte les montre (nombres arrondis au centime, virgule décimale), {what} ;"
        " null si inconnue. La valeur exacte reste dans le champ d'origine.",
        "title": title,
        "type": "object",
    }
    schema["required"] = [*schema.get("required", []), key]


def schema_text(schema: dict[str, Any]) -> str:
    """A schema as a file: stable key order as built, French kept readable, a final newline; its
    `$comment` on the first line, which marks the file as generated (so `circ build` may replace it)."""
    text = json.dumps(schema, ensure_ascii=False, indent=2)
    return ("{" + text[len("{\n  ") :] if text.startswith('{\n  "$comment"') else text) + "\n"
