"""One escaping function per output target: Markdown, HTML, SVG and iCalendar (the terminal's is
`terminal.escape_terminal`).

Every string written by an editor (titles, labels, messages, addresses, file and
source names) or supplied by an applicant reaches an output only through one of
these functions, so that it is shown as text and never read as markup: no
Markdown block (admonition, list, heading) or `attr_list` attribute, no HTML
element or attribute, no iCalendar property.

Source texts keep their own light formatting (`<sup>`, `<b>`, `<i>`, `^{er}`,
`**gras**`): `excerpt_html` and `excerpt_markdown` turn exactly those into
balanced HTML elements, without attributes, and escape everything else.
"""

from __future__ import annotations

import html
import re
import unicodedata
from collections.abc import Callable
from urllib.parse import quote

REPLACEMENT = "\ufffd"  # shown in place of a control character in reader text

# Characters Python-Markdown (and its tables and attr_list extensions) reads as syntax anywhere in a line.
_MARKDOWN_ANYWHERE = re.compile(r"([\\`*_{}\[\]#!|])")
# What makes a block of the start of a line: list markers and rules (- +), numbered items (1.);
# a quote marker (>) is already an entity once HTML is escaped.
_MARKDOWN_LEADING = re.compile(r"^(?:([-+])|(\d+)\.)")
# Control characters (C0, DEL, C1) and Unicode line/paragraph separators.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_SPACES = re.compile(r"\s+")
_URL = re.compile(r"(?:https?://|mailto:)[^\s\x00-\x1f\x7f<>\"'`\\]+", re.IGNORECASE)
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")


# ---------------------------------------------------------------- plain text


def one_line(text: object, strip: bool = True) -> str:
    """The text on one line: every run of whitespace or line separators becomes one space,
    control characters become U+FFFD; `strip=False` keeps a space at either end."""
    collapsed = _CONTROL.sub(REPLACEMENT, _SPACES.sub(" ", str(text)))
    return collapsed.strip(" ") if strip else collapsed


def plain(text: object) -> str:
    """Reader text without control characters, line breaks kept (multi-line descriptions)."""
    lines = str(text).replace("\r\n", "\n").split("\n")
    return "\n".join(_CONTROL.sub(REPLACEMENT, " ".join(line.split())) for line in lines)


# ---------------------------------------------------------------- Markdown (mkdocs)


class Markdown(str):
    """Markdown that is already safe (escaped, or built from escaped parts): templates write
    it as it is, and escape every other value (see `emit_docs.template_environment`)."""

    __slots__ = ()


def markdown(text: object, leading: bool = True, strip: bool = True) -> Markdown:
    """Text shown as is in a Markdown paragraph, list item, heading or table cell.

    On one line (no blank line can open a block), HTML escaped, and every
    character Markdown reads as syntax escaped with a backslash: emphasis, code,
    links, `{: attr_list }`, headings' `#`, `!!!` admonitions, table `|`. With
    `leading`, a list or quote marker at the start is escaped too.
    """
    if isinstance(text, Markdown):
        return text
    escaped = _MARKDOWN_ANYWHERE.sub(r"\\\1", html.escape(one_line(text, strip), quote=False))
    return Markdown(_escape_leading(escaped) if leading else escaped)


def markdown_title(text: object) -> Markdown:
    """A title mkdocs also writes into the page's `<title>` and navigation (a link text of
    SUMMARY.md, the heading of a page outside the navigation). The theme unescapes it there
    (`striptags`), so `<` and `>` are written as the angle quotes ‹ › — a title can never
    close `<title>` — and `|` is left as is (mkdocs-literate-nav does not read `\\|`)."""
    return Markdown(markdown(str(text).replace("<", "‹").replace(">", "›")).replace("\\|", "|"))


def _escape_leading(text: str) -> str:
    return _MARKDOWN_LEADING.sub(lambda m: f"\\{m.group(1)}" if m.group(1) else f"{m.group(2)}\\.", text)


def markdown_url(address: str) -> str | None:
    """A web or e-mail address made safe for a Markdown link target, or None if it is none."""
    text = address.strip()
    if _EMAIL.fullmatch(text):
        text = f"mailto:{text}"
    if not _URL.fullmatch(text):
        return None
    return quote(text, safe="/:@?&=#%+,;~.-_!$*")


def markdown_link(text: object, address: str) -> Markdown:
    """`[text](address)` for a web or e-mail address; the escaped text alone otherwise."""
    url = markdown_url(address)
    return Markdown(f"[{markdown(text)}]({url})") if url else markdown(text)


def html_comment(text: object) -> Markdown:
    """Text inside an HTML comment (in Markdown or HTML): it cannot close the comment or open a tag."""
    return Markdown(re.sub(r"-{2,}", "-", one_line(text)).replace("<", "‹").replace(">", "›").strip("-"))


def path_segment(text: str) -> str:
    """A file or folder name made of ASCII letters, digits, `_`, `-` and `.` only."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[^A-Za-z0-9_.-]", "_", ascii_text).strip(".") or "_"


# ---------------------------------------------------------------- HTML and SVG


def html_text(text: object) -> str:
    """Text inside an HTML element or a quoted attribute, on one line."""
    return html.escape(one_line(text), quote=True)


def html_url(address: str) -> str | None:
    """A web or e-mail address for an `href`, or None if it is none (never `javascript:`)."""
    url = markdown_url(address)
    return html.escape(url, quote=True) if url else None


svg_text = html_text  # SVG text nodes and attributes follow the same rules inside an HTML page


# ---------------------------------------------------------------- iCalendar


def ics_text(text: object, multiline: bool = False) -> str:
    """A TEXT value (SUMMARY, DESCRIPTION, LOCATION): no control character; the icalendar
    library escapes commas, semicolons and line breaks."""
    return plain(text) if multiline else one_line(text)


def ics_uri(address: str | None) -> str | None:
    """A URL property value, or None when the address is not a plain web address on one line."""
    if not address:
        return None
    text = address.strip()
    return text if re.fullmatch(r"https?://[^\s\x00-\x1f\x7f]+", text, re.IGNORECASE) else None


# ---------------------------------------------------------------- excerpts of source texts

_ALLOWED_TAGS = ("b", "i", "em", "strong", "sup", "sub", "u")
_EXCERPT_TOKEN = re.compile(
    r"<(/?)(" + "|".join(_ALLOWED_TAGS) + r")>|<br\s*/?>|\^\{([^{}<>\n]{1,20})\}|\*\*",
    re.IGNORECASE,
)


def excerpt_html(text: str) -> str:
    """A line or quote of a source text as HTML: its formatting as elements, the rest escaped."""
    return _render_excerpt(text, _html_segment)


def excerpt_markdown(text: str) -> Markdown:
    """A quote of a source text inside Markdown, on one line: its formatting as inline HTML,
    the rest escaped as `markdown` escapes it."""
    rendered = _render_excerpt(" ".join(text.split()), _markdown_segment)
    return Markdown(_escape_leading(rendered))


def excerpt_plain(text: str) -> str:
    """A quote of a source text without its formatting: `2<sup>ème</sup>` -> « 2ème »."""
    return _render_excerpt(text, lambda part: _CONTROL.sub(REPLACEMENT, part), markup=False)


def _html_segment(part: str) -> str:
    return html.escape(_CONTROL.sub(REPLACEMENT, part), quote=False)


def _markdown_segment(part: str) -> str:
    return _MARKDOWN_ANYWHERE.sub(r"\\\1", _html_segment(part))


def _render_excerpt(text: str, escape: Callable[[str], str], markup: bool = True) -> str:
    """Tokens of formatting become balanced elements (closed at the end if left open);
    a closing tag that closes nothing is dropped."""
    out: list[str] = []
    stack: list[str] = []
    position = 0
    for match in _EXCERPT_TOKEN.finditer(text):
        out.append(escape(text[position : match.start()]))
        position = match.end()
        closing, tag, superscript = match.group(1), (match.group(2) or "").lower(), match.group(3)
        if superscript is not None:
            out.append(f"<sup>{escape(superscript)}</sup>" if markup else escape(superscript))
        elif match.group(0) == "**":
            out.append(_toggle(stack, "strong", "/" if "strong" in stack else "", markup))
        elif tag:
            out.append(_toggle(stack, tag, closing, markup))
        else:  # <br>
            out.append("<br>" if markup else " ")
    out.append(escape(text[position:]))
    if markup:
        out.extend(f"</{tag}>" for tag in reversed(stack))
    return "".join(out)


def _toggle(stack: list[str], tag: str, closing: str, markup: bool) -> str:
    if not closing:
        stack.append(tag)
        return f"<{tag}>" if markup else ""
    if tag not in stack:
        return ""
    closed = []
    while stack:
        top = stack.pop()
        closed.append(f"</{top}>")
        if top == tag:
            break
    return "".join(closed) if markup else ""
