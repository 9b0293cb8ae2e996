"""The one ASCII form of .circ names, for what the compiler names outside the generated code's
own scope: module files and page names (`project.module_name`, `emit_docs.page_name`), page
anchors (`docs_page`), calendar identifiers and drawing ids.

Two names may give the same form (`délai`, `delai`, `Delai` once lower-cased): each caller that
needs distinct names makes them distinct in its own scope — anchors are numbered within a page
(`docs_page.Anchors`), calendar identifiers carry a digest of the real name, and two circulars
whose module or page names would collide are refused by `circ build` (E102,
`project.name_clashes`)."""

from __future__ import annotations

import keyword
import re
import unicodedata


def ascii_identifier(name: str) -> str:
    """agent.degré -> agent_degre: ASCII letters, digits and underscores (accents dropped, dots
    and every other character to `_`), starting with a letter or `_`, a Python keyword suffixed
    with `_`: a valid Python identifier, file name and HTML id."""
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")
    ident = re.sub(r"\W", "_", ascii_name)
    if not ident or not (ident[0].isalpha() or ident[0] == "_"):
        ident = "f_" + ident
    return ident + "_" if keyword.iskeyword(ident) else ident
