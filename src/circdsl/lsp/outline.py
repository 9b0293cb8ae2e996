"""The outline of a file: one symbol per declaration, the values of a choice and the columns of a
table under their declaration."""

from __future__ import annotations

from lsprotocol import types

from circdsl import nodes as n
from circdsl.lsp.files import Analysis
from circdsl.lsp.index import Kind, Symbol
from circdsl.source import Span

SymbolKind = types.SymbolKind
KINDS = {
    Kind.FACT: SymbolKind.Variable,
    Kind.VALUE: SymbolKind.Function,
    Kind.TABLE: SymbolKind.Struct,
    Kind.COLUMN: SymbolKind.Field,
    Kind.RULE: SymbolKind.Boolean,
    Kind.DOCUMENT: SymbolKind.File,
    Kind.SERVICE: SymbolKind.Object,
    Kind.DEADLINE: SymbolKind.Event,
    Kind.PERIOD: SymbolKind.Event,
    Kind.EVENT: SymbolKind.Event,
    Kind.OPINION: SymbolKind.Interface,
    Kind.EXAMINATION: SymbolKind.Interface,
    Kind.CASE: SymbolKind.Class,
    Kind.CHOICE: SymbolKind.EnumMember,
    Kind.VOCABULARY: SymbolKind.Namespace,
}


# The members shown under a declaration: the values of a choice, the columns of a table.
MEMBERS = {Kind.FACT: Kind.CHOICE, Kind.TABLE: Kind.COLUMN, Kind.COLUMN: Kind.CHOICE}


def outline(analysis: Analysis) -> list[types.DocumentSymbol]:
    module = analysis.module
    found = []
    header = module.header
    if header.name.text:
        parts = [  # the parts of a shared source this circular claims (« partie "…" … "…" »)
            _symbol(analysis, "partie", _passage(a.value), SymbolKind.String, a.span, a.value.span)
            for a in header.attrs
            if isinstance(a.value, n.PassageText) and a.key == "source_part"
        ]
        found.append(
            _symbol(analysis, header.name.text, header.kind, SymbolKind.Namespace, header.span, header.name.span, parts)
        )
    declared = {id(s.node): s for s in analysis.index.declared}
    for decl in module.decls:
        if isinstance(decl, n.Import):
            found.append(_symbol(analysis, decl.name.text, "utilise", SymbolKind.Module, decl.span, decl.name.span))
        elif isinstance(decl, n.RequestDecl):
            found.append(_symbol(analysis, "dépôt", decl.label.value, SymbolKind.Package, decl.span, decl.label.span))
        elif isinstance(decl, n.UnruledDecl):
            detail = _passage(decl.passage) + (f" : {decl.reason.value}" if decl.reason else "")
            found.append(_symbol(analysis, "hors règles", detail, SymbolKind.String, decl.span, decl.passage.span))
        elif id(decl) in declared:
            found.append(_declaration(analysis, declared[id(decl)]))
    return found


def _declaration(analysis: Analysis, symbol: Symbol) -> types.DocumentSymbol:
    wanted = MEMBERS.get(symbol.kind)
    members = [m for m in analysis.index.declared if m.kind is wanted and m.owner == symbol.name]
    children = [_declaration(analysis, member) for member in members]
    return _symbol(analysis, symbol.name, _detail(symbol), KINDS[symbol.kind], symbol.span, symbol.name_span, children)


def _passage(passage: n.PassageText) -> str:
    """A passage as the outline shows it: « premiers mots … derniers mots », each cut short."""
    shown = _cut(passage.first.value)
    return f"« {shown} … {_cut(passage.last.value)} »" if passage.last else f"« {shown} »"


def _cut(text: str, width: int = 40) -> str:
    return text if len(text) <= width else text[: width - 1].rstrip() + "…"


def _detail(symbol: Symbol) -> str:
    node = symbol.node
    label = getattr(node, "label", None) or getattr(node, "title", None)
    text = label.value if isinstance(label, n.Text) else ""
    if isinstance(node, n.RuleDecl):
        return f"{node.severity} — {text}"
    if symbol.kind is Kind.CASE:
        return "cas"
    return text


def _symbol(
    analysis: Analysis,
    name: str,
    detail: str,
    kind: types.SymbolKind,
    span: Span,
    name_span: Span,
    children: list[types.DocumentSymbol] | None = None,
) -> types.DocumentSymbol:
    whole = analysis.lines.range(span)
    selection = analysis.lines.range(name_span)
    if (selection.start.line, selection.start.character) < (whole.start.line, whole.start.character):
        whole = types.Range(selection.start, whole.end)  # the selection must lie inside the whole range
    return types.DocumentSymbol(
        name=name or "?",
        detail=detail,
        kind=kind,
        range=whole,
        selection_range=selection,
        children=children or None,
    )
