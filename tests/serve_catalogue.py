"""The real circulars compiled once per test process for the tests of `circ serve` and its schemas,
which run on one pytest-xdist worker (`xdist_group(SERVE)`): the catalogue is loaded once per session."""

from __future__ import annotations

import functools

from circdsl.serve.catalogue import Catalogue
from tests.conftest import CIRCULARS

SERVE = "serve"  # the xdist group of the tests that use `every_circular`


@functools.cache
def every_circular() -> Catalogue:
    return Catalogue.load([CIRCULARS])
