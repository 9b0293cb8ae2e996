"""Build a folder of circulars into `generated/`: one validator module per
circular and the pages of the documentation site (`generated/docs/`), written
only when they changed; load a validator from its model."""

from __future__ import annotations

import sys
import types
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from circdsl import model as m
from circdsl.compiler import Compiler, find_circulars, is_vocabulary
from circdsl.diagnostics import CompileError, Diagnostic
from circdsl.emit_docs import emit_docs
from circdsl.emit_python import emit_python
from circdsl.slugs import ascii_identifier

PACKAGE = "circulaires"  # generated validators are importable as circulaires.<name>
GENERATED_MODULES = "circdsl_generated"  # sys.modules prefix for validators loaded in memory
DOCS = "docs"  # generated pages of the documentation site: generated/docs/
DOC_SUFFIXES = (".md",)  # files of generated/docs/ that the build owns (left-overs are removed)


@dataclass
class BuildResult:
    """What a build produced or would produce."""

    outputs: dict[Path, str] = field(default_factory=dict)  # file -> expected content
    circulars: list[m.Circular] = field(default_factory=list)
    diagnostics: list[Diagnostic] = field(default_factory=list)  # errors and warnings
    sources: dict[str, str] = field(default_factory=dict)  # source text of the circulars: "sources/x.txt" -> text

    @property
    def failed(self) -> bool:
        return any(d.level.value == "erreur" for d in self.diagnostics)


def compile_all(
    paths: list[Path], compiler: Compiler | None = None, progress: Callable[[int, int, Path], None] | None = None
) -> BuildResult:
    """Compile every circular under `paths` (vocabularies are compiled through their users);
    `progress(done, total, path)` is told of each file before it is compiled."""
    compiler = compiler or Compiler()
    result = BuildResult()
    files = find_circulars(paths)
    for index, path in enumerate(files):
        if progress is not None:
            progress(index, len(files), path)
        if is_vocabulary(path):
            try:
                result.diagnostics.extend(compiler.compile_file(path).warnings)
            except CompileError as error:
                result.diagnostics.extend(d for d in error.diagnostics if d not in result.diagnostics)
            continue
        try:
            compilation = compiler.compile_file(path)
        except CompileError as error:
            result.diagnostics.extend(d for d in error.diagnostics if d not in result.diagnostics)
            continue
        result.diagnostics.extend(compilation.warnings)
        result.circulars.append(compilation.circular)
        _record_source(result, compilation.circular, path, compiler)
    return result


def _record_source(result: BuildResult, circular: m.Circular, path: Path, compiler: Compiler) -> None:
    """Keep the source text a circular cites, for its page in the documentation."""
    if not circular.source or circular.source in result.sources:
        return
    cached = compiler.sources.get(path.parent / circular.source)
    if cached is not None:
        result.sources[circular.source] = cached.text


def plan_outputs(result: BuildResult, output: Path) -> None:
    """Fill `result.outputs` with the generated files for its circulars."""
    package = output / PACKAGE
    names = []
    for circular in sorted(result.circulars, key=lambda c: c.name):
        module = ascii_identifier(circular.name)
        names.append((module, circular))
        result.outputs[package / f"{module}.py"] = emit_python(circular)
    result.outputs[package / "__init__.py"] = _package_init(names)
    for relative, text in emit_docs(result.circulars, result.sources).items():
        result.outputs[output / DOCS / relative] = text


def _package_init(names: list[tuple[str, m.Circular]]) -> str:
    lines = [
        "# Généré par circdsl : ne pas modifier.",
        repr("Validateurs générés par circdsl, un module par circulaire."),
        "",
        "MODULES = {",
    ]
    lines += [f"    {module!r}: {circular.title!r}," for module, circular in names]
    lines.append("}")
    return "\n".join(lines) + "\n"


def stale_files(result: BuildResult, output: Path) -> list[Path]:
    """Files of `output` that differ from the build, are missing, or are left over."""
    stale = [path for path, text in result.outputs.items() if _read(path) != text]
    return stale + _left_over(result, output)


def write_outputs(result: BuildResult, output: Path) -> list[Path]:
    """Write changed files, remove left-over modules; return the paths touched."""
    touched = []
    for path, text in result.outputs.items():
        if _read(path) != text:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8", newline="\n")
            touched.append(path)
    for left_over in _left_over(result, output):
        left_over.unlink()
        touched.append(left_over)
    return touched


def _left_over(result: BuildResult, output: Path) -> list[Path]:
    """Generated files that the build no longer produces: old modules and pages."""
    found = sorted((output / PACKAGE).glob("*.py"))
    docs = output / DOCS
    found += sorted(p for p in docs.rglob("*") if p.suffix in DOC_SUFFIXES and p.is_file())
    return [path for path in found if path not in result.outputs]


def _read(path: Path) -> str | None:
    try:
        return path.read_text(encoding="utf-8")
    except OSError:
        return None


def load_validator(circular: m.Circular) -> types.ModuleType:
    """Generate and import the validator of a circular in memory."""
    name = f"{GENERATED_MODULES}.{ascii_identifier(circular.name)}"
    module = types.ModuleType(name)
    module.__file__ = f"<{PACKAGE}/{ascii_identifier(circular.name)}.py>"
    code = compile(emit_python(circular), module.__file__, "exec")
    sys.modules[name] = module  # pydantic resolves annotations through sys.modules
    exec(code, module.__dict__)
    return module
