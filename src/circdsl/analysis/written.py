"""Every text, date and time written in a .circ file, with what it is (a title, a citation, an
address, the date of a deadline, a value of an example case...) and where it is.

The checked model keeps strings without their place; the staleness analyses and the
yearly rewriter need both, so they read the syntax tree through this inventory."""

from __future__ import annotations

import dataclasses
import functools
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal
from enum import Enum

from circdsl import nodes as n
from circdsl.source import SourceFile, Span


class Role(Enum):
    """What a written text is; the value names it in a French message."""

    HEADER_TITLE = "le titre de la circulaire"
    AUTHORITY = "l'autorité"
    REFERENCE = "la référence de la circulaire"
    ISSUED = "la date de la circulaire"
    SCHOOL_YEAR = "l'année scolaire"
    SOURCE = "le texte source"
    REPLACES = "la circulaire remplacée"
    LEGAL_REF = "le texte de référence (« vu »)"
    DISPOSITIF = "le dispositif"
    TITLE = "le titre"
    LABEL = "le libellé"
    CITATION = "la citation"
    MESSAGE = "le message"
    ADDRESS = "l'adresse"
    LINK = "le lien"
    PLACE = "le lieu"
    DETAIL = "le détail"
    DEADLINE_DATE = "la date de l'échéance"
    DEADLINE_TIME = "l'heure de l'échéance"
    EVENT_DATE = "la date de l'événement"
    EVENT_TIME = "l'heure de l'événement"
    PERIOD_DATE = "une date de la période"
    CONDITION_DATE = "la date d'une condition"
    CONDITION_TEXT = "le texte d'une condition"
    TABLE_CELL = "une case de la table"
    CASE_LABEL = "l'intitulé du cas"
    CASE_BASE = "le cas repris"
    CASE_VALUE = "une valeur du cas"


# Roles of texts that quote or name other documents: their years are not the circular's.
QUOTING = frozenset({Role.CITATION, Role.SOURCE, Role.REPLACES})
DATES = frozenset(
    {Role.ISSUED, Role.DEADLINE_DATE, Role.EVENT_DATE, Role.PERIOD_DATE, Role.CONDITION_DATE, Role.CASE_VALUE}
)

_HEADER_ROLES = {
    "authority": Role.AUTHORITY,
    "reference": Role.REFERENCE,
    "issued": Role.ISSUED,
    "school_year": Role.SCHOOL_YEAR,
    "source": Role.SOURCE,
    "replaces": Role.REPLACES,
    "legal_ref": Role.LEGAL_REF,
    "dispositif": Role.DISPOSITIF,
}
_CLAUSE_ROLES = {
    "cite": Role.CITATION,
    "message": Role.MESSAGE,
    "adresse": Role.ADDRESS,
    "lien": Role.LINK,
    "lieu": Role.PLACE,
    "détail": Role.DETAIL,
}
_FIELD_ROLES = {
    (n.RuleDecl, "title"): Role.TITLE,
    (n.DeadlineDecl, "date"): Role.DEADLINE_DATE,
    (n.DeadlineDecl, "time"): Role.DEADLINE_TIME,
    (n.EventDecl, "date"): Role.EVENT_DATE,
    (n.EventDecl, "start"): Role.EVENT_TIME,
    (n.EventDecl, "end"): Role.EVENT_TIME,
    (n.PeriodDecl, "start"): Role.PERIOD_DATE,
    (n.PeriodDecl, "end"): Role.PERIOD_DATE,
    (n.CaseDecl, "label"): Role.CASE_LABEL,
    (n.CaseDecl, "base"): Role.CASE_BASE,
}


@dataclass(frozen=True)
class Written:
    """One text, date or time as written in the file."""

    role: Role
    value: str  # the text (unescaped), or the date or time as written
    raw: str  # as written between the quotes (escapes kept), or the date or time itself
    span: Span  # the token: a string with its quotes
    owner: n.Decl | n.Header  # the declaration (or the header) it belongs to
    fact: str | None = None  # for a value of an example case: the fact it gives
    quoted: bool = True  # a string literal (its span includes the quotes)

    def locate(self, start: int, end: int) -> Span:
        """The span of `raw[start:end]` in the file."""
        offset = 1 if self.quoted else 0  # the opening quote
        return Span(*_position(self.span, self.raw, start, offset), *_position(self.span, self.raw, end, offset))


def _position(span: Span, raw: str, index: int, offset: int) -> tuple[int, int]:
    before = raw[:index]
    lines = before.count("\n")
    if lines == 0:
        return span.line, span.column + offset + index
    return span.line + lines, len(before) - before.rfind("\n")


class _Text:
    """The file's text with its line offsets: a span is sliced without splitting the file each time."""

    def __init__(self, source: SourceFile):
        self.text = source.text
        self.starts = source.line_starts

    def slice(self, span: Span) -> str:
        start = self.starts[span.line - 1] + span.column - 1
        end = self.starts[span.end_line - 1] + span.end_column - 1
        return self.text[start:end]


def inventory(module: n.Module, source: SourceFile) -> list[Written]:
    """Every text, date and time of the file, in file order."""
    text = _Text(source)
    items = list(_header(module.header, text))
    for decl in module.decls:
        _walk(decl, decl, None, text, items)
    return sorted(items, key=lambda item: (item.span.line, item.span.column))


def _header(header: n.Header, source: _Text) -> Iterator[Written]:
    yield _item(Role.HEADER_TITLE, header.title, header, source)
    for attr in header.attrs:
        if isinstance(attr.value, n.PassageText):  # « partie "…" … "…" »: quotes of the source text
            yield from _passage(attr.value, header, source)
        else:
            yield _item(_HEADER_ROLES.get(attr.key, Role.LABEL), attr.value, header, source)


def _passage(passage: n.PassageText, owner: n.Decl | n.Header, source: _Text) -> Iterator[Written]:
    for quote in (passage.first, passage.last):
        if quote is not None:
            yield _item(Role.CITATION, quote, owner, source)


def _walk(obj: object, owner: n.Decl, role: Role | None, source: _Text, found: list[Written]) -> None:
    """Add to `found` what is written under `obj` (a node of the syntax tree, or a tuple of them)."""
    if type(obj) in _LEAVES:
        return
    if isinstance(obj, (tuple, list)):
        for child in obj:
            if type(child) not in _LEAVES:
                _walk(child, owner, role, source, found)
    elif isinstance(obj, (n.Text, n.DateText, n.TimeText)):
        found.append(_item(role or _default_role(obj), obj, owner, source))
    elif isinstance(obj, n.Clause):
        _walk(obj.value, owner, _CLAUSE_ROLES.get(obj.kind, role), source, found)
    elif isinstance(obj, n.PassageText):
        found += _passage(obj, owner, source)
    elif isinstance(obj, n.Assignment):
        found += _case_value(obj, owner, source)
    elif isinstance(obj, n.CaseValue):  # a table cell
        found += _cell(obj, owner, source)
    elif isinstance(obj, n.TextLit):
        found.append(Written(Role.CONDITION_TEXT, obj.value, _raw(source, obj.span), obj.span, owner))
    elif isinstance(obj, n.DateLit):
        _walk(obj.date, owner, Role.CONDITION_DATE, source, found)
    else:
        kind: type = type(obj)
        for name in _field_names(kind):
            child = getattr(obj, name)
            if type(child) not in _LEAVES:  # checked here: most fields are leaves, a call saved each
                _walk(child, owner, _FIELD_ROLES.get((kind, name), role), source, found)


# Nothing is written in quotes below these.
_LEAVES = frozenset({type(None), str, int, bool, Decimal, Span, n.Name})


@functools.cache
def _field_names(cls: type) -> tuple[str, ...]:
    """The fields of a node of the syntax tree (none for anything else)."""
    return tuple(f.name for f in dataclasses.fields(cls)) if dataclasses.is_dataclass(cls) else ()


def _default_role(token: n.Text | n.DateText | n.TimeText) -> Role:
    return Role.LABEL if isinstance(token, n.Text) else Role.CONDITION_DATE


def _case_value(assignment: n.Assignment, owner: n.Decl, source: _Text) -> Iterator[Written]:
    value = assignment.value
    if value.kind == "date" and isinstance(value.value, n.DateText):
        yield _item(Role.CASE_VALUE, value.value, owner, source, assignment.name.text)
    elif value.kind == "text" and isinstance(value.value, str):
        yield Written(Role.CASE_VALUE, value.value, _raw(source, value.span), value.span, owner, assignment.name.text)


def _cell(value: n.CaseValue, owner: n.Decl, source: _Text) -> list[Written]:
    if value.kind == "date" and isinstance(value.value, n.DateText):
        return [_item(Role.TABLE_CELL, value.value, owner, source)]
    if value.kind == "text" and isinstance(value.value, str):
        return [Written(Role.TABLE_CELL, value.value, _raw(source, value.span), value.span, owner)]
    return []


def _item(
    role: Role,
    token: n.Text | n.DateText | n.TimeText,
    owner: n.Decl | n.Header,
    source: _Text,
    fact: str | None = None,
) -> Written:
    if isinstance(token, n.Text):
        quoted = source.slice(token.span).startswith('"')  # the school year is a bare token
        return Written(role, token.value, _raw(source, token.span), token.span, owner, fact, quoted)
    return Written(role, token.text, token.text, token.span, owner, fact, quoted=False)


def _raw(source: _Text, span: Span) -> str:
    """A string literal as written, without its quotes."""
    text = source.slice(span)
    return text[1:-1] if len(text) >= 2 and text[0] == '"' and text[-1] == '"' else text
