"""The circulars a server answers for: each checked model with its validator, loaded once at start."""

from __future__ import annotations

import types
from dataclasses import dataclass
from pathlib import Path

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

    @classmethod
    def load(cls, paths: list[Path]) -> Catalogue:
        """Compile the circulars under `paths`; raise CompileError if one of them does not compile."""
        result = project.compile_all(paths)
        if result.failed:
            raise CompileError(result.diagnostics)
        return cls([Entry(project.module_name(c), c, project.load_validator(c)) for c in result.circulars])

    def get(self, name: str) -> Entry | None:
        return self.entries.get(name)

    def of_year(self, year: str | None) -> list[Entry]:
        return [e for e in self.entries.values() if year is None or e.school_year == year]

    def years(self) -> list[str]:
        return list(dict.fromkeys(e.school_year for e in self.entries.values()))


def _year_key(year: str) -> tuple[int, str]:
    """Latest school year first; circulars without a year last."""
    start = year.split("-")[0]
    return (-int(start), year) if start.isdigit() else (1, year)
