"""Go to definition and find references, across a file, the vocabularies it imports and the files
of its folder that import the same vocabularies."""

from __future__ import annotations

from dataclasses import dataclass

from lsprotocol import types

from circdsl.lsp.files import Analysis, Files
from circdsl.lsp.index import Key, Kind, Occurrence, Symbol


@dataclass(frozen=True)
class Target:
    """A symbol and the file that declares it."""

    analysis: Analysis
    symbol: Symbol

    def same(self, other: Target | None) -> bool:
        return (
            other is not None
            and other.analysis.uri == self.analysis.uri
            and other.symbol.name_span == self.symbol.name_span
        )

    @property
    def location(self) -> types.Location:
        return types.Location(self.analysis.uri, self.analysis.lines.range(self.symbol.name_span))


def resolve(files: Files, analysis: Analysis, key: Key) -> Target | None:
    """The declaration a key names in a file: its own, or one of the vocabularies it imports."""
    if key in analysis.index.symbols:
        return Target(analysis, analysis.index.symbols[key])
    names = [key[1]] if key[0] == "vocabulaire" else [name.text for name in analysis.index.imports]
    for name in names:
        vocabulary = files.analysis_of_path(analysis.vocabulary_path(name))
        if vocabulary is not None and key in vocabulary.index.symbols:
            return Target(vocabulary, vocabulary.index.symbols[key])
    return None


def target_at(files: Files, analysis: Analysis, position: types.Position) -> tuple[Occurrence, Target] | None:
    """The name under the cursor and what it names."""
    occurrence = analysis.index.at(*analysis.lines.line_column(position))
    if occurrence is None:
        return None
    target = resolve(files, analysis, occurrence.key)
    return (occurrence, target) if target is not None else None


def definition(files: Files, analysis: Analysis, position: types.Position) -> list[types.Location]:
    found = target_at(files, analysis, position)
    return [found[1].location] if found else []


def references(
    files: Files, analysis: Analysis, position: types.Position, include_declaration: bool
) -> list[types.Location]:
    found = target_at(files, analysis, position)
    if found is None:
        return []
    return [
        types.Location(file.uri, file.lines.range(occurrence.span))
        for file, occurrence in occurrences(files, found[1])
        if include_declaration or not occurrence.declaration
    ]


def occurrences(files: Files, target: Target) -> list[tuple[Analysis, Occurrence]]:
    """Every place a symbol is written: in its file, and in the files that import its vocabulary."""
    owner = target.analysis
    vocabulary = owner.index.header.kind == "vocabulaire" or target.symbol.kind is Kind.VOCABULARY
    # a name is written whole in a file that uses it: its last part, at least (`agent.statut` → `statut`)
    readers = files.project(owner, mentioning=target.symbol.name.rsplit(".", 1)[-1]) if vocabulary else [owner]
    found = []
    for file in readers:
        for occurrence in file.index.of_key(target.symbol.key):
            if target.same(resolve(files, file, occurrence.key)):
                found.append((file, occurrence))
    return found
