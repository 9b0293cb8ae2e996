"""Each input of a decision table as an axis cut into atoms.

An atom is a piece of an input's domain that every cell of the column takes whole or
not at all: one value of a choice, vrai or faux, one text the table names or « un
autre texte », and for numbers and dates a constant written in a cell or an interval
between two consecutive constants (within the fact's declared bounds, whole numbers
only for an integer fact or a date). A cell is then a set of atoms, written as runs
(half-open ranges of atom indexes), and a region of the table is one set of atoms per
input, held as a bit mask.
"""

from __future__ import annotations

import datetime
import math
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import Decimal

from circdsl import model as m
from circdsl.french import words

Runs = tuple[tuple[int, int], ...]  # half-open ranges of atom indexes, sorted and disjoint


class _Other:
    """Any text other than those the table names."""

    def __repr__(self) -> str:
        return "autre texte"


OTHER_TEXT = _Other()


SHOWN_VALUES = 8  # values listed in a set before the others are only counted


def value_set(texts: list[str]) -> str:
    """A set of values as a cell writes it, « {a, b} », the others counted beyond SHOWN_VALUES."""
    if len(texts) <= SHOWN_VALUES:
        return "{" + ", ".join(texts) + "}"
    others = words.count(len(texts) - SHOWN_VALUES + 1, "autre")
    return "{" + ", ".join(texts[: SHOWN_VALUES - 1]) + f", … et {others}}}"


def runs_mask(runs: Runs) -> int:
    """The bit mask of the atoms of `runs`."""
    mask = 0
    for start, end in runs:
        mask |= (1 << end) - (1 << start)
    return mask


def mask_runs(mask: int) -> list[tuple[int, int]]:
    """The maximal runs of consecutive atoms of `mask`."""
    runs: list[tuple[int, int]] = []
    while mask:
        start = (mask & -mask).bit_length() - 1
        end = ((mask >> start) + 1 & ~(mask >> start)).bit_length() - 1 + start
        runs.append((start, end))
        mask &= ~((1 << end) - 1)
    return runs


class Axis:
    """One input of the table: its atoms, its cells as runs, its regions in French."""

    def __init__(self, name: str, size: int) -> None:
        self.name = name  # the input as written
        self.size = size  # number of atoms
        self._known: dict[tuple[str, tuple[object, ...], str | None], Runs] = {}

    @property
    def full(self) -> int:
        """The mask of every atom."""
        return (1 << self.size) - 1

    def runs_of(self, cell: m.Cell) -> Runs:
        """The atoms a cell holds (cells written alike are worked out once)."""
        if cell.kind == "any":
            return ((0, self.size),) if self.size else ()
        key = (cell.kind, cell.values, cell.op)
        runs = self._known.get(key)
        if runs is None:
            runs = self._known[key] = self.cell_runs(cell)
        return runs

    def cell_runs(self, cell: m.Cell) -> Runs:
        raise NotImplementedError

    def atom_of(self, value: object) -> int | None:
        """The atom holding a known value of the input (None if the value is out of the domain)."""
        raise NotImplementedError

    def describe(self, mask: int) -> str:
        """The condition « this input is in these atoms », in French (mask neither empty nor full)."""
        raise NotImplementedError


class ValueAxis(Axis):
    """An input with a finite set of values: a closed choice, a boolean, a text."""

    def __init__(self, name: str, values: Sequence[object], shown: Sequence[str]) -> None:
        super().__init__(name, len(values))
        self.values = list(values)
        self.shown = list(shown)
        self._index = {value: i for i, value in enumerate(self.values)}

    def cell_runs(self, cell: m.Cell) -> Runs:
        if cell.kind == "any":
            return ((0, self.size),) if self.size else ()
        indexes = {self._index[v] for v in cell.values if v in self._index}
        if cell.kind == "not_in" or (cell.kind == "compare" and cell.op == "!="):
            indexes = set(range(self.size)) - indexes
        return tuple((i, i + 1) for i in sorted(indexes))

    def atom_of(self, value: object) -> int | None:
        if value in self._index:
            return self._index[value]
        return self._index.get(OTHER_TEXT) if isinstance(value, str) else None

    def describe(self, mask: int) -> str:
        inside = [i for i in range(self.size) if mask >> i & 1]
        outside = [i for i in range(self.size) if not mask >> i & 1]
        other = self._index.get(OTHER_TEXT)  # « un autre texte » is said by the texts it excludes
        if other is not None and other in inside:
            if len(inside) == 1 and len(outside) > SHOWN_VALUES:
                return f"{self.name} = un texte que la table ne nomme pas"
            return f"{self.name} hors de {value_set([self.shown[i] for i in outside])}"
        if len(inside) == 1:
            return f"{self.name} = {self.shown[inside[0]]}"
        if other is None and len(outside) < len(inside):
            return f"{self.name} hors de {value_set([self.shown[i] for i in outside])}"
        return f"{self.name} parmi {value_set([self.shown[i] for i in inside])}"


@dataclass(frozen=True)
class Interval:
    """An atom of an ordered input: its ends (None: unbounded) as keys, and whether each is included."""

    low: Decimal | None
    low_closed: bool
    high: Decimal | None
    high_closed: bool
    sample: Decimal  # a key inside the atom

    def contains(self, key: Decimal) -> bool:
        above = self.low is None or key > self.low or (self.low_closed and key == self.low)
        below = self.high is None or key < self.high or (self.high_closed and key == self.high)
        return above and below


class OrderedAxis(Axis):
    """A number or a date: the constants of the cells and the intervals between them."""

    def __init__(
        self,
        name: str,
        constants: Sequence[object],
        bounds: tuple[Decimal | None, Decimal | None],
        integer: bool,
        show: Callable[[object], str],
        from_key: Callable[[Decimal], object],
    ) -> None:
        self.integer = integer
        self._show = show
        self._from_key = from_key
        low, high = bounds
        if integer:
            low = None if low is None else Decimal(math.ceil(low))
            high = None if high is None else Decimal(math.floor(high))
        self._written: dict[Decimal, object] = {}
        for value in constants:
            self._written.setdefault(order_key(value), value)
        points = sorted(
            k
            for k in self._written
            if (low is None or k >= low) and (high is None or k <= high) and (not integer or k == k.to_integral_value())
        )
        self.atoms = _intervals(points, low, high, integer)
        super().__init__(name, len(self.atoms))
        self._samples = [atom.sample for atom in self.atoms]

    def cell_runs(self, cell: m.Cell) -> Runs:
        keys = [order_key(v) for v in cell.values]
        if cell.kind == "any":
            found = [(0, self.size)]
        elif cell.kind == "range":
            found = [(bisect_left(self._samples, keys[0]), bisect_right(self._samples, keys[1]))]
        elif cell.kind == "compare" and cell.op in ("<", "<=", ">", ">="):
            found = [self._compare(cell.op, keys[0])]
        else:  # eq, in, not_in, « != »
            found = [(bisect_left(self._samples, k), bisect_right(self._samples, k)) for k in keys]
            if cell.kind == "not_in" or cell.op == "!=":
                found = _complement(sorted(found), self.size)
        return tuple(sorted((start, end) for start, end in found if start < end))

    def _compare(self, op: str, key: Decimal) -> tuple[int, int]:
        if op == "<":
            return (0, bisect_left(self._samples, key))
        if op == "<=":
            return (0, bisect_right(self._samples, key))
        if op == ">":
            return (bisect_right(self._samples, key), self.size)
        return (bisect_left(self._samples, key), self.size)

    def atom_of(self, value: object) -> int | None:
        key = order_key(value)
        below = bisect_right(self._samples, key) - 1  # the atom holding `key` is this one or the next
        return next((i for i in (below, below + 1) if 0 <= i < self.size and self.atoms[i].contains(key)), None)

    def describe(self, mask: int) -> str:
        runs = mask_runs(mask)
        outside = [atom for start, end in mask_runs(self.full & ~mask) for atom in range(start, end)]
        if outside and 1 < len(runs) >= len(outside) and all(self._single(atom, atom + 1) for atom in outside):
            return f"{self.name} hors de {value_set([self._text(self._value_of(atom)) for atom in outside])}"
        if len(runs) > 1 and all(self._single(start, end) for start, end in runs):
            return f"{self.name} parmi {value_set([self._text(self._value_of(start)) for start, _ in runs])}"
        return f"{self.name} " + " ou ".join(self._describe_run(start, end) for start, end in runs)

    def _describe_run(self, start: int, end: int) -> str:
        first, last = self.atoms[start], self.atoms[end - 1]
        if self._single(start, end):
            return f"= {self._text(self._value_of(start))}"
        if start == 0:
            return f"{'<=' if last.high_closed else '<'} {self._text(last.high)}"
        if end == self.size:
            return f"{'>=' if first.low_closed else '>'} {self._text(first.low)}"
        low, high = first.low, last.high
        assert low is not None and high is not None
        if self.integer:
            low, high = (low if first.low_closed else low + 1), (high if last.high_closed else high - 1)
            return f"de {self._text(low)} à {self._text(high)}"
        if first.low_closed and last.high_closed:
            return f"de {self._text(low)} à {self._text(high)}"
        if not first.low_closed and not last.high_closed:
            return f"entre {self._text(low)} et {self._text(high)} (exclus)"
        if first.low_closed:
            return f"de {self._text(low)} à {self._text(high)} (exclu)"
        return f"de {self._text(low)} (exclu) à {self._text(high)}"

    def _single(self, start: int, end: int) -> bool:
        """Whether the atoms start..end hold one value only."""
        if end - start != 1:
            return False
        atom = self.atoms[start]
        if atom.low is None or atom.high is None:
            return False
        if self.integer:
            return (atom.low if atom.low_closed else atom.low + 1) == (atom.high if atom.high_closed else atom.high - 1)
        return atom.low == atom.high

    def _value_of(self, index: int) -> Decimal:
        """The one value of a single-valued atom."""
        atom = self.atoms[index]
        assert atom.low is not None
        return atom.low if atom.low_closed else atom.low + 1

    def _text(self, key: Decimal | None) -> str:
        assert key is not None
        return self._show(self._written[key] if key in self._written else self._from_key(key))


def _intervals(points: list[Decimal], low: Decimal | None, high: Decimal | None, integer: bool) -> list[Interval]:
    """The atoms of an ordered domain cut at `points` (sorted, within the bounds)."""
    atoms: list[Interval] = []

    def add(start: Decimal | None, start_closed: bool, end: Decimal | None, end_closed: bool) -> None:
        sample = _sample(start, start_closed, end, end_closed, integer)
        if sample is not None:
            atoms.append(Interval(start, start_closed, end, end_closed, sample))

    if not points:
        add(low, True, high, True)
        return atoms
    add(low, True, points[0], False)
    for i, point in enumerate(points):
        atoms.append(Interval(point, True, point, True, point))
        if i + 1 < len(points):
            add(point, False, points[i + 1], False)
    add(points[-1], False, high, True)
    return atoms


def _sample(
    start: Decimal | None, start_closed: bool, end: Decimal | None, end_closed: bool, integer: bool
) -> Decimal | None:
    """A key inside the interval, or None if it is empty."""
    if start is not None and end is not None:
        if integer:
            first = start if start_closed else start + 1
            return first if first < end or (end_closed and first == end) else None
        if start == end:
            return start if start_closed and end_closed else None
        return start if start_closed else (start + end) / 2
    if start is not None:
        return start if start_closed else start + 1
    if end is not None:
        return end if end_closed else end - 1
    return Decimal(0)


def _complement(runs: list[tuple[int, int]], size: int) -> list[tuple[int, int]]:
    found, position = [], 0
    for start, end in runs:
        if start > position:
            found.append((position, start))
        position = max(position, end)
    if position < size:
        found.append((position, size))
    return found


def order_key(value: object) -> Decimal:
    """Numbers and dates on one scale (a date is its day number)."""
    if isinstance(value, datetime.date):
        return Decimal(value.toordinal())
    if isinstance(value, bool) or not isinstance(value, (int, Decimal)):
        raise TypeError(f"not an ordered value: {value!r}")
    return Decimal(value)
