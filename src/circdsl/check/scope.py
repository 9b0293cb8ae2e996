"""The scope of a circular: the names it declares and imports, by namespace, the checked
model objects they name so far, and how a name that is not declared is reported."""

from __future__ import annotations

import difflib
from collections.abc import Iterable, Sequence
from pathlib import PurePosixPath

from circdsl import model as m
from circdsl import nodes as n
from circdsl.diagnostics import DiagnosticSink, Fix
from circdsl.parser import keywords
from circdsl.source import Span

MAX_NAME_LENGTH = 80

# Declaration -> (namespace, the word for its kind in messages). Facts, values and tables
# share the namespace of expressions; the calendar's names share another.
NAMESPACES: dict[type, tuple[str, str]] = {
    n.FactDecl: ("expr", "fait"),
    n.ValueDecl: ("expr", "valeur"),
    n.RuleDecl: ("règle", "règle"),
    n.DocumentDecl: ("pièce", "pièce"),
    n.ServiceDecl: ("service", "service"),
    n.DeadlineDecl: ("calendrier", "échéance"),
    n.PeriodDecl: ("calendrier", "période"),
    n.TableDecl: ("expr", "table"),
    n.EventDecl: ("calendrier", "événement"),
    n.OpinionDecl: ("avis", "avis"),
    n.ExaminationDecl: ("examen", "examen"),
}
FIRST_DECLARATION = "première déclaration ici"


class Scope:
    """What a checking pass can see: the names declared so far and where to report."""

    def __init__(self, sink: DiagnosticSink):
        self.sink = sink
        self.file = sink.source.name
        self.keywords = keywords()
        self.facts: dict[str, m.Fact] = {}  # imported and local, by name
        self.local_fact_names: list[str] = []
        self.values: dict[str, m.Value] = {}
        self.services: dict[str, m.Service] = {}
        self.deadlines: dict[str, m.Deadline] = {}
        self.periods: dict[str, m.Period] = {}
        self.events: dict[str, m.Event] = {}  # each names its date, in expressions and deadlines
        self.tables: dict[str, m.Table] = {}
        self.broken_tables: set[str] = set()  # tables with errors of their own: their uses are not reported
        self.documents: tuple[m.Document, ...] = ()  # once checked, for « pièces fournies » in rules
        self.rule_names: dict[str, Span] = {}  # declared rules, where they are named
        self.document_names: dict[str, Span] = {}
        self.case_facts: dict[str, dict[str, object]] = {}  # case label -> its facts, for « reprend »
        self.case_labels: dict[str, Span] = {}  # case label -> where it is declared
        self.kinds: dict[str, str] = {}  # fact/value/table name -> kind word, for messages
        self.reported: set[n.Name] = set()  # names already reported, not to report again as unknown
        self.used_facts: set[str] = set()  # facts example cases set: kept in the model though nothing reads them
        self.incomplete = False  # an import failed: unknown names are not reported again
        # Names imported from shared data files (« données »): (namespace, name) -> where it is defined.
        self.shared_names: dict[tuple[str, str], Span] = {}
        # What they declare, each with the line of the « utilise » that brings it: it takes that place.
        self.shared_services: list[tuple[int, m.Service]] = []
        self.shared_tables: list[m.Table] = []  # before the file's own tables, which may read them
        self.shared_documents: list[tuple[int, m.Document]] = []
        self.imported_at: dict[str, int] = {}  # imported fact -> line of the « utilise » that brings it

    # ------------------------------------------------------------ reporting
    def error(
        self,
        code: str,
        span: Span,
        message: str,
        hint: str | None = None,
        related: Sequence[tuple[Span, str]] = (),
        fixes: Sequence[Fix] = (),
    ) -> None:
        self.sink.error(code, span, message, hint, related, fixes)

    def here(self, span: Span) -> Span:
        """A span of this file's syntax tree, located in the file (for the model)."""
        return span.in_file(self.file)

    def written(self, span: Span) -> str:
        """The source text of `span`, on one line (conditions shown in messages and pages)."""
        return " ".join(self.sink.source.slice(span).split())

    # ------------------------------------------------------------ declaring
    def check_name(self, name: n.Name, kind: str) -> bool:
        """E103 for a name that starts with a keyword or is too long."""
        first = name.text.split(".")[0]  # after a dot, a keyword is read as a name
        if first in self.keywords:
            self.error(
                "E103",
                name.span,
                f"« {first} » est un mot-clé du langage et ne peut pas commencer un nom de {kind}",
                "choisissez un autre nom, par exemple en ajoutant un préfixe",
            )
            return False
        if len(name.text) > MAX_NAME_LENGTH:
            self.error(
                "E103",
                name.span,
                f"nom de {kind} trop long ({len(name.text)} caractères, {MAX_NAME_LENGTH} au plus)",
                "choisissez un nom plus court ; le libellé entre guillemets peut être long",
            )
            return False
        return True

    def first_time(
        self,
        name: n.Name,
        seen: dict[str, n.Name],
        message: str,
        hint: str | None = None,
        code: str = "E102",
        note: str = FIRST_DECLARATION,
    ) -> bool:
        """Record `name` in `seen` and say True; if it is already there, report it with its first place."""
        first = seen.get(name.text)
        if first is None:
            seen[name.text] = name
            return True
        self.error(code, name.span, message, hint, [(first.span, note)])
        return False

    def import_facts(self, vocabulary: m.Circular, line: int = 0) -> None:
        for fact in vocabulary.all_facts:
            self.facts.setdefault(fact.name, fact)
            self.kinds.setdefault(fact.name, "fait")
            self.imported_at.setdefault(fact.name, line)

    def import_shared(self, shared: m.Circular, where: n.Name) -> None:
        """Bring the facts, services, tables and pieces of a shared data file into scope; a name two
        shared files define differently is reported on the second « utilise » (E121)."""
        line = where.span.line
        self.import_facts(shared, line)
        for fact in shared.all_facts:
            if fact.span.file == shared.file:  # its own facts, not those of the vocabulary it uses
                self._shared_name("expr", fact.name, fact.name_span, where)
        for service in shared.services:
            if self._shared_name("service", service.name, service.name_span, where):
                self.shared_services.append((line, service))
                self.services[service.name] = service
        for table in shared.tables:
            if self._shared_name("expr", table.name, table.name_span, where):
                self.shared_tables.append(table)
                self.tables[table.name] = table
                self.kinds[table.name] = "table"
        for document in shared.documents:
            if self._shared_name("pièce", document.name, document.name_span, where):
                self.shared_documents.append((line, document))
                self.document_names[document.name] = document.name_span

    def _shared_name(self, namespace: str, name: str, span: Span, where: n.Name) -> bool:
        """Record a name a shared file defines; False if it is already there (E121 if elsewhere)."""
        first = self.shared_names.get((namespace, name))
        if first is None:
            self.shared_names[(namespace, name)] = span
            return True
        if first == span:
            return False  # the same file imported twice
        self.error(
            "E121",
            where.span,
            f"« {name} » est défini dans deux fichiers importés : {shown_file(first)} et {shown_file(span)}",
            "gardez une seule définition, dans un seul fichier de données",
            [(first, "première définition ici"), (span, "seconde définition ici")],
        )
        return False

    def declare(self, decls: Iterable[n.Decl]) -> None:
        """Record every declared name; E102 for a name declared twice in its namespace."""
        seen: dict[tuple[str, str], n.Name] = {}
        for decl in decls:
            namespace, kind = NAMESPACES.get(type(decl), ("", ""))
            name = getattr(decl, "name", None)
            if not namespace or not isinstance(name, n.Name):
                continue
            self.check_name(name, kind)
            key = (namespace, name.text)
            first = seen.get(key)
            if first is None and key in self.shared_names:
                self._defined_in_shared_file(name, kind, self.shared_names[key])
                continue
            imported = self.facts.get(name.text) if namespace == "expr" else None
            if first is not None or imported is not None:
                self._declared_twice(name, first, imported)
                continue
            seen[key] = name
            if isinstance(decl, n.RuleDecl):
                self.rule_names[name.text] = name.span
            elif isinstance(decl, n.DocumentDecl):
                self.document_names[name.text] = name.span
            if namespace == "expr":
                self.kinds[name.text] = kind

    def _defined_in_shared_file(self, name: n.Name, kind: str, shared: Span) -> None:
        """E121: a name of this file that a shared data file it imports already defines."""
        self.error(
            "E121",
            name.span,
            f"« {name.text} » est déjà défini dans {shown_file(shared)}, ligne {shared.line}",
            f"retirez cette déclaration de {kind} pour utiliser celle du fichier importé, ou donnez-lui un autre nom",
            [(shared, "définition du fichier importé")],
        )

    def _declared_twice(self, name: n.Name, first: n.Name | None, imported: m.Fact | None) -> None:
        if first is not None:
            where, related = f"ligne {first.span.line}", (first.span, FIRST_DECLARATION)
        else:
            assert imported is not None
            where = "dans le vocabulaire importé"
            related = (imported.name_span, "déclaration du vocabulaire importé")
        self.error(
            "E102",
            name.span,
            f"« {name.text} » est déjà déclaré ({where})",
            "donnez un nom différent à chaque déclaration",
            [related],
        )

    # ------------------------------------------------------------ unknown names
    def unknown_name(self, name: n.Name | n.Text, what: str, known: Iterable[str], fallback: str | None) -> None:
        """E101 for a name that is not declared, suggesting the closest one (`what`: « service inconnu »)."""
        text = name.text if isinstance(name, n.Name) else name.value
        if self.incomplete:
            return  # most likely a name of the file that failed to import, whose errors are reported
        close = difflib.get_close_matches(text, list(known), n=1)
        hint = f"vouliez-vous dire « {close[0]} » ?" if close else fallback
        fixes = []
        if close:  # a case label is a text: its fix is written between quotes
            fixes.append(Fix.replace_by(name.span, close[0] if isinstance(name, n.Name) else quoted(close[0])))
        self.error("E101", name.span, f"{what} : « {text} »", hint, fixes=fixes)

    def unknown_reference(self, name: n.Name) -> None:
        """A name read in an expression that names nothing readable: say what it is, or what is close."""
        text = name.text
        if self.incomplete:
            return  # most likely a fact of the vocabulary that failed to import
        if text in self.tables:
            columns = ", ".join(f"{text}.{c.name}" for c in self.tables[text].columns)
            self.error(
                "E105",
                name.span,
                f"« {text} » est une table à plusieurs colonnes : nommez la colonne voulue",
                f"écrivez par exemple {columns}",
            )
            return
        if text in self.periods:
            self.error(
                "E105",
                name.span,
                f"« {text} » est une période : elle s'utilise avec « pendant », ou par {text}.début et {text}.fin",
                f"écrivez par exemple « demande.date_dépôt pendant {text} »",
            )
            return
        if self.kinds.get(text) == "valeur":
            self.error(
                "E101",
                name.span,
                f"la valeur « {text} » est utilisée avant sa déclaration",
                "déclarez les valeurs calculées avant les règles et valeurs qui les utilisent",
            )
            return
        owners = [f.name for f in self.facts.values() if text in f.type.choices]
        if owners:
            self.error(
                "E104",
                name.span,
                f"« {text} » est une valeur de choix, pas un fait",
                f"comparez-la à un fait, par exemple « {owners[0]} = {text} »",
            )
            return
        close = difflib.get_close_matches(text, [*self.facts, *self.values], n=1, cutoff=0.6)
        hint = (
            f"vouliez-vous dire « {close[0]} » ?"
            if close
            else "déclarez ce fait avec « fait » ou importez le vocabulaire qui le contient avec « utilise »"
        )
        fixes = [Fix.replace_by(name.span, close[0])] if close else []
        self.error("E101", name.span, f"nom inconnu : « {text} »", hint, fixes=fixes)

    def unknown_choice(self, name: n.Name, type_: m.Type) -> None:
        """E104 for a value that is not one of a choice's, listing those it may be."""
        close = difflib.get_close_matches(name.text, type_.choices, n=1, cutoff=0.6)
        allowed = ", ".join(type_.choices)
        hint = (
            f"vouliez-vous dire « {close[0]} » ? Valeurs possibles : {allowed}"
            if close
            else f"valeurs possibles : {allowed}"
        )
        fixes = [Fix.replace_by(name.span, close[0])] if close else []
        self.error("E104", name.span, f"« {name.text} » n'est pas une valeur de ce choix", hint, fixes=fixes)

    def names_nothing(self, text: str) -> bool:
        """A plain name that names nothing declared: maybe a choice value, typed by the other side."""
        head = text.rpartition(".")[0]
        declared = (self.facts, self.values, self.deadlines, self.tables, self.events)
        return not any(text in names for names in declared) and head not in self.tables and head not in self.periods

    def table_names(self) -> set[str]:
        """Tables, checked or broken: a name under one of them is a column."""
        return self.tables.keys() | self.broken_tables


def shown_file(span: Span) -> str:
    """The name of the file a span is in (« aix_marseille_2025.circ »)."""
    return PurePosixPath(span.file).name


def quoted(text: str) -> str:
    """A text written as a string literal of the language (for a fix that replaces one)."""
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'
