"""Temps par décision de chaque validateur généré : `evaluate` (la décision complète) et
`evaluate_status` (statut et règles en défaut seulement), sur les mêmes situations.

Usage : .venv/bin/python bench/bench_circulars.py [--n 3000]

Les situations sont tirées comme celles du test différentiel (tests/strategies.py : types,
bornes, constantes ±1, inconnus) ; celles qu'un validateur refuse (SituationError) sont
écartées. Temps CPU du processus (la machine est partagée), meilleur de RUNS passages
alternés. Les chiffres sont affichés, jamais vérifiés par un test. DuckDB par ligne :
bench/bench_sql.py (Paris, un million de lignes).
"""

from __future__ import annotations

import argparse
import itertools
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "generated")]

from circdsl import runtime as rt  # noqa: E402
from circdsl.compiler import Compiler, find_circulars, is_vocabulary  # noqa: E402
from circdsl.project import load_validator  # noqa: E402
from tests.strategies import plan_for, sample  # noqa: E402

SEED = 16
RUNS = 3


def one_pass(function: Callable[[Any], Any], situations: list[dict[str, Any]]) -> float:
    start = time.process_time()
    for situation in situations:
        function(situation)
    return time.process_time() - start


def best_times(functions: list[Callable[[Any], Any]], situations: list[dict[str, Any]]) -> list[float]:
    best = [float("inf")] * len(functions)
    for _ in range(RUNS):
        for index, function in enumerate(functions):
            best[index] = min(best[index], one_pass(function, situations))
    return best


def accepted(module: Any, drawn: list[dict[str, Any]]) -> list[dict[str, Any]]:
    kept = []
    for situation in drawn:
        try:
            module.evaluate(situation)
        except rt.SituationError:
            continue
        kept.append(situation)
    return kept


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description="Temps par décision de chaque validateur généré.")
    parser.add_argument("--n", type=int, default=3000, help="situations tirées par circulaire (défaut : 3000)")
    count = parser.parse_args(argv).n
    if count < 1:
        parser.error("--n doit être au moins 1")
    compiler = Compiler(root=ROOT)
    paths = [p for p in find_circulars([ROOT / "circulars"]) if not is_vocabulary(p)]
    print(f"Temps CPU par décision (µs), meilleur de {RUNS} passages, {count} situations tirées par circulaire :")
    print(f"  {'circulaire':<40} {'evaluate':>9} {'statut seul':>12} {'ratio':>6}")
    for path in paths:
        circular = compiler.compile_file(path).circular
        module = load_validator(circular)
        situations = accepted(module, list(itertools.islice(sample(plan_for(circular), SEED, count), count)))
        if not situations:
            print(f"  {circular.name:<40} (aucune situation acceptée)")
            continue
        full, status = best_times([module.evaluate, module.evaluate_status], situations)
        per_full, per_status = full * 1e6 / len(situations), status * 1e6 / len(situations)
        line = f"  {circular.name:<40} {per_full:9.1f} {per_status:12.1f} {per_status / per_full:6.2f}"
        print(line.replace(".", ","))


if __name__ == "__main__":
    main()
