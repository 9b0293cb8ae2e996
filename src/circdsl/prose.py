"""Plain French for the checked model: conditions, values, dates and tables.

`agent.statut = titulaire` reads « Statut de l'agent : Titulaire », using the
labels of facts and of their choices. Used by the documentation pages, the
personal checklists and the calendar. Constructs this module does not know
are shown as written in the .circ file when possible, never dropped.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterable
from decimal import Decimal
from typing import Any

from circdsl import model as m
from circdsl import runtime as rt
from circdsl.dates import MONTH_NAMES
from circdsl.source import Span

# Comparisons, written after « Label : » (no gender agreement needed), and what they become once negated.
COMPARISONS = {"=": "égal à", "!=": "autre que", "<": "moins de", "<=": "au plus", ">": "plus de", ">=": "au moins"}
DATE_COMPARISONS = {
    "=": "le",
    "!=": "autre que le",
    "<": "avant le",
    "<=": "au plus tard le",
    ">": "après le",
    ">=": "à partir du",
}
NEGATED = {"=": "!=", "!=": "=", "<": ">=", "<=": ">", ">": "<=", ">=": "<"}
ARITHMETIC = {"+": "plus", "-": "moins", "*": "multiplié par", "/": "divisé par"}
FRACTIONS = {Decimal(2): "la moitié", Decimal(3): "le tiers", Decimal(4): "le quart"}

# How a quantity is written after its number (the model's symbols: h, %, mois, trimestre(s)...).
UNIT_WORDS = dict(m.UNIT_SYMBOLS)


# ---------------------------------------------------------------- values


def french_date(value: datetime.date) -> str:
    """13 janvier 2025 ; 1er mars 2025."""
    day = "1er" if value.day == 1 else str(value.day)
    return f"{day} {MONTH_NAMES[value.month]} {value.year}"


def quantity(value: Decimal | int, unit: str | None) -> str:
    """4,5 h ; 80 % ; 3 demi-journée(s) ; 12."""
    word = UNIT_WORDS.get(unit or m.NUMBER, unit or "")
    return rt.fmt(value, word)


def choice_label(fact: m.Fact | None, value: object) -> str:
    """The label of a choice value of `fact`, or the value itself."""
    if fact is not None:
        for choice, label in fact.choice_labels:
            if choice == value:
                return label
    return str(value)


def constant(value: object, type_: m.Type | None = None, fact: m.Fact | None = None) -> str:
    """A constant of the model, in French."""
    if value is None:
        return "aucun"
    if isinstance(value, bool):
        return "oui" if value else "non"
    if isinstance(value, datetime.date):
        return french_date(value)
    if isinstance(value, (Decimal, int)):
        return quantity(value, type_.unit if type_ is not None else None)
    if isinstance(value, m.Service):
        return value.label
    if isinstance(value, str) and fact is not None and fact.choice_labels:
        return choice_label(fact, value)
    return f"« {value} »"


def join_alternatives(items: Iterable[str], word: str = "ou") -> str:
    """a ; a ou b ; a, b ou c."""
    parts = list(items)
    if len(parts) <= 1:
        return "".join(parts)
    return f"{', '.join(parts[:-1])} {word} {parts[-1]}"


# ---------------------------------------------------------------- expressions


class Prose:
    """Render expressions of one circular in plain French.

    `circ_text` (the .circ file) lets constructs unknown to this module be
    shown as written rather than by their class name.
    """

    def __init__(self, circ_text: str | None = None) -> None:
        self.circ_text = circ_text

    # --- entry points

    def condition(self, expr: m.Expr | None) -> str:
        """A condition: « Statut de l'agent : Titulaire et Degré d'enseignement : Second degré »."""
        if expr is None:
            return "toujours"
        return self._truth(expr, top=True)

    def negation(self, expr: m.Expr) -> str:
        """The opposite of a condition, negations pushed inwards."""
        return self._negated(expr, top=True)

    def value(self, expr: m.Expr) -> str:
        """A value: a fact, a computed value, a constant or arithmetic."""
        return self._value(expr)

    def relative_date(self, relative: Any) -> str:
        """`2 mois avant demande.date_début` -> 2 mois avant « Date de début »."""
        amount = getattr(relative, "amount", "")
        unit = str(getattr(relative, "unit", ""))
        if str(amount) == "1" and unit.startswith("jours"):
            unit = unit.replace("jours", "jour").replace("ouvrés", "ouvré")
        direction = getattr(relative, "direction", "")
        anchor = getattr(relative, "anchor", None)
        anchor_text = self._operand(anchor) if isinstance(anchor, m.Expr) else str(anchor)
        text = f"{amount} {unit} {direction} {anchor_text}"
        rounding = getattr(relative, "rounding", None)
        if rounding == "dernier jour":
            text += " (arrondi au dernier jour du mois)"
        elif rounding == "mois suivant":
            text += " (arrondi au premier jour du mois suivant)"
        return text

    def deadline_when(self, deadline: m.Deadline) -> str:
        """le 13 janvier 2025 (inclus) ; 2 mois avant : Date de début (inclus)."""
        bound = "inclus" if deadline.inclusive else "exclu"
        text = f"{self._when(deadline) or 'date non précisée'} ({bound})"
        if getattr(deadline, "postponed", False):
            text += ", reportée au jour ouvré suivant si elle tombe un samedi, un dimanche ou un jour férié"
        return text

    # --- truth-valued expressions

    def _truth(self, expr: m.Expr, top: bool = False) -> str:
        if isinstance(expr, m.Binary) and expr.op in ("et", "ou"):
            return self._logical(expr, top)
        if isinstance(expr, m.Unary) and expr.op == "non":
            return self._negated(expr.operand, top)
        if isinstance(expr, m.Binary) and expr.op in COMPARISONS:
            return self._comparison(expr.op, expr.left, expr.right)
        if isinstance(expr, m.Member):
            return self._member(expr, expr.negated)
        if isinstance(expr, m.IsWhole):
            return f"{self._value(expr.operand)} : nombre entier"
        if isinstance(expr, m.MeetsDeadline):
            return self._meets(expr, negated=False)
        if _is_kind(expr, "During"):
            return self._during(expr, negated=False)
        if expr.type.kind == "booléen":
            return f"{self._value(expr)} : oui"
        return self._value(expr)

    def _logical(self, expr: m.Binary, top: bool) -> str:
        parts = [self._truth(side) for side in _flatten(expr.op, expr)]
        text = f" {expr.op} ".join(parts)
        return text if top else f"({text})"

    def _negated(self, expr: m.Expr, top: bool = False) -> str:
        if isinstance(expr, m.Unary) and expr.op == "non":
            return self._truth(expr.operand, top)
        if isinstance(expr, m.Binary) and expr.op in ("et", "ou"):
            dual = "ou" if expr.op == "et" else "et"
            parts = [self._negated(side) for side in _flatten(expr.op, expr)]
            text = f" {dual} ".join(parts)
            return text if top else f"({text})"
        if isinstance(expr, m.Binary) and expr.op in NEGATED:
            return self._comparison(NEGATED[expr.op], expr.left, expr.right)
        if isinstance(expr, m.Member):
            return self._member(expr, not expr.negated)
        if isinstance(expr, m.IsWhole):
            return f"{self._value(expr.operand)} : pas un nombre entier"
        if isinstance(expr, m.MeetsDeadline):
            return self._meets(expr, negated=True)
        if _is_kind(expr, "During"):
            return self._during(expr, negated=True)
        if expr.type.kind == "booléen" and not isinstance(expr, m.Binary):
            return f"{self._value(expr)} : non"
        return f"non ({self._truth(expr, top=True)})"

    def _comparison(self, op: str, left: m.Expr, right: m.Expr) -> str:
        """« Label : value », « Label : au plus value », « « A » : au plus « B » »."""
        fact = _fact_of(left) or _fact_of(right)
        if isinstance(left, m.Const) and not isinstance(right, m.Const):
            left, right = right, left
            op = {"<": ">", "<=": ">=", ">": "<", ">=": "<="}.get(op, op)
        words = DATE_COMPARISONS if left.type.kind == "date" else COMPARISONS
        if isinstance(right, m.Const):
            shown = constant(right.value, right.type, fact)
            subject = self._value(left)
        else:
            shown, subject = self._operand(right), self._operand(left)
        if op == "=" and isinstance(right, m.Const) and left.type.kind != "date":
            return f"{subject} : {shown}"
        return f"{subject} : {words[op]} {shown}"

    def _member(self, expr: m.Member, negated: bool) -> str:
        fact = _fact_of(expr.operand)
        items = [constant(item, expr.operand.type, fact) for item in expr.items]
        subject = self._value(expr.operand)
        several = expr.operand.type.kind == "choix multiples"
        if several:
            prefix = "aucun de" if negated else "au moins un de"
            return f"{subject} : {prefix} {join_alternatives(items, 'et' if negated else 'ou')}"
        if negated:
            return f"{subject} : autre que {join_alternatives(items, 'et')}"
        return f"{subject} : {join_alternatives(items)}"

    def _meets(self, expr: m.MeetsDeadline, negated: bool) -> str:
        subject = self._value(expr.operand)
        deadline = expr.deadline
        relative = getattr(deadline, "relative", None)
        if negated:
            word = "après" if deadline.inclusive else "le jour même ou après"
        else:
            word = "au plus tard" if deadline.inclusive else "avant"
        if deadline.date is not None:
            return f"{subject} {word} le {french_date(deadline.date)}"
        if relative is not None:
            return f"{subject} {word} {self.relative_date(relative)}"
        return f"{subject} {word} la date limite « {deadline.label} »"

    def _during(self, expr: Any, negated: bool) -> str:
        period = expr.period
        subject = self._value(expr.operand)
        span = f"du {french_date(period.start)} au {french_date(period.end)}"
        word = "en dehors de" if negated else "pendant"
        return f"{subject} {word} « {period.label} » ({span})"

    # --- values

    def _value(self, expr: m.Expr) -> str:
        if isinstance(expr, m.FactRef):
            return expr.fact.label
        if isinstance(expr, m.ValueRef):
            return expr.value.label
        if isinstance(expr, m.Const):
            return constant(expr.value, expr.type)
        if isinstance(expr, m.Unary) and expr.op == "-":
            return f"moins {self._value(expr.operand)}"
        if isinstance(expr, m.Binary) and expr.op in ARITHMETIC:
            return self._arithmetic(expr)
        if isinstance(expr, m.Binary) and expr.op == "%*":
            return self._percent(expr)
        if _is_kind(expr, "DeadlineRef"):
            return self._deadline_ref(expr)
        if _is_kind(expr, "Count"):
            return f"nombre de choix pour « {expr.fact.label} »"  # type: ignore[attr-defined]
        if _is_kind(expr, "TableRef"):
            return self._table_ref(expr)
        if isinstance(expr, (m.Binary, m.Unary, m.Member, m.IsWhole, m.MeetsDeadline)) or _is_kind(expr, "During"):
            return self._truth(expr, top=False)
        return self._as_written(expr)

    def _arithmetic(self, expr: m.Binary) -> str:
        left, right = self._operand(expr.left), self._operand(expr.right)
        if expr.op == "/" and isinstance(expr.right, m.Const) and expr.right.value in FRACTIONS:
            return f"{FRACTIONS[expr.right.value]} de {left}"  # type: ignore[index]
        return f"{left} {ARITHMETIC[expr.op]} {right}"

    def _percent(self, expr: m.Binary) -> str:
        left, right = self._operand(expr.left), self._operand(expr.right)
        if expr.left.type.unit == m.PERCENT:
            return f"{left} de {right}"
        return f"{right} de {left}"

    def _operand(self, expr: m.Expr) -> str:
        """An operand inside a longer phrase: labels quoted, sub-expressions in parentheses."""
        text = self._value(expr)
        if isinstance(expr, (m.FactRef, m.ValueRef)):
            return f"« {text} »"
        return f"({text})" if isinstance(expr, m.Binary) else text

    def _deadline_ref(self, expr: Any) -> str:
        deadline = expr.deadline
        when = self._when(deadline)
        return f"la date limite « {deadline.label} »" + (f" ({when})" if when else "")

    def _when(self, deadline: m.Deadline) -> str | None:
        """« le 13 janvier 2025 », or how a relative deadline is computed."""
        if deadline.date is not None:
            return f"le {french_date(deadline.date)}"
        if deadline.relative is not None:
            return self.relative_date(deadline.relative)
        return None

    def _table_ref(self, expr: Any) -> str:
        table, column = expr.table, expr.column
        label = table.columns[column].label if column < len(table.columns) else table.label
        return f"{label} (selon la table « {table.label} »)"

    def _as_written(self, expr: m.Expr) -> str:
        """A construct this module does not know: the .circ text, or its kind."""
        if self.circ_text is not None:
            text = _slice(self.circ_text, expr.span)
            if text.strip():
                return f"« {' '.join(text.split())} »"
        return f"({type(expr).__name__})"


# ---------------------------------------------------------------- decision tables


def cell_text(cell: Any, input_expr: m.Expr | None) -> str:
    """One pattern of a decision table, in French."""
    fact = _fact_of(input_expr) if input_expr is not None else None
    type_ = input_expr.type if input_expr is not None else None
    values = [constant(v, type_, fact) for v in getattr(cell, "values", ())]
    kind = getattr(cell, "kind", "any")
    if kind in ("any", "none") or (not values and kind != "eq"):
        return "tout" if kind == "any" else "aucun"
    if kind == "eq":
        return values[0] if values else "—"
    if kind == "in":
        return join_alternatives(values)
    if kind == "not_in":
        return f"autre que {join_alternatives(values, 'et')}"
    if kind == "range":
        return f"de {values[0]} à {values[-1]}"
    op = getattr(cell, "op", None) or "="
    return f"{COMPARISONS.get(op, op)} {values[0]}"


def output_text(value: object, column: Any) -> str:
    """One output of a decision table row."""
    if value is None:
        return "aucun" if getattr(getattr(column, "type", None), "kind", None) == "service" else "—"
    if isinstance(value, str):
        return value
    return constant(value, getattr(column, "type", None))


# ---------------------------------------------------------------- helpers


def _flatten(op: str, expr: m.Expr) -> list[m.Expr]:
    """a et (b et c) -> [a, b, c]."""
    if isinstance(expr, m.Binary) and expr.op == op:
        return _flatten(op, expr.left) + _flatten(op, expr.right)
    return [expr]


def _fact_of(expr: m.Expr | None) -> m.Fact | None:
    return expr.fact if isinstance(expr, m.FactRef) else None


def _is_kind(expr: m.Expr, name: str) -> bool:
    """Whether `expr` is the model class `name` (a construct that may not exist yet)."""
    cls = getattr(m, name, None)
    return isinstance(cls, type) and isinstance(expr, cls)


def _slice(text: str, span: Span) -> str:
    lines = text.splitlines()
    try:
        line, column, end_line, end_column = span.line, span.column, span.end_line, span.end_column
        if line == end_line:
            return lines[line - 1][column - 1 : end_column - 1]
        parts = [lines[line - 1][column - 1 :], *lines[line : end_line - 1], lines[end_line - 1][: end_column - 1]]
        return " ".join(parts)
    except (AttributeError, IndexError, TypeError):
        return ""
