"""The repository's circulars pass the two checks an editor's CI runs by command, `circ test` (every
example case of every circular) and `circ build --check` (generated/ is exactly what a build writes),
done in-process on the build that the docs tests compile anyway (`site_build.real_build`, compiled as
`circ build` compiles). The commands themselves, their output and exit codes, are tested on copies of
this folder in test_cli.py."""

from __future__ import annotations

import pytest

from circdsl import project
from circdsl.cases import run_cases
from circdsl.compiler import display_path
from tests import site_build
from tests.conftest import GENERATED, ROOT

pytestmark = pytest.mark.xdist_group("site")  # where the real build is compiled once

EXAMPLE_CASES_AT_LEAST = 380  # the circulars' cases today: a circular whose cases vanished is seen


def test_every_example_case_of_every_circular_passes_as_circ_test_requires() -> None:
    build = site_build.real_build()
    results = [
        (circular, result)
        for circular in build.circulars
        for result in run_cases(project.load_validator(circular), circular)
    ]
    failures = [
        f"{circular.file}:{r.case.span.line} {r.case.label} : {'; '.join(r.problems)}"
        for circular, r in results
        if not r.passed
    ]
    assert not failures, "\n".join(failures)
    assert len(results) >= EXAMPLE_CASES_AT_LEAST


def test_generated_is_what_circ_build_writes_as_circ_build_check_requires() -> None:
    build = site_build.real_build()
    stale = [display_path(path, ROOT) for path in project.stale_files(build, GENERATED)]
    assert not stale, f"périmés : {stale} ; lancez « circ build » et validez le résultat"
    assert len(build.outputs) > 2 * len(build.circulars)  # the validators, the pages and the shared files
