"""The .circ files the server knows, each checked and indexed once per text.

An open document is read from the editor (its unsaved text), any other file from the disk. A file
is checked by the compiler itself (`Compiler.check_source`), with one compiler per folder: its
imports and citations are relative to that folder, and the vocabularies it imports (`commun.circ`)
and the source texts it cites are compiled and read once, then reused until their text changes
(an edit in the editor, or a new date on the disk). An analysis is kept per document until its
text, or the text of something it reads, changes.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from pygls.workspace.position_codec import PositionCodec

from circdsl import nodes as n
from circdsl.builder import build
from circdsl.compiler import CIRC_SUFFIX, Checked, Compilation, Compiler, display_path
from circdsl.diagnostics import CompileError
from circdsl.lsp.index import Index, Key, Symbol, index_module
from circdsl.lsp.positions import Lines, path_of, uri_of
from circdsl.lsp.syntax import tolerant_module
from circdsl.parser import parse
from circdsl.source import MAX_SOURCE_BYTES, SourceFile

Stamp = object  # what tells that a file's text changed


@dataclass
class EditorCompiler(Compiler):
    """The compiler of one folder, reading open documents from the editor rather than the disk."""

    unsaved: Callable[[Path], str | None] = lambda path: None
    stamp: Callable[[Path], Stamp] = lambda path: None
    seen: dict[Path, Stamp] = field(default_factory=dict)  # what the caches were read from

    def compile_file(self, path: Path) -> Compilation:
        """A vocabulary, from the editor when it is open there."""
        self.seen[path] = self.stamp(path)
        text = self.unsaved(path)
        if text is None:
            return super().compile_file(path)
        return self.compile_source(SourceFile(display_path(path, self.root), text), path.parent)

    def refresh(self) -> None:
        """Forget the vocabularies and source texts as soon as one of them changed."""
        for path in self.sources:
            self.seen.setdefault(path, self.stamp(path))
        if any(self.stamp(path) != stamp for path, stamp in self.seen.items()):
            self.vocabularies.clear()
            self.sources.clear()
            self.seen.clear()


@dataclass
class Analysis:
    """One text of a .circ file: the compiler's verdict, its syntax tree (partial when it does not
    parse) and the index of its names."""

    uri: str
    path: Path | None
    folder: Path
    text: str = field(repr=False)
    version: int | None
    lines: Lines = field(repr=False)
    module: n.Module = field(repr=False)
    index: Index = field(repr=False)
    name: str  # the name the compiler reports it under
    compiler: EditorCompiler = field(repr=False)
    check: Callable[[], Checked] = field(repr=False)  # runs the compiler on the text
    dependencies: dict[Path, Stamp] = field(default_factory=dict, repr=False)  # vocabularies and source text read
    _checked: Checked | None = field(default=None, repr=False)

    @property
    def checked(self) -> Checked:
        """The compiler's verdict: computed at once for an open document, when first needed for
        another file (navigating a folder only needs the syntax trees)."""
        if self._checked is None:
            self._checked = self.check()
        return self._checked

    def uri_of_file(self, shown: str) -> str:
        """The URI of a file as a diagnostic names it (this file, or one of its folder)."""
        return self.uri if shown in ("", self.name) else uri_of(self.folder / shown)

    def vocabulary_path(self, name: str) -> Path:
        return self.folder / f"{name}{CIRC_SUFFIX}"


@dataclass
class Opened:
    text: str
    version: int | None


class Files:
    """Open documents, the files of their folders, and their analyses."""

    def __init__(self, codec: Callable[[], PositionCodec] = PositionCodec):
        self.codec = codec
        self.opened: dict[str, Opened] = {}
        self.analyses: dict[str, Analysis] = {}
        self.compilers: dict[Path, EditorCompiler] = {}
        self.default_folder = Path.cwd()  # for an unsaved document: the workspace's circulars
        self._disk: dict[Path, tuple[Stamp, str | None]] = {}
        self._lock = threading.RLock()  # analyses run in a worker thread and in requests
        self._in_progress: set[str] = set()

    # ------------------------------------------------------------ documents
    def open(self, uri: str, text: str, version: int | None) -> None:
        with self._lock:
            self.opened[uri] = Opened(text, version)

    def close(self, uri: str) -> None:
        with self._lock:
            self.opened.pop(uri, None)
            self.analyses.pop(uri, None)

    def version(self, uri: str) -> int | None:
        opened = self.opened.get(uri)
        return opened.version if opened else None

    def text_of(self, path: Path) -> str | None:
        """The text of a file: unsaved in the editor, or on the disk (None if it cannot be read)."""
        opened = self.opened.get(uri_of(path))
        if opened is not None:
            return opened.text
        stamp = self._disk_stamp(path)
        cached = self._disk.get(path)
        if cached is not None and cached[0] == stamp:
            return cached[1]
        text = None
        if stamp is not None:
            try:
                source = SourceFile.read(path)
                text = None if source.oversized else source.text
            except (OSError, UnicodeDecodeError):
                text = None
        self._disk[path] = (stamp, text)
        return text

    def stamp(self, path: Path) -> Stamp:
        """What a file's text is now (open or on the disk): equal stamps, equal texts."""
        text = self.text_of(path)
        return None if text is None else hash(text)

    @staticmethod
    def _disk_stamp(path: Path) -> Stamp:
        try:
            status = path.stat()
        except OSError:
            return None
        return (status.st_mtime_ns, status.st_size) if status.st_size <= MAX_SOURCE_BYTES else "trop grand"

    # ------------------------------------------------------------ analyses
    def analysis(self, uri: str) -> Analysis | None:
        """The analysis of a document's current text (None for a file that cannot be read)."""
        with self._lock:
            path = path_of(uri)
            opened = self.opened.get(uri)
            text = opened.text if opened is not None else (self.text_of(path) if path else None)
            if text is None:
                return None
            cached = self.analyses.get(uri)
            if cached is not None and cached.text == text and self._fresh(cached):
                cached.version = opened.version if opened else None
                result = cached
            elif uri in self._in_progress:  # a vocabulary that imports what imports it
                return cached
            else:
                self._in_progress.add(uri)
                try:
                    result = self._analyse(uri, path, text, opened.version if opened else None)
                finally:
                    self._in_progress.discard(uri)
                self.analyses[uri] = result
            if opened is not None:
                result.checked  # noqa: B018 - an open document is checked now, in the caller's thread
            return result

    def analysis_of_path(self, path: Path) -> Analysis | None:
        return self.analysis(uri_of(path))

    def _fresh(self, analysis: Analysis) -> bool:
        return all(self.stamp(path) == stamp for path, stamp in analysis.dependencies.items())

    def _analyse(self, uri: str, path: Path | None, text: str, version: int | None) -> Analysis:
        folder = path.parent if path is not None else self.default_folder
        compiler = self.compiler(folder)
        name = display_path(path, folder) if path is not None else uri

        def check() -> Checked:
            with self._lock:
                compiler.refresh()
                return compiler.check_source(SourceFile(name, text), folder)

        checked = check() if uri in self.opened else None
        if checked is not None:
            module = checked.module or tolerant_module(text)
        else:
            module = _syntax_tree(SourceFile(name, text))
        lines = Lines(text, self.codec())
        dependencies: dict[Path, Stamp] = {}
        index = index_module(module, lines, self._imported(module, folder, dependencies))
        source = _source_of(module)
        if source is not None:
            dependencies[folder / source] = self.stamp(folder / source)
        return Analysis(
            uri, path, folder, text, version, lines, module, index, name, compiler, check, dependencies, checked
        )

    def _imported(
        self, module: n.Module, folder: Path, dependencies: dict[Path, Stamp]
    ) -> Callable[[Key], Symbol | None]:
        """How a file finds the symbols of the vocabularies it imports."""
        indexes: list[Index] = []
        for decl in module.decls:
            if isinstance(decl, n.Import):
                path = folder / f"{decl.name.text}{CIRC_SUFFIX}"
                dependencies[path] = self.stamp(path)
                vocabulary = self.analysis_of_path(path)
                if vocabulary is not None:
                    indexes.append(vocabulary.index)

        def find(key: Key) -> Symbol | None:
            for index in indexes:
                if key in index.symbols:
                    return index.symbols[key]
            return None

        return find

    def compiler(self, folder: Path) -> EditorCompiler:
        if folder not in self.compilers:
            self.compilers[folder] = EditorCompiler(
                root=folder,
                unsaved=lambda path: self.opened[uri_of(path)].text if uri_of(path) in self.opened else None,
                stamp=self.stamp,
            )
        return self.compilers[folder]

    # ------------------------------------------------------------ projects
    def project(self, analysis: Analysis, mentioning: str = "") -> list[Analysis]:
        """The files that may import each other with this one: the .circ files of its folder, open or
        not; only those whose text holds `mentioning` (the others are not even parsed)."""
        with self._lock:
            paths = {path for path in analysis.folder.glob(f"*{CIRC_SUFFIX}") if path.is_file()}
            uris = {uri_of(path) for path in paths if mentioning in (self.text_of(path) or "")}
            uris |= {
                uri for uri, opened in self.opened.items() if _in(uri, analysis.folder) and mentioning in opened.text
            }
            uris.add(analysis.uri)
            found = [self.analysis(uri) for uri in sorted(uris)]
            return [a for a in found if a is not None]

    def dependents(self, uri: str) -> list[str]:
        """The open documents that read a file (a vocabulary they import, a source text they cite)."""
        path = path_of(uri)
        if path is None:
            return []
        with self._lock:
            return [
                other
                for other, analysis in self.analyses.items()
                if other != uri and other in self.opened and path in analysis.dependencies
            ]


def _source_of(module: n.Module) -> str | None:
    for attr in module.header.attrs:
        if attr.key == "source" and isinstance(attr.value, n.Text):
            return attr.value.value
    return None


def _syntax_tree(source: SourceFile) -> n.Module:
    """The syntax tree of a file; the declarations that parse, when it has syntax errors."""
    try:
        return build(parse(source))
    except CompileError:
        return tolerant_module(source.text)


def _in(uri: str, folder: Path) -> bool:
    path = path_of(uri)
    return path is not None and path.parent == folder
