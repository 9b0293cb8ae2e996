"""The Pygments lexer (alias `circ`): every circular of the repository and every `circ` block of the
guide is highlighted as the parser reads it — keywords as Keyword (by family), texts, numbers,
dates, comments and names — without an Error token; and the documentation site uses it."""

from __future__ import annotations

import pytest
from pygments.lexers import get_lexer_by_name
from pygments.token import Comment, Error, Keyword, Literal, Name, Number, String, _TokenType

from circdsl.highlight import FAMILIES, family_words
from circdsl.parser import keywords
from tests.circ_tokens import Sample, guide_block_count, reference_tokens, samples
from tests.site_build import built_site

SAMPLES = samples()
FAMILY_TOKENS = {
    "declaration": Keyword.Declaration,
    "clause": Keyword,
    "operator": Keyword,
    "type": Keyword.Type,
    "unit": Keyword.Type,
    "constant": Keyword.Constant,
    "qualifier": Keyword.Pseudo,
}
KIND_TOKENS = {
    "string": String,
    "number": Number,
    "date": Literal.Date,
    "time": Literal.Date,
    "comment": Comment,
    "name": Name,
}


def test_the_families_hold_exactly_the_keywords_of_the_grammar() -> None:
    assert family_words() == keywords()
    words = [word for family in FAMILIES.values() for word in family]
    assert len(words) == len(set(words)), "un mot est dans deux familles"


def test_the_lexer_is_registered_under_circ() -> None:
    lexer = get_lexer_by_name("circ")
    assert type(lexer).__module__ == "circdsl.pygments_lexer"


def test_every_circular_and_guide_block_is_sampled() -> None:
    assert guide_block_count() > 100  # the guide, the reference, the recipes and the diagnostics catalogue
    assert (
        len(SAMPLES) == guide_block_count() + 16
    )  # the 14 circulars, commun.circ and procedure_aix_marseille_2025.circ


def _types_by_offset(text: str) -> list[_TokenType | None]:
    found: list[_TokenType | None] = [None] * len(text)
    for index, token_type, value in get_lexer_by_name("circ").get_tokens_unprocessed(text):
        for offset in range(index, index + len(value)):
            found[offset] = token_type
    return found


@pytest.mark.xdist_group("highlight")  # with test_textmate.py's: their samples' reference tokens are read once
@pytest.mark.parametrize("sample", SAMPLES, ids=lambda s: s.where)
def test_tokens_are_highlighted_as_the_parser_reads_them(sample: Sample) -> None:
    types = _types_by_offset(sample.text)
    reference = reference_tokens(sample.text)
    read = {offset for token in reference for offset in range(token.start, token.end)}
    errors = [offset for offset, token_type in enumerate(types) if token_type is not None and token_type in Error]
    if sample.invalid:  # a block that shows an unexpected character: only what the parser could not read
        assert errors and not read.intersection(errors)
    else:
        assert errors == [], f"{sample.where}: Error sur {sample.text[errors[0] : errors[0] + 20]!r}"
    for token in reference:
        got = types[token.start]
        assert got is not None
        if token.kind == "keyword":
            expected = FAMILY_TOKENS[token.family]
            assert got is expected, f"{sample.where}: « {token.text} » est {got}, attendu {expected}"
        elif token.kind in KIND_TOKENS:
            assert got in KIND_TOKENS[token.kind], f"{sample.where}: « {token.text} » est {got}"
            if token.kind == "string":
                assert all(types[o] in String for o in range(token.start, token.end))
        if token.kind == "name":
            assert got not in Keyword


@pytest.mark.xdist_group("site")  # the site is built once per worker: one worker builds it
def test_the_documentation_site_highlights_the_circ_blocks() -> None:
    page = (built_site() / "reference" / "regles" / "index.html").read_text(encoding="utf-8")
    assert '<span class="kd">règle</span>' in page
    assert '<span class="kt">heures</span>' in page or '<span class="k">exige</span>' in page
    assert '<span class="err">' not in page
