"""Emit a checked circular as a Python module: a pydantic facts model and a
straight-line `evaluate` function. Every literal goes through repr()."""

from __future__ import annotations

import ast
import datetime
import re
from decimal import Decimal

from pydantic import BaseModel

from circdsl import model as m
from circdsl.slugs import ascii_identifier
from circdsl.source import Span

RUNTIME_OPS = {
    "et": "rt.and3", "ou": "rt.or3",
    "+": "rt.add", "-": "rt.sub", "*": "rt.mul", "/": "rt.div", "%*": "rt.percent_of",
    "=": "rt.eq", "!=": "rt.ne", "<": "rt.lt", "<=": "rt.le", ">": "rt.gt", ">=": "rt.ge",
    "date+": "rt.add_days", "date-": "rt.sub_days", "date-date": "rt.days_between",
}  # fmt: skip
ROUNDING = {"centime": "rt.round_cents", "unité": "rt.round_units"}


def tuple_code(items: list[str]) -> str:
    """Python source of a tuple of the given item sources: (), (a,), (a, b)."""
    if len(items) == 1:
        return f"({items[0]},)"
    return f"({', '.join(items)})"


def comment(text: str) -> str:
    """Make any text safe inside a one-line comment."""
    return "".join(c if c.isprintable() else " " for c in text)


class CodeWriter:
    """Accumulates lines of Python at an indentation level."""

    def __init__(self) -> None:
        self.lines: list[str] = []
        self.level = 0

    def line(self, text: str = "") -> None:
        self.lines.append(("    " * self.level + text) if text else "")

    def indent(self) -> None:
        self.level += 1

    def outdent(self) -> None:
        self.level -= 1

    def text(self) -> str:
        return "\n".join(self.lines).rstrip() + "\n"


class Names:
    """Allocates module-level constant names, unique and valid."""

    def __init__(self) -> None:
        self.used: set[str] = set()

    def new(self, prefix: str, ident: str = "") -> str:
        base = f"{prefix}_{ident}".rstrip("_").upper() if ident else prefix
        name, counter = base, 1
        while name in self.used:
            counter += 1
            name = f"{base}_{counter}"
        self.used.add(name)
        return name


class PythonEmitter:
    """Writes the validator module of one circular."""

    def __init__(self, circular: m.Circular):
        self.circular = circular
        self.out = CodeWriter()
        self.names = Names()
        self.constants: dict[tuple[str, object], str] = {}  # (kind, value) -> constant name
        self.constant_lines: list[str] = []
        self.citation_names: dict[m.Citation, str] = {}
        self.service_names: dict[str, str] = {}
        self.shared: dict[str, str] = {}  # condition code -> variable computed once
        self.fields = field_names(circular.facts)  # fact name -> attribute of the Facts model

    # ------------------------------------------------------------ module
    def emit(self) -> str:
        body = CodeWriter()
        self.out = body
        self._facts_model()
        self._evaluate()
        evaluate_code = body.text()
        module = CodeWriter()
        self._header(module, "\n".join(self.constant_lines) + evaluate_code)
        for line in self.constant_lines:
            module.line(line)
        module.line()
        module.line()
        return module.text() + "\n" + evaluate_code

    def _header(self, out: CodeWriter, code: str) -> None:
        c = self.circular
        out.line(f"# Généré par circdsl depuis {comment(c.file)} : ne pas modifier.")
        out.line("# Pour changer ce validateur, modifiez le fichier .circ puis lancez « circ build ».")
        out.line(repr(f"Validateur : {c.title}" + (f" ({c.authority})" if c.authority else "") + "."))
        out.line()
        out.line("from __future__ import annotations")
        out.line()
        out.line("import datetime")
        out.line("from collections.abc import Mapping")
        if re.search(r"\bDecimal\b", code):
            out.line("from decimal import Decimal")
        typing_names = [name for name in ("Annotated", "Any", "ClassVar", "Literal") if re.search(rf"\b{name}\b", code)]
        if typing_names:
            out.line(f"from typing import {', '.join(typing_names)}")
        out.line()
        out.line("from pydantic import Field")
        out.line()
        out.line("from circdsl import runtime as rt")
        out.line()
        out.line("__all__ = ['CIRCULAR', 'FACT_LABELS', 'Facts', 'evaluate']")
        out.line()
        out.line(
            "CIRCULAR = rt.CircularInfo("
            f"name={c.name!r}, title={c.title!r}, authority={c.authority!r}, reference={c.reference!r}, "
            f"issued={_date_code(c.issued)}, school_year={c.school_year!r}, source={c.source!r}, file={c.file!r})"
        )
        labels = ", ".join(f"{f.name!r}: {f.label!r}" for f in c.facts)
        out.line(f"FACT_LABELS = {{{labels}}}")
        order = ", ".join(f"{f.name!r}: {i}" for i, f in enumerate(c.facts))
        out.line(f"_FACT_ORDER = {{{order}}}")

    # ------------------------------------------------------------ constants
    def _constant(self, kind: str, value: object, code: str, ident: str = "") -> str:
        key = (kind, value)
        if key not in self.constants:
            name = self.names.new(f"_{kind}", ident)
            self.constants[key] = name
            self.constant_lines.append(f"{name} = {code}")
        return self.constants[key]

    def _literal(self, value: object) -> str:
        """Python source for a constant value; decimals and dates become module constants."""
        if value is None or isinstance(value, (bool, str)):
            return repr(value)
        if isinstance(value, Decimal):
            if value == value.to_integral_value() and abs(value) < 10**15:
                return str(int(value))
            return self._constant("K", value, f"Decimal({str(value)!r})")
        if isinstance(value, int):
            return repr(value)
        if isinstance(value, datetime.date):
            return self._constant(
                "DATE",
                value,
                f"datetime.date({value.year}, {value.month}, {value.day})",
                value.isoformat().replace("-", "_"),
            )
        raise TypeError(f"no literal for {type(value).__name__}")

    def _citations(self, citations: tuple[m.Citation, ...]) -> str:
        names = []
        for citation in citations:
            if citation not in self.citation_names:
                code = f"rt.Citation({citation.quote!r}, {citation.source!r}, {citation.line})"
                self.citation_names[citation] = self._constant("CITE", citation, code)
            names.append(self.citation_names[citation])
        return tuple_code(names)

    def _recipient(self, service: m.Service) -> str:
        if service.name not in self.service_names:
            code = f"rt.Recipient({service.name!r}, {service.label!r}, {service.medical!r}, {service.address!r})"
            self.service_names[service.name] = self._constant("SERVICE", service.name, code, _ascii(service.name))
        return self.service_names[service.name]

    def _deliveries(self, deliveries: tuple[m.Delivery, ...]) -> str:
        """Code for the ways of sending: constant, or resolved per situation when they depend on facts."""
        if any(_dynamic(d) for d in deliveries):
            return f"rt.deliveries({', '.join(self._routed(d) for d in deliveries)})"
        items = []
        for delivery in deliveries:
            recipients = tuple_code([self._recipient(s) for s in delivery.recipients])
            via = f", via={tuple_code([self._recipient(s) for s in delivery.via])}" if delivery.via else ""
            items.append(f"rt.Delivery({delivery.channel!r}, {delivery.sealed!r}, {recipients}{via})")
        return tuple_code(items)

    def _routed(self, delivery: m.Delivery) -> str:
        fixed = tuple_code([self._recipient(s) for s in delivery.recipients])
        dynamic = tuple_code([self.expr(ref) for ref in delivery.routed_by])
        tables = ", ".join(dict.fromkeys(f"selon {ref.table.label.lower()}" for ref in delivery.routed_by))
        condition = self.expr(delivery.condition) if delivery.condition is not None else "True"
        return (
            f"rt.routed({delivery.channel!r}, {delivery.sealed!r}, {fixed}, {dynamic}, {tables or None!r}, "
            f"{condition}, {delivery.condition_text!r}, {tuple_code([self._recipient(s) for s in delivery.via])})"
        )

    # ------------------------------------------------------------ facts model
    def _facts_model(self) -> None:
        out = self.out
        out.line("class Facts(rt.FactsModel):")
        out.indent()
        out.line(repr("Situation d'un demandeur ; un fait absent est inconnu."))
        out.line()
        for fact in self.circular.facts:
            out.line(f"# {comment(fact.origin)}")
            out.line(
                f"{self.fields[fact.name]}: {self._field_type(fact)} | None = Field(default=None, alias={fact.name!r}, title={fact.label!r})"
            )
        french = {}
        for fact in self.circular.facts:
            kind = _FRENCH_KINDS.get(fact.type.kind)
            if kind:
                french[fact.name] = kind
                french[self.fields[fact.name]] = kind
        out.line()
        out.line(f"french_fields: ClassVar[dict[str, str]] = {french!r}")
        out.outdent()
        out.line()
        out.line()

    def _field_type(self, fact: m.Fact) -> str:
        t = fact.type
        if t.kind == "booléen":
            return "bool"
        if t.kind == "date":
            return "datetime.date"
        if t.kind == "texte":
            return "str"
        if t.kind in ("choix", "choix multiples"):
            literal = "Literal[" + ", ".join(repr(c) for c in t.choices) + "]"
            return literal if t.kind == "choix" else f"frozenset[{literal}]"
        base = "int" if t.integer else "Decimal"
        bounds = []
        if fact.low is not None:
            bounds.append(f"ge={self._bound(fact.low, t.integer)}")
        if fact.high is not None:
            bounds.append(f"le={self._bound(fact.high, t.integer)}")
        return f"Annotated[{base}, Field({', '.join(bounds)})]" if bounds else base

    @staticmethod
    def _bound(value: Decimal, integer: bool) -> str:
        if integer or value == value.to_integral_value():
            return str(int(value))
        return f"Decimal({str(value)!r})"

    # ------------------------------------------------------------ expressions
    def expr(self, e: m.Expr) -> str:
        """Python source computing `e` (None for unknown)."""
        if isinstance(e, m.Const):
            return self._literal(e.value)
        if isinstance(e, m.FactRef):
            return f"f_{_ident(e.fact.name)}"
        if isinstance(e, m.ValueRef):
            return f"v_{_ident(e.value.name)}"
        if isinstance(e, m.Unary):
            if e.op == "non" and _simple(e.operand):
                return self._guarded((e.operand,), f"not {self.expr(e.operand)}")
            return f"{'rt.not3' if e.op == 'non' else 'rt.neg'}({_bare(self.expr(e.operand))})"
        if isinstance(e, m.Binary):
            if e.op in _INLINE_COMPARISONS and _simple(e.left) and _simple(e.right):
                test = _comparison(self.expr(e.left), e.op, self.expr(e.right), e.left, e.right)
                return self._guarded((e.left, e.right), test)
            return f"{RUNTIME_OPS[e.op]}({self.expr(e.left)}, {self.expr(e.right)})"
        if isinstance(e, m.Member):
            return self._member(e)
        if isinstance(e, m.IsWhole):
            return f"rt.is_whole({_bare(self.expr(e.operand))})"
        if isinstance(e, m.MeetsDeadline):
            return self._meets_deadline(e)
        if isinstance(e, m.DeadlineRef):
            if e.deadline.relative is not None:
                return f"d_{_ident(e.deadline.name)}"
            return self._literal(e.deadline.date)
        if isinstance(e, m.During):
            start, end = self._literal(e.period.start), self._literal(e.period.end)
            if _simple(e.operand):
                return self._guarded((e.operand,), f"{start} <= {self.expr(e.operand)} <= {end}")
            return f"rt.during({self.expr(e.operand)}, {start}, {end})"
        if isinstance(e, m.Count):
            return f"rt.count(f_{_ident(e.fact.name)})"
        if isinstance(e, m.TableRef):
            return f"t_{_column_ident(e.table, e.table.columns[e.column])}"
        if isinstance(e, m.DocumentsProvided):
            pairs = [
                f"({'True' if d.condition is None else self.expr(d.condition)}, {d.name!r}, {d.label!r})"
                for d in e.documents
            ]
            function = "rt.all_provided" if e.type.kind == "booléen" else "rt.missing_documents"
            return f"{function}(f_{_ident(e.fact.name)}, {tuple_code(pairs)})"
        raise TypeError(f"no code for {type(e).__name__}")

    def _meets_deadline(self, e: m.MeetsDeadline) -> str:
        op = "<=" if e.deadline.inclusive else "<"
        operand = self.expr(e.operand)
        if e.deadline.relative is not None:
            limit = f"d_{_ident(e.deadline.name)}"
            if isinstance(e.operand, m.Const):  # the limit first: no "Yoda" comparison
                return f"(None if {limit} is None else {limit} {'>=' if op == '<=' else '>'} {operand})"
            return f"(None if {operand} is None or {limit} is None else {operand} {op} {limit})"
        if _simple(e.operand):
            return self._guarded((e.operand,), f"{operand} {op} {self._literal(e.deadline.date)}")
        return f"{RUNTIME_OPS[op]}({operand}, {self._literal(e.deadline.date)})"

    def _guarded(self, operands: tuple[m.Expr, ...], code: str) -> str:
        """Inline three-valued code: unknown if any non-constant operand is unknown."""
        checks = [f"{self.expr(o)} is None" for o in operands if not isinstance(o, m.Const)]
        return f"(None if {' or '.join(checks)} else {code})" if checks else f"({code})"

    def _member(self, e: m.Member) -> str:
        values = sorted(e.items, key=repr)
        code = "frozenset({" + ", ".join(self._literal(v) for v in values) + "})"
        items = self._constant("SET", tuple(values), code)
        several = e.operand.type.kind == "choix multiples"
        if not several and _simple(e.operand):
            return self._guarded((e.operand,), f"{self.expr(e.operand)} {'not in' if e.negated else 'in'} {items}")
        function = {
            (False, False): "rt.is_in",
            (False, True): "rt.not_in",
            (True, False): "rt.any_in",
            (True, True): "rt.none_in",
        }[(several, e.negated)]
        return f"{function}({self.expr(e.operand)}, {items})"

    def _unknown(self, expr: m.Expr | None) -> str:
        """Code for the unknown facts that can still decide `expr` (run only when it is undecided):
        in `a et b`, a side already true cannot; in `a ou b`, a side already false cannot."""
        if isinstance(expr, m.Binary) and expr.op in ("et", "ou"):
            function = "rt.missing_and" if expr.op == "et" else "rt.missing_or"
            left, right = expr.left, expr.right
            return f"{function}({self.expr(left)}, {self._unknown(left)}, {self.expr(right)}, {self._unknown(right)})"
        if isinstance(expr, m.Unary) and expr.op == "non":
            return self._unknown(expr.operand)
        pairs: dict[str, str] = {}
        tables: dict[str, str] = {}
        self._leaf_facts(expr, pairs, tables)
        code = "rt.unknown(" + ", ".join(pairs.values()) + ")"
        return " + ".join([code, *tables.values()])

    def _leaf_facts(self, expr: m.Expr | None, pairs: dict[str, str], tables: dict[str, str]) -> None:
        """Facts read directly, through values and deadlines; a table contributes only the
        inputs that its still-undecided rows test."""
        for node in m.walk(expr) if expr is not None else ():
            if isinstance(node, (m.FactRef, m.Count)):
                pairs.setdefault(node.fact.name, f"({node.fact.name!r}, f_{_ident(node.fact.name)})")
            elif isinstance(node, m.ValueRef) and node.value.line:  # line 0: a table input held in a local
                self._leaf_facts(node.value.expr, pairs, tables)
            elif isinstance(node, (m.MeetsDeadline, m.DeadlineRef)) and node.deadline.relative is not None:
                self._leaf_facts(node.deadline.relative.anchor, pairs, tables)
            elif isinstance(node, m.DocumentsProvided):
                pairs.setdefault(node.fact.name, f"({node.fact.name!r}, f_{_ident(node.fact.name)})")
                for document in node.documents:
                    self._leaf_facts(document.condition, pairs, tables)
            elif isinstance(node, m.TableRef) and node.table.name not in tables:
                tables[node.table.name] = self._table_missing(node.table)

    def _table_missing(self, table: m.Table) -> str:
        rows = []
        for row in table.rows:
            read: dict[str, m.Fact] = {}
            for cell, input_expr in zip(row.cells, table.inputs, strict=True):
                if cell.kind != "any":
                    read.update((f.name, f) for f in m.facts_read(input_expr))
            rows.append(tuple_code([f"({f.name!r}, f_{_ident(f.name)})" for f in read.values()]) if read else "()")
        return f"rt.table_missing(tm_{_ident(table.name)}, {tuple_code(rows) if rows else '()'})"

    def _message(self, rule: m.Rule) -> str:
        parts = []
        for part in rule.message:
            if isinstance(part, str):
                parts.append(repr(part))
            elif isinstance(part, m.FactRef) and part.fact.choice_labels:
                labels = dict(part.fact.choice_labels)
                constant = self._constant("LABELS", ("labels", part.fact.name), repr(labels), _ident(part.fact.name))
                parts.append(f"rt.fmt_choice({self.expr(part)}, {constant})")
            else:
                unit = m.UNIT_SYMBOLS.get(part.type.unit or "", "") if part.type.kind == "nombre" else ""
                parts.append(f"rt.fmt({self.expr(part)}, {unit!r})" if unit else f"rt.fmt({self.expr(part)})")
        return " + ".join(parts) if parts else repr(rule.title)

    def _values_read(self, rule: m.Rule) -> str:
        pairs = [f"({f.name!r}, f_{_ident(f.name)})" for f in rule.facts]
        seen: set[str] = set()
        for expr in (rule.applies, rule.requires, *(x.condition for x in rule.exceptions)):
            for node in m.walk(expr) if expr is not None else ():
                if isinstance(node, m.ValueRef) and node.value.name not in seen:
                    seen.add(node.value.name)
                    pairs.append(f"({node.value.name!r}, v_{_ident(node.value.name)})")
        return tuple_code(pairs)

    # ------------------------------------------------------------ evaluate
    def _evaluate(self) -> None:
        out = self.out
        out.line("def evaluate(situation: Facts | Mapping[str, Any]) -> rt.Decision:")
        out.indent()
        out.line(repr("Evaluate one situation; raise rt.SituationError (French, per field) if it is invalid."))
        out.line("facts = rt.validate(Facts, situation)")
        for fact in self.circular.facts:
            out.line(f"f_{_ident(fact.name)} = facts.{self.fields[fact.name]}")
        relative = [d for d in self.circular.deadlines if d.relative is not None]
        steps: list[m.Value | m.Table | m.Deadline] = sorted(
            (*self.circular.values, *self.circular.tables, *relative), key=lambda x: x.line
        )
        for step in steps:  # in file order, as the checker resolved them
            if isinstance(step, m.Table):
                self._table(step)
                continue
            if isinstance(step, m.Deadline):
                self._relative_deadline(step)
                continue
            out.line(f"# {comment(self.circular.file)}:{step.line} valeur {step.name}")
            code = self.expr(step.expr)
            if step.rounding:
                code = f"{ROUNDING[step.rounding]}({code})"
            out.line(f"v_{_ident(step.name)} = {code}")
        self._shared_conditions()
        out.line("findings: list[rt.Finding] = []")
        out.line("refused = undecided = warned = False")
        out.line("satisfied: list[str] = []")
        out.line("not_applicable: list[str] = []")
        self._checklist()
        for rule in self.circular.rules:
            out.line()
            self._rule(rule)
        out.line()
        deadlines = self._deadlines()
        opinions = self._opinions()
        submissions = self._selection(
            "submissions", "rt.SubmissionInfo", [(self._submission(r), r.condition) for r in self.circular.requests]
        )
        computed = ", ".join(
            [f"{v.name!r}: v_{_ident(v.name)}" for v in self.circular.values]
            + [f"{t.name + '.' + c.name!r}: t_{_column_ident(t, c)}" for t in self.circular.tables for c in t.columns]
        )
        out.line("found = tuple(findings)")
        out.line("return rt.Decision(")
        out.indent()
        out.line("circular=CIRCULAR,")
        out.line("status=rt.status_from_flags(refused, undecided, warned),")
        out.line("findings=found,")
        out.line("satisfied=tuple(satisfied),")
        out.line("not_applicable=tuple(not_applicable),")
        out.line("missing_facts=rt.rank_missing(found, FACT_LABELS, _FACT_ORDER) if undecided else (),")
        out.line("checklist=tuple(checklist),")
        out.line(f"deadlines={deadlines},")
        out.line(f"opinions={opinions},")
        out.line(f"submissions={submissions},")
        out.line(f"computed={{{computed}}},")
        out.outdent()
        out.line(")")
        out.outdent()

    # ------------------------------------------------------------ tables and relative deadlines
    def _table(self, table: m.Table) -> None:
        out = self.out
        out.line(f"# {comment(self.circular.file)}:{table.line} table {table.name}")
        inputs = []
        for index, expr in enumerate(table.inputs):
            if _simple(expr):
                inputs.append(expr)
                continue
            variable = f"ti_{_ident(table.name)}_{index}"
            out.line(f"{variable} = {self.expr(expr)}")
            inputs.append(m.ValueRef(expr.type, expr.span, _input_local(variable[2:], expr)))
        matches = [self._row_match(row, inputs) for row in table.rows]
        outputs = [self._row_outputs(table, row) for row in table.rows]
        default = self._row_outputs(table, table.default) if table.default else "None"
        rows_constant = self._constant("ROWS", ("rows", table.name), tuple_code(outputs), _ident(table.name))
        out.line(f"tm_{_ident(table.name)} = {tuple_code(matches) if matches else '()'}")
        out.line(f"row = rt.lookup(tm_{_ident(table.name)}, {rows_constant}, {default}, {len(table.columns)})")
        for index, column in enumerate(table.columns):
            out.line(f"t_{_column_ident(table, column)} = row[{index}]")

    def _row_match(self, row: m.TableRow, inputs: list[m.Expr]) -> str:
        tests = [
            self._cell_test(cell, expr) for cell, expr in zip(row.cells, inputs, strict=True) if cell.kind != "any"
        ]
        if not tests:
            return "True"
        code = tests[0]
        for test in tests[1:]:
            code = f"rt.and3({code}, {test})"
        return code

    def _cell_test(self, cell: m.Cell, expr: m.Expr) -> str:
        x = self.expr(expr)
        literals = [self._literal(v) for v in cell.values]
        if cell.kind in ("in", "not_in"):
            values = sorted(cell.values, key=repr)
            items = self._constant(
                "SET", tuple(values), "frozenset({" + ", ".join(self._literal(v) for v in values) + "})"
            )
            test = f"{x} {'not in' if cell.kind == 'not_in' else 'in'} {items}"
        elif cell.kind == "range":
            test = f"{literals[0]} <= {x} <= {literals[1]}"
        else:
            test = _comparison(x, cell.op or "=", literals[0], expr, m.Const(expr.type, expr.span, cell.values[0]))
        return self._guarded((expr,), test)

    def _row_outputs(self, table: m.Table, row: m.TableRow) -> str:
        items = [self._recipient(v) if isinstance(v, m.Service) else self._literal(v) for v in row.outputs]
        return tuple_code(items)

    def _relative_deadline(self, deadline: m.Deadline) -> None:
        relative = deadline.relative
        assert relative is not None
        self.out.line(f"# {comment(self.circular.file)}:{deadline.line} échéance {deadline.name}")
        self.out.line(
            f"d_{_ident(deadline.name)} = rt.shift_date({self.expr(relative.anchor)}, {relative.amount!r}, "
            f"{relative.unit!r}, {relative.direction!r}, {relative.rounding!r}, {deadline.postponed!r})"
        )

    def _shared_conditions(self) -> None:
        """Compute once the conditions that several rules test (`si` and `exige` clauses)."""
        counts: dict[str, int] = {}
        for rule in self.circular.rules:
            for expr in (rule.applies, rule.requires):
                if expr is not None and not _simple(expr):
                    code = self.expr(expr)
                    counts[code] = counts.get(code, 0) + 1
        for code, count in counts.items():
            if count > 1:
                name = f"shared_{len(self.shared) + 1}"
                self.shared[code] = name
                self.out.line(f"{name} = {code}  # tested by {count} rules")

    def _condition(self, expr: m.Expr) -> str:
        code = self.expr(expr)
        return self.shared.get(code, code)

    def _rule(self, rule: m.Rule) -> None:
        out = self.out
        info = self._constant(
            "RULE",
            ("rule", rule.name),
            f"rt.RuleInfo({rule.name!r}, {rule.title!r}, {rule.severity!r}, {self._citations(rule.citations)}, "
            f"{self.circular.file + ':' + str(rule.line)!r})",
            _ascii(rule.name),
        )
        out.line(f"# {comment(self.circular.file)}:{rule.line} règle {rule.name} ({rule.severity})")
        if rule.requires is None:
            self._notice(rule, info)
            return
        if rule.applies is not None:
            out.line(f"applies = {self._condition(rule.applies)}")
            out.line("if applies is False:")
            out.indent()
            out.line(f"not_applicable.append({rule.name!r})")
            out.outdent()
            out.line("else:")
            out.indent()
        out.line(f"holds = {self._condition(rule.requires)}")
        out.line("if holds is True:")
        out.indent()
        out.line(f"satisfied.append({rule.name!r})")
        out.outdent()
        out.line("elif holds is False and applies is True:" if rule.applies is not None else "elif holds is False:")
        out.indent()
        self._violated(rule, info)
        out.outdent()
        out.line("else:")
        out.indent()
        missing = self._unknown(rule.requires)
        if rule.applies is not None:
            missing = (
                f"({self._unknown(rule.applies)} if applies is None else ()) + ({missing} if holds is None else ())"
            )
        self._finding(info, "UNDECIDED", repr(rule.severity), rule, f"missing={missing}")
        out.outdent()
        if rule.applies is not None:
            out.outdent()

    def _notice(self, rule: m.Rule, info: str) -> None:
        out = self.out
        if rule.applies is None:
            self._finding(info, "NOTICE", "'information'", rule, with_values=False)
            return
        out.line(f"applies = {self.expr(rule.applies)}")
        out.line("if applies is True:")
        out.indent()
        self._finding(info, "NOTICE", "'information'", rule, with_values=False)
        out.outdent()
        out.line("elif applies is False:")
        out.indent()
        out.line(f"not_applicable.append({rule.name!r})")
        out.outdent()

    def _violated(self, rule: m.Rule, info: str) -> None:
        out = self.out
        if not rule.exceptions:
            self._finding(info, "VIOLATED", repr(rule.severity), rule)
            return
        triples = ", ".join(
            f"({self.expr(x.condition)}, {x.outcome!r}, {('sauf si ' + x.text)!r})" for x in rule.exceptions
        )
        out.line(f"resolved = rt.exception_outcome({info}, ({triples},))")
        out.line("if resolved is None:")
        out.indent()
        self._finding(info, "VIOLATED", repr(rule.severity), rule)
        out.outdent()
        out.line("elif resolved[0] == 'indéterminée':")
        out.indent()
        exception_facts = " + ".join(self._unknown(x.condition) for x in rule.exceptions)
        self._finding(info, "UNDECIDED", repr(rule.severity), rule, f"missing={exception_facts}")
        out.outdent()
        out.line("elif resolved[0] == 'conflit':")
        out.indent()
        self._finding(info, "CONFLICT", repr(rule.severity), rule, "exception=resolved[1]")
        out.outdent()
        out.line("elif resolved[0] == 'levée':")
        out.indent()
        self._finding(info, "WAIVED", "'information'", rule, "exception=resolved[1]")
        out.outdent()
        out.line("else:")
        out.indent()
        self._finding(info, "VIOLATED", "resolved[0]", rule, "exception=resolved[1]")
        out.outdent()

    def _finding(
        self, info: str, outcome: str, severity: str, rule: m.Rule, extra: str = "", with_values: bool = True
    ) -> None:
        values = self._values_read(rule) if with_values else "()"
        message = (
            repr(f"À vérifier, faute d'information : {rule.title}.") if outcome == "UNDECIDED" else self._message(rule)
        )
        arguments = f"{info}, rt.Outcome.{outcome}, {severity}, {message}, {values}"
        self.out.line(f"findings.append(rt.Finding({arguments}{', ' + extra if extra else ''}))")
        self._status_flag(outcome, severity)

    def _status_flag(self, outcome: str, severity: str) -> None:
        """Record what the finding means for the status (rt.decide_status is the reference)."""
        if severity == "resolved[0]":  # softened by an exception: a warning or an information
            self.out.line("warned = warned or resolved[0] == 'avertissement'")
        elif severity == "'bloquante'" and outcome in ("VIOLATED", "CONFLICT"):
            self.out.line("refused = True")
        elif severity == "'bloquante'" and outcome == "UNDECIDED":
            self.out.line("undecided = True")
        elif severity == "'avertissement'" and outcome in ("VIOLATED", "CONFLICT"):
            self.out.line("warned = True")

    # ------------------------------------------------------------ checklist, calendar, routing
    def _checklist(self) -> None:
        out = self.out
        documents = list(self.circular.documents)
        leading = []  # unconditional documents before the first conditional one
        while documents and documents[0].condition is None:
            leading.append(self._checklist_item(documents.pop(0), unknown_condition=False))
        out.line(f"checklist: list[rt.ChecklistItem] = [{', '.join(leading)}]")
        for document in documents:
            certain = self._checklist_item(document, unknown_condition=False)
            if document.condition is None:
                out.line(f"checklist.append({certain})")
                continue
            conditional = self._checklist_item(document, unknown_condition=True)
            out.line(f"condition = {self.expr(document.condition)}")
            out.line("if condition is True:")
            out.indent()
            out.line(f"checklist.append({certain})")
            out.outdent()
            out.line("elif condition is None:")
            out.indent()
            out.line(f"checklist.append({conditional})")
            out.outdent()

    def _checklist_item(self, document: m.Document, unknown_condition: bool) -> str:
        status = "à fournir" if document.requirement == "obligatoire" else "facultative"
        condition = document.condition_text if unknown_condition else None
        if unknown_condition:
            status += " si …"
        code = (
            f"rt.ChecklistItem({document.name!r}, {document.label!r}, {status!r}, {condition!r}, "
            f"{document.medical!r}, {document.confidential!r}, {self._deliveries(document.deliveries)}, "
            f"{document.detail!r}, {self._citations(document.citations)})"
        )
        if any(_dynamic(d) for d in document.deliveries):
            return code  # built for each situation
        return self._constant(
            "DOC",
            (document.name, unknown_condition),
            code,
            _ascii(document.name) + ("_if" if unknown_condition else ""),
        )

    def _deadlines(self) -> str:
        items = []
        for deadline in self.circular.deadlines:
            if deadline.relative is not None:
                code = (
                    f"rt.DeadlineInfo({deadline.name!r}, {deadline.label!r}, d_{_ascii(deadline.name)}, "
                    f"{deadline.inclusive!r}, {self._citations(deadline.citations)}, {deadline.relative.text!r})"
                )
                items.append((code, deadline.condition))
                continue
            code = f"rt.DeadlineInfo({deadline.name!r}, {deadline.label!r}, {self._literal(deadline.date)}, {deadline.inclusive!r}, {self._citations(deadline.citations)})"
            items.append((self._constant("DEADLINE", deadline.name, code, _ascii(deadline.name)), deadline.condition))
        return self._selection("deadlines", "rt.DeadlineInfo", items)

    def _opinions(self) -> str:
        items = []
        for opinion in self.circular.opinions:
            given_by = self._recipient(opinion.given_by) if opinion.given_by else "None"
            code = f"rt.OpinionInfo({opinion.name!r}, {opinion.label!r}, {opinion.requirement!r}, {given_by}, {self._citations(opinion.citations)})"
            items.append((self._constant("OPINION", opinion.name, code, _ascii(opinion.name)), opinion.condition))
        return self._selection("opinions", "rt.OpinionInfo", items)

    def _selection(self, target: str, item_type: str, items: list[tuple[str, m.Expr | None]]) -> str:
        """Code for the items whose condition is not false: a constant tuple when none has a condition."""
        if all(condition is None for _, condition in items):
            return tuple_code([name for name, _ in items])
        self.out.line(f"{target}: list[{item_type}] = []")
        for name, condition in items:
            if condition is None:
                self.out.line(f"{target}.append({name})")
                continue
            self.out.line(f"if {self.expr(condition)} is not False:")
            self.out.indent()
            self.out.line(f"{target}.append({name})")
            self.out.outdent()
        return f"tuple({target})"

    def _submission(self, request: m.Request) -> str:
        code = f"rt.SubmissionInfo({request.label!r}, {self._deliveries(request.deliveries)}, {request.address!r}, {self._citations(request.citations)})"
        if any(_dynamic(d) for d in request.deliveries):
            return code
        return self._constant("SUBMISSION", request.label, code)


_INLINE_COMPARISONS = {"=": "==", "!=": "!=", "<": "<", "<=": "<=", ">": ">", ">=": ">="}


def _dynamic(delivery: m.Delivery) -> bool:
    return delivery.condition is not None or bool(delivery.routed_by)


def _comparison(left: str, op: str, right: str, left_expr: m.Expr, right_expr: m.Expr) -> str:
    """Inline comparison code; a comparison with vrai/faux reads the boolean itself."""
    for value_code, other in ((left, right_expr), (right, left_expr)):
        if isinstance(other, m.Const) and isinstance(other.value, bool) and op in ("=", "!="):
            return value_code if other.value == (op == "=") else f"not {value_code}"
    return f"{left} {_INLINE_COMPARISONS[op]} {right}"


def _bare(code: str) -> str:
    """Drop the outer parentheses of an inline expression passed as a single argument,
    when they wrap all of it (checked on the syntax tree, whatever the strings contain)."""
    if not (code.startswith("(") and code.endswith(")")):
        return code
    try:
        same = ast.dump(ast.parse(code[1:-1], mode="eval")) == ast.dump(ast.parse(code, mode="eval"))
    except SyntaxError:
        return code
    return code[1:-1] if same else code


def _simple(e: m.Expr) -> bool:
    """A name or constant: cheap to repeat in inline code."""
    return isinstance(e, (m.Const, m.FactRef, m.ValueRef))


_FRENCH_KINDS = {"date": "date", "nombre": "number", "booléen": "boolean"}


# Names the body of the generated Facts class reads or defines: a field of that name would hide them.
CLASS_BODY_NAMES = frozenset(
    {"Field", "ClassVar", "Annotated", "Literal", "Any", "Decimal", "datetime", "Mapping", "rt", "french_fields"}
    | {"int", "bool", "str", "frozenset", "dict", "None", "True", "False"}
)


def field_names(facts: tuple[m.Fact, ...]) -> dict[str, str]:
    """The attribute of each fact in the Facts model: its identifier, unless that would hide a name
    the class body uses or be private to pydantic (a leading underscore); the alias keeps the real name."""
    taken = {_ident(f.name) for f in facts}
    names: dict[str, str] = {}
    for fact in facts:
        name = _ident(fact.name)
        if name in CLASS_BODY_NAMES or name.startswith("_") or _reserved_by_pydantic(name):
            base = "fait_" + name.lstrip("_")
            name, counter = base, 1
            while name in taken:
                counter += 1
                name = f"{base}_{counter}"
            taken.add(name)
        names[fact.name] = name
    return names


def emit_python(circular: m.Circular) -> str:
    """Return the source of the validator module for `circular`."""
    return PythonEmitter(circular).emit()


def _ascii(name: str) -> str:
    return ascii_identifier(name)


def _date_code(value: datetime.date | None) -> str:
    return "None" if value is None else f"datetime.date({value.year}, {value.month}, {value.day})"


# ---------------------------------------------------------------- compatibility shim
# The model no longer carries Python identifiers (`ident`): until this emitter allocates its
# own names, they are derived from the names here, exactly as the model used to derive them.


def _ident(name: str) -> str:
    return ascii_identifier(name)


def _column_ident(table: m.Table, column: m.TableColumn) -> str:
    return ascii_identifier(f"{table.name}.{column.name}")


def _input_local(name: str, expr: m.Expr) -> m.Value:
    """A table input held in a local, read like a value (line 0: not a declared value)."""
    nowhere = Span(0, 0, 0, 0)
    return m.Value(name=name, label="", expr=expr, rounding=None, citations=(), span=nowhere, name_span=nowhere)


def _reserved_by_pydantic(name: str) -> bool:
    """A field of that name would shadow pydantic's own (the checker used to refuse such names, E103)."""
    return name in _PYDANTIC_NAMES or name.startswith("model_")


_PYDANTIC_NAMES = frozenset(dir(BaseModel))
