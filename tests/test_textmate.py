"""The TextMate grammar of the VS Code extension (editors/vscode): generated from
circdsl.highlight, and run as VS Code runs it (vscode-textmate with Oniguruma, in node) on every
circular of the repository and every `circ` block of the guide: each token is scoped as the parser
reads it — every keyword as a keyword of its family, texts as strings, comments, numbers, units,
dates and times — and nothing the parser reads is invalid.

node and the extension's development packages are needed (`make test` installs them with
`npm ci` in editors/vscode)."""

from __future__ import annotations

import bisect
import functools
import itertools
import json
import shutil
import subprocess
import xml.etree.ElementTree as ElementTree
from pathlib import Path

import pytest

from circdsl.highlight import SCOPES, kate_syntax, textmate_json
from circdsl.parser import keywords
from tests.circ_tokens import Sample, reference_tokens, samples

ROOT = Path(__file__).resolve().parent.parent
EXTENSION = ROOT / "editors" / "vscode"
SAMPLES = samples()
KIND_SCOPES = {
    "string": "string.quoted.double.circ",
    "number": "constant.numeric.circ",
    "date": "constant.other.date.circ",
    "time": "constant.other.time.circ",
    "comment": "comment.line.number-sign.circ",
}

Scopes = list[str]


@functools.cache
def tokenized() -> dict[str, list[Scopes | None]]:
    """The scopes of each character of each sample, as vscode-textmate gives them."""
    node = shutil.which("node")
    if node is None or not (EXTENSION / "node_modules" / "vscode-textmate").is_dir():
        pytest.fail(
            "node et les paquets de l'extension sont nécessaires : lancez « make test » (npm ci dans editors/vscode)"
        )
    payload = json.dumps([{"where": s.where, "text": s.text} for s in SAMPLES])
    done = subprocess.run(
        [node, "test/tokenize.js"], cwd=EXTENSION, input=payload, capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stderr
    found = {}
    for sample, result in zip(SAMPLES, json.loads(done.stdout), strict=True):
        found[sample.where] = _by_offset(sample.text, result["lines"])
    return found


def _by_offset(text: str, lines: list[list[list[object]]]) -> list[Scopes | None]:
    """Scopes per character of the text, from tokens per line in UTF-16 columns."""
    scopes: list[Scopes | None] = [None] * len(text)
    offset = 0
    for line, tokens in zip(text.split("\n"), lines, strict=True):
        units = [0, *itertools.accumulate(1 if char < "\U00010000" else 2 for char in line)]  # a surrogate pair: 2
        for start, end, names in tokens:  # the columns whose first UTF-16 unit is in [start, end)
            first, stop = bisect.bisect_left(units, start), bisect.bisect_left(units, end)  # type: ignore[arg-type]
            stop = min(stop, len(units) - 1)
            if first < stop:  # one list for the token's characters, which only read it
                scopes[offset + first : offset + stop] = [list(names)] * (stop - first)  # type: ignore[call-overload]
        offset += len(line) + 1
    return scopes


def test_the_committed_grammar_is_the_generated_one() -> None:
    committed = (EXTENSION / "syntaxes" / "circ.tmLanguage.json").read_text(encoding="utf-8")
    assert committed == textmate_json(), (
        "régénérez : python -m circdsl.highlight editors/vscode/syntaxes/circ.tmLanguage.json"
    )


def test_the_extension_declares_the_language_grammar_and_setting() -> None:
    package = json.loads((EXTENSION / "package.json").read_text(encoding="utf-8"))
    contributes = package["contributes"]
    assert contributes["languages"][0]["extensions"] == [".circ"]
    assert contributes["grammars"][0] == {
        "language": "circ",
        "scopeName": "source.circ",
        "path": "./syntaxes/circ.tmLanguage.json",
    }
    assert "circ.commande" in contributes["configuration"]["properties"]
    node = shutil.which("node")
    assert node is not None
    checked = subprocess.run(
        [node, "--check", package["main"]], cwd=EXTENSION, capture_output=True, text=True, check=False
    )
    assert checked.returncode == 0, checked.stderr  # plain JavaScript, run as it is
    assert package["dependencies"] == {"vscode-languageclient": package["dependencies"]["vscode-languageclient"]}
    configuration = json.loads((EXTENSION / "language-configuration.json").read_text(encoding="utf-8"))
    assert configuration["comments"] == {"lineComment": "#"}
    pairs = {(pair["open"], pair["close"]) for pair in configuration["autoClosingPairs"]}
    assert {("«", "»"), ('"', '"'), ("(", ")"), ("{", "}")} <= pairs


@pytest.mark.xdist_group("highlight")  # with test_pygments.py's: their samples' reference tokens are read once
@pytest.mark.parametrize("sample", SAMPLES, ids=lambda s: s.where)
def test_tokens_are_scoped_as_the_parser_reads_them(sample: Sample) -> None:
    scopes = tokenized()[sample.where]
    reference = reference_tokens(sample.text)
    read = {offset for token in reference for offset in range(token.start, token.end)}
    invalid = [o for o, names in enumerate(scopes) if names and "invalid.illegal.circ" in names]
    if sample.invalid:
        assert invalid and not read.intersection(invalid)
    else:
        assert invalid == [], f"{sample.where}: invalide sur {sample.text[invalid[0] : invalid[0] + 20]!r}"
    for token in reference:
        names = scopes[token.start] or []
        innermost = names[-1] if names else ""
        if token.kind == "keyword":
            expected = SCOPES[token.family]
            assert innermost == expected, f"{sample.where}: « {token.text} » a {names}, attendu {expected}"
            assert expected.startswith(("keyword.", "constant.language."))
        elif token.kind == "string":
            assert all(KIND_SCOPES["string"] in (scopes[o] or []) for o in range(token.start, token.end)), sample.where
        elif token.kind in KIND_SCOPES:
            assert innermost == KIND_SCOPES[token.kind], f"{sample.where}: « {token.text} » a {names}"
        elif token.kind == "name":
            assert not innermost.startswith(("keyword.", "constant.")), f"{sample.where}: « {token.text} » a {names}"


def test_the_kate_syntax_is_generated_and_lists_every_keyword() -> None:
    path = ROOT / "editors" / "kate" / "circ.xml"
    assert path.read_text(encoding="utf-8") == kate_syntax(), "régénérez : python -m circdsl.highlight"
    language = ElementTree.parse(path).getroot()
    assert language.get("name") == "circ" and language.get("extensions") == "*.circ"
    listed = {item.text for item in language.iter("item")}
    assert keywords() <= listed and {"demi-journées", "l'unité"} <= listed
