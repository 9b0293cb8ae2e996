"""Statements of a generated module, laid out by the pretty-printer, with their comments."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from circdsl import model as m
from circdsl.emit_python.constants import Constants
from circdsl.emit_python.expressions import Code, ExpressionCompiler, call_code
from circdsl.emit_python.pretty import INDENT, WIDTH, Doc, Text, concat, parenthesized, render, split_string


def comment(text: str) -> str:
    """Make any text safe inside a one-line comment."""
    if text.isprintable():  # nearly always: no character to replace
        return text
    return "".join(c if c.isprintable() else " " for c in text)


class Writer:
    """Accumulates the lines of a block of Python at an indentation level."""

    def __init__(self, level: int = 0) -> None:
        self.lines: list[str] = []
        self.level = level

    def statement(self, doc: Doc | str) -> None:
        self.lines += render(Text(doc) if isinstance(doc, str) else doc, self.level * INDENT)

    def assign(self, target: str, value: Doc, bracketed: bool) -> None:
        """`target = value`; a value that carries no brackets of its own gets parentheses if it breaks."""
        self.statement(concat(f"{target} = ", value if bracketed else parenthesized(value)))

    def comment(self, text: str) -> None:
        """`# text`, wrapped at spaces to stay within the width."""
        indent = " " * (self.level * INDENT)
        for piece in split_string(comment(text), WIDTH - len(indent)):  # "# " takes the place of quotes
            self.lines.append(f"{indent}# {piece.rstrip()}".rstrip())

    def blank(self, count: int = 1) -> None:
        self.lines += [""] * count

    @contextmanager
    def block(self, header: str) -> Iterator[None]:
        """A compound statement: `header` (`if x is True:`), then its body one level further in."""
        self.statement(header)
        self.level += 1
        try:
            yield
        finally:
            self.level -= 1

    def extend(self, other: Writer) -> None:
        self.lines += other.lines

    def text(self) -> str:
        return "\n".join(self.lines).rstrip() + "\n"


class Body:
    """The statements of a function body: before each one, the temporaries its expressions
    need (see `ExpressionCompiler.pending`); a local is annotated where it is first assigned."""

    def __init__(self, out: Writer, pending: list[tuple[str, Code]], annotations: dict[str, str]) -> None:
        self.out = out
        self.pending = pending
        self.annotations = dict(annotations)  # local -> its type, written at its first assignment

    def flush(self) -> None:
        pending = list(self.pending)
        self.pending.clear()
        for name, code in pending:
            self.assign(name, code)

    def assign(self, target: str, code: Code) -> None:
        """`target = code`; an inline condition loses its outer parentheses (they come back if it breaks)."""
        self.flush()
        annotation = self.annotations.pop(target, None)
        target = f"{target}: {annotation}" if annotation else target
        if code.bare is not None:
            self.out.assign(target, code.bare, bracketed=False)
        else:
            self.out.assign(target, code.doc, code.bracketed)

    def statement(self, doc: Doc | str) -> None:
        self.flush()
        self.out.statement(doc)

    def call_statement(self, function: str, *arguments: Code) -> None:
        """A call as a statement: `findings.append(...)`."""
        self.statement(call_code(function, arguments).doc)


class BodyPart:
    """A part of `evaluate` (the steps, the rules, the decision), written into `body` with the
    function's expression compiler and the module's constants."""

    def __init__(self, circular: m.Circular, body: Body, exprs: ExpressionCompiler, constants: Constants) -> None:
        self.circular = circular
        self.body = body
        self.out = body.out
        self.exprs = exprs
        self.constants = constants
