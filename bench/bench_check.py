"""Time of `circ check` of one file, as a user runs it: a child process, most of it Python starting
and importing the compiler (issue 16: « circ check of Paris in < 0.35 s wall »).

Usage : .venv/bin/python bench/bench_check.py [--repetitions 15] [--fichier circulars/….circ]
        .venv/bin/python bench/bench_check.py --autre /chemin/d/un/autre/depot   # side by side

Each repetition runs `circ check FILE` of this repository and, with `--autre`, of another clone
(its own `.venv/bin/circ`, same file), one after the other, alternating; a first round warms the
disk caches and is not counted. Python's compiled modules are written and reused (as after any
installation) even where PYTHONDONTWRITEBYTECODE is set. Printed: wall time and processor time
(user + system of the child: the comparable figure on a shared machine), min and median; then,
from one run of `python -X importtime`, the time of importing the command line.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PARIS = Path("circulars") / "allegement_paris_2025.circ"


def environment() -> dict[str, str]:
    return {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}


def run_check(clone: Path, file: Path) -> tuple[float, float]:
    """Wall and processor time of `circ check FILE` in `clone`."""
    start = time.perf_counter()
    child = subprocess.Popen(
        [str(clone / ".venv" / "bin" / "circ"), "check", str(file)],
        cwd=clone,
        env=environment(),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    _, status, usage = os.wait4(child.pid, 0)
    wall = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) != 0:
        errors = child.stderr.read().decode("utf-8", "replace") if child.stderr else ""
        raise SystemExit(f"circ check {file} a échoué dans {clone} :\n{errors}")
    return wall, usage.ru_utime + usage.ru_stime


def import_time(clone: Path) -> float:
    """Seconds to import the command line (`-X importtime`, cumulative time of circdsl.cli)."""
    done = subprocess.run(
        [str(clone / ".venv" / "bin" / "python"), "-X", "importtime", "-c", "import circdsl.cli"],
        cwd=clone,
        env=environment(),
        capture_output=True,
        text=True,
        check=True,
    )
    line = next(line for line in done.stderr.splitlines() if line.rstrip().endswith("| circdsl.cli"))
    return int(line.split("|")[1]) / 1e6


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repetitions", type=int, default=15)
    parser.add_argument("--fichier", type=Path, default=PARIS, help="relatif à chaque dépôt")
    parser.add_argument("--autre", type=Path, help="un autre clone, son .venv construit (make build)")
    options = parser.parse_args()
    clones = [ROOT, *([options.autre.resolve()] if options.autre else [])]
    runs: dict[Path, list[tuple[float, float]]] = {clone: [] for clone in clones}
    for repetition in range(options.repetitions + 1):
        for clone in clones:
            figures = run_check(clone, options.fichier)
            if repetition:  # the first round warms the disk caches
                runs[clone].append(figures)
    print(f"circ check {options.fichier} ({options.repetitions} passages, en alternance)")
    for clone, measured in runs.items():
        walls, cpus = [w for w, _ in measured], [c for _, c in measured]
        print(
            f"  {clone!s:<28} mur min {min(walls):5.3f} s, médiane {statistics.median(walls):5.3f} s ; "
            f"processeur min {min(cpus):5.3f} s, médiane {statistics.median(cpus):5.3f} s ; "
            f"import de circdsl.cli {import_time(clone):5.3f} s"
        )
    load = ", ".join(f"{value:.1f}".replace(".", ",") for value in os.getloadavg())
    print(f"  charge moyenne (1, 5, 15 min) : {load} ; Python {sys.version.split()[0]}")


if __name__ == "__main__":
    main()
