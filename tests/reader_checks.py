"""What a reader must never see in a page, a checklist or a calendar (issue « what an applicant reads »).

`reader_blocks` extracts the reader text of an HTML page, block by block, with
html.parser (the text of paragraphs, list items, cells, headings, drawings).
What is shown verbatim on purpose — quotes of the source text (blockquotes),
the source pages' lines — comes as `Verbatim` blocks, checked only for markup
shown as text (a tag, a `^{er}`); code is left out. `problems` lists the
defects of one block of text: internal names, literal braces, « inconnu »
inside a sentence, HTML tags shown as text, repeated or clashing words, a
sealed envelope for an e-mail or an online deposit.
"""

from __future__ import annotations

import html.parser
import inspect
import re
from collections.abc import Iterable

from circdsl import model as m
from circdsl.french import words
from circdsl.french.conditions import TOO_LONG, UNSAID

BLOCKS = {"p", "li", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6", "title", "dt", "dd", "figcaption", "summary"}
BLOCKS |= {"text", "div", "section", "header", "label"}  # SVG text, and containers whose text is direct
SKIPPED = {"code", "pre", "script", "style", "kbd"}
SKIPPED_CLASSES = {"md-footer", "md-header", "md-sidebar", "md-search", "headerlink"}
VERBATIM = {"blockquote"}
VERBATIM_CLASSES = {"circ-source"}


class Verbatim(str):
    """Text shown as the source text writes it: only its markup is checked."""


MODEL_CLASSES = {name for name, value in inspect.getmembers(m, inspect.isclass) if value.__module__ == m.__name__}
CAMEL_CASE = re.compile(r"\b[A-Z][a-z]+(?:[A-Z][a-z]+)+\b")
IDENTIFIER = re.compile(r"[\wÀ-ÿ]+(?:[._][\wÀ-ÿ]+)+")
TAG_AS_TEXT = re.compile(r"</?(?:b|i|em|strong|sup|sub|u|br|p|div|span|a|img|script|svg)\b[^<>]*>", re.IGNORECASE)
UNKNOWN_IN_SENTENCE = re.compile(r"(?:\w|[(:])\s*\binconnue?s?\b\s*\w", re.IGNORECASE)
# Two articles in a row (« après le la date limite »); « de le » or « une des » are French.
# (a pronoun after a verb, « retirez-les du formulaire », is no article)
ARTICLE_CLASH = re.compile(r"(?<![-\w])(?:le|la|les|du|au|aux)\s+(?:le|la|les|du|des|au|aux)\b(?!['’])", re.IGNORECASE)
REPEATED_WORD = re.compile(r"\b(\w{2,})\s+\1\b", re.IGNORECASE)
REPEATED_WORDS_OK = {"vous", "nous", "très"}
# A title that repeats the word announcing it: « Date limite : Date limite de dépôt », « Examen : Examen… ».
TITLE_REPEATED = re.compile(r"^(?:\W*)([\wÀ-ÿ'’]+(?: [\wÀ-ÿ'’]+)?) : \1\b", re.IGNORECASE)
SEALED = re.compile(r"\bpli\b|enveloppe", re.IGNORECASE)
# A label kept with its capital after a word that opens a clause (« si L'agent dispose… »);
# an acronym (« si RQTH… ») or a known proper noun (« où Paris… ») keeps it (french.words.inside_sentence).
CAPITAL_IN_CLAUSE = re.compile(r"(?<![-\w])(?:(?:si|où|lorsque|puisque)\s+|lorsqu['’])([A-ZÀ-Ý][^\s,:;.()«»]*)")
NOT_PAPER = re.compile(r"\bpar courriel\b|\ben ligne\b|à déposer en ligne|à envoyer par courriel", re.IGNORECASE)


class _Reader(html.parser.HTMLParser):
    def __init__(self, scope: str | None) -> None:
        super().__init__(convert_charrefs=True)
        self.scope = scope  # only the text inside this tag (e.g. "article"), if given
        self.blocks: list[str] = []
        self.current: list[str] = []
        self.stack: list[tuple[str, bool, bool]] = []  # (tag, skipped, verbatim), inherited by children
        self.inside = scope is None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("br", "img", "input", "meta", "link", "hr", "path", "rect", "marker", "wbr", "source"):
            return
        classes = set((dict(attrs).get("class") or "").split())
        parent_skipped, parent_verbatim = (self.stack[-1][1], self.stack[-1][2]) if self.stack else (False, False)
        skipped = tag in SKIPPED or bool(classes & SKIPPED_CLASSES) or parent_skipped
        verbatim = tag in VERBATIM or bool(classes & VERBATIM_CLASSES) or parent_verbatim
        if tag == self.scope:
            self.inside = True
        if tag in BLOCKS or tag in VERBATIM:
            self._flush()
        self.stack.append((tag, skipped, verbatim))

    def handle_endtag(self, tag: str) -> None:
        if tag in BLOCKS or tag in VERBATIM:
            self._flush()
        while self.stack:
            open_tag, *_ = self.stack.pop()
            if open_tag == tag:
                break
        if tag == self.scope:
            self.inside = False

    def handle_data(self, data: str) -> None:
        if self.inside and not (self.stack and self.stack[-1][1]):
            self.current.append(data)

    def _flush(self) -> None:
        text = " ".join("".join(self.current).split())
        if text:
            self.blocks.append(Verbatim(text) if self.stack and self.stack[-1][2] else text)
        self.current = []

    def close(self) -> None:
        super().close()
        self._flush()


def reader_blocks(page: str, scope: str | None = None) -> list[str]:
    """The reader text of an HTML page, one string per block."""
    reader = _Reader(scope)
    reader.feed(page)
    reader.close()
    return reader.blocks


def internal_names(circulars: Iterable[m.Circular]) -> set[str]:
    """Names that only the .circ file and the code should see: those with a dot or an underscore."""
    names: set[str] = set()
    for c in circulars:
        for group in (c.all_facts, c.facts, c.rules, c.documents, c.services, c.values, c.tables, c.deadlines):
            names.update(item.name for item in group)
        for group2 in (c.periods, c.events, c.opinions, c.examinations):
            names.update(item.name for item in group2)
        for table in c.tables:
            names.update(f"{table.name}.{column.name}" for column in table.columns)
        for fact in c.all_facts:
            names.update(choice for choice, _ in fact.choice_labels)
    return {name for name in names if "_" in name or "." in name}


VERBATIM_MARKUP = re.compile(r"\^\{[^}]*\}|\*\*\w")


def problems(text: str, names: set[str]) -> list[str]:
    """The defects of one block of reader text."""
    if isinstance(text, Verbatim):
        markup = TAG_AS_TEXT.search(text) or VERBATIM_MARKUP.search(text)
        return [f"balise HTML affichée : {markup.group(0)}"] if markup else []
    found = []
    for token in IDENTIFIER.findall(text):
        if token in names:
            found.append(f"identifiant « {token} »")
    for word in CAMEL_CASE.findall(text):
        if word in MODEL_CLASSES:
            found.append(f"nom de classe « {word} »")
    for name in MODEL_CLASSES:
        if f"({name})" in text:
            found.append(f"nom de classe « ({name}) »")
    if "{" in text or "}" in text:
        found.append("accolade")
    if UNSAID in text or TOO_LONG in text:
        found.append("une construction sans formulation")
    if UNKNOWN_IN_SENTENCE.search(text):
        found.append("« inconnu » dans une phrase")
    if TAG_AS_TEXT.search(text):
        found.append(f"balise HTML affichée : {TAG_AS_TEXT.search(text).group(0)}")  # type: ignore[union-attr]
    for match in ARTICLE_CLASH.finditer(text):
        found.append(f"mots qui se heurtent : « {match.group(0)} »")
    for match in REPEATED_WORD.finditer(text):
        if match.group(1).lower() not in REPEATED_WORDS_OK and not match.group(1).isdigit():
            found.append(f"mot répété : « {match.group(0)} »")
    if TITLE_REPEATED.search(text):
        found.append(f"titre répété : « {TITLE_REPEATED.search(text).group(0)} »")  # type: ignore[union-attr]
    for match in CAPITAL_IN_CLAUSE.finditer(text):
        if words.inside_sentence(match.group(1)) != match.group(1):
            found.append(f"majuscule au milieu d'une phrase : « {match.group(0)} »")
    for sentence in re.split(r"[.;]\s|\n", text):
        if SEALED.search(sentence) and NOT_PAPER.search(sentence):
            found.append(f"pli ou enveloppe pour un envoi qui n'est pas sur papier : « {sentence[:160]} »")
    return found


def all_problems(blocks: Iterable[str], names: set[str], where: str) -> list[str]:
    return [f"{where} : {problem} — dans « {block[:200]} »" for block in blocks for problem in problems(block, names)]
