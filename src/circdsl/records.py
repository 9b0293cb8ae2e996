"""`record`: the dataclass of the syntax tree (`nodes`) and of the checked model (`model`).

A record is a dataclass with equality and a hash over its fields (by identity with `eq=False`),
that the type checker treats as frozen (`dataclass_transform(frozen_default=True)`): mypy rejects
any assignment to a field, as for `@dataclass(frozen=True)`. At run time it is built without the
frozen dataclass's generated `__setattr__` and `__delattr__` guards: in Python 3.11 each generated
method is compiled by its own `exec` when the class is defined, and `circ check` defines the ~100
records of `nodes` and `model` at every start (the two guards took about a third of their
definition time). Its `__init__` also sets fields directly rather than through `object.__setattr__`.

Its `__repr__` is one function shared by every record, which prints what the dataclass's would
(`Name(text='x', span=…)`), rather than one compiled per class: a repr is only read when debugging.

What is given up: an assignment to a field at run time is not refused (nothing in circdsl assigns
one; `mypy --strict` checks it). Everything else is the dataclass's: `dataclasses.fields`,
`replace`, `field(compare=False)`, keyword-only fields, `__post_init__`.
"""

from __future__ import annotations

import reprlib
from collections.abc import Callable
from dataclasses import dataclass, field, fields
from typing import TypeVar, dataclass_transform, overload

_Class = TypeVar("_Class")


@overload
def record(cls: type[_Class], /) -> type[_Class]: ...


@overload
def record(*, kw_only: bool = False, eq: bool = True) -> Callable[[type[_Class]], type[_Class]]: ...


@dataclass_transform(frozen_default=True, field_specifiers=(field,))
def record(
    cls: type[_Class] | None = None, /, *, kw_only: bool = False, eq: bool = True
) -> type[_Class] | Callable[[type[_Class]], type[_Class]]:
    """Make `cls` a record: `@record`, `@record(kw_only=True)` for keyword-only fields, `@record(eq=False)`
    for one compared (and hashed) by identity, as an object is: two fewer methods to compile."""

    def make(target: type[_Class]) -> type[_Class]:
        # unsafe_hash: the hash a frozen dataclass would have (the fields compared), on a class whose
        # fields are never reassigned.
        made = dataclass(eq=eq, unsafe_hash=eq, kw_only=kw_only, repr=False)(target)
        if "__repr__" not in made.__dict__:
            made.__repr__ = _fields_repr  # type: ignore[method-assign]
        return made

    return make if cls is None else make(cls)


@reprlib.recursive_repr()
def _fields_repr(self: object) -> str:
    """`Class(field=value, …)`, the fields a dataclass's repr shows, in its format."""
    shown = ", ".join(f"{f.name}={getattr(self, f.name)!r}" for f in fields(self) if f.repr)  # type: ignore[arg-type]
    return f"{type(self).__qualname__}({shown})"
