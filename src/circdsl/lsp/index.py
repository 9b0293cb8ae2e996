"""Every name of a file: what it declares (symbols) and where each name is written (occurrences).

A symbol is identified by a key, its namespace and its name, as the checker's scope sees them:
facts, values, tables and table columns (« table.colonne ») share the namespace of expressions;
deadlines, periods and events the calendar's; services, rules, documents, opinions,
examinations, cases and vocabularies have their own; a value of a choice is keyed by the fact (or
column) it belongs to. Names are resolved here the way the checker resolves them, from the
syntax tree alone, so that navigation works in a file that does not compile.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from enum import StrEnum

from circdsl import nodes as n
from circdsl.check.header import SCHOOL_YEAR_PERIOD
from circdsl.lsp.positions import Lines, contains
from circdsl.source import Span

Key = tuple[str, ...]
_INTERPOLATION = re.compile(r"\{([^{}]*)\}")
PERIOD_ENDS = ("début", "fin")  # « période.début », « période.fin »


class Kind(StrEnum):
    """What a name names (the words are those of the language)."""

    FACT = "fait"
    VALUE = "valeur"
    TABLE = "table"
    COLUMN = "colonne"
    RULE = "règle"
    DOCUMENT = "pièce"
    SERVICE = "service"
    DEADLINE = "échéance"
    PERIOD = "période"
    EVENT = "événement"
    OPINION = "avis"
    EXAMINATION = "examen"
    CASE = "cas"
    CHOICE = "valeur de choix"
    VOCABULARY = "vocabulaire"


# The namespace of each kind of declaration (see check/scope.py).
NAMESPACE = {
    Kind.FACT: "expr",
    Kind.VALUE: "expr",
    Kind.TABLE: "expr",
    Kind.COLUMN: "expr",
    Kind.RULE: "règle",
    Kind.DOCUMENT: "pièce",
    Kind.SERVICE: "service",
    Kind.DEADLINE: "calendrier",
    Kind.PERIOD: "calendrier",
    Kind.EVENT: "calendrier",
    Kind.OPINION: "avis",
    Kind.EXAMINATION: "examen",
    Kind.CASE: "cas",
    Kind.VOCABULARY: "vocabulaire",
}
_DECLARATIONS: dict[type, Kind] = {
    n.FactDecl: Kind.FACT,
    n.ValueDecl: Kind.VALUE,
    n.TableDecl: Kind.TABLE,
    n.RuleDecl: Kind.RULE,
    n.DocumentDecl: Kind.DOCUMENT,
    n.ServiceDecl: Kind.SERVICE,
    n.DeadlineDecl: Kind.DEADLINE,
    n.PeriodDecl: Kind.PERIOD,
    n.EventDecl: Kind.EVENT,
    n.OpinionDecl: Kind.OPINION,
    n.ExaminationDecl: Kind.EXAMINATION,
}


def key_of(kind: Kind, name: str) -> Key:
    return (NAMESPACE[kind], name)


def choice_key(owner: str, value: str) -> Key:
    return ("choix", owner, value)


@dataclass(frozen=True)
class Symbol:
    """A declared name: `span` is the whole declaration, `name_span` the name (or label) itself."""

    key: Key
    kind: Kind
    name: str
    name_span: Span
    span: Span
    node: object  # the declaration's syntax node (n.FactDecl, n.Choice, n.TableOutput, n.Header, …)
    owner: str | None = None  # the fact or column of a choice value, the table of a column

    @property
    def choices(self) -> tuple[n.Choice, ...]:
        """The values of a fact or column of a choice type."""
        spec = getattr(self.node, "type", None)
        return spec.choices if isinstance(spec, n.TypeSpec) else ()


@dataclass(frozen=True)
class Occurrence:
    """A name written in the file: a declaration, or a reference to a symbol (maybe of another file)."""

    span: Span
    key: Key
    declaration: bool = False


@dataclass
class Index:
    """The symbols a file declares and the occurrences of every name in it."""

    header: n.Header
    imports: tuple[n.Name, ...]
    symbols: dict[Key, Symbol] = field(default_factory=dict)  # the first declaration of each key
    declared: list[Symbol] = field(default_factory=list)  # every declaration, a name declared twice included
    occurrences: list[Occurrence] = field(default_factory=list)
    _starts: list[tuple[int, int]] = field(default_factory=list, repr=False)

    def at(self, line: int, column: int) -> Occurrence | None:
        """The occurrence under a 1-based position (the narrowest, if several contain it)."""
        if not self._starts:
            self.occurrences.sort(key=lambda o: (o.span.line, o.span.column))
            self._starts = [(o.span.line, o.span.column) for o in self.occurrences]
        upto = bisect.bisect_right(self._starts, (line, column))
        found = [o for o in self.occurrences[max(0, upto - 50) : upto] if contains(o.span, line, column)]
        return min(
            found, key=lambda o: (o.span.end_line - o.span.line, o.span.end_column - o.span.column), default=None
        )

    def of_key(self, key: Key) -> list[Occurrence]:
        return [o for o in self.occurrences if o.key == key]


Resolve = Callable[[Key], Symbol | None]  # a key -> its symbol, in this file or an imported vocabulary


def index_module(module: n.Module, lines: Lines, imported: Resolve) -> Index:
    """The index of a syntax tree; `imported` finds the symbols of the vocabularies it imports."""
    imports = tuple(d.name for d in module.decls if isinstance(d, n.Import))
    index = Index(module.header, imports)
    builder = _Builder(index, lines, imported)
    builder.declare(module)
    builder.refer(module)
    return index


class _Builder:
    def __init__(self, index: Index, lines: Lines, imported: Resolve):
        self.index = index
        self.lines = lines
        self.imported = imported

    # ------------------------------------------------------------ declarations
    def declare(self, module: n.Module) -> None:
        header = module.header
        if header.name.text and header.kind in ("vocabulaire", "données"):  # a file « utilise » names
            self._symbol(Kind.VOCABULARY, header.name.text, header.name.span, header.span, header)
        for attr in header.attrs:  # « année scolaire 2025-2026 » declares the period année_scolaire
            if attr.key == "school_year":
                self._symbol(Kind.PERIOD, SCHOOL_YEAR_PERIOD, attr.value.span, attr.span, attr)
        for decl in module.decls:
            kind = _DECLARATIONS.get(type(decl))
            name = getattr(decl, "name", None)
            if kind is not None and isinstance(name, n.Name):
                self._symbol(kind, name.text, name.span, decl.span, decl)
                self._members(decl, name.text)
            elif isinstance(decl, n.CaseDecl):
                self._symbol(Kind.CASE, decl.label.value, decl.label.span, decl.span, decl)

    def _members(self, decl: n.Decl, owner: str) -> None:
        """The values of a choice fact, the columns of a table and the values of their choices."""
        if isinstance(decl, n.FactDecl):
            self._choices(decl.type, owner)
        elif isinstance(decl, n.TableDecl):
            for output in decl.outputs:
                column = f"{owner}.{output.name.text}"
                self._symbol(Kind.COLUMN, column, output.name.span, output.span, output, owner)
                if output.type is not None:
                    self._choices(output.type, column)

    def _choices(self, spec: n.TypeSpec, owner: str) -> None:
        for choice in spec.choices:
            span = choice.label.span if choice.label else choice.name.span
            whole = Span(choice.name.span.line, choice.name.span.column, span.end_line, span.end_column)
            key = choice_key(owner, choice.name.text)
            self._add_symbol(Symbol(key, Kind.CHOICE, choice.name.text, choice.name.span, whole, choice, owner))

    def _symbol(
        self, kind: Kind, name: str, name_span: Span, span: Span, node: object, owner: str | None = None
    ) -> None:
        self._add_symbol(Symbol(key_of(kind, name), kind, name, name_span, span, node, owner))

    def _add_symbol(self, symbol: Symbol) -> None:
        self.index.symbols.setdefault(symbol.key, symbol)
        self.index.declared.append(symbol)
        self.index.occurrences.append(Occurrence(symbol.name_span, symbol.key, declaration=True))

    # ------------------------------------------------------------ resolution
    def resolve(self, key: Key) -> Symbol | None:
        return self.index.symbols.get(key) or self.imported(key)

    def _add(self, span: Span, key: Key) -> None:
        self.index.occurrences.append(Occurrence(span, key))

    def reference(self, name: n.Name) -> Symbol | None:
        """A name read in an expression (or a table input, a case): a fact, value, column, deadline or period."""
        for key in (("expr", name.text), ("calendrier", name.text)):
            symbol = self.resolve(key)
            if symbol is not None:
                self._add(name.span, key)
                return symbol
        head, _, tail = name.text.rpartition(".")
        period = self.resolve(("calendrier", head)) if tail in PERIOD_ENDS else None
        if period is not None and period.kind is Kind.PERIOD:
            self._add(self._head_span(name.span, len(head)), period.key)
            return None
        return None

    def _head_span(self, span: Span, length: int) -> Span:
        """The span of the first `length` characters of a dotted name (without the spaces a name may hold)."""
        start = self.lines.offset(span.line, span.column)
        end = start
        consumed = 0
        while consumed < length and end < len(self.lines.text):
            consumed += not self.lines.text[end].isspace()
            end += 1
        return self.lines.span(start, end)

    def owner_of(self, expr: n.Expr | n.Name | None) -> str | None:
        """The fact or column whose choice values the other side of a comparison names."""
        name = expr.name if isinstance(expr, n.Ref) else expr if isinstance(expr, n.Name) else None
        if name is None:
            return None
        symbol = self.resolve(("expr", name.text))
        return symbol.name if symbol is not None and symbol.choices else None

    def choice(self, owner: str | None, name: n.Name) -> None:
        if owner is not None:
            self._add(name.span, choice_key(owner, name.text))

    def named(self, kind: Kind, names: Iterable[n.Name]) -> None:
        for name in names:
            self._add(name.span, key_of(kind, name.text))

    # ------------------------------------------------------------ references, declaration by declaration
    def refer(self, module: n.Module) -> None:
        for decl in module.decls:
            if isinstance(decl, n.Import):
                self._add(decl.name.span, key_of(Kind.VOCABULARY, decl.name.text))
            elif isinstance(decl, n.ValueDecl):
                self.expr(decl.expr)
            elif isinstance(decl, n.TableDecl):
                self._table(decl)
            elif isinstance(decl, n.DeadlineDecl) and isinstance(decl.date, n.RelativeDate):
                self.expr(decl.date.anchor)
            elif isinstance(decl, n.DeadlineDecl) and isinstance(decl.date, n.NamedDate):
                self.reference(decl.date.name)  # an event, or a period's bound
            elif isinstance(decl, n.ExaminationDecl):
                self.named(Kind.SERVICE, decl.by)
            elif isinstance(decl, n.RequestDecl) and decl.condition is not None:
                self.expr(decl.condition)
            elif isinstance(decl, n.CaseDecl):
                self._case(decl)
            for clause in getattr(decl, "clauses", ()):
                self._clause(clause)

    def _clause(self, clause: n.Clause) -> None:
        value = clause.value
        if isinstance(value, n.Expr):
            self.expr(value)
        elif clause.kind == "sauf si" and isinstance(value, tuple):
            self.expr(value[0])
        elif isinstance(value, n.Requirement) and value.condition is not None:
            self.expr(value.condition)
        elif isinstance(value, n.Delivery):
            self._delivery(value)
        elif clause.kind == "donné par" and isinstance(value, n.Name):
            self.named(Kind.SERVICE, [value])
        elif clause.kind == "message" and isinstance(value, n.Text):
            self._message(value)
        elif clause.kind == "selon" and isinstance(value, tuple):
            for name in value:
                self.reference(name)

    def _delivery(self, delivery: n.Delivery) -> None:
        for name in delivery.recipients:
            column = self.resolve(("expr", name.text))
            if column is not None and column.kind is Kind.COLUMN:
                self._add(name.span, column.key)
            else:
                self.named(Kind.SERVICE, [name])
        self.named(Kind.SERVICE, delivery.via)
        if delivery.condition is not None:
            self.expr(delivery.condition)

    def _message(self, text: n.Text) -> None:
        """The names between braces in a message: `{agent.statut}`."""
        start = self.lines.offset(text.span.line, text.span.column)
        raw = self.lines.text[start : self.lines.offset(text.span.end_line, text.span.end_column)]
        for match in _INTERPOLATION.finditer(raw):
            written = match.group(1)
            name = written.strip()
            if not name:
                continue
            first = start + match.start(1) + (len(written) - len(written.lstrip()))
            self.reference(n.Name(name, self.lines.span(first, first + len(name))))

    def _table(self, decl: n.TableDecl) -> None:
        for name in decl.inputs:
            self.reference(name)
        owners = [self.owner_of(name) for name in decl.inputs]
        columns = [self.resolve(("expr", f"{decl.name.text}.{o.name.text}")) for o in decl.outputs]
        for row in decl.rows:
            for position, cell in enumerate(row.cells):
                if position < len(owners):
                    self._cell(cell, owners[position])
                elif position - len(owners) < len(columns):
                    self._output_cell(cell, decl.outputs[position - len(owners)], columns[position - len(owners)])

    def _cell(self, cell: n.Cell, owner: str | None) -> None:
        for value in cell.values:
            if isinstance(value, n.CaseValue) and value.kind == "choice" and isinstance(value.value, n.Name):
                self.choice(owner, value.value)
            elif isinstance(value, n.BareName):
                self.choice(owner, value.name)

    def _output_cell(self, cell: n.Cell, output: n.TableOutput, column: Symbol | None) -> None:
        for value in cell.values:
            if not (isinstance(value, n.CaseValue) and value.kind == "choice" and isinstance(value.value, n.Name)):
                continue
            if output.type is None:
                self.named(Kind.SERVICE, [value.value])
            elif column is not None:
                self.choice(column.name, value.value)

    def _case(self, decl: n.CaseDecl) -> None:
        if decl.base is not None:
            self._add(decl.base.span, key_of(Kind.CASE, decl.base.value))
        for assignment in decl.assignments:
            self.reference(assignment.name)
            owner = self.owner_of(assignment.name)
            value = assignment.value
            if value.kind == "choice" and isinstance(value.value, n.Name):
                self.choice(owner, value.value)
            elif value.kind == "choices" and isinstance(value.value, tuple):
                for name in value.value:
                    self.choice(owner, name)
        for expectation in decl.expectations:
            self.named(Kind.RULE, expectation.failing_rules or ())
            for name in expectation.missing_facts or ():
                self.reference(name)
            self.named(Kind.DOCUMENT, expectation.required_documents or ())
            for document, services in expectation.routings:
                self.named(Kind.DOCUMENT, [document])
                self.named(Kind.SERVICE, services)

    # ------------------------------------------------------------ expressions
    def expr(self, expr: n.Expr) -> None:
        if isinstance(expr, n.Ref):
            self.reference(expr.name)
        elif isinstance(expr, n.Not | n.Negative | n.IsWhole):
            self.expr(expr.operand)
        elif isinstance(expr, n.Logical | n.Arithmetic):
            self.expr(expr.left)
            self.expr(expr.right)
        elif isinstance(expr, n.Compare):
            self._compare(expr)
        elif isinstance(expr, n.Member):
            self.expr(expr.operand)
            owner = self.owner_of(expr.operand)
            for item in expr.items:
                if isinstance(item, n.BareName):
                    self.choice(owner, item.name)
        elif isinstance(expr, n.MeetsDeadline):
            self.expr(expr.operand)
            self.named(Kind.DEADLINE, [expr.deadline])
        elif isinstance(expr, n.During):
            self.expr(expr.operand)
            self.named(Kind.PERIOD, [expr.period])
        elif isinstance(expr, n.Count):
            self.reference(expr.name)

    def _compare(self, expr: n.Compare) -> None:
        """Either side may be a bare value of the choice the other side reads (`agent.statut = titulaire`)."""
        sides = ((expr.left, self.owner_of(expr.right)), (expr.right, self.owner_of(expr.left)))
        for side, owner in sides:
            if isinstance(side, n.Ref) and owner is not None and self._names_nothing(side.name):
                self.choice(owner, side.name)
            else:
                self.expr(side)

    def _names_nothing(self, name: n.Name) -> bool:
        return self.resolve(("expr", name.text)) is None and self.resolve(("calendrier", name.text)) is None
