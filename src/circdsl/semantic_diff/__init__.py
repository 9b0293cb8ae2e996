"""The semantic diff of two circulars (`circ diff`): what changed in plain French, over the
checked models rather than the text, and last year's example cases replayed on the new file.

    diff = diff_files(Path("circulars/allegement_paris_2025.circ"), Path("circulars/allegement_paris_2026.circ"))
    render_text(diff)      # for a terminal
    render_markdown(diff)  # a « Ce qui change par rapport à l'an dernier » section of a page
    diff.to_dict()         # JSON-ready

`replaced_file` finds the file a circular's header names in `remplace`; `page_sections` gives the
pages of `circ build` the section that shows their readers what changed since the circular replaced
(`render_page`: titles rather than names)."""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from circdsl import model as m
from circdsl.compiler import Compiler
from circdsl.escape import Markdown
from circdsl.semantic_diff.compare import (
    AspectChange,
    Change,
    RowChange,
    Section,
    Status,
    compare_header,
    compare_sections,
)
from circdsl.semantic_diff.render import render_markdown, render_page, render_text
from circdsl.semantic_diff.replay import Replay, Verdict, replay

__all__ = [
    "AspectChange",
    "Change",
    "Replay",
    "RowChange",
    "Section",
    "SemanticDiff",
    "Status",
    "Verdict",
    "compare",
    "diff_files",
    "page_sections",
    "reader_labels",
    "render_json",
    "render_markdown",
    "render_page",
    "render_text",
    "replaced_file",
]


@dataclass(frozen=True)
class Side:
    """One of the two circulars compared."""

    file: str
    name: str
    title: str
    school_year: str | None

    def to_dict(self) -> dict[str, str | None]:
        return {"fichier": self.file, "nom": self.name, "titre": self.title, "année_scolaire": self.school_year}

    def shown(self) -> str:
        year = f" (année scolaire {self.school_year})" if self.school_year else ""
        return f"{self.file}{year}"


@dataclass(frozen=True)
class SemanticDiff:
    old: Side
    new: Side
    header: tuple[AspectChange, ...]
    sections: tuple[Section, ...]
    replays: tuple[Replay, ...]  # the cases whose verdict changes, or that no longer run
    replayed: int | None  # how many of last year's cases were replayed; None if not asked

    @property
    def title(self) -> str:
        return f"De {self.old.shown()} à {self.new.shown()}"

    @property
    def empty(self) -> bool:
        """Nothing changed but the header."""
        return not self.sections and not self.replays

    def to_dict(self) -> dict[str, object]:
        return {
            "ancien": self.old.to_dict(),
            "nouveau": self.new.to_dict(),
            "en_tête": [a.to_dict() for a in self.header],
            "sections": [s.to_dict() for s in self.sections],
            "cas_rejoués": None
            if self.replayed is None
            else {"nombre": self.replayed, "changements": [r.to_dict() for r in self.replays]},
        }


def compare(
    old: m.Circular,
    new: m.Circular,
    old_text: str | None = None,
    new_text: str | None = None,
    with_cases: bool = True,
) -> SemanticDiff:
    """The diff of two checked circulars; `*_text`, their .circ files, show unusual conditions as written."""
    sections = compare_sections(old, new, old_text, new_text)
    replays: list[Replay] = []
    replayed: int | None = None
    if with_cases:
        renamed = {
            c.old_name: c.name for s in sections if s.kind == "règle" for c in s.changes if c.old_name is not None
        }
        replays, replayed = replay(old, new, renamed)
    return SemanticDiff(
        _side(old), _side(new), tuple(compare_header(old, new)), tuple(sections), tuple(replays), replayed
    )


def diff_files(old: Path, new: Path, compiler: Compiler | None = None, with_cases: bool = True) -> SemanticDiff:
    """Compile two .circ files (CompileError if one has errors) and compare them."""
    compiler = compiler or Compiler()
    before = compiler.compile_file(old).circular
    after = compiler.compile_file(new).circular
    texts = [source.text if (source := compiler.files.get(c.file)) else None for c in (before, after)]
    return compare(before, after, texts[0], texts[1], with_cases)


def render_json(diff: SemanticDiff) -> str:
    return json.dumps(diff.to_dict(), ensure_ascii=False, indent=2) + "\n"


def replaced_file(circular: m.Circular, path: Path) -> Path | None:
    """The .circ file that the header's `remplace` names, relative to the folder of `path`, if it exists."""
    if not circular.replaces or not circular.replaces.endswith(".circ"):
        return None
    candidate = path.parent / circular.replaces
    return candidate if candidate.is_file() else None


def _side(circular: m.Circular) -> Side:
    return Side(circular.file, circular.name, circular.title, circular.school_year)


def reader_labels(circular: m.Circular) -> dict[str, str]:
    """Each name of a circular's .circ file -> what its page calls it: declarations by their
    title or label, table columns as `table.colonne`."""
    labels: dict[str, str] = {}
    for declaration in (*circular.all_facts, *circular.declarations()):
        label = getattr(declaration, "title", None) or getattr(declaration, "label", None)
        name = getattr(declaration, "name", None)
        if isinstance(name, str) and isinstance(label, str) and not isinstance(declaration, m.Case):
            labels[name] = label
    for table in circular.tables:
        labels.update((f"{table.name}.{column.name}", column.label) for column in table.columns)
    return labels


def page_sections(circulars: list[m.Circular], paths: Mapping[str, Path]) -> dict[str, Markdown]:
    """For each circular whose header's `remplace` names the .circ file of another circular of
    `circulars` (`paths`: circular name -> its file): the « Ce qui change par rapport à l'an
    dernier » section of its page, last year's example cases replayed. A replaced file that is
    not among them (another folder, or one that does not compile) gives no section."""
    by_file = {path.resolve(): c for c in circulars if (path := paths.get(c.name)) is not None}
    sections: dict[str, Markdown] = {}
    for circular in circulars:
        path = paths.get(circular.name)
        replaced = replaced_file(circular, path) if path is not None else None
        old = by_file.get(replaced.resolve()) if replaced is not None else None
        if old is not None and old is not circular:
            sections[circular.name] = render_page(compare(old, circular), reader_labels(old), reader_labels(circular))
    return sections
