"""Débit du validateur généré pour la circulaire Paris 2025 (allègement de service),
comparé à une version écrite à la main en Python simple (baseline_paris.py).

Usage : .venv/bin/python bench/bench_paris.py [--n 100000]
"""

from __future__ import annotations

import argparse
import datetime
import random
import sys
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "generated"))

from baseline_paris import STATUSES, decide

from circulaires.allegement_paris_2025 import Facts, evaluate, evaluate_status

SEED = 2025
CHECKED = 2_000  # situations compared between the two implementations before timing
RUNS = 3  # best of
DEADLINE = datetime.date(2025, 1, 13)

# ---------------------------------------------------------------- situations


def _filing_date(rng: random.Random) -> str:
    """A filing date around the deadline (about 20 % late), ISO or French (dd/mm/yyyy)."""
    if rng.random() < 0.8:
        day = DEADLINE - datetime.timedelta(days=rng.randint(0, 45))
    else:
        day = DEADLINE + datetime.timedelta(days=rng.randint(1, 30))
    return day.strftime("%d/%m/%Y") if rng.random() < 0.25 else day.isoformat()


def make_situation(rng: random.Random) -> dict[str, Any]:
    """One valid situation; about 15 % of them lack one to four facts."""
    function = rng.choices(["enseignement", "éducation", "orientation", "administratif"], [75, 10, 7, 8])[0]
    situation: dict[str, Any] = {
        "agent.statut": rng.choices(["titulaire", "stagiaire", "contractuel"], [85, 8, 7])[0],
        "agent.fonction": function,
    }
    level = rng.choice(["premier", "second"]) if function == "enseignement" else None
    if level is not None or rng.random() < 0.2:
        situation["agent.degré"] = level or rng.choice(["premier", "second"])

    if level == "premier":
        situation["agent.ors_demi_journées"] = rng.choice([8, 9])
        # Mostly within the third (2 or 3), sometimes above it or fractional.
        situation["allègement_demi_journées"] = rng.choices([1, 2, 3, 4, 1.5, 2.5], [15, 40, 25, 8, 6, 6])[0]
        if rng.random() < 0.3:
            situation["agent.ors_heures"] = 24
    else:
        ors = rng.randint(15, 20) if level == "second" else rng.choice([27, 35, 36])
        situation["agent.ors_heures"] = ors
        whole = rng.randint(1, ors // 3 + 2)  # up to two hours above the third
        situation["allègement_heures"] = whole - 0.5 if rng.random() < 0.12 else whole

    situation["agent.rqth"] = rng.random() < 0.3
    situation["agent.temps_partiel_thérapeutique"] = rng.random() < 0.05
    situation["agent.fonctions_direction"] = rng.random() < (0.1 if level == "premier" else 0.03)
    situation["agent.heures_supplémentaires"] = rng.random() < (0.08 if level == "second" else 0.02)
    situation["agent.mission_particulière"] = rng.random() < 0.06

    filed = _filing_date(rng)
    situation["demande.date_dépôt"] = filed
    late = (
        datetime.date.fromisoformat(filed) if "-" in filed else datetime.datetime.strptime(filed, "%d/%m/%Y").date()
    ) > DEADLINE
    if late or rng.random() < 0.1:
        situation["situation_exceptionnelle_médicale"] = late and rng.random() < 0.5

    if rng.random() < 0.15:  # unknown facts: the decision may become incomplete
        for name in rng.sample(sorted(situation), rng.randint(1, min(4, len(situation)))):
            del situation[name]
    return situation


def make_situations(count: int) -> list[dict[str, Any]]:
    rng = random.Random(SEED)
    return [make_situation(rng) for _ in range(count)]


# ---------------------------------------------------------------- comparison and timing


def _generated_view(situation: dict[str, Any]) -> tuple[Any, ...]:
    decision = evaluate(situation)
    return (
        decision.status.value,
        [(f.rule.name, f.outcome.value, f.severity, f.message, f.missing) for f in decision.findings],
        [(m.name, m.rules) for m in decision.missing_facts],
        [(c.document, c.status) for c in decision.checklist],
    )


def _baseline_view(situation: dict[str, Any]) -> tuple[Any, ...]:
    result = decide(situation)
    return (
        result["status"],
        [(f["rule"], f["outcome"], f["severity"], f["message"], f["missing"]) for f in result["findings"]],
        [(m["name"], tuple(m["rules"])) for m in result["missing_facts"]],
        [(c["document"], c["status"]) for c in result["checklist"]],
    )


def compare(situations: list[dict[str, Any]]) -> tuple[int, int]:
    """(status disagreements, detail disagreements: findings, messages, missing facts, checklist)."""
    status_diff = detail_diff = 0
    for situation in situations:
        generated, baseline = _generated_view(situation), _baseline_view(situation)
        if generated[0] != baseline[0]:
            status_diff += 1
            if status_diff == 1:
                print(f"  premier désaccord de statut : {generated[0]} ≠ {baseline[0]} pour {situation}")
        if generated[1:] != baseline[1:]:
            detail_diff += 1
            if detail_diff == 1:
                print(
                    f"  première différence de détail, pour {situation} :", *generated[1:], *baseline[1:], sep="\n    "
                )
    return status_diff, detail_diff


def one_pass(function: Callable[[dict[str, Any]], Any], situations: list[dict[str, Any]]) -> float:
    """CPU time of the process, in seconds, of one pass over the whole list (the machine is shared:
    wall time counts the other processes' turns too)."""
    start = time.process_time()
    for situation in situations:
        function(situation)
    return time.process_time() - start


def best_times(functions: list[Callable[[dict[str, Any]], Any]], situations: list[dict[str, Any]]) -> list[float]:
    """Best of RUNS passes for each function; passes are interleaved so a change of machine load hits all alike."""
    best = [float("inf")] * len(functions)
    for _ in range(RUNS):
        for index, function in enumerate(functions):
            best[index] = min(best[index], one_pass(function, situations))
    return best


def french(text: str) -> str:
    """1,234.5 -> 1 234,5 (narrow no-break space between thousands, decimal comma)."""
    return text.replace(",", "\u202f").replace(".", ",")


def _rate(count: int, seconds: float) -> str:
    return french(f"{count / seconds:>12,.0f} décisions/s  ({seconds * 1e6 / count:6.1f} µs par situation)")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description="Débit du validateur Paris 2025 face à une version écrite à la main.")
    parser.add_argument("--n", type=int, default=100_000, help="nombre de situations (défaut : 100000)")
    count = parser.parse_args(argv).n
    if count < 1:
        parser.error("--n doit être au moins 1")

    situations = make_situations(count)
    french_dates = sum("/" in s.get("demande.date_dépôt", "") for s in situations)
    print(french(f"Situations : {count:,} (dont {100 * french_dates / count:.0f} % de dates JJ/MM/AAAA)"))

    checked = situations[:CHECKED]
    status_diff, detail_diff = compare(checked)
    print(
        f"Contrôle sur {len(checked)} situations : {status_diff} désaccord(s) de statut, "
        f"{detail_diff} différence(s) de détail (constats, messages, faits manquants, pièces)"
    )

    statuses = Counter(evaluate(s).status.value for s in situations)
    print("Répartition des statuts (validateur généré) :")
    for status in STATUSES:
        print(french(f"  {status:<25} {statuses[status]:>8,} ({100 * statuses[status] / count:5.1f} %)"))

    functions = [evaluate, decide, evaluate_status, Facts.model_validate]
    generated, baseline, status_only, validation = best_times(functions, situations)
    print(f"Meilleur de {RUNS} passages (alternés), un seul cœur, temps CPU :")
    print(f"  validateur généré (evaluate)    {_rate(count, generated)}")
    print(f"  version écrite à la main        {_rate(count, baseline)}")
    print(french(f"  ratio temps généré / main       {generated / baseline:12.2f}"))
    print(f"  statut seul (evaluate_status)   {_rate(count, status_only)}")
    print(f"  pour information, validation pydantic seule (Facts.model_validate) {_rate(count, validation)}")


if __name__ == "__main__":
    main()
