"""Gap and overlap analysis of decision tables.

Every input is reduced to a finite set of representative values: the choices
of a closed choice, vrai/faux, and for numbers and dates the constants written
in the cells plus one value inside each interval between them (all the values of
an open interval match exactly the same cells). Checking every combination of
representatives is then exact: a combination no row matches is a gap; one that
two rows with different results both match is an overlap.
"""

from __future__ import annotations

import datetime
import itertools
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal

from circdsl import model as m

MAX_COMBINATIONS = 20_000  # beyond this, the analysis is skipped (no table of the circulars comes close)


class _Other:
    """Any text other than those the table names."""

    def __repr__(self) -> str:
        return "autre texte"


OTHER_TEXT = _Other()


@dataclass
class TableAnalysis:
    gaps: list[str] = field(default_factory=list)  # combinations no row covers, in French
    overlaps: list[tuple[int, int, str]] = field(default_factory=list)  # (first line, second line, where)


@dataclass(frozen=True)
class Representative:
    value: object
    text: str  # how the value (or its interval) reads in a message


def analyse_table(table: m.Table, bounds: list[tuple[Decimal | None, Decimal | None]]) -> TableAnalysis:
    """Find the gaps and overlaps of `table`; `bounds` gives each input's declared range."""
    domains = [_domain(expr, [row.cells[i] for row in table.rows], bounds[i]) for i, expr in enumerate(table.inputs)]
    result = TableAnalysis()
    size = 1
    for domain in domains:
        size *= max(len(domain), 1)
    if size > MAX_COMBINATIONS or any(not d for d in domains):
        return result
    reported: set[tuple[int, int]] = set()
    for combination in itertools.product(*domains):
        matching = [row for row in table.rows if _row_matches(row, combination)]
        where = " et ".join(f"{name} {rep.text}" for name, rep in zip(table.input_texts, combination, strict=True))
        if not matching and table.default is None:
            result.gaps.append(where)
        for first, second in itertools.combinations(matching, 2):
            key = (first.line, second.line)
            if first.outputs != second.outputs and key not in reported:
                reported.add(key)
                result.overlaps.append((first.line, second.line, where))
    return result


def _row_matches(row: m.TableRow, combination: tuple[Representative, ...]) -> bool:
    return all(_cell_matches(cell, rep.value) for cell, rep in zip(row.cells, combination, strict=True))


def _cell_matches(cell: m.Cell, value: object) -> bool:
    if value is OTHER_TEXT:
        return cell.kind in ("any", "not_in") or (cell.kind == "compare" and cell.op == "!=")
    return cell.matches(value)


def _domain(expr: m.Expr, cells: list[m.Cell], bounds: tuple[Decimal | None, Decimal | None]) -> list[Representative]:
    kind = expr.type.kind
    if kind == "choix":
        labels = dict(expr.fact.choice_labels) if isinstance(expr, m.FactRef) else {}
        return [Representative(c, f"= {labels.get(c, c)}") for c in expr.type.choices]
    if kind == "booléen":
        return [Representative(True, "= vrai"), Representative(False, "= faux")]
    if kind == "texte":
        texts = sorted({str(v) for cell in cells for v in cell.values})
        return [Representative(v, f"= « {v} »") for v in texts] + [Representative(OTHER_TEXT, "= un autre texte")]
    constants = sorted({v for cell in cells for v in cell.values}, key=_order_key)
    if kind in ("nombre", "date"):
        return _ordered_domain(constants, bounds, expr.type)
    return []


def _order_key(value: object) -> Decimal:
    if isinstance(value, datetime.date):
        return Decimal(value.toordinal())
    return Decimal(str(value)) if isinstance(value, (int, Decimal)) else Decimal(0)


def _ordered_domain(
    constants: list[object], bounds: tuple[Decimal | None, Decimal | None], type_: m.Type
) -> list[Representative]:
    """The constants, one value inside each gap between them, and one beyond each end (within bounds)."""
    low, high = bounds
    unit = m.UNIT_SYMBOLS.get(type_.unit or "", "")
    show = _shower(unit)
    reps: list[Representative] = []
    points = [c for c in constants if (low is None or c >= low) and (high is None or c <= high)]  # type: ignore[operator]
    below = _between(low, points[0], type_) if points else None
    if points and below is not None:
        reps.append(Representative(below, f"< {show(points[0])}"))
    elif not points:
        middle = low if low is not None else (high if high is not None else Decimal(0))
        return [Representative(middle, f"= {show(middle)}")]
    for i, point in enumerate(points):
        reps.append(Representative(point, f"= {show(point)}"))
        if i + 1 < len(points):
            inside = _between(point, points[i + 1], type_, open_low=True)
            if inside is not None:
                reps.append(Representative(inside, f"entre {show(point)} et {show(points[i + 1])} (exclus)"))
    above = _above(points[-1], high, type_)
    if above is not None:
        reps.append(Representative(above, f"> {show(points[-1])}"))
    return reps


def _between(low: object, high: object, type_: m.Type, open_low: bool = False) -> object | None:
    """A value strictly below `high`, at least `low` (strictly above it if open_low); None if there is none."""
    if isinstance(high, datetime.date):
        start = low.toordinal() + (1 if open_low else 0) if isinstance(low, datetime.date) else high.toordinal() - 1
        return datetime.date.fromordinal(start) if start < high.toordinal() else None
    assert isinstance(high, (Decimal, int))
    if low is None:
        return high - 1
    assert isinstance(low, (Decimal, int))
    if type_.integer:
        candidate = int(low) + 1 if open_low else int(low)
        return candidate if candidate < high else None
    if open_low:
        return (Decimal(low) + Decimal(high)) / 2
    return low if low < high else None


def _above(point: object, high: Decimal | None, type_: m.Type) -> object | None:
    if isinstance(point, datetime.date):
        return point + datetime.timedelta(days=1)
    assert isinstance(point, (Decimal, int))
    if high is not None and point >= high:
        return None
    return point + 1 if high is None or type_.integer or point + 1 <= high else (Decimal(point) + high) / 2


def _shower(unit: str) -> Callable[[object], str]:
    def show(value: object) -> str:
        if isinstance(value, datetime.date):
            return value.strftime("%d/%m/%Y")
        text = str(value).replace(".", ",")
        return f"{text} {unit}".strip()

    return show
