"""Completion: the keywords the grammar accepts at the cursor, and the names that fit there.

The declaration around the cursor is read by the parser itself, up to the word being typed: the
terminals it accepts next give the keywords; when it accepts a name, the words before say which
names fit — a fact after « agent. » or in a condition, a value of the choice compared after « = »
or in « dans { », a service after « à », a deadline after « respecte », a period after « pendant »,
a rule, document or fact in the expectations of an example case, the value of a table's input in
its cell.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from lark import Token
from lark.exceptions import UnexpectedInput
from lark.utils import TextSlice
from lsprotocol import types

from circdsl import nodes as n
from circdsl.compiler import CIRC_SUFFIX
from circdsl.lark_parser import RESUME, START, SplitWord, TooDeep, keyword_values
from circdsl.lsp.files import Analysis, Files
from circdsl.lsp.hover import describe
from circdsl.lsp.index import Kind, Symbol
from circdsl.lsp.navigation import Target
from circdsl.parser import declaration_starts, get_parser

ItemKind = types.CompletionItemKind
ITEM_KINDS = {
    Kind.FACT: ItemKind.Field,
    Kind.VALUE: ItemKind.Value,
    Kind.TABLE: ItemKind.Struct,
    Kind.COLUMN: ItemKind.Field,
    Kind.RULE: ItemKind.Function,
    Kind.DOCUMENT: ItemKind.File,
    Kind.SERVICE: ItemKind.Module,
    Kind.DEADLINE: ItemKind.Event,
    Kind.PERIOD: ItemKind.Event,
    Kind.EVENT: ItemKind.Event,
    Kind.OPINION: ItemKind.Interface,
    Kind.EXAMINATION: ItemKind.Interface,
    Kind.CASE: ItemKind.Text,
    Kind.CHOICE: ItemKind.EnumMember,
    Kind.VOCABULARY: ItemKind.Module,
}
COMPARATORS = {"=", "≠", "!=", "<", "<=", "≤", ">", ">=", "≥"}
EXPRESSION = (Kind.FACT, Kind.VALUE, Kind.COLUMN, Kind.TABLE)
# The word after which a list of names begins, and what those names are.
LIST_ANCHORS = {
    "via": (Kind.SERVICE,),
    "selon": (Kind.FACT, Kind.VALUE, Kind.COLUMN),
    "manque": (Kind.FACT,),
    "pièces": (Kind.DOCUMENT,),
    "envoi": (Kind.DOCUMENT,),
    "respecte": (Kind.DEADLINE,),
    "pendant": (Kind.PERIOD,),
}
_WORD = frozenset("_.-'’")


@dataclass(frozen=True)
class Context:
    """What the parser read before the word being typed."""

    tokens: list[Token]
    accepted: set[str]
    declaration: str  # the keyword that opens the declaration, or "" in the header


def complete(files: Files, analysis: Analysis, position: types.Position) -> types.CompletionList:
    line, column = analysis.lines.line_column(position)
    offset = analysis.lines.offset(line, column)
    start = _word_start(analysis.text, offset)
    context = _context(analysis.text, start)
    if context is None:
        return types.CompletionList(is_incomplete=False, items=[])
    replaced = types.Range(analysis.lines.position(*_line_column(analysis, start)), position)
    items = [_keyword(word, replaced) for word in _keywords(context)]
    if "NAME" in context.accepted:
        found = _names(files, analysis, context, line)
        items += [_name(analysis, name, kind, target, replaced) for name, kind, target in found]
    return types.CompletionList(is_incomplete=False, items=items)


def _line_column(analysis: Analysis, offset: int) -> tuple[int, int]:
    span = analysis.lines.span(offset, offset)
    return span.line, span.column


def _word_start(text: str, offset: int) -> int:
    while offset > 0 and (text[offset - 1].isalnum() or text[offset - 1] in _WORD):
        offset -= 1
    return offset


def _context(text: str, end: int) -> Context | None:
    """Parse the declaration around `end` up to it; None inside a comment or a text between quotes."""
    starts = [s for s in declaration_starts(text) if s <= end]
    start, rule = (starts[-1], RESUME) if starts else (0, START)
    parser: Any = get_parser().parse_interactive(TextSlice(text, start, end), start=rule)  # accepts() is untyped
    tokens: list[Token] = []
    try:
        for token in parser.iter_parse():
            tokens.append(token)
    except (UnexpectedInput, SplitWord, TooDeep):
        if _inside_comment_or_text(text, start, end):
            return None
        return Context(tokens, {"NAME"}, _declaration_word(tokens, rule))
    if _inside_comment_or_text(text, start, end):
        return None
    return Context(tokens, set(parser.accepts()), _declaration_word(tokens, rule))


def _inside_comment_or_text(text: str, start: int, end: int) -> bool:
    """Whether `end` is in a comment or an unclosed text, reading from `start` (outside both)."""
    inside_text = False
    position = start
    while position < end:
        char = text[position]
        if inside_text:
            if char == "\\":
                position += 1
            elif char == '"':
                inside_text = False
        elif char == '"':
            inside_text = True
        elif char == "#":
            line_end = text.find("\n", position)
            if line_end < 0 or line_end >= end:
                return True
            position = line_end
        position += 1
    return inside_text


def _declaration_word(tokens: list[Token], rule: str) -> str:
    return str(tokens[0]) if tokens and rule == RESUME else ""


# ---------------------------------------------------------------- keywords


def _keywords(context: Context) -> list[str]:
    words = [w for w in keyword_values(context.accepted) if w[:1].isalpha()]
    return sorted(set(words))


def _keyword(word: str, replaced: types.Range) -> types.CompletionItem:
    return types.CompletionItem(
        label=word,
        kind=ItemKind.Keyword,
        text_edit=types.TextEdit(replaced, word),
        sort_text=f"2{word}",
    )


# ---------------------------------------------------------------- names


def _names(files: Files, analysis: Analysis, context: Context, line: int) -> Iterable[tuple[str, Kind, Target | None]]:
    """The names that fit, with their kind and, when declared, their declaration."""
    visible = _visible(files, analysis)
    tokens = context.tokens
    previous = str(tokens[-1]) if tokens else ""
    if previous in (
        "fait",
        "valeur",
        "règle",
        "pièce",
        "service",
        "échéance",
        "période",
        "événement",
        "table",
        "avis",
        "examen",
        "circulaire",
        "vocabulaire",
        "donne",
    ):
        return []  # a new name is being declared
    if previous == "utilise":
        return [
            (p.stem, Kind.VOCABULARY, None)
            for p in sorted(analysis.folder.glob(f"*{CIRC_SUFFIX}"))
            if p != analysis.path
        ]
    kinds = _kinds_after(context, line, visible)
    if isinstance(kinds, list):
        return kinds
    return [(t.symbol.name, t.symbol.kind, t) for t in visible if t.symbol.kind in kinds]


def _kinds_after(
    context: Context, line: int, visible: list[Target]
) -> tuple[Kind, ...] | list[tuple[str, Kind, Target | None]]:
    """The kinds of names that fit after the tokens read, or the names themselves (values of a choice)."""
    tokens = context.tokens
    previous = str(tokens[-1]) if tokens else ""
    if context.declaration == "table" and "|" in [str(t) for t in tokens if t.line == line]:
        return _cell_values(tokens, line, visible)
    if previous in COMPARATORS or previous == "{" or (previous == "," and _inside_set(tokens)):
        owner = _compared(tokens)
        if owner is not None:
            choices = _choices_of(owner, visible)
            if choices is not None:
                return choices
        if previous != "=" or context.declaration != "cas":
            return EXPRESSION if previous in COMPARATORS else ()
    anchor = _list_anchor(tokens)
    if anchor == "à" or (anchor == "par" and context.declaration in ("examen", "avis")):
        return (Kind.SERVICE, Kind.COLUMN)
    if anchor == "par" and context.declaration == "cas":
        return (Kind.RULE,)
    if anchor == "de" and len(tokens) > 1 and str(tokens[-2]) == "nombre":
        return (Kind.FACT,)
    if anchor in LIST_ANCHORS:
        return LIST_ANCHORS[anchor]
    if context.declaration == "cas":
        return (Kind.FACT,)
    return (*EXPRESSION, Kind.DEADLINE, Kind.EVENT)  # an event names its date


def _list_anchor(tokens: list[Token]) -> str:
    """The word that opens the list of names being written (« à smfp, drh, » → « à »)."""
    position = len(tokens) - 1
    while position >= 0 and (tokens[position].type in ("NAME", "DOT") or str(tokens[position]) == ","):
        position -= 1
    return str(tokens[position]) if position >= 0 else ""


def _inside_set(tokens: list[Token]) -> bool:
    for token in reversed(tokens):
        if str(token) in ("{", "}"):
            return str(token) == "{"
    return False


def _qname_before(tokens: list[Token], end: int) -> str | None:
    """The dotted name that ends just before tokens[end] (names and dots alternate)."""
    parts: list[str] = []
    position = end - 1
    expected = "NAME"
    while position >= 0 and tokens[position].type == expected:
        parts.insert(0, str(tokens[position]))
        expected = "DOT" if expected == "NAME" else "NAME"
        position -= 1
    if parts and parts[0] == ".":
        parts.pop(0)
    return "".join(parts) or None


def _compared(tokens: list[Token]) -> str | None:
    """The name whose values are being written: before a comparator, « dans { », « hors de { » or « = » of a case."""
    position = len(tokens) - 1
    while position >= 0 and str(tokens[position]) not in ("{", *COMPARATORS):
        position -= 1
    if position < 0:
        return None
    if str(tokens[position]) != "{":
        return _qname_before(tokens, position)
    words = [str(t) for t in tokens[max(0, position - 2) : position]]
    if words[-1:] == ["dans"] or words[-1:] == ["="]:  # « x dans { », a multiple choice in a case « x = { »
        return _qname_before(tokens, position - 1)
    if words == ["hors", "de"]:
        return _qname_before(tokens, position - 2)
    return None


def _choices_of(owner: str, visible: list[Target]) -> list[tuple[str, Kind, Target | None]] | None:
    found = [t for t in visible if t.symbol.kind is Kind.CHOICE and t.symbol.owner == owner]
    if not found and not any(t.symbol.name == owner and t.symbol.choices for t in visible):
        return None
    return [(t.symbol.name, Kind.CHOICE, t) for t in found]


def _cell_values(tokens: list[Token], line: int, visible: list[Target]) -> list[tuple[str, Kind, Target | None]]:
    """In a row of a table, the values of the input (or the column) of the cell being written."""
    cell = sum(1 for t in tokens if t.line == line and str(t) == "|") - 1
    inputs = _table_inputs(tokens)
    if 0 <= cell < len(inputs):
        return _choices_of(inputs[cell], visible) or []
    outputs = [str(tokens[i + 1]) for i, t in enumerate(tokens[:-1]) if str(t) == "donne"]
    table = str(tokens[1]) if len(tokens) > 1 else ""
    column = cell - len(inputs)
    if 0 <= column < len(outputs):
        name = f"{table}.{outputs[column]}"
        symbol = next((t for t in visible if t.symbol.name == name and t.symbol.kind is Kind.COLUMN), None)
        if (
            symbol is not None
            and not symbol.symbol.choices
            and isinstance(symbol.symbol.node, n.TableOutput)
            and symbol.symbol.node.type is None
        ):
            return [(t.symbol.name, Kind.SERVICE, t) for t in visible if t.symbol.kind is Kind.SERVICE]
        return _choices_of(name, visible) or []
    return []


def _table_inputs(tokens: list[Token]) -> list[str]:
    """The inputs named after « selon »."""
    words = [str(t) for t in tokens]
    if "selon" not in words:
        return []
    inputs: list[str] = []
    current = ""
    for token in tokens[words.index("selon") + 1 :]:
        if token.type in ("NAME", "DOT"):
            current += str(token)
        elif str(token) == ",":
            inputs.append(current)
            current = ""
        else:
            break
    return [*inputs, current] if current else inputs


def _visible(files: Files, analysis: Analysis) -> list[Target]:
    """The symbols a file can name: its own, then those of the vocabularies it imports."""
    found = [Target(analysis, s) for s in analysis.index.symbols.values()]
    for name in analysis.index.imports:
        vocabulary = files.analysis_of_path(analysis.vocabulary_path(name.text))
        if vocabulary is not None:
            found += [
                Target(vocabulary, s) for s in vocabulary.index.symbols.values() if s.key not in analysis.index.symbols
            ]
    return found


def _name(
    analysis: Analysis, name: str, kind: Kind, target: Target | None, replaced: types.Range
) -> types.CompletionItem:
    symbol: Symbol | None = target.symbol if target else None
    node = symbol.node if symbol else None
    label = getattr(node, "label", None) or getattr(node, "title", None)
    documentation = (
        types.MarkupContent(kind=types.MarkupKind.Markdown, value=describe(target, analysis)) if target else None
    )
    return types.CompletionItem(
        label=name,
        kind=ITEM_KINDS[kind],
        detail=label.value if isinstance(label, n.Text) else kind.value,
        documentation=documentation,
        text_edit=types.TextEdit(replaced, name),
        sort_text=f"1{name}",
    )
