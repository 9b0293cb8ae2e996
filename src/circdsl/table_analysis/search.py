"""Gaps and overlaps of boxes in a grid of atoms.

The grid knows nothing of the language: each input is a number of atoms, each row a
box (one list of atom runs per input) and an output. Sets of rows are bit masks over
row indexes (Python integers).

One search finds both. The domain is split into regions, one input at a time; each
region keeps the rows still possible there (`alive`: their box meets the region) and,
per input, those whose cell covers the region's part of that input (`covers`):

- a region no row reaches is a gap (when the table has no « sinon »);
- a row that covers a whole region meets every row still possible there: the pairs it
  forms with those of other outputs are overlaps; then the region needs no gap search,
  and only the rows left, if their outputs differ, are split further;
- any other region is split on an input that the most possible rows constrain: into
  the parts that no row's cell straddles when there are several (a table written as a
  decision tree is walked along its own tree), else into the pieces that the rows tell
  apart. A split costs in the runs of the rows constraining the input, never in the
  size of its domain, and the parts are built only when the search reaches them.

The number of regions is bounded by the caller; a search that reaches the bound says so.
"""

from __future__ import annotations

import itertools
from bisect import bisect_right
from collections.abc import Hashable, Iterable, Iterator
from dataclasses import dataclass, field

from circdsl.table_analysis.axes import Runs, runs_mask

Region = tuple[Runs, ...]  # per input, the atoms it holds
Rows = int | list[int]  # a set of rows: a mask, or row indexes not yet made into one
Piece = tuple[int, int, int]  # (start, end, row): a run of a row's cell within a region


@dataclass(frozen=True)
class Grid:
    sizes: tuple[int, ...]  # atoms per input
    boxes: tuple[tuple[Runs, ...], ...]  # per row, its runs on each input
    outputs: tuple[Hashable, ...]  # per row, what it gives (rows with equal outputs may overlap)


@dataclass
class Findings:
    gaps: list[tuple[int, ...]] = field(default_factory=list)  # per gap, one atom mask per input, merged
    overlaps: list[tuple[int, int]] = field(default_factory=list)  # (earlier row, later row), the first ones
    overlaps_total: int = 0  # every overlapping pair found, listed or not
    complete: bool = True  # False when the search stopped at its bound
    visited: int = 0  # regions examined


@dataclass(frozen=True)
class _Part:
    """A region waiting to be examined: its parent's state and what narrows it."""

    region: Region
    covers: tuple[int, ...]  # the parent's
    covered: bool  # a row covers an enclosing region: no gap can be here
    axis: int
    runs: Runs
    alive: Rows  # besides the parent's rows covering `axis`
    whole: Rows  # those of `alive` that cover the part's `runs`


class _Search:
    def __init__(self, grid: Grid, find_gaps: bool, listed: int) -> None:
        self.grid = grid
        self.find_gaps = find_gaps
        self.listed = listed
        self.same_output: dict[Hashable, int] = {}
        for row, output in enumerate(grid.outputs):
            self.same_output[output] = self.same_output.get(output, 0) | 1 << row
        self.single_output = len(self.same_output) < 2
        self.met: dict[int, int] = {}  # per row, the later rows of other outputs it meets
        self.findings = Findings()

    def run(self, limit: int) -> Findings:
        stack = [self._whole_domain()]
        gaps: list[Region] = []
        while stack and self.findings.visited < limit:
            self.findings.visited += 1
            alive, region, covers, covered = _open(stack.pop())
            if not alive:
                if not covered:
                    gaps.append(region)
                continue
            covering = alive & _intersection(covers)
            if covering:
                self._meet(covering, alive)
                covered, alive = True, alive & ~covering
                covers = tuple(c & alive for c in covers)
            if covered and (self.single_output or not self._outputs_differ(alive)):
                continue
            stack += self._split(alive, region, covers, covered)
        self.findings.complete = not stack
        self.findings.gaps = merge_regions([tuple(runs_mask(runs) for runs in gap) for gap in gaps])
        self._list_overlaps()
        return self.findings

    def _whole_domain(self) -> _Part:
        """The whole domain, written as the part of itself that holds every atom of the first input."""
        alive, full = 0, [0] * len(self.grid.sizes)
        for row, box in enumerate(self.grid.boxes):
            if all(box):  # a row with an empty cell never applies
                alive |= 1 << row
                for axis, runs in enumerate(box):
                    if runs == ((0, self.grid.sizes[axis]),):
                        full[axis] |= 1 << row
        region: Region = tuple(((0, size),) for size in self.grid.sizes)
        return _Part(region, tuple(full), not self.find_gaps, 0, region[0], alive, full[0])

    def _outputs_differ(self, rows: int) -> bool:
        if not rows:
            return False
        first = (rows & -rows).bit_length() - 1
        return bool(rows & ~self.same_output[self.grid.outputs[first]])

    def _meet(self, covering: int, alive: int) -> None:
        """Record the overlaps of rows covering a region with the rows possible there."""
        if self.single_output:
            return
        for row in _bits(covering):
            others = alive & ~self.same_output[self.grid.outputs[row]]
            later = others >> (row + 1) << (row + 1)
            if later:
                self.met[row] = self.met.get(row, 0) | later
            for earlier in _bits(others & ~later & ~covering):  # earlier covering rows recorded this pair
                self.met[earlier] = self.met.get(earlier, 0) | 1 << row

    def _list_overlaps(self) -> None:
        pairs = sorted((first, second) for first, later in self.met.items() for second in _bits(later))
        self.findings.overlaps_total = len(pairs)
        self.findings.overlaps = sorted(pairs, key=lambda pair: (pair[1], pair[0]))[: self.listed]

    def _split(self, alive: int, region: Region, covers: tuple[int, ...], covered: bool) -> list[_Part]:
        """The parts of a region, split on an input that the most possible rows constrain."""
        constrained = {axis: (alive & ~c).bit_count() for axis, c in enumerate(covers) if c != alive}
        most = max(constrained.values())
        candidates = [axis for axis, count in constrained.items() if count == most]
        best: tuple[int, list[_Part]] | None = None
        for axis in candidates:
            pieces = self._pieces(axis, alive & ~covers[axis], region[axis])
            parts = self._parts(axis, pieces, region, covers, covered) or self._distinct(
                axis, pieces, region, covers, covered
            )
            if len(candidates) == 1:
                return parts
            work = len(parts) * covers[axis].bit_count()  # rows copied into every part count each time
            work += sum(len(p.alive) if isinstance(p.alive, list) else p.alive.bit_count() for p in parts)
            if best is None or work < best[0]:
                best = (work, parts)
        assert best is not None  # a region not covered has an input that some possible row does not cover
        return best[1]

    def _pieces(self, axis: int, rows: int, runs: Runs) -> list[Piece]:
        """The runs of the cells of `rows` on `axis`, cut to the region's runs, sorted."""
        pieces = []
        boxes = self.grid.boxes
        if len(runs) == 1:  # the common case: the region is one interval of the input
            ((first, last),) = runs
            for row in _bits(rows):
                for start, end in boxes[row][axis]:
                    low, high = max(start, first), min(end, last)
                    if low < high:
                        pieces.append((low, high, row))
        else:
            starts = [start for start, _ in runs]
            for row in _bits(rows):
                for start, end in boxes[row][axis]:
                    index = max(bisect_right(starts, start) - 1, 0)
                    while index < len(runs) and runs[index][0] < end:
                        low, high = max(start, runs[index][0]), min(end, runs[index][1])
                        if low < high:
                            pieces.append((low, high, row))
                        index += 1
        pieces.sort()
        return pieces

    def _parts(
        self, axis: int, pieces: list[Piece], region: Region, covers: tuple[int, ...], covered: bool
    ) -> list[_Part]:
        """The coarsest split that cuts no row's cell: pieces that overlap, or belong to one row, go together.

        Empty when that split has a single part."""
        spans: list[tuple[int, int]] = []  # overlapping pieces merged
        first_span: dict[int, int] = {}  # per row, the span of its first piece
        held: dict[int, int] = {}  # per row, the number of atoms of the region it holds
        links = _Links()  # spans joined by a row with pieces in both
        for start, end, row in pieces:
            held[row] = held.get(row, 0) + end - start
            if spans and start < spans[-1][1]:
                if end > spans[-1][1]:
                    spans[-1] = (spans[-1][0], end)
            else:
                spans.append((start, end))
            span = first_span.setdefault(row, len(spans) - 1)
            if span != len(spans) - 1:
                links.join(span, len(spans) - 1)
        groups: dict[int, list[tuple[int, int]]] = {}
        for index, span_runs in enumerate(spans):
            groups.setdefault(links.root(index), []).append(span_runs)
        free = _difference(region[axis], spans)
        if len(groups) + bool(free) < 2:
            return []
        members: dict[int, list[int]] = {}
        for row, span in first_span.items():
            members.setdefault(links.root(span), []).append(row)
        parts = []
        for root, runs in groups.items():
            size = sum(end - start for start, end in runs)
            whole = [row for row in members[root] if held[row] == size]
            parts.append(_Part(region, covers, covered, axis, tuple(runs), members[root], whole))
        if free:
            parts.append(_Part(region, covers, covered, axis, tuple(free), 0, 0))
        return parts

    def _distinct(
        self, axis: int, pieces: list[Piece], region: Region, covers: tuple[int, ...], covered: bool
    ) -> list[_Part]:
        """One part per set of rows: the atoms of the region grouped by the rows that hold them."""
        toggles: dict[int, int] = {}
        for start, end, row in pieces:
            toggles[start] = toggles.get(start, 0) ^ 1 << row
            toggles[end] = toggles.get(end, 0) ^ 1 << row
        cuts = sorted({*toggles, *(p for run in region[axis] for p in run)})
        starts = [start for start, _ in region[axis]]
        groups: dict[int, list[tuple[int, int]]] = {}
        rows = 0
        for start, end in itertools.pairwise(cuts):
            rows ^= toggles.get(start, 0)
            index = bisect_right(starts, start) - 1
            if index >= 0 and start < region[axis][index][1]:
                segments = groups.setdefault(rows, [])
                if segments and segments[-1][1] == start:
                    segments[-1] = (segments[-1][0], end)
                else:
                    segments.append((start, end))
        return [_Part(region, covers, covered, axis, tuple(runs), rows, rows) for rows, runs in groups.items()]


def _open(part: _Part) -> tuple[int, Region, tuple[int, ...], bool]:
    """The rows possible in a part, its region, the rows covering each of its inputs, whether it is covered."""
    base = part.covers[part.axis]  # rows covering the parent's `axis` hold every part of it
    alive = base | _mask(part.alive)
    covers = tuple(
        base | _mask(part.whole) if i == part.axis else covering & alive for i, covering in enumerate(part.covers)
    )
    region = (*part.region[: part.axis], part.runs, *part.region[part.axis + 1 :])
    return alive, region, covers, part.covered


def find(grid: Grid, limit: int, find_gaps: bool, listed: int) -> Findings:
    """The gaps (if `find_gaps`) and overlapping pairs of the grid, examining at most `limit` regions."""
    return _Search(grid, find_gaps, listed).run(limit)


def merge_regions(regions: list[tuple[int, ...]]) -> list[tuple[int, ...]]:
    """Merge regions that differ on one input only, until none do; sorted by their first atoms."""
    changed = True
    while changed and regions:
        changed = False
        for axis in range(len(regions[0])):
            merged: dict[tuple[int, ...], int] = {}
            for region in regions:
                rest = region[:axis] + region[axis + 1 :]
                if rest in merged:
                    merged[rest] |= region[axis]
                    changed = True
                else:
                    merged[rest] = region[axis]
            regions = [(*rest[:axis], mask, *rest[axis:]) for rest, mask in merged.items()]
    return sorted(regions, key=lambda region: tuple((mask & -mask).bit_length() for mask in region))


def _difference(runs: Runs, taken: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The parts of `runs` outside the sorted, disjoint `taken` ranges."""
    found = []
    index = 0
    for start, end in runs:
        position = start
        while index < len(taken) and taken[index][1] <= position:
            index += 1
        scan = index
        while scan < len(taken) and taken[scan][0] < end:
            if taken[scan][0] > position:
                found.append((position, taken[scan][0]))
            position = max(position, taken[scan][1])
            scan += 1
        if position < end:
            found.append((position, end))
    return found


class _Links:
    """Union-find over small integers; an index never joined is its own root."""

    def __init__(self) -> None:
        self.parent: dict[int, int] = {}

    def root(self, index: int) -> int:
        parent = self.parent
        while index in parent:
            if parent[index] in parent:
                parent[index] = parent[parent[index]]
            index = parent[index]
        return index

    def join(self, first: int, second: int) -> None:
        a, b = self.root(first), self.root(second)
        if a != b:
            self.parent[b] = a


def _mask(rows: Rows) -> int:
    return rows if isinstance(rows, int) else rows_mask(rows)


def rows_mask(rows: Iterable[int]) -> int:
    """The mask of a collection of row indexes."""
    rows = list(rows)
    if len(rows) < 64:
        mask = 0
        for row in rows:
            mask |= 1 << row
        return mask
    bits = bytearray((max(rows) >> 3) + 1)
    for row in rows:
        bits[row >> 3] |= 1 << (row & 7)
    return int.from_bytes(bits, "little")


def _intersection(masks: Iterable[int]) -> int:
    found = -1
    for mask in masks:
        found &= mask
    return found


def _bits(mask: int) -> Iterator[int]:
    """The indexes of the bits set in `mask`, lowest first."""
    while mask:
        lowest = mask & -mask
        yield lowest.bit_length() - 1
        mask ^= lowest
