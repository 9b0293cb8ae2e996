"""Every Python name a generated module uses is allocated here, and only here.

A `Scope` maps model objects (a fact, a table column, a rule...) to identifiers that are
unique in the scope, its parents and its children: two declarations whose names flatten
alike (`délai` and `delai`, table `a_b` column `c` and table `a` column `b_c`) get two
names (`delai`, `delai_2`), never one. The design follows Jinja's compiler
(`idtracking.Symbols`, `CodeGenerator.temporary_identifier`): names are looked up by
what they stand for, the parent chain is searched, temporaries are fresh by construction.

`Imports` records what the emitter used, so the import lines are derived from use.
"""

from __future__ import annotations

import builtins
import keyword
import re
import unicodedata
from collections.abc import Hashable, Iterable

from pydantic import BaseModel

from circdsl import model as m

MAX_LENGTH = 60  # longer identifiers are cut (then made unique): generated lines stay within 100 columns

# Names no fact attribute, local variable or module constant may take.
PYTHON_NAMES = frozenset(keyword.kwlist) | frozenset(keyword.softkwlist) | frozenset(dir(builtins))
# Attributes of the pydantic model: a field of that name would hide or break them.
MODEL_NAMES = frozenset(dir(BaseModel)) | {"french_fields", "fact_units", "model_config"}

_WORDS = re.compile(r"[A-Za-z0-9]+")


def identifier(name: str, fallback: str) -> str:
    """`agent.degré` -> `agent_degre`: ASCII words joined by underscores, lower case, at most
    MAX_LENGTH characters; `fallback` when nothing is left (`名前`) or it starts with a digit."""
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")
    ident = "_".join(_WORDS.findall(ascii_name)).lower()
    if not ident or ident[0].isdigit():
        ident = f"{fallback}_{ident}" if ident else fallback
    return ident[:MAX_LENGTH].rstrip("_")


def constant_identifier(name: str) -> str:
    """The upper-case words of a module constant's name: `plafond_tiers_heures` -> `PLAFOND_TIERS_HEURES`."""
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")
    return "_".join(_WORDS.findall(ascii_name)).upper()[:MAX_LENGTH].rstrip("_")


def declaration_key(item: object) -> Hashable:
    """What identifies a model object among those that get a name: its kind and name (names are
    unique per kind once checked), whatever object identity or equality says."""
    if isinstance(item, (m.Fact, m.Value, m.Table, m.Deadline, m.Service, m.Document, m.Rule, m.Opinion)):
        return (type(item).__name__, item.name)
    if isinstance(item, m.Request):
        return ("Request", item.line, item.label)
    if isinstance(item, tuple):  # a composite key: (table, column index), (rule, "message")...
        return tuple(declaration_key(part) for part in item)
    if isinstance(item, (str, int)):
        return item
    raise TypeError(f"no name for {type(item).__name__}")


class Scope:
    """The names of one Python scope (module, class body or function body)."""

    def __init__(self, parent: Scope | None = None, reserved: Iterable[str] = ()) -> None:
        self.parent = parent
        self.children: list[Scope] = []
        self.taken: set[str] = set(reserved)
        self.by_key: dict[Hashable, str] = {}
        self.next_number: dict[str, int] = {}  # base -> the first number `numbered` may try (names are never freed)
        if parent is not None:
            parent.children.append(self)

    def name(self, item: object, ident: str) -> str:
        """The name of `item` in this scope, made from the identifier `ident` on first use."""
        key = declaration_key(item)
        found = self.by_key.get(key)
        if found is None:
            found = self.by_key[key] = self.fresh(ident)
        return found

    def lookup(self, item: object) -> str:
        """The name already given to `item` here or in a parent scope."""
        key = declaration_key(item)
        scope: Scope | None = self
        while scope is not None:
            if key in scope.by_key:
                return scope.by_key[key]
            scope = scope.parent
        raise KeyError(f"no name allocated for {key!r}")

    def fresh(self, ident: str) -> str:
        """A new name made from the identifier `ident`: a keyword or builtin gets PEP 8's trailing
        underscore (`class_`), a name taken here, above or below a number (`delai_2`)."""
        if not ident.isidentifier():
            raise ValueError(f"not an identifier: {ident!r}")
        if ident in PYTHON_NAMES:
            ident += "_"
        name, counter = ident, 1
        while self._clashes(name):
            counter += 1
            name = f"{ident}_{counter}"
        self.taken.add(name)
        return name

    def numbered(self, base: str) -> str:
        """A new temporary `base_1`, `base_2`..., unique around; the search starts after the last
        number given, so that the n-th temporary costs one look-up, not n."""
        counter = self.next_number.get(base, 1)
        while self._clashes(f"{base}_{counter}"):
            counter += 1
        name = f"{base}_{counter}"
        self.taken.add(name)
        self.next_number[base] = counter + 1
        return name

    def reserve(self, *names: str) -> None:
        """Names written by hand in the generated code (fixed locals, imports): never allocated."""
        for name in names:
            if self._clashes(name):
                raise ValueError(f"{name} is already taken")
            self.taken.add(name)

    def avoid(self, *names: str) -> None:
        """Names this scope must not allocate (they mean something else to the generated code's users)."""
        self.taken.update(names)

    def _clashes(self, name: str) -> bool:
        scope: Scope | None = self
        while scope is not None:
            if name in scope.taken:
                return True
            scope = scope.parent
        return any(child._taken_below(name) for child in self.children)

    def _taken_below(self, name: str) -> bool:
        return name in self.taken or any(child._taken_below(name) for child in self.children)


# Every name of circdsl.runtime that generated code may use (each is in runtime.__all__: a test checks).
RUNTIME_NAMES = frozenset(
    {
        "ChecklistItem", "CircularInfo", "Citation", "DeadlineInfo", "Decision", "Delivery", "FactsModel",
        "Finding", "PlainReadingError", "OpinionInfo", "Outcome", "Recipient", "RuleInfo", "SubmissionInfo", "Verdict",
        "add", "add_days", "all3", "all_provided", "and3", "any3", "any_in", "checklist_item", "count", "days_between",
        "deliveries", "div", "during", "eq", "exception_outcome", "fmt", "fmt_choice", "ge", "gt", "is_in",
        "is_whole", "le", "lookup", "lt", "missing_all", "missing_and", "missing_any", "missing_documents",
        "missing_each", "missing_or", "mul", "ne", "neg", "none_in", "not3", "not_in", "or3", "percent_of",
        "plain_reader", "product", "rank_missing", "round_cents", "round_units", "routed", "shift_date",
        "status_from_flags", "sub", "sub_days", "submission", "table_missing", "total", "unknown", "validate",
    }
)  # fmt: skip


class Imports:
    """The imports of a generated module, recorded as the emitter uses them."""

    def __init__(self) -> None:
        self.modules: set[str] = set()  # import datetime
        self.names: dict[str, set[str]] = {}  # from decimal import Decimal

    def module(self, name: str) -> str:
        self.modules.add(name)
        return name

    def name(self, module: str, name: str) -> str:
        self.names.setdefault(module, set()).add(name)
        return name

    def runtime(self, name: str) -> str:
        """`rt.name`, for a name of `circdsl.runtime` that the emitter is known to write."""
        if name not in RUNTIME_NAMES:
            raise KeyError(f"rt.{name} is not among the runtime names the emitter writes")
        self.name("circdsl", "runtime")
        return f"rt.{name}"

    def lines(self, first_party: frozenset[str] = frozenset({"circdsl"})) -> list[str]:
        """Import lines in isort's order: standard library, third party, first party; in each
        section the plain imports first, then the `from` imports, sorted."""
        sections: list[list[str]] = [[], [], []]
        for module in sorted(self.modules):
            sections[_section(module, first_party)].append(f"import {module}")
        for module in sorted(self.names):
            names = ", ".join(sorted(self.names[module]))
            if module == "circdsl" and names == "runtime":
                names = "runtime as rt"
            sections[_section(module, first_party)].append(f"from {module} import {names}")
        lines: list[str] = []
        for section in sections:
            if section:
                lines += [*section, ""]
        return lines[:-1]


_STANDARD_LIBRARY = frozenset({"collections", "datetime", "decimal", "functools", "typing"})


def _section(module: str, first_party: frozenset[str]) -> int:
    root = module.split(".")[0]
    if root in _STANDARD_LIBRARY:
        return 0
    return 2 if root in first_party else 1
