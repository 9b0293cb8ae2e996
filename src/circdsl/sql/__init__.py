"""The SQL backend: a circular compiled into one query over a table of situations,
built as a sqlglot tree and written in the dialect of DuckDB, Spark or PostgreSQL."""

from __future__ import annotations

from circdsl import model as m
from circdsl.sql.decision import DecisionQuery, OutputColumn, build_decision_query
from circdsl.sql.dialects import DIALECTS

__all__ = ["DIALECTS", "DecisionQuery", "OutputColumn", "build_decision_query", "decision_sql"]


def decision_sql(
    circular: m.Circular,
    dialect: str = "duckdb",
    table: str = "situations",
    keys: tuple[str, ...] = (),
    message_values: bool = False,
    pretty: bool = True,
) -> str:
    """The decision query of `circular` as SQL text in `dialect`, preceded by a comment saying
    what it reads, what it gives and what it computes only approximately."""
    query = build_decision_query(circular, table, keys, message_values)
    body = query.tree.sql(dialect=DIALECTS[dialect], pretty=pretty)
    return header(query, dialect, table) + body + ";\n"


def header(query: DecisionQuery, dialect: str, table: str) -> str:
    from circdsl.sql.calendar import FIRST_YEAR, LAST_YEAR

    c = query.circular
    lines = [
        f"Généré par circdsl depuis {c.file} ({dialect}) : décision pour chaque ligne de la table « {table} ».",
        "Une colonne par fait, nommée comme le fait ; NULL signifie inconnu.",
        "Listes : noms séparés par des virgules ; faits_manquants : le plus décisif d'abord.",
    ]
    if query.uses_calendar:
        lines.append(
            f"Jours ouvrés et fériés : calendrier du 01/01/{FIRST_YEAR} au 31/12/{LAST_YEAR} ; "
            "une échéance qui en sort est inconnue (NULL)."
        )
    if query.notes:
        lines.append("Parité approchée avec le validateur Python :")
        lines += [f"  - {note}" for note in query.notes]
    else:
        lines.append("Parité exacte avec le validateur Python pour les nombres d'au plus 6 décimales.")
    return "".join(f"-- {line}\n" for line in lines)
