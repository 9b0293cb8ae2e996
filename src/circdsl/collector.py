"""Python's cycle collector around work whose objects live long.

`compiling()`: nearly everything a compilation allocates (syntax trees, the model, the formulas of the
analyses, the printer's documents) lives until the build ends. With Python's default
thresholds the collector rescans that whole growing heap again and again: a fifth to a
quarter of the processor time of a 5,000-rule build (`bench/bench_build.py`). While the
compiler runs, young objects are collected less often and the old ones rarely; cycles are
still collected, and the thresholds are put back afterwards. `Compiler.check_source` runs inside it,
so compilations nest (a circular compiles its vocabularies) and may overlap (the language server
analyses in a thread): the thresholds are raised by the first to start and put back by the last
to end.

`paused()`: no collection at all, for a short stretch that only makes objects kept for the whole
process (the command line's modules, the parser's tables): a collection meanwhile would only
walk them."""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

COMPILING_THRESHOLDS = (10_000, 100, 100)  # (young, middle, old): Python's are (700, 10, 10)

_lock = threading.Lock()
_compiling = 0  # blocks inside `compiling()` now, in every thread
_thresholds_before: tuple[int, ...] = ()


@contextmanager
def compiling() -> Iterator[None]:
    """Collect cycles less often inside the block; the thresholds in force before the outermost
    block come back after it."""
    global _compiling, _thresholds_before
    with _lock:
        if _compiling == 0:
            _thresholds_before = gc.get_threshold()
            gc.set_threshold(*COMPILING_THRESHOLDS)
        _compiling += 1
    try:
        yield
    finally:
        with _lock:
            _compiling -= 1
            if _compiling == 0:
                gc.set_threshold(*_thresholds_before)


@contextmanager
def paused() -> Iterator[None]:
    """No cyclic collection inside the block; the collector is switched back on after it if it was on."""
    collecting = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if collecting:
            gc.enable()
