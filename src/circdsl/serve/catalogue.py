"""The circulars a server answers for: each checked model with its validator, loaded once at start."""

from __future__ import annotations

import types
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from circdsl import model as m
from circdsl import project
from circdsl.diagnostics import CompileError

NO_YEAR = "sans année"
NO_DISPOSITIF = "autre"


@dataclass(frozen=True)
class Entry:
    """One circular: its name in URLs (the validator's module name), model and validator."""

    name: str
    circular: m.Circular
    validator: types.ModuleType

    @property
    def school_year(self) -> str:
        return self.circular.school_year or NO_YEAR

    @property
    def dispositif(self) -> str:
        return self.circular.dispositif or NO_DISPOSITIF

    def fact_keys(self) -> frozenset[str]:
        """Every key the validator accepts: fact names and their Python identifiers."""
        fields = self.validator.Facts.model_fields
        return frozenset(fields) | frozenset(info.alias for info in fields.values() if info.alias)


class Catalogue:
    """The circulars by name, in the order of their school year (latest first), then of their name."""

    def __init__(self, entries: list[Entry]) -> None:
        ordered = sorted(entries, key=lambda e: (_year_key(e.school_year), e.name))
        self.entries: dict[str, Entry] = {entry.name: entry for entry in ordered}
        # Every key some served circular reads: a situation built on the shared vocabulary uses them.
        # Every key some served circular reads, and every fact of the vocabularies they import (commun.circ):
        # a situation built on the shared vocabulary may use them all.
        self.vocabulary: frozenset[str] = frozenset().union(
            *(e.fact_keys() for e in ordered), *({f.name for f in e.circular.all_facts} for e in ordered)
        )

    @classmethod
    def load(cls, paths: list[Path]) -> Catalogue:
        """Compile the circulars under `paths`; raise CompileError if one of them does not compile."""
        result = project.compile_all(paths)
        if result.failed:
            raise CompileError(result.diagnostics)
        return cls([Entry(project.module_name(c), c, project.load_validator(c)) for c in result.circulars])

    def get(self, name: str) -> Entry | None:
        return self.entries.get(name)

    def split(self, entry: Entry, situation: dict[str, Any]) -> tuple[dict[str, Any], list[str]]:
        """The situation as `entry` reads it, and the keys other served circulars read but it does not
        (unused, not an error). A key no circular reads stays: its validator refuses it in French."""
        keys = entry.fact_keys()
        unused = [key for key in situation if key not in keys and key in self.vocabulary]
        return {key: value for key, value in situation.items() if key in keys or key not in self.vocabulary}, unused

    def of_year(self, year: str | None) -> list[Entry]:
        return [e for e in self.entries.values() if year is None or e.school_year == year]

    def years(self) -> list[str]:
        return list(dict.fromkeys(e.school_year for e in self.entries.values()))


def _year_key(year: str) -> tuple[int, str]:
    """Latest school year first; circulars without a year last."""
    start = year.split("-")[0]
    return (-int(start), year) if start.isdigit() else (1, year)
