"""The `circ` command: build, check, eval and test circulars. Messages in French.

Exit codes: 0 success, 1 user error or failed case, 2 internal error.
"""

from __future__ import annotations

import contextlib
import functools
import json
import os
import sys
import time
import traceback
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, TypeVar

import click

from circdsl import project
from circdsl import runtime as rt
from circdsl.cases import rules_exercised, run_cases, table_rows_exercised
from circdsl.compiler import Compiler, display_path, is_vocabulary
from circdsl.diagnostics import CompileError, render_all
from circdsl.progress import progress_line
from circdsl.report import render_decision

EXIT_OK, EXIT_USER, EXIT_INTERNAL = 0, 1, 2
DEFAULT_CIRCULARS = Path("circulars")
GENERATED = "generated"
F = TypeVar("F", bound=Callable[..., Any])


class UserError(Exception):
    """A mistake of the user, reported in French without a traceback."""


def handle_errors(command: F) -> F:
    """Turn user errors into French messages and exit 1; anything else is internal (exit 2)."""

    @functools.wraps(command)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return command(*args, **kwargs)
        except CompileError as error:
            click.echo(render_all(error.diagnostics), err=True)
            sys.exit(EXIT_USER)
        except rt.SituationError as error:
            click.echo("Situation invalide :", err=True)
            for item in error.errors:
                click.echo(f"  {item.field} : {item.message}", err=True)
            sys.exit(EXIT_USER)
        except UserError as error:
            click.echo(f"erreur : {error}", err=True)
            sys.exit(EXIT_USER)
        except (click.exceptions.Exit, click.ClickException, SystemExit):
            raise
        except Exception as error:
            click.echo(f"erreur interne de circdsl ({type(error).__name__}) : {error}", err=True)
            click.echo(
                "Ce n'est pas une erreur de votre fichier : merci de la signaler avec la commande lancée.", err=True
            )
            if os.environ.get("CIRCDSL_DEBUG"):
                traceback.print_exc()
            sys.exit(EXIT_INTERNAL)

    return wrapper  # type: ignore[return-value]


HEADINGS = {"Commands": "Commandes"}


class FrenchHelpFormatter(click.HelpFormatter):
    """Help pages with French headings."""

    def write_usage(self, prog: str, args: str = "", prefix: str | None = None) -> None:
        super().write_usage(prog, args.replace("COMMAND", "COMMANDE"), "Utilisation : ")

    def write_heading(self, heading: str) -> None:
        super().write_heading(HEADINGS.get(heading, heading))


class FrenchCommand(click.Command):
    """A command whose help option speaks French."""

    def get_help_option(self, ctx: click.Context) -> click.Option | None:
        option = super().get_help_option(ctx)
        if option is not None:
            option.help = "Afficher cette aide et quitter."
        return option


class FrenchGroup(FrenchCommand, click.Group):
    command_class = FrenchCommand


click.Context.formatter_class = FrenchHelpFormatter
CONTEXT = {"help_option_names": ["-h", "--help"]}


@click.group(
    cls=FrenchGroup,
    help="circdsl : compiler les circulaires RH écrites en .circ en validateurs et en documentation.",
    context_settings=CONTEXT,
)
@click.version_option(package_name="circdsl", message="circdsl %(version)s", help="Afficher la version et quitter.")
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
        click.echo(render_all(result.diagnostics), err=True)


@main.command(help="Compiler les circulaires en validateurs Python dans generated/.")
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path), metavar="[CHEMINS]...")
@click.option(
    "--sortie",
    "output",
    type=click.Path(path_type=Path),
    metavar="DOSSIER",
    default=None,
    help="Dossier des fichiers générés (par défaut : generated/ à côté du dossier des circulaires).",
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
@handle_errors
def build(paths: tuple[Path, ...], output: Path | None, check_only: bool, watching: bool, interval: float) -> None:
    chosen = _paths(paths)
    root = project_root(chosen[0])
    output = output or root / GENERATED
    if watching:
        _watch_build(chosen, root, output, check_only, interval)
    elif not _build_once(chosen, root, output, check_only):
        sys.exit(EXIT_USER)


def _build_once(chosen: list[Path], root: Path, output: Path, check_only: bool) -> bool:
    """One build (or check with `check_only`), reported; False if it failed or generated/ is stale."""
    # Names in generated files are relative to the project root, so builds match from any directory.
    with progress_line(sys.stderr) as progress:
        result = project.compile_all(chosen, Compiler(root=root), progress)
    _report_diagnostics(result)
    if result.failed:
        return False
    project.plan_outputs(result, output)
    if check_only:
        stale = project.stale_files(result, output)
        for path in stale:
            click.echo(f"périmé : {display_path(path)}", err=True)
        if stale:
            click.echo("generated/ n'est pas à jour : lancez « circ build » et validez le résultat.", err=True)
            return False
        click.echo(f"generated/ est à jour ({len(result.outputs)} fichiers).")
        return True
    touched = project.write_outputs(result, output)
    for path in touched:
        click.echo(f"écrit : {display_path(path)}")
    click.echo(f"{len(result.circulars)} circulaire(s) compilée(s), {len(touched)} fichier(s) modifié(s).")
    return True


@main.command(help="Vérifier des fichiers .circ et afficher les diagnostics, sans rien générer.")
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path), metavar="[CHEMINS]...")
@handle_errors
def check(paths: tuple[Path, ...]) -> None:
    result = project.compile_all(_paths(paths))
    _report_diagnostics(result)
    if result.failed:
        sys.exit(EXIT_USER)
    if not result.diagnostics:
        click.echo(f"{len(result.circulars)} circulaire(s) vérifiée(s) : aucun problème.")


def _compile_one(path: Path) -> Any:
    if not path.is_file():
        raise UserError(f"fichier introuvable : {path}")
    if is_vocabulary(path):
        raise UserError(f"{path} est un vocabulaire : indiquez une circulaire qui l'utilise")
    return Compiler().compile_file(path).circular


def _read_situation(path: Path) -> Any:
    try:
        text = sys.stdin.read() if str(path) == "-" else path.read_text(encoding="utf-8")
    except OSError as error:
        raise UserError(f"impossible de lire la situation {path} : {error.strerror}") from None
    except UnicodeDecodeError:
        raise UserError(f"la situation {path} n'est pas un texte UTF-8 : enregistrez le JSON en UTF-8") from None
    try:
        return json.loads(text)
    except json.JSONDecodeError as error:
        raise UserError(f"{path}:{error.lineno}:{error.colno}: JSON invalide ({error.msg})") from None
    except RecursionError:
        raise UserError(f"{path} : JSON trop profondément imbriqué pour être une situation") from None


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
    model = _compile_one(circular)
    situation = _read_situation(facts)
    decision = project.load_validator(model).evaluate(situation)
    click.echo(decision.to_json() if as_json else render_decision(decision), nl=not as_json)
    if as_json:
        click.echo()


@main.command(help="Exécuter les cas d'exemple des circulaires.")
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path), metavar="[CHEMINS]...")
@click.option(
    "--couverture", is_flag=True, help="Montrer, pour chaque règle, si les cas l'exercent respectée et en défaut."
)
@handle_errors
def test(paths: tuple[Path, ...], couverture: bool) -> None:
    result = project.compile_all(_paths(paths))
    _report_diagnostics(result)
    if result.failed:
        sys.exit(EXIT_USER)
    passed = failed = 0
    for circular in result.circulars:
        validator = project.load_validator(circular)
        click.echo(f"{circular.file} ({len(circular.cases)} cas)")
        for outcome in run_cases(validator, circular):
            mark = "ok " if outcome.passed else "ÉCHEC"
            click.echo(f"  {mark} ligne {outcome.case.line} : {outcome.case.label}")
            for problem in outcome.problems:
                click.echo(f"        {problem}")
            passed += outcome.passed
            failed += not outcome.passed
        if couverture:
            _coverage(validator, circular)
    click.echo(f"{passed} cas réussi(s), {failed} en échec.")
    if failed:
        sys.exit(EXIT_USER)


def _coverage(validator: Any, circular: Any) -> None:
    gaps = []
    exercised = rules_exercised(validator, circular)
    for rule in circular.rules:
        ways = exercised[rule.name]
        if rule.requires is None:
            missing = [] if "respectée" in ways else ["affichée"]
        else:
            missing = [w for w in ("respectée", "en défaut") if w not in ways]
        if missing:
            gaps.append(f"    {rule.name} (ligne {rule.line}) : jamais {' ni '.join(missing)}")
    rows = table_rows_exercised(validator, circular)
    for table in circular.tables:
        for row in (*table.rows, *((table.default,) if table.default else ())):
            if row.line not in rows[table.name]:
                gaps.append(f"    table {table.name}, ligne {row.line} : jamais atteinte par un cas")
    if gaps:
        click.echo("  couverture : règles ou lignes de table pas encore exercées par un cas")
        for gap in gaps:
            click.echo(gap)
    else:
        lines = sum(len(t.rows) + (1 if t.default else 0) for t in circular.tables)
        tables = f" et les {lines} lignes de ses tables atteintes" if lines else ""
        click.echo(f"  couverture : les {len(circular.rules)} règles sont exercées respectées et en défaut{tables}")


# ---------------------------------------------------------------- checklist and calendar


def _write_or_echo(text: str | bytes, output: Path | None, what: str) -> None:
    """Write to the --sortie file (the only place a situation's consequences are written), else stdout."""
    if output is None:
        if isinstance(text, bytes):
            sys.stdout.buffer.write(text)
            sys.stdout.flush()
        else:
            click.echo(text, nl=False)
        return
    try:
        if isinstance(text, bytes):
            output.write_bytes(text)
        else:
            output.write_text(text, encoding="utf-8", newline="\n")
    except OSError as error:
        raise UserError(f"impossible d'écrire {output} : {error.strerror}") from None
    click.echo(f"{what} écrit : {output}", err=True)


@main.command(help="Liste personnelle d'un demandeur : pièces à fournir, envoi, dates limites et avis.")
@click.argument("circular", type=click.Path(path_type=Path), metavar="CIRCULAIRE")
@facts_option
@click.option("--html", "as_html", is_flag=True, help="Page HTML imprimable (cases à cocher) au lieu de Markdown.")
@click.option(
    "--sortie",
    "output",
    type=click.Path(path_type=Path),
    metavar="FICHIER",
    default=None,
    help="Écrire la liste dans ce fichier (par défaut : la sortie standard).",
)
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
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path), metavar="[CHEMINS]...")
@click.option(
    "--faits",
    "facts",
    type=click.Path(path_type=Path),
    metavar="FICHIER",
    default=None,
    help="Situation d'un demandeur (JSON) : son calendrier personnel pour une circulaire, avec ses échéances "
    "calculées et des rappels ; « - » pour l'entrée standard.",
)
@click.option(
    "--sortie",
    "output",
    type=click.Path(path_type=Path),
    metavar="FICHIER",
    default=None,
    help="Fichier .ics à écrire (par défaut : la sortie standard).",
)
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
@click.option(
    "--sortie",
    "output",
    type=click.Path(path_type=Path),
    metavar="FICHIER",
    default=None,
    help="Fichier .sql à écrire (par défaut : la sortie standard).",
)
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
@click.option(
    "--sortie",
    "target",
    type=click.Path(path_type=Path),
    required=True,
    metavar="FICHIER",
    help="Les décisions : .csv, .parquet, .jsonl ou .xlsx (écrit d'un coup, jamais à moitié).",
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


def _watch_build(chosen: list[Path], root: Path, output: Path, check_only: bool, interval: float) -> None:
    """Build, then build again on every change, until Ctrl-C (exit 0). A failed build keeps watching."""
    from circdsl.watch import watch

    if check_only:
        raise UserError("--watch écrit generated/ à chaque modification : il ne va pas avec --check")

    def build_now() -> None:
        click.echo(f"[{time.strftime('%H:%M:%S')}] compilation…")
        try:
            if not _build_once(chosen, root, output, check_only=False):
                click.echo("la compilation a échoué : generated/ n'a pas été modifié.", err=True)
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
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path), metavar="[CHEMINS]...")
@click.option("--check", "check_only", is_flag=True, help="Ne rien écrire ; échouer si un fichier n'est pas en forme.")
@click.option("--diff", "show_diff", is_flag=True, help="Ne rien écrire ; afficher les changements (diff unifié).")
@handle_errors
def fmt(paths: tuple[Path, ...], check_only: bool, show_diff: bool) -> None:
    from circdsl.fmt import files as formatting

    results = formatting.format_paths(_paths(paths))
    write = not (check_only or show_diff)
    colour = _colour(sys.stdout)
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
                raise UserError(f"impossible d'écrire {result.name} : {error.strerror}") from None
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


def _colour(stream: Any) -> bool:
    """Colours only on a terminal, and never when NO_COLOR is set (https://no-color.org)."""
    return bool(getattr(stream, "isatty", lambda: False)()) and not os.environ.get("NO_COLOR")


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
        raise UserError(f"impossible d'écrire dans {folder} : {error.strerror}") from None
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
    """The common click usage errors, in French."""
    if isinstance(error, click.exceptions.NoSuchOption):
        close = f" ; vouliez-vous dire {' ou '.join(error.possibilities)} ?" if error.possibilities else ""
        return f"option inconnue : {error.option_name}{close}"
    if isinstance(error, click.exceptions.BadOptionUsage):
        return f"option mal employée : {error.option_name}"
    if isinstance(error, click.exceptions.UsageError) and "No such command" in error.message:
        name = error.message.split(" ")[-1].strip("'.")
        return f"commande inconnue : « {name} » ; commandes : {', '.join(main.commands)}"
    if isinstance(error, click.exceptions.UsageError) and error.message.startswith("Got unexpected extra argument"):
        return f"argument en trop : {error.message.split('(', 1)[-1].rstrip(')')}"
    return error.format_message()


def run() -> None:
    """Console-script entry: click usage errors are user errors (exit 1), in French."""
    try:
        main.main(standalone_mode=False)
    except click.exceptions.Exit as done:
        sys.exit(done.exit_code)
    except click.exceptions.Abort:
        click.echo("interrompu.", err=True)
        sys.exit(EXIT_USER)
    except click.ClickException as error:
        click.echo(f"erreur : {_french_usage_error(error)}", err=True)
        click.echo("Lancez « circ --help » pour l'aide.", err=True)
        sys.exit(EXIT_USER)
