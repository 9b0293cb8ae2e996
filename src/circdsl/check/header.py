"""The header and the imports: required information, the source text cited, the school
year (a period), the vocabularies whose facts come into scope."""

from __future__ import annotations

import datetime
from collections.abc import Callable
from dataclasses import dataclass

from circdsl import model as m
from circdsl import nodes as n
from circdsl.check.context import Context
from circdsl.check.literals import date_of
from circdsl.citations import SourceText
from circdsl.words import FileKind

SCHOOL_YEAR_PERIOD = "année_scolaire"  # declared by the header's « année scolaire »
_HEADER_HINTS = {
    "source": 'ajoutez « source "sources/<fichier>.txt" » : le texte de la circulaire, pour vérifier les citations',
    "school_year": "ajoutez « année scolaire 2025-2026 »",
}
_REPEATABLE = ("legal_ref", "source_part")  # « vu » and « partie » lines may be several
_REQUIRED = (("source", "source"), ("school_year", "année scolaire"))  # (key, words) of a circular's header


class BrokenVocabularyError(Exception):
    """The imported vocabulary exists but has errors of its own."""


@dataclass
class Resolver:
    """What the checker needs from the file system, provided by the driver."""

    vocabulary: Callable[[str], m.Circular | None]  # name -> checked vocabulary; may raise BrokenVocabularyError
    source_text: Callable[[str], SourceText | None]  # relative path -> text


def check_header(ctx: Context, resolver: Resolver) -> dict[str, n.HeaderAttr]:
    """The header's information by key (E011 missing, E012 repeated); loads the source text."""
    header = ctx.module.header
    ctx.scope.check_name(header.name, "circulaire")
    attrs: dict[str, n.HeaderAttr] = {}
    for attr in header.attrs:
        if attr.key in attrs and attr.key not in _REPEATABLE:
            ctx.scope.error(
                "E012",
                attr.span,
                "cette information figure déjà dans l'en-tête",
                "gardez une seule ligne",
                [(attrs[attr.key].span, "première mention ici")],
            )
        attrs.setdefault(attr.key, attr)
    if ctx.kind is FileKind.CIRCULAR:
        for key, words in _REQUIRED:
            if key not in attrs:
                ctx.scope.error(
                    "E011",
                    header.name.span,
                    f"l'en-tête de la circulaire ne précise pas « {words} »",
                    _HEADER_HINTS[key],
                )
    if "source" in attrs:
        _load_source(ctx, resolver, attrs["source"])
    if "school_year" in attrs:
        _school_year(ctx, attrs["school_year"])
    return attrs


def _load_source(ctx: Context, resolver: Resolver, attr: n.HeaderAttr) -> None:
    assert isinstance(attr.value, n.Text)
    path = attr.value.value
    text = resolver.source_text(path)
    if text is None:
        ctx.scope.error(
            "E010",
            attr.value.span,
            f"le texte source « {path} » est introuvable",
            'le chemin est relatif au dossier du fichier .circ, par exemple "sources/000_circulaire.txt"',
        )
        return
    ctx.citations.source_text = text
    ctx.citations.source_path = path


def _school_year(ctx: Context, attr: n.HeaderAttr) -> None:
    assert isinstance(attr.value, n.Text)
    first, second = (int(x) for x in attr.value.value.split("-"))
    if second != first + 1 or first < datetime.MINYEAR:
        ctx.scope.error(
            "E602",
            attr.value.span,
            f"année scolaire invalide : « {attr.value.value} »",
            f"écrivez {first}-{first + 1}" if first >= datetime.MINYEAR else "écrivez par exemple 2025-2026",
        )
        return
    ctx.scope.periods[SCHOOL_YEAR_PERIOD] = m.Period(
        name=SCHOOL_YEAR_PERIOD,
        label=f"Année scolaire {first}-{second}",
        start=datetime.date(first, 9, 1),
        end=datetime.date(second, 8, 31),
        citations=(),
        span=ctx.scope.here(attr.span),
        name_span=ctx.scope.here(attr.value.span),
    )


def issued(ctx: Context, attr: n.HeaderAttr | None) -> datetime.date | None:
    """The date of the circular (« date »), if written and valid."""
    if attr is None or not isinstance(attr.value, n.DateText):
        return None
    return date_of(ctx.scope, attr.value)


def text_of(attr: n.HeaderAttr | None) -> str | None:
    return attr.value.value if attr is not None and isinstance(attr.value, n.Text) else None


def check_imports(ctx: Context, resolver: Resolver) -> tuple[str, ...]:
    """The files imported (« utilise »): vocabularies, whose facts come into scope, and shared
    data files (« données »), whose facts, services, tables and pieces come into scope."""
    names = []
    for decl in ctx.module.decls:
        if not isinstance(decl, n.Import):
            continue
        if ctx.kind is FileKind.VOCABULARY:
            ctx.scope.error(
                "E013",
                decl.span,
                "un vocabulaire ne peut pas en importer un autre",
                "déclarez les faits directement dans ce vocabulaire",
            )
            continue
        imported = _vocabulary(ctx, resolver, decl)
        if imported is None:
            continue
        if imported.kind is FileKind.DATA and ctx.kind is FileKind.DATA:
            ctx.scope.error(
                "E122",
                decl.name.span,
                f"« {decl.name.text}.circ » est un fichier de données : un fichier de données n'importe que des vocabulaires",
                "déclarez ces données dans ce fichier, ou importez les deux fichiers de données dans la circulaire",
            )
            ctx.scope.import_shared(imported, decl.name)  # its names stay known: no error follows from them
            continue
        names.append(decl.name.text)
        if imported.kind is FileKind.DATA:
            ctx.scope.import_shared(imported, decl.name)
        else:
            ctx.scope.import_facts(imported, decl.span.line)
    return tuple(names)


def _vocabulary(ctx: Context, resolver: Resolver, decl: n.Import) -> m.Circular | None:
    scope = ctx.scope
    try:
        vocabulary = resolver.vocabulary(decl.name.text)
    except BrokenVocabularyError:
        scope.incomplete = True  # the vocabulary's own errors are reported
        return None
    if vocabulary is not None and vocabulary.kind is FileKind.CIRCULAR:
        scope.incomplete = True
        scope.error(
            "E013",
            decl.name.span,
            f"« {decl.name.text}.circ » est une circulaire, pas un vocabulaire",
            "« utilise » importe un fichier qui commence par « vocabulaire » ou « données » ; une circulaire ne s'importe pas",
        )
        return None
    if vocabulary is None:
        scope.incomplete = True
        scope.error(
            "E013",
            decl.name.span,
            f"vocabulaire « {decl.name.text} » introuvable",
            f"créez le fichier {decl.name.text}.circ dans le dossier de la circulaire, commençant par « vocabulaire {decl.name.text} »",
        )
    return vocabulary


def vocabulary_only(ctx: Context, decls: list[n.Decl]) -> None:
    """A vocabulary declares facts only (E105 for anything else)."""
    for decl in decls:
        if not isinstance(decl, n.FactDecl):
            ctx.scope.error(
                "E105",
                decl.span,
                "un vocabulaire ne contient que des faits",
                "placez cette déclaration dans une circulaire",
            )


# What a shared data file may declare: what two circulars can share as it is.
SHARED_DECLARATIONS = (n.FactDecl, n.ServiceDecl, n.TableDecl, n.DocumentDecl)


def data_only(ctx: Context, decls: list[n.Decl]) -> None:
    """A shared data file declares facts, services, tables and pieces only (E120 for anything else)."""
    for decl in decls:
        if not isinstance(decl, SHARED_DECLARATIONS):
            ctx.scope.error(
                "E120",
                decl.span,
                "un fichier de données ne contient que des faits, des services, des tables et des pièces",
                "placez cette déclaration dans chaque circulaire qui utilise ce fichier",
            )
