"""Processor time of the compiler itself, in one process: every circular of the repository and
every `circ` block of the guide compiled (parse, build, check, analyses), and a Python validator
emitted for each one that compiles, REPETITIONS times: what the test suite does thousands of times.

Usage : .venv/bin/python bench/bench_compile.py [--repetitions 5] [--passages 3]
        .venv/bin/python bench/bench_compile.py --autre /tmp/base/src   # two versions in turn
        .venv/bin/python bench/bench_compile.py --profil /tmp/compile.prof  # one cProfile run

Each run is a child process (`--enfant SRC`) with that version of circdsl first on its path; it
imports, compiles the workload once (Lark's lexers, caches of the imported modules), then measures
`time.process_time()` around REPETITIONS passes. The child prints its time and a digest of what
it produced (every diagnostic rendered, every emitted module): with `--autre`, both versions run
alternately and their digests must be equal, or the script stops. Printed: min and median.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _workload(folder: Path) -> list[tuple[str, Path | None, str]]:
    """(name shown, file to compile, or None with the text of a snippet compiled in circulars/)."""
    from circdsl.compiler import find_circulars
    from tests.test_guide import FRAGMENT_HEADER, GUIDE_PAGES, SNIPPET_NAME, blocks_of

    items: list[tuple[str, Path | None, str]] = [(p.name, p, "") for p in find_circulars([folder / "circulars"])]
    for page in GUIDE_PAGES:
        fragment = ""
        for block in blocks_of(page):
            if block.lang != "circ":
                continue
            written = block.written
            if written is not None:  # a file the page writes: kept as the page leaves it
                path = folder / "pages" / page.stem / written
                path.parent.mkdir(parents=True, exist_ok=True)
                if not (path.parent / "sources").exists():
                    shutil.copytree(folder / "circulars" / "sources", path.parent / "sources")
                    shutil.copy(folder / "circulars" / "commun.circ", path.parent)
                before = path.read_text(encoding="utf-8") if path.is_file() else ""
                text = block.text if "fichier" in block.options or not before else before + "\n" + block.text
                path.write_text(text, encoding="utf-8")
                items.append((block.where, path, ""))
                continue
            text = block.text
            if "suite" in block.flags:
                text = fragment = fragment + "\n" + block.text
            elif "extrait" in block.flags:
                fragment = text
            if "extrait" in block.flags or "suite" in block.flags:
                source = block.options.get("source", "sources/000_6a117b24d563a1e1.txt")
                text = FRAGMENT_HEADER.format(source=source) + "\n" + text
            items.append((SNIPPET_NAME, None, text))
    return items


def _one_pass(folder: Path, items: list[tuple[str, Path | None, str]], digest: hashlib._Hash | None) -> None:
    from circdsl.compiler import Compiler
    from circdsl.diagnostics import CompileError, render_all
    from circdsl.emit_python.module import ModuleEmitter
    from circdsl.parser import PARSED_TEXTS
    from circdsl.source import SourceFile

    PARSED_TEXTS.clear()  # every pass parses: the suite's programs are mostly new texts
    compiler = Compiler(root=folder)
    for name, path, text in items:
        if path is not None and path.is_relative_to(folder / "pages"):
            compiler = Compiler(root=folder)  # a page's file changes as the page goes: never reused
        try:
            if path is not None:
                compilation = compiler.compile_file(path)
            else:
                compilation = compiler.compile_source(SourceFile(name, text), folder / "circulars")
        except CompileError as error:
            produced = render_all(error.diagnostics)
        else:
            produced = render_all(compilation.warnings) + ModuleEmitter(compilation.circular).emit()
        if digest is not None:
            digest.update(produced.encode())


def child(repetitions: int, profile: str | None) -> None:
    with tempfile.TemporaryDirectory() as temporary:
        folder = Path(temporary)
        shutil.copytree(ROOT / "circulars", folder / "circulars")
        items = _workload(folder)
        digest = hashlib.sha256()
        _one_pass(folder, items, digest)  # warm-up, and what is produced
        profiler = None
        if profile:
            import cProfile

            profiler = cProfile.Profile()
            profiler.enable()
        start = time.process_time()
        for _ in range(repetitions):
            _one_pass(folder, items, None)
        seconds = time.process_time() - start
        if profiler is not None:
            profiler.disable()
            profiler.dump_stats(profile)
    print(json.dumps({"seconds": seconds, "digest": digest.hexdigest(), "items": len(items)}))


def run_child(source: Path, repetitions: int, profile: str | None = None) -> dict[str, object]:
    environment = dict(os.environ)
    environment.pop("PYTHONDONTWRITEBYTECODE", None)
    environment["PYTHONPATH"] = os.pathsep.join([str(source), str(ROOT)])
    command = [sys.executable, __file__, "--enfant", "--repetitions", str(repetitions)]
    if profile:
        command += ["--profil", profile]
    done = subprocess.run(command, env=environment, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        sys.exit(f"{source} : échec\n{done.stderr}")
    result: dict[str, object] = json.loads(done.stdout.splitlines()[-1])
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repetitions", type=int, default=5)
    parser.add_argument("--passages", type=int, default=3)
    parser.add_argument("--autre", type=Path, help="le dossier src d'une autre version, passée en alternance")
    parser.add_argument("--profil", help="un seul passage, sous cProfile, écrit dans ce fichier")
    parser.add_argument("--enfant", action="store_true", help=argparse.SUPPRESS)
    options = parser.parse_args()
    if options.enfant:
        child(options.repetitions, options.profil)
        return
    versions = {"cette version": ROOT / "src"}
    if options.autre:
        versions["autre"] = options.autre.resolve()
    if options.profil:
        print(run_child(versions["cette version"], options.repetitions, options.profil))
        return
    times: dict[str, list[float]] = {name: [] for name in versions}
    digests: set[object] = set()
    for _ in range(options.passages):
        for name, source in versions.items():
            result = run_child(source, options.repetitions)
            times[name].append(float(str(result["seconds"])))
            digests.add(result["digest"])
            print(f"{name} : {result['seconds']:.2f} s ({result['items']} compilations × {options.repetitions})")
            if len(digests) > 1:
                sys.exit("les deux versions ne produisent pas la même chose")
    for name, seconds in times.items():
        print(f"{name} : processeur min {min(seconds):.2f} s, médiane {statistics.median(seconds):.2f} s")


if __name__ == "__main__":
    main()
