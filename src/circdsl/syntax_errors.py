"""Syntax errors as French diagnostics: what was found, where, and what the parser expected."""

from __future__ import annotations

import difflib
import re

from lark.exceptions import UnexpectedCharacters, UnexpectedEOF, UnexpectedInput, UnexpectedToken

from circdsl.diagnostics import DiagnosticSink, Fix
from circdsl.input_limits import report_too_deep
from circdsl.lark_parser import SplitWord, TooDeep, describe_terminal, keyword_values, keywords
from circdsl.source import Span

MAX_EXPECTED_SHOWN = 10


def report(sink: DiagnosticSink, error: UnexpectedInput | SplitWord | TooDeep, start: int = 0) -> None:
    """Add the diagnostic of one syntax error to `sink`; `start` is where the parser began reading."""
    if isinstance(error, SplitWord):
        _report_whole_word(sink, error.first.start_pos or 0)
    elif isinstance(error, TooDeep):
        token = error.token
        report_too_deep(sink, Span.point(token.line or 1, token.column or 1))
    elif _inside_word(sink.source.text, error):
        allowed = getattr(error, "allowed", None) or getattr(error, "expected", None) or ()
        _report_whole_word(sink, _word_start(sink.source.text, error.pos_in_stream or 0), set(allowed))
    elif isinstance(error, UnexpectedCharacters):
        _unexpected_character(sink, error)
    elif isinstance(error, UnexpectedEOF):
        _unexpected_end(sink, error)
    elif isinstance(error, UnexpectedToken):
        if error.token.type == "$END":
            _unexpected_end(sink, error)
        else:
            _unexpected_token(sink, error, start)
    else:  # pragma: no cover - Lark has no other syntax error kinds
        sink.error("E002", Span.point(error.line, error.column), "syntaxe invalide")


def _inside_word(text: str, error: UnexpectedInput) -> bool:
    """True when the error falls in the middle of a word that began as a keyword."""
    position = error.pos_in_stream or 0
    return (
        0 < position < len(text)
        and text[position - 1].isalpha()
        and (text[position].isalnum() or text[position] == "_")
    )


def _word_start(text: str, position: int) -> int:
    while position > 0 and (text[position - 1].isalnum() or text[position - 1] in "_-"):
        position -= 1
    return position


def _report_whole_word(sink: DiagnosticSink, start: int, expected: set[str] | None = None) -> None:
    text = sink.source.text
    word = _word_at(text, start)
    candidates = keyword_values(expected) if expected else sorted(keywords())
    line = text.count("\n", 0, start) + 1
    column = start - sink.source.line_starts[line - 1] + 1
    close = difflib.get_close_matches(word, [c for c in candidates if c != word], n=1, cutoff=0.6)
    hint = f"vouliez-vous dire « {close[0]} » ?" if close else "vérifiez l'orthographe de ce mot"
    span = Span(line, column, line, column + len(word))
    fixes = [Fix.replace_by(span, close[0])] if close else []
    sink.error("E002", span, f"« {_shorten(word)} » inattendu ici", hint, fixes=fixes)


def _word_at(text: str, start: int) -> str:
    end = start
    while end < len(text) and (text[end].isalnum() or text[end] in "_-"):
        end += 1
    return text[start:end]


def _expected_text(names: set[str]) -> str:
    """The expected tokens, words (clause keywords) before operators and punctuation."""
    described = sorted({describe_terminal(n) for n in names}, key=lambda text: (not _is_word(text), text))
    if len(described) > MAX_EXPECTED_SHOWN:
        described = [*described[:MAX_EXPECTED_SHOWN], "…"]
    return ", ".join(described)


def _acceptable(error: UnexpectedToken) -> set[str]:
    """The tokens the parser really accepts here (LALR lookaheads alone over-approximate)."""
    parser = getattr(error, "interactive_parser", None)
    if parser is not None:
        try:
            accepted = set(parser.accepts()) - {"$END"} | ({"$END"} & set(error.expected))
            if accepted:
                return accepted
        except Exception:  # the precise list is only a refinement: fall back to Lark's
            pass
    return set(error.expected)


def _is_word(described: str) -> bool:
    return any(char.isalpha() for char in described)


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


def _unexpected_token(sink: DiagnosticSink, error: UnexpectedToken, start: int) -> None:
    token = error.token
    value = str(token.value)
    line = token.line or 1
    column = token.column or 1
    first_line = value.split("\n", 1)[0]
    span = Span(line, column, line, column + max(1, len(first_line)))
    expected = _acceptable(error)
    message = f"« {_shorten(first_line)} » inattendu ici"
    hints = [f"attendu : {_expected_text(expected)}"]
    reserved = [k for k in keyword_values(expected) if k != value]
    is_word = value[:1].isalpha()
    close = difflib.get_close_matches(value, reserved, n=1, cutoff=0.6) if is_word else []
    fixes = []
    if close:
        hints.insert(0, f"vouliez-vous dire « {close[0]} » ?")
        fixes.append(Fix.replace_by(span, close[0]))
    elif is_word and token.type != "NAME" and "NAME" in expected:
        hints.insert(0, f"« {value} » est un mot-clé du langage et ne peut pas servir de nom ; choisissez un autre nom")
    opened = _multiline_text_before(sink.source.text, start, token.start_pos or 0)
    if opened:
        hints.append(
            f"le texte entre guillemets ouvert ligne {opened} continue sur plusieurs lignes : un guillemet fermant manque-t-il ?"
        )
    sink.error("E002", span, message, " ; ".join(hints), fixes=fixes)


_STRING = re.compile(r'"[^"\\]*+(?:\\.[^"\\]*+)*+"', re.DOTALL)  # the grammar's STRING: linear in memory


def _multiline_text_before(text: str, start: int, position: int) -> int | None:
    """Line where the last string literal between `start` and `position` opens, if it spans several lines."""
    last = None
    for match in _STRING.finditer(text, start, position):
        last = match
    if last is None or "\n" not in last.group(0) or text.count("\n", last.end(), position) > 2:
        return None
    return text.count("\n", 0, last.start()) + 1


def _unexpected_end(sink: DiagnosticSink, error: UnexpectedInput) -> None:
    source = sink.source
    last = source.line_count  # the last line holding something other than a comment
    while last > 1 and (not source.line_text(last).strip() or source.line_text(last).lstrip().startswith("#")):
        last -= 1
    span = Span.point(last, len(source.line_text(last).rstrip()) + 1)
    expected = set(getattr(error, "expected", ()) or ())
    hint = f"attendu : {_expected_text(expected)}" if expected else None
    sink.error("E003", span, "le fichier se termine alors qu'une déclaration est inachevée", hint)


def _shorten(text: str, limit: int = 40) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"
