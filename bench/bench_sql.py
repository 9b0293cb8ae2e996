"""Débit de la décision en SQL (DuckDB) et de « circ lot », comparés au validateur Python.

Usage : .venv/bin/python bench/bench_sql.py [--lignes 1000000] [--campagne 100000]

1. La requête de décision de Paris sur N lignes (DuckDB, un seul fil : SET threads=1),
   statut, règles en défaut, règles indéterminées et faits manquants matérialisés dans
   une table ; à côté, le validateur Python sur un échantillon des mêmes lignes.
2. « circ lot » sur un CSV de M demandes dont 1 % mal formées, moteur duckdb puis python :
   temps total (lecture, vérification, décision, écriture), toutes les lignes présentes,
   mêmes décisions.

Les chiffres sont affichés, jamais vérifiés par un test (la machine est partagée).
"""

from __future__ import annotations

import argparse
import csv
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "bench"), str(ROOT / "generated")]

import duckdb  # noqa: E402
import pyarrow as pa  # noqa: E402
from bench_paris import make_situation  # noqa: E402

from circdsl import batch  # noqa: E402
from circdsl.compiler import Compiler  # noqa: E402
from circdsl.project import load_validator  # noqa: E402
from circdsl.sql import DIALECTS, build_decision_query  # noqa: E402
from tests.situations import campaign_rows  # noqa: E402

PARIS = ROOT / "circulars" / "allegement_paris_2025.circ"
DISTINCT = 100_000  # distinct situations, repeated up to the requested number of rows
PYTHON_SAMPLE = 100_000


def typed_situations(validator: object, count: int) -> list[dict[str, object]]:
    """Realistic Paris situations (bench_paris), validated into typed facts."""
    import random

    rng = random.Random(2025)
    facts = validator.Facts  # type: ignore[attr-defined]
    names = {info.alias or name: name for name, info in facts.model_fields.items()}
    typed = []
    for _ in range(count):
        model = facts.model_validate(make_situation(rng))
        typed.append({alias: getattr(model, name) for alias, name in names.items() if getattr(model, name) is not None})
    return typed


def bench_query(rows: int) -> None:
    circular = Compiler().compile_file(PARIS).circular
    validator = load_validator(circular)
    distinct = min(rows, DISTINCT)
    situations = typed_situations(validator, distinct)
    base = batch.facts_table(circular, situations, list(range(distinct)))
    table = pa.concat_tables(
        [base] * (rows // distinct) + ([base.slice(0, rows % distinct)] if rows % distinct else [])
    )
    query = build_decision_query(circular, "situations", (batch.LINE,)).tree.sql(dialect=DIALECTS["duckdb"])
    connection = duckdb.connect()
    connection.execute("SET threads=1")
    connection.register("arrow_situations", table)
    connection.execute("CREATE TABLE situations AS SELECT * FROM arrow_situations")  # in DuckDB's own format
    best = best_cpu = float("inf")
    for _ in range(3):
        connection.execute("DROP TABLE IF EXISTS decisions")
        started, started_cpu = time.perf_counter(), time.process_time()
        connection.execute(f"CREATE TABLE decisions AS {query}")
        best = min(best, time.perf_counter() - started)
        best_cpu = min(best_cpu, time.process_time() - started_cpu)  # one thread: this process's CPU time
    (count,) = connection.execute("SELECT count(*) FROM decisions").fetchone()  # type: ignore[misc]
    statuses = connection.execute("SELECT statut, count(*) FROM decisions GROUP BY ALL ORDER BY 1").fetchall()
    sample = min(PYTHON_SAMPLE, distinct)
    started, started_cpu = time.perf_counter(), time.process_time()
    for situation in situations[:sample]:
        validator.evaluate(situation)
    python_seconds, python_cpu = time.perf_counter() - started, time.process_time() - started_cpu
    sql_rate, python_rate = count / best, sample / python_seconds
    sql_cpu_rate, python_cpu_rate = count / best_cpu, sample / python_cpu
    print(f"Décision de Paris en SQL (DuckDB, 1 fil), {_n(count)} lignes (dont {_n(distinct)} distinctes)")
    print(f"  statuts : {dict(statuses)}")
    print(f"  DuckDB : {best:.2f} s, {_n(sql_rate)} décisions/s (meilleur de 3, listes matérialisées)")
    print(f"  Python : {_n(python_rate)} décisions/s (validateur généré, échantillon de {_n(sample)} lignes)")
    print(f"  rapport DuckDB / Python : {sql_rate / python_rate:.1f}")
    print(
        f"  en temps processeur (la machine peut être partagée) : DuckDB {_n(sql_cpu_rate)} décisions/s, "
        f"Python {_n(python_cpu_rate)} décisions/s, rapport {sql_cpu_rate / python_cpu_rate:.1f}"
    )


def bench_campaign(rows: int) -> None:
    circular = Compiler().compile_file(PARIS).circular
    header, lines, broken = campaign_rows(circular, rows, malformed=0.01)
    folder = Path(tempfile.mkdtemp(prefix="circ-lot-"))
    source = folder / "demandes.csv"
    with source.open("w", encoding="utf-8", newline="") as stream:
        writer = csv.writer(stream)
        writer.writerow(header)
        writer.writerows(lines)
    validator = load_validator(circular)
    outputs = {}
    print(f"circ lot sur {_n(rows)} demandes dont {_n(len(broken))} mal formées")
    for engine in ("duckdb", "python"):
        target = folder / f"décisions_{engine}.csv"
        started = time.perf_counter()
        report = batch.run_campaign(circular, validator, source, target, engine)
        seconds = time.perf_counter() - started
        with target.open(encoding="utf-8-sig", newline="") as stream:
            outputs[engine] = [
                (r["ligne"], r["statut"], r["règles_non_respectées"], r["faits_manquants"], r["messages"], r["erreurs"])
                for r in csv.DictReader(stream)
            ]
        print(
            f"  moteur {engine} : {seconds:.2f} s, {_n(rows / seconds)} demandes/s ; {_n(report.rows)} lignes écrites, "
            f"{_n(report.statuses.get('invalide', 0))} invalides"
        )
    same = outputs["duckdb"] == outputs["python"]
    print(
        f"  toutes les lignes présentes : {len(outputs['duckdb']) == rows} ; mêmes décisions, messages et erreurs : {same}"
    )


def _n(value: float) -> str:
    """1 234 567: thousands separated by a space."""
    return f"{value:,.0f}".replace(",", " ")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lignes", type=int, default=1_000_000, help="lignes décidées par DuckDB (défaut : 1 000 000)")
    parser.add_argument("--campagne", type=int, default=100_000, help="demandes du CSV de circ lot (défaut : 100 000)")
    arguments = parser.parse_args()
    bench_query(arguments.lignes)
    if arguments.campagne:
        bench_campaign(arguments.campagne)


if __name__ == "__main__":
    main()
