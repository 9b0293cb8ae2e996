"""The situations of the differential tests and the reference interpreter's decisions on them,
for each real circular: computed once per test process and shared by tests/test_differential.py
(which compares the generated validator with them), tests/test_sql_differential.py (which
compares the SQL query on DuckDB and Spark with them) and tests/test_medical_routing.py (which
reads the routes of both). Those tests run on one pytest-xdist worker (`xdist_group(DECISIONS)`),
so each situation is decided once by the interpreter and once by the validator. The guide's
circulars are compiled once per process (`guide_circulars`) and decided once (`guide_campaign`)
for tests/test_differential.py and, those with a medical document, tests/test_medical_routing.py.

The situations (tests/strategies.py): the circular's example cases, every combination of its
values when there are at most `count`, then drawn ones, each distinct situation once, `count`
more than the cases and combinations at most. Under `CI=true` the seed is the same every run;
locally each run draws new situations (the seed is in every failure message:
`CIRCDSL_SEED=… pytest tests/test_differential.py` replays it).
"""

from __future__ import annotations

import functools
import itertools
import os
import random
import types
import zlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from circdsl import model as m
from circdsl import runtime as rt
from circdsl.compiler import Compiler
from circdsl.diagnostics import CompileError
from circdsl.interpret import interpret
from circdsl.project import load_validator
from circdsl.source import SourceFile
from fuzz.fuzzing import situation_key
from tests.conftest import compiled
from tests.strategies import Situation, case_situations, closed, exhaustive, plan_for, sample
from tests.test_guide import DEFAULT_SOURCE, FRAGMENT_HEADER, SNIPPET_NAME, blocks_of

ROOT = Path(__file__).resolve().parent.parent
CIRCULARS = ROOT / "circulars"
GUIDE_COMPILER = Compiler(root=ROOT)
DECISIONS = "decisions"  # the xdist group of the tests that share the reference decisions
GUIDE_DECISIONS = "guide-decisions"  # the same for the guide's circulars (`guide_campaign`)
SITUATIONS = 1000  # drawn situations per circular, besides its cases and combinations


def seed_for(name: str) -> int:
    """The same seed every run under CI (or CIRCDSL_SEED); a new one locally."""
    if "CIRCDSL_SEED" in os.environ:
        return int(os.environ["CIRCDSL_SEED"])
    if os.environ.get("CI"):
        return zlib.crc32(name.encode("utf-8"))
    return random.randrange(2**32)


def situations_for(circular: m.Circular, seed: int, count: int) -> tuple[Iterator[Situation], int]:
    """The situations to compare on, and how many distinct ones: the circular's cases, every
    combination of its values if there are at most `count`, and `count` more drawn ones (as
    many distinct ones as 3 × `count` draws give, when the circular has fewer). When every
    combination is listed and no draw can give a value outside them (`closed`), nothing is drawn:
    every draw would repeat a combination."""
    plan = plan_for(circular)
    cases = case_situations(circular)
    every = exhaustive(plan, count)
    drawn = iter(()) if every is not None and closed(plan) else sample(plan, seed, 3 * count)
    every = every or []
    return itertools.chain(cases, every, drawn), len(cases) + len(every) + count


def distinct(situations: Iterable[Situation], limit: int) -> list[Situation]:
    """Each distinct situation once (in order), `limit` at most."""
    seen: set[str] = set()
    kept: list[Situation] = []
    for facts in situations:
        if len(kept) >= limit:
            break
        key = situation_key(facts)
        if key not in seen:
            seen.add(key)
            kept.append(facts)
    return kept


@dataclass
class Campaign:
    """One real circular, its validator, its situations, and the decision of the interpreter and
    of the validator on each (or the exception raised, which the tests report as a disagreement)."""

    circular: m.Circular
    validator: types.ModuleType
    seed: int
    situations: list[Situation]
    decisions: list[rt.Decision | Exception]  # the interpreter's

    @functools.cached_property
    def generated(self) -> list[rt.Decision | Exception]:
        """The generated validator's decisions (test_differential.py compares them, test_medical_routing.py
        reads their routes)."""
        return [_decide(self.validator.evaluate, facts) for facts in self.situations]


@functools.cache
def validator(path: Path) -> types.ModuleType:
    """The generated validator of a file of circulars/, emitted and imported once per test process
    (as `compiled` compiles it once): the tests that decide with it share it."""
    return load_validator(compiled(path).circular)


@functools.cache
def campaign(path: Path, count: int = SITUATIONS) -> Campaign:
    circular = compiled(path).circular
    return decided(circular, validator(path), count)


def decided(circular: m.Circular, module: types.ModuleType, count: int = SITUATIONS) -> Campaign:
    """A new campaign: the situations of a circular and the interpreter's decision on each."""
    seed = seed_for(circular.name)
    situations = distinct(*situations_for(circular, seed, count))
    decisions = [_decide(functools.partial(interpret, circular), facts) for facts in situations]
    return Campaign(circular, module, seed, situations, decisions)


_GUIDE_CAMPAIGNS: dict[int, Campaign] = {}


def guide_campaign(circular: m.Circular) -> Campaign:
    """The campaign of one of the guide's circulars (tests/test_differential.py `guide_circulars`,
    which compiles each page once per process). Those with a medical document are kept, with their
    validator's decisions, for tests/test_medical_routing.py, which observes their routes; the others
    are used once."""
    found = _GUIDE_CAMPAIGNS.get(id(circular))
    if found is not None and found.circular is circular:  # the campaign keeps its circular: its id is its own
        return found
    found = decided(circular, load_validator(circular))
    if any(document.medical for document in circular.documents):
        _GUIDE_CAMPAIGNS[id(circular)] = found
    return found


def _decide(decide: Callable[[Situation], rt.Decision], facts: Situation) -> rt.Decision | Exception:
    try:
        return decide(facts)
    except Exception as error:  # reported by the tests with the situation
        return error


# ------------------------------------------------------------------ the guide's circulars


@functools.cache  # here, not in a test file, which pytest imports under a second name besides `tests.…`
def guide_circulars(page: Path) -> list[tuple[str, m.Circular]]:
    """(where, circular) for every `circ` block of a page that compiles into a circular, as
    tests/test_guide.py compiles them: fragments after the minimal header, `suite` continuing
    the previous fragment, `fichier=`/`ajout=`/`essai=` building a file of circulars/ (compiled
    once per process: the list is shared, not to be changed)."""
    found: list[tuple[str, m.Circular]] = []
    files: dict[str, str] = {}
    fragment, fragment_source = "", DEFAULT_SOURCE
    for block in blocks_of(page):
        if block.lang != "circ" or "erreur" in block.options:
            continue
        written = block.written
        if written is not None:
            name = written
            text = block.text if "fichier" in block.options else files.get(written, "") + "\n" + block.text
            if "essai" not in block.options:
                files[written] = text
        else:
            name = SNIPPET_NAME
            text = block.text
            if "suite" in block.flags:
                text = fragment = fragment + "\n" + block.text
            elif "extrait" in block.flags:
                fragment, fragment_source = text, block.options.get("source", DEFAULT_SOURCE)
            if "extrait" in block.flags or "suite" in block.flags:
                text = FRAGMENT_HEADER.format(source=fragment_source) + "\n" + text
        try:
            circular = GUIDE_COMPILER.compile_source(SourceFile(name, text), CIRCULARS).circular
        except CompileError:
            continue
        if circular.kind == "circulaire":
            found.append((block.where, circular))
    return found
