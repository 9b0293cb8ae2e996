"""The real circulars compiled once per test session for the tests of `circ serve` and its schemas."""

from __future__ import annotations

import functools

from circdsl.serve.catalogue import Catalogue
from tests.conftest import CIRCULARS


@functools.cache
def every_circular() -> Catalogue:
    return Catalogue.load([CIRCULARS])
