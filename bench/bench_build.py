"""Time of `circ build`: a synthetic circular of N rules, and the incremental build of the
repository's circulars (one circular touched, `commun.circ` touched) against a full build.

Usage : .venv/bin/python bench/bench_build.py [--regles 5000] [--tables 200x3,100x2] [--repetitions 5]
        .venv/bin/python bench/bench_build.py --sans-synthetique      # the incremental part only
        .venv/bin/python bench/bench_build.py --sans-incremental --comparer-avec AUTRE/src

Every build is `circ build` in a child process, as a user runs it, in a temporary copy, with its
own empty build cache (`CIRCDSL_CACHE_DIR`; Lark's parse tables are copied in, as after a first
run). Printed: wall time and processor time (user + system of the child: the comparable figure
on a shared machine), min and median over the repetitions.

- Synthetic: `bench/synthetic.py` writes N rules (and tables) that check clean; full builds
  without cache (`--sans-cache`). With `--comparer-avec AUTRE/src` (the `src` folder of another
  version, e.g. a copy of main's), the two versions build in turn, side by side in one run, and
  their output folders must be byte-identical.
- Incremental: a full build (empty cache) of a copy of `circulars/`, then, repeated: one
  message of Paris changed (the circular recompiles alone, its validator is rewritten), and
  one label of `commun.circ` changed (every circular that imports it recompiles). Every
  incremental result is compared with a clean full build: the folders must be byte-identical.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from synthetic import Synthetic, parse_tables

ROOT = Path(__file__).resolve().parent.parent
CIRC = Path(sys.executable).parent / "circ"
PARIS = "allegement_paris_2025.circ"
PARIS_MESSAGE = "L'allègement de service est réservé aux personnels titulaires."
COMMUN_LABEL = '"Obligations réglementaires de service hebdomadaires (heures)"'


def run_build(folder: Path, cache: Path, *options: str, source: Path | None = None) -> tuple[float, float]:
    """Wall and processor time of `circ build` in `folder` (with `source`: that version of circdsl)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    environment = _environment(cache)
    if source is not None:  # found before the installed circdsl
        environment["PYTHONPATH"] = str(source)
    done = subprocess.run(
        [str(CIRC), "build", *options],
        cwd=folder,
        capture_output=True,
        text=True,
        env=environment,
        check=False,
    )
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode != 0:
        raise SystemExit(f"circ build a échoué dans {folder} :\n{done.stdout}\n{done.stderr}")
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def _environment(cache: Path) -> dict[str, str]:
    """The child's environment: its own build cache, and Python's compiled modules written and
    reused (as after any installation) even where PYTHONDONTWRITEBYTECODE is set."""
    environment = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    return {**environment, "CIRCDSL_CACHE_DIR": str(cache)}


def fresh_cache(folder: Path) -> Path:
    """An empty build cache with Lark's parse tables already made (as after any first run)."""
    from circdsl.lark_parser import cache_folder

    cache = Path(tempfile.mkdtemp(dir=folder, prefix="cache-"))
    known = cache_folder()
    for tables in known.glob("circ-grammaire-*.lark") if known else ():
        shutil.copy(tables, cache / tables.name)
    return cache


def figures(name: str, runs: list[tuple[float, float]]) -> tuple[float, float]:
    walls, cpus = [r[0] for r in runs], [r[1] for r in runs]
    print(
        f"  {name:<42} mur min {min(walls):6.2f} s, médiane {statistics.median(walls):6.2f} s ; "
        f"processeur min {min(cpus):6.2f} s, médiane {statistics.median(cpus):6.2f} s  ({len(runs)} passages)"
    )
    return min(cpus), statistics.median(cpus)


def synthetic(rules: int, tables: str, repeats: int, work: Path, other: Path | None = None) -> None:
    shape = f"{rules} règles" + (f", tables {tables}" if tables else "")
    print(f"circulaire synthétique ({shape}) : circ build --sans-cache")
    folder = work / "synthetique"
    Synthetic(rules, parse_tables(tables)).write(folder)
    lines = (folder / "circulars" / "synthetique.circ").read_text(encoding="utf-8").count("\n")
    cache = fresh_cache(work)
    if other is None:
        runs = [run_build(folder, cache, "--sans-cache") for _ in range(repeats)]
        figures(f"{lines} lignes", runs)
        return
    mine, theirs = [], []
    for _ in range(repeats):  # in turn: both versions see the same load
        mine.append(run_build(folder, cache, "--sans-cache", "--sortie", str(work / "cette-version")))
        theirs.append(run_build(folder, cache, "--sans-cache", "--sortie", str(work / "autre"), source=other))
        if not same_tree(work / "cette-version", work / "autre"):
            raise SystemExit(f"les deux versions ne produisent pas les mêmes fichiers ({other})")
    this = figures(f"{lines} lignes, cette version", mine)
    that = figures(f"{lines} lignes, {other}", theirs)
    print(
        f"  rapport cette version / l'autre (processeur) : min {this[0] / that[0]:.2f}, médiane {this[1] / that[1]:.2f}"
    )
    print("  dossiers produits identiques, octet pour octet, à chaque passage")


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    if old not in text:
        raise SystemExit(f"{path.name} a changé : « {old} » introuvable, mettre à jour bench_build.py")
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def same_tree(first: Path, second: Path) -> bool:
    def tree(folder: Path) -> dict[str, bytes]:
        return {p.relative_to(folder).as_posix(): p.read_bytes() for p in folder.rglob("*") if p.is_file()}

    return tree(first) == tree(second)


def incremental(repeats: int, work: Path) -> None:
    print("circulaires du dépôt : construction complète, puis incrémentale")
    project = work / "projet"
    shutil.copytree(ROOT / "circulars", project / "circulars")
    full_runs, touched, commun = [], [], []
    for _ in range(repeats):
        full_runs.append(run_build(project, fresh_cache(work)))  # empty cache: a full build
    cache = fresh_cache(work)
    run_build(project, cache)
    for index in range(repeats):
        current = PARIS_MESSAGE if index == 0 else f"Réservé aux titulaires (version {index})."
        edit(project / "circulars" / PARIS, current, f"Réservé aux titulaires (version {index + 1}).")
        touched.append(run_build(project, cache))
        _compare(project, work)
    for index in range(repeats):
        current = COMMUN_LABEL if index == 0 else f'"Obligations de service (heures, version {index})"'
        edit(project / "circulars" / "commun.circ", current, f'"Obligations de service (heures, version {index + 1})"')
        commun.append(run_build(project, cache))
        _compare(project, work)
    full = figures("complète (cache vide)", full_runs)
    one = figures("Paris modifiée", touched)
    every = figures("commun.circ modifié", commun)
    print(
        f"  rapport Paris modifiée / complète (processeur) : min {one[0] / full[0]:.0%}, médiane {one[1] / full[1]:.0%}"
    )
    print(
        f"  rapport commun.circ modifié / complète (processeur) : min {every[0] / full[0]:.0%}, "
        f"médiane {every[1] / full[1]:.0%}"
    )
    print("  chaque construction incrémentale est identique, octet pour octet, à une construction complète")


def _compare(project: Path, work: Path) -> None:
    clean = work / "propre"
    shutil.rmtree(clean, ignore_errors=True)
    run_build(project, fresh_cache(work), "--sans-cache", "--sortie", str(clean))
    if not same_tree(project / "generated", clean):
        raise SystemExit("la construction incrémentale diffère d'une construction complète")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--regles", type=int, default=5000)
    parser.add_argument("--tables", default="200x3,100x2", help="tailles RxK séparées par des virgules")
    parser.add_argument("--repetitions", type=int, default=5)
    parser.add_argument("--sans-synthetique", action="store_true")
    parser.add_argument("--sans-incremental", action="store_true")
    parser.add_argument("--comparer-avec", type=Path, metavar="AUTRE/src", help="le dossier src d'une autre version")
    options = parser.parse_args()
    print(f"charge moyenne de la machine : {' '.join(f'{x:.1f}' for x in os.getloadavg())} ({os.cpu_count()} cœurs)")
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        if not options.sans_synthetique:
            repeats = max(1, min(options.repetitions, 3))
            synthetic(options.regles, options.tables, repeats, work, options.comparer_avec)
        if not options.sans_incremental:
            incremental(options.repetitions, work)


if __name__ == "__main__":
    main()
