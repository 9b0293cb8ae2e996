"""Module-level constants of a generated validator: each written once, in order of first use
(what a constant refers to is defined before it), named by its role: `_RULE_TITULAIRE`,
`_CITE_PLAFOND_TIERS_HEURES` (a citation is named after the first declaration citing it),
`_SERVICE_SMFP`, `_DATE_2025_01_13`."""

from __future__ import annotations

import datetime
from collections.abc import Callable, Hashable, Sequence
from decimal import Decimal

from circdsl import model as m
from circdsl.emit_python.names import Imports, Scope, constant_identifier, declaration_key
from circdsl.emit_python.pretty import Doc, Str, Text, bracket

LARGEST_INT_LITERAL = 10**15  # a whole decimal below it is written as an int literal


def tuple_doc(items: Sequence[Doc]) -> Doc:
    return bracket("(", items, ")", single_comma=True)


class Constants:
    """The constants of one module, allocated in the module scope."""

    def __init__(self, scope: Scope, imports: Imports) -> None:
        self.scope = scope
        self.imports = imports
        self.names: dict[Hashable, str] = {}
        self.definitions: list[tuple[str, Doc]] = []

    def define(self, key: Hashable, role: str, name: str, build: Callable[[], Doc] | Doc) -> str:
        """The constant for `key`, named `_ROLE_NAME` the first time it is needed; `build` gives its
        value (or is it, already built: the constants it refers to are then defined before it)."""
        found = self.names.get(key)
        if found is None:
            doc = build() if callable(build) else build
            words = [word for word in (role, constant_identifier(name)) if word] or ["CONSTANT"]
            found = self.names[key] = self.scope.fresh("_" + "_".join(words))
            self.definitions.append((found, doc))
        return found

    # ------------------------------------------------------------ literals
    def literal(self, value: object) -> Doc:
        """Python source for a constant value; decimals and dates become module constants."""
        if value is None or isinstance(value, bool):
            return Text(repr(value))
        if isinstance(value, str):
            return Str(value)
        if isinstance(value, Decimal):
            if value == value.to_integral_value() and abs(value) < LARGEST_INT_LITERAL:
                return Text(str(int(value)))
            decimal = self.imports.name("decimal", "Decimal")
            name = str(value).replace("-", "minus_")
            return Text(self.define(("decimal", value), "DECIMAL", name, lambda: Text(f"{decimal}({str(value)!r})")))
        if isinstance(value, int):
            return Text(repr(value))
        if isinstance(value, datetime.date):
            day = value
            name = f"{day.year:04d}_{day.month:02d}_{day.day:02d}"
            return Text(self.define(("date", day), "DATE", name, lambda: Text(self.date_code(day))))
        raise TypeError(f"no literal for {type(value).__name__}")

    def date_code(self, day: datetime.date) -> str:
        return f"{self.imports.module('datetime')}.date({day.year}, {day.month}, {day.day})"

    def value_set(self, values: Sequence[object], subject: str) -> str:
        """A frozenset of constant values, named after what it is tested against."""
        ordered = tuple(sorted(values, key=repr))

        def build() -> Doc:
            return _call("frozenset", [bracket("{", [self.literal(v) for v in ordered], "}")])

        return self.define(("set", ordered), "", f"{subject}_values" if subject else "values", build)

    # ------------------------------------------------------------ provenance and services
    def citations(self, citations: Sequence[m.Citation], owner: str) -> Doc:
        """The tuple of a declaration's citations; a new citation is named after `owner`."""
        names: list[Doc] = []
        for citation in citations:
            key = ("citation", citation)
            names.append(Text(self.names.get(key) or self.define(key, "CITE", owner, self._citation(citation))))
        return tuple_doc(names)

    def _citation(self, citation: m.Citation) -> Doc:
        arguments: list[Doc] = [Str(citation.quote), Str(citation.source), Text(str(citation.line))]
        return _call(self.imports.runtime("Citation"), arguments)

    def service(self, service: m.Service) -> Text:
        def build() -> Doc:
            arguments: list[Doc] = [Str(service.name), Str(service.label), Text(repr(service.medical))]
            arguments.append(Text("None") if service.address is None else Str(service.address))
            return _call(self.imports.runtime("Recipient"), arguments)

        return Text(self.define(("service", declaration_key(service)), "SERVICE", service.name, build))

    def services(self, services: Sequence[m.Service]) -> Doc:
        return tuple_doc([self.service(s) for s in services])


def _call(function: str, arguments: Sequence[Doc]) -> Doc:
    return bracket(f"{function}(", arguments, ")")
