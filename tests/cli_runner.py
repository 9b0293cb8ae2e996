"""Run the `circ` command as a user does, in this process (fast) or in a child process.

Most command tests run `circ` in process: the entry point the console script calls once it has
imported the command line (`circdsl.cli.run`, see `circdsl.launch`), with its own argv, working
folder, environment, standard streams and exit code, but without starting Python and importing
the compiler again (about 0.2 s of CPU a call).
`circ_on_terminal` runs it in process too, with its standard output on a pseudo-terminal.
Tests that need a real process (signals, broken pipes, named pipes, locks held by another
process, `python -m circdsl`) call `circ_subprocess`, and a few smoke tests keep the real
console path covered.
"""

from __future__ import annotations

import contextlib
import io
import os
import pty
import subprocess
import sys
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from circdsl import cli

ROOT = Path(__file__).resolve().parent.parent


@dataclass(frozen=True)
class Run:
    """What a finished command left: its exit code and its two outputs (decoded as UTF-8), and
    the bytes of its standard output as written (line ends untouched)."""

    args: list[str]
    returncode: int
    stdout: str
    stderr: str
    output: bytes


def circ_subprocess(
    *args: str, cwd: Path, stdin: str | None = None, env: dict[str, str] | None = None, timeout: float = 600
) -> subprocess.CompletedProcess[str]:
    """`python -m circdsl ARGS` in a child process."""
    return subprocess.run(
        [sys.executable, "-m", "circdsl", *args],
        cwd=cwd,
        input=stdin,
        capture_output=True,
        text=True,
        check=False,
        env={**os.environ, "PYTHONPATH": str(ROOT / "src"), **(env or {})},
        timeout=timeout,
    )


def circ(*args: str, cwd: Path, stdin: str | None = None, env: dict[str, str] | None = None) -> Run:
    """`circ ARGS` run in this process, as the console script runs it."""
    stdout, stderr = io.BytesIO(), io.BytesIO()
    code = _run_in_process(args, cwd, stdin or "", env or {}, stdout, stderr)
    output = stdout.getvalue()
    return Run([*args], code, _decode(output), _decode(stderr.getvalue()), output)


def circ_on_terminal(*args: str, cwd: Path, env: dict[str, str] | None = None) -> bytes:
    """`circ ARGS` run in this process with its standard output on a pseudo-terminal (as in a
    terminal window: `isatty()` is true); what it printed there. POSIX only."""
    leader, follower = pty.openpty()
    chunks: list[bytes] = []
    reader = threading.Thread(target=_drain, args=(leader, chunks), daemon=True)
    reader.start()  # read as it is written: a full terminal buffer would block the command
    try:
        with io.BufferedWriter(io.FileIO(follower, "w", closefd=False)) as terminal:
            _run_in_process(args, cwd, "", env or {}, terminal, io.BytesIO())
    finally:
        os.close(follower)  # the reader then sees the end of the output
        reader.join(60)
        os.close(leader)
    return b"".join(chunks)


def _drain(leader: int, chunks: list[bytes]) -> None:
    while True:
        try:
            chunk = os.read(leader, 65536)
        except OSError:  # the terminal is closed
            return
        if not chunk:
            return
        chunks.append(chunk)


def _run_in_process(
    args: tuple[str, ...], cwd: Path, stdin: str, env: dict[str, str], stdout: io.BufferedIOBase, stderr: io.BytesIO
) -> int:
    """Run `circ ARGS` through the console script's entry point; its exit code."""
    with _working_folder(cwd), _environment(env), _streams(stdin, stdout, stderr) as flush:
        sys.argv = ["circ", *args]
        try:
            cli.run()
            code = 0
        except SystemExit as done:
            code = _exit_code(done.code)
        flush()
    return code


def _exit_code(code: object) -> int:
    if code is None:
        return 0
    if isinstance(code, int):
        return code
    return 1  # sys.exit("message"): Python prints it and exits 1


def _decode(data: bytes) -> str:
    """Decoded as `subprocess.run(text=True)` does on a UTF-8 system (universal newlines)."""
    return data.decode("utf-8", errors="replace").replace("\r\n", "\n").replace("\r", "\n")


@contextlib.contextmanager
def _working_folder(folder: Path) -> Iterator[None]:
    before = os.getcwd()
    os.chdir(folder)
    try:
        yield
    finally:
        os.chdir(before)


@contextlib.contextmanager
def _environment(extra: dict[str, str]) -> Iterator[None]:
    before = dict(os.environ)
    os.environ.update(extra)
    try:
        yield
    finally:
        os.environ.clear()
        os.environ.update(before)


@contextlib.contextmanager
def _streams(stdin: str, stdout: io.BufferedIOBase, stderr: io.BytesIO) -> Iterator[object]:
    """Standard streams like a child process's whose three streams are pipes (or whose output is
    the terminal `stdout`)."""
    saved = sys.stdin, sys.stdout, sys.stderr, sys.argv
    sys.stdin = io.TextIOWrapper(io.BytesIO(stdin.encode("utf-8")), encoding="utf-8")
    sys.stdout = io.TextIOWrapper(stdout, encoding="utf-8", newline="\n")
    sys.stderr = io.TextIOWrapper(stderr, encoding="utf-8", errors="backslashreplace", newline="\n")
    streams = sys.stdout, sys.stderr

    def flush() -> None:
        for stream in streams:
            stream.flush()

    try:
        yield flush
    finally:
        flush()
        for stream in streams:
            stream.detach()
        sys.stdin, sys.stdout, sys.stderr, sys.argv = saved
