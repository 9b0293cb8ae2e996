"""Lines are counted as the parser counts them (only « \\n » ends a line): a line separator,
a form feed or a vertical tab written in a comment or a text shifts nothing, in diagnostics,
excerpts, the condition texts quoted from the .circ, or the lines of citations."""

from __future__ import annotations

from pathlib import Path

import pytest
from lark import Token

from circdsl.builder import token_span
from circdsl.citations import SourceText, fold
from circdsl.parser import parse
from circdsl.source import EXCERPT_WIDTH, SourceFile, Span

CIRCULARS = Path(__file__).resolve().parent.parent / "circulars"

# Characters that str.splitlines() (and some editors) take for line ends, unlike the parser.
SEPARATORS = ["\u2028", "\u2029", "\x85", "\x0c", "\x0b", "\x1c", "\x1d", "\x1e", "\r"]
SEPARATOR_IDS = ["U+2028", "U+2029", "U+0085", "saut-de-page", "tab-vertical", "FS", "GS", "RS", "CR-seul"]


def with_separators_in_comments(text: str, separators: str) -> str:
    """Each comment of `text` gets the separators in its middle."""
    lines = []
    for line in text.split("\n"):
        hash_at = line.find("#")
        if hash_at >= 0 and line.count('"', 0, hash_at) % 2 == 0:
            line = line[: hash_at + 1] + separators + line[hash_at + 1 :] + separators
        lines.append(line)
    return "\n".join(lines)


@pytest.mark.parametrize("path", sorted(CIRCULARS.glob("*.circ")), ids=lambda p: p.stem)
def test_every_token_of_a_real_circular_is_where_its_span_says(path: Path):
    """Separators in every comment: each token's span still slices exactly that token from the source."""
    text = with_separators_in_comments(path.read_text(encoding="utf-8"), "".join(SEPARATORS))
    source = SourceFile(path.name, text)
    tree = parse(source)
    tokens = [token for token in tree.scan_values(lambda value: isinstance(value, Token))]
    assert len(tokens) > 100
    for token in tokens:
        span = token_span(token)
        assert source.slice(span) == str(token), (token, span)
        if span.line == span.end_line:
            assert str(token) in source.line_text(span.line)


@pytest.mark.parametrize("separator", SEPARATORS, ids=SEPARATOR_IDS)
def test_a_separator_in_a_comment_shifts_no_diagnostic(diagnostics_of, separator):
    text = f'fait a "A" : booléen\n# avant{separator}après{separator}\nrègle r bloquante "R"\n  exige inconnu\n'
    diagnostics = diagnostics_of(text)
    unknown = next(d for d in diagnostics if d.code == "E101")
    assert (unknown.span.line, unknown.span.column) == (8, 9)
    assert "\n 8 |   exige inconnu\n" in "\n" + unknown.render()


@pytest.mark.parametrize("separator", SEPARATORS, ids=SEPARATOR_IDS)
def test_condition_texts_are_sliced_from_the_right_lines(compile_text, separator):
    text = f"""\
        fait a "A" : booléen # un{separator}commentaire
        fait b "B" : booléen
        service drh "DRH"
          cite "Le dispositif"
        pièce p "Pièce{separator}P"
          obligatoire si a et
            non b
          transmise par courriel à drh
          cite "Le dispositif"
    """
    document = compile_text(text).circular.documents[0]
    assert document.condition_text == "a et non b"
    assert document.label == f"Pièce{separator}P"


def test_a_crlf_file_reads_like_an_lf_file(tmp_path):
    path = tmp_path / "essai.circ"
    path.write_bytes('vocabulaire essai "Essai"\r\nfait a "A" : booléen\r\n'.encode())
    source = SourceFile.read(path)
    assert [source.line_text(line) for line in (1, 2, 3)] == ['vocabulaire essai "Essai"', 'fait a "A" : booléen', ""]
    assert source.slice(Span(2, 1, 2, 5)) == "fait"
    assert parse(source)


def test_excerpt_shows_invisible_characters_by_a_stand_in_of_the_same_width():
    source = SourceFile("x.circ", "a\x1b[31mb\u2028c\u202ed @\n")
    excerpt = source.excerpt(Span.point(1, 13))
    shown, caret = excerpt.split("\n")
    assert "\x1b" not in excerpt and "\u2028" not in excerpt and "\u202e" not in excerpt
    assert shown == " 1 | a␛[31mb�c�d @"
    assert caret.index("^") == shown.index("@")


def test_excerpt_of_a_very_long_line_is_cut_around_the_caret():
    line = "x" * 5000 + " @ " + "y" * 5000
    excerpt = SourceFile("x.circ", line + "\n").excerpt(Span.point(1, 5002))
    shown, caret = excerpt.split("\n")
    assert len(shown) < EXCERPT_WIDTH + 10
    assert shown.startswith(" 1 | …") and shown.endswith("…")
    assert caret.index("^") == shown.index("@")


def test_citation_lines_count_only_newlines():
    text = "un\u2028deux\x0ctrois\nLe dispositif est\n   réservé aux  titulaires.\n"
    source = SourceText("source.txt", text)
    assert source.find("Le dispositif est réservé aux titulaires") == 2
    assert source.find("trois") == 1


def naive_find(text: str, quote: str) -> int | None:
    """The line of `quote` in `text`, folded character by character (the former implementation)."""
    folded: list[str] = []
    offsets: list[int] = []
    previous_blank = True
    for offset, char in enumerate(text.replace("’", "'").replace("‘", "'").replace("ʼ", "'")):
        if char.isspace():
            if not previous_blank:
                folded.append(" ")
                offsets.append(offset)
            previous_blank = True
        else:
            folded.append(char)
            offsets.append(offset)
            previous_blank = False
    index = "".join(folded).find(fold(quote))
    if not fold(quote) or index < 0:
        return None
    return text.count("\n", 0, offsets[index]) + 1


@pytest.mark.parametrize("seed", range(200))
def test_citation_lookup_agrees_with_a_character_by_character_fold(seed):
    import random

    rng = random.Random(seed)
    pieces = [
        "Le",
        "dispositif",
        "l’ORS",
        "l'ORS",
        " ",
        "  ",
        "\n",
        "\n   ",
        "\u00a0",
        "\u202f",
        "\t",
        "\x0c",
        "a",
        "b",
    ]
    text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 40)))
    for _ in range(5):
        start = rng.randint(0, len(text))
        quote = text[start : start + rng.randint(1, 15)]
        assert SourceText("s.txt", text).find(quote) == naive_find(text, quote), (text, quote)
