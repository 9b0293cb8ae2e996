"""`python -m circdsl` runs the `circ` command."""

from circdsl.launch import run

run()
