"""Check a syntax tree and build the checked model: names, types, units, citations,
routing and example cases. Collects every error it finds.

The passes run in an order that follows what each may read: the header and imports
first (the source text, the vocabularies' facts), then every name is declared (E102,
E103), then facts, services and periods, then values, tables and deadlines in file order
(each may read those above it), then documents (« pièces fournies » reads them), rules,
the submission, opinions, examinations, events, example cases and the passages « hors règles ». Each pass reports into
the scope's sink and adds what it checked to the scope."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from typing import TypeVar

from circdsl import model as m
from circdsl import nodes as n
from circdsl.check.calendar import check_deadline, check_event, check_period
from circdsl.check.cases import check_case
from circdsl.check.context import Context
from circdsl.check.facts import check_fact, check_value
from circdsl.check.header import (
    BrokenVocabularyError,
    Resolver,
    check_header,
    check_imports,
    data_only,
    issued,
    text_of,
    vocabulary_only,
)
from circdsl.check.passages import check_parts, check_unruled
from circdsl.check.routing import check_document, check_examination, check_opinion, check_request, check_service
from circdsl.check.rules import check_rule
from circdsl.check.scope import Scope
from circdsl.check.tables import check_table
from circdsl.check.usage import facts_read
from circdsl.diagnostics import DiagnosticSink
from circdsl.words import FileKind

__all__ = ["BrokenVocabularyError", "Resolver", "check"]

_T = TypeVar("_T")


def check(module: n.Module, sink: DiagnosticSink, resolver: Resolver) -> m.Circular:
    """The checked model of `module`; its errors go to `sink` (the model is then incomplete)."""
    ctx = Context.of(module, Scope(sink))
    header = module.header
    attrs = check_header(ctx, resolver)
    imports = check_imports(ctx, resolver)
    decls = [d for d in module.decls if not isinstance(d, n.Import)]
    if ctx.kind is FileKind.VOCABULARY:
        vocabulary_only(ctx, decls)
    elif ctx.kind is FileKind.DATA:
        data_only(ctx, decls)
        ctx.citations.uncited = "source" not in attrs  # data without a source text cites nothing (E123)
    ctx.scope.declare(decls)
    for decl in _of(decls, n.FactDecl):
        check_fact(ctx, decl)
    services = _in_place(
        ctx.scope.shared_services, [(d.span.line, check_service(ctx, d)) for d in _of(decls, n.ServiceDecl)]
    )
    periods = [check_period(ctx, d) for d in _of(decls, n.PeriodDecl)]
    events = _present([check_event(ctx, d) for d in _of(decls, n.EventDecl)])  # dates rules may read
    tables, deadlines = _in_file_order(ctx, decls)
    tables = (*ctx.scope.shared_tables, *tables)
    documents = _in_place(
        ctx.scope.shared_documents, [(d.span.line, check_document(ctx, d)) for d in _of(decls, n.DocumentDecl)]
    )
    ctx.scope.documents = documents  # for « pièces fournies » in rules
    rules = _present([check_rule(ctx, d) for d in _of(decls, n.RuleDecl)])
    requests = tuple(check_request(ctx, d) for d in _of(decls, n.RequestDecl))
    opinions = tuple(check_opinion(ctx, d) for d in _of(decls, n.OpinionDecl))
    examinations = tuple(check_examination(ctx, d) for d in _of(decls, n.ExaminationDecl))
    cases = _present([check_case(ctx, d) for d in _of(decls, n.CaseDecl)])
    unruled = _present([check_unruled(ctx, d) for d in _of(decls, n.UnruledDecl)])
    circular = m.Circular(
        kind=ctx.kind,
        name=header.name.text,
        title=header.title.value,
        file=sink.source.name,
        authority=text_of(attrs.get("authority")),
        reference=text_of(attrs.get("reference")),
        issued=issued(ctx, attrs.get("issued")),
        school_year=text_of(attrs.get("school_year")),
        source=ctx.citations.source_path,
        replaces=text_of(attrs.get("replaces")),
        dispositif=text_of(attrs.get("dispositif")),
        parts=check_parts(ctx),
        legal_refs=tuple(text for a in header.attrs if a.key == "legal_ref" and (text := text_of(a)) is not None),
        imports=imports,
        values=tuple(ctx.scope.values.values()),
        rules=rules,
        documents=documents,
        services=services,
        requests=requests,
        opinions=opinions,
        examinations=examinations,
        deadlines=deadlines,
        periods=_present(periods),
        tables=tables,
        events=events,
        cases=cases,
        unruled=unruled,
    )
    return _with_facts(circular, ctx.scope)


def _in_file_order(ctx: Context, decls: list[n.Decl]) -> tuple[tuple[m.Table, ...], tuple[m.Deadline, ...]]:
    """Values, tables and deadlines, in file order: each may use those declared above it."""
    tables: list[m.Table | None] = []
    deadlines: list[m.Deadline | None] = []
    for decl in decls:
        if isinstance(decl, n.ValueDecl):
            check_value(ctx, decl)
        elif isinstance(decl, n.TableDecl):
            tables.append(check_table(ctx, decl))
        elif isinstance(decl, n.DeadlineDecl):
            deadlines.append(check_deadline(ctx, decl))
    return _present(tables), _present(deadlines)


def _with_facts(circular: m.Circular, scope: Scope) -> m.Circular:
    """The facts a circular keeps: its own, and the imported ones something reads."""
    kept = set(scope.local_fact_names) | scope.used_facts | facts_read(circular)
    facts = tuple(f for f in scope.facts.values() if f.name in kept)
    if scope.shared_names:  # imported facts take the place of the « utilise » that brings them
        facts = tuple(sorted(facts, key=lambda f: scope.imported_at.get(f.name, f.span.line)))
    return dataclasses.replace(circular, facts=facts, all_facts=tuple(scope.facts.values()))


def _in_place(shared: list[tuple[int, _T]], own: list[tuple[int, _T | None]]) -> tuple[_T, ...]:
    """Declarations of shared data files and the file's own, in the order of the file's lines (a
    shared one takes the place of its « utilise »)."""
    placed = sorted([*shared, *own], key=lambda pair: pair[0])
    return tuple(item for _, item in placed if item is not None)


def _of(decls: Sequence[n.Decl], kind: type[_T]) -> list[_T]:
    return [d for d in decls if isinstance(d, kind)]


def _present(items: Sequence[_T | None]) -> tuple[_T, ...]:
    return tuple(item for item in items if item is not None)
