"""The driver: read a .circ file, resolve its imports and source text, run
parse -> build -> check, and return the checked model or every diagnostic."""

from __future__ import annotations

import os
import stat
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

from circdsl import collector
from circdsl import model as m
from circdsl import nodes as n
from circdsl.analysis import analyze
from circdsl.builder import build
from circdsl.check import BrokenVocabularyError, Resolver, check
from circdsl.citations import SourceText
from circdsl.diagnostics import CompileError, Diagnostic, DiagnosticSink, Level
from circdsl.nodes import Module, Text
from circdsl.parser import parse
from circdsl.source import SourceFile, Span

CIRC_SUFFIX = ".circ"
SOURCES = "sources"  # the folder, next to the .circ files, that holds the source texts


def display_path(path: Path, root: Path | None = None) -> str:
    """Show a path relative to `root` (default: the working directory), with forward slashes."""
    try:
        return Path(os.path.relpath(path.resolve(), (root or Path.cwd()).resolve())).as_posix()
    except ValueError:  # another drive on Windows
        return path.as_posix()


@dataclass
class Compilation:
    """The result of compiling one file: the model and any warnings."""

    circular: m.Circular
    warnings: list[Diagnostic] = field(default_factory=list)


@dataclass
class Checked:
    """What checking one file gives, errors or not: the syntax tree (None if the file does not
    parse), the model (incomplete when there are errors: declarations with errors are left out)
    and every diagnostic."""

    module: n.Module | None
    circular: m.Circular | None
    diagnostics: list[Diagnostic]

    @property
    def failed(self) -> bool:
        return any(d.level is Level.ERROR for d in self.diagnostics)


@dataclass
class Compiler:
    """Compiles .circ files; vocabularies and source texts are read once and cached."""

    root: Path | None = None  # file names are shown relative to it (default: the working directory)
    vocabularies: dict[Path, m.Circular | CompileError | None] = field(default_factory=dict)
    sources: dict[Path, SourceText | None] = field(default_factory=dict)
    files: dict[str, SourceFile] = field(default_factory=dict)  # .circ files read, by shown name
    # What each compiled file read besides itself (vocabularies, transitively, and source texts):
    # the dependencies an incremental build checks before reusing what compiling it gave.
    read_by: dict[Path, set[Path]] = field(default_factory=dict)
    _reading: list[set[Path]] = field(default_factory=list)  # one set per compilation in progress

    def compile_file(self, path: Path) -> Compilation:
        """Compile one file; raise CompileError carrying every error found."""
        path = Path(path)
        self._reading.append(set())
        try:
            return self._compile_file(path)
        finally:
            self.read_by[path] = self._reading.pop()

    def _read(self, path: Path) -> None:
        """Note that the compilations in progress read `path` (and what it read, if compiled)."""
        for reads in self._reading:
            reads.add(path)
            reads.update(self.read_by.get(path, ()))

    def _compile_file(self, path: Path) -> Compilation:
        refusal = _file_refusal(path)
        if refusal is not None:
            raise CompileError([_refused_file(path, refusal, self.root)])
        try:
            source = SourceFile.read(path, display_path(path, self.root))
        except (OSError, UnicodeDecodeError) as error:
            raise CompileError([_file_error(path, error)]) from None
        return self.compile_source(source, path.parent)

    def compile_source(self, source: SourceFile, folder: Path) -> Compilation:
        """Compile source text whose imports and citations are relative to `folder`."""
        checked = self.check_source(source, folder)
        if checked.circular is None or checked.failed:
            raise CompileError(checked.diagnostics)
        return Compilation(checked.circular, checked.diagnostics)

    def check_source(self, source: SourceFile, folder: Path) -> Checked:
        """Every diagnostic of source text, and what could be built of it even with errors (for an editor)."""
        with collector.compiling():  # what it allocates lives until the compilation ends (see `collector`)
            return self._check_source(source, folder)

    def _check_source(self, source: SourceFile, folder: Path) -> Checked:
        self.files[source.name] = source
        try:
            module = build(parse(source))
        except CompileError as error:
            return Checked(None, None, error.diagnostics)
        sink = DiagnosticSink(source, other_files=self.files.get)
        imported_errors: list[Diagnostic] = []
        resolver = Resolver(
            vocabulary=lambda name: self._vocabulary(folder / f"{name}{CIRC_SUFFIX}", imported_errors),
            source_text=lambda relative: (
                self._source_text(folder / relative) if _readable_source(folder, relative) else None
            ),
        )
        refused = _refuse_source(module, folder, sink)
        circular = check(module, sink, resolver)
        if refused is not None:  # E014 says why the source was not read: no « introuvable » besides
            sink.items[:] = [d for d in sink.items if not (d.code == "E010" and d.span == refused.in_file(d.file))]
        errors = [d for d in sink.items if d.level is Level.ERROR] + imported_errors
        if errors:
            return Checked(module, circular, sink.items + imported_errors)
        source_text = self._source_text(folder / circular.source) if circular.source else None
        analyze(circular, sink, source_text, module)
        return Checked(module, circular, list(sink.items))

    def _vocabulary(self, path: Path, errors: list[Diagnostic]) -> m.Circular | None:
        self._read(path)
        if path not in self.vocabularies:
            self.vocabularies[path] = None  # guards against an import cycle
            if not path.is_file():
                return None
            try:
                self.vocabularies[path] = self.compile_file(path).circular
            except CompileError as error:
                self.vocabularies[path] = error
        result = self.vocabularies[path]
        if isinstance(result, CompileError):
            errors.extend(d for d in result.diagnostics if d not in errors)
            raise BrokenVocabularyError(str(path))
        return result

    def source_text(self, path: Path) -> SourceText | None:
        """The source text at `path` (read once; None if unreadable), as a compilation reads it."""
        return self._source_text(path)

    def _source_text(self, path: Path) -> SourceText | None:
        self._read(path)
        if path not in self.sources:
            try:
                self.sources[path] = SourceText(str(path), path.read_text(encoding="utf-8"))
            except (OSError, UnicodeDecodeError):
                self.sources[path] = None
        return self.sources[path]


def _stays_inside(relative: str) -> bool:
    """A source path names a file under the circular's folder: not absolute, no « .. »."""
    path = Path(relative)
    return not path.is_absolute() and not path.drive and ".." not in path.parts and "\\" not in relative


def source_refusal(folder: Path, relative: str) -> str | None:
    """Why the source text `relative` (from a header) may not be read, or None: it must be a
    regular file of the sources/ folder, reached through no symbolic link (a link could
    publish any file of the machine in the site). A path that leaves the folder (« .. »,
    absolute) is reported as not found (E010), as before; a missing file too."""
    if not _stays_inside(relative):
        return None
    parts = PurePosixPath(relative).parts
    if len(parts) < 2 or parts[0] != SOURCES:
        return f"le texte source « {relative} » doit se trouver dans le dossier {SOURCES}/ du dossier des circulaires"
    current = folder
    for part in parts:
        current = current / part
        if current.is_symlink():
            return f"« {PurePosixPath(*current.relative_to(folder).parts)} » est un lien symbolique : le texte source doit être un vrai fichier"
    if current.exists() and not current.is_file():
        return f"le texte source « {relative} » n'est pas un fichier ordinaire"
    return None


def _readable_source(folder: Path, relative: str) -> bool:
    return _stays_inside(relative) and source_refusal(folder, relative) is None


def _refuse_source(module: Module, folder: Path, sink: DiagnosticSink) -> Span | None:
    """Report E014 for a header source that may not be read; return the span reported."""
    for attr in module.header.attrs:
        if attr.key == "source" and isinstance(attr.value, Text):
            refusal = source_refusal(folder, attr.value.value)
            if refusal is not None:
                hint = f'copiez le texte de la circulaire dans un fichier de {SOURCES}/, par exemple "{SOURCES}/000_circulaire.txt"'
                sink.error("E014", attr.value.span, refusal, hint)
                return sink.items[-1].span  # as reported, with its file
    return None


def _file_refusal(path: Path) -> str | None:
    """A .circ file is read only if it is a regular file, not a symbolic link (nor a pipe, which would block)."""
    if path.is_symlink():
        return "est un lien symbolique : copiez le fichier .circ lui-même"
    try:
        mode = path.stat().st_mode
    except OSError:
        return None  # reported as not found by the reading
    return None if stat.S_ISREG(mode) else "n'est pas un fichier ordinaire"


def _refused_file(path: Path, refusal: str, root: Path | None) -> Diagnostic:
    try:  # the link itself, not its target (display_path resolves links)
        shown = Path(os.path.relpath(os.path.abspath(path), os.path.abspath(root or Path.cwd()))).as_posix()
    except ValueError:  # another drive on Windows
        shown = path.as_posix()
    return Diagnostic("E014", f"« {shown} » {refusal}", shown, Span.point(1, 1), "indiquez un fichier .circ ordinaire")


def is_vocabulary(path: Path) -> bool:
    """True if a .circ file declares a vocabulary or shared data (« données ») rather than a circular."""
    return imported_kind(path) is not None


def imported_kind(path: Path) -> str | None:
    """« vocabulaire » or « fichier de données » for a .circ file that circulars import, else None."""
    if _file_refusal(path) is not None:
        return None  # never read: compiling it reports why
    try:
        text = SourceFile.read(path).text  # at most its first 5 MB, a byte-order mark left out
    except (OSError, UnicodeDecodeError):
        return None
    for line in text.split("\n"):  # lines as the parser counts them
        stripped = line.strip()
        if stripped and not stripped.startswith("#"):
            first = stripped.split(maxsplit=1)[0]
            return {"vocabulaire": "vocabulaire", "données": "fichier de données"}.get(first)
    return None


def find_circulars(paths: list[Path]) -> list[Path]:
    """Expand folders into their .circ files, sorted; keep files as given."""
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            found.extend(sorted(path.rglob(f"*{CIRC_SUFFIX}")))
        else:
            found.append(path)
    return found


def _file_error(path: Path, error: Exception) -> Diagnostic:
    reason = (
        "fichier introuvable"
        if isinstance(error, FileNotFoundError)
        else "fichier illisible (il doit être encodé en UTF-8)"
    )
    return Diagnostic(
        "E010", f"{reason} : {path}", display_path(path), Span.point(1, 1), "vérifiez le chemin du fichier"
    )
