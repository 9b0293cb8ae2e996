"""Writing files so that none is ever lost or half-written: atomic replacement, and a lock
so that two builds of one output folder take turns.

`write_atomically` (bytes) and `replace_atomically` (a writer given a path) write a temporary
file in the target's folder, flush it to disk and rename it over the target (`os.replace`, atomic on POSIX and Windows): a reader, or a
build killed at any point, sees the old file or the new one, never an empty or partial
one. A build killed between the write and the rename leaves a temporary
`.<name>.<random>.circdsl-tmp`, which the next build of that folder removes.
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat
import sys
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import IO

TEMPORARY_SUFFIX = ".circdsl-tmp"
LOCK_NAME = ".circdsl-verrou"


def write_atomically(path: Path, data: bytes) -> None:
    """Replace `path` by `data` in one step (the folder is created if needed). A target that
    exists but is not a regular file (/dev/stdout, a pipe) is written directly: there is no
    file to keep whole, and it could not be replaced anyway."""
    if _is_special(path):
        with open(path, "wb") as stream:
            _write_all(stream, data)
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    replace_atomically(path, lambda temporary: _write_file(temporary, data))


def replace_atomically(path: Path, write: Callable[[Path], None]) -> None:
    """Let `write` fill a temporary file next to `path` (given its path: some libraries write
    files themselves), flush it to disk and rename it over `path` in one step; the temporary
    file is removed if anything fails (the error is raised again). The folder must exist."""
    mode = _mode_for(path)
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=TEMPORARY_SUFFIX)
    os.close(handle)
    try:
        write(Path(temporary))
        with open(temporary, "rb") as stream:
            os.fsync(stream.fileno())
        os.chmod(temporary, mode)
        os.replace(temporary, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise


def _write_file(path: Path, data: bytes) -> None:
    with open(path, "wb") as stream:
        _write_all(stream, data)


def write_text_atomically(path: Path, text: str) -> None:
    write_atomically(path, text.encode("utf-8"))


def _write_all(stream: IO[bytes], data: bytes) -> None:
    stream.write(data)


def _is_special(path: Path) -> bool:
    try:
        return not stat.S_ISREG(path.stat().st_mode)
    except OSError:
        return False


_FRENCH_ERRORS = {
    errno.EACCES: "permission refusée",
    errno.EPERM: "opération non permise",
    errno.ENOSPC: "plus de place sur le disque",
    errno.ENOENT: "fichier ou dossier introuvable",
    errno.ENOTDIR: "un élément du chemin n'est pas un dossier",
    errno.EISDIR: "c'est un dossier",
    errno.EROFS: "disque en lecture seule",
    errno.EDQUOT: "quota de disque dépassé",
    errno.ENAMETOOLONG: "nom de fichier trop long",
}


def french_os_error(error: OSError) -> str:
    """The reason of a file-system error, in French (the system's own words when unknown)."""
    return _FRENCH_ERRORS.get(error.errno or 0, error.strerror or type(error).__name__)


def _mode_for(path: Path) -> int:
    """The permissions of the file replaced, or those a new file gets (0o666 less the umask)."""
    try:
        return path.stat().st_mode & 0o7777
    except OSError:
        mask = os.umask(0)
        os.umask(mask)
        return 0o666 & ~mask


def remove_stale_temporaries(folder: Path) -> list[Path]:
    """Temporary files left by an interrupted build in `folder` and below (call it under the lock)."""
    removed = []
    if folder.is_dir():
        for path in sorted(folder.rglob(f".*{TEMPORARY_SUFFIX}")):
            with contextlib.suppress(OSError):
                path.unlink()
                removed.append(path)
    return removed


@contextlib.contextmanager
def folder_lock(folder: Path, waiting: Callable[[], None] | None = None) -> Iterator[None]:
    """Hold the lock of `folder` (the file .circdsl-verrou in it) for the block; if another
    process holds it, call `waiting` once, then wait for it. The lock file stays: removing
    it would let a third process lock a new file while the second holds the old one."""
    folder.mkdir(parents=True, exist_ok=True)
    with open(folder / LOCK_NAME, "a+b") as stream:
        if not _try_lock(stream):
            if waiting is not None:
                waiting()
            _lock(stream)
        try:
            yield
        finally:
            _unlock(stream)


if sys.platform == "win32":
    import msvcrt
    import time

    def _try_lock(stream: IO[bytes]) -> bool:
        stream.seek(0)
        try:
            msvcrt.locking(stream.fileno(), msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def _lock(stream: IO[bytes]) -> None:
        while not _try_lock(stream):
            time.sleep(0.1)

    def _unlock(stream: IO[bytes]) -> None:
        stream.seek(0)
        msvcrt.locking(stream.fileno(), msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _try_lock(stream: IO[bytes]) -> bool:
        try:
            fcntl.flock(stream.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True

    def _lock(stream: IO[bytes]) -> None:
        fcntl.flock(stream.fileno(), fcntl.LOCK_EX)

    def _unlock(stream: IO[bytes]) -> None:
        fcntl.flock(stream.fileno(), fcntl.LOCK_UN)
