"""`circ nouvelle-annee`: last year's file, rewritten for the next school year.

The header moves to the next school year (name, title, `année scolaire`), names the file
it replaces (`remplace`), cites the new text (`source`, copied under `sources/` if it is
elsewhere) and loses its `date`, which the editor must write. Nothing else is changed:
every citation, date, time, address, link and text that mentions last year is marked
« à revoir » (see `analysis/review.py`), and `circ check` reports each until it is updated
or its marker removed. A citation, an address, a link or a text of reference that the new
text still contains word for word is not marked (pre-validated); for a citation that it
no longer contains, the closest passages of the new text are proposed."""

from __future__ import annotations

import bisect
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from circdsl import model as m
from circdsl import nodes as n
from circdsl.analysis.calendar import Window, school_year_window
from circdsl.analysis.mentions import MentionKind, mentions
from circdsl.analysis.review import marker_comment, markers
from circdsl.analysis.staleness import campaign_facts
from circdsl.analysis.written import Role, Written, inventory
from circdsl.builder import build
from circdsl.citations import Passage, SourceText
from circdsl.compiler import Compiler, display_path
from circdsl.parser import parse
from circdsl.source import SourceFile, Span
from circdsl.words import FileKind

NOTE_START = "# Préparé par « circ nouvelle-annee »"
SOURCES = "sources"

# Texts checked against the new text: found word for word there, they are not marked.
_VERBATIM = frozenset({Role.CITATION, Role.ADDRESS, Role.LINK, Role.PLACE, Role.LEGAL_REF, Role.REFERENCE})
# Dates and times: always marked, the new text gives new ones.
_ALWAYS = frozenset(
    {
        Role.DEADLINE_DATE,
        Role.DEADLINE_TIME,
        Role.EVENT_DATE,
        Role.EVENT_TIME,
        Role.PERIOD_DATE,
        Role.CONDITION_DATE,
        Role.REFERENCE,
    }
)
# Left to the header rewrite, or never year-bearing texts of the campaign.
_HEADER = frozenset({Role.ISSUED, Role.SCHOOL_YEAR, Role.SOURCE, Role.REPLACES, Role.AUTHORITY, Role.DISPOSITIF})
# A « reprend » names the label of another case: it follows that label, which is marked.
_SKIPPED = _HEADER | {Role.CASE_BASE}


class NewYearError(Exception):
    """A mistake in the command's arguments, explained in French."""


@dataclass(frozen=True)
class Mark:
    """One text, date or time marked « à revoir » in the new file."""

    role: Role
    line: int  # in the new file
    value: str


@dataclass(frozen=True)
class Proposal:
    """A citation the new text no longer contains, and its closest passages there."""

    line: int  # in the new file
    quote: str
    passages: tuple[Passage, ...]


@dataclass
class NewYear:
    """The new year's file, ready to be written, and what was done to it."""

    old: Path
    output: Path
    text: str
    name: str
    school_year: str
    source: str  # as written in the new header, relative to the output's folder
    source_text: str
    copy_source_to: Path | None  # where the new text must be copied, if it is not there yet
    marked: list[Mark] = field(default_factory=list)
    kept: list[Written] = field(default_factory=list)  # found word for word in the new text
    proposals: list[Proposal] = field(default_factory=list)
    shared_data: list[Path] = field(default_factory=list)  # « données » files it uses, not rewritten


def prepare(old: Path, new_source: Path, output: Path | None = None, force: bool = False) -> NewYear:
    """The next year's version of `old`, citing `new_source`; nothing is written."""
    compiler = Compiler()
    circular = _compile(compiler, old)
    first = _first_year(circular)
    name = next_name(circular.name, first)
    output = output or old.parent / f"{name}.circ"
    if output.exists() and not force:
        raise NewYearError(f"{display_path(output)} existe déjà : choisissez un autre --sortie, ou ajoutez --force")
    new_text = _read_text(new_source)
    source, copy_to = _place_source(new_source, new_text, output.parent)
    original = SourceFile.read(old, display_path(old))
    rewriter = _Rewriter(original, circular, SourceText(source, new_text), first)
    text = rewriter.rewrite(name, source, _replaced(old, output))
    result = NewYear(old, output, text, name, f"{first + 1}-{first + 2}", source, new_text, copy_to)
    result.marked, result.kept, result.proposals = rewriter.outcome(text)
    result.shared_data = _shared_data(compiler, circular, old.parent)
    return result


def _shared_data(compiler: Compiler, circular: m.Circular, folder: Path) -> list[Path]:
    """The « données » files the circular uses: shared with other circulars, they are not rewritten
    (and not marked), so the summary names them for the editor to review against the new text.
    Read from what compiling the circular imported (the compiler keeps each imported file)."""
    paths = [folder / f"{name}.circ" for name in circular.imports]
    return [path for path in paths if _is_data(compiler.vocabularies.get(path))]


def _is_data(imported: m.Circular | Exception | None) -> bool:
    return isinstance(imported, m.Circular) and imported.kind is FileKind.DATA


def write(result: NewYear) -> list[Path]:
    """Write the new file (and the copy of the new text); return what was written."""
    written = []
    if result.copy_source_to is not None:
        result.copy_source_to.parent.mkdir(parents=True, exist_ok=True)
        result.copy_source_to.write_text(result.source_text, encoding="utf-8", newline="\n")
        written.append(result.copy_source_to)
    result.output.parent.mkdir(parents=True, exist_ok=True)
    result.output.write_text(result.text, encoding="utf-8", newline="\n")
    written.append(result.output)
    return written


def next_name(name: str, first: int) -> str:
    """allegement_paris_2025 -> allegement_paris_2026 (each year of the school year moves on)."""
    years = {str(first): str(first + 1), str(first + 1): str(first + 2)}
    moved = re.sub(r"(?<!\d)(\d{4})(?!\d)", lambda match: years.get(match.group(1), match.group(1)), name)
    return moved if moved != name else f"{name}_{first + 1}"


# ---------------------------------------------------------------- inputs


def _compile(compiler: Compiler, old: Path) -> m.Circular:
    if not old.is_file():
        raise NewYearError(f"fichier introuvable : {old}")
    circular = compiler.compile_file(old).circular  # CompileError: the old file must compile
    if circular.kind is not FileKind.CIRCULAR:
        kind = "vocabulaire" if circular.kind is FileKind.VOCABULARY else "fichier de données"
        raise NewYearError(f"{old} est un {kind} : indiquez une circulaire")
    return circular


def _first_year(circular: m.Circular) -> int:
    match = re.fullmatch(r"(\d{4})-(\d{4})", circular.school_year or "")
    if match is None:  # the checker requires a valid school year: defensive
        raise NewYearError(f"l'année scolaire de {circular.file} est illisible")
    return int(match.group(1))


def _read_text(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise NewYearError(f"texte source introuvable : {path}") from None
    except (OSError, UnicodeDecodeError):
        raise NewYearError(f"texte source illisible (il doit être un texte UTF-8) : {path}") from None


def _place_source(new_source: Path, text: str, folder: Path) -> tuple[str, Path | None]:
    """The new text's path as the header cites it, and where to copy it if it is not under sources/."""
    sources = (folder / SOURCES).resolve()
    resolved = new_source.resolve()
    if resolved.parent == sources or sources in resolved.parents:
        return resolved.relative_to(folder.resolve()).as_posix(), None
    target = folder / SOURCES / new_source.name
    if target.exists():
        if target.read_text(encoding="utf-8", errors="replace") != text:
            raise NewYearError(
                f"{display_path(target)} existe déjà avec un autre contenu : renommez le nouveau texte source"
            )
        return f"{SOURCES}/{new_source.name}", None
    return f"{SOURCES}/{new_source.name}", target


def _replaced(old: Path, output: Path) -> str:
    """How the new header names the file it replaces: relative to the new file's folder."""
    try:
        return old.resolve().relative_to(output.parent.resolve()).as_posix()
    except ValueError:
        return display_path(old, output.parent)


# ---------------------------------------------------------------- the rewrite


@dataclass(frozen=True)
class _Edit:
    start: int  # offsets in the old text; an insertion has start == end
    end: int
    text: str
    order: int = 0  # for edits at one offset: lower first


class _Rewriter:
    def __init__(self, original: SourceFile, circular: m.Circular, new_text: SourceText, first: int):
        self.original = original
        self.text = original.text
        self.circular = circular
        self.new_text = new_text
        self.first = first
        self.module = build(parse(original))
        self.items = inventory(self.module, original)
        self.window: Window | None = school_year_window(circular)
        self.campaign_facts = campaign_facts(circular)
        self.starts = [0] + [match.end() for match in re.finditer("\n", self.text)]
        self.old_marker_lines = {marker.line for marker in markers(self.text)}
        self.comments = _comment_starts(self.text, self.starts)
        self.title: str | None = None  # the header's title, moved to the next year
        self.title_stale = False  # it mentions last year otherwise than by its school year
        self.to_mark: list[Written] = []
        self.kept: list[Written] = []
        self.proposed: dict[tuple[int, int], tuple[Passage, ...]] = {}
        self.edits: list[_Edit] = []

    # ------------------------------------------------------------ entry points

    def rewrite(self, name: str, source: str, replaced: str) -> str:
        edits = self._old_markers() + self._header(name, source, replaced)
        self._decide()
        edits += self._markers()
        self.edits = edits
        text = self._apply(edits)
        return self._note(replaced) + _without_note(text)

    def outcome(self, text: str) -> tuple[list[Mark], list[Written], list[Proposal]]:
        """What was marked, kept and proposed, located in the new file."""
        marked = [Mark(i.role, self._new_line(i.span.end_line, text), i.value) for i in self.to_mark]
        proposals = [
            Proposal(self._new_line(i.span.line, text), i.value, self.proposed[(i.span.line, i.span.column)])
            for i in self.to_mark
            if (i.span.line, i.span.column) in self.proposed
        ]
        return marked, self.kept, proposals

    def _new_line(self, line: int, text: str) -> int:
        """Where a line of last year's file is in the new one: lines added or removed above it, notes swapped."""
        offset = self.starts[line - 1]
        moved = sum(e.text.count("\n") - self.text[e.start : e.end].count("\n") for e in self.edits if e.start < offset)
        return line + moved - _note_lines(self.text) + _note_lines(text)

    # ------------------------------------------------------------ what is marked

    def _decide(self) -> None:
        for item in self.items:
            if item.role in _SKIPPED:
                continue
            if item.role in _VERBATIM and self.new_text.find(item.value) is not None:
                self.kept.append(item)
            elif item.role is Role.CITATION:
                self.to_mark.append(item)
                self.proposed[(item.span.line, item.span.column)] = tuple(self.new_text.closest_passages(item.value))
            elif item.role in _ALWAYS or item.role in (Role.ADDRESS, Role.LINK, Role.PLACE, Role.LEGAL_REF):
                self.to_mark.append(item)
            elif item.role is Role.CASE_VALUE:
                if item.fact in self.campaign_facts and not item.quoted:
                    self.to_mark.append(item)
            elif item.role is Role.HEADER_TITLE:
                if self.title_stale:
                    self.to_mark.append(item)
            elif item.quoted and self._of_last_year(item.raw):
                self.to_mark.append(item)

    def _of_last_year(self, text: str) -> bool:
        """Whether a text mentions a date or a year of last year's campaign."""
        if self.window is None:
            return False
        low, high = self.window.opening.year, self.window.closing.year
        return any(mention.year is not None and low <= mention.year <= high for mention in mentions(text))

    # ------------------------------------------------------------ the header

    def _header(self, name: str, source: str, replaced: str) -> list[_Edit]:
        header = self.module.header
        edits = [self._replace(header.name.span, name)]
        title = self._title(header.title)
        if title is not None:
            edits.append(title)
        attrs = {attr.key: attr for attr in header.attrs}
        for attr in header.attrs:
            if attr.key == "school_year":
                edits.append(self._replace(attr.value.span, f"{self.first + 1}-{self.first + 2}"))
            elif attr.key == "source":
                edits.append(self._replace(attr.value.span, _quoted(source)))
            elif attr.key == "replaces":
                edits.append(self._replace(attr.value.span, _quoted(replaced)))
            elif attr.key == "issued":
                edits += self._drop_date(attr)
        if "replaces" not in attrs:
            after = attrs.get("source") or attrs.get("school_year")
            anchor = after.span if after is not None else header.title.span
            end = self._line_end(anchor.end_line)
            edits.append(_Edit(end, end, f"\n  remplace {_quoted(replaced)}", 1))
        return edits

    def _title(self, title: n.Text) -> _Edit | None:
        """The title moves to the next school year (« 2025-2026 » -> « 2026-2027 », « rentrée 2025 »)."""
        raw = self.original.slice(title.span)[1:-1]
        moved = raw
        for mention in sorted(mentions(raw), key=lambda x: -x.start):
            if mention.kind is MentionKind.SCHOOL_YEAR and mention.year == self.first:
                replacement = re.sub(r"\d{4}", lambda y: str(int(y.group(0)) + 1), mention.text)
            elif mention.kind is MentionKind.START_OF_YEAR and mention.year == self.first:
                replacement = mention.text.replace(str(self.first), str(self.first + 1))
            else:
                self.title_stale = self.title_stale or self._of_last_year(mention.text)
                continue
            moved = moved[: mention.start] + replacement + moved[mention.end :]
        if moved == raw:
            return None
        self.title = moved
        return self._replace(title.span, f'"{moved}"')

    def _drop_date(self, attr: n.HeaderAttr) -> list[_Edit]:
        note = "# date JJ/MM/AAAA : à renseigner, la date de la nouvelle circulaire"
        start, end = (
            self._offset(attr.span.line, attr.span.column),
            self._offset(attr.span.end_line, attr.span.end_column),
        )
        line_start, line_end = self.starts[attr.span.line - 1], self._line_end(attr.span.end_line)
        if self.text[line_start:start].strip() == "" and self.text[end:line_end].strip() == "":
            return [_Edit(start, end, note)]  # alone on its line: the note takes its place
        return [_Edit(start, end, ""), _Edit(line_end, line_end, f"  {note}", 2)]

    # ------------------------------------------------------------ markers

    def _old_markers(self) -> list[_Edit]:
        """Last year's « à revoir » markers are removed: they judged older values."""
        edits = []
        for marker in markers(self.text):
            start = self._offset(marker.line, marker.column)
            line_end = self._line_end(marker.line)
            before = self.text[self.starts[marker.line - 1] : start]
            start -= len(before) - len(before.rstrip())  # the spaces before the comment go too
            edits.append(_Edit(start, line_end, ""))
        return edits

    def _markers(self) -> list[_Edit]:
        by_line: dict[int, list[Written]] = {}
        for item in self.to_mark:
            by_line.setdefault(item.span.end_line, []).append(item)
        edits = []
        for line, items in by_line.items():
            comment = self._comment_start(line)
            prints = [self._as_written(item) for item in items]
            text = marker_comment(prints)
            if comment is None:
                edits.append(_Edit(self._line_end(line), self._line_end(line), f"  {text}", 3))
            else:
                edits.append(_Edit(comment, comment, f"{text}  ", 3))
        return edits

    def _as_written(self, item: Written) -> Written:
        """The item as the new file writes it (the header's title has moved to the next year)."""
        if item.role is Role.HEADER_TITLE and self.title is not None:
            return Written(item.role, self.title, self.title, item.span, item.owner)
        return item

    def _comment_start(self, line: int) -> int | None:
        """Where a comment (not a marker of last year, removed) starts on that line, if any."""
        return None if line in self.old_marker_lines else self.comments.get(line)

    # ------------------------------------------------------------ text

    def _note(self, replaced: str) -> str:
        return (
            f"{NOTE_START} depuis {replaced}, pour l'année scolaire {self.first + 1}-{self.first + 2}.\n"
            "# « # à revoir » en fin de ligne marque ce qui vient de l'an dernier : circ check le signale (E850)\n"
            "# tant que la valeur n'a pas changé ; une valeur restée juste se confirme en retirant son marqueur.\n"
            "# Relisez aussi les commentaires, écrits pour l'année précédente.\n\n"
        )

    def _replace(self, span: Span, text: str) -> _Edit:
        return _Edit(self._offset(span.line, span.column), self._offset(span.end_line, span.end_column), text)

    def _offset(self, line: int, column: int) -> int:
        return self.starts[line - 1] + column - 1

    def _line_end(self, line: int) -> int:
        end = self.text.find("\n", self.starts[line - 1])
        return len(self.text) if end < 0 else end

    def _apply(self, edits: list[_Edit]) -> str:
        text = self.text
        for edit in sorted(edits, key=lambda e: (e.start, e.end, e.order), reverse=True):
            text = text[: edit.start] + edit.text + text[edit.end :]
        return text


def _comment_starts(text: str, starts: list[int]) -> dict[int, int]:
    """Line -> offset of the comment on that line (a « # » inside a string is not one)."""
    found = {}
    for token in re.finditer(r'"(?:\\.|[^"\\])*"|#[^\n]*', text, re.DOTALL):
        if token.group(0).startswith("#"):
            found[bisect.bisect_right(starts, token.start())] = token.start()
    return found


def _quoted(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _without_note(text: str) -> str:
    """The text without the note of an earlier « nouvelle-annee » (up to the first blank line)."""
    if not text.startswith(NOTE_START):
        return text
    end = text.find("\n\n")
    return text[end + 2 :] if end >= 0 else ""


def _note_lines(text: str) -> int:
    if not text.startswith(NOTE_START):
        return 0
    return text[: text.find("\n\n") + 2].count("\n")


# ---------------------------------------------------------------- summary


_YEAR_BEARING = "texte(s) qui mentionnent l'an dernier (titres, messages, cas)"
_KINDS = {
    Role.CITATION: "citation(s) introuvable(s) dans le nouveau texte",
    Role.DEADLINE_DATE: "date(s) d'échéance",
    Role.DEADLINE_TIME: "heure(s) d'échéance",
    Role.EVENT_DATE: "date(s) d'événement",
    Role.EVENT_TIME: "heure(s) d'événement",
    Role.PERIOD_DATE: "date(s) de période",
    Role.CONDITION_DATE: "date(s) dans des conditions",
    Role.ADDRESS: "adresse(s)",
    Role.LINK: "lien(s)",
    Role.PLACE: "lieu(x)",
    Role.LEGAL_REF: "texte(s) de référence (« vu »)",
    Role.REFERENCE: "référence de la circulaire",
    Role.CASE_VALUE: "date(s) de cas d'exemple",
}


def summary(result: NewYear, written: list[Path]) -> str:
    """What the command did, in French, for the editor."""
    lines = [f"écrit : {display_path(p)}" for p in written]
    lines.append(f"année scolaire {result.school_year}, texte source « {result.source} »")
    lines.append(f"{len(result.marked)} élément(s) marqué(s) « # à revoir » :")
    counts = Counter(_KINDS.get(mark.role, _YEAR_BEARING) for mark in result.marked)
    lines += [f"  {count} {kind}" for kind, count in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))]
    kept = Counter(item.role for item in result.kept)
    if kept:
        shown = ", ".join(f"{count} {_KEPT.get(role, role.value)}" for role, count in kept.items())
        lines.append(f"pré-validé(s), trouvé(s) mot pour mot dans le nouveau texte et non marqué(s) : {shown}")
    for proposal in result.proposals:
        lines.append(
            f"ligne {proposal.line} : citation introuvable dans le nouveau texte : « {_short(proposal.quote)} »"
        )
        if not proposal.passages:
            lines.append(
                "    aucun passage proche : la phrase a peut-être disparu ; la déclaration a-t-elle encore lieu d'être ?"
            )
        for passage in proposal.passages:
            lines.append(f"    proche, ligne {passage.line} du nouveau texte : « {passage.marked} »")
    for shared in result.shared_data:
        lines.append(
            f"données partagées : {display_path(shared)} n'est ni réécrit ni marqué (d'autres circulaires "
            "l'utilisent) : relisez ses citations, adresses et années contre le nouveau texte, ou copiez-le "
            "pour la nouvelle année et changez la ligne « utilise »"
        )
    lines.append(
        f"À faire : écrivez la « date » de la nouvelle circulaire dans l'en-tête, puis lancez "
        f"« circ check {display_path(result.output)} » et « circ diff {display_path(result.old)} "
        f"{display_path(result.output)} »."
    )
    return "\n".join(lines)


_KEPT = {
    Role.CITATION: "citation(s)",
    Role.ADDRESS: "adresse(s)",
    Role.LINK: "lien(s)",
    Role.PLACE: "lieu(x)",
    Role.LEGAL_REF: "texte(s) de référence",
    Role.REFERENCE: "référence",
}


def _short(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= 100 else text[:97] + "…"
