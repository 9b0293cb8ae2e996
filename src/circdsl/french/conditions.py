"""Conditions and values of the checked model in plain French.

`agent.statut = titulaire` reads « Statut de l'agent : Titulaire », using the
labels of facts and of their choices; a date compared with a deadline reads
« Date de dépôt : au plus tard le 13 janvier 2025 » or « … : plus de 3 ans après
« Date de naissance de l'enfant » » for a deadline computed from the situation.
No identifier, class name or brace is ever written: every node of the model has
its wording, and a construct this module would not know reads as a neutral phrase.
"""

from __future__ import annotations

from decimal import Decimal

from circdsl import model as m
from circdsl.french import words

# Comparisons, written after « Label : » (no gender agreement needed), and their negations.
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
MIRRORED = {"<": ">", "<=": ">=", ">": "<", ">=": "<=", "=": "=", "!=": "!="}
ARITHMETIC = {"+": "plus", "-": "moins", "*": "multiplié par", "/": "divisé par", "date+": "plus", "date-": "moins"}
FRACTIONS = {Decimal(2): "la moitié", Decimal(3): "le tiers", Decimal(4): "le quart"}
# A date compared with a deadline computed `amount` before or after an anchor, by operator.
AFTER_ANCHOR = {"<=": "au plus tard", "<": "moins de", ">": "plus de", ">=": "au moins"}
BEFORE_ANCHOR = {"<=": "au moins", "<": "plus de", ">": "moins de", ">=": "au plus"}
UNSAID = "une condition de la circulaire"  # for a construct without wording (never expected)
TOO_LONG = "une condition trop longue pour être résumée ici (voir le texte de la circulaire)"


def constant(value: object, type_: m.Type | None = None, fact: m.Fact | None = None) -> str:
    """A constant of the model, in French."""
    if value is None:
        return "aucun"
    if isinstance(value, bool):
        return "oui" if value else "non"
    if isinstance(value, m.Service):
        return value.label
    if hasattr(value, "year") and hasattr(value, "month"):
        return words.date(value)  # type: ignore[arg-type]
    if isinstance(value, (Decimal, int)):
        return words.quantity(value, type_.unit if type_ is not None else None)
    if isinstance(value, str) and fact is not None and fact.choice_labels:
        return choice_label(fact, value)
    if isinstance(value, (frozenset, set, tuple, list)):
        return words.join((constant(v, type_, fact) for v in sorted(value, key=str)), "et") or "aucun"
    return f"« {value} »"


def choice_label(fact: m.Fact | None, value: object) -> str:
    """The label of a choice value of `fact`, or the value itself."""
    if fact is not None:
        for choice, label in fact.choice_labels:
            if choice == value:
                return label
    return str(value)


class Prose:
    """Render the expressions of one circular in plain French."""

    _inside = False  # while rendering a clause: labels lose their capital (words.inside_sentence)

    # --- entry points

    def condition(self, expr: m.Expr | None) -> str:
        """A condition: « Statut de l'agent : Titulaire et Degré d'enseignement : Second degré »."""
        if expr is None:
            return "toujours"
        try:
            return words.elided(self._truth(expr, top=True))
        except RecursionError:
            return TOO_LONG

    def clause(self, expr: m.Expr | None) -> str:
        """A condition placed after other words (« si … », « où … »): every label it says
        outside quotes reads as inside a sentence (« si l'agent dispose d'un justificatif… : oui »)."""
        self._inside = True
        try:
            return self.condition(expr)
        finally:
            self._inside = False

    def negation(self, expr: m.Expr) -> str:
        """The opposite of a condition, negations pushed inwards."""
        try:
            return words.elided(self._negated(expr, top=True))
        except RecursionError:
            return TOO_LONG

    def value(self, expr: m.Expr) -> str:
        """A value: a fact, a computed value, a constant or arithmetic."""
        try:
            return words.elided(self._value(expr))
        except RecursionError:
            return TOO_LONG

    def placeholder(self, expr: m.Expr) -> str:
        """What a `{…}` of a message stands for, on a page read by everyone: a short label."""
        if isinstance(expr, m.TableRef):
            return _column_label(expr)
        if isinstance(expr, m.DocumentsProvided):
            return "pièces manquantes"
        return self.value(expr)

    def relative(self, relative: m.RelativeDate) -> str:
        """`2 mois avant demande.date_début` -> 2 mois avant « Date de début »."""
        text = f"{_amount(relative)} {relative.direction} {self._operand(relative.anchor)}"
        if relative.rounding == "dernier jour":
            text += " (arrondi au dernier jour du mois)"
        elif relative.rounding == "mois suivant":
            text += " (arrondi au premier jour du mois suivant)"
        return text

    # --- truth-valued expressions

    def _truth(self, expr: m.Expr, top: bool = False) -> str:
        if isinstance(expr, m.Binary) and expr.op in ("et", "ou"):
            return self._logical(expr, top, negated=False)
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
        if isinstance(expr, m.During):
            return self._during(expr, negated=False)
        if isinstance(expr, m.DocumentsProvided):
            return "toutes les pièces obligatoires sont fournies"
        if isinstance(expr, m.Const) and isinstance(expr.value, bool):
            return "toujours" if expr.value else "jamais"
        if expr.type.kind == "booléen":
            return f"{self._value(expr)} : oui"
        return self._value(expr)

    def _logical(self, expr: m.Binary, top: bool, negated: bool) -> str:
        word = ({"et": "ou", "ou": "et"} if negated else {"et": "et", "ou": "ou"})[expr.op]
        render = self._negated if negated else self._truth
        text = f" {word} ".join(render(side) for side in flatten(expr.op, expr))
        return text if top else f"({text})"

    def _negated(self, expr: m.Expr, top: bool = False) -> str:
        if isinstance(expr, m.Unary) and expr.op == "non":
            return self._truth(expr.operand, top)
        if isinstance(expr, m.Binary) and expr.op in ("et", "ou"):
            return self._logical(expr, top, negated=True)
        if isinstance(expr, m.Binary) and expr.op in NEGATED:
            return self._comparison(NEGATED[expr.op], expr.left, expr.right)
        if isinstance(expr, m.Member):
            return self._member(expr, not expr.negated)
        if isinstance(expr, m.IsWhole):
            return f"{self._value(expr.operand)} : pas un nombre entier"
        if isinstance(expr, m.MeetsDeadline):
            return self._meets(expr, negated=True)
        if isinstance(expr, m.During):
            return self._during(expr, negated=True)
        if isinstance(expr, m.DocumentsProvided):
            return "une pièce obligatoire manque"
        if isinstance(expr, m.Const) and isinstance(expr.value, bool):
            return "jamais" if expr.value else "toujours"
        if expr.type.kind == "booléen" and not isinstance(expr, m.Binary):
            return f"{self._value(expr)} : non"
        return f"il est faux que : {self._truth(expr, top=True)}"

    def _comparison(self, op: str, left: m.Expr, right: m.Expr) -> str:
        """« Label : value », « Label : au plus value », « « A » : au plus « B » »."""
        fact = _fact_of(left) or _fact_of(right)
        if isinstance(left, m.Const) and not isinstance(right, m.Const):
            left, right, op = right, left, MIRRORED[op]
        is_date = left.type.kind == "date"
        if isinstance(right, m.DeadlineRef) and right.deadline.relative is not None:
            return f"{self._value(left)} : {self._relative_bound(op, right.deadline.relative)}"
        if isinstance(right, m.Const):
            shown, subject = constant(right.value, right.type, fact), self._value(left)
        else:
            shown, subject = self._operand(right), self._operand(left)
        if op == "=" and not is_date:
            return f"{subject} : {shown}"
        return f"{subject} : {(DATE_COMPARISONS if is_date else COMPARISONS)[op]} {shown}"

    def _member(self, expr: m.Member, negated: bool) -> str:
        fact = _fact_of(expr.operand)
        items = [constant(item, expr.operand.type, fact) for item in expr.items]
        subject = self._value(expr.operand)
        if expr.operand.type.kind == "choix multiples":
            prefix = "aucun de" if negated else "au moins un de"
            return f"{subject} : {prefix} {words.join(items, 'et' if negated else 'ou')}"
        if negated:
            return f"{subject} : autre que {words.join(items, 'et')}"
        return f"{subject} : {words.join(items)}"

    def _meets(self, expr: m.MeetsDeadline, negated: bool) -> str:
        """`x respecte d`: x <= d (inclusive) or x < d; negated: x > d or x >= d."""
        deadline = expr.deadline
        op = "<=" if deadline.inclusive else "<"
        if negated:
            op = NEGATED[op]
        if isinstance(expr.operand, m.Const):  # « 31 août 2026 respecte d »: said from the deadline's side
            return f"{self._deadline_ref(deadline)} : {DATE_COMPARISONS[MIRRORED[op]]} {self._value(expr.operand)}"
        subject = self._value(expr.operand)
        if deadline.date is not None:
            # « à 23h59 » where the date named is the deadline's own day: a limit met, an opening not missed
            at = f" à {deadline.time}" if deadline.time is not None and op in ("<=", ">=") else ""
            return f"{subject} : {DATE_COMPARISONS[op]} {words.date(deadline.date)}{at}"
        if deadline.relative is not None:
            return f"{subject} : {self._relative_bound(op, deadline.relative)}"
        return f"{subject} : {DATE_COMPARISONS[op]} {self._deadline_ref(deadline)}"

    def _relative_bound(self, op: str, relative: m.RelativeDate) -> str:
        """A date compared with `amount avant|après anchor`: « au plus tard 15 jours après « X » »."""
        if op in ("=", "!="):
            prefix = "" if op == "=" else "autre que "
            return f"{prefix}{self.relative(relative)}"
        wording = AFTER_ANCHOR if relative.direction == "après" else BEFORE_ANCHOR
        return f"{wording[op]} {self.relative(relative)}"

    def _during(self, expr: m.During, negated: bool) -> str:
        period = expr.period
        span = f"du {words.date(period.start)} au {words.date(period.end)}"
        word = "en dehors de la période" if negated else "pendant la période"
        return f"{self._value(expr.operand)} : {word} « {period.label} » ({span})"

    # --- values

    def _value(self, expr: m.Expr) -> str:
        if isinstance(expr, (m.FactRef, m.ValueRef)):
            label = expr.fact.label if isinstance(expr, m.FactRef) else expr.value.label
            return words.inside_sentence(label) if self._inside else label
        if isinstance(expr, m.Const):
            return constant(expr.value, expr.type)
        if isinstance(expr, m.Unary) and expr.op == "-":
            return f"moins {self._operand(expr.operand)}"
        if isinstance(expr, m.Binary) and expr.op in ARITHMETIC:
            return self._arithmetic(expr)
        if isinstance(expr, m.Binary) and expr.op == "date-date":
            return f"nombre de jours de {self._operand(expr.right)} à {self._operand(expr.left)}"
        if isinstance(expr, m.Binary) and expr.op == "%*":
            return self._percent(expr)
        if isinstance(expr, m.DeadlineRef):
            return self._deadline_ref(expr.deadline)
        if isinstance(expr, m.Count):
            return f"nombre de choix pour « {expr.fact.label} »"
        if isinstance(expr, m.TableRef):
            return _column_label(expr)
        if isinstance(expr, m.DocumentsProvided):
            return "liste des pièces obligatoires manquantes"
        if isinstance(expr, (m.Binary, m.Unary, m.Member, m.IsWhole, m.MeetsDeadline, m.During)):
            return self._truth(expr, top=False)
        return UNSAID

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
        if isinstance(expr, (m.FactRef, m.ValueRef)):  # a quoted label keeps its capital
            return f"« {expr.fact.label if isinstance(expr, m.FactRef) else expr.value.label} »"
        text = self._value(expr)
        if isinstance(expr, m.TableRef):
            return f"« {text} »"
        return f"({text})" if isinstance(expr, m.Binary) else text

    def _deadline_ref(self, deadline: m.Deadline) -> str:
        if deadline.date is not None:
            return words.date(deadline.date)
        if deadline.relative is not None:
            return f"la date située {self.relative(deadline.relative)}"
        return f"la date « {deadline.label} »"


# ---------------------------------------------------------------- decision tables


def cell_text(cell: m.Cell, input_expr: m.Expr | None) -> str:
    """One pattern of a decision table, in French."""
    fact = _fact_of(input_expr) if input_expr is not None else None
    type_ = input_expr.type if input_expr is not None else None
    values = [constant(v, type_, fact) for v in cell.values]
    if cell.kind in ("any", "none") or (not values and cell.kind != "eq"):
        return "tout" if cell.kind == "any" else "aucun"
    if cell.kind == "eq":
        return values[0] if values else "—"
    if cell.kind == "in":
        return words.join(values)
    if cell.kind == "not_in":
        return f"autre que {words.join(values, 'et')}"
    if cell.kind == "range":
        return f"de {values[0]} à {values[-1]}"
    op = cell.op or "="
    words_for = DATE_COMPARISONS if type_ is not None and type_.kind == "date" else COMPARISONS
    return f"{words_for.get(op, op)} {values[0]}"


def output_text(value: object, column: m.TableColumn) -> str:
    """One output of a decision table row."""
    if value is None:
        return "aucun" if column.type.kind == "service" else "—"
    if isinstance(value, str):
        return value
    return constant(value, column.type)


# ---------------------------------------------------------------- helpers


def flatten(op: str, expr: m.Expr) -> list[m.Expr]:
    """a et (b et c) -> [a, b, c], without recursion (chains may be long)."""
    found: list[m.Expr] = []
    stack = [expr]
    while stack:
        node = stack.pop()
        if isinstance(node, m.Binary) and node.op == op:
            stack.extend((node.right, node.left))
        else:
            found.append(node)
    return found


def _fact_of(expr: m.Expr | None) -> m.Fact | None:
    return expr.fact if isinstance(expr, m.FactRef) else None


def _column_label(expr: m.TableRef) -> str:
    table = expr.table
    return table.columns[expr.column].label if expr.column < len(table.columns) else table.label


def _amount(relative: m.RelativeDate) -> str:
    """« 15 jours », « 2 ans », « 24 h » when the editor counted hours."""
    written = relative.text.split()
    if len(written) > 1 and written[1] in ("h", "heure", "heures") and relative.unit == "jours":
        return f"{written[0]} h"
    return words.duration(relative.amount, relative.unit)
