"""Decision tables: inputs, output columns, rows and cells, then the proof that no
combination is forgotten (E307) and that no two rows contradict each other (E308)."""

from __future__ import annotations

from typing import cast

from circdsl import model as m
from circdsl import nodes as n
from circdsl.check import clauses
from circdsl.check.context import Context
from circdsl.check.facts import fact_type
from circdsl.check.literals import INVALID, literal
from circdsl.check.routing import recipients
from circdsl.french import words as french_words
from circdsl.table_analysis import analyse_table
from circdsl.words import CellKind, Kind

_INPUT_KINDS = (Kind.CHOICE, Kind.BOOLEAN, Kind.NUMBER, Kind.TEXT, Kind.DATE)


def check_table(ctx: Context, decl: n.TableDecl) -> m.Table | None:
    """The checked table, also added to the scope; None if it has errors of its own."""
    scope = ctx.scope
    owner = f"la table « {decl.name.text} »"
    errors_before = len(scope.sink.items)
    selon = clauses.of_kind(decl.clauses, "selon")
    for extra in selon:
        scope.error(
            "E302",
            extra.span,
            f"la clause « selon » apparaît deux fois dans {owner}",
            "listez toutes les entrées dans un seul « selon a, b »",
        )
    inputs = [_input(ctx, name) for name in decl.inputs]
    columns = _columns(ctx, decl)
    if not decl.inputs or not decl.outputs:
        missing = (
            "« selon <fait>, … » (les entrées)" if not decl.inputs else '« donne nom "libellé" : type » (les résultats)'
        )
        scope.error(
            "E309",
            decl.name.span,
            f"{owner} n'a pas de clause {missing}",
            "une table lit des entrées et donne au moins un résultat",
        )
    citations = ctx.citations.of(decl.clauses, decl.span, owner=owner)
    rows, default = _rows(ctx, decl, inputs, columns)
    if len(scope.sink.items) > errors_before or None in inputs or None in columns:
        scope.broken_tables.add(decl.name.text)  # its own errors are reported; its uses are not
        return None
    table = m.Table(
        name=decl.name.text,
        label=decl.label.value,
        inputs=tuple(i for i in inputs if i is not None),
        input_texts=tuple(name.text for name in decl.inputs),
        columns=tuple(c for c in columns if c is not None),
        rows=tuple(rows),
        default=default,
        citations=citations,
        span=scope.here(decl.span),
        name_span=scope.here(decl.name.span),
    )
    _report_analysis(ctx, table)
    scope.tables.setdefault(table.name, table)
    return table


def _input(ctx: Context, name: n.Name) -> m.Expr | None:
    expr = ctx.exprs.expr(n.Ref(name.span, name))
    if expr is not None and expr.type.kind not in _INPUT_KINDS:
        ctx.scope.error(
            "E202",
            name.span,
            f"une table ne lit pas {expr.type.describe()}",
            "une entrée de table est un choix, un booléen, un nombre, un texte ou une date",
        )
        return None
    return expr


def _columns(ctx: Context, decl: n.TableDecl) -> list[m.TableColumn | None]:
    columns: list[m.TableColumn | None] = []
    seen: dict[str, n.Name] = {}
    for output in decl.outputs:
        twice = f"la colonne « {output.name.text} » est déclarée deux fois"
        if not ctx.scope.first_time(output.name, seen, twice, "donnez un nom différent à chaque colonne"):
            columns.append(None)
            continue
        type_ = m.SERVICE if output.type is None else fact_type(ctx, output.type)
        if type_.kind is Kind.CHOICES:
            ctx.scope.error("E202", output.span, "une colonne de table donne une seule valeur, pas des choix multiples")
            columns.append(None)
            continue
        span = ctx.scope.here(output.span)
        columns.append(m.TableColumn(name=output.name.text, label=output.label.value, type=type_, span=span))
    return columns


def _rows(
    ctx: Context, decl: n.TableDecl, inputs: list[m.Expr | None], columns: list[m.TableColumn | None]
) -> tuple[list[m.TableRow], m.TableRow | None]:
    rows: list[m.TableRow] = []
    default: m.TableRow | None = None
    for row in decl.rows:
        expected = len(columns) + (0 if row.default else len(inputs))
        if len(row.cells) != expected:
            _row_width_error(ctx, decl, row, len(inputs))
            continue
        if row.default and default is not None:
            ctx.scope.error(
                "E302",
                row.span,
                "la table a deux lignes « sinon »",
                "gardez-en une seule, en dernier",
                [(default.span, "première ligne « sinon » ici")],
            )
            continue
        input_cells = () if row.default else row.cells[: len(inputs)]
        cells = [] if row.default else [_input_cell(ctx, c, t) for c, t in zip(input_cells, inputs, strict=True)]
        outputs = [
            _output_cell(ctx, cell, column) for cell, column in zip(row.cells[len(input_cells) :], columns, strict=True)
        ]
        if None in cells or any(o is INVALID for o in outputs):
            continue
        built = m.TableRow(
            cells=tuple(c for c in cells if c is not None), outputs=tuple(outputs), span=ctx.scope.here(row.span)
        )
        if row.default:
            default = built
        else:
            rows.append(built)
    return rows, default


def _row_width_error(ctx: Context, decl: n.TableDecl, row: n.TableRow, inputs: int) -> None:
    names = [i.text for i in decl.inputs] + [o.name.text for o in decl.outputs]
    if row.default:
        names = names[inputs:]
    ctx.scope.error(
        "E306",
        row.span,
        f"cette ligne a {len(row.cells)} cellule(s), la table en attend {len(names)} : {' | '.join(names)}",
        "écrivez une cellule par entrée puis une par résultat, séparées par « | » ; « * » accepte toute valeur"
        + ("" if row.default else ", « néant » laisse un résultat vide"),
    )


def _input_cell(ctx: Context, cell: n.Cell, typed: m.Expr | None) -> m.Cell | None:
    if typed is None:
        return None
    if cell.kind == "any":
        return m.Cell(CellKind.ANY, ())
    if cell.kind == "none":
        ctx.scope.error(
            "E202",
            cell.span,
            "« néant » laisse un résultat vide ; pour accepter toute valeur d'une entrée, écrivez « * »",
        )
        return None
    kind = CellKind(cell.kind)
    if kind in (CellKind.IN, CellKind.NOT_IN):
        items = ctx.exprs.set_items(cast(tuple[n.Expr, ...], cell.values), typed)
        return None if items is None else m.Cell(kind, items)
    name = _input_name(typed)
    values = [literal(ctx.scope, name, typed.type, cast(n.CaseValue, v)) for v in cell.values]
    if INVALID in values:
        return None
    if kind in (CellKind.COMPARE, CellKind.RANGE) and typed.type.kind not in (Kind.NUMBER, Kind.DATE):
        ctx.scope.error(
            "E202",
            cell.span,
            f"on ne compare pas par ordre {typed.type.describe()}",
            "écrivez la valeur exacte, ou un ensemble {a, b}",
        )
        return None
    if kind is CellKind.RANGE and values[0] > values[1]:  # type: ignore[operator]
        ctx.scope.error(
            "E602",
            cell.span,
            "intervalle inversé : la première borne est plus grande que la seconde",
            "écrivez « de <min> à <max> »",
        )
        return None
    return m.Cell(kind, tuple(values), cell.op)


def _input_name(expr: m.Expr) -> str:
    """How messages about a cell name its input."""
    if isinstance(expr, m.FactRef):
        return expr.fact.name
    return expr.value.name if isinstance(expr, m.ValueRef) else "entrée"


def _output_cell(ctx: Context, cell: n.Cell, column: m.TableColumn | None) -> object:
    if column is None:
        return INVALID
    if cell.kind == "none":
        return None
    if cell.kind != "eq":
        ctx.scope.error(
            "E202",
            cell.span,
            f"la colonne « {column.name} » attend une valeur, pas un motif",
            "écrivez une valeur, ou « néant » pour laisser le résultat vide",
        )
        return INVALID
    value = cast(n.CaseValue, cell.values[0])
    if column.type.kind is Kind.SERVICE:
        return _service_value(ctx, value)
    return literal(ctx.scope, column.name, column.type, value)


def _service_value(ctx: Context, value: n.CaseValue) -> object:
    if value.kind == "choice":
        found = recipients(ctx, (cast(n.Name, value.value),))
        return found[0] if found else INVALID
    ctx.scope.error("E202", value.span, "cette colonne donne un service : écrivez le nom d'un service déclaré")
    return INVALID


def _report_analysis(ctx: Context, table: m.Table) -> None:
    bounds = [(i.fact.low, i.fact.high) if isinstance(i, m.FactRef) else (None, None) for i in table.inputs]
    analysis = analyse_table(table, bounds)
    shown = " ; ".join(analysis.gaps[:3])
    more = f" (et {french_words.count(len(analysis.gaps) - 3, 'autre')})" if len(analysis.gaps) > 3 else ""
    if analysis.incomplete is not None:  # the search stopped at its bound: say so, with the gaps found so far
        found = f" ; cas non couverts déjà trouvés : {shown}{more}" if analysis.gaps else ""
        ctx.scope.error(
            "E310",
            table.name_span,
            f"table trop complexe pour être vérifiée entièrement : {analysis.incomplete}{found}",
            ("" if table.default else "ajoutez une ligne « sinon | … | » pour les cas restants, ou ")
            + "découpez la table en tables plus petites",
        )
    elif analysis.gaps:
        ctx.scope.error(
            "E307",
            table.name_span,
            f"aucune ligne de la table « {table.name} » ne couvre : {shown}{more}",
            "ajoutez une ligne pour ce cas, ou une ligne « sinon | … | » qui donne le résultat de tous les cas restants",
        )
    rows_by_line = {row.line: row for row in table.rows}
    for index, (first, second, where) in enumerate(analysis.overlaps):
        row, other = rows_by_line.get(second), rows_by_line.get(first)
        last = index == len(analysis.overlaps) - 1
        others = (
            f" (et {french_words.count(analysis.overlaps_omitted, 'autre paire', 'autres paires')} de lignes qui se chevauchent)"
            if last and analysis.overlaps_omitted
            else ""
        )
        ctx.scope.error(
            "E308",
            row.span if row else table.name_span,
            f"cette ligne et celle de la ligne {first} s'appliquent toutes deux quand {where}, "
            f"avec des résultats différents{others}",
            "rendez les lignes exclusives (par exemple avec « < » et « >= », ou des ensembles sans valeur commune)",
            [(other.span, "l'autre ligne ici")] if other else [],
        )
