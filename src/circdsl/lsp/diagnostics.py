"""The compiler's diagnostics as the protocol's: the same codes, messages, hints and related places.

A diagnostic carries its fixes (`Diagnostic.fixes`) in its `data`, so that a quick fix needs nothing
but the diagnostic the editor sends back. The errors of an imported vocabulary are shown in the
vocabulary; the file that imports it gets one diagnostic on its « utilise » line that points to them.
"""

from __future__ import annotations

from typing import Any

from lsprotocol import types

from circdsl.diagnostics import Diagnostic, Level
from circdsl.lsp.files import Analysis
from circdsl.lsp.positions import Lines
from circdsl.source import Span

SOURCE = "circ"
IMPORT_CODE = "E013"  # « import invalide »: the vocabulary imported has errors
_UNNECESSARY = {"E811", "E812"}  # declared for nothing: shown faded
_SEVERITY = {Level.ERROR: types.DiagnosticSeverity.Error, Level.WARNING: types.DiagnosticSeverity.Warning}


def lsp_diagnostics(analysis: Analysis) -> list[types.Diagnostic]:
    """The diagnostics of a document, located in it."""
    own = [d for d in analysis.checked.diagnostics if d.file in ("", analysis.name)]
    elsewhere = [d for d in analysis.checked.diagnostics if d not in own]
    found = [convert(d, analysis) for d in own]
    found += _imported_errors(analysis, elsewhere)
    return found


def convert(diagnostic: Diagnostic, analysis: Analysis) -> types.Diagnostic:
    message = diagnostic.message + (f"\naide : {diagnostic.hint}" if diagnostic.hint else "")
    related = [
        types.DiagnosticRelatedInformation(
            location=types.Location(analysis.uri_of_file(note.file), _range(analysis, note.file, note.span)),
            message=note.message,
        )
        for note in diagnostic.related
    ]
    return types.Diagnostic(
        range=analysis.lines.range(diagnostic.span),
        message=message,
        severity=_SEVERITY[diagnostic.level],
        code=diagnostic.code,
        source=SOURCE,
        related_information=related or None,
        tags=[types.DiagnosticTag.Unnecessary] if diagnostic.code in _UNNECESSARY else None,
        data={"fixes": [fix_data(fix.span, fix.replacement, fix.title) for fix in diagnostic.fixes]}
        if diagnostic.fixes
        else None,
    )


def fix_data(span: Span, replacement: str, title: str) -> dict[str, Any]:
    """A fix as JSON, in the compiler's coordinates (the server converts them with the document's text)."""
    return {
        "span": [span.line, span.column, span.end_line, span.end_column],
        "replacement": replacement,
        "title": title,
    }


def _range(analysis: Analysis, file: str, span: Span) -> types.Range:
    """A range in this document, or in another file the compiler read (a vocabulary)."""
    if file in ("", analysis.name):
        return analysis.lines.range(span)
    other = analysis.compiler.files.get(file)
    if other is None:  # not read: its columns are taken as they are
        return types.Range(
            types.Position(span.line - 1, span.column - 1), types.Position(span.end_line - 1, span.end_column - 1)
        )
    return Lines(other.text, analysis.lines.codec).range(span)


def _imported_errors(analysis: Analysis, elsewhere: list[Diagnostic]) -> list[types.Diagnostic]:
    """One error per imported vocabulary that has errors, on its « utilise » line."""
    found = []
    for name in analysis.index.imports:
        shown = f"{name.text}.circ"
        errors = [d for d in elsewhere if d.level is Level.ERROR and d.file.rsplit("/", 1)[-1] == shown]
        if not errors:
            continue
        related = [
            types.DiagnosticRelatedInformation(
                location=types.Location(analysis.uri_of_file(d.file), _range(analysis, d.file, d.span)),
                message=f"[{d.code}] {d.message}",
            )
            for d in errors
        ]
        count = len(errors)
        found.append(
            types.Diagnostic(
                range=analysis.lines.range(name.span),
                message=f"le fichier importé « {name.text} » a {count} erreur{'s' if count > 1 else ''} : "
                "ses déclarations ne sont pas importées tant qu'elles ne sont pas corrigées"
                f"\naide : corrigez {shown}",
                severity=types.DiagnosticSeverity.Error,
                code=IMPORT_CODE,
                source=SOURCE,
                related_information=related,
            )
        )
    return found
