"""Fuzz the generated validators with hostile situations, longer than CI does, and print figures.

    .venv/bin/python fuzz/fuzz_situations.py --exemples 10000 [--graine 1]

For each validator of generated/circulaires (and a test circular with every kind of fact),
draws `--exemples` hostile situations (each must give a decision or a French SituationError,
nothing else) and as many comparisons of a value with its string form (each must give the
same outcome), then prints the counts. An unexpected exception stops the run with its seed
and index; differences are listed (there should be none).
"""

from __future__ import annotations

import argparse
import importlib
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "generated"))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import circulaires
from circdsl.compiler import Compiler
from circdsl.diagnostics import CompileError, render_all
from circdsl.project import load_validator
from fuzz.situations import Tally, run_campaign

# Every kind of fact, unbounded numbers: the validators of generated/ do not declare them all.
EVERY_KIND = """\
circulaire essai "Essai"
  année scolaire 2025-2026
  source "sources/essai.txt"

fait montant "Montant" : euros
fait taux "Taux" : pourcentage
fait effectif "Effectif" : entier
fait durée "Durée" : mois
fait dépôt_le "Dépôt" : date
fait motifs "Motifs" : choix multiples (santé, famille)
fait statut "Statut" : choix (titulaire, stagiaire)
fait urgent "Urgent" : booléen
fait commentaire "Commentaire" : texte
valeur part "Part" = montant / effectif arrondi au centime
règle plafond bloquante "Plafond"
  exige part <= 1000 € et durée >= 1 mois et taux <= 50 %
  message "Part {part}, {commentaire}, {statut}, {motifs}, {dépôt_le}."
  cite "Le plafond est fixé."
règle urgence avertissement "Urgence"
  exige non urgent
  message "Urgent."
  cite "Le plafond est fixé."
"""


def every_kind_validator() -> object:
    folder = Path(tempfile.mkdtemp(prefix="circ-fuzz-situations-"))
    (folder / "sources").mkdir()
    (folder / "sources" / "essai.txt").write_text("Le plafond est fixé.\n", encoding="utf-8")
    path = folder / "essai.circ"
    path.write_text(EVERY_KIND, encoding="utf-8")
    try:
        return load_validator(Compiler().compile_file(path).circular)
    except CompileError as error:
        raise SystemExit(render_all(error.diagnostics)) from None


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--exemples", type=int, default=10_000, help="situations par validateur (défaut : 10 000)")
    parser.add_argument("--graine", type=int, default=1, help="graine du générateur (défaut : 1)")
    arguments = parser.parse_args()
    validators = {name: importlib.import_module(f"circulaires.{name}") for name in sorted(circulaires.MODULES)}
    validators["(tous les genres de faits)"] = every_kind_validator()
    total, differences = Tally(), []
    for index, (name, module) in enumerate(validators.items()):
        tally = Tally()
        start = time.perf_counter()
        run_campaign(module, arguments.exemples, arguments.graine * 1000 + index, tally, differences.append)  # type: ignore[arg-type]
        elapsed = time.perf_counter() - start
        statuses = ", ".join(f"{status} {count}" for status, count in sorted(tally.statuses.items()))
        print(
            f"{name} : {tally.decisions + tally.refused} situations hostiles en {elapsed:.1f} s — "
            f"{tally.decisions} décisions ({statuses}), {tally.refused} refusées en français ; "
            f"{tally.compared} comparaisons valeur/texte (dont {tally.compared_decisions} décisions), "
            f"{tally.differences} différence(s)"
        )
        for field in ("decisions", "refused", "compared", "compared_decisions", "differences"):
            setattr(total, field, getattr(total, field) + getattr(tally, field))
    print(
        f"Total : {total.decisions + total.refused} situations ({len(validators)} validateurs), "
        f"0 exception inattendue ; {total.compared} comparaisons valeur/texte "
        f"(dont {total.compared_decisions} décisions), {total.differences} différence(s)."
    )
    for difference in differences[:20]:
        print(f"  différence : {difference}")
    if differences:
        sys.exit(1)


if __name__ == "__main__":
    main()
