"""ASCII forms of .circ names for what the compiler names outside the generated code's own
scope: module files, page anchors, calendar identifiers."""

from __future__ import annotations

import keyword
import re
import unicodedata


def ascii_identifier(name: str) -> str:
    """agent.degré -> agent_degre: ASCII, dots to underscores, a keyword suffixed.

    Two names may give the same result (`délai`, `delai`): callers that need distinct
    names keep the real name beside it (a digest, an alias) or allocate their own."""
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")
    ident = re.sub(r"\W", "_", ascii_name)
    if not ident or not (ident[0].isalpha() or ident[0] == "_"):
        ident = "f_" + ident
    return ident + "_" if keyword.iskeyword(ident) else ident
