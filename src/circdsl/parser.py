"""LALR parsing of .circ files; Lark errors become French diagnostics."""

from __future__ import annotations

import difflib
from functools import lru_cache
from pathlib import Path

from lark import Lark, Token, Tree
from lark.exceptions import UnexpectedCharacters, UnexpectedEOF, UnexpectedInput, UnexpectedToken

from circdsl.diagnostics import CompileError, DiagnosticSink
from circdsl.source import SourceFile, Span

GRAMMAR_PATH = Path(__file__).parent / "grammar" / "circ.lark"

# How named terminals are described to an editor.
TERMINAL_DESCRIPTIONS = {
    "NAME": "un nom",
    "STRING": "un texte entre guillemets",
    "NUMBER": "un nombre",
    "DATE": "une date (JJ/MM/AAAA)",
    "TIME": "une heure (12h30)",
    "SCHOOL_YEAR": "une année scolaire (2025-2026)",
    "$END": "la fin du fichier",
}
MAX_EXPECTED_SHOWN = 10


@lru_cache(maxsize=1)
def get_parser() -> Lark:
    """Build the LALR parser once per process."""
    grammar = GRAMMAR_PATH.read_text(encoding="utf-8")
    return Lark(grammar, parser="lalr", lexer="contextual", propagate_positions=True)


def parse(source: SourceFile) -> Tree[Token]:
    """Parse a source file; raise CompileError with one diagnostic on a syntax error."""
    try:
        return get_parser().parse(source.text)
    except UnexpectedInput as error:
        sink = DiagnosticSink(source)
        _report_syntax_error(sink, error)
        raise CompileError(sink.items) from None


def describe_terminal(name: str) -> str:
    """Return how a terminal is shown in a message: « mot-clé » or a description."""
    if name in TERMINAL_DESCRIPTIONS:
        return TERMINAL_DESCRIPTIONS[name]
    try:
        pattern = get_parser().get_terminal(name).pattern
    except KeyError:
        return name
    if pattern.type == "str":
        return f"« {pattern.value} »"
    return f"« {name.lower().replace('_', '-')} »"


def _keyword_values(names: set[str]) -> list[str]:
    values = []
    for name in names:
        try:
            pattern = get_parser().get_terminal(name).pattern
        except KeyError:
            continue
        if pattern.type == "str":
            values.append(pattern.value)
    return values


def _expected_text(names: set[str]) -> str:
    described = sorted({describe_terminal(n) for n in names})
    if len(described) > MAX_EXPECTED_SHOWN:
        described = [*described[:MAX_EXPECTED_SHOWN], "…"]
    return ", ".join(described)


def _report_syntax_error(sink: DiagnosticSink, error: UnexpectedInput) -> None:
    if isinstance(error, UnexpectedCharacters):
        _unexpected_character(sink, error)
    elif isinstance(error, UnexpectedEOF):
        _unexpected_end(sink, error)
    elif isinstance(error, UnexpectedToken):
        if error.token.type == "$END":
            _unexpected_end(sink, error)
        else:
            _unexpected_token(sink, error)
    else:  # pragma: no cover - Lark has no other syntax error kinds
        sink.error("E002", Span.point(error.line, error.column), "syntaxe invalide")


def _unexpected_character(sink: DiagnosticSink, error: UnexpectedCharacters) -> None:
    position = error.pos_in_stream or 0
    char = sink.source.text[position] if position < len(sink.source.text) else ""
    span = Span.point(error.line, error.column)
    hint = None
    if char == '"':
        hint = 'un texte ouvert par « " » doit être refermé par un autre « " » ; pour écrire un guillemet dans un texte, utilisez \\" ou « »'
    elif error.allowed:
        hint = f"attendu ici : {_expected_text(set(error.allowed))}"
    shown = repr(char)[1:-1] if char.isprintable() else f"U+{ord(char):04X}" if char else "?"
    sink.error("E001", span, f"caractère inattendu « {shown} »", hint)


def _unexpected_token(sink: DiagnosticSink, error: UnexpectedToken) -> None:
    token = error.token
    value = str(token.value)
    line = token.line or 1
    column = token.column or 1
    first_line = value.split("\n", 1)[0]
    span = Span(line, column, line, column + max(1, len(first_line)))
    expected = set(error.expected)
    message = f"« {_shorten(first_line)} » inattendu ici"
    hints = [f"attendu : {_expected_text(expected)}"]
    keywords = _keyword_values(expected)
    if token.type == "NAME":
        close = difflib.get_close_matches(value, keywords, n=1, cutoff=0.6)
        if close:
            hints.insert(0, f"vouliez-vous dire « {close[0]} » ?")
    elif "NAME" in expected and _keyword_values({token.type}):
        hints.insert(0, f"« {value} » est un mot-clé du langage et ne peut pas servir de nom ; choisissez un autre nom")
    sink.error("E002", span, message, " ; ".join(hints))


def _unexpected_end(sink: DiagnosticSink, error: UnexpectedInput) -> None:
    lines = sink.source.text.rstrip().splitlines() or [""]
    span = Span.point(len(lines), len(lines[-1]) + 1)
    expected = set(getattr(error, "expected", ()) or ())
    hint = f"attendu : {_expected_text(expected)}" if expected else None
    sink.error("E003", span, "le fichier se termine alors qu'une déclaration est inachevée", hint)


def _shorten(text: str, limit: int = 40) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"
