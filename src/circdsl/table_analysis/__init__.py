"""Gap and overlap analysis of decision tables, exact at any size.

Each input becomes an axis of atoms (`axes`): the values of a choice, vrai/faux, the
texts the table names and « un autre texte », the constants of a number or date column
and the intervals between them, within the fact's declared bounds. A row is then a box
of atoms, and the table is checked over regions of atoms (`search`), never over the
product of the inputs' values: a region is split on one input at a time, only where
the rows still possible differ. A gap is a region no row covers, reported in French as
intervals and value sets (« taux < 10 % et catégorie hors de {a, b} ») after merging
neighbouring regions; an overlap is a pair of rows with different results whose boxes
meet, reported with the region where both apply.

The search examines at most `MAX_REGIONS` regions, plus `REGIONS_PER_ROW` per row. No
table of the circulars comes near (the largest needs 18), a table written as a decision
tree needs one or two per row (bench/bench_tables.py: 5,000 rows over 30 inputs, 9,865), and a table with
a « sinon » row stops as soon as the rows still possible agree; the bound is reached only
by tables whose uncovered part has no short description (the example of E310). Reaching
it is never silent: the analysis says so in `incomplete` and the checker reports E310.
"""

from __future__ import annotations

import datetime
from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import Decimal

from circdsl import model as m
from circdsl.french import words
from circdsl.table_analysis.axes import OTHER_TEXT, Axis, OrderedAxis, ValueAxis, runs_mask
from circdsl.table_analysis.search import Grid, find

MAX_REGIONS = 20_000  # regions the search may examine (plus REGIONS_PER_ROW per row) before giving up: E310
REGIONS_PER_ROW = 4
MAX_OVERLAPS = 100  # overlapping pairs listed one by one; the others are counted

__all__ = ["MAX_OVERLAPS", "MAX_REGIONS", "OTHER_TEXT", "REGIONS_PER_ROW", "Region", "TableAnalysis", "analyse_table"]


@dataclass(frozen=True)
class Region:
    """A set of situations: one set of atoms (a bit mask) per input of the table."""

    axes: tuple[Axis, ...]
    masks: tuple[int, ...]

    def contains(self, values: Sequence[object]) -> bool:
        """Whether the situation giving these known input values lies in the region."""
        for axis, mask, value in zip(self.axes, self.masks, values, strict=True):
            atom = axis.atom_of(value)
            if atom is None or not mask >> atom & 1:
                return False
        return True

    def describe(self) -> str:
        """The region in French: the condition on each input it restricts."""
        parts = [axis.describe(mask) for axis, mask in zip(self.axes, self.masks, strict=True) if mask != axis.full]
        if parts:
            return " et ".join(parts)
        names = [axis.name for axis in self.axes]
        if len(names) == 1:
            return f"{names[0]} a n'importe quelle valeur"
        return f"{', '.join(names[:-1])} et {names[-1]} ont n'importe quelle valeur"


@dataclass
class TableAnalysis:
    gaps: list[str] = field(default_factory=list)  # regions no row covers, in French
    overlaps: list[tuple[int, int, str]] = field(default_factory=list)  # (first line, second line, where)
    incomplete: str | None = None  # where the search stopped (French); None when the analysis is a proof
    overlaps_omitted: int = 0  # overlapping pairs found beyond those listed
    gap_regions: list[Region] = field(default_factory=list)  # the gaps, as regions
    overlapping_rows: list[tuple[int, int]] = field(default_factory=list)  # the listed overlaps, as row indexes
    regions_examined: int = 0


def analyse_table(
    table: m.Table,
    bounds: Sequence[tuple[Decimal | None, Decimal | None]],
    max_regions: int | None = None,
) -> TableAnalysis:
    """Find the gaps and overlaps of `table`; `bounds` gives each input's declared range.

    The search examines at most `max_regions` regions (by default MAX_REGIONS plus
    REGIONS_PER_ROW per row); beyond, `incomplete` says where it stopped."""
    axes = tuple(
        _axis(name, expr, [row.cells[i] for row in table.rows], bounds[i])
        for i, (name, expr) in enumerate(zip(table.input_texts, table.inputs, strict=True))
    )
    grid = Grid(
        sizes=tuple(axis.size for axis in axes),
        boxes=tuple(
            tuple(axis.runs_of(cell) for axis, cell in zip(axes, row.cells, strict=True)) for row in table.rows
        ),
        outputs=tuple(row.outputs for row in table.rows),
    )
    limit = MAX_REGIONS + REGIONS_PER_ROW * len(table.rows) if max_regions is None else max_regions
    found = find(grid, limit, find_gaps=table.default is None, listed=MAX_OVERLAPS)
    result = TableAnalysis(regions_examined=found.visited)
    result.gap_regions = [Region(axes, masks) for masks in found.gaps]
    result.gaps = [region.describe() for region in result.gap_regions]
    if not found.complete:
        result.incomplete = f"l'analyse s'est arrêtée après {words.number(limit)} régions examinées"
        if max_regions is None:
            result.incomplete += f" ({words.number(MAX_REGIONS)} plus {REGIONS_PER_ROW} par ligne de la table)"
    for first, second in found.overlaps:
        boxes = zip(grid.boxes[first], grid.boxes[second], strict=True)
        where = Region(axes, tuple(runs_mask(a) & runs_mask(b) for a, b in boxes))
        result.overlaps.append((table.rows[first].line, table.rows[second].line, where.describe()))
        result.overlapping_rows.append((first, second))
    result.overlaps_omitted = found.overlaps_total - len(found.overlaps)
    return result


def _axis(name: str, expr: m.Expr, cells: list[m.Cell], bounds: tuple[Decimal | None, Decimal | None]) -> Axis:
    kind = expr.type.kind
    if kind == "choix":
        labels = dict(expr.fact.choice_labels) if isinstance(expr, m.FactRef) else {}
        return ValueAxis(name, expr.type.choices, [labels.get(c, c) for c in expr.type.choices])
    if kind == "booléen":
        return ValueAxis(name, [True, False], ["vrai", "faux"])
    if kind == "texte":
        texts = sorted({str(v) for cell in cells for v in cell.values})
        return ValueAxis(name, [*texts, OTHER_TEXT], [*(f"« {t} »" for t in texts), "un autre texte"])
    constants = [v for cell in cells for v in cell.values]
    if kind == "date":
        return OrderedAxis(name, constants, (None, None), True, _show_date, _date_of_key)
    unit = expr.type.unit
    return OrderedAxis(name, constants, bounds, expr.type.integer, lambda value: _show_quantity(value, unit), Decimal)


def _show_date(value: object) -> str:
    assert isinstance(value, datetime.date)
    return words.short_date(value)


def _date_of_key(key: Decimal) -> datetime.date:
    return datetime.date.fromordinal(int(key))


def _show_quantity(value: object, unit: str | None) -> str:
    """« 2 ans », « 50 % », « 0,125 » : as the shared French renderer writes a quantity."""
    assert isinstance(value, (int, Decimal)) and not isinstance(value, bool)
    return words.quantity(value, unit)
