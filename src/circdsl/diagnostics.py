"""User-facing diagnostics: codes, French messages, rendering with a caret."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from enum import Enum

from circdsl.source import SourceFile, Span


class Level(Enum):
    ERROR = "erreur"
    WARNING = "avertissement"


# Every diagnostic the compiler can emit: code -> (level, short title).
# The documentation's catalogue is checked against this table.
CATALOGUE: dict[str, tuple[Level, str]] = {
    "E001": (Level.ERROR, "caractère inattendu"),
    "E002": (Level.ERROR, "élément inattendu"),
    "E003": (Level.ERROR, "fin de fichier inattendue"),
    "E005": (Level.ERROR, "expression trop longue ou trop imbriquée"),
    "E006": (Level.ERROR, "nombre trop grand ou trop précis"),
    "E010": (Level.ERROR, "fichier introuvable ou illisible"),
    "E011": (Level.ERROR, "information d'en-tête manquante"),
    "E012": (Level.ERROR, "information d'en-tête en double"),
    "E013": (Level.ERROR, "import invalide"),
    "E014": (Level.ERROR, "fichier refusé : lien symbolique, fichier spécial ou texte hors de sources/"),
    "E101": (Level.ERROR, "nom inconnu"),
    "E102": (Level.ERROR, "nom déclaré deux fois"),
    "E103": (Level.ERROR, "nom réservé ou trop long"),
    "E104": (Level.ERROR, "valeur de choix inconnue"),
    "E105": (Level.ERROR, "nom d'un autre genre que celui attendu"),
    # Shared data files (« données »), imported by circulars like the vocabulary.
    "E120": (Level.ERROR, "déclaration interdite dans un fichier de données"),
    "E121": (Level.ERROR, "nom déjà défini dans un fichier importé"),
    "E122": (Level.ERROR, "import interdit dans un fichier de données"),
    "E123": (Level.ERROR, "citation sans texte source"),
    "E201": (Level.ERROR, "unités incompatibles"),
    "E202": (Level.ERROR, "type incompatible"),
    "E203": (Level.ERROR, "nombre sans unité"),
    "E204": (Level.ERROR, "bornes invalides"),
    "E301": (Level.ERROR, "clause manquante"),
    "E302": (Level.ERROR, "clause en double"),
    "E303": (Level.ERROR, "citation manquante"),
    "E304": (Level.ERROR, "référence inconnue dans un message"),
    "E305": (Level.ERROR, "exception sans objet"),
    "E306": (Level.ERROR, "ligne de table incomplète"),
    "E307": (Level.ERROR, "table : combinaison non couverte"),
    "E308": (Level.ERROR, "table : lignes qui se chevauchent"),
    "E309": (Level.ERROR, "table sans entrée ou sans résultat"),
    "E310": (Level.ERROR, "table trop complexe pour être vérifiée entièrement"),
    "E401": (Level.ERROR, "citation introuvable dans le texte source"),
    "E501": (Level.ERROR, "pièce médicale transmise à un service non médical"),
    "E601": (Level.ERROR, "date ou heure invalide"),
    "E602": (Level.ERROR, "période inversée"),
    "E603": (Level.ERROR, "arrondi des mois non précisé"),
    "E604": (Level.ERROR, "délai relatif invalide"),
    "E701": (Level.ERROR, "valeur de cas invalide"),
    "E702": (Level.ERROR, "cas sans résultat attendu"),
    "E703": (Level.ERROR, "fait renseigné deux fois dans un cas"),
    # Static analyses (analyzer.py), run once the checker found no error.
    "E801": (Level.ERROR, "règle qui ne s'applique jamais"),
    "E802": (Level.ERROR, "règle jamais respectée"),
    "E803": (Level.WARNING, "règle jamais en défaut"),
    "E804": (Level.WARNING, "exception qui ne joue jamais"),
    "E805": (Level.WARNING, "exceptions aux issues contradictoires"),
    "E806": (Level.WARNING, "règle en double"),
    "E807": (Level.ERROR, "règles contradictoires"),
    "E808": (Level.WARNING, "condition jamais vraie"),
    "E811": (Level.WARNING, "fait déclaré mais jamais utilisé"),
    "E812": (Level.WARNING, "service qui ne reçoit rien"),
    "E813": (Level.ERROR, "pièce transmise à personne"),
    "E821": (Level.ERROR, "échéance antérieure à la circulaire"),
    "E822": (Level.WARNING, "date hors de l'année scolaire"),
    "E831": (Level.WARNING, "citation trop courte"),
    "E832": (Level.WARNING, "citation trouvée à plusieurs endroits"),
    # The yearly update: what last year's file leaves behind (analysis/review.py, staleness.py, cited_dates.py).
    "E850": (Level.WARNING, "valeur à revoir"),
    "E851": (Level.WARNING, "année d'une autre campagne dans un texte"),
    "E852": (Level.WARNING, "date citée différente de la date encodée"),
    "E853": (Level.WARNING, "date de la circulaire absente"),
    "E854": (Level.WARNING, "date de la circulaire incohérente"),
    "E855": (Level.WARNING, "citation reprise pour des déclarations sans rapport"),
    "E856": (Level.WARNING, "date de cas hors de la campagne"),
    # Passages of the source text outside the rules (« hors règles », « partie »).
    "E870": (Level.ERROR, "fin de passage introuvable"),
    "E871": (Level.ERROR, "raison hors règles vide ou trop longue"),
    "E872": (Level.ERROR, "phrase normative hors règles sans raison"),
    "E873": (Level.WARNING, "passage hors règles déjà cité"),
    # Dates named or bounded (« le webinaire », « à partir du … », « à 23h59 »): check/calendar.py.
    "E880": (Level.ERROR, "date nommée inconnue"),
    "E881": (Level.ERROR, "échéance à une heure exclue"),
    # Pieces whose label speaks of health (check/health.py).
    "E890": (Level.WARNING, "pièce de santé non déclarée médicale"),
    "E891": (Level.ERROR, "pièce à la fois médicale et non médicale"),
    # Campaign files read by `circ lot` (batch.py): the file and its header line, not a .circ file.
    "E901": (Level.ERROR, "fichier de demandes illisible"),
    "E902": (Level.WARNING, "colonne qui n'est pas un fait"),
    "E903": (Level.ERROR, "deux colonnes pour un même fait"),
    "E904": (Level.ERROR, "aucune colonne ne désigne un fait"),
}


@dataclass(frozen=True)
class Related:
    """A second place a diagnostic points at (« première déclaration ici »), maybe in another file."""

    message: str
    file: str
    span: Span
    excerpt: str = ""  # that place's line and its caret, when its file is at hand

    def render(self) -> str:
        head = f"{self.file}:{self.span.line}:{self.span.column}: note : {self.message}"
        return f"{head}\n{self.excerpt}" if self.excerpt else head


@dataclass(frozen=True)
class Fix:
    """A correction an editor can apply as it is: write `replacement` in place of the text of `span`.

    Filled where the compiler knows the intended text (« vouliez-vous dire … ? »); the language
    server offers each fix as a quick fix titled `title` (in French)."""

    span: Span
    replacement: str
    title: str

    @classmethod
    def replace_by(cls, span: Span, replacement: str) -> Fix:
        return cls(span, replacement, f"Remplacer par « {replacement} »")


@dataclass(frozen=True)
class Diagnostic:
    """One problem found in a .circ file, located by a span."""

    code: str
    message: str
    file: str
    span: Span
    hint: str | None = None
    excerpt: str = ""  # the source line and its caret, filled in by the sink
    related: tuple[Related, ...] = ()  # other places involved, shown under the excerpt
    fixes: tuple[Fix, ...] = ()  # corrections an editor may apply, in this diagnostic's file

    @property
    def level(self) -> Level:
        return CATALOGUE[self.code][0]

    @property
    def sort_key(self) -> tuple[str, int, int, str]:
        return (self.file, self.span.line, self.span.column, self.code)

    def render(self) -> str:
        head = f"{self.file}:{self.span.line}:{self.span.column}: {self.level.value} [{self.code}] : {self.message}"
        parts = [head]
        if self.excerpt:
            parts.append(self.excerpt)
        parts += [related.render() for related in self.related]
        if self.hint:
            parts.append(f"  aide : {self.hint}")
        return "\n".join(parts)


def _no_other_file(name: str) -> SourceFile | None:
    return None


@dataclass
class DiagnosticSink:
    """Collects the diagnostics of one source file.

    `other_files` gives the text of another file (a vocabulary) by its shown name, so that a
    diagnostic can show the line of a related place there."""

    source: SourceFile
    items: list[Diagnostic] = field(default_factory=list)
    other_files: Callable[[str], SourceFile | None] = _no_other_file

    def error(
        self,
        code: str,
        span: Span,
        message: str,
        hint: str | None = None,
        related: Sequence[tuple[Span, str]] = (),
        fixes: Sequence[Fix] = (),
    ) -> None:
        """Report `message` at `span`; `related` lists other places involved, each with what it is;
        `fixes` are corrections of this file an editor may apply."""
        if code not in CATALOGUE:
            raise KeyError(f"diagnostic code {code} missing from CATALOGUE")
        file, excerpt = self._locate(span)
        notes = tuple(self._related(place, text) for place, text in related)
        located = tuple(Fix(fix.span.in_file(file), fix.replacement, fix.title) for fix in fixes)
        self.items.append(Diagnostic(code, message, file, span.in_file(file), hint, excerpt, notes, located))

    warning = error  # the level comes from the catalogue

    def _related(self, span: Span, message: str) -> Related:
        file, excerpt = self._locate(span)
        return Related(message, file, span.in_file(file), excerpt)

    def _locate(self, span: Span) -> tuple[str, str]:
        """The file a span is in, and the excerpt of its line (empty if that file is not at hand)."""
        if span.file in ("", self.source.name):
            return self.source.name, self.source.excerpt(span)
        other = self.other_files(span.file)
        return span.file, other.excerpt(span) if other is not None else ""

    @property
    def has_errors(self) -> bool:
        return any(d.level is Level.ERROR for d in self.items)


class CompileError(Exception):
    """Raised when a file has errors; carries every diagnostic, sorted."""

    def __init__(self, diagnostics: list[Diagnostic]):
        super().__init__(f"{len(diagnostics)} diagnostic(s)")
        self.diagnostics = sorted(diagnostics, key=lambda d: d.sort_key)


def render_all(diagnostics: list[Diagnostic]) -> str:
    """Render diagnostics in order, followed by a French summary line."""
    ordered = sorted(diagnostics, key=lambda d: d.sort_key)
    errors = sum(1 for d in ordered if d.level is Level.ERROR)
    warnings = len(ordered) - errors
    lines = [d.render() for d in ordered]
    lines.append(f"{_count(errors, 'erreur')}, {_count(warnings, 'avertissement')}.")
    return "\n\n".join(lines[:-1]) + ("\n\n" if ordered else "") + lines[-1]


def _count(n: int, word: str) -> str:
    return f"{n} {word}{'s' if n > 1 else ''}"
