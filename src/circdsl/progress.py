"""A progress line for long work, on a terminal only.

The line is rewritten in place with a carriage return (no colour, no escape sequence: it
reads the same with NO_COLOR) and erased at the end. In a file, a pipe or a CI log, or when
TERM is `dumb`, nothing is written: the output stays what scripts and tests read.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TextIO

from circdsl.compiler import display_path

Progress = Callable[[int, int, Path], None]


def shows_progress(stream: TextIO) -> bool:
    """Whether a progress line may be written to `stream`: an interactive terminal only."""
    isatty = getattr(stream, "isatty", None)
    return bool(isatty and isatty()) and os.environ.get("TERM") != "dumb"


@contextlib.contextmanager
def progress_line(stream: TextIO, what: str = "compilation") -> Iterator[Progress | None]:
    """A callback `(done, total, path)` that rewrites one line of `stream`; None when it is not a terminal."""
    if not shows_progress(stream):
        yield None
        return
    width = 0

    def show(done: int, total: int, path: Path) -> None:
        nonlocal width
        text = f"{what} {done + 1}/{total} : {display_path(path)}"
        stream.write("\r" + text.ljust(width))
        stream.flush()
        width = len(text)

    try:
        yield show
    finally:
        if width:
            stream.write("\r" + " " * width + "\r")
            stream.flush()
