"""The Lark parser of the grammar: built once per process, its LALR tables cached on disk.

Building the tables from `grammar/circ.lark` takes a good part of a `circ check` of one file; Lark
saves them to a cache file and loads them back in a fraction of that time. The cache file lives in
the user's cache folder (`$CIRCDSL_CACHE_DIR`, else `$XDG_CACHE_HOME/circdsl`, else
`~/.cache/circdsl`; `%LOCALAPPDATA%\\circdsl` on Windows), never in the installed package, so a
read-only or wheel install works the same. Its name carries a digest of the grammar, of Lark's
version and of Python's: a changed grammar gets new tables, and Lark checks its own digest of the
grammar and options again when it loads them. A file that cannot be loaded (damaged, or being
written by a concurrent first run) is rebuilt and written again by Lark: it costs the time of a
build, never an error. When the folder cannot be made, the parser is built in memory.
`CIRCDSL_CACHE_DIR=` (empty) turns the cache off.

Also here: the post-lexer (whole keywords, parenthesis depth) and what the grammar says about
its terminals (keywords, how a terminal is named in a message).
"""

from __future__ import annotations

import hashlib
import os
import sys
from collections.abc import Iterable, Iterator
from functools import lru_cache
from pathlib import Path

import lark
from lark import Lark, Token

from circdsl import collector
from circdsl.input_limits import MAX_EXPRESSION_DEPTH


def grammar_path() -> Path:
    """The grammar file: the copy a wheel ships inside the package (setup.py copies it there), else the
    repository's `grammar/circ.lark` (a clone, an editable install): no link between the two is needed."""
    package = Path(__file__).resolve().parent
    shipped = package / "grammar" / "circ.lark"
    return shipped if shipped.is_file() else package.parent.parent / "grammar" / "circ.lark"


GRAMMAR_PATH = grammar_path()
START = "start"  # the whole file
RESUME = "declarations"  # where the parser resumes after a syntax error: declarations only

# How named terminals are described to an editor.
TERMINAL_DESCRIPTIONS = {
    "NAME": "un nom",
    "STRING": "un texte entre guillemets",
    "NUMBER": "un nombre",
    "DATE": "une date (JJ/MM/AAAA)",
    "TIME": "une heure (12h30)",
    "SCHOOL_YEAR": "une année scolaire (2025-2026)",
    "SET_NUMBER": "un nombre",
    "DEMI_JOURNEES": "« demi-journées »",
    "L_UNITE": "« l'unité »",
    "$END": "la fin du fichier",
}


class SplitWord(Exception):  # noqa: N818 - a signal, caught by the parser
    """A keyword was matched at the start of a longer word (médical|e)."""

    def __init__(self, first: Token, rest: Token):
        super().__init__(str(first) + str(rest))
        self.first = first
        self.rest = rest


class TooDeep(Exception):  # noqa: N818 - a signal, caught by the parser
    """Parentheses nested deeper than MAX_EXPRESSION_DEPTH; `token` is the first one too deep."""

    def __init__(self, token: Token):
        super().__init__(str(token))
        self.token = token


class WholeWords:
    """Post-lexer: a keyword must not run into the next word (`médicale` is not `médical` + `e`),
    and parentheses may not nest deeper than an expression may."""

    always_accept: tuple[str, ...] = ()

    def process(self, stream: Iterator[Token]) -> Iterator[Token]:
        previous: Token | None = None
        depth = 0
        for token in stream:
            if (  # cheapest test first: most tokens are not next to the one before
                previous is not None
                and previous.end_pos == token.start_pos
                and previous.type != "NAME"
                and previous[-1:].isalpha()
                and token[:1].isalnum()
            ):
                raise SplitWord(previous, token)
            if token.type == "LPAR":
                depth += 1
                if depth > MAX_EXPRESSION_DEPTH:
                    raise TooDeep(token)
            elif token.type == "RPAR":
                depth = max(0, depth - 1)
            previous = token
            yield token


# The options of the parser: part of the cache file's name, since they shape its tables.
_OPTIONS: dict[str, object] = {
    "parser": "lalr",
    "lexer": "contextual",
    "propagate_positions": True,
    "start": [START, RESUME],
}


@lru_cache(maxsize=1)
def get_parser() -> Lark:
    """The LALR parser, built once per process; its tables come from the disk cache when they can."""
    grammar = GRAMMAR_PATH.read_text(encoding="utf-8")
    path = cache_path(grammar)
    with collector.paused():  # some 25,000 containers that live as long as the process
        if path is None or not _can_hold(path.parent):
            return _build(grammar, cache=False)
        return _build(grammar, cache=str(path))  # loaded if its digest matches, else built and saved


def cache_folder() -> Path | None:
    """The folder of the parse-table cache, or None when it is turned off."""
    chosen = os.environ.get("CIRCDSL_CACHE_DIR")
    if chosen is not None:
        return Path(chosen) if chosen.strip() else None
    if sys.platform == "win32" and os.environ.get("LOCALAPPDATA"):
        return Path(os.environ["LOCALAPPDATA"]) / "circdsl"
    base = os.environ.get("XDG_CACHE_HOME")
    if base and Path(base).is_absolute():
        return Path(base) / "circdsl"
    try:
        return Path.home() / ".cache" / "circdsl"
    except RuntimeError:  # no home folder
        return None


def cache_path(grammar: str) -> Path | None:
    """The cache file for this grammar, Lark and Python: a new grammar gets a new file."""
    folder = cache_folder()
    if folder is None:
        return None
    key = "\n".join([grammar, repr(sorted(_OPTIONS.items())), lark.__version__, sys.version])
    digest = hashlib.sha256(key.encode("utf-8")).hexdigest()[:20]
    return folder / f"circ-grammaire-{digest}.lark"


def _build(grammar: str, cache: bool | str) -> Lark:
    # With a cache, the grammar is saved too: hypothesis' from_lark (the fuzz tests) reads it back.
    return Lark(grammar, postlex=WholeWords(), cache=cache, cache_grammar=bool(cache), **_OPTIONS)


def _can_hold(folder: Path) -> bool:
    """Whether the cache folder exists or can be made (only its owner may read it)."""
    try:
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    except OSError:  # a read-only or missing home: no cache, same parser
        return False
    return folder.is_dir()


# ---------------------------------------------------------------- what the grammar says about its terminals


def keyword_values(names: Iterable[str]) -> list[str]:
    """The words written for the terminals `names` that are fixed strings (keywords, punctuation)."""
    parser = get_parser()
    values = []
    for name in names:
        try:
            pattern = parser.get_terminal(name).pattern
        except KeyError:
            continue
        if pattern.type == "str":
            values.append(pattern.value)
    return values


@lru_cache(maxsize=1)
def keywords() -> frozenset[str]:
    """Every word the grammar reserves as a keyword (punctuation left out)."""
    return frozenset(k for k in keyword_values(t.name for t in get_parser().terminals) if k[:1].isalpha())


def describe_terminal(name: str) -> str:
    """Return how a terminal is shown in a message: « mot-clé » or a description."""
    if name in TERMINAL_DESCRIPTIONS:
        return TERMINAL_DESCRIPTIONS[name]
    try:
        pattern = get_parser().get_terminal(name).pattern
    except KeyError:
        return name
    if pattern.type == "str":
        return f"« {pattern.value} »"
    return f"« {name.lower().replace('_', '-')} »"
