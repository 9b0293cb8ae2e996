"""The validator module of one circular: its header and imports (derived from what the code
uses), its constants, the pydantic facts model, the reading of a situation (`reading.py`) and
the straight-line `evaluate` function."""

from __future__ import annotations

from decimal import Decimal

from circdsl import collector
from circdsl import model as m
from circdsl.emit_python.constants import Constants
from circdsl.emit_python.decision import DECISION_ANNOTATIONS, DECISION_LOCALS, DecisionEmitter, dict_doc
from circdsl.emit_python.expressions import Code, ExpressionCompiler, call_code, name_code
from circdsl.emit_python.names import MODEL_NAMES, Imports, Scope, declaration_key, identifier
from circdsl.emit_python.pretty import Doc, Str, Text, bracket, concat
from circdsl.emit_python.reading import SituationReader
from circdsl.emit_python.rules import RULE_ANNOTATIONS, RULE_LOCALS, RuleEmitter
from circdsl.emit_python.steps import STEP_LOCALS, StepEmitter, name_steps, steps_in_order, steps_read
from circdsl.emit_python.writer import Body, Writer

PUBLIC_NAMES = ("CIRCULAR", "FACT_LABELS", "ROUTING_FACTS", "Facts", "evaluate", "evaluate_status")
# Module-level names written by hand: the public ones, the imports, the fact order.
MODULE_NAMES = (
    *(*PUBLIC_NAMES, "_FACT_ORDER"),
    *("rt", "datetime", "Decimal", "Mapping", "Field", "Annotated", "Any", "ClassVar", "Literal"),
)
FUNCTION_LOCALS = ("situation", "facts", "found", *RULE_LOCALS, *STEP_LOCALS, *DECISION_LOCALS)
FRENCH_KINDS = {"date": "date", "nombre": "number", "booléen": "boolean"}


class ModuleEmitter:
    """Writes the validator module of one circular."""

    def __init__(self, circular: m.Circular) -> None:
        self.circular = circular
        self.imports = Imports()
        self.module = Scope(reserved=MODULE_NAMES)
        self.fields = Scope(self.module)  # attributes of the Facts model
        self.locals = Scope(self.module, reserved=FUNCTION_LOCALS)  # locals of `evaluate`
        self.constants = Constants(self.module, self.imports)
        self.exprs = ExpressionCompiler(self.locals, self.constants, self.imports)
        self.documents: Writer | None = None  # `_documents`, when the checklist depends on the situation
        self._name_fields(circular.facts)
        for fact in circular.facts:
            self.locals.name(fact, identifier(fact.name, "fait"))
        name_steps(circular, self.locals)
        # `_read_situation`: how `evaluate` and `evaluate_status` read the facts (none: rt.validate)
        self.reader = SituationReader(circular.facts, self.module, self.imports) if circular.facts else None

    def _name_fields(self, facts: tuple[m.Fact, ...]) -> None:
        """The attributes of the Facts model. A situation's keys are fact names or attributes, so an
        attribute is never the name of another fact: the facts named like an attribute come first."""
        own = {fact.name for fact in facts if _field_identifier(fact.name) == fact.name}
        for fact in facts:
            if fact.name in own:
                self.fields.name(fact, fact.name)
        self.fields.avoid(*(fact.name for fact in facts if fact.name not in own))
        for fact in facts:
            self.fields.name(fact, _field_identifier(fact.name))

    def emit(self) -> str:
        with collector.compiling():  # its documents (expressions kept for both functions) live until the end
            return self._emit()

    def _emit(self) -> str:
        facts_model = self._facts_model()
        evaluate = self._evaluate()
        evaluate_status = self._evaluate_status()
        out = Writer()
        self._header(out)
        out.blank(2)
        out.extend(facts_model)
        out.blank(2)
        if self.reader is not None:
            facts = self.circular.facts
            local_names = [self.locals.lookup(fact) for fact in facts]
            attributes = [self.fields.lookup(fact) for fact in facts]
            out.extend(self.reader.emit(local_names, attributes, [self._field_type(fact) for fact in facts]))
            out.blank(2)
        if self.documents is not None:
            out.extend(self.documents)
            out.blank(2)
        out.extend(evaluate)
        out.blank(2)
        out.extend(evaluate_status)
        return out.text()

    # ------------------------------------------------------------ header and constants
    def _header(self, out: Writer) -> None:
        c = self.circular
        out.comment(f"Généré par circdsl depuis {c.file} : ne pas modifier.")
        out.comment("Pour changer ce validateur, modifiez le fichier .circ puis lancez « circ build ».")
        out.statement(Str(f"Validateur : {c.title}" + (f" ({c.authority})" if c.authority else "") + "."))
        out.blank()
        out.statement("from __future__ import annotations")
        out.blank()
        circular_info = self._circular_info()  # before the imports are listed: it may use datetime
        out.lines += self.imports.lines()
        out.blank()
        out.statement(f"__all__ = {list(PUBLIC_NAMES)!r}")
        out.blank()
        out.statement(concat("CIRCULAR = ", circular_info))
        labels = dict_doc([(Str(f.name), Str(f.label)) for f in c.facts])
        out.statement(concat("FACT_LABELS: dict[str, str] = ", labels))
        order = dict_doc([(Str(f.name), Text(str(i))) for i, f in enumerate(c.facts)])
        out.statement(concat("_FACT_ORDER: dict[str, int] = ", order))
        out.statement(concat("ROUTING_FACTS: dict[str, tuple[str, ...]] = ", self._routing_facts()))
        for name, doc in self.constants.definitions:
            out.statement(concat(f"{name} = ", doc))

    def _routing_facts(self) -> Doc:
        """Document name -> the facts that decide whether it is needed and where it goes (its
        condition, its deliveries' conditions and routing tables), in the order of the facts."""
        order = {fact.name: index for index, fact in enumerate(self.circular.facts)}
        items: list[tuple[Doc, Doc]] = []
        for document in self.circular.documents:
            exprs: list[m.Expr | None] = [document.condition]
            for delivery in document.deliveries:
                exprs += [delivery.condition, *delivery.routed_by]
            names = {fact.name for expr in exprs for fact in m.facts_read(expr)}
            ranked = sorted(names, key=lambda name: order.get(name, len(order)))
            items.append((Str(document.name), bracket("(", [Str(name) for name in ranked], ")", single_comma=True)))
        return dict_doc(items)

    def _circular_info(self) -> Doc:
        c = self.circular
        fields = [
            ("name", Str(c.name)),
            ("title", Str(c.title)),
            ("authority", _optional(c.authority)),
            ("reference", _optional(c.reference)),
            ("issued", Text("None" if c.issued is None else self.constants.date_code(c.issued))),
            ("school_year", _optional(c.school_year)),
            ("dispositif", _optional(c.dispositif)),
            ("source", _optional(c.source)),
            ("file", Str(c.file)),
        ]
        return call_code(self.imports.runtime("CircularInfo"), [], [(k, Code(v)) for k, v in fields]).doc

    # ------------------------------------------------------------ facts model
    def _facts_model(self) -> Writer:
        out = Writer()
        with out.block(f"class Facts({self.imports.runtime('FactsModel')}):"):
            out.statement('"""Situation d\'un demandeur ; un fait absent est inconnu."""')
            out.blank()
            french: list[tuple[Doc, Doc]] = []
            units: list[tuple[Doc, Doc]] = []
            for fact in self.circular.facts:
                attribute = self.fields.lookup(fact)
                out.comment(fact.origin)
                keywords: list[tuple[str, Doc]] = [
                    ("default", Text("None")),
                    ("alias", Str(fact.name)),
                    ("title", Str(fact.label)),
                ]
                field = call_code(self.imports.name("pydantic", "Field"), [], [(k, Code(v)) for k, v in keywords])
                out.statement(concat(f"{attribute}: ", self._field_type(fact), " | None = ", field.doc))
                kind = FRENCH_KINDS.get(str(fact.type.kind))
                if kind:
                    french += [(Str(key), Str(kind)) for key in dict.fromkeys((fact.name, attribute))]
                if fact.type.unit and fact.type.unit != m.NUMBER:  # « 4,5 h » is read for a fact in hours only
                    units += [(Str(key), Str(str(fact.type.unit))) for key in dict.fromkeys((fact.name, attribute))]
            out.blank()
            class_var = self.imports.name("typing", "ClassVar")
            out.statement(concat(f"french_fields: {class_var}[dict[str, str]] = ", dict_doc(french)))
            if units:
                out.statement(concat(f"fact_units: {class_var}[dict[str, str]] = ", dict_doc(units)))
        return out

    def _field_type(self, fact: m.Fact) -> Doc:
        t = fact.type
        if t.kind == "booléen":
            return Text("bool")
        if t.kind == "date":
            return Text(f"{self.imports.module('datetime')}.date")
        if t.kind == "texte":
            return Text("str")
        if t.kind in ("choix", "choix multiples"):
            literal = bracket(f"{self.imports.name('typing', 'Literal')}[", [Str(c) for c in t.choices], "]")
            return literal if t.kind == "choix" else bracket("frozenset[", [literal], "]")
        base = Text("int" if t.integer else self.imports.name("decimal", "Decimal"))
        bounds = [(key, bound) for key, bound in (("ge", fact.low), ("le", fact.high)) if bound is not None]
        if not bounds:
            return base
        limits = [(key, Code(self._bound(value, t.integer))) for key, value in bounds]
        constraint = call_code(self.imports.name("pydantic", "Field"), [], limits)
        return bracket(f"{self.imports.name('typing', 'Annotated')}[", [base, constraint.doc], "]")

    def _bound(self, value: Decimal, integer: bool) -> Doc:
        if integer or value == value.to_integral_value():
            return Text(str(int(value)))
        return Text(f"{self.imports.name('decimal', 'Decimal')}({str(value)!r})")

    # ------------------------------------------------------------ evaluate
    def _evaluate(self) -> Writer:
        annotations = {**RULE_ANNOTATIONS, **DECISION_ANNOTATIONS}
        self.imports.name("typing", "Any")
        body = Body(Writer(level=1), self.exprs.pending, annotations)
        steps = StepEmitter(self.circular, body, self.exprs, self.constants)
        for step in steps_in_order(self.circular):
            steps.step(step)
        rules = RuleEmitter(self.circular, body, self.exprs, self.constants)
        rules.share_conditions()
        decision = DecisionEmitter(self.circular, body, self.exprs, self.constants)
        routed = decision.routed()
        if routed:
            documents_call = self._documents(body)
        else:
            decision.share_deliveries()
        body.statement(f"findings: list[{self.exprs.rt('Finding')}] = []")
        body.statement("refused = undecided = warned = False")
        body.statement("satisfied: list[str] = []")
        body.statement("not_applicable: list[str] = []")
        if routed:
            body.statement(concat("checklist, submissions = ", documents_call))
        else:
            decision.checklist()
        for rule in self.circular.rules:
            body.out.blank()
            rules.rule(rule)
        body.out.blank()
        self._return(body, decision, routed)
        return self._function(body.out)

    def _documents(self, caller: Body) -> Doc:
        """`_documents`: the checklist and the submissions, when ways of sending depend on the
        situation, as a function of the conditions and recipients they read (computed in
        `evaluate`, the `caller`), remembered for each combination of them (a campaign repeats
        them: they are few); `self.documents` holds it. Returns the call that `evaluate` makes."""
        body = Body(Writer(level=1), self.exprs.pending, dict(DECISION_ANNOTATIONS))
        decision = DecisionEmitter(self.circular, body, self.exprs, self.constants)
        decision.caller = caller
        caller.out.comment("what the checklist and the submissions depend on")
        decision.share_deliveries()
        decision.checklist()
        body.statement(concat("return tuple(checklist), ", decision.submissions().doc))
        parameters = list(decision.inputs.values())
        name = self.module.fresh("_documents")
        rt = self.exprs.rt
        returned = f"tuple[tuple[{rt('ChecklistItem')}, ...], tuple[{rt('SubmissionInfo')}, ...]]"
        out = Writer()
        out.statement(f"@{self.imports.name('functools', 'lru_cache')}(maxsize=4096)")
        out.statement(bracket(f"def {name}(", [Text(f"{p}: {t}") for p, t in parameters], f") -> {returned}:"))
        out.level += 1
        out.statement('"""The checklist and the submissions: they depend only on these conditions and recipients."""')
        out.level -= 1
        out.extend(body.out)
        self.documents = out
        return bracket(f"{name}(", [Text(p) for p, _ in parameters], ")")

    def _evaluate_status(self) -> Writer:
        """`evaluate_status`: the rules' conditions only, for the status and the failing rules."""
        self.exprs.facts_used = set()  # the facts this function reads
        body = Body(Writer(level=1), self.exprs.pending, dict(RULE_ANNOTATIONS))
        needed = steps_read(self.circular)
        steps = StepEmitter(self.circular, body, self.exprs, self.constants, columns=needed)
        for step in steps_in_order(self.circular):
            if declaration_key(step) in needed:
                steps.step(step)
        rules = RuleEmitter(self.circular, body, self.exprs, self.constants)
        rules.status_only = True
        rules.share_conditions()
        body.statement("failed: list[str] = []")
        body.statement("refused = undecided = warned = False")
        for rule in self.circular.rules:
            if rule.requires is not None:
                body.out.blank()
                rules.rule(rule)
        body.out.blank()
        rt = self.exprs.rt
        body.statement(f"return {rt('Verdict')}({rt('status_from_flags')}(refused, undecided, warned), tuple(failed))")
        docstring = "The status and the failing rules of `evaluate`, nothing else (for batches); same errors."
        return self._function(body.out, "evaluate_status", "Verdict", docstring)

    def _function(
        self,
        body: Writer,
        name: str = "evaluate",
        returned: str = "Decision",
        docstring: str = "Evaluate one situation; raise rt.SituationError (French, per field) if it is invalid.",
    ) -> Writer:
        """`def evaluate(...)`: the facts read by the body bound to locals, then the body."""
        out = Writer()
        mapping = self.imports.name("collections.abc", "Mapping")
        signature = f"def {name}(situation: Facts | {mapping}[str, Any]) -> {self.imports.runtime(returned)}:"
        with out.block(signature):
            out.statement(f'"""{docstring}"""')
            if self.reader is None:
                out.statement(f"{self.imports.runtime('validate')}(Facts, situation)")  # invalid: SituationError
            else:
                used = self.exprs.facts_used
                targets = [self.locals.lookup(f) if f.name in used else "_" for f in self.circular.facts]
                out.statement(self.reader.call(targets))  # invalid: SituationError
            out.extend(body)
        return out

    def _return(self, body: Body, decision: DecisionEmitter, routed: bool) -> None:
        deadlines, opinions = decision.deadlines(), decision.opinions()
        submissions = name_code("submissions") if routed else decision.submissions()
        computed = [(Str(v.name), Text(self.locals.lookup(v))) for v in self.circular.values]
        for table in self.circular.tables:
            computed += [
                (Str(f"{table.name}.{c.name}"), Text(self.locals.lookup((table, i))))
                for i, c in enumerate(table.columns)
            ]
        rt = self.exprs.rt
        fields = [
            ("circular", name_code("CIRCULAR")),
            ("status", name_code(f"{rt('status_from_flags')}(refused, undecided, warned)")),
            ("findings", name_code("found")),
            ("satisfied", name_code("tuple(satisfied)")),
            ("not_applicable", name_code("tuple(not_applicable)")),
            ("missing_facts", self._missing_facts()),
            ("checklist", name_code("checklist" if routed else "tuple(checklist)")),
            ("deadlines", deadlines),
            ("opinions", opinions),
            ("submissions", submissions),
            ("computed", Code(dict_doc(computed))),
        ]
        body.statement("found = tuple(findings)")
        body.statement(concat("return ", call_code(rt("Decision"), [], fields).doc))

    def _missing_facts(self) -> Code:
        """The ranked missing facts; when only blocking rules can be undecided, an undecided finding
        is one that set `undecided`: without it there is nothing to rank."""
        ranked = f"{self.exprs.rt('rank_missing')}(found, FACT_LABELS, _FACT_ORDER)"
        checked = [rule for rule in self.circular.rules if rule.requires is not None]
        if all(rule.severity == "bloquante" for rule in checked):
            return name_code(f"{ranked} if undecided else ()")
        return name_code(ranked)


def _field_identifier(name: str) -> str:
    """The attribute of a fact in the Facts model; the alias keeps the fact's name."""
    ident = identifier(name, "fait")
    if ident in MODEL_NAMES or ident.startswith("model_"):
        return f"fact_{ident}"
    return ident


def _optional(value: str | None) -> Doc:
    return Text("None") if value is None else Str(value)


_last: tuple[m.Circular, str] | None = None  # the model is immutable: the same circular gives the same source


def emit_python(circular: m.Circular) -> str:
    """Return the source of the validator module for `circular` (remembered for the last one:
    building then loading a validator emits it twice)."""
    global _last
    if _last is None or _last[0] is not circular:
        _last = (circular, ModuleEmitter(circular).emit())
    return _last[1]
