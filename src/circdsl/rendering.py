"""The jinja2 environments of circdsl's templates (`circdsl/templates/`), escaping by construction.

A Markdown template escapes every value it writes with `escape.markdown`, unless
the value is `escape.Markdown` (built from escaped parts by the code); an HTML
template autoescapes, after putting every value on one line without control
characters. A template never has to remember a filter: forgetting one cannot
leak markup into a page. Used by the documentation pages and the checklists.
"""

from __future__ import annotations

from functools import cache
from typing import Any

import jinja2
import markupsafe

from circdsl.escape import Markdown, html_url, markdown, markdown_link, one_line
from circdsl.french import words


def _escape_markdown(value: Any) -> Any:
    if isinstance(value, Markdown) or value is None:
        return value
    return markdown(value)


def _escape_html(value: Any) -> Any:
    if isinstance(value, markupsafe.Markup) or value is None:
        return value
    return one_line(value)


def _href(address: str | None) -> markupsafe.Markup | None:
    """An address for an `href` attribute (web or e-mail), or None."""
    url = html_url(address) if address else None
    return markupsafe.Markup(url) if url else None


@cache
def template_environment(html: bool = False) -> jinja2.Environment:
    """The templates with their escaping: HTML (autoescaped) or Markdown."""
    env = jinja2.Environment(
        loader=jinja2.PackageLoader("circdsl", "templates"),
        autoescape=html,
        finalize=_escape_html if html else _escape_markdown,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters["long_date"] = words.long_date
    env.filters["date"] = words.date
    env.globals["href"] = _href  # HTML: an address for `href`, or None
    env.globals["link"] = lambda address: markdown_link(address, address)  # Markdown: a link, or escaped text
    return env
