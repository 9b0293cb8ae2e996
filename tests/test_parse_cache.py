"""The parse tables are cached on disk between processes, in the user's cache folder: a new
grammar gets new tables, a damaged or unwritable cache only costs time, never an error."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from circdsl.diagnostics import CompileError
from circdsl.lark_parser import GRAMMAR_PATH, cache_folder, cache_path, get_parser
from circdsl.parser import ParsedTexts, parse
from circdsl.source import SourceFile

ROOT = Path(__file__).resolve().parent.parent
PARIS = ROOT / "circulars" / "allegement_paris_2025.circ"
GRAMMAR = GRAMMAR_PATH.read_text(encoding="utf-8")


@pytest.fixture
def fresh_parser(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[Path]:
    """A cache folder of the test's own; the parser of this process is rebuilt from it."""
    folder = tmp_path / "cache"
    monkeypatch.setenv("CIRCDSL_CACHE_DIR", str(folder))
    get_parser.cache_clear()
    yield folder
    get_parser.cache_clear()  # the next test gets the parser of the usual cache


def paris_tree() -> str:
    return parse(SourceFile.read(PARIS)).pretty()


def test_the_tables_are_saved_then_loaded(fresh_parser: Path):
    expected = paris_tree()
    [saved] = fresh_parser.iterdir()
    assert saved == cache_path(GRAMMAR) and saved.stat().st_size > 10_000
    written = saved.stat().st_mtime_ns
    get_parser.cache_clear()
    assert paris_tree() == expected
    assert saved.stat().st_mtime_ns == written  # loaded, not built and written again


def test_a_damaged_cache_file_is_rebuilt(fresh_parser: Path):
    expected = paris_tree()
    path = cache_path(GRAMMAR)
    assert path is not None
    whole = path.read_bytes()
    path.write_bytes(whole[:1000])  # as a concurrent first run may leave it, half written
    get_parser.cache_clear()
    assert paris_tree() == expected
    assert len(path.read_bytes()) > len(whole) // 2  # written again, whole
    written = path.stat().st_mtime_ns
    get_parser.cache_clear()
    assert paris_tree() == expected
    assert path.stat().st_mtime_ns == written


def test_an_unwritable_cache_folder_costs_only_time(fresh_parser: Path, monkeypatch: pytest.MonkeyPatch):
    expected = paris_tree()
    blocked = fresh_parser.parent / "fichier"
    blocked.write_text("pas un dossier", encoding="utf-8")
    monkeypatch.setenv("CIRCDSL_CACHE_DIR", str(blocked / "cache"))  # a folder cannot be made under a file
    get_parser.cache_clear()
    assert paris_tree() == expected
    assert blocked.read_text(encoding="utf-8") == "pas un dossier"


def test_the_cache_can_be_turned_off(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("CIRCDSL_CACHE_DIR", "")
    assert cache_folder() is None and cache_path(GRAMMAR) is None


def test_the_default_folder_is_the_users_cache(monkeypatch: pytest.MonkeyPatch, tmp_path: Path):
    monkeypatch.delenv("CIRCDSL_CACHE_DIR", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert cache_folder() == tmp_path / "circdsl"
    monkeypatch.delenv("XDG_CACHE_HOME")
    monkeypatch.setenv("HOME", str(tmp_path))
    assert cache_folder() == tmp_path / ".cache" / "circdsl"


def test_another_grammar_gets_another_file(monkeypatch: pytest.MonkeyPatch, tmp_path: Path):
    monkeypatch.setenv("CIRCDSL_CACHE_DIR", str(tmp_path))
    changed = GRAMMAR.replace('"inclus"', '"compris"')
    assert changed != GRAMMAR
    assert cache_path(changed) != cache_path(GRAMMAR)
    assert cache_path(GRAMMAR) == cache_path(GRAMMAR)


def test_a_second_process_loads_what_the_first_saved(tmp_path: Path):
    environment = {**os.environ, "CIRCDSL_CACHE_DIR": str(tmp_path)}
    script = "from circdsl.parser import get_parser; get_parser()"
    subprocess.run([sys.executable, "-c", script], env=environment, check=True, timeout=120)
    [saved] = tmp_path.iterdir()
    written = saved.stat().st_mtime_ns
    subprocess.run([sys.executable, "-c", script], env=environment, check=True, timeout=120)
    assert list(tmp_path.iterdir()) == [saved] and saved.stat().st_mtime_ns == written


# ---------------------------------------------------------------- trees kept in the process


def test_a_text_parsed_again_gives_the_tree_kept_and_a_new_parser_parses_afresh(fresh_parser: Path):
    source = SourceFile.read(PARIS)
    first = parse(source)
    assert parse(SourceFile("ailleurs.circ", source.text)) is first  # the tree depends on the text only
    get_parser.cache_clear()
    again = parse(source)
    assert again is not first and again.pretty() == first.pretty()


def test_a_text_with_errors_is_not_kept_and_names_its_own_file():
    text = 'circulaire x "X"\n  règle r bloquante\n'
    for name in ("a.circ", "b.circ"):
        with pytest.raises(CompileError) as raised:
            parse(SourceFile(name, text))
        assert {d.file for d in raised.value.diagnostics} == {name}


def test_the_trees_kept_stay_within_their_budget():
    parser = get_parser()
    kept = ParsedTexts(budget=10)
    trees = {text: parser.parse("", start="declarations") for text in ("aaaa", "bbbb", "cccc")}
    for text, tree in trees.items():
        kept.keep(parser, text, tree)
    assert kept.get(parser, "aaaa") is None  # the oldest dropped: 12 characters > 10
    assert kept.get(parser, "bbbb") is trees["bbbb"] and kept.get(parser, "cccc") is trees["cccc"]
    kept.keep(parser, "x" * 11, trees["aaaa"])  # larger than the whole budget: not kept
    assert kept.get(parser, "x" * 11) is None and kept.get(parser, "bbbb") is trees["bbbb"]
