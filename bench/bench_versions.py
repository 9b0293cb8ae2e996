"""Temps par décision d'un validateur généré, dans deux versions côte à côte, dans le même
processus : celle d'un commit (par défaut `main`, module généré et runtime de ce commit) et
celle de l'arbre de travail (generated/ et src/circdsl/runtime.py).

Usage : .venv/bin/python bench/bench_versions.py [--avant main] [--n 3000]
            [--circulaire poste_adapte_aix_marseille_2025]

Mêmes situations que bench_circulars.py (tests/strategies.py, graine 16), gardées si les deux
versions les acceptent et décident pareil (statut, constats, faits manquants, pièces). Temps
CPU du processus, passages alternés (avant, après, avant, …) ; minimum et médiane des
passages, en µs par décision, pour `evaluate` et `evaluate_status`, et le rapport
après / avant. Les chiffres sont affichés, jamais vérifiés par un test.
"""

from __future__ import annotations

import argparse
import itertools
import statistics
import subprocess
import sys
import time
import types
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "generated")]

import circdsl  # noqa: E402
from circdsl.compiler import Compiler  # noqa: E402
from circdsl.project import load_validator  # noqa: E402
from tests.strategies import plan_for, sample  # noqa: E402

SEED = 16
RUNS = 7


def git_show(revision: str, path: str) -> str:
    return subprocess.run(
        ["git", "show", f"{revision}:{path}"], cwd=ROOT, check=True, capture_output=True, text=True
    ).stdout


def module_at(revision: str, circular: str) -> types.ModuleType:
    """The validator of `revision`, bound to the runtime of `revision` (loaded under another name)."""
    tag = "".join(c if c.isalnum() else "_" for c in revision)
    runtime = _load(f"circdsl_runtime_{tag}", git_show(revision, "src/circdsl/runtime.py"), revision)
    saved = sys.modules["circdsl.runtime"]
    sys.modules["circdsl.runtime"] = circdsl.runtime = runtime  # what `from circdsl import runtime` finds
    try:
        source = git_show(revision, f"generated/circulaires/{circular}.py")
        return _load(f"circulaire_{circular}_{tag}", source, revision)
    finally:
        sys.modules["circdsl.runtime"] = circdsl.runtime = saved


def _load(name: str, source: str, revision: str) -> types.ModuleType:
    module = types.ModuleType(name)
    sys.modules[name] = module  # pydantic and dataclasses look the module up by name
    exec(compile(source, f"{revision}:{name}", "exec"), module.__dict__)
    return module


def one_pass(function: Callable[[Any], Any], situations: list[dict[str, Any]]) -> float:
    start = time.process_time()
    for situation in situations:
        function(situation)
    return time.process_time() - start


def same_decision(before: Any, after: Any) -> bool:
    return bool(
        before.status.value == after.status.value
        and [(f.rule.name, f.outcome.value, f.message) for f in before.findings]
        == [(f.rule.name, f.outcome.value, f.message) for f in after.findings]
        and [f.name for f in before.missing_facts] == [f.name for f in after.missing_facts]
        and [(i.document, i.status) for i in before.checklist] == [(i.document, i.status) for i in after.checklist]
    )


def same_substance(before: Any, after: Any) -> bool:
    """Same status and rule outcomes (an old commit may word messages otherwise, list the pieces
    in another order, or compute the missing facts by older rules)."""
    return bool(
        before.status.value == after.status.value
        and [(f.rule.name, f.outcome.value) for f in before.findings]
        == [(f.rule.name, f.outcome.value) for f in after.findings]
    )


def accepted(
    before: types.ModuleType, after: types.ModuleType, drawn: list[dict[str, Any]], loose: bool
) -> list[dict[str, Any]]:
    kept = []
    differing = 0
    for situation in drawn:
        try:
            old, new = before.evaluate(situation), after.evaluate(situation)
        except Exception:  # refused by one version (both raise their own SituationError)
            continue
        if not same_decision(old, new):
            if not (loose and same_substance(old, new)):
                raise SystemExit(f"les deux versions décident autrement pour {situation}")
            differing += 1
        kept.append(situation)
    if differing:
        print(
            f"{differing} situation(s) : mêmes statuts et issues des règles, mais messages, ordre des pièces ou faits manquants différents"
        )
    return kept


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--avant", default="main", help="commit de référence (défaut : main)")
    parser.add_argument("--n", type=int, default=3000, help="situations tirées (défaut : 3000)")
    parser.add_argument("--circulaire", default="poste_adapte_aix_marseille_2025", help="nom de la circulaire")
    parser.add_argument(
        "--souple",
        action="store_true",
        help="accepter des messages ou un ordre des pièces différents (commit ancien, circulaire retouchée)",
    )
    arguments = parser.parse_args(argv)
    circular = Compiler(root=ROOT).compile_file(ROOT / "circulars" / f"{arguments.circulaire}.circ").circular
    after = load_validator(circular)
    before = module_at(arguments.avant, arguments.circulaire)
    drawn = list(itertools.islice(sample(plan_for(circular), SEED, arguments.n), arguments.n))
    situations = accepted(before, after, drawn, arguments.souple)
    if not situations:
        raise SystemExit("aucune situation acceptée")
    print(
        f"{circular.name} : {len(situations)} situations acceptées par les deux, {RUNS} passages alternés, "
        f"µs CPU par décision ; avant = {arguments.avant}, après = arbre de travail"
    )
    print(f"  {'':<16} {'avant min':>10} {'médiane':>8} {'après min':>10} {'médiane':>8} {'après/avant':>12}")
    for entry in ("evaluate", "evaluate_status"):
        if not hasattr(before, entry):
            print(f"  {entry:<16} absent de {arguments.avant}")
            continue
        functions = (getattr(before, entry), getattr(after, entry))
        passes: tuple[list[float], list[float]] = ([], [])
        for _ in range(RUNS):
            for index, function in enumerate(functions):
                passes[index].append(one_pass(function, situations) * 1e6 / len(situations))
        (old_min, new_min), (old_median, new_median) = map(min, passes), map(statistics.median, passes)
        line = (
            f"  {entry:<16} {old_min:10.1f} {old_median:8.1f} {new_min:10.1f} {new_median:8.1f} "
            f"{new_min / old_min:12.2f}"
        )
        print(line.replace(".", ","))


if __name__ == "__main__":
    main()
