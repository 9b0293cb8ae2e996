"""A reference interpreter of the checked model, independent of the Python emitter: the oracle
of the differential tests (tests/test_differential.py, fuzz/fuzz_differential.py).

`interpret(circular, facts)` returns the `rt.Decision` a generated validator should return
for the same situation; `differences(generated, reference)` says where two decisions
disagree. Slow and plain on purpose: one function per model node, Kleene's tables written
out, every definition in the docstrings of `expressions` and `decision`.
"""

from circdsl.interpret.compare import differences, plain, project
from circdsl.interpret.decision import interpret

__all__ = ["differences", "interpret", "plain", "project"]
