"""The editor's guide (docs/guide, docs/reference, docs/recettes, docs/diagnostics.md,
docs/developpeurs.md) cannot drift from the compiler: every example is compiled,
every "this raises" example raises exactly its code, every `circ` transcript is
replayed, every developer snippet is run, and the diagnostics catalogue lists
exactly the codes of CATALOGUE.

Conventions for code fences in these pages (an HTML comment, invisible on the site,
placed on the line just before a fence gives it directives):

- ```` ```circ ```` alone: a complete file, compiled as if it were in `circulars/`
  (so `utilise commun` and `source "sources/…"` resolve); it must compile without
  any diagnostic.
- `<!-- circ: extrait -->`: a fragment, compiled after a minimal header (the Paris
  source text, `utilise commun`); `source=sources/….txt` changes the source text.
  Out of its context, a fragment may declare a fact or a service that nothing uses:
  those two warnings (FRAGMENT_TOLERATED) are ignored in fragments.
- `<!-- circ: suite -->`: a fragment that continues the previous fragment of the
  page; both are compiled together, with the source text of the first.
- `<!-- circ: fichier=circulars/x.circ -->`: a complete file written at that path of
  the page's project folder (a copy of `circulars/`), then compiled; for another
  language (```` ```json ````), the file is only written.
- `<!-- circ: ajout=circulars/x.circ -->`: the fence is appended to that file of the
  page's project, and the whole file is compiled.
- `<!-- circ: essai=circulars/x.circ -->`: like `ajout`, but only for the next
  transcript: the file is restored after it (a tutorial shows a mistake, then the fix).
- `complet`, with `fichier=`: the page has already built this exact file step by step.
- `erreur=E101` (or `avertissement=W801`), added to any of the above: compiling
  gives exactly that one diagnostic, and nothing else.
- ```` ```console ````: a transcript; each `$ circ …` line is run in the page's
  project folder and its output must be exactly the lines that follow it.
- ```` ```pycon ````: a Python session, replayed with doctest; ```` ```python ````:
  a snippet that must run. Both run from the project root, `generated/` importable.
- ```` ```toml ```` must be valid TOML (an editor's configuration).
- ```` ```text ````, ```` ```sh ````, ```` ```lua ```` and ```` ```elisp ```` are not checked (syntax
  outlines, `make`, the configuration of Neovim and Emacs).
"""

from __future__ import annotations

import contextlib
import doctest
import json
import os
import re
import shlex
import shutil
import sys
import tempfile
import tomllib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from click.testing import CliRunner

from circdsl import cli
from circdsl.compiler import Compilation, Compiler
from circdsl.diagnostics import CATALOGUE, CompileError, Diagnostic, Level, render_all
from circdsl.parser import keywords
from circdsl.source import SourceFile

ROOT = Path(__file__).resolve().parent.parent
UPDATE = os.environ.get("CIRCDSL_UPDATE_GOLDEN") == "1"  # rewrite the transcripts of the pages with what they print
DOCS = ROOT / "docs"
CIRCULARS = ROOT / "circulars"
CATALOGUE_PAGE = DOCS / "diagnostics.md"
GUIDE_PAGES = sorted(
    [
        *(DOCS / "guide").glob("*.md"),
        *(DOCS / "reference").glob("*.md"),
        *(DOCS / "recettes").glob("*.md"),
        CATALOGUE_PAGE,
        DOCS / "developpeurs.md",
    ]
)

# The header a fragment (`extrait`) is compiled under; dated (E853) at the start of its window, on
# the line of the school year so that line numbers stay.
FRAGMENT_HEADER = """circulaire exemple "Exemple"
  année scolaire 2025-2026  date 01/09/2024
  source "{source}"

utilise commun
"""
DEFAULT_SOURCE = "sources/000_6a117b24d563a1e1.txt"
SNIPPET_NAME = "circulars/exemple.circ"
# Warnings a fragment may give, being out of its context: a fact or service it declares is used elsewhere.
FRAGMENT_TOLERATED = {"E811", "E812"}  # how a file that is not written is named in diagnostics

_FENCE = re.compile(r"^(?P<indent>\s*)(?P<fence>`{3,}|~{3,})(?P<lang>[\w-]*)(?P<info>.*)$")
_MARKER = re.compile(r"^\s*<!--\s*circ:(?P<directives>.*?)-->\s*$")
_FLAGS = {"extrait", "suite", "complet"}
_OPTIONS = {"source", "fichier", "ajout", "essai", "erreur", "avertissement"}


@dataclass
class Block:
    """One fenced code block of a page, with the directives of the marker before it."""

    page: Path
    line: int  # line of the opening fence
    lang: str
    text: str
    flags: set[str] = field(default_factory=set)
    options: dict[str, str] = field(default_factory=dict)
    indent: str = ""  # the fence's indentation, removed from every line of `text`
    body_lines: int = 0  # how many lines of the page the body spans (`text` of an empty body is "\n")

    @property
    def where(self) -> str:
        return f"{self.page.relative_to(ROOT)}:{self.line}"

    @property
    def written(self) -> str | None:
        """The file of circulars/ a `circ` block writes (`fichier=`, `ajout=`, `essai=`); None for a snippet."""
        return next((self.options[k] for k in ("fichier", "ajout", "essai") if k in self.options), None)

    @property
    def expected_codes(self) -> list[str]:
        return [self.options[k] for k in ("erreur", "avertissement") if k in self.options]


def parse_directives(text: str, where: str) -> tuple[set[str], dict[str, str]]:
    flags: set[str] = set()
    options: dict[str, str] = {}
    for word in text.split():
        key, _, value = word.partition("=")
        if key in _FLAGS and not value:
            flags.add(key)
        elif key in _OPTIONS and value:
            options[key] = value
        else:
            raise AssertionError(f"{where}: directive inconnue « {word} » (voir tests/test_guide.py)")
    if "erreur" in options and options["erreur"] not in CATALOGUE:
        raise AssertionError(f"{where}: code inconnu {options['erreur']}")
    return flags, options


def blocks_of(page: Path) -> list[Block]:
    """The fenced blocks of a page, in order; a marker must be followed by a fence."""
    lines = page.read_text(encoding="utf-8").splitlines()
    blocks: list[Block] = []
    pending: tuple[int, str] | None = None
    index = 0
    while index < len(lines):
        line = lines[index]
        marker = _MARKER.match(line)
        fence = _FENCE.match(line)
        if marker:
            if pending is not None:
                raise AssertionError(f"{page.relative_to(ROOT)}:{pending[0]}: marqueur sans bloc de code après lui")
            pending = (index + 1, marker.group("directives"))
        elif fence:
            indent, mark = fence.group("indent"), fence.group("fence")
            body: list[str] = []
            index += 1
            while index < len(lines) and not re.match(rf"^{re.escape(indent)}{re.escape(mark)}\s*$", lines[index]):
                body.append(lines[index][len(indent) :] if lines[index].startswith(indent) else lines[index].lstrip())
                index += 1
            block = Block(
                page,
                index - len(body),
                fence.group("lang"),
                "\n".join(body) + "\n",
                indent=indent,
                body_lines=len(body),
            )
            if pending is not None:
                block.flags, block.options = parse_directives(pending[1], f"{page.relative_to(ROOT)}:{pending[0]}")
                pending = None
            blocks.append(block)
        elif pending is not None and line.strip():
            raise AssertionError(f"{page.relative_to(ROOT)}:{pending[0]}: marqueur sans bloc de code après lui")
        index += 1
    return blocks


# ------------------------------------------------------------------ running a page


def diagnostics(compile_: Callable[[], Compilation]) -> list[Diagnostic]:
    """Run a compilation and return every diagnostic it gives, errors or warnings."""
    try:
        return list(compile_().warnings)
    except CompileError as error:
        return error.diagnostics


class PageRun:
    """Runs the blocks of one page in order, in a project folder of its own."""

    def __init__(self, page: Path, folder: Path):
        self.page = page
        self.folder = folder
        shutil.copytree(CIRCULARS, folder / "circulars")
        self.fragment: str | None = None  # the fragments so far, for `suite`
        self.fragment_source = DEFAULT_SOURCE
        self.restore: tuple[Path, str] | None = None  # a file to put back after the next transcript (`essai`)
        self.failures: list[str] = []
        self.updates: list[tuple[Block, str]] = []  # (transcript block, transcript printed) to rewrite
        # One compiler for a run of snippets (they write nothing): commun.circ and the source texts
        # are read once for them. Any other block may change the folder: the next snippet gets a new one.
        self.snippet_compiler: Compiler | None = None

    def run(self, blocks: list[Block]) -> None:
        for block in blocks:
            if not (block.lang == "circ" and block.written is None):
                self.snippet_compiler = None
            if block.lang == "circ":
                self._circ(block)
            elif block.lang == "console":
                self._console(block)
            elif "fichier" in block.options:
                self._write(block.options["fichier"], block.text)
            elif block.lang == "json":
                self._json(block)
            elif block.lang == "toml":
                self._toml(block)
            elif block.options or block.flags:
                self.failures.append(f"{block.where}: directives sur un bloc {block.lang or 'sans langage'}")

    def _write(self, relative: str, text: str) -> None:
        path = self.folder / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")

    def _circ(self, block: Block) -> None:
        written = block.written
        found = self._circ_file(block, self.folder / written) if written is not None else self._circ_snippet(block)
        if found is None:
            return
        expected = block.expected_codes
        if not expected and ("extrait" in block.flags or "suite" in block.flags):
            found = [d for d in found if not (d.level is Level.WARNING and d.code in FRAGMENT_TOLERATED)]
        got = [d.code for d in found]
        if got != expected:
            wanted = " ".join(expected) or "aucun diagnostic"
            self.failures.append(f"{block.where}: attendu {wanted}, obtenu :\n{render_all(found) if found else 'rien'}")

    def _circ_file(self, block: Block, path: Path) -> list[Diagnostic] | None:
        before = path.read_text(encoding="utf-8") if path.is_file() else None
        if "fichier" in block.options:
            if "complet" in block.flags and before != block.text:
                self.failures.append(
                    f"{block.where}: ce fichier complet diffère de celui construit par les étapes de la page"
                )
            text = block.text
        elif before is None:
            self.failures.append(f"{block.where}: ajout à un fichier que la page n'a pas encore écrit")
            return None
        else:
            text = before + "\n" + block.text
            if "essai" in block.options:
                self.restore = (path, before)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        return diagnostics(lambda: Compiler(root=self.folder).compile_file(path))

    def _circ_snippet(self, block: Block) -> list[Diagnostic] | None:
        text = block.text
        if "suite" in block.flags:
            if self.fragment is None:
                self.failures.append(f"{block.where}: « suite » sans extrait avant lui")
                return None
            text = self.fragment = self.fragment + "\n" + block.text
        elif "extrait" in block.flags:
            self.fragment = text
            self.fragment_source = block.options.get("source", DEFAULT_SOURCE)
        if "extrait" in block.flags or "suite" in block.flags:
            text = FRAGMENT_HEADER.format(source=self.fragment_source) + "\n" + text
        snippet = SourceFile(SNIPPET_NAME, text)
        if self.snippet_compiler is None:
            self.snippet_compiler = Compiler(root=self.folder)
        compiler = self.snippet_compiler
        return diagnostics(lambda: compiler.compile_source(snippet, self.folder / "circulars"))

    def _toml(self, block: Block) -> None:
        try:
            tomllib.loads(block.text)
        except tomllib.TOMLDecodeError as error:
            self.failures.append(f"{block.where}: TOML invalide ({error})")

    def _json(self, block: Block) -> None:
        try:
            json.loads(block.text)
        except json.JSONDecodeError as error:
            self.failures.append(f"{block.where}: JSON invalide ({error})")

    def _console(self, block: Block) -> None:
        shown: list[str] = []
        for command, expected in transcript(block):
            got = self.output_of(command)
            shown += [f"$ {command}", *got, ""]
            if got != expected and UPDATE:
                continue
            if got != expected:
                self.failures.append(
                    f"{block.where}: « $ {command} » affiche :\n"
                    + "\n".join(got)
                    + "\n--- la page montre :\n"
                    + "\n".join(expected)
                )
        if UPDATE:  # CIRCDSL_UPDATE_GOLDEN=1: the page shows what the commands print now
            self.updates.append((block, "\n".join(shown).rstrip("\n") + "\n"))
        self.end_of_transcript()

    def output_of(self, command: str) -> list[str]:
        """Run one `circ …` command in the page's project; its output lines (stdout and stderr)."""
        args = shlex.split(command)
        if args[0] != "circ":
            return [f"(seules les commandes circ sont rejouées : {command})"]
        with contextlib.chdir(self.folder):
            result = CliRunner().invoke(cli.main, args[1:])
        return [line.rstrip() for line in result.output.rstrip().splitlines()]

    def end_of_transcript(self) -> None:
        """Put back the file an `essai` changed for this transcript."""
        if self.restore is not None:
            path, text = self.restore
            path.write_text(text, encoding="utf-8")
            self.restore = None


def transcript(block: Block) -> Iterator[tuple[str, list[str]]]:
    """The commands of a console block and the output shown after each."""
    command: str | None = None
    output: list[str] = []
    for line in block.text.splitlines():
        if line.startswith("$ "):
            if command is not None:
                yield command, _trim(output)
            command, output = line[2:], []
        elif command is None:
            raise AssertionError(f"{block.where}: un transcript commence par « $ commande »")
        else:
            output.append(line.rstrip())
    if command is not None:
        yield command, _trim(output)


def _trim(lines: list[str]) -> list[str]:
    while lines and not lines[-1]:
        lines.pop()
    return lines


def run_page(page: Path, folder: Path) -> PageRun:
    runner = PageRun(page, folder)
    runner.run(blocks_of(page))
    if runner.updates:
        page.write_text(rewritten(page.read_text(encoding="utf-8"), runner.updates), encoding="utf-8")
    return runner


def rewritten(text: str, updates: list[tuple[Block, str]]) -> str:
    """The page with each transcript block's body replaced in place, at its own lines (two
    blocks with the same text are two places), bottom first so earlier line numbers hold."""
    lines = text.splitlines(keepends=True)
    for block, new in sorted(updates, key=lambda update: update[0].line, reverse=True):
        start, count = block.line, block.body_lines
        body = [f"{block.indent}{line}\n" if line else "\n" for line in new.splitlines()]
        lines[start : start + count] = body
    return "".join(lines)


# ------------------------------------------------------------------ tests


@pytest.mark.parametrize("page", GUIDE_PAGES, ids=lambda p: str(p.relative_to(DOCS)))
def test_every_example_of_the_page_compiles_as_shown(page: Path, tmp_path: Path) -> None:
    run = run_page(page, tmp_path)
    assert not run.failures, "\n\n".join(run.failures)


def test_the_guide_is_made_of_checked_examples() -> None:
    blocks = [b for page in GUIDE_PAGES for b in blocks_of(page)]
    circ = [b for b in blocks if b.lang == "circ"]
    raising = [b for b in circ if b.expected_codes]
    transcripts = [b for b in blocks if b.lang == "console"]
    assert len(circ) >= 100, len(circ)
    assert len(raising) >= len(CATALOGUE), len(raising)
    assert len(transcripts) >= len(CATALOGUE), len(transcripts)
    known = ("circ", "console", "pycon", "python", "json", "toml", "text", "sh", "lua", "elisp")
    unchecked = [b.where for b in blocks if b.lang not in known]
    assert not unchecked, f"blocs d'un langage inconnu de ce test : {unchecked}"


def catalogue_sections() -> dict[str, tuple[str, str]]:
    """Code -> (title, body) of each `## CODE — titre` section of the catalogue page."""
    text = CATALOGUE_PAGE.read_text(encoding="utf-8")
    parts = re.split(r"^## ", text, flags=re.MULTILINE)[1:]
    sections = {}
    for part in parts:
        heading, _, body = part.partition("\n")
        match = re.match(r"^(?P<code>[EW]\d{3}) — (?P<title>.+?)\s*$", heading)
        if match:
            assert match.group("code") not in sections, f"{match.group('code')} figure deux fois"
            sections[match.group("code")] = (match.group("title"), body)
    return sections


def test_the_catalogue_page_lists_exactly_the_codes_of_the_compiler() -> None:
    sections = catalogue_sections()
    assert sorted(set(CATALOGUE) - set(sections)) == [], "codes du compilateur absents du catalogue"
    assert sorted(set(sections) - set(CATALOGUE)) == [], "codes du catalogue inconnus du compilateur"
    for code, (title, _) in sections.items():
        assert title == CATALOGUE[code][1], f"{code} : titre « {title} », le compilateur dit « {CATALOGUE[code][1]} »"


def test_every_code_of_the_catalogue_has_an_example_that_raises_it() -> None:
    blocks = blocks_of(CATALOGUE_PAGE)
    for code, (_, body) in catalogue_sections().items():
        level = CATALOGUE[code][0].value
        assert f"**{level}**" in body, f"{code} : la section ne dit pas son niveau ({level})"
        if code.startswith(
            "E9"
        ):  # a campaign file read by `circ lot`: the example is the file and the command's output
            assert "$ circ lot" in body and f"[{code}]" in body, (
                f"{code} : aucun exemple de « circ lot » qui le déclenche"
            )
            continue
        section_blocks = [b for b in blocks if b.text in body and b.lang == "circ"]
        assert any(b.expected_codes == [code] for b in section_blocks), f"{code} : aucun exemple qui le déclenche"
        assert "```console" in body, f"{code} : pas de sortie du compilateur montrée"


def test_every_keyword_of_the_language_is_documented_in_the_reference() -> None:
    """Each keyword of the grammar appears in the code (syntax outlines, examples) of docs/reference."""
    written: set[str] = set()
    for page in sorted((DOCS / "reference").glob("*.md")):
        text = page.read_text(encoding="utf-8")
        code = [b.text for b in blocks_of(page)] + re.findall(r"`([^`\n]+)`", text)
        written.update(word for chunk in code for word in re.findall(r"[^\W\d][\w-]*", chunk))
    missing = sorted(keywords() - written)
    assert not missing, f"mots-clés de la grammaire absents de docs/reference : {missing}"


def test_every_guide_page_is_in_the_site_navigation() -> None:
    nav = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    missing = [str(p.relative_to(DOCS)) for p in GUIDE_PAGES if str(p.relative_to(DOCS)) not in nav]
    assert not missing, f"pages absentes de la navigation de mkdocs.yml : {missing}"


def test_developer_sessions_give_the_output_shown(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    page = DOCS / "developpeurs.md"
    monkeypatch.chdir(ROOT)
    temporary = tmp_path / "temporaire"
    temporary.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(temporary))  # what the page's examples leave behind
    monkeypatch.setattr(sys, "path", [*sys.path])  # the page's `sys.path.insert` is undone after the test
    parser = doctest.DocTestParser()
    runner = doctest.DocTestRunner(optionflags=doctest.NORMALIZE_WHITESPACE | doctest.ELLIPSIS)
    namespace: dict[str, object] = {}
    ran = 0
    for block in blocks_of(page):
        if block.lang == "pycon":
            test = parser.get_doctest(block.text, namespace, block.where, str(page), block.line)
            runner.run(test, clear_globs=False)
            namespace.update(test.globs)  # a DocTest runs in a copy of the namespace
            ran += 1
        elif block.lang == "python":
            exec(compile(block.text, block.where, "exec"), namespace)
            ran += 1
    assert ran >= 3
    assert runner.failures == 0, f"{runner.failures} exemple(s) Python de developpeurs.md en échec (détail ci-dessus)"
    assert list(temporary.iterdir()) == [], "un exemple de developpeurs.md laisse un dossier temporaire"


def test_transcripts_are_rewritten_at_their_own_place(tmp_path: Path) -> None:
    """CIRCDSL_UPDATE_GOLDEN rewrites each transcript where it is, even when two show the same
    text or one is empty (a text search would rewrite the first one twice)."""
    text = "# Essai\n\n```console\n$ circ check a.circ\n```\n\n- liste\n\n  ```console\n  $ circ check a.circ\n  ```\n\n```console\n```\n"
    path = tmp_path / "page.md"
    path.write_text(text, encoding="utf-8")
    blocks = blocks_of(path)
    assert [(b.line, b.body_lines, b.indent) for b in blocks] == [(3, 1, ""), (9, 1, "  "), (13, 0, "")]
    updates = [
        (blocks[0], "$ circ check a.circ\npremier\n"),
        (blocks[1], "$ circ check a.circ\nsecond\n\nfin\n"),
        (blocks[2], "$ circ version\n"),
    ]
    assert rewritten(text, updates) == (
        "# Essai\n\n```console\n$ circ check a.circ\npremier\n```\n\n- liste\n\n"
        "  ```console\n  $ circ check a.circ\n  second\n\n  fin\n  ```\n\n```console\n$ circ version\n```\n"
    )
