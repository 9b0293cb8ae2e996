"""`circ fmt` on files: read each .circ file, lay it out, and write it back only when it
changes, atomically (a temporary file in the same folder, then renamed over the file: an
interrupted run leaves the old file or the new one, never half of one). A file with syntax
errors is reported and left as it is.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass, field
from pathlib import Path

from circdsl.compiler import display_path, find_circulars
from circdsl.diagnostics import CompileError, Diagnostic
from circdsl.files import write_text_atomically
from circdsl.fmt import FormatterError, format_text
from circdsl.parser import parse
from circdsl.source import SourceFile, Span


@dataclass
class FileResult:
    """One file: its text, the formatted text (None if it could not be formatted) and why not."""

    path: Path
    name: str  # as shown to the user
    original: str
    formatted: str | None = None
    diagnostics: list[Diagnostic] = field(default_factory=list)
    bug: str | None = None  # the formatter refused its own output (FormatterError)
    raw: bytes = b""  # the bytes of the file (a byte-order mark or « \r\n » are changes too)

    @property
    def changed(self) -> bool:
        return self.formatted is not None and self.formatted.encode("utf-8") != self.raw


def format_file(path: Path) -> FileResult:
    """Read and format one file (nothing is written)."""
    name = display_path(path)
    try:
        raw = path.read_bytes()
        source = SourceFile.read(path, name)
    except (OSError, UnicodeDecodeError) as error:
        return FileResult(path, name, "", diagnostics=[_unreadable(name, error)])
    result = FileResult(path, name, source.text, raw=raw)
    try:
        if source.oversized:
            parse(source)  # refuses the file (E010) as `circ check` does
        result.formatted = format_text(source.text, name)
    except CompileError as error:
        result.diagnostics = error.diagnostics
    except FormatterError as error:
        result.bug = str(error)
    return result


def format_paths(paths: list[Path]) -> list[FileResult]:
    """Format every .circ file under `paths` (folders are searched recursively), in order."""
    return [format_file(path) for path in find_circulars(paths)]


def write_atomically(path: Path, text: str) -> None:
    """Replace a file's content in one step, keeping its permissions (through a symbolic link, the
    file it points to); raise OSError on failure."""
    write_text_atomically(path.resolve() if path.is_symlink() else path, text)


def unified_diff(result: FileResult) -> list[str]:
    """The changes the formatter makes to a file, as a unified diff (lines with their ends)."""
    if result.formatted is None:
        return []
    before = [_ended(line) for line in result.original.splitlines(keepends=True)]
    after = result.formatted.splitlines(keepends=True)
    return list(difflib.unified_diff(before, after, f"a/{result.name}", f"b/{result.name}"))


def _ended(line: str) -> str:
    return line if line.endswith("\n") else line + "\n"


def _unreadable(name: str, error: Exception) -> Diagnostic:
    reason = "fichier introuvable" if isinstance(error, FileNotFoundError) else "fichier illisible"
    if isinstance(error, UnicodeDecodeError):
        reason = "fichier illisible (il doit être encodé en UTF-8)"
    return Diagnostic(
        "E010", f"{reason} : {name}", name, Span.point(1, 1), "vérifiez le chemin et l'encodage du fichier"
    )
