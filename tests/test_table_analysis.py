"""The region analysis of decision tables against brute force, and its bound (E310).

Random tables are built over the inputs of a real compiled circular (a choice, a boolean,
a bounded whole number, a percentage, a date, a text): their rows are the compiled
template row with random cells and results. Brute force evaluates every row on a set of
values that meets every piece of each input's domain (the constants of the cells, values
between and beyond them, the declared bounds; every whole number of the small bounded
input), with the model's own `Cell.matches`; the analysis must find exactly the same
uncovered situations and overlapping pairs.
"""

from __future__ import annotations

import dataclasses
import datetime
import itertools
import tempfile
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from circdsl import model as m
from circdsl.compiler import Compiler
from circdsl.diagnostics import CompileError
from circdsl.table_analysis import MAX_REGIONS, REGIONS_PER_ROW, TableAnalysis, analyse_table
from fuzz.drawing import boolean, integer, pick
from tests.conftest import write_project
from tests.strategies import budgets

CITE = 'cite "Le dispositif est réservé aux personnels titulaires."'
TEMPLATE = f"""\
fait motif "Motif" : choix (droit "De droit", autorisation "Sur autorisation", exception "À titre exceptionnel")
fait titulaire "Titulaire" : booléen
fait enfants "Enfants" : entier entre 0 et 6
fait quotité "Quotité" : pourcentage
fait arrivée "Date d'arrivée" : date
fait ville "Ville" : texte
table modèle "Modèle"
  selon motif, titulaire, enfants, quotité, arrivée, ville
  donne jours "Jours" : jours
  | * | * | * | * | * | * | 1 jours |
  {CITE}
"""

# The constants cells may use, per input (some lie outside the declared bounds on purpose).
D = datetime.date
CONSTANTS: dict[str, list[object]] = {
    "motif": ["droit", "autorisation", "exception"],
    "titulaire": [True, False],
    "enfants": [-1, 0, 1, 3, 6, 8],
    "quotité": [Decimal(0), Decimal(10), Decimal("12.5"), Decimal(50), Decimal(100), Decimal(120)],
    "arrivée": [D(2025, 9, 1), D(2025, 9, 2), D(2025, 9, 30), D(2026, 1, 1)],
    "ville": ["Aix", "Arles", "Gap"],
}
ORDERED = ("enfants", "quotité", "arrivée")


@pytest.fixture(scope="module")
def template() -> m.Table:
    with tempfile.TemporaryDirectory() as folder:
        return Compiler().compile_file(write_project(Path(folder), TEMPLATE)).circular.tables[0]


def probe_values(name: str) -> list[object]:
    """Values of an input that meet every piece of its domain, whatever cells use CONSTANTS."""
    if name == "motif":
        return ["droit", "autorisation", "exception"]
    if name == "titulaire":
        return [True, False]
    if name == "ville":
        return ["Aix", "Arles", "Gap", "Briançon"]  # the last one: « un autre texte »
    if name == "enfants":
        return list(range(0, 7))  # every value between the declared bounds
    if name == "quotité":
        points = sorted({Decimal(0), Decimal(100), *(c for c in CONSTANTS["quotité"] if 0 <= c <= 100)})  # type: ignore[operator]
        return points + [(a + b) / 2 for a, b in itertools.pairwise(points)]
    days = sorted(c.toordinal() for c in CONSTANTS["arrivée"])  # type: ignore[attr-defined]
    found = {days[0] - 10, days[-1] + 10, *days, *(d + 1 for d in days)}
    return [D.fromordinal(day) for day in sorted(found)]


# What a cell draws, per input, built once (a strategy built at each draw is validated each time).
KINDS = {name: ["any", "eq", "in", "not_in"] + (["compare", "range"] if name in ORDERED else []) for name in CONSTANTS}
VALUES = {name: st.sampled_from(values) for name, values in CONSTANTS.items()}
VALUE_SETS = {name: st.lists(VALUES[name], min_size=1, max_size=3, unique=True) for name in CONSTANTS}
BOUNDS = {name: st.lists(VALUES[name], min_size=2, max_size=2) for name in CONSTANTS}
OPERATORS = st.sampled_from(["<", "<=", ">", ">=", "!="])


def cell(draw: st.DrawFn, name: str) -> m.Cell:
    kind = pick(draw, KINDS[name])
    if kind == "any":
        return m.Cell("any", ())
    if kind == "eq":
        return m.Cell("eq", (draw(VALUES[name]),))
    if kind in ("in", "not_in"):
        return m.Cell(kind, tuple(draw(VALUE_SETS[name])))
    if kind == "compare":
        return m.Cell("compare", (draw(VALUES[name]),), draw(OPERATORS))
    low, high = sorted(draw(BOUNDS[name]))  # type: ignore[type-var]
    return m.Cell("range", (low, high))


@st.composite
def tables(draw: st.DrawFn, template: m.Table) -> m.Table:
    """A table over one to three of the template's inputs, with up to six rows, sometimes a « sinon »."""
    chosen = draw(st.lists(st.integers(0, len(template.inputs) - 1), min_size=1, max_size=3, unique=True))
    names = [template.input_texts[i] for i in chosen]
    row = template.rows[0]
    rows = []
    for _ in range(integer(draw, 0, 6)):
        row_cells = tuple(cell(draw, name) for name in names)
        rows.append(dataclasses.replace(row, cells=row_cells, outputs=(integer(draw, 1, 3),)))
    return dataclasses.replace(
        template,
        inputs=tuple(template.inputs[i] for i in chosen),
        input_texts=tuple(names),
        rows=tuple(rows),
        default=dataclasses.replace(row, cells=(), outputs=(None,)) if boolean(draw) else None,
    )


def bounds_of(table: m.Table) -> list[tuple[Decimal | None, Decimal | None]]:
    return [(i.fact.low, i.fact.high) if isinstance(i, m.FactRef) else (None, None) for i in table.inputs]


def brute_force(table: m.Table) -> tuple[list[tuple[object, ...]], list[tuple[object, ...]], set[tuple[int, int]]]:
    """Uncovered and covered situations among the probe values, and the overlapping row pairs."""
    uncovered, covered, overlaps = [], [], set()
    for situation in itertools.product(*(probe_values(name) for name in table.input_texts)):
        matching = [
            i
            for i, row in enumerate(table.rows)
            if all(c.matches(v) for c, v in zip(row.cells, situation, strict=True))
        ]
        (covered if matching else uncovered).append(situation)
        for first, second in itertools.combinations(matching, 2):
            if table.rows[first].outputs != table.rows[second].outputs:
                overlaps.add((first, second))
    return uncovered, covered, overlaps


def assert_agrees_with_brute_force(table: m.Table, analysis: TableAnalysis) -> None:
    uncovered, covered, overlaps = brute_force(table)
    assert analysis.incomplete is None
    if table.default is not None:  # « sinon » covers the rest: no gap to look for
        covered, uncovered = covered + uncovered, []
    for situation in uncovered:
        assert any(region.contains(situation) for region in analysis.gap_regions), situation
    for situation in covered:
        assert not any(region.contains(situation) for region in analysis.gap_regions), situation
    for region in analysis.gap_regions:  # no empty region is reported
        assert any(region.contains(situation) for situation in uncovered), region.describe()
    assert len(analysis.gaps) == len(analysis.gap_regions) and all(analysis.gaps)
    assert set(analysis.overlapping_rows) == overlaps
    assert analysis.overlaps_omitted == 0


@budgets(fast=50, today=150)
def test_regions_agree_with_brute_force_on_random_tables(template: m.Table, budget: int) -> None:
    @settings(max_examples=budget, deadline=None)
    @given(table=tables(template))
    def agrees(table: m.Table) -> None:
        assert_agrees_with_brute_force(table, analyse_table(table, bounds_of(table)))

    agrees()


def test_a_table_with_no_rows_leaves_everything_uncovered(template: m.Table) -> None:
    table = dataclasses.replace(template, rows=(), default=None)
    analysis = analyse_table(table, bounds_of(table))
    assert analysis.gaps == ["motif, titulaire, enfants, quotité, arrivée et ville ont n'importe quelle valeur"]


def test_a_row_outside_the_declared_bounds_never_applies(template: m.Table) -> None:
    row = template.rows[0]
    table = dataclasses.replace(
        template,
        inputs=template.inputs[2:3],
        input_texts=("enfants",),
        rows=(dataclasses.replace(row, cells=(m.Cell("compare", (8,), ">"),)),),
        default=None,
    )
    analysis = analyse_table(table, bounds_of(table))
    assert analysis.gaps == ["enfants a n'importe quelle valeur"]


def test_long_value_sets_are_cut_and_texts_the_table_does_not_name_are_said_so(template: m.Table) -> None:
    row = template.rows[0]
    towns = [f"Commune {i:02}" for i in range(12)]

    def towns_table(*cells: m.Cell) -> m.Table:
        rows = tuple(dataclasses.replace(row, cells=(cell,)) for cell in cells)
        return dataclasses.replace(
            template, inputs=template.inputs[5:], input_texts=("ville",), rows=rows, default=None
        )

    named = towns_table(*(m.Cell("eq", (town,)) for town in towns))
    assert analyse_table(named, bounds_of(named)).gaps == ["ville = un texte que la table ne nomme pas"]
    others = towns_table(m.Cell("not_in", tuple(towns)))
    assert analyse_table(others, bounds_of(others)).gaps == [
        "ville parmi {« Commune 00 », « Commune 01 », « Commune 02 », « Commune 03 », « Commune 04 », "
        "« Commune 05 », « Commune 06 », … et 5 autres}"
    ]
    few = towns_table(m.Cell("eq", ("Aix",)), m.Cell("eq", ("Gap",)))
    assert analyse_table(few, bounds_of(few)).gaps == ["ville hors de {« Aix », « Gap »}"]


def test_gaps_are_worded_by_the_shared_french_renderer(tmp_path: Path) -> None:
    """E307 in the words of `circdsl.french.words`, as on the pages: a unit in the singular or the
    plural, every decimal of a bound (« 0,125 % »), a date as the editor writes it."""
    text = f"""\
    fait ancienneté "Ancienneté" : ans entre 0 et 9
    fait quotité "Quotité" : pourcentage
    fait arrivée "Date d'arrivée" : date
    table jours "Jours libérés"
      selon ancienneté, quotité, arrivée
      donne jours "Jours" : jours
      | 0 an | * | * | 2 jours |
      | >= 2 ans | de 0,125 % à 50 % | >= 01/09/2025 | 1 jour |
      {CITE}
    """
    try:
        Compiler().compile_file(write_project(tmp_path, text))
    except CompileError as error:
        [gaps] = [d.message for d in error.diagnostics if d.code == "E307"]
    else:
        raise AssertionError("E307 attendue")
    assert gaps == (
        "aucune ligne de la table « jours » ne couvre : ancienneté = 1 an ; "
        "ancienneté >= 2 ans et quotité < 0,125 % ou > 50 % ; "
        "ancienneté >= 2 ans et quotité de 0,125 % à 50 % et arrivée < 01/09/2025"
    )


def test_the_search_stops_at_its_bound_and_says_so(template: m.Table) -> None:
    """A bound lowered for the test: the real one (E310) is reached by the example of the catalogue."""
    row = template.rows[0]
    table = dataclasses.replace(
        template,
        inputs=template.inputs[:3],
        input_texts=template.input_texts[:3],
        rows=tuple(
            dataclasses.replace(row, cells=(m.Cell("eq", (motif,)), m.Cell("any", ()), m.Cell("eq", (children,))))
            for motif in ("droit", "autorisation")
            for children in (1, 2, 3)
        ),
        default=None,
    )
    complete = analyse_table(table, bounds_of(table))
    assert complete.incomplete is None and complete.regions_examined > 3
    assert complete.gaps == [
        "motif hors de {À titre exceptionnel} et enfants = 0 ou > 3",
        "motif = À titre exceptionnel",
    ]
    stopped = analyse_table(table, bounds_of(table), max_regions=3)
    assert stopped.incomplete == "l'analyse s'est arrêtée après 3 régions examinées"
    assert stopped.regions_examined == 3
    _, covered, _ = brute_force(table)
    for region in stopped.gap_regions:  # what was found before the bound is still true
        assert not any(region.contains(situation) for situation in covered)


def test_the_bound_grows_with_the_table() -> None:
    assert (MAX_REGIONS, REGIONS_PER_ROW) == (20_000, 4)  # documented in docs/diagnostics.md (E310)
