"""Typing expressions: names resolved in the scope, units and kinds checked, each
syntax-tree expression turned into a typed model expression (or reported, then None)."""

from __future__ import annotations

import datetime
from collections.abc import Iterable, Mapping
from typing import TypeVar

from circdsl import model as m
from circdsl import nodes as n
from circdsl.check.literals import date_of, decimal_text
from circdsl.check.scope import Scope
from circdsl.source import Span
from circdsl.words import Kind, Requirement, Unit

PROVIDED_FACT = "dossier.pièces_fournies"  # declared by the first use of « pièces fournies »
FIRST_DECLARATION_OF_PROVIDED = "déclaration de ce fait"
_OP_WORDS = {"+": "plus", "-": "moins", "*": "multiplié par", "/": "divisé par"}
_EQUATABLE = (Kind.BOOLEAN, Kind.TEXT, Kind.CHOICE, Kind.DATE)
_CHOICES = (Kind.CHOICE, Kind.CHOICES)
_Dated = TypeVar("_Dated", m.Period, m.Deadline)


class Expressions:
    """Types the expressions of one circular against its scope."""

    def __init__(self, scope: Scope):
        self.scope = scope

    def expr(self, node: n.Expr) -> m.Expr | None:
        """Type an expression; report and return None on error."""
        method = getattr(self, f"_expr_{type(node).__name__}")
        result: m.Expr | None = method(node)
        return result

    def condition(self, node: n.Expr) -> m.Expr | None:
        """Type an expression that must be a condition (booléen)."""
        expr = self.expr(node)
        if expr is not None and expr.type.kind is not Kind.BOOLEAN:
            self.scope.error(
                "E202",
                node.span,
                f"une condition est attendue ici, mais l'expression est {expr.type.describe()}",
                "comparez la valeur, par exemple « x = 3 » ou « x <= y »",
            )
            return None
        return expr

    # ------------------------------------------------------------ literals and names
    def _expr_NumberLit(self, node: n.NumberLit) -> m.Expr:  # noqa: N802
        unit = m.UNIT_WORDS[node.unit] if node.unit else m.NUMBER
        return m.Const(m.number(unit), node.span, node.value)

    def _expr_DateLit(self, node: n.DateLit) -> m.Expr | None:  # noqa: N802
        value = date_of(self.scope, node.date)
        return None if value is None else m.Const(m.DATE, node.span, value)

    def _expr_TextLit(self, node: n.TextLit) -> m.Expr:  # noqa: N802
        return m.Const(m.TEXT, node.span, node.value)

    def _expr_BoolLit(self, node: n.BoolLit) -> m.Expr:  # noqa: N802
        return m.Const(m.BOOLEAN, node.span, node.value)

    def _expr_Ref(self, node: n.Ref) -> m.Expr | None:  # noqa: N802
        found = self.reference(node.name.text, node.span)
        if found is not None:
            return found
        special = self.table_or_period_reference(node.name)
        if special is not None or node.name in self.scope.reported:
            return special
        self.scope.unknown_reference(node.name)
        return None

    def _expr_BareName(self, node: n.BareName) -> m.Expr | None:  # noqa: N802
        return self._expr_Ref(n.Ref(node.span, node.name))

    def reference(self, name: str, span: Span) -> m.Expr | None:
        """A fact, a value, or a deadline read as a date (another deadline may count from it)."""
        scope = self.scope
        if name in scope.facts:
            return m.FactRef(scope.facts[name].type, span, scope.facts[name])
        if name in scope.values:
            return m.ValueRef(scope.values[name].type, span, scope.values[name])
        if name in scope.deadlines:
            return m.DeadlineRef(m.DATE, span, scope.deadlines[name])
        if name in scope.events:
            return m.Const(m.DATE, span, scope.events[name].date)
        return None

    def named_date(self, name: n.Name) -> datetime.date | None:
        """The date of an event (`webinaire`) or a period bound (`campagne.début`), or None."""
        if name.text in self.scope.events:
            return self.scope.events[name.text].date
        head, _, tail = name.text.rpartition(".")
        if head in self.scope.periods and tail in ("début", "fin"):
            period = self.scope.periods[head]
            return period.start if tail == "début" else period.end
        return None

    def table_or_period_reference(self, name: n.Name) -> m.Expr | None:
        """`table.colonne` (or a one-column table by its name), `période.début` / `période.fin`."""
        scope = self.scope
        head, _, tail = name.text.rpartition(".")
        if head in scope.broken_tables or name.text in scope.broken_tables:
            scope.reported.add(name)
            return None
        if name.text in scope.tables and len(scope.tables[name.text].columns) == 1:
            table = scope.tables[name.text]
            return m.TableRef(table.columns[0].type, name.span, table, 0)
        if head in scope.tables:
            table = scope.tables[head]
            for index, column in enumerate(table.columns):
                if column.name == tail:
                    return m.TableRef(column.type, name.span, table, index)
            columns = ", ".join(c.name for c in table.columns)
            scope.error(
                "E101", name.span, f"la table « {head} » n'a pas de colonne « {tail} »", f"colonnes : {columns}"
            )
            scope.reported.add(name)
            return None
        bound = self.named_date(name)
        if bound is not None:
            return m.Const(m.DATE, name.span, bound)
        return None

    # ------------------------------------------------------------ operators
    def _expr_Not(self, node: n.Not) -> m.Expr | None:  # noqa: N802
        operand = self.condition(node.operand)
        return None if operand is None else m.Unary(m.BOOLEAN, node.span, "non", operand)

    def _expr_Negative(self, node: n.Negative) -> m.Expr | None:  # noqa: N802
        operand = self.expr(node.operand)
        if operand is None:
            return None
        if operand.type.kind is not Kind.NUMBER:
            self.scope.error("E202", node.span, f"seul un nombre peut être négatif, pas {operand.type.describe()}")
            return None
        return m.Unary(operand.type, node.span, "-", operand)

    def _expr_Logical(self, node: n.Logical) -> m.Expr | None:  # noqa: N802
        left, right = self.condition(node.left), self.condition(node.right)
        if left is None or right is None:
            return None
        return m.Binary(m.BOOLEAN, node.span, node.op, left, right)

    def _expr_Arithmetic(self, node: n.Arithmetic) -> m.Expr | None:  # noqa: N802
        left, right = self.expr(node.left), self.expr(node.right)
        if left is None or right is None:
            return None
        if Kind.DATE in (left.type.kind, right.type.kind):
            return self._date_arithmetic(node, left, right)
        for side in (left, right):
            if side.type.kind is not Kind.NUMBER:
                self.scope.error("E202", side.span, f"un calcul porte sur des nombres, pas sur {side.type.describe()}")
                return None
        result = self._arithmetic_unit(node, left.type, right.type)
        if result is None:
            return None
        op, unit = result
        return m.Binary(m.number(unit), node.span, op, left, right)

    def _date_arithmetic(self, node: n.Arithmetic, left: m.Expr, right: m.Expr) -> m.Expr | None:
        """date ± jours -> date ; date - date -> jours. Months need a rounding: see « échéance »."""
        date = Kind.DATE
        if node.op == "-" and left.type.kind is date and right.type.kind is date:
            return m.Binary(m.number(m.DAYS, integer=True), node.span, "date-date", left, right)
        if node.op in "+-" and left.type.kind is date and right.type.kind is Kind.NUMBER:
            if right.type.unit == m.DAYS:
                return m.Binary(m.DATE, node.span, f"date{node.op}", left, right)
            if right.type.unit in (m.MONTHS, m.YEARS):
                self.scope.error(
                    "E603",
                    node.span,
                    f"ajouter des {right.type.unit} à une date demande de préciser l'arrondi (le 31 moins un mois ?)",
                    'déclarez une échéance relative : « échéance nom "…" 2 mois avant <date> arrondi au dernier '
                    "jour du mois inclus »",
                )
                return None
            self.scope.error(
                "E201",
                right.span,
                f"on ajoute à une date des jours, pas {right.type.describe()}",
                "écrivez par exemple « demande.date_début + 15 jours »",
            )
            return None
        self.scope.error(
            "E202",
            node.span,
            f"calcul impossible entre {left.type.describe()} et {right.type.describe()}",
            "une date se décale de quelques jours (« + 15 jours ») ; deux dates se soustraient (nombre de jours)",
        )
        return None

    def _arithmetic_unit(self, node: n.Arithmetic, left: m.Type, right: m.Type) -> tuple[str, Unit] | None:
        lu, ru = left.unit or m.NUMBER, right.unit or m.NUMBER
        if node.op in "+-":
            if lu == ru:
                return node.op, lu
        elif node.op == "*":
            if m.NUMBER in (lu, ru):
                return "*", ru if lu == m.NUMBER else lu
            if m.PERCENT in (lu, ru):  # a percentage of a quantity
                return "%*", ru if lu == m.PERCENT else lu
        elif node.op == "/":
            if ru == m.NUMBER:
                return "/", lu
            if lu == ru:
                return "/", m.NUMBER
        self.scope.error(
            "E201",
            node.span,
            f"unités incompatibles : {lu} {_OP_WORDS[node.op]} {ru}",
            "un calcul combine des quantités de même unité, ou une quantité et un nombre",
        )
        return None

    # ------------------------------------------------------------ comparisons and sets
    def _expr_Compare(self, node: n.Compare) -> m.Expr | None:  # noqa: N802
        left, right = self._operands(node.left, node.right)
        if left is None or right is None:
            return None
        lt, rt = left.type, right.type
        if node.op in ("=", "!=") and lt.kind in _EQUATABLE and lt.kind == rt.kind:
            return m.Binary(m.BOOLEAN, node.span, node.op, left, right)
        if lt.kind is Kind.DATE and rt.kind is Kind.DATE:
            return m.Binary(m.BOOLEAN, node.span, node.op, left, right)
        if lt.kind is Kind.NUMBER and rt.kind is Kind.NUMBER:
            if self.same_unit(left, right, node.span):
                return m.Binary(m.BOOLEAN, node.span, node.op, left, right)
            return None
        self.scope.error("E202", node.span, f"comparaison impossible entre {lt.describe()} et {rt.describe()}")
        return None

    def _operands(self, left_node: n.Expr, right_node: n.Expr) -> tuple[m.Expr | None, m.Expr | None]:
        """Type both sides of a comparison; a bare choice value takes its type from the other side."""
        if self._is_bare_unresolved(left_node) and self._is_bare_unresolved(right_node):
            self._two_unknown_names(left_node, right_node)
            return None, None
        if self._is_bare_unresolved(left_node):
            right = self.expr(right_node)
            return self._choice_or_expr(left_node, right), right
        left = self.expr(left_node)
        return left, self._choice_or_expr(right_node, left)

    def _two_unknown_names(self, left: n.Expr, right: n.Expr) -> None:
        """Both sides unknown: one is likely a choice value, the other a mistyped fact; report the latter."""
        assert isinstance(left, n.Ref) and isinstance(right, n.Ref)
        choice_values = {value for fact in self.scope.facts.values() for value in fact.type.choices}
        suspects = [node for node in (left, right) if node.name.text not in choice_values] or [left]
        for node in suspects:
            self.scope.unknown_reference(node.name)

    def _is_bare_unresolved(self, node: n.Expr) -> bool:
        """A plain name that names nothing declared: maybe a choice value, typed by the other side."""
        return isinstance(node, (n.Ref, n.BareName)) and self.scope.names_nothing(node.name.text)

    def _choice_or_expr(self, node: n.Expr, partner: m.Expr | None) -> m.Expr | None:
        if isinstance(node, (n.Ref, n.BareName)) and partner is not None and partner.type.kind in _CHOICES:
            value = node.name.text
            if value in partner.type.choices:
                return m.Const(m.Type(Kind.CHOICE, choices=partner.type.choices), node.span, value)
            if self._is_bare_unresolved(node):
                self.scope.unknown_choice(node.name, partner.type)
                return None
        if partner is None and self._is_bare_unresolved(node):
            return None  # the other side is already reported; this is likely one of its choices
        return self.expr(node)

    def same_unit(self, left: m.Expr, right: m.Expr, span: Span) -> bool:
        """Two quantities of the same unit; E203 for a bare number against a quantity, else E201."""
        lu, ru = left.type.unit, right.type.unit
        if lu == ru:
            return True
        for bare, other in ((left, right), (right, left)):
            if isinstance(bare, m.Const) and bare.type.unit == m.NUMBER:
                symbol = m.UNIT_WRITTEN[other.type.unit or m.NUMBER]
                self.scope.error(
                    "E203",
                    bare.span,
                    f"le nombre {decimal_text(bare.value)} n'a pas d'unité, alors qu'il est comparé à une quantité en {other.type.unit}",
                    f"précisez l'unité : « {decimal_text(bare.value)} {symbol} »",
                )
                return False
        self.scope.error(
            "E201", span, f"unités incompatibles : {lu} comparées à {ru}", "comparez des quantités de même unité"
        )
        return False

    def _expr_Member(self, node: n.Member) -> m.Expr | None:  # noqa: N802
        operand = self.expr(node.operand)
        if operand is None:
            return None
        items = self.set_items(node.items, operand)
        if items is None:
            return None
        return m.Member(m.BOOLEAN, node.span, operand, items, node.negated)

    def set_items(self, nodes: Iterable[n.Expr], operand: m.Expr) -> tuple[object, ...] | None:
        """The constant values of a set literal compared with `operand`; None if one is invalid."""
        items: list[object] = []
        for item in nodes:
            typed = self._choice_or_expr(item, operand)
            if typed is None:
                return None
            if not isinstance(typed, m.Const):
                self.scope.error(
                    "E202",
                    item.span,
                    "un ensemble ne contient que des valeurs écrites telles quelles",
                    "écrivez par exemple {50 %, 75 %} ou {titulaire, stagiaire}",
                )
                return None
            if operand.type.kind is Kind.NUMBER and typed.type.kind is Kind.NUMBER:
                if not self.same_unit(operand, typed, item.span):
                    return None
            elif typed.type.kind != operand.type.kind and not (
                operand.type.kind is Kind.CHOICES and typed.type.kind is Kind.CHOICE
            ):
                self.scope.error(
                    "E202",
                    item.span,
                    f"cette valeur est {typed.type.describe()}, alors que l'élément testé est {operand.type.describe()}",
                )
                return None
            items.append(typed.value)
        return tuple(items)

    # ------------------------------------------------------------ calendar and documents
    def _expr_During(self, node: n.During) -> m.Expr | None:  # noqa: N802
        unknown = ("période inconnue", 'déclarez la période avec « période nom "libellé" du JJ/MM/AAAA au JJ/MM/AAAA »')
        use = "« pendant » situe une date dans une période"
        found = self._date_against(node.operand, node.period, self.scope.periods, unknown, use)
        return None if found is None else m.During(m.BOOLEAN, node.span, *found)

    def _expr_MeetsDeadline(self, node: n.MeetsDeadline) -> m.Expr | None:  # noqa: N802
        unknown = ("échéance inconnue", 'déclarez l\'échéance avec « échéance nom "libellé" le JJ/MM/AAAA inclus »')
        use = "« respecte » compare une date à une échéance"
        found = self._date_against(node.operand, node.deadline, self.scope.deadlines, unknown, use)
        if found is None:
            return None
        met = m.MeetsDeadline(m.BOOLEAN, node.span, *found)
        if found[1].opening:  # « à partir du … »: the date must not fall before the opening
            return m.Unary(m.BOOLEAN, node.span, "non", met)
        return met

    def _date_against(
        self, operand: n.Expr, name: n.Name, declared: Mapping[str, _Dated], unknown: tuple[str, str], use: str
    ) -> tuple[m.Expr, _Dated] | None:
        """A date, typed, and the period or deadline it is tested against; `unknown` is (what, fallback)
        for a name not declared, `use` says what the test does if the operand is no date."""
        typed = self.expr(operand)
        found = declared.get(name.text)
        if found is None:
            self.scope.unknown_name(name, unknown[0], declared, unknown[1])
            return None
        if typed is None:
            return None
        if typed.type.kind is not Kind.DATE:
            self.scope.error("E202", operand.span, f"{use}, pas {typed.type.describe()}")
            return None
        return typed, found

    def _expr_DocumentsProvided(self, node: n.DocumentsProvided) -> m.Expr | None:  # noqa: N802
        return self.documents_provided(node.span, m.BOOLEAN)

    def documents_provided(self, span: Span, type_: m.Type) -> m.Expr | None:
        """« pièces fournies » (a condition) or `{pièces_manquantes}` (a text): the mandatory documents
        against the fact that lists those supplied, declared by its first use."""
        scope = self.scope
        mandatory = tuple(d for d in scope.documents if d.requirement is Requirement.MANDATORY)
        if not mandatory:
            scope.error(
                "E202",
                span,
                "« pièces fournies » compare les pièces obligatoires à celles fournies, mais aucune pièce obligatoire "
                "n'est déclarée (ou la condition n'est pas dans une règle)",
                'déclarez les pièces avec « pièce nom "libellé" obligatoire … » ; utilisez « pièces fournies » dans une règle',
            )
            return None
        fact = scope.facts.get(PROVIDED_FACT)
        if fact is None:
            fact = self._provided_fact(span)
        elif fact.type.kind is not Kind.CHOICES:
            scope.error(
                "E102",
                span,
                f"« {PROVIDED_FACT} » est déjà déclaré, avec un autre type",
                "retirez cette déclaration : « pièces fournies » la crée",
                [(fact.name_span, FIRST_DECLARATION_OF_PROVIDED)],
            )
            return None
        return m.DocumentsProvided(type_, span, fact, mandatory)

    def _provided_fact(self, span: Span) -> m.Fact:
        """The fact « pièces fournies » declares, located where it is first used."""
        scope = self.scope
        here = scope.here(span)
        fact = m.Fact(
            name=PROVIDED_FACT,
            label="Pièces déjà fournies par le demandeur",
            type=m.Type(Kind.CHOICES, choices=tuple(d.name for d in scope.documents)),
            low=None,
            high=None,
            choice_labels=tuple((d.name, d.label) for d in scope.documents),
            span=here,
            name_span=here,
        )
        scope.facts[PROVIDED_FACT] = fact
        scope.local_fact_names.append(PROVIDED_FACT)
        return fact

    def _expr_Count(self, node: n.Count) -> m.Expr | None:  # noqa: N802
        fact = self.scope.facts.get(node.name.text)
        if fact is None:
            self.scope.unknown_reference(node.name)
            return None
        if fact.type.kind is not Kind.CHOICES:
            self.scope.error(
                "E202",
                node.name.span,
                f"« nombre de » compte les valeurs d'un choix multiple ; « {fact.name} » est {fact.type.describe()}",
            )
            return None
        return m.Count(m.number(m.NUMBER, integer=True), node.span, fact)

    def _expr_IsWhole(self, node: n.IsWhole) -> m.Expr | None:  # noqa: N802
        operand = self.expr(node.operand)
        if operand is None:
            return None
        if operand.type.kind is not Kind.NUMBER:
            self.scope.error(
                "E202", node.span, f"« est entier » s'applique à un nombre, pas à {operand.type.describe()}"
            )
            return None
        return m.IsWhole(m.BOOLEAN, node.span, operand)
