"""The decision query of a circular: one SQL query over a table of situations (one
column per fact, NULL for unknown) that gives, for each row, what the generated
validator gives for it: status, failing and undecided rules, missing facts (most
decisive first), computed values, table results and relative deadlines.

Each step of the validator (`emit_python`) has its counterpart here; the columns are
computed in layers (CTEs), each reading only the columns of the layers before it.

Longer than most modules on purpose: its layers follow the validator's steps in order, and
keeping them in one file lets a reader check the parity with `emit_python` step by step."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from sqlglot import exp

from circdsl import model as m
from circdsl.source import Span
from circdsl.sql import calendar as cal
from circdsl.sql import numbers as nb
from circdsl.sql.expressions import (
    COMPARISONS,
    DATE,
    Compiled,
    ExpressionCompiler,
    Scope,
    add_days_constant,
    and_,
    case,
    column,
    concat_ws,
    fact_type,
    is_false,
    is_null,
    is_true,
    not_,
    or_,
    paren,
    string,
)

# What became of a rule, as the `_r…` columns say it.
SATISFIED = "respectée"
NOT_APPLICABLE = "non applicable"
VIOLATED = "non respectée"
UNDECIDED = "indéterminée"
WAIVED = "levée"
CONFLICT = "exceptions contradictoires"
NOTICE = "information"
SOFTENED = {"avertissement": "adoucie en avertissement", "information": "adoucie en information"}
# The `_r…` columns hold a small number for each of them (cheaper to compare than text), in an
# order that makes the usual tests one comparison: a failing rule is >= SOFTENED["avertissement"]
# (softened into a warning, violated, conflicting), a refusing one >= VIOLATED.
ISSUE_CODES = {
    name: number
    for number, name in enumerate(
        (
            SATISFIED,
            NOT_APPLICABLE,
            WAIVED,
            NOTICE,
            SOFTENED["information"],
            UNDECIDED,
            SOFTENED["avertissement"],
            VIOLATED,
            CONFLICT,
        )
    )
}


def code(issue: str) -> exp.Expr:
    return exp.Literal.number(ISSUE_CODES[issue])


def at_least(issue_column: exp.Expr, issue: str) -> exp.Expr:
    """The rule's outcome is `issue` or one after it in ISSUE_CODES."""
    return exp.GTE(this=issue_column, expression=code(issue))


# Output columns.
STATUS = "statut"
FAILING = "règles_non_respectées"
UNDECIDED_RULES = "règles_indéterminées"
MISSING = "faits_manquants"
DEADLINE_PREFIX = "échéance."
MESSAGE_PREFIX = "message."
SEPARATOR = ", "
DECISION_COLUMNS = (STATUS, FAILING, UNDECIDED_RULES, MISSING)

Needs = dict[str, exp.Expr]  # fact -> when it can still decide a condition (a boolean, never NULL)


@dataclass(frozen=True)
class OutputColumn:
    name: str
    kind: str  # "décision" | "valeur" | "table" | "échéance" | "message" | "clé"
    source: str = ""  # the value, table column, deadline or rule it comes from


@dataclass
class DecisionQuery:
    """The query tree, its output columns, and what it computes only approximately."""

    circular: m.Circular
    tree: exp.Expr
    outputs: list[OutputColumn]
    notes: list[str] = field(default_factory=list)
    uses_calendar: bool = False


class Layers:
    """Internal columns, each placed in the first layer after the columns it reads."""

    def __init__(self) -> None:
        self.columns: dict[str, tuple[exp.Expr, int]] = {}
        self.by_sql: dict[exp.Expr, str] = {}  # the SQL of a shared column (compared as a tree) -> its name

    def add(self, name: str, sql: exp.Expr, reads: Iterable[str]) -> str:
        level = 1 + max((self.columns[r][1] for r in reads if r in self.columns), default=0)
        self.columns[name] = (sql, level)
        return name

    def shared(self, name: str, sql: exp.Expr, reads: Iterable[str]) -> str:
        """A column for `sql` named `name`, or the column already made for the same SQL."""
        if sql not in self.by_sql:
            self.by_sql[sql] = self.add(name, sql, reads)
        return self.by_sql[sql]

    def ctes(self, first: str) -> tuple[list[exp.CTE], str]:
        ctes, previous = [], first
        for level in sorted({lvl for _, lvl in self.columns.values()}):
            items = [exp.alias_(sql, name, quoted=True) for name, (sql, lvl) in self.columns.items() if lvl == level]
            name = f"_etape_{level}"
            select = exp.select(exp.Star(), *items).from_(exp.to_table(previous, quoted=True), copy=False)
            ctes.append(exp.CTE(this=select, alias=exp.TableAlias(this=exp.to_identifier(name, quoted=True))))
            previous = name
        return ctes, previous


class DecisionBuilder:
    def __init__(
        self, circular: m.Circular, table: str, keys: tuple[str, ...], message_values: bool, calendar_table: bool
    ):
        self.calendar_table = calendar_table  # the engine holds the calendar as a table: no CTE for it
        self.circular = circular
        self.table = table
        self.keys = keys
        self.message_values = message_values
        self.layers = Layers()
        self.scope = Scope()
        self.notes: list[str] = []
        self.uses_calendar = False
        self.table_matches: dict[str, list[str]] = {}  # table name -> its row-match columns
        self.rule_issue: dict[str, str] = {}  # rule name -> its issue column
        # rule name -> its conditions' columns (si, exige, sauf…)
        self.rule_conditions: dict[str, tuple[exp.Column | None, exp.Column | None, list[exp.Column | None]]] = {}
        self.flags: dict[str, str] = {}  # flag of a list (a rule fails, is undecided) -> its column
        self.need_reads: set[str] = set()  # the columns read by the needs of the rule being looked at

    # ------------------------------------------------------------ helpers
    def compiled(self, expr: m.Expr) -> tuple[Compiled, set[str]]:
        self.scope.used = set()
        result = ExpressionCompiler(self.scope).compile(expr)
        return result, set(self.scope.used)

    def column_for(self, name: str, expr: m.Expr) -> tuple[str, nb.Num | None]:
        result, reads = self.compiled(expr)
        self.layers.add(name, result.sql, reads)
        return name, result.num

    def internal(self, name: str, sql: exp.Expr, reads: Iterable[str]) -> exp.Column:
        self.layers.add(name, sql, reads)
        return column(name)

    # ------------------------------------------------------------ the whole query
    def build(self) -> DecisionQuery:
        c = self.circular
        relative = [d for d in c.deadlines if d.relative is not None]
        steps: list[m.Value | m.Table | m.Deadline] = sorted((*c.values, *c.tables, *relative), key=lambda x: x.line)
        for step in steps:  # in file order, as the checker resolved them (and as the validator computes them)
            if isinstance(step, m.Value):
                self.value(step)
            elif isinstance(step, m.Table):
                self.decision_table(step)
            else:
                self.relative_deadline(step)
        for index, rule in enumerate(c.rules):
            self.rule(index, rule)
        outputs, final = self.outputs()
        facts = exp.select(
            *(column(key) for key in self.keys),
            *(exp.alias_(exp.Cast(this=column(f.name), to=fact_type(f)), f.name, quoted=True) for f in c.facts),
        ).from_(exp.to_table(self.table, quoted=True), copy=False)
        ctes = []
        if self.uses_calendar and not self.calendar_table:
            ctes += [cal.holidays_cte(), cal.calendar_cte()]
        ctes.append(exp.CTE(this=facts, alias=exp.TableAlias(this=exp.to_identifier("_faits", quoted=True))))
        layer_ctes, last = self.layers.ctes("_faits")
        select = exp.select(*(column(key) for key in self.keys), *final).from_(
            exp.to_table(last, quoted=True), copy=False
        )
        select.set("with_", exp.With(expressions=ctes + layer_ctes))
        keys = [OutputColumn(key, "clé") for key in self.keys]
        return DecisionQuery(c, select, keys + outputs, self.notes, self.uses_calendar)

    # ------------------------------------------------------------ values, tables, deadlines
    def value(self, value: m.Value) -> None:
        result, reads = self.compiled(value.expr)
        sql, num = result.sql, result.num
        if value.rounding is not None and num is not None:
            num = nb.rounded_num(num, 2 if value.rounding == "centime" else 0)
            sql = exp.Cast(this=exp.Round(this=sql, decimals=exp.Literal.number(num.scale)), to=num.sql_type())
        if num is not None and not num.exact:
            self.notes.append(f"valeur {value.name} : calculée avec une division, gardée à {num.scale} décimales")
        name = self.layers.add(f"_v_{len(self.scope.values)}", sql, reads)
        self.scope.values[value.name] = (name, num)

    def decision_table(self, table: m.Table) -> None:
        index = len(self.table_matches)
        inputs: list[tuple[exp.Expr, set[str]]] = []
        for position, expr in enumerate(table.inputs):
            result, reads = self.compiled(expr)
            if not isinstance(result.sql, exp.Column):  # computed once, tested by every row
                name = self.layers.add(f"_t_{index}_e{position}", result.sql, reads)
                inputs.append((column(name), {name}))
            else:
                inputs.append((result.sql, reads))
        matches = []
        for row_index, row in enumerate(table.rows):
            test: exp.Expr | None = None
            row_reads: set[str] = set()
            for cell, (operand, operand_reads) in zip(row.cells, inputs, strict=True):
                if cell.kind == "any":
                    continue
                cell_test = self.cell_test(cell, operand)
                test = cell_test if test is None else and_(test, cell_test)
                row_reads |= operand_reads
            matches.append(self.layers.add(f"_t_{index}_m{row_index}", test or exp.true(), row_reads))
        self.table_matches[table.name] = matches
        undecided = None
        for name in matches:
            test = is_null(column(name))
            undecided = test if undecided is None else or_(undecided, test)
        for position, table_column in enumerate(table.columns):
            values = [self.output_value(row.outputs[position]) for row in table.rows]
            default = self.output_value(table.default.outputs[position]) if table.default else None
            nums = [v.num for v in [*values, *([default] if default else [])] if v.num is not None]
            num = nb.widest(nums) if nums else None
            whens: list[tuple[exp.Expr, exp.Expr]] = [
                (column(match), self.typed(v, num)) for match, v in zip(matches, values, strict=True)
            ]
            if undecided is not None:
                whens.append((undecided, exp.Null()))
            fallback = self.typed(default, num) if default is not None else exp.Null()
            sql = case(*whens, default=fallback) if whens else fallback
            name = self.layers.add(f"_t_{index}_c{position}", sql, matches)
            self.scope.table_columns[(table.name, position)] = (name, num)
            del table_column

    def cell_test(self, cell: m.Cell, operand: exp.Expr) -> exp.Expr:
        compiler = ExpressionCompiler(self.scope)
        values = [compiler._const(m.Const(m.TEXT, _NO_SPAN, v)).sql for v in cell.values]
        if cell.kind in ("in", "not_in"):
            member = exp.In(this=paren(operand), expressions=values)
            return exp.Not(this=paren(member)) if cell.kind == "not_in" else member
        if cell.kind == "range":
            return exp.Between(this=paren(operand), low=values[0], high=values[1])
        result: exp.Expr = COMPARISONS[cell.op or "="](this=paren(operand), expression=values[0])
        return result

    def output_value(self, value: object) -> Compiled:
        if value is None:
            return Compiled(exp.Null())
        if isinstance(value, m.Service):
            return Compiled(string(value.name))
        return ExpressionCompiler(self.scope)._const(m.Const(m.TEXT, _NO_SPAN, value))

    @staticmethod
    def typed(value: Compiled, num: nb.Num | None) -> exp.Expr:
        if num is None or value.num is None:
            return value.sql
        return exp.Cast(this=value.sql.this if isinstance(value.sql, exp.Cast) else value.sql, to=num.sql_type())

    def relative_deadline(self, deadline: m.Deadline) -> None:
        relative = deadline.relative
        assert relative is not None
        index = len(self.scope.deadlines)
        prefix = f"_d_{index}"
        anchor, reads = self.compiled(relative.anchor)
        anchor_sql = anchor.sql
        if not isinstance(anchor_sql, exp.Column):
            anchor_sql = self.internal(f"{prefix}_ancre", anchor_sql, reads)
            reads = {f"{prefix}_ancre"}
        signed = relative.amount if relative.direction == "après" else -relative.amount
        if relative.unit in ("jours ouvrés", "jours ouvrables"):
            shifted, reads = self.working_days(prefix, anchor_sql, reads, signed, relative.unit == "jours ouvrables")
        elif relative.unit == "mois":
            months: exp.Expr = exp.Cast(
                this=exp.AddMonths(this=anchor_sql, expression=exp.Literal.number(signed)), to=DATE
            )
            if (
                relative.rounding or "dernier jour"
            ) != "dernier jour":  # a missing day goes to the 1st of the next month
                clamped = self.internal(f"{prefix}_mois", months, reads)
                earlier = exp.LT(this=exp.Day(this=clamped), expression=exp.Day(this=anchor_sql))
                months = case((earlier, add_days_constant(clamped, 1)), default=clamped)
                reads = reads | {f"{prefix}_mois"}
            shifted = months
        else:
            shifted = add_days_constant(anchor_sql, signed)
        if deadline.postponed:
            raw = self.internal(f"{prefix}_brut", shifted, reads)
            shifted, reads = self.next_working_day(prefix, raw, {f"{prefix}_brut"})
        name = self.layers.add(prefix, shifted, reads)
        self.scope.deadlines[deadline.name] = name

    def working_days(
        self, prefix: str, anchor: exp.Expr, reads: set[str], days: int, saturdays: bool
    ) -> tuple[exp.Expr, set[str]]:
        """The |days|-th jour ouvré (ouvrable) after, or before, the anchor: a lookup by rank in the calendar."""
        self.uses_calendar = True
        flag = cal.BUSINESS if saturdays else cal.WORKING
        rank = cal.RANK[flag]
        if days > 0:  # the rank of the anchor, plus days
            base = self.internal(f"{prefix}_jour", anchor, reads)
            start = cal.lookup(rank, exp.EQ(this=cal.calendar_column(cal.DAY), expression=base))
            target = exp.Add(this=start, expression=exp.Literal.number(days))
        else:  # working days strictly before the anchor are counted by the rank of the day before
            eve = self.internal(f"{prefix}_veille", add_days_constant(anchor, -1), reads)
            start = cal.lookup(rank, exp.EQ(this=cal.calendar_column(cal.DAY), expression=eve))
            target = exp.Add(this=start, expression=exp.Literal.number(days + 1))
        wanted = self.internal(f"{prefix}_rang", target, {f"{prefix}_jour" if days > 0 else f"{prefix}_veille"})
        found = cal.lookup(
            cal.DAY, and_(cal.calendar_column(flag), exp.EQ(this=cal.calendar_column(rank), expression=wanted))
        )
        return found, {f"{prefix}_rang"}

    def next_working_day(self, prefix: str, day: exp.Expr, reads: set[str]) -> tuple[exp.Expr, set[str]]:
        """The day itself if it is a jour ouvré, else the next one: rank of the day before, plus one."""
        self.uses_calendar = True
        rank = cal.RANK[cal.WORKING]
        eve = self.internal(f"{prefix}_report_veille", add_days_constant(day, -1), reads)
        start = cal.lookup(rank, exp.EQ(this=cal.calendar_column(cal.DAY), expression=eve))
        wanted = self.internal(
            f"{prefix}_report_rang", exp.Add(this=start, expression=exp.Literal.number(1)), {f"{prefix}_report_veille"}
        )
        found = cal.lookup(
            cal.DAY,
            and_(cal.calendar_column(cal.WORKING), exp.EQ(this=cal.calendar_column(rank), expression=wanted)),
        )
        return found, {f"{prefix}_report_rang"}

    # ------------------------------------------------------------ rules
    def rule(self, index: int, rule: m.Rule) -> None:
        prefix = f"_r_{index}"
        applies = self.condition(f"{prefix}_si", rule.applies)
        requires = self.condition(f"{prefix}_exige", rule.requires)
        exceptions = [self.condition(f"{prefix}_sauf{j}", x.condition) for j, x in enumerate(rule.exceptions)]
        reads = {c.name for c in (applies, requires, *exceptions) if isinstance(c, exp.Column)}
        # a WHEN whose test is unknown is not taken, like one whose test is false: no COALESCE needed
        if requires is None:  # a notice: shown when its condition holds (nothing when it is unknown)
            if applies is None:
                issue: exp.Expr = code(NOTICE)
            else:
                issue = case((applies, code(NOTICE)), (not_(applies), code(NOT_APPLICABLE)))
        else:
            whens: list[tuple[exp.Expr, exp.Expr]] = []
            if applies is not None:
                whens.append((not_(applies), code(NOT_APPLICABLE)))
            whens.append((requires, code(SATISFIED)))
            violated = self.violated(rule, exceptions)
            whens.append((and_(not_(requires), applies) if applies is not None else not_(requires), violated))
            issue = case(*whens, default=code(UNDECIDED))
        self.rule_issue[rule.name] = self.layers.add(prefix, issue, reads)
        self.rule_conditions[rule.name] = (applies, requires, exceptions)
        if self.message_values and rule.requires is not None:
            for position, part in enumerate(p for p in rule.message if isinstance(p, m.Expr)):
                self.column_for(f"{prefix}_message{position}", part)

    def condition(self, name: str, expr: m.Expr | None) -> exp.Column | None:
        """The condition's column; rules with the same condition share one."""
        if expr is None:
            return None
        result, reads = self.compiled(expr)
        return column(self.layers.shared(name, result.sql, reads))

    def violated(self, rule: m.Rule, exceptions: list[exp.Column | None]) -> exp.Expr:
        """What a rule whose `exige` is false becomes, after its exceptions (rt.exception_outcome):
        a conflict when exceptions of different outcomes apply; undecided while an exception whose
        condition is unknown could still change the result (its outcome is not among those that
        apply); else the outcome that applies, or violated."""
        if not rule.exceptions:
            return code(VIOLATED)
        holds: dict[str, exp.Expr] = {}
        unsure: dict[str, exp.Expr] = {}
        for exception, sql in zip(rule.exceptions, exceptions, strict=True):
            assert sql is not None
            outcome = exception.outcome
            test, maybe = is_true(sql), is_null(sql)
            holds[outcome] = or_(holds[outcome], test) if outcome in holds else test
            unsure[outcome] = or_(unsure[outcome], maybe) if outcome in unsure else maybe
        whens: list[tuple[exp.Expr, exp.Expr]] = []
        if len(holds) > 1:
            applying: exp.Expr = exp.Literal.number(0)
            for test in holds.values():
                applying = exp.Add(
                    this=applying, expression=case((test, exp.Literal.number(1)), default=exp.Literal.number(0))
                )
            whens.append((exp.GT(this=paren(applying), expression=exp.Literal.number(1)), code(CONFLICT)))
        could_change = _any([and_(maybe, exp.Not(this=paren(holds[kind]))) for kind, maybe in unsure.items()])
        whens.append((could_change, code(UNDECIDED)))
        for kind, test in holds.items():
            whens.append((test.copy(), code(WAIVED if kind == "levée" else SOFTENED[kind])))
        return case(*whens, default=code(VIOLATED))

    # ------------------------------------------------------------ outputs
    def outputs(self) -> tuple[list[OutputColumn], list[exp.Expr]]:
        c = self.circular
        refused: list[exp.Expr] = []
        undecided: list[exp.Expr] = []
        warned: list[exp.Expr] = []
        failing: list[tuple[exp.Expr, str]] = []
        undecided_names: list[tuple[exp.Expr, str]] = []
        for rule in c.rules:
            issue = column(self.rule_issue[rule.name])
            # a rule softened into a warning (whatever its severity) fails and warns
            softened_to_warning = any(x.outcome == "avertissement" for x in rule.exceptions)
            fails: exp.Expr | None = None
            if rule.severity in _FAILING_SEVERITIES:  # violated, conflicting or softened into a warning
                fails = at_least(issue, SOFTENED["avertissement"])
            elif softened_to_warning:
                fails = exp.EQ(this=issue, expression=code(SOFTENED["avertissement"]))
            if rule.severity == "bloquante":
                refused.append(at_least(issue, VIOLATED))
                undecided.append(exp.EQ(this=issue, expression=code(UNDECIDED)))
                warned.append(exp.EQ(this=issue, expression=code(SOFTENED["avertissement"])))
            elif fails is not None:
                warned.append(fails.copy())
            if fails is not None:
                failing.append((fails, rule.name))
            if rule.requires is not None:
                undecided_names.append((exp.EQ(this=issue, expression=code(UNDECIDED)), rule.name))
        issues = set(self.rule_issue.values())
        # each flag is computed once, in a layer: the status reads them, and a list is only
        # assembled on the rows that have something to list (the others get '')
        flags = [
            (self.layers.shared(name, _any_issue([t.copy() for t in tests]), issues), label)
            for tests, name, label in (
                (refused, "_irrecevable", "irrecevable"),
                (undecided, "_incomplet", "incomplet"),
                (warned, "_réserves", "recevable avec réserves"),
            )
            if tests
        ]
        status = case(*((column(flag), string(label)) for flag, label in flags), default=string("recevable"))
        final: list[exp.Expr] = [
            exp.alias_(status, STATUS, quoted=True),
            exp.alias_(self.listed("_en_défaut", failing, issues), FAILING, quoted=True),
            exp.alias_(self.listed("_indécises", undecided_names, issues), UNDECIDED_RULES, quoted=True),
            exp.alias_(self.missing_facts(bool(undecided_names)), MISSING, quoted=True),
        ]
        outputs = [OutputColumn(name, "décision") for name in DECISION_COLUMNS]
        for value in c.values:
            final.append(exp.alias_(column(self.scope.values[value.name][0]), value.name, quoted=True))
            outputs.append(OutputColumn(value.name, "valeur", value.name))
        for table in c.tables:
            for position, table_column in enumerate(table.columns):
                name = f"{table.name}.{table_column.name}"
                final.append(exp.alias_(column(self.scope.table_columns[(table.name, position)][0]), name, quoted=True))
                outputs.append(OutputColumn(name, "table", name))
        for deadline in c.deadlines:
            if deadline.relative is None:
                continue
            date: exp.Expr = column(self.scope.deadlines[deadline.name])
            if deadline.condition is not None:  # a deadline that does not concern this applicant has no date
                condition, reads = self.compiled(deadline.condition)
                gate = self.internal(f"{self.scope.deadlines[deadline.name]}_si", condition.sql, reads)
                date = case((is_false(gate), exp.Null()), default=date)
            final.append(exp.alias_(date, DEADLINE_PREFIX + deadline.name, quoted=True))
            outputs.append(OutputColumn(DEADLINE_PREFIX + deadline.name, "échéance", deadline.name))
        if self.message_values:
            for index, rule in enumerate(c.rules):
                parts = [p for p in rule.message if isinstance(p, m.Expr)] if rule.requires is not None else []
                for position in range(len(parts)):
                    name = f"{MESSAGE_PREFIX}{rule.name}.{position}"
                    final.append(exp.alias_(column(f"_r_{index}_message{position}"), name, quoted=True))
                    outputs.append(OutputColumn(name, "message", rule.name))
        return outputs, final

    def listed(self, flag: str, items: list[tuple[exp.Expr, str]], reads: set[str]) -> exp.Expr:
        """The names whose test holds, joined; computed only on the rows where one holds."""
        if not items:
            return string("")
        self.flags[flag] = self.layers.shared(flag, _any_issue([test.copy() for test, _ in items]), reads)
        joined = concat_ws(SEPARATOR, [case((test, string(name))) for test, name in items])
        return case((column(self.flags[flag]), joined), default=string(""))

    # ------------------------------------------------------------ missing facts (rt.rank_missing)
    def missing_facts(self, any_undecided: bool) -> exp.Expr:
        """Unknown facts needed by undecided rules of any severity (rt.rank_missing): those that an
        undecided blocking rule needs first, then the others; within each group, most needed first
        (by the number of distinct undecided rules that need them), then in declaration order.

        For each fact, two counts (a layer column each): the undecided blocking rules that need it,
        and the other undecided rules that need it. Each rule's need is a boolean over columns
        computed once (its conditions and their sub-conditions), never a recomputed condition."""
        if not any_undecided:
            return string("")
        needed_by: dict[str, tuple[list[exp.Expr], list[exp.Expr]]] = {}  # fact -> (blocking, other) terms
        reads: set[str] = set()
        for rule in self.circular.rules:
            if rule.requires is None:
                continue
            issue = self.rule_issue[rule.name]
            self.need_reads = {issue}
            for fact, need in self.rule_missing(rule).items():
                undecided_and_needed = and_(exp.EQ(this=column(issue), expression=code(UNDECIDED)), need)
                term = case((undecided_and_needed, exp.Literal.number(1)), default=exp.Literal.number(0))
                blocking, other = needed_by.setdefault(fact, ([], []))
                (blocking if rule.severity == "bloquante" else other).append(term)
            reads |= self.need_reads
        order = [f.name for f in self.circular.facts]
        counts: dict[str, tuple[exp.Expr, str | None, int]] = {}  # fact -> (count, blocking count, rules)
        for position, fact in enumerate(sorted(needed_by, key=order.index)):
            blocking, other = needed_by[fact]
            blocking_name = self.layers.add(f"_manque_bloquant_{position}", _sum(blocking), reads) if blocking else None
            other_name = self.layers.add(f"_manque_autre_{position}", _sum(other), reads) if other else None
            if blocking_name and other_name:
                total = column(
                    self.layers.add(
                        f"_manque_{position}",
                        exp.Add(this=column(blocking_name), expression=column(other_name)),
                        {blocking_name, other_name},
                    )
                )
            else:
                total = column(blocking_name or other_name or "")
            counts[fact] = (total, blocking_name, len(blocking) + len(other))
        ranked = []
        top = max((bound for _, _, bound in counts.values()), default=0)
        for first in (True, False):  # the facts that can change the status first
            for times in range(top, 0, -1):
                for fact in sorted(counts, key=order.index):
                    ranked += self.ranked(fact, counts[fact], times, first)
        if not ranked:
            return string("")
        return case((column(self.flags["_indécises"]), _joined(ranked)), default=string(""))

    @staticmethod
    def ranked(fact: str, count: tuple[exp.Expr, str | None, int], times: int, first: bool) -> list[exp.Expr]:
        """The fact's name if `times` undecided rules need it and some (`first`) or none of them is blocking."""
        total, blocking, bound = count
        if bound < times:
            return []
        test: exp.Expr = exp.EQ(this=total.copy(), expression=exp.Literal.number(times))
        if blocking is not None and total.name != blocking:  # blocking and other rules need it
            some = exp.GT(this=column(blocking), expression=exp.Literal.number(0))
            test = and_(test, some if first else exp.Not(this=paren(some)))
        elif (blocking is not None) != first:  # only blocking rules need it (listed first), or only others
            return []
        return [case((test, string(fact)))]

    def rule_missing(self, rule: m.Rule) -> Needs:
        """When each fact is among the missing facts of the rule when it is undecided."""
        applies, requires, exceptions = self.rule_conditions[rule.name]
        assert requires is not None
        self.need_reads |= {c.name for c in (applies, requires, *exceptions) if c is not None}
        main = self.unknown(rule.requires)
        if rule.applies is not None and applies is not None:
            main = _either(_only_if(is_null(applies), self.unknown(rule.applies)), _only_if(is_null(requires), main))
        if not rule.exceptions:
            return main
        through_exceptions: Needs = {}
        for exception in rule.exceptions:
            through_exceptions = _either(through_exceptions, self.unknown(exception.condition))
        violated = is_false(requires) if applies is None else and_(is_false(requires), is_true(applies))
        result: Needs = {}
        for fact in dict.fromkeys([*main, *through_exceptions]):
            result[fact] = case(
                (violated.copy(), through_exceptions.get(fact, exp.false())), default=main.get(fact, exp.false())
            )
        return result

    def truth(self, expr: m.Expr) -> exp.Expr:
        """The value of a sub-condition, as a column computed once however many needs read it."""
        result, reads = self.compiled(expr)
        sql = result.sql
        name = (
            sql.name if isinstance(sql, exp.Column) else self.layers.shared(f"_c_{len(self.layers.by_sql)}", sql, reads)
        )
        self.need_reads.add(name)
        return column(name)

    def unknown(self, expr: m.Expr | None) -> Needs:
        """The unknown facts that can still decide `expr` (emit_python's _unknown): a side of `et`
        already true, or of `ou` already false, cannot; once one side decides, none can."""
        if isinstance(expr, m.Binary) and expr.op in ("et", "ou"):
            left, right = self.truth(expr.left), self.truth(expr.right)
            decided, settled = (is_false, is_true) if expr.op == "et" else (is_true, is_false)
            sides = _either(
                _unless(settled(left), self.unknown(expr.left)), _unless(settled(right), self.unknown(expr.right))
            )
            return _unless(or_(decided(left), decided(right)), sides)
        if isinstance(expr, m.Unary) and expr.op == "non":
            return self.unknown(expr.operand)
        if isinstance(expr, m.DocumentsProvided):  # emit_python's _documents_missing
            needs: Needs = {expr.fact.name: is_null(column(expr.fact.name))}
            for document in expr.documents:
                if document.condition is not None:  # a condition already known cannot decide anything
                    condition = self.truth(document.condition)
                    needs = _either(needs, _only_if(is_null(condition), self.leaf_unknown(document.condition)))
            return needs
        return self.leaf_unknown(expr)

    def leaf_unknown(self, expr: m.Expr | None) -> Needs:
        """The unknown facts `expr` reads (emit_python's _unknown_leaves), tables by their rows."""
        facts: dict[str, m.Fact] = {}
        tables: dict[str, m.Table] = {}
        _leaf_facts(expr, facts, tables)
        needs: Needs = {name: is_null(column(name)) for name in facts}
        for table in tables.values():
            needs = _either(needs, self.table_unknown(table))
        return needs

    def table_unknown(self, table: m.Table) -> Needs:
        """rt.table_missing: the unknown facts tested by the rows that may still match, while no
        row certainly matches."""
        matches = self.table_matches[table.name]
        undecided_rows: dict[str, list[str]] = {}
        for match, row in zip(matches, table.rows, strict=True):
            for cell, input_expr in zip(row.cells, table.inputs, strict=True):
                if cell.kind != "any":
                    for fact in m.facts_read(input_expr):
                        rows = undecided_rows.setdefault(fact.name, [])
                        if match not in rows:
                            rows.append(match)
        self.need_reads.update(matches)
        settled = _any([is_true(column(r)) for r in matches])  # a row certainly matches: nothing more to ask
        needs: Needs = {}
        for fact_name, rows in undecided_rows.items():
            pending = and_(_any([is_null(column(r)) for r in rows]), exp.Not(this=paren(settled.copy())))
            needs[fact_name] = and_(is_null(column(fact_name)), pending)
        return needs


_NO_SPAN = Span.point(1, 1)  # constants built here are never reported
_FAILING_SEVERITIES = ("bloquante", "avertissement")


def _leaf_facts(expr: m.Expr | None, facts: dict[str, m.Fact], tables: dict[str, m.Table]) -> None:
    """Facts read directly, through values and deadlines; tables are counted by table_unknown."""
    for node in m.walk(expr) if expr is not None else ():
        if isinstance(node, (m.FactRef, m.Count)):
            facts.setdefault(node.fact.name, node.fact)
        elif isinstance(node, m.ValueRef):
            _leaf_facts(node.value.expr, facts, tables)
        elif isinstance(node, (m.MeetsDeadline, m.DeadlineRef)) and node.deadline.relative is not None:
            _leaf_facts(node.deadline.relative.anchor, facts, tables)
        elif isinstance(node, m.DocumentsProvided):
            facts.setdefault(node.fact.name, node.fact)
            for document in node.documents:
                _leaf_facts(document.condition, facts, tables)
        elif isinstance(node, m.TableRef):
            tables.setdefault(node.table.name, node.table)


def _any(tests: Sequence[exp.Expr]) -> exp.Expr:
    result: exp.Expr = exp.or_(*tests, copy=False)
    return result


def _any_issue(tests: Sequence[exp.Expr]) -> exp.Expr:
    """Tests of rules' outcomes, one of which holds: `a >= k OR b >= k` is `GREATEST(a, b) >= k`
    (one comparison; GREATEST skips NULLs, the outcome of a notice whose condition is unknown)."""
    thresholds: dict[str, list[exp.Expr]] = {}
    others: list[exp.Expr] = []
    for test in tests:
        if isinstance(test, exp.GTE) and isinstance(test.expression, exp.Literal):
            thresholds.setdefault(test.expression.this, []).append(test.this)
        else:
            others.append(test)
    merged = [
        exp.GTE(
            this=exp.Greatest(this=issues[0], expressions=issues[1:], ignore_nulls=True),
            expression=exp.Literal.number(threshold),
        )
        if len(issues) > 1
        else exp.GTE(this=issues[0], expression=exp.Literal.number(threshold))
        for threshold, issues in thresholds.items()
    ]
    return _any([*merged, *others])


def _sum(terms: list[exp.Expr]) -> exp.Expr:
    result = terms[0]
    for term in terms[1:]:
        result = exp.Add(this=result, expression=term)
    return result


def _joined(items: list[exp.Expr]) -> exp.Expr:
    if not items:
        return string("")
    return concat_ws(SEPARATOR, items)


def _either(a: Needs, b: Needs) -> Needs:
    result = dict(a)
    for fact, need in b.items():
        result[fact] = or_(result[fact], need) if fact in result else need
    return result


def _only_if(test: exp.Expr, needs: Needs) -> Needs:
    return {fact: and_(test.copy(), need) for fact, need in needs.items()}


def _unless(test: exp.Expr, needs: Needs) -> Needs:
    return {fact: and_(exp.Not(this=paren(test.copy())), need) for fact, need in needs.items()}


def build_decision_query(
    circular: m.Circular,
    table: str = "situations",
    keys: tuple[str, ...] = (),
    message_values: bool = False,
    calendar_table: bool = False,
) -> DecisionQuery:
    """The decision query; with `calendar_table`, it reads the working-day calendar from a table
    named calendar.CALENDAR that the engine creates once (calendar.calendar_query())."""
    return DecisionBuilder(circular, table, keys, message_values, calendar_table).build()
