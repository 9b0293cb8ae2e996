"""The `circ` command: build, check, eval and test circulars. Messages in French.

Exit codes: 0 success, 1 user error or failed case, 2 internal error, 141 output closed
early (`circ test | head`), as Unix tools that a SIGPIPE stops.

Longer than most modules: one click command per subcommand, each a thin layer over the
module that does the work (imported inside the command, so `circ check` stays light).
"""

from __future__ import annotations

import contextlib
import functools
import os
import re
import sys
import time
import traceback
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, TypeVar

import click

# Light imports only: `circ check` must not load pydantic, jinja2 or the page generator; the
# runtime, the case runner and the decision report are imported by the commands that use them.
from circdsl import case_report, cli_messages, project
from circdsl.case_report import CaseRun, CasesReport
from circdsl.compiler import Compiler, display_path, imported_kind, is_vocabulary
from circdsl.diagnostics import CompileError, Diagnostic, render_all
from circdsl.files import french_os_error, write_atomically
from circdsl.progress import progress_line
from circdsl.situations import SituationFileError, read_situation_file
from circdsl.terminal import escape_json, escape_terminal, paint, wants_colour

cli_messages.install()  # before the commands are declared: click reads its help texts then

EXIT_OK, EXIT_USER, EXIT_INTERNAL, EXIT_BROKEN_PIPE = 0, 1, 2, 141
DEFAULT_CIRCULARS = Path("circulars")
GENERATED = "generated"
F = TypeVar("F", bound=Callable[..., Any])


class UserError(Exception):
    """A mistake of the user, reported in French without a traceback."""


def say(text: str = "", err: bool = False, nl: bool = True) -> None:
    """Print a text made safe for a terminal (escape sequences shown, never obeyed)."""
    click.echo(escape_terminal(text), err=err, nl=nl)


def handle_errors(command: F) -> F:
    """Turn user errors into French messages and exit 1; anything else is internal (exit 2)."""

    @functools.wraps(command)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return command(*args, **kwargs)
        except CompileError as error:
            _show_diagnostics(error.diagnostics)
            sys.exit(EXIT_USER)
        except (UserError, SituationFileError) as error:
            say(f"erreur : {error}", err=True)
            sys.exit(EXIT_USER)
        except BrokenPipeError:
            _stop_writing()
            sys.exit(EXIT_BROKEN_PIPE)
        except (click.exceptions.Exit, click.ClickException, SystemExit):
            raise
        except Exception as error:
            if _is_situation_error(error):
                say("Situation invalide :", err=True)
                for item in error.errors:  # type: ignore[attr-defined]
                    say(f"  {item.field} : {item.message}", err=True)
                sys.exit(EXIT_USER)
            say(f"erreur interne de circdsl ({type(error).__name__}) : {error}", err=True)
            say("Ce n'est pas une erreur de votre fichier : merci de la signaler avec la commande lancée.", err=True)
            if os.environ.get("CIRCDSL_DEBUG"):
                traceback.print_exc()
            sys.exit(EXIT_INTERNAL)

    return wrapper  # type: ignore[return-value]


def _is_situation_error(error: Exception) -> bool:
    """A situation the runtime refused (only possible once a command has loaded the runtime)."""
    runtime = sys.modules.get("circdsl.runtime")
    return runtime is not None and isinstance(error, runtime.SituationError)


def _stop_writing() -> None:
    """The reader of our output has gone (`| head`): send what remains to /dev/null, so that the
    final flush does not fail again, and stop without a message."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):  # no real file descriptor (tests) or already closed
        pass


_LEVEL_WORD = re.compile(r"^(\S.*?:\d+:\d+: )(erreur|avertissement)( \[[EW]\d+\])", re.MULTILINE)


def _show_diagnostics(diagnostics: list[Diagnostic]) -> None:
    """Diagnostics on stderr, the level word coloured on a terminal."""
    text = escape_terminal(render_all(diagnostics))
    if wants_colour(sys.stderr):
        text = _LEVEL_WORD.sub(
            lambda m: (
                m.group(1) + paint(m.group(2), "red" if m.group(2) == "erreur" else "yellow", True, True) + m.group(3)
            ),
            text,
        )
    click.echo(text, err=True)


class FrenchHelpFormatter(click.HelpFormatter):
    """Help pages with French metavariables (click's headings are translated by cli_messages)."""

    def write_usage(self, prog: str, args: str = "", prefix: str | None = None) -> None:
        super().write_usage(prog, args.replace("COMMAND", "COMMANDE").replace("[ARGS]", "[ARGUMENTS]"), prefix)

    def write_heading(self, heading: str) -> None:
        self.write(f"{'':>{self.current_indent}}{heading} :\n")  # French puts a space before the colon


click.Context.formatter_class = FrenchHelpFormatter
CONTEXT = {"help_option_names": ["-h", "--help"]}


paths_argument = click.argument("paths", nargs=-1, type=click.Path(path_type=Path), metavar="[CHEMINS]...")


def output_option(
    help: str, metavar: str = "FICHIER", name: str = "output", required: bool = False
) -> Callable[[F], F]:
    """The --sortie option of a command: where its output goes."""
    return click.option(
        "--sortie", name, type=click.Path(path_type=Path), metavar=metavar, default=None, required=required, help=help
    )


@click.group(
    name="circ",
    help="circdsl : compiler les circulaires RH écrites en .circ en validateurs et en documentation.",
    context_settings=CONTEXT,
)
@click.version_option(package_name="circdsl", message="circdsl %(version)s")
def main() -> None:
    """Entry point of the `circ` command."""


def _paths(paths: tuple[Path, ...]) -> list[Path]:
    chosen = list(paths) or [DEFAULT_CIRCULARS]
    for path in chosen:
        if not path.exists():
            raise UserError(f"« {path} » n'existe pas (indiquez un fichier .circ ou un dossier qui en contient)")
    return chosen


def project_root(path: Path) -> Path:
    """The folder that holds the circulars folder (or the file's folder)."""
    resolved = path.resolve()
    return resolved.parent if resolved.is_dir() else resolved.parent.parent


def _report_diagnostics(result: project.BuildResult) -> None:
    if result.diagnostics:
        _show_diagnostics(result.diagnostics)


DEFAULT_WHEEL_VERSION = "0.1.0"  # of the validators' wheel (circdsl-runtime takes circdsl's version)


@main.command(help="Compiler les circulaires en validateurs Python et en pages du site, dans generated/.")
@paths_argument
@output_option(
    "Dossier des fichiers générés (par défaut : generated/ à côté du dossier des circulaires).", metavar="DOSSIER"
)
@click.option("--check", "check_only", is_flag=True, help="Ne rien écrire ; échouer si generated/ n'est pas à jour.")
@click.option(
    "--watch", "watching", is_flag=True, help="Recompiler à chaque modification des fichiers (Ctrl-C pour arrêter)."
)
@click.option(
    "--intervalle",
    "interval",
    type=click.FloatRange(min=0.05),
    default=0.5,
    show_default=True,
    metavar="SECONDES",
    help="Avec --watch : temps entre deux relevés des fichiers.",
)
@click.option(
    "--paquet",
    "wheels",
    type=click.Path(path_type=Path, file_okay=False),
    metavar="DOSSIER",
    default=None,
    help="Écrire aussi dans DOSSIER deux paquets installables (wheels) : les validateurs et circdsl-runtime.",
)
@click.option(
    "--nom",
    "wheel_name",
    metavar="NOM",
    default=None,
    help="Avec --paquet : nom du paquet des validateurs (par défaut : circulaires-<dossier du projet>).",
)
@click.option(
    "--version-paquet",
    "wheel_version",
    metavar="VERSION",
    default=None,
    help=f"Avec --paquet : version du paquet des validateurs (par défaut : {DEFAULT_WHEEL_VERSION}).",
)
@click.option(
    "--sans-cache",
    "without_cache",
    is_flag=True,
    help="Tout recompiler, sans réutiliser les compilations précédentes (le cache de construction).",
)
@handle_errors
def build(
    paths: tuple[Path, ...],
    output: Path | None,
    check_only: bool,
    watching: bool,
    interval: float,
    wheels: Path | None,
    wheel_name: str | None,
    wheel_version: str | None,
    without_cache: bool,
) -> None:
    chosen = _paths(paths)
    root = project_root(chosen[0])
    output = output or root / GENERATED
    request = _wheel_request(root, wheels, wheel_name, wheel_version, check_only or watching)
    if watching:
        _watch_build(chosen, root, output, check_only, interval, not without_cache)
    elif not _build_once(chosen, root, output, check_only, request, not without_cache):
        sys.exit(EXIT_USER)


def _wheel_request(
    root: Path, folder: Path | None, name: str | None, version: str | None, checking_or_watching: bool
) -> tuple[Path, str, str] | None:
    """(folder, distribution name, version) of the wheels to write, checked; None without --paquet."""
    if folder is None:
        if name is not None or version is not None:
            raise UserError("--nom et --version-paquet vont avec --paquet DOSSIER")
        return None
    from circdsl import wheel  # it loads the runtime (pydantic): only for --paquet

    if checking_or_watching:
        raise UserError("--paquet ne va ni avec --check ni avec --watch : lancez « circ build --paquet DOSSIER »")
    try:
        return (
            folder,
            wheel.check_name(name or wheel.default_name(root)),
            wheel.check_version(version or DEFAULT_WHEEL_VERSION),
        )
    except wheel.PackagingError as error:
        raise UserError(str(error)) from None


def _write_wheels(result: project.BuildResult, output: Path, request: tuple[Path, str, str]) -> None:
    """The wheels of `circ build --paquet`, from the files the build has just written."""
    from circdsl import wheel

    if not result.complete:
        raise UserError("--paquet empaquette tout le dossier : donnez le dossier des circulaires, pas des fichiers")
    folder, name, version = request
    package = output / project.PACKAGE
    mine = {path: text for path, text in result.outputs.items() if path.parent == package}
    modules = {p.stem: text for p, text in mine.items() if p.suffix == ".py" and p.name != "__init__.py"}
    schemas = {p.name: text for p, text in mine.items() if p.suffix == ".json"}
    try:
        written = [wheel.runtime_wheel(folder), wheel.validators_wheel(folder, name, version, modules, schemas)]
    except OSError as error:
        raise UserError(f"impossible d'écrire dans {display_path(folder)} : {french_os_error(error)}") from None
    for path in written:
        say(f"paquet : {display_path(path)}")


def _build_once(
    chosen: list[Path],
    root: Path,
    output: Path,
    check_only: bool,
    wheels: tuple[Path, str, str] | None = None,
    use_cache: bool = True,
) -> bool:
    """One build (or check with `check_only`), reported; False if it failed or generated/ is stale."""
    # Names in generated files are relative to the project root, so builds match from any directory.
    from circdsl.build_cache import BuildCache

    # A check compiles everything afresh: it vouches for generated/ without trusting the build cache.
    cache = None if check_only or not use_cache else BuildCache.open()
    with progress_line(sys.stderr) as progress:
        result = project.compile_for_build(chosen, Compiler(root=root), progress, cache)
    _report_diagnostics(result)
    if result.failed:
        return False
    if result.shared_blocked:
        verb = "ne compile pas" if len(result.shared_blocked) == 1 else "ne compilent pas"
        say(
            "pages communes (paquet, index, navigation) laissées telles quelles : "
            f"{', '.join(result.shared_blocked)} {verb} (« circ check » pour le détail)",
            err=True,
        )
    project.plan_outputs(result, output)
    if check_only:
        return _check_outputs(result, output)
    report = _write_outputs(result, output)
    for path in report.written:
        say(f"écrit : {display_path(path)}")
    for path in report.removed:
        say(f"supprimé : {display_path(path)}")
    changed = len(report.written) + len(report.removed)
    say(f"{len(result.circulars)} circulaire(s) compilée(s), {changed} fichier(s) modifié(s).")
    if wheels is not None:
        _write_wheels(result, output, wheels)
    return True


def _write_outputs(result: project.BuildResult, output: Path) -> project.WriteReport:
    try:
        return project.write_outputs(result, output, waiting=_waiting_for_lock)
    except project.OutputConflictError as conflict:
        names = ", ".join(display_path(path) for path in conflict.paths[:5])
        more = f" et {len(conflict.paths) - 5} autre(s)" if len(conflict.paths) > 5 else ""
        raise UserError(
            f"circ build n'écrase pas des fichiers qu'il n'a pas générés : {names}{more} ; "
            "choisissez un autre dossier avec --sortie, ou déplacez ces fichiers"
        ) from None
    except OSError as error:
        raise UserError(f"impossible d'écrire dans {display_path(output)} : {french_os_error(error)}") from None


def _check_outputs(result: project.BuildResult, output: Path) -> bool:
    stale = project.stale_files(result, output)
    for path in stale:
        say(f"périmé : {display_path(path)}", err=True)
    if stale:
        say("generated/ n'est pas à jour : lancez « circ build » et validez le résultat.", err=True)
        return False
    say(f"generated/ est à jour ({len(result.outputs)} fichiers).")
    return True


def _waiting_for_lock() -> None:
    say("un autre « circ build » écrit dans ce dossier : attente de la fin de son écriture…", err=True)


@main.command(help="Vérifier des fichiers .circ et afficher les diagnostics, sans rien générer.")
@paths_argument
@handle_errors
def check(paths: tuple[Path, ...]) -> None:
    result = project.compile_all(_paths(paths))
    _report_diagnostics(result)
    if result.failed:
        sys.exit(EXIT_USER)
    if not result.diagnostics:
        say(f"{len(result.circulars)} circulaire(s) vérifiée(s) : aucun problème.")


def _compile_one(path: Path) -> Any:
    if not path.is_file():
        raise UserError(f"fichier introuvable : {path}")
    if is_vocabulary(path):
        raise UserError(f"{path} est un {imported_kind(path)} : indiquez une circulaire qui l'utilise")
    return Compiler().compile_file(path).circular


def _read_situation(path: Path) -> Any:
    """The situation of --faits: a regular JSON file of at most 1 Mo (or « - »), numbers as decimals."""
    return read_situation_file(path)


facts_option = click.option(
    "--faits",
    "facts",
    type=click.Path(path_type=Path),
    metavar="FICHIER",
    help='Situation en JSON ({"fait": valeur}), obligatoire ; « - » pour l\'entrée standard.',
)


@main.command(name="eval", help="Évaluer la situation d'un demandeur (fichier JSON) avec une circulaire.")
@click.argument("circular", type=click.Path(path_type=Path), metavar="CIRCULAIRE")
@facts_option
@click.option("--json", "as_json", is_flag=True, help="Afficher la décision en JSON.")
@handle_errors
def eval_(circular: Path, facts: Path | None, as_json: bool) -> None:
    if facts is None:
        raise UserError("indiquez la situation à évaluer : --faits FICHIER.json (ou --faits - pour l'entrée standard)")
    from circdsl.checklist import known_facts
    from circdsl.report import render_decision

    model = _compile_one(circular)
    situation = _read_situation(facts)
    validator = project.load_validator(model)
    decision = validator.evaluate(situation)
    if as_json:
        click.echo(escape_json(decision.to_json()))
    else:
        say(render_decision(decision, model, known_facts(validator, situation)), nl=False)


@main.command(help="Exécuter les cas d'exemple des circulaires.")
@paths_argument
@click.option(
    "--couverture", is_flag=True, help="Montrer, pour chaque règle, si les cas l'exercent respectée et en défaut."
)
@click.option(
    "-k",
    "pattern",
    metavar="MOTIF",
    default=None,
    help="Ne jouer que les cas dont le libellé contient MOTIF (majuscules et minuscules confondues).",
)
@click.option(
    "--format",
    "output_format",
    type=click.Choice(case_report.FORMATS),
    default="texte",
    show_default=True,
    help="texte ; json ; junit (XML pour la CI) ; github (texte et annotations ::error de GitHub Actions).",
)
@handle_errors
def test(paths: tuple[Path, ...], couverture: bool, pattern: str | None, output_format: str) -> None:
    result = project.compile_all(_paths(paths))
    report = CasesReport(diagnostics=result.diagnostics, pattern=pattern)
    text = output_format in ("texte", "github")
    if text:
        _report_diagnostics(result)
    if not result.failed:
        _run_cases(result, report, couverture, show=text)
    if pattern is not None and not report.runs and not result.failed:
        raise UserError(f"aucun cas ne correspond à « {pattern} » (-k cherche dans les libellés des cas)")
    if text:
        _finish_text(report, output_format == "github")
    elif output_format == "json":
        click.echo(case_report.to_json(report), nl=False)
    else:
        click.echo(case_report.to_junit(report), nl=False)
    if result.failed or report.failures:
        sys.exit(EXIT_USER)


def _run_cases(result: project.BuildResult, report: CasesReport, couverture: bool, show: bool) -> None:
    from circdsl.cases import run_case

    colour = show and wants_colour(sys.stdout)
    for circular in result.circulars:
        selected = [c for c in circular.cases if case_report.selects(c.label, report.pattern)]
        if not selected and report.pattern is not None:
            continue
        validator = project.load_validator(circular)
        if show:
            say(f"{circular.file} ({_count_cases(len(selected), len(circular.cases))})")
        for case in selected:
            run = CaseRun(circular.file, circular.name, run_case(validator, case))
            report.runs.append(run)
            if show:
                mark = paint("ok ", "green", colour) if run.result.passed else paint("ÉCHEC", "red", colour, bold=True)
                click.echo(f"  {mark} ligne {run.line} : {escape_terminal(run.label)}")
                for problem in run.result.problems:
                    say(f"        {problem}")
        if couverture:
            gaps, summary = _coverage(validator, circular)
            report.coverage[circular.file] = gaps
            if show:
                _show_coverage(gaps, summary)
            if show:
                _text_coverage(circular, result)


def _count_cases(selected: int, total: int) -> str:
    return f"{total} cas" if selected == total else f"{selected} cas sur {total}"


def _finish_text(report: CasesReport, github: bool) -> None:
    for line in case_report.failure_summary(report):
        say(line)
    if github:
        for line in case_report.github_annotations(report):
            click.echo(line)
    if report.runs or not report.diagnostics:
        colour = wants_colour(sys.stdout)
        selected = f" (sélection -k « {report.pattern} »)" if report.pattern is not None else ""
        final = case_report.counts(report) + selected
        click.echo(paint(escape_terminal(final), "red" if report.failures else "green", colour, bold=True))


def _coverage(validator: Any, circular: Any) -> tuple[list[str], str]:
    """The rules and table rows no case exercises, and the sentence shown when there is none."""
    from circdsl.cases import rules_exercised, table_rows_exercised

    gaps = []
    exercised = rules_exercised(validator, circular)
    for rule in circular.rules:
        ways = exercised[rule.name]
        if rule.requires is None:
            missing = [] if "respectée" in ways else ["affichée"]
        else:
            missing = [w for w in ("respectée", "en défaut") if w not in ways]
        if missing:
            gaps.append(f"{rule.name} (ligne {rule.line}) : jamais {' ni '.join(missing)}")
    rows = table_rows_exercised(validator, circular)
    for table in circular.tables:
        for row in (*table.rows, *((table.default,) if table.default else ())):
            if row.line not in rows[table.name]:
                gaps.append(f"table {table.name}, ligne {row.line} : jamais atteinte par un cas")
    lines = sum(len(t.rows) + (1 if t.default else 0) for t in circular.tables)
    tables = f" et les {lines} lignes de ses tables atteintes" if lines else ""
    return gaps, f"les {len(circular.rules)} règles sont exercées respectées et en défaut{tables}"


def _show_coverage(gaps: list[str], summary: str) -> None:
    if gaps:
        say("  couverture : règles ou lignes de table pas encore exercées par un cas")
        for gap in gaps:
            say(f"    {gap}")
    else:
        say(f"  couverture : {summary}")


# ---------------------------------------------------------------- source coverage (couverture-texte)


def _text_coverage(circular: Any, result: project.BuildResult) -> None:
    """The « circ test --couverture » line on the source text: how many sentences are cited or
    « hors règles », or how many are neither (the list: circ couverture-texte)."""
    from circdsl.citations import SourceText
    from circdsl.text_coverage import Status, cover_circular

    text = result.sources.get(circular.source or "")
    if text is None:
        return
    coverage = cover_circular(circular, SourceText(circular.source, text))
    total = len(coverage.findings)
    if coverage.complete:
        say(
            f"  texte source : ses {total} phrases sont citées ({len(coverage.of(Status.CITED))})"
            f" ou hors règles ({len(coverage.of(Status.UNRULED))}, dont {len(coverage.unruled_normative)}"
            " normatives avec leur raison)"
        )
        return
    left = coverage.uncovered + coverage.unexplained
    normative = sum(f.sentence.normative for f in left)
    say(
        f"  texte source : {len(left)} phrases sur {total} ni citées ni hors règles, dont {normative} normatives"
        f" (détail : circ couverture-texte {circular.file})"
    )


def _source_coverages(paths: list[Path]) -> list[tuple[str, Any, list[Any]]]:
    """For each source text the chosen circulars cite: its path as shown, its coverage over every
    circular of the folder that cites it, and the chosen circulars among them."""
    from circdsl.compiler import find_circulars
    from circdsl.text_coverage import cover_source

    chosen = {path.resolve() for path in find_circulars(paths) if not is_vocabulary(path)}
    folders = sorted({path if path.is_dir() else path.parent for path in paths})
    compiler = Compiler()
    result = project.compile_all(list(folders), compiler)
    _report_diagnostics(result)
    if result.failed:
        sys.exit(EXIT_USER)
    texts = {path.resolve(): text for path, text in compiler.sources.items()}
    groups: dict[Path, list[Any]] = {}
    for circular in result.circulars:
        if circular.source:
            groups.setdefault((Path(circular.file).parent / circular.source).resolve(), []).append(circular)
    reports = []
    for source_path, circulars in sorted(groups.items()):
        selected = [c for c in circulars if Path(c.file).resolve() in chosen]
        text = texts.get(source_path)
        if selected and text is not None:
            reports.append((display_path(source_path), cover_source(text, str(source_path), circulars), selected))
    return reports


@main.command(
    name="couverture-texte",
    help="Lister les phrases du texte source qu'aucune citation ni aucun passage « hors règles » ne couvre.",
)
@paths_argument
@handle_errors
def couverture_texte(paths: tuple[Path, ...]) -> None:
    from circdsl.text_coverage import render_circular, render_orphans

    reports = _source_coverages(_paths(paths))
    if not reports:
        raise UserError("aucune circulaire trouvée (indiquez un fichier .circ ou un dossier qui en contient)")
    incomplete = 0
    total = 0
    for shown, coverage, selected in reports:
        for circular_coverage in coverage.circulars:
            if circular_coverage.circular in selected:
                total += 1
                incomplete += not circular_coverage.complete
                click.echo("\n".join(render_circular(circular_coverage, shown)))
        if len(coverage.circulars) > 1 or coverage.orphans:
            click.echo("\n".join(render_orphans(coverage, shown)))
            incomplete += bool(coverage.orphans)
    if incomplete:
        click.echo("Des phrases ne sont ni citées ni hors règles : citez-les dans une déclaration, ou ajoutez")
        click.echo('« hors règles "…" : "raison" » (une raison est exigée pour une phrase normative).')
        sys.exit(EXIT_USER)
    click.echo(f"{total} circulaire(s) : chaque phrase de leur texte source est citée ou hors règles.")


# ---------------------------------------------------------------- checklist and calendar


def _write_or_echo(text: str | bytes, output: Path | None, what: str) -> None:
    """Write to the --sortie file (the only place a situation's consequences are written, atomically:
    never half-written), else stdout."""
    if output is None:
        if isinstance(text, bytes):
            sys.stdout.buffer.write(text)
            sys.stdout.flush()
        else:
            say(text, nl=False)
        return
    try:
        write_atomically(output, text if isinstance(text, bytes) else text.encode("utf-8"))
    except OSError as error:
        raise UserError(f"impossible d'écrire {output} : {french_os_error(error)}") from None
    say(f"{what} écrit : {output}", err=True)


@main.command(help="Liste personnelle d'un demandeur : pièces à fournir, envoi, dates limites et avis.")
@click.argument("circular", type=click.Path(path_type=Path), metavar="CIRCULAIRE")
@facts_option
@click.option("--html", "as_html", is_flag=True, help="Page HTML imprimable (cases à cocher) au lieu de Markdown.")
@output_option("Écrire la liste dans ce fichier (par défaut : la sortie standard).")
@handle_errors
def checklist(circular: Path, facts: Path | None, as_html: bool, output: Path | None) -> None:
    from circdsl import checklist as personal

    if facts is None:
        raise UserError(
            "indiquez la situation du demandeur : --faits FICHIER.json (ou --faits - pour l'entrée standard)"
        )
    model = _compile_one(circular)
    situation = _read_situation(facts)
    items = personal.for_situation(model, project.load_validator(model), situation)
    text = personal.render_html(items) if as_html else personal.render_markdown(items)
    _write_or_echo(text, output, "liste personnelle")


@main.command(help="Exporter les dates limites et événements des circulaires en iCalendar (.ics).")
@paths_argument
@click.option(
    "--faits",
    "facts",
    type=click.Path(path_type=Path),
    metavar="FICHIER",
    default=None,
    help="Situation d'un demandeur (JSON) : son calendrier personnel pour une circulaire, avec ses échéances "
    "calculées et des rappels ; « - » pour l'entrée standard.",
)
@output_option("Fichier .ics à écrire (par défaut : la sortie standard).")
@handle_errors
def calendrier(paths: tuple[Path, ...], facts: Path | None, output: Path | None) -> None:
    from circdsl.calendar_ics import build_calendar, count_entries, personal_calendar
    from circdsl.checklist import known_facts

    if facts is not None:
        if len(paths) != 1:
            raise UserError("avec --faits, indiquez une seule circulaire (un fichier .circ)")
        model = _compile_one(paths[0])
        validator = project.load_validator(model)
        situation = _read_situation(facts)
        decision = validator.evaluate(situation)
        data = personal_calendar(model, decision, known_facts(validator, situation))
        _write_or_echo(data, output, "calendrier personnel")
        return
    result = project.compile_all(_paths(paths))
    _report_diagnostics(result)
    if result.failed:
        sys.exit(EXIT_USER)
    if not result.circulars:
        raise UserError("aucune circulaire trouvée (indiquez un fichier .circ ou un dossier qui en contient)")
    _write_or_echo(build_calendar(result.circulars), output, f"calendrier ({count_entries(result.circulars)} entrées)")


# ---------------------------------------------------------------- the yearly update


@main.command(
    name="nouvelle-annee",
    help="Préparer la circulaire de l'année suivante : nouvel en-tête, nouveau texte source, "
    "et chaque citation, date, adresse, lien ou texte de l'an dernier marqué « à revoir ».",
)
@click.argument("old", type=click.Path(path_type=Path), metavar="ANCIEN.circ")
@click.option(
    "--source",
    "new_source",
    type=click.Path(path_type=Path),
    metavar="NOUVEAU.txt",
    help="Le texte de la nouvelle circulaire (copié dans sources/ s'il n'y est pas), obligatoire.",
)
@output_option(
    "Le fichier à écrire (par défaut : à côté de l'ancien, nommé avec l'année suivante).", metavar="NOUVEAU.circ"
)
@click.option("--force", is_flag=True, help="Remplacer le fichier de sortie s'il existe déjà.")
@handle_errors
def nouvelle_annee(old: Path, new_source: Path | None, output: Path | None, force: bool) -> None:
    from circdsl import newyear

    if new_source is None:
        raise UserError("indiquez le texte de la nouvelle circulaire : --source NOUVEAU.txt")
    try:
        result = newyear.prepare(old, new_source, output, force)
        written = newyear.write(result)
    except newyear.NewYearError as error:
        raise UserError(str(error)) from None
    except OSError as error:
        raise UserError(f"impossible d'écrire : {error.filename} ({error.strerror})") from None
    click.echo(newyear.summary(result, written))


@main.command(
    name="diff",
    help="Ce qui change d'une circulaire à l'autre, en français : règles, dates, pièces, circuit, avis, "
    "tables ; et les cas d'exemple de l'ancienne rejoués sur la nouvelle.",
)
@click.argument("old", type=click.Path(path_type=Path), metavar="ANCIEN.circ")
@click.argument("new", type=click.Path(path_type=Path), metavar="NOUVEAU.circ")
@click.option(
    "--format",
    "output_format",
    type=click.Choice(["texte", "markdown", "json"]),
    default="texte",
    show_default=True,
    help="Texte pour le terminal, Markdown pour une page, JSON pour un programme.",
)
@click.option("--sans-cas", "without_cases", is_flag=True, help="Ne pas rejouer les cas d'exemple de l'ancienne.")
@handle_errors
def diff(old: Path, new: Path, output_format: str, without_cases: bool) -> None:
    from circdsl import semantic_diff

    for path in (old, new):
        if not path.is_file():
            raise UserError(f"fichier introuvable : {path}")
        if is_vocabulary(path):
            raise UserError(f"{path} est un {imported_kind(path)} : indiquez deux circulaires")
    result = semantic_diff.diff_files(old, new, with_cases=not without_cases)
    renderers = {
        "texte": semantic_diff.render_text,
        "markdown": semantic_diff.render_markdown,
        "json": semantic_diff.render_json,
    }
    click.echo(renderers[output_format](result), nl=False)


# ---------------------------------------------------------------- SQL backend and campaigns (circ sql, circ lot)


@main.command(
    help="Écrire la requête SQL qui décide, pour chaque ligne d'une table de situations, comme le validateur."
)
@click.argument("circular", type=click.Path(path_type=Path), metavar="CIRCULAIRE")
@click.option(
    "--dialecte",
    type=click.Choice(["duckdb", "spark", "postgres"]),
    default="duckdb",
    show_default=True,
    help="Moteur SQL visé.",
)
@click.option("--table", default="situations", show_default=True, help="Table des situations (une colonne par fait).")
@click.option(
    "--garder", "keys", multiple=True, metavar="COLONNE", help="Colonne recopiée dans le résultat (répétable)."
)
@output_option("Fichier .sql à écrire (par défaut : la sortie standard).")
@handle_errors
def sql(circular: Path, dialecte: str, table: str, keys: tuple[str, ...], output: Path | None) -> None:
    try:
        from circdsl.sql import decision_sql
    except ImportError:
        raise UserError("le module SQL demande sqlglot : pip install 'circdsl[lot]'") from None
    model = _compile_one(circular)
    _write_or_echo(decision_sql(model, dialecte, table, keys), output, "fichier SQL")


@main.command(
    help="Décider toutes les demandes d'un fichier (CSV, Parquet, JSON lines, Excel) et écrire les décisions."
)
@click.argument("circular", type=click.Path(path_type=Path), metavar="CIRCULAIRE")
@click.option(
    "--entrée",
    "--entree",
    "source",
    type=click.Path(path_type=Path),
    required=True,
    metavar="FICHIER",
    help="Les demandes : .csv, .parquet, .jsonl ou .xlsx, une ligne par demande, une colonne par fait.",
)
@output_option(
    "Les décisions : .csv, .parquet, .jsonl ou .xlsx (écrit d'un coup, jamais à moitié).", name="target", required=True
)
@click.option(
    "--moteur",
    type=click.Choice(["duckdb", "spark", "python"]),
    default="duckdb",
    show_default=True,
    help="duckdb (intégré), spark (mode local ou cluster via spark-submit) ou python (le validateur, ligne à ligne).",
)
@handle_errors
def lot(circular: Path, source: Path, target: Path, moteur: str) -> None:
    try:
        from circdsl import batch
    except ImportError:
        raise UserError("circ lot demande duckdb, sqlglot et pyarrow : pip install 'circdsl[lot]'") from None
    model = _compile_one(circular)
    validator = project.load_validator(model)
    with _campaign_progress() as progress:
        try:
            report = batch.run_campaign(model, validator, source, target, moteur, progress)
        except batch.BatchError as error:
            raise UserError(str(error)) from None
    if report.warnings:
        click.echo(render_all(report.warnings), err=True)
    counts = ", ".join(f"{count} {status}" for status, count in sorted(report.statuses.items()))
    click.echo(f"{report.rows} demande(s) : {counts}.", err=True)
    if report.python_rows:
        click.echo(
            f"{report.python_rows} demande(s) décidée(s) par le validateur Python (nombres de plus de 6 décimales).",
            err=True,
        )
    click.echo(f"décisions écrites : {target} (moteur {report.engine})", err=True)


@main.command(
    help="Lancer le serveur de langage (LSP) pour un éditeur : il dialogue sur l'entrée et la sortie standard."
)
@click.option(
    "--stdio",
    is_flag=True,
    help="Dialoguer sur l'entrée et la sortie standard (le seul mode, accepté pour les éditeurs qui le passent).",
)
@handle_errors
def lsp(stdio: bool) -> None:
    try:
        from circdsl.lsp.server import serve
    except ImportError as error:
        if error.name not in ("pygls", "lsprotocol") and not str(error.name).startswith(("pygls.", "lsprotocol.")):
            raise
        raise UserError("circ lsp demande le paquet pygls : pip install 'circdsl[lsp]'") from None
    serve()


# ---------------------------------------------------------------- the web service


@main.command(
    help="Servir les circulaires sur le web : API JSON (décision, liste de pièces, calendrier, schéma, "
    "éligibilité) et questionnaire du demandeur. Nécessite l'extra circdsl[serveur]."
)
@paths_argument
@click.option("--hote", "host", default="127.0.0.1", show_default=True, metavar="ADRESSE", help="Adresse d'écoute.")
@click.option(
    "--port", default=8000, show_default=True, type=click.IntRange(0, 65535), metavar="PORT", help="Port d'écoute."
)
@handle_errors
def serve(paths: tuple[Path, ...], host: str, port: int) -> None:
    try:
        import uvicorn

        from circdsl.serve.app import create_app
    except ImportError:
        raise UserError("circ serve a besoin de FastAPI et d'uvicorn : pip install 'circdsl[serveur]'") from None
    from circdsl.serve.catalogue import Catalogue

    chosen = _paths(paths)
    _check_free(host, port)
    catalogue = Catalogue.load(chosen)
    if not catalogue.entries:
        raise UserError("aucune circulaire trouvée (indiquez un fichier .circ ou un dossier qui en contient)")
    say(f"{len(catalogue.entries)} circulaire(s) servie(s) sur http://{host}:{port}/ (Ctrl+C pour arrêter)", err=True)
    # No access log: a request line is harmless, but nothing of an applicant's visit is kept.
    uvicorn.run(create_app(catalogue), host=host, port=port, access_log=False, log_level="warning")


def _check_free(host: str, port: int) -> None:
    """A French error if the address cannot be listened on (uvicorn would log it in English)."""
    import errno
    import socket

    reasons = {
        errno.EADDRINUSE: "ce port est déjà utilisé ; choisissez-en un autre avec --port",
        errno.EACCES: "permission refusée (un port inférieur à 1024 demande des droits d'administrateur)",
        errno.EADDRNOTAVAIL: "cette adresse n'est pas celle de cette machine",
    }
    try:
        with socket.create_server((host, port)):
            pass
    except OSError as error:
        if isinstance(error, socket.gaierror) or (error.errno or 0) < 0:  # a name that does not resolve
            raise UserError(f"adresse d'écoute inconnue : {host}") from None
        reason = reasons.get(error.errno or 0) or french_os_error(error)
        raise UserError(f"impossible d'écouter sur {host}:{port} : {reason}") from None


@contextlib.contextmanager
def _campaign_progress() -> Iterator[Callable[[str, int, int], None] | None]:
    """A progress bar on a terminal (stage, rows done out of rows); nothing in a file or a pipe."""
    if not sys.stderr.isatty():
        yield None
        return
    with click.progressbar(length=1, label="lecture", file=sys.stderr, show_pos=True) as bar:

        def advance(stage: str, done: int, total: int) -> None:
            bar.label, bar.length, bar.pos = stage, max(total, 1), min(done, max(total, 1))
            bar.render_progress()

        yield advance


# ---------------------------------------------------------------- circ build --watch


def _watch_build(
    chosen: list[Path], root: Path, output: Path, check_only: bool, interval: float, use_cache: bool = True
) -> None:
    """Build, then build again on every change, until Ctrl-C (exit 0). A failed build keeps watching."""
    from circdsl.watch import watch

    if check_only:
        raise UserError("--watch écrit generated/ à chaque modification : il ne va pas avec --check")

    def build_now() -> None:
        click.echo(f"[{time.strftime('%H:%M:%S')}] compilation…")
        try:
            if not _build_once(chosen, root, output, check_only=False, use_cache=use_cache):
                click.echo("la compilation a échoué : generated/ n'a pas été modifié.", err=True)
        except UserError as error:
            say(f"erreur : {error}", err=True)
        except Exception as error:  # a bug of circdsl must not end the watch
            click.echo(f"erreur interne de circdsl ({type(error).__name__}) : {error}", err=True)
        click.echo("en attente de modifications (Ctrl-C pour arrêter)…")

    def announce(changed: list[Path]) -> None:
        shown = ", ".join(display_path(path) for path in changed[:5])
        more = f" et {len(changed) - 5} autre(s)" if len(changed) > 5 else ""
        click.echo(f"modifié : {shown}{more}")

    try:
        watch(chosen, output, build_now, announce, interval)
    except KeyboardInterrupt:
        click.echo("surveillance arrêtée.")


# ---------------------------------------------------------------- circ fmt


@main.command(
    name="fmt", help="Mettre les fichiers .circ en forme : une seule mise en page, commentaires et sens gardés."
)
@paths_argument
@click.option("--check", "check_only", is_flag=True, help="Ne rien écrire ; échouer si un fichier n'est pas en forme.")
@click.option("--diff", "show_diff", is_flag=True, help="Ne rien écrire ; afficher les changements (diff unifié).")
@handle_errors
def fmt(paths: tuple[Path, ...], check_only: bool, show_diff: bool) -> None:
    from circdsl.fmt import files as formatting

    results = formatting.format_paths(_paths(paths))
    write = not (check_only or show_diff)
    colour = wants_colour(sys.stdout)
    for result in results:
        if result.diagnostics:
            click.echo(render_all(result.diagnostics), err=True)
        elif result.bug is not None:
            click.echo(f"erreur interne de circdsl : {result.bug}", err=True)
        elif not result.changed:
            continue
        elif write:
            try:
                formatting.write_atomically(result.path, result.formatted or "")
            except OSError as error:
                raise UserError(f"impossible d'écrire {result.name} : {french_os_error(error)}") from None
            click.echo(f"mis en forme : {result.name}")
        elif show_diff:
            for line in formatting.unified_diff(result):
                click.echo(_diff_line(line, colour), nl=False)
        else:
            click.echo(f"à mettre en forme : {result.name}")
    _fmt_summary(results, write)


def _fmt_summary(results: list[Any], written: bool) -> None:
    """The last lines of `circ fmt` and its exit code: 1 for errors or (without writing) changes, 2 for a bug."""
    failed = [r for r in results if r.diagnostics or r.bug]
    changed = [r for r in results if r.changed]
    if written:
        click.echo(
            f"{len(results)} fichier(s) : {len(changed)} mis en forme, {len(results) - len(changed) - len(failed)} déjà en forme."
        )
    elif changed:
        click.echo(
            f"{len(changed)} fichier(s) à mettre en forme : lancez « circ fmt » puis validez le résultat.", err=True
        )
    elif not failed:
        click.echo(f"{len(results)} fichier(s) déjà en forme.")
    if failed:
        click.echo(
            f"{len(failed)} fichier(s) laissé(s) tel(s) quel(s) : corrigez les erreurs ci-dessus puis relancez.",
            err=True,
        )
    if any(r.bug for r in results):
        sys.exit(EXIT_INTERNAL)
    if failed or (changed and not written):
        sys.exit(EXIT_USER)


def _diff_line(line: str, colour: bool) -> str:
    if not colour or line.startswith(("+++", "---")):
        return line
    shade = {"+": "green", "-": "red", "@": "cyan"}.get(line[:1])
    return click.style(line, fg=shade) if shade else line


# ---------------------------------------------------------------- circ init


@main.command(help="Créer le dépôt de circulaires d'un rectorat : vocabulaire commun, exemple, site, CI et pre-commit.")
@click.argument("folder", type=click.Path(path_type=Path), metavar="DOSSIER")
@click.option("--titre", default="Circulaires RH", show_default=True, help="Titre du site et du README.")
@handle_errors
def init(folder: Path, titre: str) -> None:
    from circdsl.init_project import ProjectExists, create_project

    try:
        created = create_project(folder, titre)
    except ProjectExists as error:
        raise UserError(str(error)) from None
    except OSError as error:
        raise UserError(f"impossible d'écrire dans {folder} : {french_os_error(error)}") from None
    click.echo(f"Dépôt créé dans {display_path(folder)} : {len(created.files)} fichiers, et generated/ compilé.")
    click.echo("  circulars/commun.circ          le vocabulaire commun des circulaires du dépôt")
    click.echo("  circulars/exemple.circ         une circulaire d'exemple et ses cas, à remplacer par les vôtres")
    click.echo("  circulars/sources/exemple.txt  le texte source qu'elle cite")
    click.echo("  README.md, Makefile, mkdocs.yml, .gitlab-ci.yml, .github/workflows/circ.yml, .pre-commit-config.yaml")
    click.echo("Ensuite :")
    click.echo(f"  cd {display_path(folder)}")
    click.echo("  make build    # ou, sans make : voir le README")
    click.echo("  make test")


def _french_usage_error(error: click.ClickException) -> str:
    """A usage error in French, with the suggestions click found."""
    if isinstance(error, click.exceptions.NoSuchOption):
        close = f" ; vouliez-vous dire {' ou '.join(error.possibilities)} ?" if error.possibilities else ""
        return f"option inconnue : {error.option_name}{close}"
    if isinstance(error, click.exceptions.UsageError) and error.message.startswith("commande inconnue"):
        return f"{error.message} Commandes : {', '.join(main.commands)}."
    return error.format_message()


def run() -> None:
    """Console-script entry: click usage errors are user errors (exit 1), in French; the output
    is flushed here, so that a reader gone early (`| head`) is noticed while we can still stop quietly."""
    try:
        _run()
    finally:
        try:
            sys.stdout.flush()
        except BrokenPipeError:
            _stop_writing()
            sys.exit(EXIT_BROKEN_PIPE)  # replaces the command's own exit code


def _run() -> None:
    try:
        main.main(prog_name="circ", standalone_mode=False)
    except click.exceptions.Exit as done:
        sys.exit(done.exit_code)
    except click.exceptions.Abort:
        say("interrompu.", err=True)
        sys.exit(EXIT_USER)
    except click.ClickException as error:
        say(f"erreur : {_french_usage_error(error)}", err=True)
        context = getattr(error, "ctx", None)
        command = context.command_path if context is not None else "circ"
        say(f"Lancez « {command} --help » pour l'aide.", err=True)
        sys.exit(EXIT_USER)
    except BrokenPipeError:
        _stop_writing()
        sys.exit(EXIT_BROKEN_PIPE)
