"""Temps de l'analyse des tables de décision (trous et chevauchements), ancienne et nouvelle
méthode côte à côte, sur des tables synthétiques de R lignes × K entrées.

Usage : .venv/bin/python bench/bench_tables.py [--formes 5000x1,5000x10] [--sans-ancienne]

Chaque table est engendrée comme un arbre de décision aléatoire (graine fixe) : le domaine
de toutes les entrées est découpé, une entrée à la fois, jusqu'à obtenir R morceaux, un par
ligne ; les entrées sont, à tour de rôle, un entier entre 0 et 100 000, un choix de huit
valeurs, un booléen et une date. La table est donc complète et sans chevauchement ; elle est
compilée par `circ` comme un fichier ordinaire. Trois variantes sont mesurées : la table
telle quelle (« complète »), sans sa première ligne (« un trou »), avec sa première ligne
recopiée avec un autre résultat (« un chevauchement »). La nouvelle méthode est chronométrée
sur chacune (meilleur de trois passages).

L'ancienne méthode (celle d'avant les régions, recopiée ci-dessous : toutes les combinaisons
de valeurs représentatives, chacune confrontée à toutes les lignes) est chronométrée une fois,
sur la variante complète (elle demande plus d'une minute pour 5 000 lignes), et ses verdicts
(trou ou non, chevauchement ou non) comparés à ceux de la nouvelle. Au-delà de 20 000
combinaisons elle renonçait sans rien dire : elle est alors notée « non analysée ».
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime
import itertools
import os
import random
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from circdsl import model as m
from circdsl.compiler import Compiler
from circdsl.table_analysis import TableAnalysis, analyse_table
from tests.conftest import write_project

SEED = 2025
SHAPES = "16x2,200x3,1000x2,5000x1,5000x4,5000x10,1000x30,5000x30"
RUNS = 3  # best of
CITE = 'cite "Le dispositif est réservé aux personnels titulaires."'
HIGH = 100_000
CHOICES = ("v1", "v2", "v3", "v4", "v5", "v6", "v7", "v8")
EPOCH = datetime.date(2020, 1, 1).toordinal()

# ---------------------------------------------------------------- synthetic tables

Piece = tuple[object, ...]  # per input: a value set (choice, boolean) or an interval (low, high), None = unbounded


def _kind(index: int) -> str:
    return ("entier", "choix", "booléen", "date")[index % 4]


def _split(kind: str, part: object, rng: random.Random) -> list[object] | None:
    """Cut one input's part in two (None if it cannot be cut)."""
    if kind in ("choix", "booléen"):
        assert isinstance(part, frozenset)
        if len(part) < 2:
            return None
        values = sorted(part, key=str)
        rng.shuffle(values)
        cut = rng.randint(1, len(values) - 1)
        return [frozenset(values[:cut]), frozenset(values[cut:])]
    assert isinstance(part, tuple)
    low, high = part
    if kind == "date":
        low_day = EPOCH if low is None else low
        high_day = EPOCH + 3650 if high is None else high
        if high_day - low_day < 1:
            return None
        cut = rng.randint(low_day + 1, high_day)
        return [(low, cut - 1), (cut, high)]
    if high - low < 1:
        return None
    cut = rng.randint(low + 1, high)
    return [(low, cut - 1), (cut, high)]


def pieces(rows: int, inputs: int, rng: random.Random) -> list[Piece]:
    kinds = [_kind(i) for i in range(inputs)]
    start: list[object] = []
    for kind in kinds:
        if kind == "choix":
            start.append(frozenset(CHOICES))
        elif kind == "booléen":
            start.append(frozenset((True, False)))
        else:
            start.append((0, HIGH) if kind == "entier" else (None, None))
    leaves: list[Piece] = [tuple(start)]
    whole: list[Piece] = []  # pieces that cannot be cut any more
    while len(leaves) + len(whole) < rows:
        if not leaves:
            raise ValueError("domaine trop petit pour autant de lignes")
        leaf = leaves.pop(rng.randrange(len(leaves)))
        for axis in rng.sample(range(inputs), inputs):
            parts = _split(kinds[axis], leaf[axis], rng)
            if parts is not None:
                leaves += [(*leaf[:axis], part, *leaf[axis + 1 :]) for part in parts]
                break
        else:
            whole.append(leaf)
    return leaves + whole


def _date(day: int) -> str:
    return datetime.date.fromordinal(day).strftime("%d/%m/%Y")


def _cell(kind: str, part: object) -> str:
    if kind in ("choix", "booléen"):
        assert isinstance(part, frozenset)
        full = frozenset(CHOICES) if kind == "choix" else frozenset((True, False))
        show = (lambda v: "vrai" if v else "faux") if kind == "booléen" else str
        if part == full:
            return "*"
        if len(part) == 1:
            return show(next(iter(part)))
        if len(part) <= len(full) // 2:
            return "{" + ", ".join(sorted(map(show, part))) + "}"
        return "hors de {" + ", ".join(sorted(map(show, full - part))) + "}"
    assert isinstance(part, tuple)
    low, high = part
    show_value: Callable[[int], str] = _date if kind == "date" else str
    at_start = low is None if kind == "date" else low == 0
    at_end = high is None if kind == "date" else high == HIGH
    if at_start and at_end:
        return "*"
    if low == high:
        return show_value(low)
    if at_start:
        return f"<= {show_value(high)}"
    if at_end:
        return f">= {show_value(low)}"
    return f"de {show_value(low)} à {show_value(high)}"


def table_text(rows: int, inputs: int, seed: int = SEED) -> str:
    """A complete, non-overlapping table of `rows` rows over `inputs` inputs, as .circ text."""
    rng = random.Random(seed)
    kinds = [_kind(i) for i in range(inputs)]
    facts = []
    for i, kind in enumerate(kinds):
        spec = {
            "entier": f"entier entre 0 et {HIGH}",
            "choix": "choix (" + ", ".join(f'{c} "{c.upper()}"' for c in CHOICES) + ")",
            "booléen": "booléen",
            "date": "date",
        }[kind]
        facts.append(f'fait e{i} "Entrée {i}" : {spec}\n')
    lines = [
        f"| {' | '.join(_cell(k, p) for k, p in zip(kinds, piece, strict=True))} | {rng.randint(1, 5)} jours |"
        for piece in pieces(rows, inputs, rng)
    ]
    selon = ", ".join(f"e{i}" for i in range(inputs))
    return (
        "".join(facts)
        + f'table t "T"\n  selon {selon}\n  donne j "J" : jours\n  '
        + "\n  ".join(lines)
        + f"\n  {CITE}\n"
    )


def compile_table(rows: int, inputs: int) -> m.Table:
    with tempfile.TemporaryDirectory() as folder:
        circular = Compiler().compile_file(write_project(Path(folder), table_text(rows, inputs))).circular
    return circular.tables[0]


def bounds_of(table: m.Table) -> list[tuple[Decimal | None, Decimal | None]]:
    return [(i.fact.low, i.fact.high) if isinstance(i, m.FactRef) else (None, None) for i in table.inputs]


# ---------------------------------------------------------------- the former algorithm (for comparison only)

OLD_MAX_COMBINATIONS = 20_000


class _OldOther:
    def __repr__(self) -> str:
        return "autre texte"


OLD_OTHER_TEXT = _OldOther()


@dataclass
class OldAnalysis:
    gaps: list[str] = field(default_factory=list)
    overlaps: list[tuple[int, int, str]] = field(default_factory=list)
    skipped: bool = False


@dataclass(frozen=True)
class _Representative:
    value: object
    text: str


def old_analyse_table(table: m.Table, bounds: list[tuple[Decimal | None, Decimal | None]]) -> OldAnalysis:
    domains = [
        _old_domain(expr, [row.cells[i] for row in table.rows], bounds[i]) for i, expr in enumerate(table.inputs)
    ]
    result = OldAnalysis()
    if old_combinations(table, bounds) > OLD_MAX_COMBINATIONS or any(not d for d in domains):
        result.skipped = True
        return result
    reported: set[tuple[int, int]] = set()
    for combination in itertools.product(*domains):
        matching = [
            row
            for row in table.rows
            if all(_old_cell_matches(c, r.value) for c, r in zip(row.cells, combination, strict=True))
        ]
        where = " et ".join(f"{name} {rep.text}" for name, rep in zip(table.input_texts, combination, strict=True))
        if not matching and table.default is None:
            result.gaps.append(where)
        for first, second in itertools.combinations(matching, 2):
            key = (first.line, second.line)
            if first.outputs != second.outputs and key not in reported:
                reported.add(key)
                result.overlaps.append((first.line, second.line, where))
    return result


def old_combinations(table: m.Table, bounds: list[tuple[Decimal | None, Decimal | None]]) -> int:
    size = 1
    for i, expr in enumerate(table.inputs):
        size *= max(len(_old_domain(expr, [row.cells[i] for row in table.rows], bounds[i])), 1)
    return size


def _old_cell_matches(cell: m.Cell, value: object) -> bool:
    if value is OLD_OTHER_TEXT:
        return cell.kind in ("any", "not_in") or (cell.kind == "compare" and cell.op == "!=")
    return cell.matches(value)


def _old_domain(
    expr: m.Expr, cells: list[m.Cell], bounds: tuple[Decimal | None, Decimal | None]
) -> list[_Representative]:
    kind = expr.type.kind
    if kind == "choix":
        return [_Representative(c, f"= {c}") for c in expr.type.choices]
    if kind == "booléen":
        return [_Representative(True, "= vrai"), _Representative(False, "= faux")]
    if kind == "texte":
        texts = sorted({str(v) for cell in cells for v in cell.values})
        return [_Representative(v, f"= « {v} »") for v in texts] + [_Representative(OLD_OTHER_TEXT, "= un autre texte")]
    constants = sorted({v for cell in cells for v in cell.values}, key=_old_order_key)
    if kind in ("nombre", "date"):
        return _old_ordered_domain(constants, bounds, expr.type)
    return []


def _old_order_key(value: object) -> Decimal:
    if isinstance(value, datetime.date):
        return Decimal(value.toordinal())
    return Decimal(str(value)) if isinstance(value, (int, Decimal)) else Decimal(0)


def _old_ordered_domain(
    constants: list[object], bounds: tuple[Decimal | None, Decimal | None], type_: m.Type
) -> list[_Representative]:
    low, high = bounds
    reps: list[_Representative] = []
    points = [c for c in constants if (low is None or c >= low) and (high is None or c <= high)]  # type: ignore[operator]
    below = _old_between(low, points[0], type_) if points else None
    if points and below is not None:
        reps.append(_Representative(below, f"< {points[0]}"))
    elif not points:
        middle = low if low is not None else (high if high is not None else Decimal(0))
        return [_Representative(middle, f"= {middle}")]
    for i, point in enumerate(points):
        reps.append(_Representative(point, f"= {point}"))
        if i + 1 < len(points):
            inside = _old_between(point, points[i + 1], type_, open_low=True)
            if inside is not None:
                reps.append(_Representative(inside, f"entre {point} et {points[i + 1]} (exclus)"))
    above = _old_above(points[-1], high, type_)
    if above is not None:
        reps.append(_Representative(above, f"> {points[-1]}"))
    return reps


def _old_between(low: object, high: object, type_: m.Type, open_low: bool = False) -> object | None:
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


def _old_above(point: object, high: Decimal | None, type_: m.Type) -> object | None:
    if isinstance(point, datetime.date):
        return point + datetime.timedelta(days=1)
    assert isinstance(point, (Decimal, int))
    if high is not None and point >= high:
        return None
    return point + 1 if high is None or type_.integer or point + 1 <= high else (Decimal(point) + high) / 2


# ---------------------------------------------------------------- measurement


def best_time(run: Callable[[], object], runs: int) -> float:
    """The best wall time of `runs` runs."""
    best = float("inf")
    for _ in range(runs):
        start = time.perf_counter()
        run()
        best = min(best, time.perf_counter() - start)
    return best


def best_cpu_time(run: Callable[[], object], runs: int) -> float:
    """The best processor time of `runs` runs (less sensitive than wall time to a loaded machine)."""
    best = float("inf")
    for _ in range(runs):
        start = time.process_time()
        run()
        best = min(best, time.process_time() - start)
    return best


def _combinations_text(count: int) -> str:
    return f"{count:,}".replace(",", " ") if count < 10**12 else f"{count:.1e}"


def variants(table: m.Table) -> list[tuple[str, m.Table]]:
    first = table.rows[0]
    other = tuple(1 if o != 1 else 2 for o in first.outputs)
    return [
        ("complète", table),
        ("un trou", dataclasses.replace(table, rows=table.rows[1:])),
        ("un chevauchement", dataclasses.replace(table, rows=(*table.rows, dataclasses.replace(first, outputs=other)))),
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--formes", default=SHAPES, help="tailles RxK séparées par des virgules")
    parser.add_argument("--sans-ancienne", action="store_true", help="ne pas mesurer l'ancienne méthode")
    options = parser.parse_args()
    print(f"charge moyenne de la machine : {' '.join(f'{x:.1f}' for x in os.getloadavg())} ({os.cpu_count()} cœurs)")
    print(
        f"{'table':>8} {'variante':<17} {'combinaisons':>14} {'ancienne':>13} {'nouvelle':>9} {'(CPU)':>7} "
        f"{'rapport':>8} {'régions':>8} {'trous':>6} {'chev.':>6}"
    )
    for shape in options.formes.split(","):
        rows, inputs = (int(x) for x in shape.split("x"))
        built = time.perf_counter()
        table = compile_table(rows, inputs)
        built = time.perf_counter() - built
        for name, variant in variants(table):
            bounds = bounds_of(variant)
            new = analyse_table(variant, bounds)
            new_time = best_time(lambda v=variant, b=bounds: analyse_table(v, b), RUNS)  # type: ignore[misc]
            new_cpu = best_cpu_time(lambda v=variant, b=bounds: analyse_table(v, b), RUNS)  # type: ignore[misc]
            combinations = old_combinations(variant, bounds)
            old_text, ratio = _old_side(variant, bounds, new, name, shape, new_time, options.sans_ancienne)
            print(
                f"{shape:>8} {name:<17} {_combinations_text(combinations):>14} {old_text:>13} {new_time:8.3f}s "
                f"{new_cpu:6.3f}s {ratio:>8} {new.regions_examined:>8,} {len(new.gaps):>6} "
                f"{len(new.overlaps) + new.overlaps_omitted:>6}"
            )
        print(f"{'':>8} (compilation complète du fichier .circ : {built:.1f} s)")


def _old_side(
    table: m.Table,
    bounds: list[tuple[Decimal | None, Decimal | None]],
    new: TableAnalysis,
    variant: str,
    shape: str,
    new_time: float,
    skip: bool,
) -> tuple[str, str]:
    """The former method's time (one run, on the complete variant only: it is slow) and the ratio."""
    if skip or variant != "complète":
        return "—", ""
    if old_combinations(table, bounds) > OLD_MAX_COMBINATIONS:
        return "non analysée", ""
    old = old_analyse_table(table, bounds)
    old_time = best_time(lambda: old_analyse_table(table, bounds), 1)
    if bool(old.gaps) != bool(new.gaps) or bool(old.overlaps) != bool(new.overlaps):
        raise SystemExit(f"désaccord sur {shape} {variant} : ancienne {old}, nouvelle {new}")
    return f"{old_time:11.3f}s", f"{old_time / new_time:7.0f}×"


if __name__ == "__main__":
    main()
