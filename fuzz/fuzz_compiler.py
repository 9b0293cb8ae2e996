"""Fuzz the compiler longer than CI does, and print figures.

    .venv/bin/python fuzz/fuzz_compiler.py --exemples 2000

Runs the three families of tests/test_fuzz.py (mutated real circulars, programs from the
grammar, programs from the language's constructs) with more examples each, and prints how
many inputs compiled, how many were refused (and with which codes), and the time taken.
Any input that breaks the property (see fuzz/fuzzing.py) stops the run with its example.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from circdsl.compiler import Compiler
from fuzz.fuzzing import (
    SOURCE_TEXT,
    Tally,
    check_compiles_or_reports,
    construct_programs,
    corpus,
    grammar_programs,
    mutated,
)


def _runner(
    compiler: Compiler, tally: Tally, place: Callable[[tuple[str, int]], tuple[str, Path]]
) -> Callable[[tuple[str, int]], None]:
    def run(item: tuple[str, int]) -> None:
        text, folder = place(item)
        check_compiles_or_reports(text, folder, compiler, tally)

    return run


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--exemples", type=int, default=1000, help="exemples par famille (défaut : 1000)")
    arguments = parser.parse_args()
    compiler = Compiler()
    folder = Path(tempfile.mkdtemp(prefix="circ-fuzz-"))
    (folder / "sources").mkdir()
    (folder / "sources" / "essai.txt").write_text(SOURCE_TEXT, encoding="utf-8")
    texts = corpus()
    options = settings(
        max_examples=arguments.exemples, deadline=None, database=None, suppress_health_check=list(HealthCheck)
    )
    families = {
        "circulaires mutées": (
            st.sampled_from(range(len(texts))).flatmap(lambda i: mutated([texts[i][1]]).map(lambda t: (t, i))),
            lambda item: (item[0], texts[item[1]][2]),
        ),
        "programmes issus de la grammaire": (grammar_programs().map(lambda t: (t, -1)), lambda item: (item[0], folder)),
        "programmes issus des constructions": (
            construct_programs().map(lambda t: (t, -1)),
            lambda item: (item[0], folder),
        ),
    }
    total = 0
    for label, (strategy, place) in families.items():
        tally = Tally()
        start = time.perf_counter()
        options(given(item=strategy)(_runner(compiler, tally, place)))()
        elapsed = time.perf_counter() - start
        tried = tally.compiled + tally.refused
        total += tried
        codes = ", ".join(f"{code}×{count}" for code, count in sorted(tally.codes.items(), key=lambda x: -x[1])[:12])
        print(f"{label} : {tried} essais en {elapsed:.1f} s ({tried / elapsed:.0f}/s)")
        print(f"  compilés : {tally.compiled}, refusés avec diagnostics : {tally.refused}")
        print(f"  codes les plus fréquents : {codes or 'aucun'}")
    print(f"total : {total} programmes, aucune exception ni blocage.")


if __name__ == "__main__":
    main()
