"""Quick fixes: the corrections the compiler attached to its diagnostics (« vouliez-vous dire … ? »,
the nearest passage of the source for a citation not found), applied as they are."""

from __future__ import annotations

from typing import Any

from lsprotocol import types

from circdsl.lsp.files import Analysis
from circdsl.source import Span


def quick_fixes(analysis: Analysis, params: types.CodeActionParams) -> list[types.CodeAction]:
    actions = []
    for diagnostic in params.context.diagnostics:
        fixes = _fixes_of(diagnostic.data)
        for span, replacement, title in fixes:
            edit = types.TextEdit(analysis.lines.range(span), replacement)
            actions.append(
                types.CodeAction(
                    title=title,
                    kind=types.CodeActionKind.QuickFix,
                    diagnostics=[diagnostic],
                    edit=types.WorkspaceEdit(changes={analysis.uri: [edit]}),
                    is_preferred=len(fixes) == 1 or None,
                )
            )
    return actions


def _fixes_of(data: Any) -> list[tuple[Span, str, str]]:
    """The fixes a diagnostic carries (see `diagnostics.fix_data`); anything else is ignored."""
    if not isinstance(data, dict) or not isinstance(data.get("fixes"), list):
        return []
    found = []
    for fix in data["fixes"]:
        try:
            line, column, end_line, end_column = (int(x) for x in fix["span"])
            found.append((Span(line, column, end_line, end_column), str(fix["replacement"]), str(fix["title"])))
        except (KeyError, TypeError, ValueError):
            continue
    return found
