"""`circ build --watch`: build, then build again whenever a watched file changes, until Ctrl-C.

The watched files are every file under the folders of the circulars built (the .circ files,
the vocabularies they import, the source texts they cite in sources/), hidden files left out.
They are polled (modification time and size) every `interval` seconds: no dependency, and the
same on every system. After a change, the watcher waits until two polls agree, so that a file
being saved in several writes is built once, complete.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

Snapshot = dict[Path, tuple[int, int]]


def watched_folders(paths: list[Path]) -> list[Path]:
    """The folders whose files are watched: each folder given, and the folder of each file given."""
    folders = {(path if path.is_dir() else path.parent).resolve() for path in paths}
    return sorted(folders)


def snapshot(folders: list[Path], ignored: Path | None = None) -> Snapshot:
    """The modification time and size of every file under `folders`, hidden files and `ignored` left out."""
    found: Snapshot = {}
    for folder in folders:
        for path in folder.rglob("*"):
            if any(part.startswith(".") for part in path.relative_to(folder).parts):
                continue
            if ignored is not None and path.is_relative_to(ignored):
                continue
            try:
                status = path.stat()
            except OSError:  # removed while listed
                continue
            if path.is_file():
                found[path] = (status.st_mtime_ns, status.st_size)
    return found


def changes(before: Snapshot, after: Snapshot) -> list[Path]:
    """The files added, removed or modified between two snapshots."""
    return sorted(path for path in before.keys() | after.keys() if before.get(path) != after.get(path))


def watch(
    paths: list[Path],
    output: Path,
    build: Callable[[], object],
    announce: Callable[[list[Path]], None],
    interval: float = 0.5,
    sleep: Callable[[float], None] = time.sleep,
) -> None:
    """Build now, then after every change of the watched files (the build's own `output` is not
    watched); returns only by an exception (Ctrl-C)."""
    folders = watched_folders(paths)
    ignored = output.resolve()
    seen = snapshot(folders, ignored)
    build()
    while True:
        sleep(interval)
        current = snapshot(folders, ignored)
        if current == seen:
            continue
        while True:  # let the editor finish writing
            sleep(interval)
            settled = snapshot(folders, ignored)
            if settled == current:
                break
            current = settled
        announce(changes(seen, current))
        build()
        seen = current
