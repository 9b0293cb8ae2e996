"""Emit a checked circular as a Python module: a pydantic facts model and a straight-line
`evaluate` function. Every literal goes through repr().

The stages, one module each: `names` allocates every Python identifier (keyed by the model
object it stands for) and records the imports used; `pretty` lays code out within 100
columns; `writer` writes statements; `constants` the module-level constants;
`expressions` the three-valued expressions; `steps` the computed values, tables and
relative deadlines in dependency order; `rules` the rules and their findings; `decision`
the checklist, deadlines, opinions and submissions; `module` puts them together.
"""

from circdsl.emit_python.module import emit_python
from circdsl.emit_python.writer import comment

__all__ = ["comment", "emit_python"]
