"""Réactivité du serveur de langage (`circ lsp`) sur la circulaire de Paris : le temps de
revérifier un fichier après une modification, dans le processus et au travers d'une vraie
session LSP sur l'entrée et la sortie standard, et le temps des requêtes de l'éditeur.

Usage : .venv/bin/python bench/bench_lsp.py [--modifications 40] [--fichier circulars/x.circ]

1. Dans le processus (`circdsl.lsp.files.Files`, ce que le serveur exécute) : N modifications
   successives du texte non enregistré (un chiffre d'une règle change à chaque fois), chacune
   analysée — analyse syntaxique, vérification, analyses statiques, index des noms — avec
   `commun.circ` et le texte source réutilisés ; à côté, la même compilation sans rien
   réutiliser (un `Compiler` neuf à chaque fois, qui recompile `commun.circ`).
2. Au travers d'une session stdio (`circ lsp` lancé comme par un éditeur) : pour chaque
   modification (une pause entre deux), le temps entre l'envoi de `didChange` et la réception
   des diagnostics de cette version, échanges JSON compris ; puis dix modifications envoyées
   d'affilée : elles sont regroupées (une vérification en cours ou attendue fait patienter la
   suivante DEBOUNCE_SECONDS) et seule la dernière est publiée.
3. Les requêtes, fichier ouvert et analysé : survol, complétion après « agent. », aller à la
   définition, références d'un fait de `commun.circ` (la première fois tous les fichiers du
   dossier sont analysés, ensuite ils sont réutilisés).

Les chiffres sont des médianes et des 90e centiles en millisecondes (`time.perf_counter`) ;
ils dépendent de la machine et de sa charge. Aucun test ne dépend de ces temps.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import re
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from circdsl.compiler import Compiler  # noqa: E402
from circdsl.diagnostics import CompileError  # noqa: E402
from circdsl.lsp import completion, hover, navigation  # noqa: E402
from circdsl.lsp.files import Files  # noqa: E402
from circdsl.lsp.positions import uri_of  # noqa: E402
from circdsl.lsp.server import DEBOUNCE_SECONDS  # noqa: E402
from circdsl.source import SourceFile  # noqa: E402
from tests.lsp_session import Session, position_of  # noqa: E402

PARIS = ROOT / "circulars" / "allegement_paris_2025.circ"


def edits(text: str, count: int) -> list[str]:
    """`count` versions of the text, each with one number changed (as typed) on a line without a text
    between quotes: a quantity of an example case or of a condition (never a date)."""
    numbers = [
        m
        for m in re.finditer(r"(?<![\w/.,-])\d+(?![\w/.,-])", text)
        if '"' not in text[text.rfind("\n", 0, m.start()) : text.find("\n", m.end())]
    ]
    versions = []
    for index in range(count):
        match = numbers[index % len(numbers)]
        value = str(int(match.group()) + 1 + index)
        versions.append(text[: match.start()] + value + text[match.end() :])
    return versions


def figures(samples: list[float]) -> str:
    ordered = sorted(samples)
    p90 = ordered[min(len(ordered) - 1, round(0.9 * (len(ordered) - 1)))]
    return f"médiane {1000 * statistics.median(ordered):6.1f} ms   90e centile {1000 * p90:6.1f} ms   max {1000 * ordered[-1]:6.1f} ms"


def timed(action: Callable[[], object]) -> float:
    start = time.perf_counter()
    action()
    return time.perf_counter() - start


def in_process(path: Path, versions: list[str]) -> None:
    files = Files()
    uri = uri_of(path)
    files.open(uri, path.read_text(encoding="utf-8"), 0)
    first = timed(lambda: files.analysis(uri))
    samples = []
    for number, text in enumerate(versions, start=1):
        files.open(uri, text, number)
        samples.append(timed(lambda: files.analysis(uri)))
    print(f"  première analyse (commun.circ et texte source lus) : {1000 * first:6.1f} ms")
    print(f"  après une modification ({len(versions)} fois)       : {figures(samples)}")

    def fresh(text: str) -> None:
        with contextlib.suppress(CompileError):  # a compilation, errors or not
            Compiler(root=path.parent).compile_source(SourceFile(path.name, text), path.parent)

    cold = [timed(lambda text=text: fresh(text)) for text in versions[:10]]
    print(f"  sans rien réutiliser (Compiler neuf, 10 fois)       : {figures(cold)}")


def session(path: Path, versions: list[str]) -> None:
    client = Session(ROOT)
    uri = uri_of(path)
    try:
        client.open(uri, path.read_text(encoding="utf-8"))
        client.diagnostics(uri)
        samples = []
        for text in versions:
            start = time.perf_counter()
            client.change(uri, text)
            client.diagnostics(uri)
            samples.append(time.perf_counter() - start)
            time.sleep(0.15)  # a pause between edits: each one is checked on its own
        print(f"  didChange → diagnostics ({len(versions)} fois)          : {figures(samples)}")
        burst_start = time.perf_counter()
        for text in versions[:10]:  # ten keystrokes sent at once: checked once, for the last
            client.change(uri, text)
        client.diagnostics(uri)
        burst = time.perf_counter() - burst_start
        checked = sum(1 for p in client.published[uri] if p.version is not None and p.version > len(versions) + 1)
        print(
            f"  10 modifications d'affilée → diagnostics de la dernière : {1000 * burst:6.1f} ms ({checked} publication(s))"
        )
    finally:
        client.stop()


def requests(path: Path) -> None:
    files = Files()
    uri = uri_of(path)
    text = path.read_text(encoding="utf-8")
    files.open(uri, text, 1)
    analysis = files.analysis(uri)
    assert analysis is not None
    fact = position_of(text, "agent.statut = titulaire", 2)
    typed = text.replace("exige agent.statut = titulaire", "exige agent.", 1)
    files.open(uri, typed, 2)
    typed_analysis = files.analysis(uri)
    assert typed_analysis is not None
    after_dot = position_of(typed, "exige agent.", len("exige agent."))
    files.open(uri, text, 3)
    analysis = files.analysis(uri)
    assert analysis is not None
    print(
        f"  survol                  : {figures([timed(lambda: hover.hover(files, analysis, fact)) for _ in range(20)])}"
    )
    print(
        f"  complétion « agent. »   : {figures([timed(lambda: completion.complete(files, typed_analysis, after_dot)) for _ in range(20)])}"
    )
    print(
        f"  définition              : {figures([timed(lambda: navigation.definition(files, analysis, fact)) for _ in range(20)])}"
    )
    first = timed(lambda: navigation.references(files, analysis, fact, True))
    found = navigation.references(files, analysis, fact, True)
    again = [timed(lambda: navigation.references(files, analysis, fact, True)) for _ in range(5)]
    print(f"  références, première fois (tout le dossier analysé) : {1000 * first:6.1f} ms ({len(found)} endroits)")
    print(f"  références, ensuite     : {figures(again)}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--modifications", type=int, default=40)
    parser.add_argument("--fichier", type=Path, default=PARIS)
    arguments = parser.parse_args()
    path = arguments.fichier.resolve()
    versions = edits(path.read_text(encoding="utf-8"), arguments.modifications)
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(f"{path.name} ({len(path.read_text(encoding='utf-8').splitlines())} lignes), charge de la machine {load:.2f}")
    print("1. Analyse dans le processus (ce que fait le serveur à chaque modification)")
    in_process(path, versions)
    print(
        f"2. Session LSP sur stdio (frappes regroupées par {1000 * DEBOUNCE_SECONDS:.0f} ms pendant une vérification)"
    )
    session(path, versions)
    if "exige agent.statut = titulaire" in path.read_text(encoding="utf-8"):
        print("3. Requêtes de l'éditeur, fichier analysé")
        requests(path)
    else:
        print("3. Requêtes de l'éditeur : mesurées sur la circulaire de Paris seulement")


if __name__ == "__main__":
    main()
