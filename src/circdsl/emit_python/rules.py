"""The rules of a circular as straight-line code: each rule's conditions, its findings (with
the message and the values read bound once), and the flags the decision's status comes from
(`rt.decide_status` is the reference they follow)."""

from __future__ import annotations

from circdsl import model as m
from circdsl.emit_python.constants import Constants
from circdsl.emit_python.expressions import (
    Code,
    ExpressionCompiler,
    call_code,
    conditional_code,
    name_code,
    sum_code,
    tuple_code,
)
from circdsl.emit_python.pretty import Str, Text
from circdsl.emit_python.writer import Body, BodyPart

# Locals the rules write, reserved in the function's scope before any model name is allocated.
RULE_LOCALS = (
    *("applies", "holds", "values", "message", "resolved"),
    *("findings", "satisfied", "not_applicable", "refused", "undecided", "warned", "failed"),
)
RULE_ANNOTATIONS = {"applies": "bool | None", "holds": "bool | None", "values": "tuple[tuple[str, Any], ...]"}


class RuleEmitter(BodyPart):
    """Writes the rules of one circular into the body of `evaluate`."""

    def __init__(self, circular: m.Circular, body: Body, exprs: ExpressionCompiler, constants: Constants) -> None:
        super().__init__(circular, body, exprs, constants)
        self.conditions: dict[int, Code] = {}  # id of a rule's condition -> its code (or a shared local)
        # `evaluate_status`: only the status flags and the failing rules, no finding, message or value read
        self.status_only = False

    def share_conditions(self) -> None:
        """Compute once the conditions (`si`, `exige`) that several rules test."""
        compiled: list[tuple[str, Code, m.Expr]] = []
        for rule in self.circular.rules:
            if self.status_only and rule.requires is None:
                continue  # a notice: not evaluated for the status
            for expr in (rule.applies, rule.requires):
                if expr is not None:
                    code = self.exprs.compile(expr)
                    compiled.append((code.text, code, expr))
        counts: dict[str, int] = {}
        for text, _, expr in compiled:
            if not isinstance(expr, (m.Const, m.FactRef, m.ValueRef)):
                counts[text] = counts.get(text, 0) + 1
        shared: dict[str, Code] = {}
        for text, code, expr in compiled:
            if counts.get(text, 0) > 1 and text not in shared:
                name = self.exprs.scope.numbered("shared")
                self.out.comment(f"tested by {counts[text]} rules")
                self.body.assign(name, code)
                shared[text] = name_code(name)
            self.conditions[id(expr)] = shared.get(text, code)

    def condition(self, expr: m.Expr) -> Code:
        return self.conditions.get(id(expr)) or self.exprs.compile(expr)

    def rule(self, rule: m.Rule) -> None:
        info = self._info(rule)
        self.out.comment(f"{self.circular.file}:{rule.line} règle {rule.name} ({rule.severity})")
        if rule.requires is None:
            self._notice(rule, info)
        elif rule.applies is None:
            self._checked(rule, info)
        elif self.status_only:
            self.body.assign("applies", self.condition(rule.applies))
            with self.out.block("if applies is not False:"):
                self._checked(rule, info)
        else:
            self.body.assign("applies", self.condition(rule.applies))
            with self.out.block("if applies is False:"):
                self.body.call_statement("not_applicable.append", Code(Str(rule.name)))
            with self.out.block("else:"):
                self._checked(rule, info)

    def _info(self, rule: m.Rule) -> Code:
        def build() -> Code:
            citations = self.constants.citations(rule.citations, rule.name)
            origin = f"{self.circular.file}:{rule.line}"
            arguments = [Str(rule.name), Str(rule.title), Str(rule.severity), citations, Str(origin)]
            return call_code(self.exprs.rt("RuleInfo"), [Code(a) for a in arguments])

        return name_code(self.constants.define(("rule", rule.name), "RULE", rule.name, lambda: build().doc))

    def _checked(self, rule: m.Rule, info: Code) -> None:
        assert rule.requires is not None
        self.body.assign("holds", self.condition(rule.requires))
        if self.status_only:
            violated = "holds is False and applies is True" if rule.applies is not None else "holds is False"
            with self.out.block(f"if {violated}:"):
                self._violated(rule, info)
            if rule.severity == "bloquante":
                with self.out.block("elif holds is not True:"):
                    self.body.statement("undecided = True")
            return
        with self.out.block("if holds is True:"):
            self.body.call_statement("satisfied.append", Code(Str(rule.name)))
        with self.out.block("else:"):
            self.body.assign("values", self.exprs.values_read(rule))
            violated = "holds is False and applies is True" if rule.applies is not None else "holds is False"
            with self.out.block(f"if {violated}:"):
                self._violated(rule, info)
            with self.out.block("else:"):
                missing = self.exprs.rule_missing(rule.requires)
                if rule.applies is not None:
                    when_unknown = conditional_code(
                        self.exprs.rule_missing(rule.applies), Text("applies is None"), Text("()")
                    )
                    when_undecided = conditional_code(missing, Text("holds is None"), Text("()"))
                    missing = sum_code("+", [when_unknown, when_undecided])
                self._finding(info, "UNDECIDED", str(rule.severity), _undecided(rule), ("missing", missing))

    def _notice(self, rule: m.Rule, info: Code) -> None:
        if self.status_only:
            return  # a notice neither fails nor changes the status
        notice = self._notice_finding(rule, info)
        if rule.applies is None:
            self.body.call_statement("findings.append", notice)
            return
        self.body.assign("applies", self.condition(rule.applies))
        with self.out.block("if applies is True:"):
            self.body.call_statement("findings.append", notice)
        with self.out.block("elif applies is False:"):
            self.body.call_statement("not_applicable.append", Code(Str(rule.name)))

    def _notice_finding(self, rule: m.Rule, info: Code) -> Code:
        """The finding of a notice: a module constant when its message is (built once, shared by decisions)."""
        message = self.exprs.message(rule)
        arguments = [info, name_code(f"{self.exprs.rt('Outcome')}.NOTICE"), Code(Str("information")), message]
        finding = call_code(self.exprs.rt("Finding"), [*arguments, Code(Text("()"))])
        if not isinstance(message.doc, Str):
            return finding
        return name_code(self.constants.define(("notice", rule.name), "NOTICE", rule.name, lambda: finding.doc))

    def _violated(self, rule: m.Rule, info: Code) -> None:
        severity = str(rule.severity)
        if self.status_only:
            self._violated_status(rule, info)
            return
        if not rule.exceptions:
            self._finding(info, "VIOLATED", severity, self._message(rule))
            return
        exceptions = [
            tuple_code([self.exprs.compile(x.condition), Code(Str(x.outcome)), Code(Str(f"sauf si {x.text}"))])
            for x in rule.exceptions
        ]
        self.body.assign("resolved", self.exprs.call("exception_outcome", [info, tuple_code(exceptions)]))
        with self.out.block("if resolved is not None and resolved[0] == 'indéterminée':"):
            missing = sum_code("+", [self.exprs.missing(x.condition) for x in rule.exceptions])
            self._finding(info, "UNDECIDED", severity, _undecided(rule), ("missing", missing))
        with self.out.block("else:"):  # the rule is found violated: its message is shown
            self.body.assign("message", self.exprs.message(rule))
            message, exception = name_code("message"), ("exception", name_code("resolved[1]"))
            with self.out.block("if resolved is None:"):
                self._finding(info, "VIOLATED", severity, message)
            with self.out.block("elif resolved[0] == 'conflit':"):
                self._finding(info, "CONFLICT", severity, message, exception)
            with self.out.block("elif resolved[0] == 'levée':"):
                self._finding(info, "WAIVED", "information", message, exception)
            with self.out.block("else:"):
                self._finding(info, "VIOLATED", None, message, exception)

    def _violated_status(self, rule: m.Rule, info: Code) -> None:
        """What a violated rule means for the status, after its exceptions (as `_violated`)."""
        severity = str(rule.severity)
        if not rule.exceptions:
            self._status_lines(self._status(rule, "VIOLATED", severity))
            return
        branches = [  # resolved[0]: the severity an exception gave, or what the exceptions make of the rule
            ("resolved is None or resolved[0] == 'conflit'", self._status(rule, "VIOLATED", severity)),
            ("resolved[0] == 'indéterminée'", self._status(rule, "UNDECIDED", severity)),
            ("resolved[0] == 'avertissement'", self._status(rule, "VIOLATED", "avertissement")),
        ]
        merged: list[tuple[str, list[str]]] = []  # branches doing the same are one (the tests exclude each other)
        for test, lines in branches:
            if not lines:
                continue
            if merged and merged[-1][1] == lines:
                merged[-1] = (f"{merged[-1][0]} or {test}", lines)
            else:
                merged.append((test, lines))
        if not merged:  # an information rule: neither fails nor changes the status, whatever its exceptions
            self.body.statement("pass")
            return
        exceptions = [
            tuple_code([self.exprs.compile(x.condition), Code(Str(x.outcome)), Code(Str(f"sauf si {x.text}"))])
            for x in rule.exceptions
        ]
        self.body.assign("resolved", self.exprs.call("exception_outcome", [info, tuple_code(exceptions)]))
        keyword = "if"
        for test, lines in merged:
            with self.out.block(f"{keyword} {test}:"):
                self._status_lines(lines)
            keyword = "elif"

    def _status(self, rule: m.Rule, outcome: str, severity: str) -> list[str]:
        """The statements recording the failing rule and the status flag of a finding, without the finding."""
        lines = []
        if outcome in ("VIOLATED", "CONFLICT") and severity in ("bloquante", "avertissement"):
            lines.append(f"failed.append({Str(rule.name).literal})")
        if severity == "bloquante" and outcome in ("VIOLATED", "CONFLICT"):
            lines.append("refused = True")
        elif severity == "bloquante" and outcome == "UNDECIDED":
            lines.append("undecided = True")
        elif severity == "avertissement" and outcome in ("VIOLATED", "CONFLICT"):
            lines.append("warned = True")
        return lines

    def _status_lines(self, lines: list[str]) -> None:
        for line in lines or ["pass"]:
            self.body.statement(line)

    def _message(self, rule: m.Rule) -> Code:
        """The message of a rule found violated, bound to a local when it is computed."""
        message = self.exprs.message(rule)
        if isinstance(message.doc, Str):
            return message
        self.body.assign("message", message)
        return name_code("message")

    def _finding(
        self,
        info: Code,
        outcome: str,
        severity: str | None,  # None: the one an exception gave (resolved[0])
        message: Code,
        extra: tuple[str, Code] | None = None,
        values: Code | None = None,
    ) -> None:
        arguments = [
            info,
            name_code(f"{self.exprs.rt('Outcome')}.{outcome}"),
            name_code("resolved[0]") if severity is None else Code(Str(severity)),
            message,
            values or name_code("values"),
        ]
        finding = call_code(self.exprs.rt("Finding"), arguments, [extra] if extra else [])
        self.body.call_statement("findings.append", finding)
        self._status_flag(outcome, severity)

    def _status_flag(self, outcome: str, severity: str | None) -> None:
        """Record what the finding means for the status."""
        if severity is None:  # softened by an exception: a warning or an information
            self.body.statement("warned = warned or resolved[0] == 'avertissement'")
        elif severity == "bloquante" and outcome in ("VIOLATED", "CONFLICT"):
            self.body.statement("refused = True")
        elif severity == "bloquante" and outcome == "UNDECIDED":
            self.body.statement("undecided = True")
        elif severity == "avertissement" and outcome in ("VIOLATED", "CONFLICT"):
            self.body.statement("warned = True")


def _undecided(rule: m.Rule) -> Code:
    return Code(Str(f"À vérifier, faute d'information : {rule.title}."))
