"""What a decision lists besides the findings: the personal checklist (with the ways of
sending each document, resolved for the situation), the deadlines, the opinions and the
submissions; each item a module constant unless it depends on the situation. When ways of
sending depend on it, the checklist and the submissions are written into `_documents`, a
remembered function of the conditions and recipients they read (see `ModuleEmitter._documents`)."""

from __future__ import annotations

from collections.abc import Sequence

from circdsl import model as m
from circdsl.emit_python.constants import Constants, tuple_doc
from circdsl.emit_python.expressions import Code, ExpressionCompiler, call_code, name_code, tuple_code
from circdsl.emit_python.pretty import Concat, Doc, Str, Text, bracket, concat
from circdsl.emit_python.writer import Body, BodyPart

DECISION_LOCALS = ("checklist", "condition", "deadlines", "opinions", "submissions")
DECISION_ANNOTATIONS = {"condition": "bool | None"}


def _dynamic(delivery: m.Delivery) -> bool:
    return delivery.condition is not None or bool(delivery.routed_by)


def _text(value: str | None) -> Code:
    return Code(Text("None") if value is None else Str(value))


def _flag(value: bool) -> Code:
    return name_code(repr(value))


class DecisionEmitter(BodyPart):
    """Writes the checklist, deadlines, opinions and submissions of one circular."""

    def __init__(self, circular: m.Circular, body: Body, exprs: ExpressionCompiler, constants: Constants) -> None:
        super().__init__(circular, body, exprs, constants)
        self.shared_deliveries: dict[str, Code] = {}  # the code of shared ways of sending -> their local
        self.shared_ways: dict[str, Code] = {}  # the code of one way of sending used more than once -> its local
        # Writing `_documents`: the body of `evaluate`, where each condition and recipient read is
        # computed, and those inputs (their code -> the parameter that receives it, its type).
        self.caller: Body | None = None
        self.inputs: dict[str, tuple[str, str]] = {}

    # ------------------------------------------------------------ ways of sending
    def _input(self, expr: m.Expr, condition: bool = True) -> Code:
        """The code of a condition (or a recipient) read by the checklist or the submissions; when
        writing `_documents`, a parameter that `evaluate` computes and passes."""
        code = self.exprs.compile(expr)
        if self.caller is None or code.text in ("True", "False", "None"):
            return code
        if code.text not in self.inputs:
            name = code.text if code.text.isidentifier() else self.exprs.scope.numbered("condition")
            if name != code.text:
                self.caller.assign(name, code)
            self.inputs[code.text] = (name, "bool | None" if condition else "Any")
        return name_code(self.inputs[code.text][0])

    def routed(self) -> bool:
        """Some way of sending (of a document or a submission) depends on the situation."""
        everything = [*(d.deliveries for d in self.circular.documents), *(r.deliveries for r in self.circular.requests)]
        return any(_dynamic(d) for group in everything for d in group)

    def deliveries(self, deliveries: Sequence[m.Delivery]) -> Code:
        """The ways of sending: constant, or resolved per situation when they depend on facts."""
        if any(_dynamic(d) for d in deliveries):
            code = self.exprs.call("deliveries", [self._routed(d) for d in deliveries])
            return self.shared_deliveries.get(code.text, code)
        items = []
        for delivery in deliveries:
            arguments: list[Doc] = [
                Str(delivery.channel),
                Text(repr(delivery.sealed)),
                self.constants.services(delivery.recipients),
            ]
            if delivery.via:
                arguments.append(concat("via=", self.constants.services(delivery.via)))
            items.append(bracket(f"{self.exprs.rt('Delivery')}(", arguments, ")"))
        return Code(tuple_doc(items), 3)

    def _routed(self, delivery: m.Delivery) -> Code:
        tables = [Code(Str(f"selon {ref.table.label.lower()}")) for ref in delivery.routed_by]
        condition = name_code("True") if delivery.condition is None else self._input(delivery.condition)
        arguments = [
            Code(Str(delivery.channel)),
            _flag(delivery.sealed),
            Code(self.constants.services(delivery.recipients)),
            tuple_code([self._input(ref, condition=False) for ref in delivery.routed_by]),
            tuple_code(tables),
            condition,
            _text(delivery.condition_text),
            Code(self.constants.services(delivery.via)),
        ]
        code = self.exprs.call("routed", arguments)
        return self.shared_ways.get(code.text, code)

    def share_deliveries(self) -> None:
        """Resolve once each way of sending that several sets of ways (of documents, of
        submissions) contain, then the sets of ways that several documents share."""
        groups: dict[str, list[str]] = {}  # a way of sending -> the sets of ways that contain it
        codes: dict[str, Code] = {}
        everything = [*(d.deliveries for d in self.circular.documents), *(r.deliveries for r in self.circular.requests)]
        for deliveries in (group for group in everything if any(_dynamic(d) for d in group)):
            ways = [self._routed(delivery) for delivery in deliveries]
            key = " ".join(way.text for way in ways)
            for way in ways:
                codes[way.text] = way
                if key not in groups.setdefault(way.text, []):
                    groups[way.text].append(key)
        for text, containing in groups.items():
            if len(containing) > 1:
                name = self.exprs.scope.numbered("way")
                self.out.comment(f"a way of sending in {len(containing)} lists of ways of sending")
                self.body.assign(name, codes[text])
                self.shared_ways[text] = name_code(name)
        counts: dict[str, tuple[int, Code]] = {}
        for document in self.circular.documents:
            if any(_dynamic(d) for d in document.deliveries):
                code = self.deliveries(document.deliveries)
                seen, _ = counts.get(code.text, (0, code))
                counts[code.text] = (seen + 1, code)
        for text, (count, code) in counts.items():
            if count > 1:
                name = self.exprs.scope.numbered("deliveries")
                self.out.comment(f"the ways of sending of {count} documents")
                self.body.assign(name, code)
                self.shared_deliveries[text] = name_code(name)

    # ------------------------------------------------------------ checklist
    def checklist(self) -> None:
        documents = list(self.circular.documents)
        leading = []  # unconditional documents before the first conditional one
        while documents and documents[0].condition is None:
            leading.append(self._item(documents.pop(0), unknown_condition=False).doc)
        annotation = f"list[{self.exprs.rt('ChecklistItem')}]"
        self.body.statement(concat(f"checklist: {annotation} = ", bracket("[", leading, "]")))
        for document in documents:
            if document.condition is None:
                self.body.call_statement("checklist.append", self._item(document, unknown_condition=False))
                continue
            self.body.assign("condition", self._input(document.condition))
            if any(_dynamic(d) for d in document.deliveries):
                with self.out.block("if condition is not False:"):
                    self.body.call_statement("checklist.append", self._item(document, unknown_condition=None))
                continue
            with self.out.block("if condition is True:"):
                self.body.call_statement("checklist.append", self._item(document, unknown_condition=False))
            with self.out.block("elif condition is None:"):
                self.body.call_statement("checklist.append", self._item(document, unknown_condition=True))

    def _item(self, document: m.Document, unknown_condition: bool | None) -> Code:
        """The checklist item of a document; `unknown_condition` None: decided by `condition`."""
        status = "à fournir" if document.requirement == "obligatoire" else "facultative"
        if unknown_condition is None:
            status_code = Code(concat(Str(status), " if condition else ", Str(f"{status} si …")))
            condition_code = Code(concat("None if condition else ", _text(document.condition_text).doc))
        else:
            status_code = Code(Str(f"{status} si …" if unknown_condition else status))
            condition_code = _text(document.condition_text if unknown_condition else None)
        arguments = [
            Code(Str(document.name)),
            Code(Str(document.label)),
            status_code,
            condition_code,
            _flag(document.medical),
            _flag(document.confidential),
            self.deliveries(document.deliveries),
            _text(document.detail),
            Code(self.constants.citations(document.citations, document.name)),
        ]
        if any(_dynamic(d) for d in document.deliveries):  # resolved for the situation, from a constant template
            template_arguments = [*arguments[:2], Code(Str(status)), Code(Text("None"))]
            template_arguments += [*arguments[4:6], Code(Text("()")), *arguments[7:]]
            template = call_code(self.exprs.rt("ChecklistItem"), template_arguments)
            name = self.constants.define(("document template", document.name), "DOC", document.name, template.doc)
            return self.exprs.call("checklist_item", [name_code(name), status_code, condition_code, arguments[6]])
        item = call_code(self.exprs.rt("ChecklistItem"), arguments)
        key = ("document", document.name, bool(unknown_condition))
        name = document.name + ("_if" if unknown_condition else "")
        return name_code(self.constants.define(key, "DOC", name, lambda: item.doc))

    # ------------------------------------------------------------ deadlines, opinions, submissions
    def deadlines(self) -> Code:
        items: list[tuple[Code, m.Expr | None]] = []
        for deadline in self.circular.deadlines:
            citations = Code(self.constants.citations(deadline.citations, deadline.name))
            arguments = [Code(Str(deadline.name)), Code(Str(deadline.label))]
            if deadline.relative is not None:
                local = name_code(self.exprs.scope.lookup(deadline))
                arguments += [local, _flag(deadline.inclusive), citations, Code(Str(deadline.relative.text))]
                if deadline.opening:  # only then: the modules without openings do not change
                    arguments += [Code(Text("None")), _flag(True)]
                items.append((call_code(self.exprs.rt("DeadlineInfo"), arguments), deadline.condition))
                continue
            arguments += [Code(self.constants.literal(deadline.date)), _flag(deadline.inclusive), citations]
            if deadline.time is not None or deadline.opening:  # only then: other modules do not change
                arguments += [Code(Text("None")), _text(deadline.time), _flag(deadline.opening)]
            info = call_code(self.exprs.rt("DeadlineInfo"), arguments)
            constant = self.constants.define(("deadline", deadline.name), "DEADLINE", deadline.name, info.doc)
            items.append((name_code(constant), deadline.condition))
        return self._selection("deadlines", "DeadlineInfo", items)

    def opinions(self) -> Code:
        items: list[tuple[Code, m.Expr | None]] = []
        for opinion in self.circular.opinions:
            given_by = self.constants.service(opinion.given_by) if opinion.given_by else Text("None")
            citations = self.constants.citations(opinion.citations, opinion.name)
            arguments: list[Doc] = [Str(opinion.name), Str(opinion.label), Str(opinion.requirement), given_by]
            info = call_code(self.exprs.rt("OpinionInfo"), [Code(a) for a in [*arguments, citations]])
            constant = self.constants.define(("opinion", opinion.name), "OPINION", opinion.name, info.doc)
            items.append((name_code(constant), opinion.condition))
        return self._selection("opinions", "OpinionInfo", items)

    def submissions(self) -> Code:
        items: list[tuple[Code, m.Expr | None]] = []
        for index, request in enumerate(self.circular.requests):
            arguments = [
                Code(Str(request.label)),
                self.deliveries(request.deliveries),
                _text(request.address),
                Code(self.constants.citations(request.citations, "demande")),
            ]
            if any(_dynamic(d) for d in request.deliveries):  # resolved for the situation, from a constant template
                template = call_code(self.exprs.rt("SubmissionInfo"), [arguments[0], Code(Text("()")), *arguments[2:]])
                name = self.constants.define(("request template", index), "SUBMISSION", "", template.doc)
                info = self.exprs.call("submission", [name_code(name), arguments[1]])
            else:
                info = call_code(self.exprs.rt("SubmissionInfo"), arguments)
                info = name_code(self.constants.define(("request", index), "SUBMISSION", "", info.doc))
            items.append((info, request.condition))
        return self._selection("submissions", "SubmissionInfo", items)

    def _selection(self, target: str, item_type: str, items: list[tuple[Code, m.Expr | None]]) -> Code:
        """The items whose condition is not false: a constant tuple when none has a condition."""
        if all(condition is None for _, condition in items):
            return tuple_code([code for code, _ in items])
        self.body.statement(f"{target}: list[{self.exprs.rt(item_type)}] = []")
        for code, condition in items:
            if condition is None:
                self.body.call_statement(f"{target}.append", code)
                continue
            test = self._input(condition)
            if not isinstance(test.doc, Text):
                self.body.assign("condition", test)
                test = name_code("condition")
            with self.out.block(f"if {test.text} is not False:"):
                self.body.call_statement(f"{target}.append", code)
        return name_code(f"tuple({target})")


def dict_doc(items: Sequence[tuple[Doc, Doc]]) -> Doc:
    """`{key: value, ...}`."""
    return bracket("{", [Concat((key, Text(": "), value)) for key, value in items], "}")
