"""The escaping functions, one per output: what each must neutralise, and what it must keep."""

from __future__ import annotations

import html.parser

import markdown as python_markdown
import pytest

from circdsl import escape

EXTENSIONS = ["admonition", "attr_list", "tables", "toc"]


def rendered(text: str) -> str:
    return python_markdown.markdown(text, extensions=EXTENSIONS)


class _Tags(html.parser.HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, list[tuple[str, str | None]]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, attrs))


def tags(page: str) -> list[tuple[str, list[tuple[str, str | None]]]]:
    parser = _Tags()
    parser.feed(page)
    return parser.tags


@pytest.mark.parametrize(
    "text",
    [
        "Titre {: onfocus=alert(1) autofocus }",
        'Titre\n\n!!! danger "x"\n    y',
        "--><img src=x onerror=alert(1)>",
        "a | b | c",
        "- liste",
        "12. numéro",
        "# titre",
        "*a* _b_ `c` [d](e)",
        "\x02wzxhzdk:0\x03",
    ],
)
def test_markdown_text_stays_one_paragraph_of_text(text: str) -> None:
    for context in ("{}", "### {} {{: #ancre }}", "| a |\n|---|\n| {} |", "- **{}**"):
        page = rendered(context.format(escape.markdown(text)))
        found = [tag for tag, _ in tags(page)]
        assert found in (["p"], ["h3"], ["table", "thead", "tr", "th", "tbody", "tr", "td"], ["ul", "li", "strong"])
        assert all(name in ("id",) for _, attrs in tags(page) for name, _ in attrs)


def test_markdown_keeps_the_words() -> None:
    page = rendered(escape.markdown("Allègement : 1/3 des ORS, « 2 » (a|b) {x} *y*"))
    assert page == "<p>Allègement : 1/3 des ORS, « 2 » (a|b) {x} *y*</p>"


def test_excerpts_keep_the_source_formatting_balanced_and_nothing_else() -> None:
    text = "2<sup>ème</sup> **graves** 1^{er} <b>ouvert <i>x</b> </u> <script>y</script> <b onclick=z>w"
    out = escape.excerpt_html(text)
    assert out == (
        "2<sup>ème</sup> <strong>graves</strong> 1<sup>er</sup> <b>ouvert <i>x</i></b>  "
        "&lt;script&gt;y&lt;/script&gt; &lt;b onclick=z&gt;w"
    )
    assert escape.excerpt_plain(text) == "2ème graves 1er ouvert x  <script>y</script> <b onclick=z>w"
    assert escape.excerpt_markdown("- 2<sup>e</sup> *x*") == r"\- 2<sup>e</sup> \*x\*"


def test_addresses_become_links_only_for_the_web_and_e_mail() -> None:
    assert escape.markdown_url("https://exemple.fr/a|b") == "https://exemple.fr/a%7Cb"
    assert escape.markdown_url("dipe@ac-aix-marseille.fr") == "mailto:dipe@ac-aix-marseille.fr"
    assert escape.markdown_url("javascript:alert(1)") is None
    assert escape.markdown_url("https://exemple.fr/a b") is None
    assert escape.ics_uri("https://exemple.fr/a\nURL:x") is None
    assert escape.ics_uri("https://exemple.fr/a") == "https://exemple.fr/a"


def test_comments_titles_and_names() -> None:
    assert escape.html_comment("x --><img onerror=1> --") == "x -›‹img onerror=1› "
    assert escape.markdown_title("a </title> | b") == r"a &lt;/title› | b".replace("&lt;", "‹")
    assert escape.one_line(" a \n\n b\u2028c\x00 ") == "a b c\ufffd"
    assert escape.path_segment("../é t<>.txt") == "_e_t__.txt"
