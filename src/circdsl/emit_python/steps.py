"""Computed values, decision tables and relative deadlines: each computed once per situation,
in dependency order (what a step reads is computed before it, whatever the file order)."""

from __future__ import annotations

from collections.abc import Hashable, Iterator

from circdsl import model as m
from circdsl.emit_python.constants import Constants, tuple_doc
from circdsl.emit_python.expressions import Code, ExpressionCompiler, name_code, simple, subject, tuple_code, walk
from circdsl.emit_python.names import Scope, declaration_key, identifier
from circdsl.emit_python.pretty import Doc, Str, Text
from circdsl.emit_python.writer import Body, BodyPart

Step = m.Value | m.Table | m.Deadline
ROUNDING = {"centime": "round_cents", "unité": "round_units"}
STEP_LOCALS = ("row",)


def steps_in_order(circular: m.Circular) -> list[Step]:
    """Values, tables and relative deadlines, each after the steps it reads; otherwise in file order."""
    steps: list[Step] = sorted(
        (*circular.values, *circular.tables, *(d for d in circular.deadlines if d.relative is not None)),
        key=_line,
    )
    by_key: dict[Hashable, Step] = {declaration_key(step): step for step in steps}
    ordered: list[Step] = []
    placed: set[Hashable] = set()
    for root in steps:
        # iterative depth-first search, dependencies first; `active` holds the current path
        active: set[Hashable] = set()
        stack: list[tuple[Step, Iterator[Step]]] = []
        if declaration_key(root) not in placed:
            stack.append((root, _reads(root, by_key)))
            active.add(declaration_key(root))
        while stack:
            step, pending = stack[-1]
            following = next((s for s in pending if declaration_key(s) not in placed), None)
            if following is None:
                stack.pop()
                active.discard(declaration_key(step))
                placed.add(declaration_key(step))
                ordered.append(step)
            elif declaration_key(following) in active:
                raise ValueError(f"{step.name} and {following.name} read each other")  # the checker forbids it
            else:
                stack.append((following, _reads(following, by_key)))
                active.add(declaration_key(following))
    return ordered


def steps_read(circular: m.Circular) -> set[Hashable]:
    """The keys of the steps the rules' conditions read, directly or through other steps, and of
    the table columns they read ((table, index)): what `evaluate_status` computes."""
    roots = [
        expr
        for rule in circular.rules
        if rule.requires is not None
        for expr in (rule.applies, rule.requires, *(x.condition for x in rule.exceptions))
        if expr is not None
    ]
    found: set[Hashable] = set()
    stack = list(roots)
    while stack:
        for node in walk(stack.pop()):
            target: Step | None = None
            if isinstance(node, m.ValueRef):
                target = node.value
            elif isinstance(node, m.TableRef):
                target = node.table
                found.add((declaration_key(node.table), node.column))
            elif isinstance(node, (m.MeetsDeadline, m.DeadlineRef)) and node.deadline.relative is not None:
                target = node.deadline
            elif isinstance(node, m.DocumentsProvided):  # reads the conditions of the documents
                stack.extend(d.condition for d in node.documents if d.condition is not None)
            if target is not None and declaration_key(target) not in found:
                found.add(declaration_key(target))
                stack.extend(_roots(target))
    return found


def _roots(step: Step) -> tuple[m.Expr, ...]:
    if isinstance(step, m.Value):
        return (step.expr,)
    if isinstance(step, m.Table):
        return step.inputs
    assert step.relative is not None
    return (step.relative.anchor,)


def _line(step: Step) -> int:
    return step.line


def _reads(step: Step, by_key: dict[Hashable, Step]) -> Iterator[Step]:
    """The steps `step` reads directly."""
    if isinstance(step, m.Value):
        roots: tuple[m.Expr, ...] = (step.expr,)
    elif isinstance(step, m.Table):
        roots = step.inputs
    else:
        assert step.relative is not None
        roots = (step.relative.anchor,)
    for root in roots:
        for node in walk(root):
            target: object = None
            if isinstance(node, m.ValueRef):
                target = node.value
            elif isinstance(node, m.TableRef):
                target = node.table
            elif isinstance(node, (m.MeetsDeadline, m.DeadlineRef)) and node.deadline.relative is not None:
                target = node.deadline
            if target is not None and declaration_key(target) in by_key:
                yield by_key[declaration_key(target)]


def name_steps(circular: m.Circular, scope: Scope) -> None:
    """Allocate the locals of the steps, in file order (so names do not depend on emission order)."""
    declarations: list[Step] = [*circular.values, *circular.tables, *circular.deadlines]
    for step in sorted(declarations, key=_line):
        if isinstance(step, m.Table):
            for index, column in enumerate(step.columns):
                scope.name((step, index), identifier(f"{step.name}.{column.name}", "colonne"))
        elif isinstance(step, m.Value) or step.relative is not None:
            scope.name(step, identifier(step.name, "valeur" if isinstance(step, m.Value) else "echeance"))


class StepEmitter(BodyPart):
    """Writes the steps into the body of `evaluate` (of `evaluate_status`: only the table
    columns in `columns`, keys (declaration key of the table, index))."""

    def __init__(
        self,
        circular: m.Circular,
        body: Body,
        exprs: ExpressionCompiler,
        constants: Constants,
        columns: set[Hashable] | None = None,
    ) -> None:
        super().__init__(circular, body, exprs, constants)
        self.columns = columns

    def step(self, step: Step) -> None:
        if isinstance(step, m.Table):
            self._table(step)
        elif isinstance(step, m.Value):
            self._value(step)
        else:
            self._relative_deadline(step)

    def _value(self, value: m.Value) -> None:
        self.body.out.comment(f"{self.circular.file}:{value.line} valeur {value.name}")
        code = self.exprs.compile(value.expr)
        if value.rounding:
            code = self.exprs.call(ROUNDING[value.rounding], [code])
        self.body.assign(self.exprs.scope.lookup(value), code)

    def _relative_deadline(self, deadline: m.Deadline) -> None:
        relative = deadline.relative
        assert relative is not None
        self.body.out.comment(f"{self.circular.file}:{deadline.line} échéance {deadline.name}")
        arguments = [
            self.exprs.compile(relative.anchor),
            name_code(repr(relative.amount)),
            Code(Str(relative.unit)),
            Code(Str(relative.direction)),
            Code(Text("None") if relative.rounding is None else Str(relative.rounding)),
            name_code(repr(deadline.postponed)),
        ]
        self.body.assign(self.exprs.scope.lookup(deadline), self.exprs.call("shift_date", arguments))

    def _table(self, table: m.Table) -> None:
        scope = self.exprs.scope
        self.body.out.comment(f"{self.circular.file}:{table.line} table {table.name}")
        subjects: list[tuple[Code, bool]] = []  # each input as a name or constant, and whether constant
        for index, expr in enumerate(table.inputs):
            if simple(expr):
                subjects.append((self.exprs.compile(expr), isinstance(expr, m.Const)))
                continue
            local = scope.name((table, f"input {index}"), identifier(f"{table.name}_input_{index + 1}", "entree"))
            self.body.assign(local, self.exprs.compile(expr))
            subjects.append((name_code(local), False))
        matches = []
        for row in table.rows:
            tests = [
                self.exprs.cell_test(cell, code, constant, subject(expr))
                for cell, (code, constant), expr in zip(row.cells, subjects, table.inputs, strict=True)
                if cell.kind != "any"
            ]
            matches.append(self.exprs.all_of(tests))
        rows = self.constants.define(("rows", table.name), "ROWS", table.name, lambda: self._outputs(table))
        default = self._row_outputs(table.default) if table.default else Text("None")
        matched = scope.name((table, "matches"), identifier(f"{table.name}_matches", "table"))
        self.body.assign(matched, tuple_code(matches))
        width = name_code(str(len(table.columns)))
        self.body.assign("row", self.exprs.call("lookup", [name_code(matched), name_code(rows), Code(default), width]))
        for index in range(len(table.columns)):
            if self.columns is None or (declaration_key(table), index) in self.columns:
                self.body.assign(scope.lookup((table, index)), name_code(f"row[{index}]"))

    def _outputs(self, table: m.Table) -> Doc:
        return tuple_doc([self._row_outputs(row) for row in table.rows])

    def _row_outputs(self, row: m.TableRow) -> Doc:
        items = [
            self.constants.service(v) if isinstance(v, m.Service) else self.constants.literal(v) for v in row.outputs
        ]
        return tuple_doc(items)
