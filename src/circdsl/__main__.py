"""`python -m circdsl` runs the `circ` command."""

from circdsl.cli import run

run()
