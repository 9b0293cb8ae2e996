"""Check a syntax tree and build the checked model: names, types, units,
citations, routing and example cases. Collects every error it finds."""

from __future__ import annotations

import datetime
import difflib
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction
from typing import TypeVar, cast

from pydantic import BaseModel

from circdsl import model as m
from circdsl import nodes as n
from circdsl.citations import SourceText
from circdsl.dates import parse_date, parse_time
from circdsl.diagnostics import DiagnosticSink
from circdsl.parser import keywords
from circdsl.source import Span
from circdsl.table_analysis import analyse_table

SIMPLE_TYPES = {
    "booléen": m.BOOLEAN,
    "entier": m.number(m.NUMBER, integer=True),
    "décimal": m.number(m.NUMBER),
    "pourcentage": m.number(m.PERCENT),
    "heures": m.number(m.HOURS),
    "demi-journées": m.number(m.HALF_DAYS),
    "jours": m.number(m.DAYS, integer=True),
    "mois": m.number(m.MONTHS, integer=True),
    "trimestres": m.number(m.QUARTERS, integer=True),
    "ans": m.number(m.YEARS, integer=True),
    "date": m.DATE,
    "euros": m.number(m.EUROS),
    "texte": m.TEXT,
}
# Bounds a fact of a unit has unless the editor writes `entre A et B`.
DEFAULT_BOUNDS: dict[str, tuple[Decimal | None, Decimal | None]] = {
    m.PERCENT: (Decimal(0), Decimal(100)),
    m.HOURS: (Decimal(0), None),
    m.HALF_DAYS: (Decimal(0), None),
    m.DAYS: (Decimal(0), None),
    m.MONTHS: (Decimal(0), None),
    m.QUARTERS: (Decimal(0), None),
    m.YEARS: (Decimal(0), None),
    m.EUROS: (Decimal(0), None),
}
SOFTER_OUTCOMES = {
    "bloquante": ("avertissement", "information", "levée"),
    "avertissement": ("information", "levée"),
    "information": ("levée",),
}
_INTERPOLATION = re.compile(r"\{([^{}]*)\}")
_RESERVED_FIELDS = set(dir(BaseModel))


class BrokenVocabularyError(Exception):
    """The imported vocabulary exists but has errors of its own."""


@dataclass
class Resolver:
    """What the checker needs from the file system, provided by the driver."""

    vocabulary: Callable[[str], m.Circular | None]  # name -> checked vocabulary; may raise BrokenVocabularyError
    source_text: Callable[[str], SourceText | None]  # relative path -> text


class Checker:
    """Checks one parsed module; `check()` returns the model (errors go to the sink)."""

    def __init__(self, module: n.Module, sink: DiagnosticSink, resolver: Resolver):
        self.module = module
        self.sink = sink
        self.resolver = resolver
        self.keywords = keywords()
        self.source_text: SourceText | None = None
        self.source_path: str | None = None
        self.facts: dict[str, m.Fact] = {}
        self.local_fact_names: list[str] = []
        self.values: dict[str, m.Value] = {}
        self.services: dict[str, m.Service] = {}
        self.deadlines: dict[str, m.Deadline] = {}
        self.periods: dict[str, m.Period] = {}
        self.tables: dict[str, m.Table] = {}
        self.reported: set[n.Name] = set()  # names already reported, not to report again as unknown
        self.broken_tables: set[str] = set()  # tables with errors of their own
        self.checked_documents: tuple[m.Document, ...] = ()
        self.rule_names: dict[str, n.RuleDecl] = {}
        self.document_names: dict[str, n.DocumentDecl] = {}
        self.used_facts: set[str] = set()
        self.case_facts: dict[str, dict[str, object]] = {}  # case label -> its facts, for « reprend »
        self.idents: dict[str, str] = {}  # python identifier -> name, to catch collisions
        self.declared: dict[str, str] = {}  # fact/value name -> kind word, for messages
        self.incomplete_scope = False  # an import failed: unknown names are not reported again

    # ------------------------------------------------------------ reporting
    def error(self, code: str, span: Span, message: str, hint: str | None = None) -> None:
        self.sink.error(code, span, message, hint)

    def unknown_name(self, name: n.Name | n.Text, what: str, known: Iterable[str], fallback: str | None) -> None:
        """E101 for a name that is not declared, suggesting the closest one (`what`: « service inconnu »)."""
        text = name.text if isinstance(name, n.Name) else name.value
        close = difflib.get_close_matches(text, list(known), n=1)
        hint = f"vouliez-vous dire « {close[0]} » ?" if close else fallback
        self.error("E101", name.span, f"{what} : « {text} »", hint)

    # ------------------------------------------------------------ entry point
    def check(self) -> m.Circular:
        header = self.module.header
        attrs = self._header_attrs(header)
        imports = self._imports()
        decls = [d for d in self.module.decls if not isinstance(d, n.Import)]
        if header.kind == "vocabulaire":
            self._vocabulary_only(decls)
        self._declare_names(decls)
        for decl in decls:
            if isinstance(decl, n.FactDecl):
                self._fact(decl)
        services = [self._service(d) for d in decls if isinstance(d, n.ServiceDecl)]
        periods = [self._period(d) for d in decls if isinstance(d, n.PeriodDecl)]
        tables: list[m.Table | None] = []
        deadlines: list[m.Deadline | None] = []
        for decl in decls:  # in file order: values, tables and deadlines may use those declared above them
            if isinstance(decl, n.ValueDecl):
                self._value(decl)
            elif isinstance(decl, n.TableDecl):
                tables.append(self._table(decl))
            elif isinstance(decl, n.DeadlineDecl):
                deadlines.append(self._deadline(decl))
        documents = [self._document(d) for d in decls if isinstance(d, n.DocumentDecl)]
        self.checked_documents = _present(documents)  # for « pièces fournies » in rules
        rules = [self._rule(d) for d in decls if isinstance(d, n.RuleDecl)]
        requests = [self._request(d) for d in decls if isinstance(d, n.RequestDecl)]
        opinions = [self._opinion(d) for d in decls if isinstance(d, n.OpinionDecl)]
        examinations = [self._examination(d) for d in decls if isinstance(d, n.ExaminationDecl)]
        events = [self._event(d) for d in decls if isinstance(d, n.EventDecl)]
        cases = [self._case(d) for d in decls if isinstance(d, n.CaseDecl)]
        self._mark_used(rules, documents, opinions, deadlines, requests, _present(tables))
        self.used_facts.update(f.name for x in examinations for f in m.facts_read(x.condition))
        local = set(self.local_fact_names)
        facts = tuple(f for f in self.facts.values() if f.name in local or f.name in self.used_facts)
        return m.Circular(
            kind=header.kind,
            name=header.name.text,
            title=header.title.value,
            file=self.sink.source.name,
            authority=_text(attrs.get("authority")),
            reference=_text(attrs.get("reference")),
            issued=self._date_attr(attrs.get("issued")),
            school_year=_text(attrs.get("school_year")),
            source=self.source_path,
            replaces=_text(attrs.get("replaces")),
            dispositif=_text(attrs.get("dispositif")),
            legal_refs=tuple(
                a.value.value for a in header.attrs if a.key == "legal_ref" and isinstance(a.value, n.Text)
            ),
            imports=imports,
            facts=facts,
            values=tuple(self.values.values()),
            rules=_present(rules),
            documents=_present(documents),
            services=tuple(services),
            requests=_present(requests),
            opinions=_present(opinions),
            examinations=_present(examinations),
            deadlines=_present(deadlines),
            periods=_present(periods),
            tables=_present(tables),
            events=_present(events),
            cases=_present(cases),
            all_facts=tuple(self.facts.values()),
        )

    # ------------------------------------------------------------ header and imports
    def _header_attrs(self, header: n.Header) -> dict[str, n.HeaderAttr]:
        self._check_name(header.name, "circulaire")
        attrs: dict[str, n.HeaderAttr] = {}
        for attr in header.attrs:
            if attr.key in attrs and attr.key != "legal_ref":
                self.error("E012", attr.span, "cette information figure déjà dans l'en-tête", "gardez une seule ligne")
            attrs.setdefault(attr.key, attr)
        if header.kind == "circulaire":
            for key, words in (("source", "source"), ("school_year", "année scolaire")):
                if key not in attrs:
                    self.error(
                        "E011",
                        header.name.span,
                        f"l'en-tête de la circulaire ne précise pas « {words} »",
                        _HEADER_HINTS[key],
                    )
        if "source" in attrs:
            self._load_source(attrs["source"])
        if "school_year" in attrs:
            self._check_school_year(attrs["school_year"])
        return attrs

    def _load_source(self, attr: n.HeaderAttr) -> None:
        assert isinstance(attr.value, n.Text)
        path = attr.value.value
        text = self.resolver.source_text(path)
        if text is None:
            self.error(
                "E010",
                attr.value.span,
                f"le texte source « {path} » est introuvable",
                'le chemin est relatif au dossier du fichier .circ, par exemple "sources/000_circulaire.txt"',
            )
            return
        self.source_text = text
        self.source_path = path

    def _check_school_year(self, attr: n.HeaderAttr) -> None:
        assert isinstance(attr.value, n.Text)
        first, second = (int(x) for x in attr.value.value.split("-"))
        if second == first + 1:
            self.periods[SCHOOL_YEAR_PERIOD] = m.Period(
                SCHOOL_YEAR_PERIOD,
                f"Année scolaire {first}-{second}",
                datetime.date(first, 9, 1),
                datetime.date(second, 8, 31),
                (),
                0,
            )
        else:
            self.error(
                "E602",
                attr.value.span,
                f"année scolaire invalide : « {attr.value.value} »",
                f"écrivez {first}-{first + 1}",
            )

    def _date_attr(self, attr: n.HeaderAttr | None) -> datetime.date | None:
        if attr is None or not isinstance(attr.value, n.DateText):
            return None
        return self._date(attr.value)

    def _imports(self) -> tuple[str, ...]:
        names = []
        for decl in self.module.decls:
            if not isinstance(decl, n.Import):
                continue
            if self.module.header.kind == "vocabulaire":
                self.error(
                    "E013",
                    decl.span,
                    "un vocabulaire ne peut pas en importer un autre",
                    "déclarez les faits directement dans ce vocabulaire",
                )
                continue
            try:
                vocabulary = self.resolver.vocabulary(decl.name.text)
            except BrokenVocabularyError:
                self.incomplete_scope = True  # the vocabulary's own errors are reported
                continue
            if vocabulary is not None and vocabulary.kind != "vocabulaire":
                self.incomplete_scope = True
                self.error(
                    "E013",
                    decl.name.span,
                    f"« {decl.name.text}.circ » est une circulaire, pas un vocabulaire",
                    "« utilise » importe un fichier qui commence par « vocabulaire » ; une circulaire ne s'importe pas",
                )
                continue
            if vocabulary is None:
                self.incomplete_scope = True
                self.error(
                    "E013",
                    decl.name.span,
                    f"vocabulaire « {decl.name.text} » introuvable",
                    f"créez le fichier {decl.name.text}.circ dans le dossier de la circulaire, commençant par « vocabulaire {decl.name.text} »",
                )
                continue
            names.append(decl.name.text)
            for fact in vocabulary.all_facts:
                self.facts.setdefault(fact.name, fact)
                self.declared.setdefault(fact.name, "fait")
                self.idents.setdefault(fact.ident, fact.name)
        return tuple(names)

    def _vocabulary_only(self, decls: list[n.Decl]) -> None:
        for decl in decls:
            if not isinstance(decl, n.FactDecl):
                self.error(
                    "E105",
                    decl.span,
                    "un vocabulaire ne contient que des faits",
                    "placez cette déclaration dans une circulaire",
                )

    # ------------------------------------------------------------ names
    def _check_name(self, name: n.Name, kind: str) -> bool:
        first = name.text.split(".")[0]  # after a dot, a keyword is read as a name
        if first in self.keywords:
            self.error(
                "E103",
                name.span,
                f"« {first} » est un mot-clé du langage et ne peut pas commencer un nom de {kind}",
                "choisissez un autre nom, par exemple en ajoutant un préfixe",
            )
            return False
        if len(name.text) > 80:
            self.error(
                "E103",
                name.span,
                f"nom de {kind} trop long ({len(name.text)} caractères, 80 au plus)",
                "choisissez un nom plus court ; le libellé entre guillemets peut être long",
            )
            return False
        return True

    def _declare_names(self, decls: list[n.Decl]) -> None:
        seen: dict[tuple[str, str], n.Name] = {}
        for decl in decls:
            kind_key, kind_word = _NAMESPACES.get(type(decl), (None, None))
            name = getattr(decl, "name", None)
            if kind_key is None or not isinstance(name, n.Name):
                continue
            self._check_name(name, kind_word or "")
            key = (kind_key, name.text)
            if key in seen or (kind_key == "expr" and name.text in self.facts):
                first = seen.get(key)
                where = f"ligne {first.span.line}" if first else "dans le vocabulaire importé"
                self.error(
                    "E102",
                    name.span,
                    f"« {name.text} » est déjà déclaré ({where})",
                    "donnez un nom différent à chaque déclaration",
                )
                continue
            seen[key] = name
            if isinstance(decl, n.RuleDecl):
                self.rule_names[name.text] = decl
            elif isinstance(decl, n.DocumentDecl):
                self.document_names[name.text] = decl
            if kind_key == "expr":
                self.declared[name.text] = kind_word or ""
                self._claim_ident(name)

    def _claim_ident(self, name: n.Name) -> str:
        ident = m.python_identifier(name.text)
        other = self.idents.get(ident)
        if other is not None and other != name.text:
            self.error(
                "E103",
                name.span,
                f"« {name.text} » et « {other} » se confondent une fois les accents et les points retirés ({ident})",
                "renommez l'un des deux",
            )
        elif ident in _RESERVED_FIELDS or ident.startswith("model_"):
            self.error(
                "E103", name.span, f"le nom « {name.text} » est réservé par le code généré", "choisissez un autre nom"
            )
        self.idents[ident] = name.text
        return ident

    # ------------------------------------------------------------ facts and values
    def _fact(self, decl: n.FactDecl) -> None:
        if decl.name.text in self.facts:
            return  # duplicate already reported
        type_ = self._fact_type(decl.type)
        low, high = self._bounds(decl, type_)
        fact = m.Fact(
            name=decl.name.text,
            ident=m.python_identifier(decl.name.text),
            label=decl.label.value,
            type=type_,
            low=low,
            high=high,
            choice_labels=tuple((c.name.text, c.label.value if c.label else c.name.text) for c in decl.type.choices),
            origin=f"{self.sink.source.name}:{decl.span.line}",
            citations=self._citations(decl.clauses, decl.span, required=False),
        )
        self.facts[fact.name] = fact
        self.local_fact_names.append(fact.name)

    def _fact_type(self, spec: n.TypeSpec) -> m.Type:
        if spec.kind in SIMPLE_TYPES:
            return SIMPLE_TYPES[spec.kind]
        values: list[str] = []
        for choice in spec.choices:
            if choice.name.text in values:
                self.error("E102", choice.name.span, f"la valeur « {choice.name.text} » figure deux fois dans ce choix")
            elif self._check_name(choice.name, "valeur de choix"):
                values.append(choice.name.text)
        return m.Type(spec.kind, choices=tuple(values))

    def _bounds(self, decl: n.FactDecl, type_: m.Type) -> tuple[Decimal | None, Decimal | None]:
        if decl.bounds is None:
            return DEFAULT_BOUNDS.get(type_.unit or "", (None, None))
        if type_.kind != "nombre":
            self.error(
                "E204",
                decl.bounds.span,
                f"des bornes « entre … et … » n'ont de sens que pour un nombre, pas pour {type_.describe()}",
            )
            return (None, None)
        if decl.bounds.low > decl.bounds.high:
            self.error(
                "E204",
                decl.bounds.span,
                f"bornes inversées : {decl.bounds.low} est plus grand que {decl.bounds.high}",
                "écrivez la plus petite valeur en premier",
            )
        return (decl.bounds.low, decl.bounds.high)

    def _value(self, decl: n.ValueDecl) -> None:
        if decl.name.text in self.values:
            return
        expr = self.expr(decl.expr)
        citations = self._citations(decl.clauses, decl.span, required=False)
        if expr is None:
            return
        if expr.type.kind != "nombre" and decl.rounding:
            self.error("E202", decl.span, f"seul un nombre s'arrondit, pas {expr.type.describe()}")
        elif decl.rounding == "centime" and expr.type.unit != m.EUROS:
            self.error(
                "E201",
                decl.span,
                f"« arrondi au centime » s'applique à un montant en euros, pas à une quantité en {expr.type.unit}",
                "utilisez « arrondi à l'unité »",
            )
        self.values[decl.name.text] = m.Value(
            name=decl.name.text,
            ident=m.python_identifier(decl.name.text),
            label=decl.label.value,
            expr=expr,
            rounding=decl.rounding,
            citations=citations,
            line=decl.span.line,
        )

    # ------------------------------------------------------------ expressions
    def expr(self, node: n.Expr) -> m.Expr | None:
        """Type an expression; report and return None on error."""
        method = getattr(self, f"_expr_{type(node).__name__}")
        result: m.Expr | None = method(node)
        return result

    def condition(self, node: n.Expr) -> m.Expr | None:
        """Type an expression that must be a condition (booléen)."""
        expr = self.expr(node)
        if expr is not None and expr.type.kind != "booléen":
            self.error(
                "E202",
                node.span,
                f"une condition est attendue ici, mais l'expression est {expr.type.describe()}",
                "comparez la valeur, par exemple « x = 3 » ou « x <= y »",
            )
            return None
        return expr

    def _expr_NumberLit(self, node: n.NumberLit) -> m.Expr:  # noqa: N802
        unit = m.UNIT_WORDS[node.unit] if node.unit else m.NUMBER
        return m.Const(m.number(unit), node.span, node.value)

    def _expr_DateLit(self, node: n.DateLit) -> m.Expr | None:  # noqa: N802
        value = self._date(node.date)
        return None if value is None else m.Const(m.DATE, node.span, value)

    def _expr_TextLit(self, node: n.TextLit) -> m.Expr:  # noqa: N802
        return m.Const(m.TEXT, node.span, node.value)

    def _expr_BoolLit(self, node: n.BoolLit) -> m.Expr:  # noqa: N802
        return m.Const(m.BOOLEAN, node.span, node.value)

    def _expr_Ref(self, node: n.Ref) -> m.Expr | None:  # noqa: N802
        name = node.name.text
        if name in self.facts:
            return m.FactRef(self.facts[name].type, node.span, self.facts[name])
        if name in self.values:
            return m.ValueRef(self.values[name].type, node.span, self.values[name])
        if name in self.deadlines:  # a deadline read as a date (another deadline may count from it)
            return m.DeadlineRef(m.DATE, node.span, self.deadlines[name])
        special = self._table_or_period_reference(node.name)
        if special is not None or node.name in self.reported:
            return special
        self._unknown_reference(node.name)
        return None

    def _table_or_period_reference(self, name: n.Name) -> m.Expr | None:
        """`table.colonne` (or a one-column table by its name), `période.début` / `période.fin`."""
        head, _, tail = name.text.rpartition(".")
        if head in self.broken_tables or name.text in self.broken_tables:
            self.reported.add(name)
            return None
        if name.text in self.tables and len(self.tables[name.text].columns) == 1:
            table = self.tables[name.text]
            return m.TableRef(table.columns[0].type, name.span, table, 0)
        if head in self.tables:
            table = self.tables[head]
            for index, column in enumerate(table.columns):
                if column.name == tail:
                    return m.TableRef(column.type, name.span, table, index)
            columns = ", ".join(c.name for c in table.columns)
            self.error("E101", name.span, f"la table « {head} » n'a pas de colonne « {tail} »", f"colonnes : {columns}")
            self.reported.add(name)
            return None
        if head in self.periods and tail in ("début", "fin"):
            period = self.periods[head]
            return m.Const(m.DATE, name.span, period.start if tail == "début" else period.end)
        return None

    def _expr_BareName(self, node: n.BareName) -> m.Expr | None:  # noqa: N802
        return self._expr_Ref(n.Ref(node.span, node.name))

    def _unknown_reference(self, name: n.Name) -> None:
        text = name.text
        if self.incomplete_scope:
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
        if self.declared.get(text) == "valeur":
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
        candidates = list(self.facts) + list(self.values)
        close = difflib.get_close_matches(text, candidates, n=1, cutoff=0.6)
        hint = (
            f"vouliez-vous dire « {close[0]} » ?"
            if close
            else "déclarez ce fait avec « fait » ou importez le vocabulaire qui le contient avec « utilise »"
        )
        self.error("E101", name.span, f"nom inconnu : « {text} »", hint)

    def _expr_Not(self, node: n.Not) -> m.Expr | None:  # noqa: N802
        operand = self.condition(node.operand)
        return None if operand is None else m.Unary(m.BOOLEAN, node.span, "non", operand)

    def _expr_Negative(self, node: n.Negative) -> m.Expr | None:  # noqa: N802
        operand = self.expr(node.operand)
        if operand is None:
            return None
        if operand.type.kind != "nombre":
            self.error("E202", node.span, f"seul un nombre peut être négatif, pas {operand.type.describe()}")
            return None
        return m.Unary(operand.type, node.span, "-", operand)

    def _expr_Logical(self, node: n.Logical) -> m.Expr | None:  # noqa: N802
        left, right = self.condition(node.left), self.condition(node.right)
        if left is None or right is None:
            return None
        return m.Binary(m.BOOLEAN, node.span, node.op, left, right)

    def _expr_Arithmetic(self, node: n.Arithmetic) -> m.Expr | None:  # noqa: N802
        left, right = self.expr(node.left), self.expr(node.right)
        if left is None or right is None:
            return None
        if left.type.kind == "date" or right.type.kind == "date":
            return self._date_arithmetic(node, left, right)
        for side in (left, right):
            if side.type.kind != "nombre":
                self.error("E202", side.span, f"un calcul porte sur des nombres, pas sur {side.type.describe()}")
                return None
        result = self._arithmetic_unit(node, left.type, right.type)
        if result is None:
            return None
        op, unit = result
        return m.Binary(m.number(unit), node.span, op, left, right)

    def _date_arithmetic(self, node: n.Arithmetic, left: m.Expr, right: m.Expr) -> m.Expr | None:
        """date ± jours -> date ; date - date -> jours. Months need a rounding: see « échéance »."""
        if node.op == "-" and left.type.kind == "date" and right.type.kind == "date":
            return m.Binary(m.number(m.DAYS, integer=True), node.span, "date-date", left, right)
        if node.op in "+-" and left.type.kind == "date" and right.type.kind == "nombre":
            if right.type.unit == m.DAYS:
                return m.Binary(m.DATE, node.span, f"date{node.op}", left, right)
            if right.type.unit in (m.MONTHS, m.YEARS):
                self.error(
                    "E603",
                    node.span,
                    f"ajouter des {right.type.unit} à une date demande de préciser l'arrondi (le 31 moins un mois ?)",
                    'déclarez une échéance relative : « échéance nom "…" 2 mois avant <date> arrondi au dernier '
                    "jour du mois inclus »",
                )
                return None
            self.error(
                "E201",
                right.span,
                f"on ajoute à une date des jours, pas {right.type.describe()}",
                "écrivez par exemple « demande.date_début + 15 jours »",
            )
            return None
        self.error(
            "E202",
            node.span,
            f"calcul impossible entre {left.type.describe()} et {right.type.describe()}",
            "une date se décale de quelques jours (« + 15 jours ») ; deux dates se soustraient (nombre de jours)",
        )
        return None

    def _arithmetic_unit(self, node: n.Arithmetic, left: m.Type, right: m.Type) -> tuple[str, str] | None:
        lu, ru = left.unit or m.NUMBER, right.unit or m.NUMBER
        if node.op in "+-":
            if lu == ru:
                return node.op, lu
        elif node.op == "*":
            if m.NUMBER in (lu, ru):
                return "*", ru if lu == m.NUMBER else lu
            if m.PERCENT in (lu, ru):  # a percentage of a quantity
                return "%*", ru if lu == m.PERCENT else lu
        elif node.op == "/":
            if ru == m.NUMBER:
                return "/", lu
            if lu == ru:
                return "/", m.NUMBER
        self.error(
            "E201",
            node.span,
            f"unités incompatibles : {lu} {_OP_WORDS[node.op]} {ru}",
            "un calcul combine des quantités de même unité, ou une quantité et un nombre",
        )
        return None

    def _expr_Compare(self, node: n.Compare) -> m.Expr | None:  # noqa: N802
        left, right = self._operands(node.left, node.right)
        if left is None or right is None:
            return None
        lt, rt = left.type, right.type
        if node.op in ("=", "!=") and lt.kind in ("booléen", "texte", "choix", "date") and lt.kind == rt.kind:
            return m.Binary(m.BOOLEAN, node.span, node.op, left, right)
        if lt.kind == "date" and rt.kind == "date":
            return m.Binary(m.BOOLEAN, node.span, node.op, left, right)
        if lt.kind == "nombre" and rt.kind == "nombre":
            if self._same_unit(left, right, node.span):
                return m.Binary(m.BOOLEAN, node.span, node.op, left, right)
            return None
        self.error("E202", node.span, f"comparaison impossible entre {lt.describe()} et {rt.describe()}")
        return None

    def _operands(self, left_node: n.Expr, right_node: n.Expr) -> tuple[m.Expr | None, m.Expr | None]:
        """Type both sides of a comparison; a bare choice value takes its type from the other side."""
        if self._is_bare_unresolved(left_node) and self._is_bare_unresolved(right_node):
            self._two_unknown_names(left_node, right_node)
            return None, None
        if self._is_bare_unresolved(left_node):
            right = self.expr(right_node)
            return self._choice_or_expr(left_node, right), right
        left = self.expr(left_node)
        return left, self._choice_or_expr(right_node, left)

    def _two_unknown_names(self, left: n.Expr, right: n.Expr) -> None:
        """Both sides unknown: one is likely a choice value, the other a mistyped fact; report the latter."""
        assert isinstance(left, n.Ref) and isinstance(right, n.Ref)
        choice_values = {value for fact in self.facts.values() for value in fact.type.choices}
        suspects = [node for node in (left, right) if node.name.text not in choice_values] or [left]
        for node in suspects:
            self._unknown_reference(node.name)

    def _is_bare_unresolved(self, node: n.Expr) -> bool:
        """A plain name that names nothing declared: maybe a choice value, typed by the other side."""
        if not isinstance(node, (n.Ref, n.BareName)):
            return False
        text = node.name.text
        head = text.rpartition(".")[0]
        declared = (self.facts, self.values, self.deadlines, self.tables)
        return not any(text in names for names in declared) and head not in self.tables and head not in self.periods

    def _choice_or_expr(self, node: n.Expr, partner: m.Expr | None) -> m.Expr | None:
        if (
            isinstance(node, (n.Ref, n.BareName))
            and partner is not None
            and partner.type.kind in ("choix", "choix multiples")
        ):
            value = node.name.text
            if value in partner.type.choices:
                return m.Const(m.Type("choix", choices=partner.type.choices), node.span, value)
            if self._is_bare_unresolved(node):
                self._unknown_choice(node.name, partner.type)
                return None
        if partner is None and self._is_bare_unresolved(node):
            return None  # the other side is already reported; this is likely one of its choices
        return self.expr(node)

    def _unknown_choice(self, name: n.Name, type_: m.Type) -> None:
        close = difflib.get_close_matches(name.text, type_.choices, n=1, cutoff=0.6)
        allowed = ", ".join(type_.choices)
        hint = (
            f"vouliez-vous dire « {close[0]} » ? Valeurs possibles : {allowed}"
            if close
            else f"valeurs possibles : {allowed}"
        )
        self.error("E104", name.span, f"« {name.text} » n'est pas une valeur de ce choix", hint)

    def _same_unit(self, left: m.Expr, right: m.Expr, span: Span) -> bool:
        lu, ru = left.type.unit, right.type.unit
        if lu == ru:
            return True
        for bare, other in ((left, right), (right, left)):
            if isinstance(bare, m.Const) and bare.type.unit == m.NUMBER:
                symbol = m.UNIT_WRITTEN[other.type.unit or m.NUMBER]
                self.error(
                    "E203",
                    bare.span,
                    f"le nombre {_decimal_text(bare.value)} n'a pas d'unité, alors qu'il est comparé à une quantité en {other.type.unit}",
                    f"précisez l'unité : « {_decimal_text(bare.value)} {symbol} »",
                )
                return False
        self.error(
            "E201", span, f"unités incompatibles : {lu} comparées à {ru}", "comparez des quantités de même unité"
        )
        return False

    def _expr_Member(self, node: n.Member) -> m.Expr | None:  # noqa: N802
        operand = self.expr(node.operand)
        if operand is None:
            return None
        items = self._set_items(node.items, operand)
        if items is None:
            return None
        return m.Member(m.BOOLEAN, node.span, operand, items, node.negated)

    def _set_items(self, nodes: Iterable[n.Expr], operand: m.Expr) -> tuple[object, ...] | None:
        """The constant values of a set literal compared with `operand`; None if one is invalid."""
        items: list[object] = []
        for item in nodes:
            typed = self._choice_or_expr(item, operand)
            if typed is None:
                return None
            if not isinstance(typed, m.Const):
                self.error(
                    "E202",
                    item.span,
                    "un ensemble ne contient que des valeurs écrites telles quelles",
                    "écrivez par exemple {50 %, 75 %} ou {titulaire, stagiaire}",
                )
                return None
            if operand.type.kind == "nombre" and typed.type.kind == "nombre":
                if not self._same_unit(operand, typed, item.span):
                    return None
            elif typed.type.kind != operand.type.kind and not (
                operand.type.kind == "choix multiples" and typed.type.kind == "choix"
            ):
                self.error(
                    "E202",
                    item.span,
                    f"cette valeur est {typed.type.describe()}, alors que l'élément testé est {operand.type.describe()}",
                )
                return None
            items.append(typed.value)
        return tuple(items)

    def _expr_During(self, node: n.During) -> m.Expr | None:  # noqa: N802
        operand = self.expr(node.operand)
        period = self.periods.get(node.period.text)
        if period is None:
            fallback = 'déclarez la période avec « période nom "libellé" du JJ/MM/AAAA au JJ/MM/AAAA »'
            self.unknown_name(node.period, "période inconnue", self.periods, fallback)
            return None
        if operand is None:
            return None
        if operand.type.kind != "date":
            self.error(
                "E202", node.operand.span, f"« pendant » situe une date dans une période, pas {operand.type.describe()}"
            )
            return None
        return m.During(m.BOOLEAN, node.span, operand, period)

    def _expr_DocumentsProvided(self, node: n.DocumentsProvided) -> m.Expr | None:  # noqa: N802
        provided = self._documents_provided(node.span, m.BOOLEAN)
        return provided

    def _documents_provided(self, span: Span, type_: m.Type) -> m.Expr | None:
        mandatory = tuple(d for d in self.checked_documents if d.requirement == "obligatoire")
        if not mandatory:
            self.error(
                "E202",
                span,
                "« pièces fournies » compare les pièces obligatoires à celles fournies, mais aucune pièce obligatoire "
                "n'est déclarée (ou la condition n'est pas dans une règle)",
                'déclarez les pièces avec « pièce nom "libellé" obligatoire … » ; utilisez « pièces fournies » dans une règle',
            )
            return None
        fact = self.facts.get(PROVIDED_FACT)
        if fact is None:
            documents = tuple(d.name for d in self.checked_documents)
            fact = m.Fact(
                name=PROVIDED_FACT,
                ident=m.python_identifier(PROVIDED_FACT),
                label="Pièces déjà fournies par le demandeur",
                type=m.Type("choix multiples", choices=documents),
                low=None,
                high=None,
                choice_labels=tuple((d.name, d.label) for d in self.checked_documents),
                origin=f"{self.sink.source.name}:{span.line}",
            )
            self.facts[PROVIDED_FACT] = fact
            self.local_fact_names.append(PROVIDED_FACT)
        elif fact.type.kind != "choix multiples":
            self.error(
                "E102",
                span,
                f"« {PROVIDED_FACT} » est déjà déclaré, avec un autre type",
                "retirez cette déclaration : « pièces fournies » la crée",
            )
            return None
        return m.DocumentsProvided(type_, span, fact, mandatory)

    def _expr_Count(self, node: n.Count) -> m.Expr | None:  # noqa: N802
        fact = self.facts.get(node.name.text)
        if fact is None:
            self._unknown_reference(node.name)
            return None
        if fact.type.kind != "choix multiples":
            self.error(
                "E202",
                node.name.span,
                f"« nombre de » compte les valeurs d'un choix multiple ; « {fact.name} » est {fact.type.describe()}",
            )
            return None
        return m.Count(m.number(m.NUMBER, integer=True), node.span, fact)

    def _expr_IsWhole(self, node: n.IsWhole) -> m.Expr | None:  # noqa: N802
        operand = self.expr(node.operand)
        if operand is None:
            return None
        if operand.type.kind != "nombre":
            self.error("E202", node.span, f"« est entier » s'applique à un nombre, pas à {operand.type.describe()}")
            return None
        return m.IsWhole(m.BOOLEAN, node.span, operand)

    def _expr_MeetsDeadline(self, node: n.MeetsDeadline) -> m.Expr | None:  # noqa: N802
        operand = self.expr(node.operand)
        deadline = self.deadlines.get(node.deadline.text)
        if deadline is None:
            fallback = 'déclarez l\'échéance avec « échéance nom "libellé" le JJ/MM/AAAA inclus »'
            self.unknown_name(node.deadline, "échéance inconnue", self.deadlines, fallback)
            return None
        if operand is None:
            return None
        if operand.type.kind != "date":
            self.error(
                "E202",
                node.operand.span,
                f"« respecte » compare une date à une échéance, pas {operand.type.describe()}",
            )
            return None
        return m.MeetsDeadline(m.BOOLEAN, node.span, operand, deadline)

    # ------------------------------------------------------------ clauses
    def _clauses(self, clauses: Iterable[n.Clause], kind: str) -> list[n.Clause]:
        return [c for c in clauses if c.kind == kind]

    def _single(self, clauses: tuple[n.Clause, ...], kind: str, owner: str) -> n.Clause | None:
        found = self._clauses(clauses, kind)
        for extra in found[1:]:
            self.error(
                "E302",
                extra.span,
                f"la clause « {kind} » apparaît deux fois dans {owner}",
                "gardez-en une seule ; combinez les conditions avec « et » ou « ou »",
            )
        return found[0] if found else None

    def _single_text(self, clauses: tuple[n.Clause, ...], kind: str, owner: str) -> str | None:
        clause = self._single(clauses, kind, owner)
        return cast(n.Text, clause.value).value if clause else None

    def _single_condition(self, clauses: tuple[n.Clause, ...], kind: str, owner: str) -> m.Expr | None:
        clause = self._single(clauses, kind, owner)
        return self.condition(cast(n.Expr, clause.value)) if clause else None

    def _citations(
        self, clauses: tuple[n.Clause, ...], span: Span, required: bool = True, owner: str = "cette déclaration"
    ) -> tuple[m.Citation, ...]:
        citations = []
        found = self._clauses(clauses, "cite")
        if required and not found:
            self.error(
                "E303",
                Span(span.line, span.column, span.line, span.column + 1),
                f"{owner} ne cite pas le passage de la circulaire dont elle vient",
                'ajoutez une ligne « cite "…extrait exact du texte source…" »',
            )
        for clause in found:
            assert isinstance(clause.value, n.Text)
            citation = self._citation(clause.value)
            if citation is not None:
                citations.append(citation)
        return tuple(citations)

    def _citation(self, quote: n.Text) -> m.Citation | None:
        if self.source_text is None or self.source_path is None:
            if self.module.header.kind == "vocabulaire":
                self.error(
                    "E401",
                    quote.span,
                    "un vocabulaire n'a pas de texte source à citer",
                    "citez le texte dans la circulaire qui utilise ce fait",
                )
            return None
        line = self.source_text.find(quote.value)
        if line is None:
            found = self.source_text.closest(quote.value)
            hint = (
                f"le texte source contient le début « {found.strip()} », mais pas la suite"
                if found
                else "copiez l'extrait mot pour mot depuis le texte source (les espaces et retours à la ligne peuvent différer)"
            )
            self.error("E401", quote.span, f"citation introuvable dans {self.source_path}", hint)
            return None
        return m.Citation(quote.value, self.source_path, line)

    # ------------------------------------------------------------ rules
    def _rule(self, decl: n.RuleDecl) -> m.Rule | None:
        owner = f"la règle « {decl.name.text} »"
        requires_clause = self._single(decl.clauses, "exige", owner)
        message_clause = self._single(decl.clauses, "message", owner)
        applies = self._single_condition(decl.clauses, "si", owner)
        requires = self.condition(cast(n.Expr, requires_clause.value)) if requires_clause else None
        if requires_clause is None and decl.severity != "information":
            self.error(
                "E301",
                decl.name.span,
                f"{owner} est {decl.severity} mais n'a pas de clause « exige »",
                "ajoutez « exige <condition> » : ce que la demande doit respecter",
            )
        if message_clause is None:
            self.error(
                "E301",
                decl.name.span,
                f"{owner} n'a pas de « message »",
                'ajoutez « message "…" » : la phrase montrée au demandeur',
            )
        exceptions = self._exceptions(decl, requires_clause is not None)
        message = self._message(cast(n.Text, message_clause.value)) if message_clause else ()
        citations = self._citations(decl.clauses, decl.span, owner=owner)
        if self.sink.has_errors:
            return None
        return m.Rule(
            name=decl.name.text,
            ident=m.python_identifier(decl.name.text),
            severity=decl.severity,
            title=decl.title.value,
            applies=applies,
            requires=requires,
            exceptions=exceptions,
            message=message,
            citations=citations,
            line=decl.span.line,
        )

    def _exceptions(self, decl: n.RuleDecl, has_requirement: bool) -> tuple[m.RuleException, ...]:
        exceptions = []
        for clause in self._clauses(decl.clauses, "sauf si"):
            condition_node, outcome = cast(tuple[n.Expr, str], clause.value)
            if not has_requirement:
                self.error(
                    "E305",
                    clause.span,
                    "une exception « sauf si » ne s'applique qu'à une règle qui exige quelque chose",
                    "ajoutez « exige <condition> » ou retirez l'exception",
                )
                continue
            if outcome not in SOFTER_OUTCOMES[decl.severity]:
                allowed = ", ".join(f"« {o} »" for o in SOFTER_OUTCOMES[decl.severity])
                self.error(
                    "E305",
                    clause.span,
                    f"une exception doit adoucir la règle : « {outcome} » n'est pas plus léger que « {decl.severity} »",
                    f"possible ici : {allowed}",
                )
                continue
            condition = self.condition(condition_node)
            if condition is not None:
                text = " ".join(self.sink.source.slice(condition_node.span).split())
                exceptions.append(m.RuleException(condition, outcome, text, clause.span.line))
        return tuple(exceptions)

    def _message(self, text: n.Text) -> tuple[str | m.Expr, ...]:
        parts: list[str | m.Expr] = []
        position = 0
        for match in _INTERPOLATION.finditer(text.value):
            if match.start() > position:
                parts.append(text.value[position : match.start()])
            name = match.group(1).strip()
            span = _inner_span(text, match.start(), match.end())
            ref = self._message_reference(name, span)
            if ref is not None:
                parts.append(ref)
            position = match.end()
        if position < len(text.value):
            parts.append(text.value[position:])
        return tuple(parts)

    def _message_reference(self, name: str, span: Span) -> m.Expr | None:
        if name in self.facts:
            return m.FactRef(self.facts[name].type, span, self.facts[name])
        if name in self.values:
            return m.ValueRef(self.values[name].type, span, self.values[name])
        if name in self.deadlines:
            return m.DeadlineRef(m.DATE, span, self.deadlines[name])
        if name == MISSING_DOCUMENTS:
            return self._documents_provided(span, m.TEXT)
        head = name.rpartition(".")[0]
        if head in self.tables or name in self.tables or head in self.periods:
            found = self._table_or_period_reference(n.Name(name, span))
            if found is not None or n.Name(name, span) in self.reported:
                return found
        close = difflib.get_close_matches(name, list(self.facts) + list(self.values), n=1, cutoff=0.6)
        hint = (
            f"vouliez-vous dire « {{{close[0]}}} » ?"
            if close
            else "entre accolades, écrivez le nom d'un fait ou d'une valeur calculée"
        )
        self.error("E304", span, f"« {{{name}}} » : aucun fait ni valeur de ce nom", hint)
        return None

    # ------------------------------------------------------------ decision tables
    def _table(self, decl: n.TableDecl) -> m.Table | None:
        owner = f"la table « {decl.name.text} »"
        errors_before = len(self.sink.items)
        for extra in self._clauses(decl.clauses, "selon"):
            self.error(
                "E302",
                extra.span,
                f"la clause « selon » apparaît deux fois dans {owner}",
                "listez toutes les entrées dans un seul « selon a, b »",
            )
        inputs = [self._table_input(name) for name in decl.inputs]
        columns = self._table_columns(decl)
        if not decl.inputs or not decl.outputs:
            missing = (
                "« selon <fait>, … » (les entrées)"
                if not decl.inputs
                else '« donne nom "libellé" : type » (les résultats)'
            )
            self.error(
                "E309",
                decl.name.span,
                f"{owner} n'a pas de clause {missing}",
                "une table lit des entrées et donne au moins un résultat",
            )
        citations = self._citations(decl.clauses, decl.span, owner=owner)
        rows, default = self._table_rows(decl, inputs, columns)
        if len(self.sink.items) > errors_before or any(i is None for i in inputs) or any(c is None for c in columns):
            self.broken_tables.add(decl.name.text)  # its own errors are reported; its uses are not
            return None
        table = m.Table(
            name=decl.name.text,
            ident=m.python_identifier(decl.name.text),
            label=decl.label.value,
            inputs=tuple(i for i in inputs if i is not None),
            input_texts=tuple(name.text for name in decl.inputs),
            columns=tuple(c for c in columns if c is not None),
            rows=tuple(rows),
            default=default,
            citations=citations,
            line=decl.span.line,
        )
        self._report_table_analysis(decl, table)
        self.tables.setdefault(table.name, table)
        return table

    def _table_input(self, name: n.Name) -> m.Expr | None:
        expr = self.expr(n.Ref(name.span, name))
        if expr is not None and expr.type.kind not in ("choix", "booléen", "nombre", "texte", "date"):
            self.error(
                "E202",
                name.span,
                f"une table ne lit pas {expr.type.describe()}",
                "une entrée de table est un choix, un booléen, un nombre, un texte ou une date",
            )
            return None
        return expr

    def _table_columns(self, decl: n.TableDecl) -> list[m.TableColumn | None]:
        columns: list[m.TableColumn | None] = []
        seen: set[str] = set()
        for output in decl.outputs:
            if output.name.text in seen:
                self.error(
                    "E102",
                    output.name.span,
                    f"la colonne « {output.name.text} » est déclarée deux fois",
                    "donnez un nom différent à chaque colonne",
                )
                columns.append(None)
                continue
            seen.add(output.name.text)
            type_ = m.SERVICE if output.type is None else self._fact_type(output.type)
            if type_.kind == "choix multiples":
                self.error("E202", output.span, "une colonne de table donne une seule valeur, pas des choix multiples")
                columns.append(None)
                continue
            ident = m.python_identifier(f"{decl.name.text}.{output.name.text}")
            columns.append(m.TableColumn(output.name.text, ident, output.label.value, type_))
        return columns

    def _table_rows(
        self, decl: n.TableDecl, inputs: list[m.Expr | None], columns: list[m.TableColumn | None]
    ) -> tuple[list[m.TableRow], m.TableRow | None]:
        rows: list[m.TableRow] = []
        default: m.TableRow | None = None
        for row in decl.rows:
            expected = len(columns) + (0 if row.default else len(inputs))
            if len(row.cells) != expected:
                self._row_width_error(decl, row, len(inputs), len(columns))
                continue
            if row.default and default is not None:
                self.error("E302", row.span, "la table a deux lignes « sinon »", "gardez-en une seule, en dernier")
                continue
            input_cells = () if row.default else row.cells[: len(inputs)]
            cells = [] if row.default else [self._input_cell(c, t) for c, t in zip(input_cells, inputs, strict=True)]
            outputs = [
                self._output_cell(cell, column)
                for cell, column in zip(row.cells[len(input_cells) :], columns, strict=True)
            ]
            if any(c is None for c in cells) or any(o is _INVALID for o in outputs):
                continue
            built = m.TableRow(tuple(c for c in cells if c is not None), tuple(outputs), row.span.line)
            if row.default:
                default = built
            else:
                rows.append(built)
        return rows, default

    def _row_width_error(self, decl: n.TableDecl, row: n.TableRow, inputs: int, outputs: int) -> None:
        names = [i.text for i in decl.inputs] + [o.name.text for o in decl.outputs]
        if row.default:
            names = names[inputs:]
        expected = len(names)
        self.error(
            "E306",
            row.span,
            f"cette ligne a {len(row.cells)} cellule(s), la table en attend {expected} : {' | '.join(names)}",
            "écrivez une cellule par entrée puis une par résultat, séparées par « | » ; « * » accepte toute valeur"
            + ("" if row.default else ", « néant » laisse un résultat vide"),
        )

    def _input_cell(self, cell: n.Cell, typed: m.Expr | None) -> m.Cell | None:
        if typed is None:
            return None
        if cell.kind == "any":
            return m.Cell("any", ())
        if cell.kind == "none":
            self.error(
                "E202",
                cell.span,
                "« néant » laisse un résultat vide ; pour accepter toute valeur d'une entrée, écrivez « * »",
            )
            return None
        if cell.kind in ("in", "not_in"):
            items = self._set_items(cast(tuple[n.Expr, ...], cell.values), typed)
            return None if items is None else m.Cell(cell.kind, items)
        pseudo = _pseudo_fact(typed)
        values = [self._case_value(pseudo, cast(n.CaseValue, v)) for v in cell.values]
        if any(v is _INVALID for v in values):
            return None
        if cell.kind in ("compare", "range") and typed.type.kind not in ("nombre", "date"):
            self.error(
                "E202",
                cell.span,
                f"on ne compare pas par ordre {typed.type.describe()}",
                "écrivez la valeur exacte, ou un ensemble {a, b}",
            )
            return None
        if cell.kind == "range" and values[0] > values[1]:  # type: ignore[operator]
            self.error(
                "E602",
                cell.span,
                "intervalle inversé : la première borne est plus grande que la seconde",
                "écrivez « de <min> à <max> »",
            )
            return None
        return m.Cell(cell.kind, tuple(values), cell.op)

    def _output_cell(self, cell: n.Cell, column: m.TableColumn | None) -> object:
        if column is None:
            return _INVALID
        if cell.kind == "none":
            return None
        if cell.kind != "eq":
            self.error(
                "E202",
                cell.span,
                f"la colonne « {column.name} » attend une valeur, pas un motif",
                "écrivez une valeur, ou « néant » pour laisser le résultat vide",
            )
            return _INVALID
        value = cast(n.CaseValue, cell.values[0])
        if column.type.kind == "service":
            return self._service_value(value)
        pseudo = m.Fact(column.name, column.ident, column.label, column.type, None, None, (), "")
        return self._case_value(pseudo, value)

    def _service_value(self, value: n.CaseValue) -> object:
        if value.kind == "choice":
            name = cast(n.Name, value.value)
            found = self._recipients((name,))
            return found[0] if found else _INVALID
        self.error("E202", value.span, "cette colonne donne un service : écrivez le nom d'un service déclaré")
        return _INVALID

    def _report_table_analysis(self, decl: n.TableDecl, table: m.Table) -> None:
        bounds = [(i.fact.low, i.fact.high) if isinstance(i, m.FactRef) else (None, None) for i in table.inputs]
        analysis = analyse_table(table, bounds)
        shown = " ; ".join(analysis.gaps[:3])
        more = f" (et {len(analysis.gaps) - 3} autre(s))" if len(analysis.gaps) > 3 else ""
        if analysis.incomplete is not None:
            found = f" ; cas non couverts déjà trouvés : {shown}{more}" if analysis.gaps else ""
            self.error(
                "E310",
                decl.name.span,
                f"table trop complexe pour être vérifiée entièrement : {analysis.incomplete}{found}",
                ("" if table.default else "ajoutez une ligne « sinon | … | » pour les cas restants, ou ")
                + "découpez la table en tables plus petites",
            )
        elif analysis.gaps:
            self.error(
                "E307",
                decl.name.span,
                f"aucune ligne de la table « {table.name} » ne couvre : {shown}{more}",
                "ajoutez une ligne pour ce cas, ou une ligne « sinon | … | » qui donne le résultat de tous les cas restants",
            )
        rows_by_line = {row.span.line: row for row in decl.rows}
        for index, (first, second, where) in enumerate(analysis.overlaps):
            row = rows_by_line.get(second)
            last = index == len(analysis.overlaps) - 1
            others = (
                f" (et {analysis.overlaps_omitted} autre(s) paire(s) de lignes qui se chevauchent)"
                if last and analysis.overlaps_omitted
                else ""
            )
            self.error(
                "E308",
                row.span if row else decl.name.span,
                f"cette ligne et celle de la ligne {first} s'appliquent toutes deux quand {where}, avec des résultats différents{others}",
                "rendez les lignes exclusives (par exemple avec « < » et « >= », ou des ensembles sans valeur commune)",
            )

    # ------------------------------------------------------------ routing
    def _service(self, decl: n.ServiceDecl) -> m.Service:
        owner = f"le service « {decl.name.text} »"
        service = m.Service(
            name=decl.name.text,
            label=decl.label.value,
            medical=bool(self._clauses(decl.clauses, "médicale")),
            address=self._single_text(decl.clauses, "adresse", owner),
            citations=self._citations(decl.clauses, decl.span, owner=owner),
            line=decl.span.line,
        )
        self.services.setdefault(service.name, service)
        return service

    def _recipients(self, names: tuple[n.Name, ...]) -> tuple[m.Service, ...]:
        found = []
        for name in names:
            service = self.services.get(name.text)
            if service is None and self._routing_column(name) is not None:
                self.error(
                    "E105",
                    name.span,
                    f"« {name.text} » dépend de la situation : elle ne peut désigner qu'un destinataire de pièce ou de demande",
                    "nommez ici un service déclaré",
                )
            elif service is None:
                self.unknown_name(name, "service inconnu", self.services, 'déclarez-le avec « service nom "libellé" »')
            else:
                found.append(service)
        return tuple(found)

    def _routing_column(self, name: n.Name) -> m.TableRef | None:
        """A table column whose values are services, named by `name` (else None, nothing reported)."""
        if name.text in self.services:
            return None
        head = name.text.rpartition(".")[0]
        tables = self.tables.keys() | self.broken_tables
        if head not in tables and name.text not in tables:
            return None
        ref = self._table_or_period_reference(name)
        if isinstance(ref, m.TableRef) and ref.type.kind == "service":
            return ref
        if ref is not None:
            self.error(
                "E202",
                name.span,
                f"la colonne « {name.text} » donne {ref.type.describe()}, pas un service",
                'une colonne de routage se déclare « donne destinataire "…" : service »',
            )
        self.reported.add(name)
        return None

    def _deliveries(self, clauses: tuple[n.Clause, ...]) -> tuple[m.Delivery, ...]:
        deliveries = []
        for clause in self._clauses(clauses, "transmise"):
            delivery = clause.value
            assert isinstance(delivery, n.Delivery)
            fixed = tuple(r for r in delivery.recipients if r.text in self.services or self._is_unresolved(r))
            routed = tuple(ref for r in delivery.recipients if (ref := self._routing_column(r)) is not None)
            condition = self.condition(delivery.condition) if delivery.condition else None
            deliveries.append(
                m.Delivery(
                    delivery.channel,
                    delivery.sealed,
                    self._recipients(fixed),
                    routed,
                    condition,
                    " ".join(self.sink.source.slice(delivery.condition.span).split()) if delivery.condition else None,
                    self._recipients(delivery.via),
                )
            )
        return tuple(deliveries)

    def _is_unresolved(self, name: n.Name) -> bool:
        """Neither a service nor a table column: reported as an unknown service."""
        head = name.text.rpartition(".")[0]
        tables = self.tables.keys() | self.broken_tables
        return name.text not in self.services and head not in tables and name.text not in tables

    def _document(self, decl: n.DocumentDecl) -> m.Document | None:
        owner = f"la pièce « {decl.name.text} »"
        requirement_clause = self._single(decl.clauses, "exigence", owner)
        if requirement_clause is None:
            self.error(
                "E301",
                decl.name.span,
                f"{owner} ne dit pas si elle est « obligatoire » ou « facultative »",
                "ajoutez « obligatoire », « facultative », ou « obligatoire si <condition> »",
            )
            return None
        requirement = requirement_clause.value
        assert isinstance(requirement, n.Requirement)
        condition = self.condition(requirement.condition) if requirement.condition else None
        medical = bool(self._clauses(decl.clauses, "médicale"))
        deliveries = self._deliveries(decl.clauses)
        if not self._clauses(decl.clauses, "transmise"):
            self.error(
                "E301",
                decl.name.span,
                f"{owner} ne dit pas comment ni à qui elle est transmise",
                "ajoutez par exemple « transmise par voie postale à smfp »",
            )
        if medical:
            self._check_medical_routing(decl, deliveries)
        detail = self._single_text(decl.clauses, "détail", owner)
        citations = self._citations(decl.clauses, decl.span, owner=owner)
        return m.Document(
            name=decl.name.text,
            label=decl.label.value,
            requirement=requirement.kind,
            condition=condition,
            condition_text=" ".join(self.sink.source.slice(requirement.condition.span).split())
            if requirement.condition
            else None,
            medical=medical,
            confidential=medical
            or bool(self._clauses(decl.clauses, "confidentielle"))
            or any(d.sealed for d in deliveries),
            deliveries=deliveries,
            detail=detail,
            citations=citations,
            line=decl.span.line,
        )

    def _check_medical_routing(self, decl: n.DocumentDecl, deliveries: tuple[m.Delivery, ...]) -> None:
        for clause in self._clauses(decl.clauses, "transmise"):
            delivery = clause.value
            assert isinstance(delivery, n.Delivery)
            for name in delivery.via if not delivery.sealed else ():
                service = self.services.get(name.text)
                if service is not None and not service.medical:
                    self.error(
                        "E501",
                        name.span,
                        f"la pièce médicale « {decl.name.text} » passe par « {name.text} », qui n'est pas un service "
                        "médical, sans être sous pli confidentiel",
                        "ajoutez « sous pli confidentiel » après le canal : l'intermédiaire transmet le pli sans l'ouvrir",
                    )
            for name in delivery.recipients:
                service = self.services.get(name.text)
                if service is not None and not service.medical:
                    self.error(
                        "E501",
                        name.span,
                        f"la pièce médicale « {decl.name.text} » est transmise à « {name.text} », qui n'est pas un service médical",
                        "une pièce médicale ne va qu'à un service déclaré « médical » (médecin, service de médecine) ; corrigez le destinataire",
                    )
                ref = self._routing_column(name) if service is None else None
                if ref is None:
                    continue
                for possible in ref.table.column_values(ref.column):
                    if isinstance(possible, m.Service) and not possible.medical:
                        self.error(
                            "E501",
                            name.span,
                            f"la pièce médicale « {decl.name.text} » peut être transmise par la table « {ref.table.name} » "
                            f"à « {possible.name} », qui n'est pas un service médical",
                            "une table qui achemine une pièce médicale ne donne que des services déclarés « médical »",
                        )

    def _request(self, decl: n.RequestDecl) -> m.Request:
        owner = "le dépôt de la demande"
        if not self._clauses(decl.clauses, "transmise"):
            self.error(
                "E301",
                decl.label.span,
                "la demande ne dit pas comment ni à qui elle est transmise",
                "ajoutez par exemple « transmise en ligne à drh »",
            )
        return m.Request(
            label=decl.label.value,
            deliveries=self._deliveries(decl.clauses),
            address=self._single_text(decl.clauses, "adresse", owner),
            citations=self._citations(decl.clauses, decl.span, owner=owner),
            line=decl.span.line,
            condition=self.condition(decl.condition) if decl.condition is not None else None,
        )

    def _opinion(self, decl: n.OpinionDecl) -> m.Opinion:
        owner = f"l'avis « {decl.name.text} »"
        given_by = self._single(decl.clauses, "donné par", owner)
        services = self._recipients((cast(n.Name, given_by.value),)) if given_by else ()
        return m.Opinion(
            name=decl.name.text,
            label=decl.label.value,
            requirement=decl.requirement,
            given_by=services[0] if services else None,
            condition=self._single_condition(decl.clauses, "si", owner),
            citations=self._citations(decl.clauses, decl.span, owner=owner),
            line=decl.span.line,
        )

    def _examination(self, decl: n.ExaminationDecl) -> m.Examination:
        owner = f"l'examen « {decl.name.text} »"
        return m.Examination(
            name=decl.name.text,
            label=decl.label.value,
            by=self._recipients(decl.by),
            citations=self._citations(decl.clauses, decl.span, owner=owner),
            line=decl.span.line,
            condition=self._single_condition(decl.clauses, "si", owner),
        )

    # ------------------------------------------------------------ calendar
    def _date(self, text: n.DateText) -> datetime.date | None:
        value = parse_date(text.text)
        if value is None:
            self.error(
                "E601",
                text.span,
                f"« {text.text} » n'est pas une date du calendrier",
                "vérifiez le jour et le mois (JJ/MM/AAAA)",
            )
        return value

    def _deadline(self, decl: n.DeadlineDecl) -> m.Deadline | None:
        owner = f"l'échéance « {decl.name.text} »"
        if isinstance(decl.date, n.RelativeDate):
            relative = self._relative_date(decl.date)
            date = None
            if relative is None:
                return None
        else:
            relative = None
            date = self._date(decl.date)
            if date is None:
                return None
        condition = self._single_condition(decl.clauses, "si", owner)
        postponed = self._single(decl.clauses, "reporté", owner) is not None
        citations = self._citations(decl.clauses, decl.span, owner=owner)
        deadline = m.Deadline(
            decl.name.text,
            decl.label.value,
            date,
            decl.inclusive,
            condition,
            citations,
            decl.span.line,
            relative,
            postponed,
            bool(self._clauses(decl.clauses, "hors année scolaire")),
        )
        self.deadlines.setdefault(deadline.name, deadline)
        return deadline

    def _relative_date(self, node: n.RelativeDate) -> m.RelativeDate | None:
        anchor = self.expr(node.anchor)
        if anchor is not None and anchor.type.kind != "date":
            self.error(
                "E202",
                node.anchor.span,
                f"un délai se compte à partir d'une date, pas de {anchor.type.describe()}",
                "écrivez par exemple « 15 jours après accident.date »",
            )
            return None
        amount, unit = self._offset(node)
        if amount is None or anchor is None:
            return None
        if unit == "mois" and node.rounding is None:
            self.error(
                "E603",
                node.span,
                "un délai en mois ou en années doit préciser l'arrondi quand le jour n'existe pas (le 31, le 29 février)",
                "ajoutez « arrondi au dernier jour du mois » (31/03 moins 1 mois = 28/02) ou "
                "« arrondi au début du mois suivant » (= 01/03)",
            )
            return None
        if unit != "mois" and node.rounding is not None:
            self.error(
                "E604",
                node.span,
                "l'arrondi au mois ne s'applique qu'à un délai en mois ou en années",
                "retirez « arrondi … »",
            )
            return None
        text = " ".join(self.sink.source.slice(node.span).split())
        return m.RelativeDate(amount, unit, node.direction, anchor, node.rounding, text)

    def _offset(self, node: n.RelativeDate) -> tuple[int | None, str]:
        """The delay in whole days, working days or months."""
        words = node.unit
        factor, unit = _OFFSET_UNITS[words]
        value = Fraction(node.amount) * factor
        if value.denominator != 1 or value <= 0:
            hint = (
                "en heures, écrivez un multiple de 24 (48 h = 2 jours)"
                if words in ("h", "heure", "heures")
                else "écrivez un nombre entier positif"
            )
            self.error("E604", node.span, f"délai invalide : {_decimal_text(node.amount)} {words}", hint)
            return None, unit
        return int(value), unit

    def _period(self, decl: n.PeriodDecl) -> m.Period | None:
        owner = f"la période « {decl.name.text} »"
        start, end = self._date(decl.start), self._date(decl.end)
        citations = self._citations(decl.clauses, decl.span, owner=owner)
        if start is None or end is None:
            return None
        if end < start:
            self.error(
                "E602",
                decl.end.span,
                f"la période se termine ({decl.end.text}) avant de commencer ({decl.start.text})",
                "écrivez « du <début> au <fin> »",
            )
            return None
        outside = bool(self._clauses(decl.clauses, "hors année scolaire"))
        period = m.Period(decl.name.text, decl.label.value, start, end, citations, decl.span.line, outside)
        self.periods.setdefault(period.name, period)
        return period

    def _event(self, decl: n.EventDecl) -> m.Event | None:
        owner = f"l'événement « {decl.name.text} »"
        date = self._date(decl.date)
        start = self._time(decl.start) if decl.start else None
        end = self._time(decl.end) if decl.end else None
        if start is not None and end is not None and start >= end:
            assert decl.start is not None and decl.end is not None
            self.error(
                "E602",
                decl.end.span,
                f"l'heure de fin ({decl.end.text}) n'est pas après l'heure de début ({decl.start.text})",
                "écrivez l'heure de début puis l'heure de fin",
            )
        link = self._single_text(decl.clauses, "lien", owner)
        place = self._single_text(decl.clauses, "lieu", owner)
        citations = self._citations(decl.clauses, decl.span, owner=owner)
        if date is None:
            return None
        return m.Event(
            name=decl.name.text,
            label=decl.label.value,
            date=date,
            start=decl.start.text if decl.start else None,
            end=decl.end.text if decl.end else None,
            link=link,
            place=place,
            citations=citations,
            line=decl.span.line,
            outside_school_year=bool(self._clauses(decl.clauses, "hors année scolaire")),
        )

    def _time(self, text: n.TimeText) -> tuple[int, int] | None:
        value = parse_time(text.text)
        if value is None:
            self.error(
                "E601",
                text.span,
                f"« {text.text} » n'est pas une heure valide",
                "écrivez l'heure sous la forme 9h00 ou 13h30",
            )
        return value

    # ------------------------------------------------------------ example cases
    def _case(self, decl: n.CaseDecl) -> m.Case | None:
        if decl.label.value in self.case_facts:
            self.error(
                "E102",
                decl.label.span,
                f"le cas « {decl.label.value} » est déjà déclaré",
                "donnez à chaque cas un libellé différent (« reprend » les désigne par leur libellé)",
            )
        facts = self._base_case_facts(decl)
        written: set[str] = set()
        for assignment in decl.assignments:
            name = assignment.name.text
            if name in written:
                self.error(
                    "E703",
                    assignment.name.span,
                    f"le fait « {name} » est renseigné deux fois dans ce cas",
                    "gardez une seule valeur",
                )
                continue
            written.add(name)
            fact = self.facts.get(name)
            if fact is None:
                self._unknown_reference(assignment.name)
                continue
            value = self._case_value(fact, assignment.value)
            if value is not _INVALID:
                facts[name] = value
                self.used_facts.add(name)
        self.case_facts[decl.label.value] = facts
        if not decl.expectations:
            self.error(
                "E702",
                decl.label.span,
                "ce cas ne dit pas le résultat attendu",
                "ajoutez « attendu recevable », « attendu irrecevable par <règle> », ...",
            )
            return None
        for extra in decl.expectations[1:]:
            self.error("E302", extra.span, "ce cas a deux lignes « attendu »", "gardez-en une seule")
        expectation = self._expectation(decl.expectations[0])
        if expectation is None:
            return None
        return m.Case(
            decl.label.value, tuple((k, v) for k, v in facts.items() if v is not None), expectation, decl.span.line
        )

    def _base_case_facts(self, decl: n.CaseDecl) -> dict[str, object]:
        if decl.base is None:
            return {}
        if decl.base.value in self.case_facts:
            return dict(self.case_facts[decl.base.value])
        fallback = "« reprend » nomme un cas déclaré plus haut dans le fichier, par son libellé exact"
        self.unknown_name(decl.base, "cas inconnu", self.case_facts, fallback)
        return {}

    def _case_value(self, fact: m.Fact, value: n.CaseValue) -> object:
        type_ = fact.type
        if value.kind == "unknown":
            return None
        if type_.kind == "nombre" and value.kind == "number":
            unit = m.UNIT_WORDS[value.unit] if value.unit else m.NUMBER
            if unit != type_.unit:
                symbol = m.UNIT_WRITTEN[type_.unit or m.NUMBER]
                hint = (
                    f"écrivez par exemple « {_decimal_text(value.value)} {symbol} »"
                    if symbol
                    else "écrivez le nombre sans unité"
                )
                self.error(
                    "E701",
                    value.span,
                    f"« {fact.name} » est en {type_.unit}, la valeur donnée est {'sans unité' if unit == m.NUMBER else 'en ' + unit}",
                    hint,
                )
                return _INVALID
            number = value.value
            assert isinstance(number, Decimal)
            if type_.integer and number != number.to_integral_value():
                self.error(
                    "E701", value.span, f"« {fact.name} » est un nombre entier", "écrivez un nombre sans décimales"
                )
                return _INVALID
            return int(number) if type_.integer else number
        if type_.kind == "date" and value.kind == "date":
            assert isinstance(value.value, n.DateText)
            date = self._date(value.value)
            return date if date is not None else _INVALID
        if type_.kind == "booléen" and value.kind == "bool":
            return value.value
        if type_.kind == "texte" and value.kind == "text":
            return value.value
        if type_.kind == "choix" and value.kind == "choice":
            assert isinstance(value.value, n.Name)
            if value.value.text in type_.choices:
                return value.value.text
            self._unknown_choice(value.value, type_)
            return _INVALID
        if type_.kind == "choix multiples" and value.kind in ("choices", "choice"):
            names = value.value if isinstance(value.value, tuple) else (value.value,)
            for name in names:
                if name.text not in type_.choices:
                    self._unknown_choice(name, type_)
                    return _INVALID
            return sorted({name.text for name in names}, key=type_.choices.index)
        self.error("E701", value.span, f"« {fact.name} » attend {type_.describe()}", _VALUE_HINTS.get(type_.kind))
        return _INVALID

    def _expectation(self, node: n.Expectation) -> m.Expectation | None:
        targets: list[tuple[n.Name, Iterable[str], str]] = []
        lists: tuple[tuple[tuple[n.Name, ...] | None, Iterable[str], str], ...] = (
            (node.failing_rules, self.rule_names, "règle inconnue"),
            (node.missing_facts, self.facts, "fait inconnu"),
            (node.required_documents, self.document_names, "pièce inconnue"),
        )
        for names, declared, what in lists:
            targets += [(name, declared, what) for name in names or ()]
        for document, services in node.routings:
            targets.append((document, self.document_names, "pièce inconnue"))
            targets += [(service, self.services, "service inconnu") for service in services]
        ok = True
        for name, known, what in targets:
            if name.text not in known:
                self.unknown_name(name, what, known, None)
                ok = False
        if not ok:
            return None
        return m.Expectation(
            node.status,
            tuple(x.text for x in node.failing_rules) if node.failing_rules is not None else None,
            tuple(x.text for x in node.missing_facts) if node.missing_facts is not None else None,
            tuple(x.text for x in node.required_documents) if node.required_documents is not None else None,
            tuple((d.text, tuple(s.text for s in services)) for d, services in node.routings),
        )

    # ------------------------------------------------------------ usage
    def _mark_used(
        self,
        rules: list[m.Rule | None],
        documents: list[m.Document | None],
        opinions: list[m.Opinion],
        deadlines: list[m.Deadline | None],
        requests: list[m.Request],
        tables: tuple[m.Table, ...],
    ) -> None:
        exprs: list[m.Expr | None] = [v.expr for v in self.values.values()]
        for table in tables:
            exprs += list(table.inputs)
        for owner in [*documents, *requests]:
            for delivery in owner.deliveries if owner is not None else ():
                exprs += [delivery.condition, *delivery.routed_by]
        exprs += [d.relative.anchor for d in deadlines if d is not None and d.relative is not None]
        for rule in rules:
            if rule is not None:
                exprs += [rule.applies, rule.requires, *(e.condition for e in rule.exceptions)]
                exprs += [p for p in rule.message if isinstance(p, m.Expr)]
        exprs += [d.condition for d in documents if d is not None]
        exprs += [o.condition for o in opinions]
        exprs += [r.condition for r in requests]
        exprs += [d.condition for d in deadlines if d is not None]
        for expr in exprs:
            self.used_facts.update(f.name for f in m.facts_read(expr))


_INVALID = object()
_T = TypeVar("_T")
_NAMESPACES: dict[type, tuple[str, str]] = {
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
_HEADER_HINTS = {
    "source": 'ajoutez « source "sources/<fichier>.txt" » : le texte de la circulaire, pour vérifier les citations',
    "school_year": "ajoutez « année scolaire 2025-2026 »",
}
_VALUE_HINTS = {
    "booléen": "écrivez « vrai » ou « faux »",
    "date": "écrivez une date JJ/MM/AAAA",
    "texte": "écrivez un texte entre guillemets",
    "choix": "écrivez l'une des valeurs du choix",
    "choix multiples": "écrivez les valeurs entre accolades : {a, b}",
    "nombre": "écrivez un nombre, suivi de son unité s'il en a une",
}
SCHOOL_YEAR_PERIOD = "année_scolaire"  # declared by the header's « année scolaire »
PROVIDED_FACT = "dossier.pièces_fournies"  # declared by the first use of « pièces fournies »
MISSING_DOCUMENTS = "pièces_manquantes"  # in a message: the mandatory documents not yet supplied
# Offset unit as written -> (factor, unit counted): weeks are 7 days, hours 1/24 day, years 12 months.
_OFFSET_UNITS: dict[str, tuple[int | Fraction, str]] = {
    "jour": (1, "jours"), "jours": (1, "jours"),
    "jour ouvré": (1, "jours ouvrés"), "jours ouvrés": (1, "jours ouvrés"),
    "jour ouvrable": (1, "jours ouvrables"), "jours ouvrables": (1, "jours ouvrables"),
    "semaine": (7, "jours"), "semaines": (7, "jours"),
    "h": (Fraction(1, 24), "jours"), "heure": (Fraction(1, 24), "jours"), "heures": (Fraction(1, 24), "jours"),
    "mois": (1, "mois"), "an": (12, "mois"), "ans": (12, "mois"),
}  # fmt: skip
_OP_WORDS = {"+": "plus", "-": "moins", "*": "multiplié par", "/": "divisé par"}


def _pseudo_fact(expr: m.Expr) -> m.Fact:
    """A stand-in fact to type a table cell like an example-case value (messages name the input)."""
    if isinstance(expr, m.FactRef):
        return expr.fact
    name = expr.value.name if isinstance(expr, m.ValueRef) else "entrée"
    return m.Fact(name, "", name, expr.type, None, None, (), "")


def _text(attr: n.HeaderAttr | None) -> str | None:
    return attr.value.value if attr is not None and isinstance(attr.value, n.Text) else None


def _present(items: Sequence[_T | None]) -> tuple[_T, ...]:
    return tuple(item for item in items if item is not None)


def _decimal_text(value: object) -> str:
    return str(value).replace(".", ",")


def _inner_span(text: n.Text, start: int, end: int) -> Span:
    """Span of text[start:end] inside a one-line string literal (else the whole literal)."""
    if text.span.line != text.span.end_line or "\\" in text.value:
        return text.span
    column = text.span.column + 1 + start
    return Span(text.span.line, column, text.span.line, column + (end - start))
