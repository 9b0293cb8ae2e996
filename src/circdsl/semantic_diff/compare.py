"""Compare two checked circulars declaration by declaration: matched by name, then, for what
is left, by a rename heuristic (the same citation, the same condition or date, the same
label); each matched pair compared aspect by aspect."""

from __future__ import annotations

import datetime
from collections.abc import Sequence
from dataclasses import dataclass, field
from enum import StrEnum

from circdsl import model as m
from circdsl.analysis.traversal import structural_key
from circdsl.french.words import short_date
from circdsl.semantic_diff.aspects import SECTIONS, Aspect, Describer, citations_of, name_of, table_rows, title_of


class Status(StrEnum):
    ADDED = "ajout"
    REMOVED = "retrait"
    CHANGED = "modification"
    RENAMED = "renommage"


@dataclass(frozen=True)
class AspectChange:
    name: str
    before: str | None  # None: the aspect is new
    after: str | None  # None: the aspect is gone
    note: str | None = None  # « reportée de 364 jours »

    def to_dict(self) -> dict[str, str | None]:
        return {"aspect": self.name, "avant": self.before, "après": self.after, "note": self.note}


@dataclass(frozen=True)
class RowChange:
    """A row of a decision table, by its conditions."""

    status: Status
    conditions: str
    before: str | None
    after: str | None

    def to_dict(self) -> dict[str, str | None]:
        return {"statut": self.status.value, "conditions": self.conditions, "avant": self.before, "après": self.after}


@dataclass(frozen=True)
class Change:
    status: Status
    kind: str  # « règle », « échéance »...
    name: str  # in the new file; the old name for a removal
    title: str
    line: int  # in the new file; in the old one for a removal
    old_name: str | None = None  # for a rename
    reason: str | None = None  # why two declarations are taken for one renamed (« même citation »)
    aspects: tuple[AspectChange, ...] = ()
    rows: tuple[RowChange, ...] = ()

    def to_dict(self) -> dict[str, object]:
        return {
            "statut": self.status.value,
            "genre": self.kind,
            "nom": self.name,
            "ancien_nom": self.old_name,
            "titre": self.title,
            "ligne": self.line,
            "raison": self.reason,
            "aspects": [a.to_dict() for a in self.aspects],
            "lignes_de_table": [r.to_dict() for r in self.rows],
        }


@dataclass(frozen=True)
class Section:
    title: str
    kind: str
    feminine: bool
    changes: tuple[Change, ...] = field(default_factory=tuple)

    def to_dict(self) -> dict[str, object]:
        return {"section": self.title, "changements": [c.to_dict() for c in self.changes]}


def compare_sections(old: m.Circular, new: m.Circular, old_text: str | None, new_text: str | None) -> list[Section]:
    """The sections (rules, deadlines...) where something changed, in the order of SECTIONS."""
    before, after = Describer(old_text), Describer(new_text)
    sections = []
    for attribute, title, kind, feminine in SECTIONS:
        changes = _compare(kind, getattr(old, attribute), getattr(new, attribute), before, after)
        if changes:
            sections.append(Section(title, kind, feminine, tuple(changes)))
    return sections


def compare_header(old: m.Circular, new: m.Circular) -> list[AspectChange]:
    """What changed in the header: title, dates, school year, source, references (« vu »)..."""
    fields = (
        ("titre", old.title, new.title),
        ("dispositif", old.dispositif, new.dispositif),
        ("autorité", old.authority, new.authority),
        ("référence", old.reference, new.reference),
        ("date", _date(old.issued), _date(new.issued)),
        ("année scolaire", old.school_year, new.school_year),
        ("texte source", old.source, new.source),
        ("remplace", old.replaces, new.replaces),
    )
    changes = [AspectChange(name, before, after) for name, before, after in fields if before != after]
    for reference in old.legal_refs:
        if reference not in new.legal_refs:
            changes.append(AspectChange("vu", reference, None))
    for reference in new.legal_refs:
        if reference not in old.legal_refs:
            changes.append(AspectChange("vu", None, reference))
    return changes


def _date(value: datetime.date | None) -> str | None:
    return None if value is None else short_date(value)


# ---------------------------------------------------------------- matching


def _compare(
    kind: str, olds: Sequence[object], news: Sequence[object], before: Describer, after: Describer
) -> list[Change]:
    old_by_name = {name_of(d): d for d in olds}
    new_by_name = {name_of(d): d for d in news}
    changes: list[Change] = []
    for name, declaration in new_by_name.items():
        previous = old_by_name.get(name)
        if previous is not None:
            change = _changed(kind, previous, declaration, before, after)
            if change is not None:
                changes.append(change)
    removed = [d for name, d in old_by_name.items() if name not in new_by_name]
    added = [d for name, d in new_by_name.items() if name not in old_by_name]
    for previous, declaration, reason in _renames(removed, added):
        removed.remove(previous)
        added.remove(declaration)
        change = _changed(kind, previous, declaration, before, after, reason)
        assert change is not None  # a rename is a change
        changes.append(change)
    changes += [_added(kind, d, after) for d in added]
    changes += [Change(Status.REMOVED, kind, name_of(d), title_of(d), _line(d)) for d in removed]
    return sorted(changes, key=lambda c: (c.status is Status.REMOVED, c.line))


def _renames(removed: list[object], added: list[object]) -> list[tuple[object, object, str]]:
    """Pairs (old, new) taken for one declaration renamed, and why."""
    pairs = []
    free = list(added)
    for previous in removed:
        for reason, same in _SAME:
            match = next((d for d in free if same(previous, d)), None)
            if match is not None:
                pairs.append((previous, match, reason))
                free.remove(match)
                break
    return pairs


def _same_citation(a: object, b: object) -> bool:
    return bool(citations_of(a) & citations_of(b))


def _same_conditions(a: object, b: object) -> bool:
    """Two rules with the same « si » and « exige » (two notices without conditions share nothing)."""
    if not isinstance(a, m.Rule) or not isinstance(b, m.Rule) or (a.applies is None and a.requires is None):
        return False
    return structural_key((a.applies, a.requires)) == structural_key((b.applies, b.requires))


def _same_date(a: object, b: object) -> bool:
    dated = (m.Deadline, m.Event)
    return isinstance(a, dated) and isinstance(b, dated) and a.date is not None and a.date == b.date


def _same_label(a: object, b: object) -> bool:
    return bool(title_of(a)) and title_of(a) == title_of(b)


_SAME = (
    ("même citation", _same_citation),
    ("mêmes conditions", _same_conditions),
    ("même date", _same_date),
    ("même titre", _same_label),
)


# ---------------------------------------------------------------- one declaration


def _changed(
    kind: str, previous: object, declaration: object, before: Describer, after: Describer, reason: str | None = None
) -> Change | None:
    aspects = _aspect_changes(before.aspects(previous), after.aspects(declaration))
    rows = _row_changes(previous, declaration)
    renamed = name_of(previous) != name_of(declaration)
    if not aspects and not rows and not renamed:
        return None
    return Change(
        Status.RENAMED if renamed else Status.CHANGED,
        kind,
        name_of(declaration),
        title_of(declaration),
        _line(declaration),
        name_of(previous) if renamed else None,
        reason,
        tuple(aspects),
        tuple(rows),
    )


def _added(kind: str, declaration: object, after: Describer) -> Change:
    shown = [a for a in after.aspects(declaration) if a.name not in _IN_HEADLINE]
    aspects = tuple(AspectChange(a.name, None, a.shown) for a in shown)
    return Change(Status.ADDED, kind, name_of(declaration), title_of(declaration), _line(declaration), aspects=aspects)


_IN_HEADLINE = ("titre", "libellé", "citations")  # an addition's headline shows its title


def _aspect_changes(before: list[Aspect], after: list[Aspect]) -> list[AspectChange]:
    """Aspects compared by name; an aspect written several times (« sauf si ») compared as a list."""
    old = _grouped(before)
    new = _grouped(after)
    changes = []
    for name in dict.fromkeys([*old, *new]):
        previous, current = old.get(name, []), new.get(name, [])
        if [a.compared for a in previous] != [a.compared for a in current]:
            changes.append(
                AspectChange(
                    name,
                    " ; ".join(a.shown for a in previous) or None,
                    " ; ".join(a.shown for a in current) or None,
                    _moved(previous, current),
                )
            )
    return changes


def _moved(previous: list[Aspect], current: list[Aspect]) -> str | None:
    """How far a date moved: « 364 jours plus tard »."""
    if len(previous) != 1 or len(current) != 1:
        return None
    before, after = previous[0].key, current[0].key
    if not isinstance(before, datetime.date) or not isinstance(after, datetime.date):
        return None
    days = (after - before).days
    return f"{abs(days)} jour{'s' if abs(days) > 1 else ''} plus {'tard' if days > 0 else 'tôt'}"


def _grouped(aspects: list[Aspect]) -> dict[str, list[Aspect]]:
    grouped: dict[str, list[Aspect]] = {}
    for aspect in aspects:
        grouped.setdefault(aspect.name, []).append(aspect)
    return grouped


def _row_changes(previous: object, declaration: object) -> list[RowChange]:
    if not isinstance(previous, m.Table) or not isinstance(declaration, m.Table):
        return []
    old, new = table_rows(previous), table_rows(declaration)
    changes = []
    for conditions, outputs in new.items():
        if conditions not in old:
            changes.append(RowChange(Status.ADDED, conditions, None, outputs))
        elif old[conditions] != outputs:
            changes.append(RowChange(Status.CHANGED, conditions, old[conditions], outputs))
    changes += [RowChange(Status.REMOVED, c, outputs, None) for c, outputs in old.items() if c not in new]
    return changes


def _line(declaration: object) -> int:
    return declaration.line if isinstance(declaration, m.Located) else 0
