"""Documentation stage: Markdown pages for the mkdocs site, from checked circulars.

One page per circular (`docs_page.CircularPage`), one page per source text (each
line anchored, so that citations link to `sources/<texte>.md#L123`), an index
listing every circular with its deadlines, a page by dispositif and the
navigation of the section (`SUMMARY.md`, read by mkdocs-literate-nav, with one
section per school year).

Escaping is by construction: the templates' environment (`rendering`) escapes
every value it writes unless it is `escape.Markdown`, built from escaped parts.
The output depends only on the model: it is byte-identical from build to
build.
"""

from __future__ import annotations

import datetime
import functools
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import PurePosixPath
from typing import Any

import jinja2

from circdsl import model as m
from circdsl.docs_page import CircularPage
from circdsl.escape import Markdown, excerpt_html, html_comment, markdown, markdown_title, path_segment
from circdsl.french import words
from circdsl.french.deadlines import DeadlineWording
from circdsl.rendering import template_environment
from circdsl.slugs import ascii_identifier

SOURCES = "sources"  # folder of the source-text pages, under the docs folder
NO_YEAR = "Sans année scolaire"

# Where a title stops naming the dispositif: « Allègement de service pour l'année scolaire 2025-2026 »,
# « ..., rentrée scolaire 2025/2026 », « ... à compter du 1er septembre 2019 ».
_DISPOSITIF_END = re.compile(
    r"\s*(?:,\s*|\s+pour\s+|\s+au titre de\s+|\s+à compter\s+)(?:l['’]\s*)?(?:année|rentrée|d[ue]\s+\d|\d{4})"
    r"|\s+[—–]\s+|\s+\d{4}(?:[-/]\d{4})?\s*$",
    re.IGNORECASE,
)
# The dispositifs of French HR circulars, recognised in titles (first match wins).
DISPOSITIFS = (
    (re.compile(r"allègement", re.IGNORECASE), "Allègement de service"),
    (re.compile(r"aménagement du poste", re.IGNORECASE), "Aménagement du poste de travail"),
    (re.compile(r"poste adapté|PACD|PALD"), "Poste adapté"),
    (re.compile(r"temps partiel", re.IGNORECASE), "Temps partiel"),
    (re.compile(r"temps complet|réintégration", re.IGNORECASE), "Reprise à temps complet"),
    (re.compile(r"détachement", re.IGNORECASE), "Détachement"),
    (re.compile(r"imputable au service|CITIS|accidents? de (?:service|travail)", re.IGNORECASE), "CITIS et accidents"),
    (re.compile(r"affaires médicales|congés? (?:de )?maladie", re.IGNORECASE), "Congés de maladie"),
    (re.compile(r"mouvement|bonification", re.IGNORECASE), "Mouvement et bonifications"),
    (re.compile(r"RH de proximité", re.IGNORECASE), "RH de proximité"),
)


# ---------------------------------------------------------------- entry point


# memo(circulars, key, render): the page `render()` gives, or the same page kept from an earlier
# build; the page depends on `key` and on the circulars only (their files and what they read)
PageMemo = Callable[[Sequence[m.Circular], str, Callable[[], str]], str]


def emit_docs(
    circulars: Sequence[m.Circular],
    sources: Mapping[str, str],
    changes: Mapping[str, Markdown] | None = None,
    memo: PageMemo | None = None,
) -> dict[str, str]:
    """The pages of the documentation: relative posix path -> Markdown text.

    `sources` maps a source-text path as circulars name it (`sources/x.txt`)
    to its text; citations of a source absent from it are shown without a link.
    `changes` maps a circular's name to the « Ce qui change par rapport à l'an
    dernier » section of its page (`semantic_diff.page_sections`). `memo` (an incremental
    build) may give a page without rendering it.
    """
    memo = memo or _render
    ordered = sorted(circulars, key=lambda c: c.name)
    env = template_environment()
    pages: dict[str, str] = {}
    for circular in ordered:
        change = (changes or {}).get(circular.name)
        render = functools.partial(_circular_page, env, circular, frozenset(sources), change)
        key = "\0".join(["page", *sorted(sources), change or ""])
        pages[page_name(circular)] = memo([circular], key, render)
    for source in sorted(_cited_sources(ordered, sources)):
        citing = [c for c in ordered if c.source == source]
        render = functools.partial(render_source, env, source, sources[source], citing)
        pages[source_page(source)] = memo(citing, f"source\0{source}", render)  # the text: read by its citing circulars
    overview = functools.lru_cache(maxsize=1)(lambda: Overview(ordered))
    for page, template in (
        ("index.md", "index.md.j2"),
        ("dispositifs.md", "dispositifs.md.j2"),
        ("SUMMARY.md", "summary.md.j2"),
    ):
        render = functools.partial(_overview_page, env, template, overview)
        pages[page] = memo(ordered, page, render)
    return pages


def _render(circulars: Sequence[m.Circular], key: str, render: Callable[[], str]) -> str:
    return render()


def _overview_page(env: jinja2.Environment, template: str, overview: Callable[[], Overview]) -> str:
    return env.get_template(template).render(o=overview())


def _circular_page(
    env: jinja2.Environment, circular: m.Circular, sources: frozenset[str], changes: Markdown | None
) -> str:
    return env.get_template("circular.md.j2").render(
        page=CircularPage(circular, sources, source_page),
        c=circular,
        dispositif=dispositif_of(circular),
        comment=html_comment(circular.file),
        changes=changes,
    )


# ---------------------------------------------------------------- names


def page_name(circular: m.Circular) -> str:
    """allegement_paris_2025.md: ASCII, stable, one per circular."""
    return f"{ascii_identifier(circular.name)}.md"


def source_page(source: str) -> str:
    """sources/000_x.txt -> sources/000_x.md: a path under the docs folder, never outside, made of
    safe characters only (a name that needed changing keeps a short mark of the original)."""
    parts = [p for p in PurePosixPath(source.replace("\\", "/")).parts if p not in ("..", ".", "/")]
    if parts and parts[0] == SOURCES:
        parts = parts[1:]
    safe = [path_segment(p) for p in parts] or ["source"]
    stem = PurePosixPath(safe[-1]).stem or "source"
    if safe != parts:
        stem += f"_{sum(map(ord, source)) % 10007:04d}"
    return str(PurePosixPath(SOURCES, *safe[:-1], f"{stem}.md"))


def dispositif_of(circular: m.Circular) -> str:
    """The dispositif a circular organises: its own field, a known dispositif named in its title, or its title."""
    declared = circular.dispositif
    if declared and declared.strip():
        return declared.strip()
    for pattern, name in DISPOSITIFS:
        if pattern.search(circular.title):
            return name
    return title_without_year(circular)


def title_without_year(circular: m.Circular) -> str:
    """« Allègement de service pour l'année scolaire 2025-2026 » -> « Allègement de service »."""
    short = _DISPOSITIF_END.split(circular.title, maxsplit=1)[0].strip(" ,;:")
    return short or circular.title


def short_title(circular: m.Circular) -> str:
    """For the navigation: « Allègement de service — Rectorat de Paris »."""
    base = title_without_year(circular)
    return f"{base} — {words.short_authority(circular.authority)}" if circular.authority else base


def _cited_sources(circulars: Iterable[m.Circular], sources: Mapping[str, str]) -> set[str]:
    return {c.source for c in circulars if c.source and c.source in sources}


# ---------------------------------------------------------------- source pages


@dataclass(frozen=True)
class SourceLine:
    number: int
    text: Markdown  # HTML: the source's own formatting kept, everything else escaped
    cited: bool


def render_source(env: jinja2.Environment, source: str, text: str, citing: Sequence[m.Circular]) -> str:
    cited = {c.line for circular in citing for c in all_citations(circular) if c.source == source}
    lines = [
        SourceLine(number, Markdown(excerpt_html(line.rstrip("\r"))), number in cited)
        for number, line in enumerate(text.split("\n"), start=1)
    ]
    if lines and not lines[-1].text:
        lines.pop()
    if len(citing) == 1:
        title = f"Texte source : {citing[0].title}"
    elif citing:
        title = f"Texte source : {citing[0].title} (et {words.count(len(citing) - 1, 'autre circulaire', 'autres circulaires')})"
    else:
        title = f"Texte source : {source}"
    return env.get_template("source.md.j2").render(
        title=markdown_title(title),
        source=source,
        comment=html_comment(source),
        lines=lines,
        citing=[(c, Markdown("../" * source_page(source).count("/") + page_name(c))) for c in citing],
    )


def all_citations(circular: m.Circular) -> list[m.Citation]:
    """Every citation of a circular's own declarations, whatever their kind."""
    groups: list[Iterable[Any]] = [
        circular.rules,
        circular.values,
        circular.documents,
        circular.services,
        circular.requests,
        circular.opinions,
        circular.examinations,
        circular.deadlines,
        circular.periods,
        circular.tables,
        circular.events,
        circular.facts,
    ]
    return [citation for group in groups for item in group for citation in item.citations]


# ---------------------------------------------------------------- index, dispositifs, navigation


@dataclass(frozen=True)
class DeadlineEntry:
    circular: m.Circular
    page: str
    label: str
    when: str
    date: datetime.date | None


class Overview:
    """Every circular, grouped by school year and by dispositif."""

    def __init__(self, circulars: Sequence[m.Circular]) -> None:
        self.circulars = list(circulars)

    def page(self, circular: m.Circular) -> str:
        return page_name(circular)

    def title(self, circular: m.Circular) -> str:
        return short_title(circular)

    def dispositif(self, circular: m.Circular) -> str:
        return dispositif_of(circular)

    def by_year(self) -> list[tuple[str, list[m.Circular]]]:
        years: dict[str, list[m.Circular]] = {}
        for circular in self.circulars:
            years.setdefault(circular.school_year or NO_YEAR, []).append(circular)
        ordered = sorted((y for y in years if y != NO_YEAR), reverse=True)
        ordered += [NO_YEAR] if NO_YEAR in years else []
        return [(year, sorted(years[year], key=short_title)) for year in ordered]

    def by_dispositif(self) -> list[tuple[str, list[m.Circular]]]:
        groups: dict[str, list[m.Circular]] = {}
        for circular in self.circulars:
            groups.setdefault(dispositif_of(circular), []).append(circular)
        return [
            (name, sorted(groups[name], key=lambda c: (c.school_year or "", c.authority or "", c.name)))
            for name in sorted(groups, key=str.casefold)
        ]

    def deadlines(self, circular: m.Circular, long: bool = False) -> list[DeadlineEntry]:
        wording = DeadlineWording(circular)
        return [
            DeadlineEntry(circular, page_name(circular), d.label, wording.when(d, long=long), d.date)
            for d in circular.deadlines
        ]

    def deadline_text(self, circular: m.Circular) -> str:
        return " ; ".join(f"{e.label} : {e.when}" for e in self.deadlines(circular)) or "—"

    def calendar(self) -> list[DeadlineEntry]:
        """Every dated deadline and event of every circular, by date."""
        entries = [e for c in self.circulars for e in self.deadlines(c, long=True) if e.date is not None]
        for circular in self.circulars:
            for event in circular.events:
                when = words.long_date(event.date) + (f", {event.start}" if event.start else "")
                entries.append(DeadlineEntry(circular, page_name(circular), event.label, when, event.date))
        return sorted(entries, key=lambda e: (e.date or datetime.date.max, e.circular.name, e.label))

    def link(self, circular: m.Circular, text: str) -> Markdown:
        """A link to a circular's page, in a table or a paragraph."""
        return Markdown(f"[{markdown(text, leading=False)}]({page_name(circular)})")

    def nav_link(self, circular: m.Circular, text: str) -> Markdown:
        """A link of the navigation (SUMMARY.md): its text becomes the page's title."""
        return Markdown(f"[{markdown_title(text)}]({page_name(circular)})")
