"""One citation pasted on rules that have nothing in common (E855): each rule should cite the
passage it comes from, and a sentence rarely supports two unrelated rules. (A service, a
document and the rule that asks for it often share a sentence: only rules are compared.)

Two rules are related when they read a common fact or declaration (a value, a deadline, a
table, a document...), or when their names and titles share a significant word. The rules
that share one quote form groups of related ones; in each group beyond the first, a rule is
reported at its citation unless the quote itself speaks of it (a word of its name or title
is in the quote: one sentence that lists the fiche, the avis du supérieur and the avis
d'inspection supports three rules)."""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterator

from circdsl import model as m
from circdsl.analysis.context import Analysis
from circdsl.analysis.traversal import reachable
from circdsl.citations import fold

_REFERABLE = (m.Fact, m.Value, m.Deadline, m.Period, m.Table, m.Document, m.Service, m.Opinion, m.Event)
_WORD = re.compile(r"[^\W\d_]{4,}")
# Words too common in these texts to relate two declarations.
_COMMON_WORDS = (
    "dans pour avec sans sont être avoir leur leurs cette quoi dont plus moins tout toute "
    "tous toutes autre autres même entre sous après avant lors selon ainsi alors demande "
    "demandes agent agents date dates pièce pièces service services règle avis dossier "
    "dossiers circulaire personnels personnel"
)
_COMMON = frozenset(_COMMON_WORDS.split())


def check_citation_reuse(analysis: Analysis) -> None:
    by_quote: dict[str, list[tuple[m.Declaration, m.Citation]]] = defaultdict(list)
    for declaration in _citing(analysis.circular):
        for citation in getattr(declaration, "citations", ()):
            if citation.span.file in ("", analysis.circular.file):
                by_quote[fold(citation.quote)].append((declaration, citation))
    for uses in by_quote.values():
        if len({id(d) for d, _ in uses}) > 1:
            _report(analysis, uses)


def _citing(circular: m.Circular) -> Iterator[m.Declaration]:
    yield from circular.rules


def _report(analysis: Analysis, uses: list[tuple[m.Declaration, m.Citation]]) -> None:
    declarations = list({id(d): d for d, _ in uses}.values())
    groups = _groups(declarations)
    if len(groups) < 2:
        return
    first = groups[0][0]
    quote = _plain(uses[0][1].quote)
    for group in groups[1:]:
        members = {id(d) for d in group}
        for declaration, citation in uses:
            if id(declaration) not in members or any(word in quote for word in _words(declaration)):
                continue
            analysis.sink.warning(
                "E855",
                citation.span,
                f"cette citation est aussi celle de la règle « {_name(first)} » (ligne {first.line}), qui n'a rien "
                f"en commun avec « {_name(declaration)} » : ni fait, ni déclaration, ni mot de leur titre",
                "citez ici la phrase du texte source dont vient cette règle",
                [(first.name_span, f"« {_name(first)} » ici")],
            )


def _groups(declarations: list[m.Declaration]) -> list[list[m.Declaration]]:
    """Groups of related declarations (connected by the relation), in file order."""
    keys = [_keys(d) for d in declarations]
    words = [_words(d) for d in declarations]
    parent = list(range(len(declarations)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i in range(len(declarations)):
        for j in range(i + 1, len(declarations)):
            if keys[i] & keys[j] or words[i] & words[j]:
                parent[root(j)] = root(i)
    groups: dict[int, list[m.Declaration]] = defaultdict(list)
    for i, declaration in enumerate(declarations):
        groups[root(i)].append(declaration)
    return sorted(groups.values(), key=lambda group: min(d.line for d in group))


def _keys(declaration: m.Declaration) -> set[tuple[str, str]]:
    """The declaration itself and every declaration it reads, by kind and name."""
    found = {_key(declaration)}
    stop = (m.Fact, m.Service, m.Case)
    for obj in reachable([declaration], lambda o: o is not declaration and isinstance(o, stop)):
        if isinstance(obj, _REFERABLE):
            found.add(_key(obj))
    return found


def _key(declaration: object) -> tuple[str, str]:
    return (type(declaration).__name__, str(getattr(declaration, "name", "")))


def _words(declaration: m.Declaration) -> set[str]:
    """Significant words of its name and title, lower case, without accents."""
    text = " ".join(str(getattr(declaration, a, "") or "") for a in ("name", "title", "label"))
    return {_plain(w) for w in (x.lower() for x in _WORD.findall(text.replace("_", " "))) if w not in _COMMON}


def _plain(text: str) -> str:
    """Lower case, without accents: « Incomplète » -> « incomplete »."""
    decomposed = unicodedata.normalize("NFD", text.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _name(declaration: m.Declaration) -> str:
    return str(getattr(declaration, "name", None) or getattr(declaration, "label", ""))
