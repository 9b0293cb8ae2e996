"""What a formatted text must keep: its syntax tree, locations aside, the clauses of each
declaration compared kind by kind (the formatter may reorder clauses of different kinds, never
two clauses of the same kind).

Two texts with the same shape are read the same way by the checker, so the formatter compares
the shape of its output with the shape of its input before anything is written.
"""

from __future__ import annotations

from dataclasses import fields, is_dataclass
from typing import Any

from lark import Token, Tree

from circdsl.builder import AstBuilder
from circdsl.source import Span

LOCATIONS = frozenset({"span", "status_span"})


def syntax_shape(tree: Tree[Token]) -> object:
    """The shape of a parse tree (a whole file or declarations)."""
    return _shape(AstBuilder().transform(tree))


def _shape(value: Any) -> object:
    if isinstance(value, Span):
        return None
    if is_dataclass(value) and not isinstance(value, type):
        parts = []
        for item in fields(value):
            if item.name in LOCATIONS:
                continue
            part = getattr(value, item.name)
            if item.name == "clauses":
                part = sorted(part, key=lambda clause: clause.kind)  # stable: same-kind order is kept
            elif item.name == "attrs":
                part = sorted(part, key=lambda attr: attr.key)
            parts.append((item.name, _shape(part)))
        return (type(value).__name__, tuple(parts))
    if isinstance(value, tuple | list):
        return tuple(_shape(item) for item in value)
    if isinstance(value, Tree):
        return ("tree", str(value.data), tuple(_shape(child) for child in value.children))
    return value
