"""Generic traversal of the checked model: what an object reaches, and a key equal for
expressions written alike wherever they are."""

from __future__ import annotations

import datetime
from collections.abc import Callable, Hashable, Iterable, Iterator
from dataclasses import fields, is_dataclass
from decimal import Decimal
from enum import Enum
from typing import cast

from circdsl import model as m
from circdsl.source import Span

# ================================================================ generic model traversal


def structural_key(obj: object) -> Hashable:
    """A key equal for expressions written alike, wherever they are (spans ignored)."""
    if isinstance(obj, m.Const):
        return ("const", obj.type.kind, obj.type.unit, _hashable(obj.value))
    if isinstance(obj, (m.Fact, m.Value, m.Deadline, m.Service)) or (
        is_dataclass(obj) and not isinstance(obj, m.Expr) and isinstance(getattr(obj, "name", None), str)
    ):
        return (type(obj).__name__, getattr(obj, "name", None))
    if is_dataclass(obj) and not isinstance(obj, type):
        parts = [structural_key(getattr(obj, f.name)) for f in fields(obj) if f.name not in ("span", "type")]
        return (type(obj).__name__, *parts)
    if isinstance(obj, (tuple, list, frozenset, set)):
        items = [structural_key(x) for x in obj]
        return tuple(sorted(items, key=repr)) if isinstance(obj, (set, frozenset)) else tuple(items)
    return _hashable(obj)


def _hashable(value: object) -> Hashable:
    try:
        hash(value)
    except TypeError:
        return repr(value)
    return value


_LEAVES = (str, int, float, Decimal, datetime.date, Enum, Span, m.Type, m.Citation)  # nothing to find inside


def reachable(roots: Iterable[object], stop: Callable[[object], bool]) -> Iterator[object]:
    """Every object reachable from `roots` through dataclass fields and containers, each once.

    Objects for which `stop` is true are yielded but not entered.
    """
    stack = list(roots)
    seen: set[int] = set()
    while stack:
        obj = stack.pop()
        if obj is None:
            continue
        inside = _inside.get(type(obj))
        if inside is None:
            inside = _inside[type(obj)] = _what_is_inside(type(obj))
        if inside == _LEAF or id(obj) in seen:
            continue
        seen.add(id(obj))
        yield obj
        if stop(obj):
            continue
        if isinstance(inside, tuple):
            stack.extend(getattr(obj, name, None) for name in inside)
        elif inside == _ITEMS:
            stack.extend(cast("Iterable[object]", obj))
        elif inside == _VALUES:
            stack.extend(cast("dict[object, object]", obj).values())


# What `reachable` enters, by type (known once per type): a dataclass's fields (their names), a
# container's items, a dict's values, or nothing (a leaf; or an object of another kind, yielded).
_LEAF, _ITEMS, _VALUES, _NOTHING = range(4)
_inside: dict[type, int | tuple[str, ...]] = {}


def _what_is_inside(kind: type) -> int | tuple[str, ...]:
    if issubclass(kind, _LEAVES):
        return _LEAF
    if is_dataclass(kind) and not issubclass(kind, type):  # an instance's fields, not a class's
        return tuple(f.name for f in fields(kind))
    if issubclass(kind, (tuple, list, set, frozenset)):
        return _ITEMS
    if issubclass(kind, dict):
        return _VALUES
    return _NOTHING


def facts_in(expr: m.Expr) -> set[str]:
    """Names of the facts an expression reads, through values, tables and deadlines."""
    return {o.name for o in reachable([expr], lambda o: isinstance(o, m.Fact)) if isinstance(o, m.Fact)}
