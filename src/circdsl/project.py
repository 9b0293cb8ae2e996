"""Build a folder of circulars into `generated/`: one validator module per circular and the
pages of the documentation site (`generated/docs/`), written only when they changed, each
atomically and under a lock; load a validator from its model.

A build owns only the files it generated: they are listed in `generated/.circdsl-manifest`
(or, for a folder built before the manifest existed, start with « Généré par circdsl »).
A left-over file is removed only if it is one of them, so hand-written files next to the
generated ones survive whatever `--sortie` says. A build of some files of a folder
(`circ build FICHIER`) writes their validators and pages and the shared ones (package,
index, navigation), computed from every circular of the folder, and removes nothing."""

from __future__ import annotations

import contextlib
import re
import sys
import types
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from circdsl import collector
from circdsl import model as m
from circdsl.compiler import Compilation, Compiler, display_path, find_circulars, is_vocabulary
from circdsl.diagnostics import CompileError, Diagnostic, DiagnosticSink
from circdsl.escape import Markdown
from circdsl.files import folder_lock, remove_stale_temporaries, write_text_atomically
from circdsl.slugs import ascii_identifier
from circdsl.source import SourceFile, Span
from circdsl.words import FileKind

if TYPE_CHECKING:
    from circdsl.build_cache import BuildCache

PACKAGE = "circulaires"  # generated validators are importable as circulaires.<name>
GENERATED_MODULES = "circdsl_generated"  # sys.modules prefix for validators loaded in memory
DOCS = "docs"  # generated pages of the documentation site: generated/docs/
DOC_SUFFIXES = (".md",)  # files of generated/docs/ that the build owns (left-overs are removed)
MANIFEST = ".circdsl-manifest"  # the files the last complete build wrote, relative to the output folder
GENERATED_MARK = "Généré par circdsl"  # in the first line of every generated module and page
DECISION_SCHEMA = "decision.schema.json"  # the JSON schema of Decision.to_dict(), beside the validators


@dataclass
class BuildResult:
    """What a build produced or would produce."""

    outputs: dict[Path, str] = field(default_factory=dict)  # file -> expected content
    circulars: list[m.Circular] = field(default_factory=list)  # the circulars built
    diagnostics: list[Diagnostic] = field(default_factory=list)  # errors and warnings
    sources: dict[str, str] = field(default_factory=dict)  # source text of the circulars: "sources/x.txt" -> text
    # A build of some circulars of a folder: the others, compiled for the shared pages only.
    neighbours: list[m.Circular] = field(default_factory=list)
    paths: dict[str, Path] = field(default_factory=dict)  # circular name -> its .circ file
    complete: bool = True  # every circular of the folders is built: left-overs may be removed
    shared_blocked: list[str] = field(default_factory=list)  # other circulars that do not compile
    # With a build cache: what each circular's generated texts depend on (circular name -> digest).
    identities: dict[str, str] = field(default_factory=dict)
    cache: BuildCache | None = None

    @property
    def failed(self) -> bool:
        return any(d.level.value == "erreur" for d in self.diagnostics)


class OutputConflictError(Exception):
    """Files the build would overwrite that circdsl did not generate (hand-written ones)."""

    def __init__(self, paths: list[Path]):
        super().__init__(", ".join(str(p) for p in paths))
        self.paths = paths


@dataclass
class WriteReport:
    """What a build really changed on disk."""

    written: list[Path] = field(default_factory=list)
    removed: list[Path] = field(default_factory=list)


def compile_all(
    paths: list[Path],
    compiler: Compiler | None = None,
    progress: Callable[[int, int, Path], None] | None = None,
    cache: BuildCache | None = None,
) -> BuildResult:
    """Compile every circular under `paths` (vocabularies are compiled through their users);
    `progress(done, total, path)` is told of each file before it is compiled. With a `cache`, a
    file whose content and reads are unchanged is not compiled again (`build_cache`)."""
    with collector.compiling():
        return _compile_all(paths, compiler or Compiler(), progress, cache)


def _compile_all(
    paths: list[Path],
    compiler: Compiler,
    progress: Callable[[int, int, Path], None] | None,
    cache: BuildCache | None,
) -> BuildResult:
    result = BuildResult(cache=cache)
    files = find_circulars(paths)
    if cache is not None:
        _reuse_vocabularies(files, compiler, cache)
    for index, path in enumerate(files):
        if progress is not None:
            progress(index, len(files), path)
        vocabulary = is_vocabulary(path)
        try:
            compilation = _compile_cached(path, compiler, result) if cache is not None else compiler.compile_file(path)
        except CompileError as error:
            result.diagnostics.extend(d for d in error.diagnostics if d not in result.diagnostics)
            continue
        result.diagnostics.extend(compilation.warnings)
        if vocabulary:
            continue
        result.circulars.append(compilation.circular)
        result.paths.setdefault(compilation.circular.name, path)
        _record_source(result, compilation.circular, path, compiler)
    return result


def _reuse_vocabularies(files: list[Path], compiler: Compiler, cache: BuildCache) -> None:
    """Give the compiler the vocabularies kept in the cache before any circular imports them."""
    for path in files:
        if is_vocabulary(path):
            entry = cache.lookup(cache.key(path, display_path(path, compiler.root)), count=False)
            if entry is not None:
                compiler.vocabularies.setdefault(path, entry.circular)
                compiler.read_by.setdefault(path, {Path(p) for p in entry.dependencies})


def _compile_cached(path: Path, compiler: Compiler, result: BuildResult) -> Compilation:
    """Compile a file, or take what compiling it gave from the cache if nothing it read changed."""
    from circdsl.build_cache import identity

    assert result.cache is not None
    cache = result.cache
    shown = display_path(path, compiler.root)
    key = cache.key(path, shown)
    entry = cache.lookup(key)
    if entry is None:
        compilation = compiler.compile_file(path)  # CompileError: not kept, compiled again next time
        entry = cache.store(key, compiler.read_by.get(path, set()), compilation.circular, compilation.warnings)
    else:
        compiler.read_by[path] = {Path(p) for p in entry.dependencies}
        with contextlib.suppress(OSError, UnicodeDecodeError):  # its text, for the names of other diagnostics
            compiler.files.setdefault(shown, SourceFile.read(path, shown))
        if entry.circular.kind is FileKind.VOCABULARY:
            compiler.vocabularies.setdefault(path, entry.circular)
    if entry.circular.kind is not FileKind.VOCABULARY:
        result.identities[entry.circular.name] = identity(key, entry)
    return Compilation(entry.circular, list(entry.warnings))


def compile_for_build(
    paths: list[Path],
    compiler: Compiler | None = None,
    progress: Callable[[int, int, Path], None] | None = None,
    cache: BuildCache | None = None,
) -> BuildResult:
    """Compile the circulars under `paths`; when they are only some of their folders'
    circulars, compile the others too (silently), for the pages they share. `progress` is
    told of the chosen circulars only."""
    compiler = compiler or Compiler()
    # A vocabulary is used by any circular of its folder: building it builds the folder.
    paths = [path.parent if path.is_file() and is_vocabulary(path) else path for path in paths]
    result = compile_all(paths, compiler, progress, cache)
    chosen = {path.resolve() for path in find_circulars(paths)}
    folders = sorted({path if path.is_dir() else path.parent for path in paths})
    others = [path for path in find_circulars(folders) if path.resolve() not in chosen]
    if not others:
        _refuse_name_clashes(result, compiler)
        return result
    result.complete = False
    context = compile_all(others, compiler, cache=cache)
    result.neighbours = context.circulars
    result.identities.update(context.identities)
    for name, path in context.paths.items():
        result.paths.setdefault(name, path)
    for source, text in context.sources.items():
        result.sources.setdefault(source, text)
    failing = {d.file for d in context.diagnostics if d.level.value == "erreur"}
    result.shared_blocked = sorted(failing)
    _refuse_name_clashes(result, compiler)
    return result


def _refuse_name_clashes(result: BuildResult, compiler: Compiler) -> None:
    result.diagnostics.extend(name_clashes([*result.circulars, *result.neighbours], compiler.files))


def name_clashes(circulars: list[m.Circular], files: Mapping[str, SourceFile]) -> list[Diagnostic]:
    """E102 for each circular whose module and page would be another's: names that differ only by
    accents, dots or case (`délai`, `delai`, `Delai`) give one ASCII name, and file systems that
    ignore case would see one file."""
    first_by_name: dict[str, m.Circular] = {}
    found = []
    for circular in sorted(circulars, key=lambda c: (c.name, c.file)):
        first = first_by_name.setdefault(module_name(circular).casefold(), circular)
        if first is not circular:
            found.append(_name_clash(first, circular, files))
    return found


def _name_clash(first: m.Circular, second: m.Circular, files: Mapping[str, SourceFile]) -> Diagnostic:
    from circdsl.emit_docs import page_name

    source = files.get(second.file) or SourceFile(second.file, "")
    sink = DiagnosticSink(source, other_files=files.get)
    outputs = f"le même module Python et la même page ({PACKAGE}/{module_name(second)}.py, {DOCS}/{page_name(second)})"
    if first.name == second.name:
        message = (
            f"la circulaire « {second.name} » porte le même nom que celle de {first.file} : elles auraient {outputs}"
        )
    else:
        message = (
            f"les noms « {second.name} » et « {first.name} » ({first.file}) ne diffèrent que par des accents, "
            f"des points ou des majuscules : ces deux circulaires auraient {outputs}"
        )
    sink.error(
        "E102",
        _name_span(source.text, second.file),
        message,
        "renommez l'une des deux circulaires (le nom qui suit « circulaire » dans l'en-tête)",
        [(_name_span(files[first.file].text if first.file in files else "", first.file), "l'autre circulaire ici")],
    )
    return sink.items[0]


def _name_span(text: str, file: str) -> Span:
    """Where the header names the circular (its first line « circulaire NOM … »)."""
    match = re.search(r"^[ \t]*circulaire[ \t]+(\S+)", text, re.MULTILINE)
    if match is None:
        return Span.point(1, 1).in_file(file)
    line = text.count("\n", 0, match.start(1)) + 1
    column = match.start(1) - (text.rfind("\n", 0, match.start(1)) + 1) + 1
    return Span(line, column, line, column + len(match.group(1)), file)


def _record_source(result: BuildResult, circular: m.Circular, path: Path, compiler: Compiler) -> None:
    """Keep the source text a circular cites, for its page in the documentation."""
    if not circular.source or circular.source in result.sources:
        return
    cached = compiler.source_text(path.parent / circular.source)  # read here if the compilation was cached
    if cached is not None:
        result.sources[circular.source] = cached.text


def module_name(circular: m.Circular) -> str:
    """The Python module of a circular's validator: circulaires.<module_name>."""
    return ascii_identifier(circular.name)


def plan_outputs(result: BuildResult, output: Path) -> None:
    """Fill `result.outputs` with the files the build writes: for a complete build, every
    generated file and the manifest; otherwise the built circulars' validators and pages and
    the shared files (unless another circular of the folder does not compile)."""
    with collector.compiling():
        _plan_outputs(result, output)


def _plan_outputs(result: BuildResult, output: Path) -> None:
    from circdsl.emit_docs import emit_docs  # the page generator (jinja2) and the emitter load only to build
    from circdsl.emit_python import emit_python
    from circdsl.serve.schemas import decision_schema, schema_text  # pydantic: only to build

    package = output / PACKAGE
    if result.cache is not None:
        result.cache.compile_templates_once()
    everything = sorted([*result.circulars, *result.neighbours], key=lambda c: c.name)
    planned: dict[Path, str] = {}
    generated = _generated_text(result)
    # A partial build writes the validators of its own circulars only: the others' are not made.
    for circular in everything if result.complete else result.circulars:
        planned[package / f"{module_name(circular)}.py"] = generated(
            [circular], "python", partial(emit_python, circular)
        )
        planned[package / schema_name(circular)] = generated([circular], "schema", partial(_schema, circular))
    planned[package / "__init__.py"] = _package_init([(module_name(c), c) for c in everything])
    planned[package / DECISION_SCHEMA] = schema_text(decision_schema())
    changes = _changes(everything, result.paths)
    pages = emit_docs(everything, result.sources, changes, generated)
    for relative, text in pages.items():
        planned[output / DOCS / relative] = text
    if result.complete:
        result.outputs.update(planned)
        result.outputs[output / MANIFEST] = _manifest(planned, output)
        return
    wanted = _own_files(result.circulars, output)
    if not result.shared_blocked:
        wanted |= _shared_files(result.circulars, output)
    result.outputs.update((path, text) for path, text in planned.items() if path in wanted)


def _schema(circular: m.Circular) -> str:
    from circdsl.serve.schemas import form_schema, schema_text

    return schema_text(form_schema(circular))


def _generated_text(result: BuildResult) -> Callable[[Sequence[m.Circular], str, Callable[[], str]], str]:
    """`generated(circulars, kind, make)`: the text `make()`, taken from the build cache when it
    was made from the same circulars (same files, same reads) for the same `kind`, else made (and kept)."""

    def generated(circulars: Sequence[m.Circular], kind: str, make: Callable[[], str]) -> str:
        keys = [result.identities.get(c.name) for c in circulars]
        if result.cache is None or None in keys:
            return make()
        return result.cache.text("\0".join(k for k in keys if k is not None), kind, make)

    return generated


def _changes(circulars: list[m.Circular], paths: dict[str, Path]) -> dict[str, Markdown]:
    """The « Ce qui change par rapport à l'an dernier » sections of the pages."""
    from circdsl.semantic_diff import page_sections  # it loads validators through this module

    return page_sections(circulars, paths)


def _own_files(circulars: list[m.Circular], output: Path) -> set[Path]:
    from circdsl.emit_docs import page_name

    return (
        {output / PACKAGE / f"{module_name(c)}.py" for c in circulars}
        | {output / PACKAGE / schema_name(c) for c in circulars}
        | {output / DOCS / page_name(c) for c in circulars}
    )


def schema_name(circular: m.Circular) -> str:
    """The JSON schema of a circular's facts, beside its validator: <module_name>.schema.json."""
    return f"{module_name(circular)}.schema.json"


def _shared_files(circulars: list[m.Circular], output: Path) -> set[Path]:
    """The package, the index pages and the pages of the source texts the circulars cite."""
    from circdsl.emit_docs import source_page

    shared = {output / PACKAGE / "__init__.py", output / PACKAGE / DECISION_SCHEMA}
    shared |= {output / DOCS / name for name in SHARED_PAGES}
    return shared | {output / DOCS / source_page(c.source) for c in circulars if c.source}


SHARED_PAGES = ("index.md", "dispositifs.md", "SUMMARY.md")


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


def _manifest(planned: dict[Path, str], output: Path) -> str:
    lines = [
        f"# {GENERATED_MARK} : les fichiers que « circ build » a écrits dans ce dossier, les seuls qu'il",
        "# supprime quand ils ne sont plus produits (un fichier écrit à la main n'est jamais supprimé).",
    ]
    lines += sorted(path.relative_to(output).as_posix() for path in planned)
    return "\n".join(lines) + "\n"


def stale_files(result: BuildResult, output: Path) -> list[Path]:
    """Files of `output` that differ from the build, are missing, or are left over."""
    stale = [path for path, text in result.outputs.items() if _read(path) != text]
    return stale + (_left_over(result, output) if result.complete else [])


def write_outputs(result: BuildResult, output: Path, waiting: Callable[[], None] | None = None) -> WriteReport:
    """Under the output folder's lock: write changed files (each atomically, the manifest
    last), then remove the left-over generated files of a complete build."""
    report = WriteReport()
    with folder_lock(output, waiting):
        for folder in sorted({path.parent for path in result.outputs}):
            remove_stale_temporaries(folder)
        changed = {path: text for path, text in result.outputs.items() if _read(path) != text}
        listed = _manifest_entries(output)
        legacy = not (output / MANIFEST).exists() and _is_marked(output / PACKAGE / "__init__.py")
        refused = [path for path in changed if not _may_replace(path, output, listed, legacy)]
        if refused:
            raise OutputConflictError(refused)
        left_over = _left_over(result, output) if result.complete else []
        for path, text in changed.items():
            write_text_atomically(path, text)
            report.written.append(path)
        for path in left_over:
            path.unlink(missing_ok=True)
            report.removed.append(path)
    return report


def _may_replace(path: Path, output: Path, listed: set[str], legacy: bool) -> bool:
    """A build replaces a file that does not exist, or that it generated: listed in the manifest,
    marked, or in an output folder built before manifests existed (`legacy`)."""
    if not path.exists() and not path.is_symlink():
        return True
    if path.is_symlink() or not path.is_file():
        return False
    return legacy or path.relative_to(output).as_posix() in listed or _is_marked(path)


def _left_over(result: BuildResult, output: Path) -> list[Path]:
    """Generated files that the build no longer produces: old modules and pages, and anything
    the manifest lists; hand-written files (neither in the manifest nor marked) stay."""
    listed = _manifest_entries(output)
    found = set(p for p in (output / PACKAGE).glob("*.py") if p.is_file())
    found |= {p for p in (output / DOCS).rglob("*") if p.suffix in DOC_SUFFIXES and p.is_file()}
    found |= {output / entry for entry in listed if (output / entry).is_file()}
    return sorted(
        path
        for path in found
        if path not in result.outputs
        and not path.is_symlink()
        and (path.relative_to(output).as_posix() in listed or _is_marked(path))
    )


def _manifest_entries(output: Path) -> set[str]:
    """The relative paths the manifest lists; entries that would leave the folder are ignored."""
    text = _read(output / MANIFEST) or ""
    entries = set()
    for line in text.splitlines():
        entry = line.strip()
        if entry and not entry.startswith("#") and ".." not in entry.split("/") and not entry.startswith("/"):
            entries.add(entry)
    return entries


def _is_marked(path: Path) -> bool:
    """The file's first line says it is generated by circdsl."""
    try:
        with path.open("rb") as stream:
            first = stream.readline(400)
    except OSError:
        return False
    return GENERATED_MARK.encode("utf-8") in first


def _read(path: Path) -> str | None:
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return None


def load_validator(circular: m.Circular, source: str | None = None) -> types.ModuleType:
    """Generate and import the validator of a circular in memory; `source`, when the caller already
    has what `emit_python(circular)` gives, is not generated again."""
    from circdsl.emit_python import emit_python

    name = f"{GENERATED_MODULES}.{module_name(circular)}"
    module = types.ModuleType(name)
    module.__file__ = f"<{PACKAGE}/{module_name(circular)}.py>"
    code = compile(emit_python(circular) if source is None else source, module.__file__, "exec")
    sys.modules[name] = module  # pydantic resolves annotations through sys.modules
    exec(code, module.__dict__)
    return module
