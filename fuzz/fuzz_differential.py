"""The differential test with a large budget, and figures.

    .venv/bin/python fuzz/fuzz_differential.py --situations 10000 --programmes 1000

Compares every generated validator with the reference interpreter (circdsl.interpret):
the circulars of circulars/ and those of the guide on `--situations` situations each, then
`--programmes` generated programs with confusable names (fuzz/programs.py) on
`--par-programme` situations each, whose medical documents must also reach only medical
services. Prints how many situations and programs were compared, how long it took, and
every disagreement (minimized). Programs where two names flatten alike (`délai`/`delai`) are
counted apart, and must agree like the others: the emitter's name allocator keeps them apart.
Exit status 1 if anything disagrees.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from circdsl import model as m
from circdsl.compiler import Compiler
from circdsl.project import load_validator
from fuzz.fuzzing import SOURCE_TEXT, collisions, compiled_or_refused, first_disagreement, program_disagreement
from fuzz.programs import programs
from tests.reference import guide_circulars, situations_for
from tests.test_differential import COMPILER, GUIDE_PAGES, REAL
from tests.test_medical_routing import assert_medical_documents_stay_medical, has_medical_documents


@dataclass
class Figures:
    circulars: int = 0
    situations: int = 0
    programs: int = 0
    refused: int = 0
    colliding: int = 0
    colliding_disagreeing: int = 0
    program_situations: int = 0
    medical_programs: int = 0
    disagreements: list[str] = field(default_factory=list)


def compare_circulars(figures: Figures, count: int, seed: int) -> None:
    circulars: list[tuple[str, m.Circular]] = [(p.stem, COMPILER.compile_file(p).circular) for p in REAL]
    circulars += [(where, c) for page in GUIDE_PAGES for where, c in guide_circulars(page)]
    for where, circular in circulars:
        situations, limit = situations_for(circular, seed, count)  # the differential test's, larger
        compared, disagreement = first_disagreement(circular, load_validator(circular), situations, limit)
        figures.circulars += 1
        figures.situations += compared
        if disagreement is not None:
            figures.disagreements.append(f"{where} : {disagreement}")


def compare_programs(figures: Figures, count: int, per_program: int) -> None:
    folder = Path(tempfile.mkdtemp(prefix="circ-diff-"))
    (folder / "sources").mkdir()
    (folder / "sources" / "essai.txt").write_text(SOURCE_TEXT, encoding="utf-8")
    compiler = Compiler()

    @settings(max_examples=count, deadline=None, database=None, suppress_health_check=list(HealthCheck))
    @given(program=programs(), seed=st.integers(0, 2**32 - 1))
    def run(program: str, seed: int) -> None:
        circular = compiled_or_refused(program, folder, compiler)
        if circular is None:
            figures.refused += 1
            return
        figures.programs += 1
        compared, disagreement = program_disagreement(circular, program, seed, per_program)
        figures.program_situations += compared
        if collisions(circular):
            figures.colliding += 1
            figures.colliding_disagreeing += disagreement is not None
        if disagreement is not None:
            figures.disagreements.append(str(disagreement))
        if has_medical_documents(circular):
            figures.medical_programs += 1
            try:
                assert_medical_documents_stay_medical(circular, count=per_program, complete=False)
            except AssertionError as error:
                figures.disagreements.append(f"propriété médicale :\n{error}\nprogramme :\n{program}")

    run()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--situations", type=int, default=10_000, help="situations par circulaire (défaut : 10 000)")
    parser.add_argument("--programmes", type=int, default=1000, help="programmes générés (défaut : 1000)")
    parser.add_argument("--par-programme", type=int, default=200, help="situations par programme (défaut : 200)")
    parser.add_argument("--graine", type=int, default=None, help="graine des situations (pour rejouer)")
    arguments = parser.parse_args()
    seed = arguments.graine if arguments.graine is not None else random.randrange(2**32)
    figures = Figures()
    start = time.perf_counter()
    compare_circulars(figures, arguments.situations, seed)
    middle = time.perf_counter()
    print(f"graine : {seed}")
    print(
        f"circulaires (dépôt et guide) : {figures.circulars}, {figures.situations} situations distinctes "
        f"comparées en {middle - start:.0f} s"
    )
    compare_programs(figures, arguments.programmes, arguments.par_programme)
    elapsed = time.perf_counter() - middle
    print(
        f"programmes générés : {figures.programs} compilés ({figures.refused} refusés avec diagnostics), "
        f"{figures.program_situations} situations comparées, {figures.medical_programs} avec pièces médicales, "
        f"en {elapsed:.0f} s"
    )
    print(
        f"  dont {figures.colliding} avec deux noms qui se confondent une fois aplatis : "
        f"{figures.colliding_disagreeing} divergent"
    )
    for text in figures.disagreements[:5]:
        print("\n" + text)
    print(f"\n{len(figures.disagreements)} divergence(s).")
    sys.exit(1 if figures.disagreements else 0)


if __name__ == "__main__":
    main()
