"""`_read_situation`: the facts of a situation read by code written for the circular's own
facts, for the common case of every decision (a dictionary keyed by facts' names). A boolean
given as such is kept; every other value goes through the runtime reader of its field
(`rt.plain_reader`: the reading and the bounds that `rt.validate` applies, remembered per
value). Anything else (another kind of situation, a key that is not a fact's name, a value a
reader leaves) goes to `rt.validate`, which gives the same values or raises
`rt.SituationError` in French: the fast path never decides what an error says."""

from __future__ import annotations

from circdsl import model as m
from circdsl.emit_python.names import Imports, Scope, constant_identifier
from circdsl.emit_python.pretty import Doc, Str, Text, bracket, concat, infix, parenthesized
from circdsl.emit_python.writer import Writer

DOCSTRING = (
    '"""The value of each fact, in the order of the Facts model (None: unknown): a dictionary of',
    "facts' names is read here, with the readers of rt.validate (bounds included); any other",
    "situation, or a value those readers leave, goes through rt.validate, which says in French",
    'what is wrong."""',
)


class SituationReader:
    """Writes `_read_situation` and the readers it uses, after the Facts model."""

    def __init__(self, facts: tuple[m.Fact, ...], module: Scope, imports: Imports) -> None:
        self.facts = facts
        self.imports = imports
        self.module = module
        self.function = module.fresh("_read_situation")

    def call(self, targets: list[str]) -> Doc:
        """`(a, b, _) = _read_situation(situation)`: the locals that receive the facts (`_`: not read)."""
        call = f"{self.function}(situation)"
        if all(target == "_" for target in targets):
            return Text(call)
        return concat(bracket("(", [Text(t) for t in targets], ")", single_comma=True), f" = {call}")

    def emit(self, local_names: list[str], attributes: list[str], field_types: list[Doc]) -> Writer:
        """The readers, then the function: `local_names` and `attributes` name each fact's local and
        its attribute in the model, `field_types` its declared type."""
        rt = self.imports.runtime
        mapping, any_type = self.imports.name("collections.abc", "Mapping"), self.imports.name("typing", "Any")
        out = Writer()
        names = self.module.fresh("_FACT_NAMES")
        out.statement(f"{names} = frozenset(_FACT_ORDER)")
        readers = [self.module.fresh(f"_READ_{constant_identifier(fact.name)}".rstrip("_")) for fact in self.facts]
        for fact, reader in zip(self.facts, readers, strict=True):
            read = bracket(f"{rt('plain_reader')}(", [Text("Facts"), Str(fact.name)], ")")
            out.statement(concat(f"{reader} = ", read))
        out.blank(2)
        returned = bracket("tuple[", [concat(t, " | None") for t in field_types], "]")
        out.statement(concat(f"def {self.function}(situation: Facts | {mapping}[str, {any_type}]) -> ", returned, ":"))
        out.level += 1
        for line in DOCSTRING:
            out.statement(line)
        with out.block(f"if type(situation) is dict and situation.keys() <= {names}:"):
            with out.block("try:"):
                for fact, local, reader in zip(self.facts, local_names, readers, strict=True):
                    out.statement(concat(f"{local} = ", bracket("situation.get(", [Str(fact.name)], ")")))
                    tests = [Text(f"{local} is not None")]
                    if fact.type.kind == "booléen":
                        tests.append(Text(f"type({local}) is not bool"))
                    out.statement(concat("if ", parenthesized(infix("and", tests)), ":"))
                    out.level += 1
                    out.assign(local, bracket(f"{reader}(", [Text(local)], ")"), bracketed=False)
                    out.level -= 1
                out.statement(concat("return ", bracket("(", [Text(n) for n in local_names], ")", True)))
            with out.block(f"except {rt('PlainReadingError')}:"):
                out.statement("pass  # read again below, by rt.validate")
        out.statement(f"facts = {rt('validate')}(Facts, situation)")
        values = [Text(f"facts.{attribute}") for attribute in attributes]
        out.statement(concat("return ", bracket("(", values, ")", single_comma=True)))
        out.level -= 1
        return out
