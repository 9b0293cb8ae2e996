"""Which sentences of a source text the circulars account for.

A source text is cut into sentences (`sentences`), minding what a PDF extraction does to a
text: lines broken inside sentences (sometimes with blank lines between), bullets and numbered
items, headings, form fields made of dots, table rows (cells separated by tabs or « | »),
HTML and Markdown markup. A stretch of text with fewer than two words is not a sentence
(a page number, « Annexe 2 », « Nom : »).

A sentence is **covered** by a set of passages (the citations of a circular, or its
« hors règles » passages) when those passages, wherever each occurs in the text, hold at
least half of its letters and digits and, for a normative sentence, every normative word
of it (« doit », « ne peut »…): citing the harmless half of a sentence does not account
for its obligation. A sentence is **accounted for** by a circular when its citations cover
it (« citée »), or its citations and « hors règles » passages together cover it
(« hors règles »). Normative sentences accounted for « hors règles » are listed apart,
with the editor's reasons, for a reviewer to read.

Several circulars may share a source text: each claims the part of it that is its own
(« partie "premiers mots" … "derniers mots" » in its header; the whole text without it),
and accounts for every sentence of its parts. Over the whole source, a sentence in no
circular's part is reported too, unless some circular cites or acknowledges it.
"""

from __future__ import annotations

import bisect
import itertools
import re
from array import array
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from functools import lru_cache

from circdsl import model as m
from circdsl.citations import SourceText, fold

COVERED_SHARE = 0.5  # a sentence is covered when passages hold at least this share of its letters and digits
MIN_WORDS = 2  # a shorter stretch (a page number, « Annexe 2 ») is not a sentence
MIN_WORD_LETTERS = 2  # a word counts when it has at least this many letters
SHORT_LINE_SHARE = 0.75  # a line shorter than this share of the text's usual width ends its paragraph

# Words that make a sentence normative: an obligation, a prohibition, a bound, a deadline, a
# condition or an exclusivity. Matched as whole words, apostrophes folded, case ignored.
NORMATIVE_PATTERNS: tuple[str, ...] = (
    r"doit", r"doivent", r"devra", r"devront", r"devrait",
    r"ne (?:\w+ )?(?:peut|peuvent|pourra|pourront|saurait|sauraient)",
    r"n'(?:est|sont|a|ont) (?:\w+ )?pas", r"ne (?:\w+ )?(?:sont|sera|seront|doit|doivent) (?:\w+ )?pas",
    r"ne \w+ que", r"n'\w+ que", r"aucune?", r"en aucun cas",
    r"obligatoires?", r"obligatoirement", r"impérativement", r"exclusivement", r"uniquement",
    r"seule?s?", r"au plus", r"au moins", r"au maximum", r"au minimum", r"maximale?s?", r"minimale?s?",
    r"maximum", r"minimum", r"avant le", r"au plus tard", r"date limite", r"délai", r"délais",
    r"sous peine", r"subordonnée?s?", r"requise?s?", r"exigée?s?", r"interdite?s?",
    r"incompatibles?", r"cumulables?", r"à condition", r"sous réserve", r"il convient",
    r"est tenue?", r"sont tenue?s", r"nécessite", r"nécessitent",
)  # fmt: skip
_NORMATIVE = re.compile(
    r"(?<!\w)(?:"
    + "|".join(sorted(NORMATIVE_PATTERNS, key=len, reverse=True)).replace("'", "['’ʼ‘]").replace(" ", r"\s+")
    + r")(?!\w)",
    re.IGNORECASE,
)

# A line that begins an item of its own: a bullet, a numbered or lettered item, a heading, a table row.
_ITEM = re.compile(
    r"""\s*(?:
        [-–—•·▪►➢✓□☐☑■○◦∙>↳Ø฀*]            # a bullet, or several (►►)
      | x\s+(?=[A-ZÀ-Ý])                   # a bullet a PDF extraction turned into « x »
      | \#{1,6}\s                          # a Markdown heading
      | \|                                 # a Markdown table row
      | <input\b                           # a form's check box
      | https?://                          # a link on a line of its own
      | \d{1,2}(?:\s?[.)°]|-\d{1,2})(?=\s) # 1) 2. 1° 1-1
      | \d{1,2}(?:\.\d{1,2})+(?=\s)        # 1.1 2.4.1
      | [a-h][.)](?=\s)                    # a) b.
      | [IVX]{1,4}\s?[.)–-](?=\s|[A-ZÀ-Ý]) # I. II) IV –
    )""",
    re.VERBOSE,
)
_MARKUP = re.compile(r"<[^<>\n]{1,200}>|\*{1,3}|_{2,}|\^\{|\\")  # HTML tags, Markdown emphasis
_SENTENCE_END = re.compile(r"(?<=[.!?])[*_)\]»\"]*(?=\s+[«\"(*]*\s*[A-ZÀ-Ý])")
_WORD = re.compile(r"[^\W\d_]+")
# Words that end with a full stop without ending a sentence: « M. Dupont », « cf. », « p. ex. ».
_ABBREVIATIONS = frozenset({"m", "mm", "mme", "mmes", "mlle", "dr", "cf", "ex", "p", "art", "n", "no", "st", "ste"})


class Status(StrEnum):
    """How a circular accounts for a sentence."""

    CITED = "citée"
    UNRULED = "hors règles"
    UNCOVERED = "non couverte"


@dataclass(frozen=True)
class Sentence:
    """A sentence of a source text: where it is (offsets of the text, 1-based lines) and what it says."""

    start: int
    end: int
    line: int
    end_line: int
    text: str  # folded: one space between words
    markers: tuple[tuple[int, int], ...]  # where its normative words are (offsets of the text)
    words: tuple[str, ...]  # those words, folded

    @property
    def normative(self) -> bool:
        return bool(self.markers)


# ---------------------------------------------------------------- cutting a text into sentences


@lru_cache(maxsize=16)
def sentences(text: str) -> tuple[Sentence, ...]:
    """The sentences of a source text, in order."""
    starts = _line_starts(text)
    found: list[Sentence] = []
    for start, end in _segments(text):
        for piece_start, piece_end in _split_sentences(text, start, end):
            sentence = _sentence(text, starts, piece_start, piece_end)
            if sentence is not None:
                found.append(sentence)
    return tuple(found)


def _line_starts(text: str) -> list[int]:
    return [0, *(match.end() for match in re.finditer("\n", text))]


@dataclass
class _Line:
    start: int
    end: int
    text: str  # without its end and the blanks around it

    @property
    def cells(self) -> bool:
        """A table row: cells separated by tabs or « | »."""
        return "\t" in self.text.strip() or self.text.startswith("|")


def _lines(text: str) -> list[_Line]:
    lines = []
    offset = 0
    for raw in text.split("\n"):
        stripped = raw.strip()
        lead = len(raw) - len(raw.lstrip())
        lines.append(_Line(offset + lead, offset + lead + len(stripped), stripped))
        offset += len(raw) + 1
    return lines


def _has_letters(text: str) -> bool:
    if _WORD.search(text) is None:
        return False
    return not _MARKUP.search(text) or _WORD.search(_MARKUP.sub(" ", text)) is not None


def _segments(text: str) -> Iterable[tuple[int, int]]:
    """Stretches of the text that hold one or several whole sentences: paragraphs, items, cells."""
    lines = _lines(text)
    width = _usual_width(lines)
    current: tuple[int, int] | None = None
    previous: _Line | None = None
    gap = False  # a blank line (or a line without letters) since the previous line
    for line in lines:
        if not _has_letters(line.text):
            gap = True
            continue
        if line.cells:
            if current is not None:
                yield current
                current = None
            yield from _cells(text, line)
            previous, gap = None, False
            continue
        if current is not None and previous is not None and _continues(previous, line, gap, width):
            current = (current[0], line.end)
        else:
            if current is not None:
                yield current
            current = (line.start, line.end)
        previous, gap = line, False
    if current is not None:
        yield current


def _usual_width(lines: Sequence[_Line]) -> int:
    """The width of a full line of the text (a high percentile of its line lengths)."""
    lengths = sorted(len(line.text) for line in lines if _has_letters(line.text))
    return lengths[int(len(lengths) * 0.9)] if lengths else 80


def _cells(text: str, line: _Line) -> Iterable[tuple[int, int]]:
    for match in re.finditer(r"[^\t|]+", text[line.start : line.end]):
        cell = match.group()
        if cell.strip():
            lead = len(cell) - len(cell.lstrip())
            yield line.start + match.start() + lead, line.start + match.start() + len(cell.rstrip())


def _continues(previous: _Line, line: _Line, gap: bool, width: int) -> bool:
    """Whether `line` goes on with the sentence that `previous` left open."""
    if _ITEM.match(line.text):
        return False
    ending = _MARKUP.sub("", previous.text).rstrip()
    if ending.endswith((".", "!", "?", ":")) and not _abbreviation(ending):
        return False
    first = re.search(r"[^\W_]", _MARKUP.sub("", line.text))
    if first is None:
        return False
    if first.group().islower() or first.group().isdigit():
        return True
    return not gap and len(previous.text) >= SHORT_LINE_SHARE * width


def _abbreviation(text: str) -> bool:
    """Whether the text ends with an abbreviation's full stop (« M. », « cf. »)."""
    if not text.endswith("."):
        return False
    words = _WORD.findall(text[-12:])
    last = words[-1] if words else ""
    return bool(last) and text[:-1].endswith(last) and (len(last) == 1 or last.lower() in _ABBREVIATIONS)


def _split_sentences(text: str, start: int, end: int) -> Iterable[tuple[int, int]]:
    """Cut a segment after each full stop (or ! ?) followed by a capital letter."""
    piece_start = start
    for match in _SENTENCE_END.finditer(text, start, end):
        if _abbreviation(text[max(start, match.start() - 12) : match.start()].rstrip('*_)]»"')):
            continue
        yield piece_start, match.end()
        piece_start = match.end()
    yield piece_start, end


def _sentence(text: str, line_starts: list[int], start: int, end: int) -> Sentence | None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    written = text[start:end]
    plain = _MARKUP.sub(" ", written)
    if sum(1 for word in _WORD.findall(plain) if len(word) >= MIN_WORD_LETTERS) < MIN_WORDS:
        return None
    found = list(_NORMATIVE.finditer(text, start, end))
    line = bisect.bisect_right(line_starts, start)
    end_line = bisect.bisect_right(line_starts, end - 1)
    markers = tuple(match.span() for match in found)
    return Sentence(start, end, line, end_line, fold(written), markers, tuple(fold(m.group()) for m in found))


# ---------------------------------------------------------------- passages and what they cover

Span = tuple[int, int]  # offsets of the text, end excluded


def passage_span(source: SourceText, passage: m.Passage) -> Span | None:
    """Where a passage is: its quote's first place, or from its first quote's first place to the end
    of its last quote after it."""
    first = source.spans(passage.first)
    if not first:
        return None
    if passage.last is None:
        return first[0]
    last = source.spans(passage.last, first[0][0])
    return (first[0][0], last[0][1]) if last else None


def passage_spans(source: SourceText, passage: m.Passage) -> list[Span]:
    """Every place a passage holds: a single quote wherever it is found (like a citation), a range once."""
    if passage.last is None:
        return source.spans(passage.first)
    span = passage_span(source, passage)
    return [span] if span is not None else []


def quote_spans(source: SourceText, quotes: Iterable[str]) -> list[Span]:
    """Every place of every quote: a sentence repeated in the text is cited wherever it is."""
    return [span for quote in dict.fromkeys(quotes) for span in source.spans(quote)]


class Cover:
    """Stretches of a source text held by passages, and which sentences they cover."""

    def __init__(self, text: str, spans: Iterable[Span]):
        self._weights = _weights(text)
        self._starts: list[int] = []
        self._ends: list[int] = []
        for start, end in sorted(spans):
            if self._ends and start <= self._ends[-1]:
                self._ends[-1] = max(self._ends[-1], end)
            else:
                self._starts.append(start)
                self._ends.append(end)

    def held(self, start: int, end: int) -> int:
        """How many letters and digits of the text between `start` and `end` the passages hold."""
        weights = self._weights
        total = 0
        index = max(0, bisect.bisect_right(self._ends, start))
        while index < len(self._starts) and self._starts[index] < end:
            low, high = max(start, self._starts[index]), min(end, self._ends[index])
            if low < high:
                total += weights[high] - weights[low]
            index += 1
        return total

    def holds(self, start: int, end: int) -> bool:
        """Whether one passage holds the whole stretch."""
        index = bisect.bisect_right(self._starts, start) - 1
        return index >= 0 and self._ends[index] >= end

    def covers(self, sentence: Sentence) -> bool:
        """At least half of its letters and digits, and each of its normative words."""
        weight = self._weights[sentence.end] - self._weights[sentence.start]
        if weight == 0 or self.held(sentence.start, sentence.end) < COVERED_SHARE * weight:
            return False
        return all(self.holds(start, end) for start, end in sentence.markers)


@lru_cache(maxsize=16)
def _weights(text: str) -> array[int]:
    """Running count of the letters and digits of the text (markup left out): weights[i] counts text[:i]."""
    counted = bytearray(char.isalnum() for char in text)
    for match in _MARKUP.finditer(text):
        counted[match.start() : match.end()] = bytes(match.end() - match.start())
    return array("q", itertools.accumulate(counted, initial=0))


# ---------------------------------------------------------------- how circulars account for a text


@dataclass(frozen=True)
class Finding:
    """One sentence and how a circular accounts for it; `reasons` of the « hors règles » passages that hold it."""

    sentence: Sentence
    status: Status
    reasons: tuple[str, ...] = ()
    unruled: tuple[m.Unruled, ...] = ()  # the « hors règles » passages that hold some of it


@dataclass(frozen=True)
class CircularCoverage:
    """The sentences of the parts a circular claims, each accounted for or not."""

    circular: m.Circular
    parts: tuple[Span, ...]
    part_lines: tuple[tuple[int, int], ...]
    findings: tuple[Finding, ...]

    def of(self, status: Status) -> tuple[Finding, ...]:
        return tuple(f for f in self.findings if f.status is status)

    @property
    def uncovered(self) -> tuple[Finding, ...]:
        """The sentences nothing accounts for, normative ones first, each group in text order."""
        found = self.of(Status.UNCOVERED)
        return tuple(sorted(found, key=lambda f: (not f.sentence.normative, f.sentence.start)))

    @property
    def unruled_normative(self) -> tuple[Finding, ...]:
        """Normative sentences acknowledged « hors règles »: a reviewer reads them and their reasons."""
        return tuple(f for f in self.of(Status.UNRULED) if f.sentence.normative)

    @property
    def unexplained(self) -> tuple[Finding, ...]:
        """Normative sentences acknowledged « hors règles » without a reason (E872)."""
        return tuple(f for f in self.unruled_normative if not f.reasons)

    @property
    def complete(self) -> bool:
        """Every sentence of its parts cited or acknowledged, every normative one acknowledged with a reason."""
        return not self.uncovered and not self.unexplained


def cover_circular(circular: m.Circular, source: SourceText) -> CircularCoverage:
    """How a circular accounts for the sentences of its parts of the source text."""
    parts = claimed_parts(circular, source)
    quoted = quote_spans(source, (c.quote for c in circular.citations()))
    placed = [(u, span) for u in circular.unruled for span in passage_spans(source, u.passage)]
    cited = Cover(source.text, quoted)
    both = Cover(source.text, [*quoted, *(span for _, span in placed)])
    findings = []
    for sentence in sentences(source.text):
        if not _inside(parts, sentence):
            continue
        holding = tuple(dict.fromkeys(u for u, (start, end) in placed if start < sentence.end and sentence.start < end))
        if cited.covers(sentence):
            findings.append(Finding(sentence, Status.CITED))
        elif both.covers(sentence):
            reasons = tuple(dict.fromkeys(u.reason for u in holding if u.reason))
            findings.append(Finding(sentence, Status.UNRULED, reasons, holding))
        else:
            findings.append(Finding(sentence, Status.UNCOVERED, (), holding))
    lines = tuple((source.line_of(start), source.line_of(max(start, end - 1))) for start, end in parts)
    return CircularCoverage(circular, parts, lines, tuple(findings))


def claimed_parts(circular: m.Circular, source: SourceText) -> tuple[Span, ...]:
    """The parts of the source text a circular claims: its « partie » passages, or the whole text."""
    if not circular.parts:
        return ((0, len(source.text)),)
    return tuple(span for part in circular.parts if (span := passage_span(source, part)) is not None)


def _inside(parts: Sequence[Span], sentence: Sentence) -> bool:
    return any(start <= sentence.start < end for start, end in parts)


@dataclass(frozen=True)
class SourceCoverage:
    """A source text over every circular that cites it."""

    source: SourceText
    path: str  # as written in the circulars' headers
    circulars: tuple[CircularCoverage, ...]
    orphans: tuple[Sentence, ...] = field(default=())  # in no circular's part, and accounted for by none

    @property
    def complete(self) -> bool:
        return not self.orphans and all(c.complete for c in self.circulars)


def cover_source(source: SourceText, path: str, circulars: Sequence[m.Circular]) -> SourceCoverage:
    """How the circulars citing a source text account for it, each over its parts, and together over all of it."""
    coverages = tuple(cover_circular(circular, source) for circular in circulars)
    claimed = [span for coverage in coverages for span in coverage.parts]
    spans: list[Span] = []
    for circular in circulars:
        spans.extend(quote_spans(source, (c.quote for c in circular.citations())))
        spans.extend(span for u in circular.unruled for span in passage_spans(source, u.passage))
    everything = Cover(source.text, spans)
    orphans = tuple(s for s in sentences(source.text) if not _inside(claimed, s) and not everything.covers(s))
    return SourceCoverage(source, path, coverages, orphans)


# ---------------------------------------------------------------- reports

EXCERPT_CHARS = 110  # a sentence is shown cut to this many characters


def excerpt(sentence: Sentence) -> str:
    """The sentence as shown in a report: quoted, cut if long."""
    text = _MARKUP.sub("", sentence.text) if len(sentence.text) > EXCERPT_CHARS else sentence.text
    text = " ".join(text.split())
    return f"« {text[: EXCERPT_CHARS - 1]}… »" if len(text) > EXCERPT_CHARS else f"« {text} »"


def _where(path: str, sentence: Sentence) -> str:
    return f"{path}:{sentence.line}"


def _words(sentence: Sentence) -> str:
    return f" [{', '.join(dict.fromkeys(sentence.words))}]" if sentence.normative else ""


def render_circular(coverage: CircularCoverage, source_path: str, limit: int | None = None) -> list[str]:
    """The lines of a circular's report: its parts, counts, uncovered sentences, normative ones « hors règles »."""
    circular = coverage.circular
    parts = ", ".join(f"lignes {a} à {b}" for a, b in coverage.part_lines) or "aucune partie trouvée"
    whole = "" if circular.parts else " (tout le texte)"
    lines = [f"{circular.file} : {source_path}, {parts}{whole}"]
    cited, unruled, uncovered = (len(coverage.of(s)) for s in Status)
    normative = len(coverage.unruled_normative)
    lines.append(
        f"  {len(coverage.findings)} phrases : {cited} citées, {unruled} hors règles"
        f" (dont {normative} normatives), {uncovered} non couvertes"
    )
    shown = coverage.uncovered if limit is None else coverage.uncovered[:limit]
    if shown:
        lines.append("  non couvertes, normatives d'abord :")
        lines.extend(f"    {_where(source_path, f.sentence)}{_words(f.sentence)} {excerpt(f.sentence)}" for f in shown)
        if len(shown) < len(coverage.uncovered):
            lines.append(
                f"    … et {len(coverage.uncovered) - len(shown)} autres (circ couverture-texte {circular.file})"
            )
    if coverage.unruled_normative and limit is None:
        lines.append("  normatives hors règles, à relire :")
        for finding in coverage.unruled_normative:
            sentence = finding.sentence
            why = "; ".join(f"« {r} »" for r in finding.reasons) or "SANS RAISON (E872)"
            lines.append(f"    {_where(source_path, sentence)}{_words(sentence)} {excerpt(sentence)}")
            lines.append(f"      raison : {why}")
    return lines


def render_orphans(coverage: SourceCoverage, source_path: str) -> list[str]:
    """The lines that report the sentences of a source text in no circular's part."""
    names = ", ".join(c.circular.name for c in coverage.circulars)
    if not coverage.orphans:
        return [f"{source_path} : chaque phrase est dans la partie d'une circulaire ({names})"]
    lines = [f"{source_path} : {len(coverage.orphans)} phrases dans la partie d'aucune circulaire ({names}) :"]
    ordered = sorted(coverage.orphans, key=lambda s: (not s.normative, s.start))
    lines.extend(f"    {_where(source_path, s)}{_words(s)} {excerpt(s)}" for s in ordered)
    return lines
