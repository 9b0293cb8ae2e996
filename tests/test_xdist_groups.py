"""`make test` runs pytest with `--dist loadgroup`: the tests marked `xdist_group` share one worker
(one Spark, one built site, one set of reference decisions). The scheduler finds a test's group in
the `@group` suffix of its id; tests/conftest.py adds it where pytest-xdist's own hook no longer can."""

from __future__ import annotations

import pytest


@pytest.mark.xdist_group("essai")
def test_a_grouped_test_carries_its_group_for_the_scheduler(request: pytest.FixtureRequest) -> None:
    grouped = hasattr(request.config, "workerinput") and request.config.getvalue("loadgroup")
    assert request.node.nodeid.endswith("@essai") == bool(grouped), request.node.nodeid


def test_a_test_without_a_group_keeps_its_id(request: pytest.FixtureRequest) -> None:
    assert request.node.nodeid == "tests/test_xdist_groups.py::test_a_test_without_a_group_keeps_its_id"
