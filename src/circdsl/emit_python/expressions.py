"""Model expressions as Python code: three-valued (None is unknown), and importable whatever
their size.

Comparisons of names and constants are written inline, guarded against unknowns
(`(None if x is None else x <= 6)`); everything else calls `circdsl.runtime`. Chains of
`et`, `ou`, `+` and `*` become one n-ary call (`rt.all3(a, b, c)`); any part nested deeper
than MAX_DEPTH brackets is computed beforehand in a temporary, so that no expression the
checker accepts can exceed what Python's parser takes. Expressions are walked with
explicit stacks: the depth of an expression never reaches Python's recursion limit.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from itertools import chain
from typing import NamedTuple

from circdsl import model as m
from circdsl.emit_python.constants import Constants, tuple_doc
from circdsl.emit_python.names import Imports, Scope
from circdsl.emit_python.pretty import SOFT, SPACE, Concat, Doc, Group, Nest, Str, Text, bracket, concat, flat, infix

BINARY_FUNCTIONS = {
    "et": "and3", "ou": "or3",
    "+": "add", "-": "sub", "*": "mul", "/": "div", "%*": "percent_of",
    "=": "eq", "!=": "ne", "<": "lt", "<=": "le", ">": "gt", ">=": "ge",
    "date+": "add_days", "date-": "sub_days", "date-date": "days_between",
}  # fmt: skip
INLINE_COMPARISONS = {"=": "==", "!=": "!=", "<": "<", "<=": "<=", ">": ">", ">=": ">="}
MAX_DEPTH = 20  # brackets nested in one expression (Python's parser gives up at 200)


class Code(NamedTuple):
    """The Python source of an expression (a named tuple: made by the hundred thousand, cheaply)."""

    doc: Doc
    depth: int = 0  # brackets nested in it
    bracketed: bool = True  # a name, literal, call or parenthesized form; False: an operator chain
    bare: Doc | None = None  # the same without its outer parentheses, for a lone argument

    @property
    def text(self) -> str:
        return flat(self.doc)


def name_code(name: str) -> Code:
    return Code(Text(name))


def call_code(function: str, arguments: Sequence[Code], keywords: Sequence[tuple[str, Code]] = ()) -> Code:
    docs = [a.doc for a in arguments] + [concat(f"{key}=", value.doc) for key, value in keywords]
    depth = 1 + max((c.depth for c in chain(arguments, (v for _, v in keywords))), default=0)
    return Code(bracket(f"{function}(", docs, ")"), depth)


def tuple_code(items: Sequence[Code]) -> Code:
    return Code(tuple_doc([i.doc for i in items]), 1 + max((i.depth for i in items), default=0))


def sum_code(operator: str, parts: Sequence[Code]) -> Code:
    """`a + b + c` (a message, a tuple of missing facts); a single part is itself."""
    if len(parts) == 1:
        return parts[0]
    return Code(infix(operator, [p.doc for p in parts]), max(p.depth for p in parts), bracketed=False)


def conditional_code(body: Code, test: Doc, otherwise: Doc) -> Code:
    """`(body if test else otherwise)`."""
    inner = (body.doc, SPACE, Text("if "), test, SPACE, Text("else "), otherwise)
    doc = Group(Concat((Text("("), Nest(Concat((SOFT, *inner))), SOFT, Text(")"))))
    return Code(doc, body.depth + 1, bare=Group(Concat(inner)))


def guarded(checked: Sequence[Code], test: Doc) -> Code:
    """`(None if x is None else test)`: unknown when one of `checked` is."""
    checks = list(dict.fromkeys(code.text for code in checked))
    if not checks:
        return Code(concat("(", test, ")"), 1, bare=test)
    return conditional_code(Code(Text("None")), infix("or", [Text(f"{c} is None") for c in checks]), test)


def simple(expr: m.Expr) -> bool:
    """A name or a constant: cheap to repeat in inline code."""
    return isinstance(expr, (m.Const, m.FactRef, m.ValueRef))


def lone_fact(expr: m.Expr | None) -> m.Fact | None:
    """The fact of a test that is unknown exactly when that fact is: the fact itself, its
    comparison with a constant, a single choice among constants; None for any other test."""
    while isinstance(expr, m.Unary) and expr.op == "non":
        expr = expr.operand
    if isinstance(expr, m.FactRef):
        return expr.fact
    if isinstance(expr, m.Member) and isinstance(expr.operand, m.FactRef):
        return expr.operand.fact if expr.operand.type.kind != "choix multiples" else None
    if isinstance(expr, m.Binary) and expr.op in INLINE_COMPARISONS:
        for side, other in ((expr.left, expr.right), (expr.right, expr.left)):
            if isinstance(side, m.FactRef) and isinstance(other, m.Const):
                return side.fact
    return None


def walk(expr: m.Expr) -> Iterator[m.Expr]:
    """`expr` and its sub-expressions, depth first, left to right (iteratively)."""
    stack = [expr]
    while stack:
        node = stack.pop()
        yield node
        stack.extend(reversed(node.children()))


def facts_read(exprs: Iterable[m.Expr | None]) -> list[m.Fact]:
    """The facts `exprs` depend on, through computed values, tables and relative deadlines too,
    in order of first use (the order of `m.facts_read`, iteratively)."""
    found: dict[str, m.Fact] = {}
    stack = [e for e in reversed(list(exprs)) if e is not None]
    while stack:
        node = stack.pop()
        through: Sequence[m.Expr] = ()
        if isinstance(node, (m.FactRef, m.Count)):
            found.setdefault(node.fact.name, node.fact)
        elif isinstance(node, m.ValueRef):
            through = (node.value.expr,)
        elif isinstance(node, m.TableRef):
            through = node.table.inputs
        elif isinstance(node, (m.MeetsDeadline, m.DeadlineRef)) and node.deadline.relative is not None:
            through = (node.deadline.relative.anchor,)
        elif isinstance(node, m.DocumentsProvided):
            found.setdefault(node.fact.name, node.fact)
            through = [d.condition for d in node.documents if d.condition is not None]
        stack.extend(reversed(node.children()))
        stack.extend(reversed(through))  # what a node reads through comes before its operands
    return list(found.values())


def logical_operands(expr: m.Binary) -> list[m.Expr]:
    """The operands of a chain of one logical operator, left to right: `a et (b et c)` -> a, b, c
    (Kleene's `et` and `ou` are associative)."""
    operands: list[m.Expr] = []
    stack: list[m.Expr] = [expr]
    while stack:
        node = stack.pop()
        if isinstance(node, m.Binary) and node.op == expr.op:
            stack += [node.right, node.left]
        else:
            operands.append(node)
    return operands


def spine(expr: m.Binary, operators: tuple[str, ...]) -> list[tuple[str, m.Expr]]:
    """`((a + b) - c) + d` -> [("+", a), ("+", b), ("-", c), ("+", d)]: the left spine of a chain
    (only the left one: computed left to right, decimal rounding stays the same)."""
    terms: list[tuple[str, m.Expr]] = []
    node: m.Expr = expr
    while isinstance(node, m.Binary) and node.op in operators:
        terms.append((node.op, node.right))
        node = node.left
    terms.append((operators[0], node))
    return terms[::-1]


class ExpressionCompiler:
    """Compiles the expressions of one function body, whose names are in `scope`."""

    def __init__(self, scope: Scope, constants: Constants, imports: Imports) -> None:
        self.scope = scope
        self.constants = constants
        self.imports = imports
        self.facts_used: set[str] = set()  # facts whose local is read: only these are bound
        self.pending: list[tuple[str, Code]] = []  # temporaries to assign before the next statement
        # The code of every expression compiled, by id (with the expression, so the id stays its own, and
        # the `facts_used` it was compiled under): `evaluate_status` and the missing facts reuse what
        # `evaluate` compiled. Code naming a temporary is not kept: that temporary exists only where made.
        self.compiled: dict[int, tuple[m.Expr, Code, set[str]]] = {}

    def rt(self, name: str) -> str:
        return self.imports.runtime(name)

    def call(self, name: str, arguments: Sequence[Code], keywords: Sequence[tuple[str, Code]] = ()) -> Code:
        """`rt.name(...)`."""
        return call_code(self.rt(name), arguments, keywords)

    def fact(self, fact: m.Fact) -> Code:
        self.facts_used.add(fact.name)
        return name_code(self.scope.lookup(fact))

    def named_pairs(self, pairs: Iterable[tuple[str, Code]]) -> Code:
        """`(('agent.statut', agent_statut), ...)`: names with their values."""
        return tuple_code([tuple_code([Code(Str(name)), code]) for name, code in pairs])

    # ------------------------------------------------------------ expressions
    def compile(self, root: m.Expr) -> Code:
        """The code computing `root` (None when unknown)."""
        done: dict[int, Code] = {}
        with_temporary: set[int] = set()  # nodes whose code names a temporary made in this call
        stack: list[tuple[m.Expr, bool]] = [(root, False)]
        while stack:
            node, ready = stack.pop()
            key = id(node)
            if key in done:
                continue
            kept = self.compiled.get(key)
            if kept is not None and kept[0] is node:
                done[key] = self._reuse(kept)
                continue
            operands = self._operands(node)
            if operands and not ready:
                stack.append((node, True))
                stack.extend((operand, False) for operand in reversed(operands))
                continue
            temporaries = len(self.pending)
            code = done[key] = self._limit(self._build(node, [done[id(o)] for o in operands]))
            if len(self.pending) > temporaries or any(id(o) in with_temporary for o in operands):
                with_temporary.add(key)
            else:
                self.compiled[key] = (node, code, self.facts_used)
        return done[id(root)]

    def _reuse(self, kept: tuple[m.Expr, Code, set[str]]) -> Code:
        """Code compiled before; in another function (another `facts_used`), the facts it reads are noted again."""
        node, code, reads = kept
        if reads is not self.facts_used:
            stack = [node]
            while stack:
                item = stack.pop()
                if isinstance(item, (m.FactRef, m.Count, m.DocumentsProvided)):
                    self.facts_used.add(item.fact.name)
                stack.extend(self._operands(item))
            self.compiled[id(node)] = (node, code, self.facts_used)
        return code

    def _limit(self, code: Code) -> Code:
        """Code nested too deep is computed beforehand in a temporary."""
        if code.depth <= MAX_DEPTH:
            return code
        name = self.scope.numbered("part")
        self.pending.append((name, code))
        return name_code(name)

    def _operands(self, node: m.Expr) -> Sequence[m.Expr]:
        if isinstance(node, m.Binary):
            if node.op in ("et", "ou"):
                return logical_operands(node)
            chained = self._arithmetic_chain(node)
            return [term for _, term in chained] if chained else (node.left, node.right)
        if isinstance(node, m.DocumentsProvided):
            return [d.condition for d in node.documents if d.condition is not None]
        return node.children()

    @staticmethod
    def _arithmetic_chain(node: m.Binary) -> list[tuple[str, m.Expr]] | None:
        """Three terms or more of `+`/`-`, or of `*`: one n-ary call."""
        operators = {"+": ("+", "-"), "-": ("+", "-"), "*": ("*",)}.get(node.op)
        if operators is None:
            return None
        terms = spine(node, operators)
        return terms if len(terms) > 2 else None

    def _build(self, node: m.Expr, codes: list[Code]) -> Code:
        if isinstance(node, m.Const):
            return Code(self.constants.literal(node.value))
        if isinstance(node, (m.FactRef, m.Count)):
            code = self.fact(node.fact)
            return code if isinstance(node, m.FactRef) else self.call("count", [code])
        if isinstance(node, m.ValueRef):
            return name_code(self.scope.lookup(node.value))
        if isinstance(node, m.TableRef):
            return name_code(self.scope.lookup((node.table, node.column)))
        if isinstance(node, m.Unary):
            if node.op == "non" and simple(node.operand):
                return self._guarded([(node.operand, codes[0])], concat("not ", codes[0].doc))
            return self._lone("not3" if node.op == "non" else "neg", codes[0])
        if isinstance(node, m.Binary):
            return self._binary(node, codes)
        if isinstance(node, m.Member):
            return self._member(node, codes[0])
        if isinstance(node, m.IsWhole):
            return self._lone("is_whole", codes[0])
        if isinstance(node, m.MeetsDeadline):
            return self._meets_deadline(node, codes[0])
        if isinstance(node, m.DeadlineRef):
            if node.deadline.relative is not None:
                return name_code(self.scope.lookup(node.deadline))
            return Code(self.constants.literal(node.deadline.date))
        if isinstance(node, m.During):
            return self._during(node, codes[0])
        if isinstance(node, m.DocumentsProvided):
            return self._documents_provided(node, codes)
        raise TypeError(f"no code for {type(node).__name__}")

    def _lone(self, function: str, operand: Code) -> Code:
        """`rt.f(x)`: an inline operand loses its now redundant parentheses."""
        if operand.bare is None:
            return self.call(function, [operand])
        return self.call(function, [Code(operand.bare, operand.depth - 1)])

    def _guarded(self, operands: Sequence[tuple[m.Expr, Code]], test: Doc) -> Code:
        """Inline three-valued code: unknown if any non-constant operand is unknown."""
        return guarded([code for expr, code in operands if not isinstance(expr, m.Const)], test)

    def _binary(self, node: m.Binary, codes: list[Code]) -> Code:
        if node.op in INLINE_COMPARISONS and simple(node.left) and simple(node.right):
            return self._comparison(node, codes[0], codes[1])
        if len(codes) > 2:
            if node.op in ("et", "ou"):
                return self.call("all3" if node.op == "et" else "any3", codes)
            if node.op == "*":
                return self.call("product", codes)
            terms = spine(node, ("+", "-"))
            return self.call(
                "total", [self._lone("neg", c) if op == "-" else c for (op, _), c in zip(terms, codes, strict=True)]
            )
        return self.call(BINARY_FUNCTIONS[node.op], codes)

    def _comparison(self, node: m.Binary, left: Code, right: Code) -> Code:
        """Inline comparison; a comparison with vrai/faux reads the boolean itself."""
        operands = [(node.left, left), (node.right, right)]
        if node.op in ("=", "!="):
            for value_expr, value, other in ((node.left, left, node.right), (node.right, right, node.left)):
                if isinstance(other, m.Const) and isinstance(other.value, bool):
                    keeps = other.value == (node.op == "=")
                    if keeps and not isinstance(value_expr, m.Const):
                        return value  # `x = vrai` is x itself, unknown when x is
                    return self._guarded(operands, value.doc if keeps else concat("not ", value.doc))
        return self._guarded(operands, infix(INLINE_COMPARISONS[node.op], [left.doc, right.doc]))

    def _member(self, node: m.Member, operand: Code) -> Code:
        items = name_code(self.constants.value_set(node.items, subject(node.operand)))
        several = node.operand.type.kind == "choix multiples"
        if not several and simple(node.operand):
            return self._guarded(
                [(node.operand, operand)], infix("not in" if node.negated else "in", [operand.doc, items.doc])
            )
        function = {
            (False, False): "is_in",
            (False, True): "not_in",
            (True, False): "any_in",
            (True, True): "none_in",
        }[(several, node.negated)]
        return self.call(function, [operand, items])

    def _meets_deadline(self, node: m.MeetsDeadline, operand: Code) -> Code:
        operator = "<=" if node.deadline.inclusive else "<"
        if node.deadline.relative is None:
            limit = Code(self.constants.literal(node.deadline.date))
            if simple(node.operand):
                return self._guarded([(node.operand, operand)], infix(operator, [operand.doc, limit.doc]))
            return self.call(BINARY_FUNCTIONS[operator], [operand, limit])
        limit = name_code(self.scope.lookup(node.deadline))
        if isinstance(node.operand, m.Const):  # the limit first: no "Yoda" comparison
            flipped = ">=" if operator == "<=" else ">"
            return self._guarded([(node, limit)], infix(flipped, [limit.doc, operand.doc]))
        if simple(node.operand):
            return self._guarded([(node.operand, operand), (node, limit)], infix(operator, [operand.doc, limit.doc]))
        return self.call(BINARY_FUNCTIONS[operator], [operand, limit])

    def _during(self, node: m.During, operand: Code) -> Code:
        start, end = self.constants.literal(node.period.start), self.constants.literal(node.period.end)
        if simple(node.operand):
            test = Group(Concat((start, SPACE, Text("<= "), operand.doc, SPACE, Text("<= "), end)))
            return self._guarded([(node.operand, operand)], test)
        return self.call("during", [operand, Code(start), Code(end)])

    def _documents_provided(self, node: m.DocumentsProvided, conditions: list[Code]) -> Code:
        remaining = iter(conditions)
        required = [
            tuple_code(
                [
                    next(remaining) if d.condition is not None else name_code("True"),
                    Code(Str(d.name)),
                    Code(Str(d.label)),
                ]
            )
            for d in node.documents
        ]
        function = "all_provided" if node.type.kind == "booléen" else "missing_documents"
        return self.call(function, [self.fact(node.fact), tuple_code(required)])

    def cell_test(self, cell: m.Cell, subject: Code, constant: bool, subject_name: str) -> Code:
        """Whether a table input (`subject`, a name or a constant) matches a cell of a row."""
        checked = [] if constant else [subject]
        if cell.kind in ("in", "not_in"):
            items = Text(self.constants.value_set(cell.values, subject_name))
            return guarded(checked, infix("not in" if cell.kind == "not_in" else "in", [subject.doc, items]))
        literals = [self.constants.literal(v) for v in cell.values]
        if cell.kind == "range":
            return guarded(
                checked, Group(Concat((literals[0], SPACE, Text("<= "), subject.doc, SPACE, Text("<= "), literals[1])))
            )
        operator, value = cell.op or "=", cell.values[0]
        if operator in ("=", "!=") and isinstance(value, bool):
            keeps = value == (operator == "=")
            if keeps and not constant:
                return subject
            return guarded(checked, subject.doc if keeps else concat("not ", subject.doc))
        return guarded(checked, infix(INLINE_COMPARISONS[operator], [subject.doc, literals[0]]))

    def all_of(self, tests: Sequence[Code]) -> Code:
        """`a et b et c` of codes already computed: True, the test, rt.and3 or rt.all3."""
        if not tests:
            return name_code("True")
        if len(tests) == 1:
            return tests[0]
        return self._limit(self.call("and3" if len(tests) == 2 else "all3", tests))

    # ------------------------------------------------------------ what a finding shows
    def message(self, rule: m.Rule) -> Code:
        """The rule's message: its text with the values it names, shown in French."""
        parts: list[Code] = []
        for part in rule.message:
            if isinstance(part, str):
                parts.append(Code(Str(part)))
            elif isinstance(part, m.FactRef) and part.fact.choice_labels:
                parts.append(self.call("fmt_choice", [self.compile(part), name_code(self._labels(part.fact))]))
            else:
                unit = m.UNIT_SYMBOLS.get(part.type.unit or "", "") if part.type.kind == "nombre" else ""
                parts.append(self.call("fmt", [self.compile(part)] + ([Code(Str(unit))] if unit else [])))
        return sum_code("+", parts) if parts else Code(Str(rule.title))

    def _labels(self, fact: m.Fact) -> str:
        def build() -> Doc:
            return bracket("{", [concat(Str(value), ": ", Str(label)) for value, label in fact.choice_labels], "}")

        return self.constants.define(("labels", fact.name), "LABELS", fact.name, build)

    def values_read(self, rule: m.Rule) -> Code:
        """The facts a rule reads (through values too), then the values it names."""
        exprs = [e for e in (rule.applies, rule.requires, *(x.condition for x in rule.exceptions)) if e is not None]
        pairs = [(fact.name, self.fact(fact)) for fact in facts_read(exprs)]
        seen: set[str] = set()
        for node in (node for expr in exprs for node in walk(expr)):
            if isinstance(node, m.ValueRef) and node.value.name not in seen:
                seen.add(node.value.name)
                pairs.append((node.value.name, name_code(self.scope.lookup(node.value))))
        return self.named_pairs(pairs)

    # ------------------------------------------------------------ what is still unknown
    def missing(self, expr: m.Expr | None) -> Code:
        """Code for the unknown facts that can still decide `expr` (run only when it is undecided):
        in `a et b`, a side already true cannot; in `a ou b`, a side already false cannot."""
        while isinstance(expr, m.Unary) and expr.op == "non":
            expr = expr.operand
        if isinstance(expr, m.Binary) and expr.op in ("et", "ou"):
            operands = logical_operands(expr)
            if len(operands) == 2:
                arguments = [c for o in operands for c in (self.compile(o), self.missing(o))]
                return self._limit(self.call("missing_and" if expr.op == "et" else "missing_or", arguments))
            sides = [tuple_code([self.compile(o), self.missing(o)]) for o in operands]
            return self._limit(self.call("missing_all" if expr.op == "et" else "missing_any", sides))
        if isinstance(expr, m.DocumentsProvided):
            return self._documents_missing(expr)
        facts: dict[str, Code] = {}
        tables: dict[str, Code] = {}
        self._unknown_leaves(expr, facts, tables)
        unknown = self.call("unknown", [tuple_code([Code(Str(name)), code]) for name, code in facts.items()])
        return sum_code("+", [unknown, *tables.values()])

    def rule_missing(self, expr: m.Expr) -> Code:
        """`missing` for a rule's whole condition (`si` or `exige`): a test of one fact, undecided
        only while that fact is unknown, names that fact without testing it again."""
        fact = lone_fact(expr)
        return self.missing(expr) if fact is None else tuple_code([Code(Str(fact.name))])

    def _documents_missing(self, expr: m.DocumentsProvided) -> Code:
        """`pièces fournies`: the list of documents provided, if unknown, and the unknown facts
        read by the condition of each conditional document (none once the condition is known)."""
        provided = self.call("unknown", [tuple_code([Code(Str(expr.fact.name)), self.fact(expr.fact)])])
        sides: dict[str, Code] = {}  # documents under the same condition: one side
        for document in expr.documents:
            if document.condition is not None:
                facts: dict[str, Code] = {}
                tables: dict[str, Code] = {}
                self._unknown_leaves(document.condition, facts, tables)
                pairs = [tuple_code([Code(Str(name)), code]) for name, code in facts.items()]
                read = sum_code("+", [self.call("unknown", pairs), *tables.values()])
                side = tuple_code([self.compile(document.condition), read])
                sides.setdefault(side.text, side)
        if not sides:
            return provided
        return sum_code("+", [provided, self._limit(self.call("missing_each", list(sides.values())))])

    def _unknown_leaves(self, expr: m.Expr | None, facts: dict[str, Code], tables: dict[str, Code]) -> None:
        """Facts read directly, through values and deadlines; a table contributes only the
        inputs that its still-undecided rows test."""
        stack = [expr] if expr is not None else []
        while stack:
            node = stack.pop()
            through: Sequence[m.Expr] = ()
            if isinstance(node, (m.FactRef, m.Count)):
                if node.fact.name not in facts:
                    facts[node.fact.name] = self.fact(node.fact)
            elif isinstance(node, m.ValueRef):
                through = (node.value.expr,)
            elif isinstance(node, (m.MeetsDeadline, m.DeadlineRef)) and node.deadline.relative is not None:
                through = (node.deadline.relative.anchor,)
            elif isinstance(node, m.DocumentsProvided):
                if node.fact.name not in facts:
                    facts[node.fact.name] = self.fact(node.fact)
                through = [d.condition for d in node.documents if d.condition is not None]
            elif isinstance(node, m.TableRef) and node.table.name not in tables:
                tables[node.table.name] = self._table_missing(node.table)
            stack.extend(reversed(node.children()))
            stack.extend(reversed(through))

    def _table_missing(self, table: m.Table) -> Code:
        rows = []
        for row in table.rows:
            tested = [expr for cell, expr in zip(row.cells, table.inputs, strict=True) if cell.kind != "any"]
            rows.append(tuple_code([tuple_code([Code(Str(f.name)), self.fact(f)]) for f in facts_read(tested)]))
        return self.call("table_missing", [name_code(self.scope.lookup((table, "matches"))), tuple_code(rows)])


def subject(expr: m.Expr) -> str:
    """What a set of values is tested against, to name it: a fact, a value or a table column."""
    return m.written_name(expr) or ""
