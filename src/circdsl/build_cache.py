"""Incremental `circ build`: what compiling a file gave, and the texts generated from it, kept on
disk and reused while the file and everything it read are unchanged (content hashes).

Keys. A compiled file is looked up by a digest of the compiler (`fingerprint`: the source of
every module, template and the grammar of circdsl, the versions of Python and of the libraries
that shape the outputs), of the file's name as shown and of its text. The entry lists the files
the compilation read (vocabularies, transitively, and the source text) with the digest of each:
it is reused only if every one of them is unchanged, and is otherwise compiled again. So touching
one circular recompiles it alone, and touching `commun.circ` recompiles every file that imports
it. An entry's `identity` (its key and its dependencies' digests) keys the texts generated from
it (validator, JSON schema, page): they are regenerated only when it changes. Pages shared by
every circular (index, navigation, source texts) are always rendered again; a failed
compilation is never kept (it is compiled again, and its errors shown, each time).

Where. In the user's cache folder, beside Lark's parse tables (`lark_parser.cache_folder()`:
`$CIRCDSL_CACHE_DIR`, else `$XDG_CACHE_HOME/circdsl`, else `~/.cache/circdsl`), in
`construction/`, readable by its owner only; `CIRCDSL_CACHE_DIR=` (empty) turns it off. Not in
the project: an entry holds a pickled model, and loading a pickle runs code, so a cache must
never come with a cloned or unpacked project; and `generated/` stays what a full build writes,
byte for byte, committed without a cache next to it. Entries are content-addressed, so
worktrees and projects share the folder safely; nothing is ever removed from it (deleting the
folder is always safe: the next build is a full one). A damaged or unreadable entry is a miss.
"""

from __future__ import annotations

import hashlib
import importlib.util
import os
import pickle
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from circdsl import model as m
from circdsl.diagnostics import Diagnostic

FORMAT = "1"  # bumped when what an entry holds changes
FOLDER = "construction"
_LIBRARIES = ("lark", "pydantic", "jinja2")  # their versions shape the parse, the schemas and the pages

FileState = tuple[bool, str | None]  # (is a symbolic link, digest of the content or None if unreadable)


@dataclass
class Entry:
    """What compiling one file gave, and what it read."""

    dependencies: dict[str, FileState]
    circular: m.Circular
    warnings: list[Diagnostic]


@lru_cache(maxsize=1)
def fingerprint() -> str:
    """A digest of circdsl itself: its modules, templates and grammar, and the versions of Python
    and of the libraries whose output ends up in generated files."""
    from circdsl.lark_parser import GRAMMAR_PATH

    digest = hashlib.sha256(f"{FORMAT}\n{sys.version}\n".encode())
    for library in _LIBRARIES:
        digest.update(f"{library} {_installed_version(library)}\n".encode())
    package = Path(__file__).resolve().parent
    files = sorted(p for p in package.rglob("*") if p.is_file() and "__pycache__" not in p.parts)
    for path in [*files, GRAMMAR_PATH]:
        digest.update(path.relative_to(path.parent.parent).as_posix().encode() + b"\0")
        digest.update(path.read_bytes())
    return digest.hexdigest()


def _installed_version(library: str) -> str:
    """The version of an installed library, from the name of its `*.dist-info` folder (without
    importing it, nor `importlib.metadata`, which would cost more than the rest of the key)."""
    spec = importlib.util.find_spec(library)
    if spec is None or spec.origin is None:
        return "absent"
    site = Path(spec.origin).resolve().parent.parent
    found = sorted(p.name for p in site.glob(f"{library}-*.dist-info"))
    return " ".join(found) or f"{library} at {site}"


def cache_folder() -> Path | None:
    """Where entries live, or None when the cache is turned off or cannot be made."""
    from circdsl.lark_parser import cache_folder as user_cache

    base = user_cache()
    if base is None:
        return None
    folder = base / FOLDER
    try:
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    except OSError:
        return None
    return folder if folder.is_dir() else None


@dataclass
class BuildCache:
    """The entries of one build: looked up and stored by content digest."""

    folder: Path
    states: dict[Path, FileState] = field(default_factory=dict)  # each file digested once per build
    loaded: dict[str, Entry] = field(default_factory=dict)  # entries read (and valid) in this build
    hits: int = 0
    misses: int = 0

    @classmethod
    def open(cls) -> BuildCache | None:
        folder = cache_folder()
        return None if folder is None else cls(folder)

    def state(self, path: Path) -> FileState:
        if path not in self.states:
            try:
                content = hashlib.sha256(path.read_bytes()).hexdigest() if path.is_file() else None
            except OSError:
                content = None
            self.states[path] = (path.is_symlink(), content)
        return self.states[path]

    def key(self, path: Path, shown: str) -> str:
        """The key of a file's entry: the compiler, the name it is shown by, its content."""
        symlink, content = self.state(path)
        return _digest(fingerprint(), shown, str(symlink), content or "")

    def lookup(self, key: str, count: bool = True) -> Entry | None:
        """The entry under `key` if every file it read is unchanged (`count`: in `hits` and `misses`)."""
        entry = self.loaded.get(key) or self._load(key)
        if not isinstance(entry, Entry) or any(
            self.state(Path(path)) != tuple(state) for path, state in entry.dependencies.items()
        ):
            self.misses += count
            return None
        self.loaded[key] = entry
        self.hits += count
        return entry

    def store(self, key: str, reads: set[Path], circular: m.Circular, warnings: list[Diagnostic]) -> Entry:
        entry = Entry({str(path): self.state(path) for path in sorted(reads)}, circular, warnings)
        self._write(f"{key}.entry", pickle.dumps(entry, protocol=pickle.HIGHEST_PROTOCOL))
        return entry

    def text(self, identity: str, kind: str, make: Callable[[], str]) -> str:
        """A text generated from an entry (`identity`), made and kept if not kept yet."""
        name = f"{_digest(identity, kind)}.txt"
        try:
            return (self.folder / name[:2] / name).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            text = make()
            self._write(name, text.encode("utf-8"))
            return text

    def compile_templates_once(self) -> None:
        """Keep the templates compiled by jinja2 here too (jinja2 checks each template's source)."""
        import jinja2

        from circdsl.rendering import template_environment

        folder = self.folder / "gabarits"
        try:
            folder.mkdir(exist_ok=True, mode=0o700)
        except OSError:
            return
        template_environment().bytecode_cache = jinja2.FileSystemBytecodeCache(str(folder))

    def _load(self, key: str) -> object:
        name = f"{key}.entry"
        try:
            data = (self.folder / name[:2] / name).read_bytes()
            return pickle.loads(data)  # written by this user's builds only, never from a project
        except Exception:  # a damaged entry (or an older format): compile again
            return None

    def _write(self, name: str, data: bytes) -> None:
        """Write atomically (a concurrent build reads a whole entry or none); a failure is a miss next time."""
        folder = self.folder / name[:2]
        try:
            folder.mkdir(parents=True, exist_ok=True, mode=0o700)
            handle, temporary = tempfile.mkstemp(dir=folder, prefix=".", suffix=".tmp")
            with os.fdopen(handle, "wb") as stream:
                stream.write(data)
            os.replace(temporary, folder / name)
        except OSError:
            return


def identity(key: str, entry: Entry) -> str:
    """What the texts generated from an entry depend on: the file and everything it read."""
    return _digest(key, *(f"{path}\0{state}" for path, state in sorted(entry.dependencies.items())))


def _digest(*parts: str) -> str:
    return hashlib.sha256("\0".join(parts).encode("utf-8")).hexdigest()
