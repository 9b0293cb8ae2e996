"""The `circ` console script and `python -m circdsl`: start the command line, then run it.

The command line's modules are imported with Python's cyclic garbage collector paused, then
frozen (`gc.freeze`): the ~250 modules, the classes and constants they define live as long as the
process and hold no garbage, yet each collection during the imports would walk all of them again
(some 8 % of a `circ check` of one file). Objects made afterwards are collected as usual.
"""

from __future__ import annotations

import gc

from circdsl import collector


def run() -> None:
    """Import the command line without collecting garbage, then run it (`circdsl.cli.run`)."""
    with collector.paused():
        from circdsl.cli import run as run_command_line
    gc.freeze()
    run_command_line()
