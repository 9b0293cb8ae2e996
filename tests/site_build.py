"""The documentation site, built once per test session with `mkdocs build --strict` (it takes
seconds): the docs tests, the reader-text acceptance tests and the browser tests share it."""

from __future__ import annotations

import atexit
import functools
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from circdsl import project
from circdsl.compiler import Compiler

ROOT = Path(__file__).resolve().parent.parent
CIRCULARS = ROOT / "circulars"


@functools.cache
def built_site() -> Path:
    """The folder of the built site (removed at the end of the session)."""
    folder = Path(tempfile.mkdtemp(prefix="circdsl-site-"))
    atexit.register(shutil.rmtree, folder, True)
    site = folder / "site"
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "DISABLE_MKDOCS_2_WARNING": "true"}
    done = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--quiet", "-d", str(site)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    if done.returncode != 0:
        raise AssertionError(f"mkdocs build --strict a échoué :\n{done.stderr[-3000:]}")
    return site


@functools.cache
def real_build() -> project.BuildResult:
    """The real circulars compiled and planned as `circ build` does them, once per test process: the
    docs tests read its pages, the reader-text tests its circulars and test_repository_checks.py all
    of it (on the worker of the site's group); none of them modifies it."""
    result = project.compile_for_build([CIRCULARS], Compiler(root=ROOT))
    assert not result.failed, [d.message for d in result.diagnostics]
    project.plan_outputs(result, ROOT / "generated")
    return result
