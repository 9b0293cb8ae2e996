"""Programs for the differential test: circulars built from every construct an evaluation
reads, with names drawn from a few confusable pieces (accents, underscores, dots:
`délai`/`delai`, table `a_b` column `c` / table `a` column `b_c`), so that names which
differ only once flattened into Python identifiers meet often.

`programs()` draws such a circular; `colliding_programs()` always contains one pair of
names that flatten alike (`fuzzing.collisions`), read by a rule, so that a generated
validator that mixes the two up decides wrongly.

Each program declares: facts (boolean, hours, integer, date, choice, multiple choice),
services (medical or not), decision tables on a choice or a number with `sinon` rows and
`néant` outputs, an hours column or a routing column, computed values, fixed and relative
deadlines (days, working days, months, chained, postponed, conditional, at an hour, openings
« à partir du », dated by an event or a period bound), rules of every
severity with `si`, exceptions and messages that show facts, values, columns and deadlines,
documents (conditional, medical, routed by a table, sealed, via, conditional deliveries),
an opinion and a submission.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from hypothesis import strategies as st

from fuzz.fuzzing import QUOTES

NAME_PARTS = ("a", "b", "c", "é", "e", "dé", "lai", "x")
QUOTE, MEDICAL_QUOTE = QUOTES[0], QUOTES[3]
HEADER = """circulaire essai "Essai"
  date 01/09/2024
  année scolaire 2025-2026
  source "sources/essai.txt"
"""
CHOICES = ("p", "q", "r")
FACT_KINDS = {
    "booléen": "booléen",
    "heures": "heures entre 0 et 48",
    "entier": "entier entre 0 et 20",
    "date": "date",
    "choix": "choix (p, q, r)",
    "multiples": "choix multiples (p, q, r)",
}


def name_piece(joiners: tuple[str, ...]) -> st.SearchStrategy[str]:
    """A name made of one to three confusable pieces: `dé_lai`, `delai`, `a.b_c`."""

    def join(parts: list[str], links: list[str]) -> str:
        return parts[0] + "".join(link + part for link, part in zip(links, parts[1:], strict=False))

    return st.builds(
        join, st.lists(st.sampled_from(NAME_PARTS), min_size=1, max_size=3), st.lists(st.sampled_from(joiners))
    ).filter(lambda text: text.replace(".", "_").strip("_") == text.replace(".", "_") and ".." not in text)


# Names that flatten alike, drawn often: délai/delai, a_b + c / a + b_c, é/e.
CONFUSABLE = ("délai", "delai", "dé_lai", "a_b", "a", "b_c", "c", "é", "e", "é_a", "e_a", "x")
NAMES = name_piece(("_", "")) | st.sampled_from(CONFUSABLE)  # services, tables, columns, deadlines, values…
FACT_NAMES = name_piece(("_", "", "."))  # facts may have dots


@dataclass
class Scope:
    """What the program declared so far, to write expressions that type-check."""

    used: set[str] = field(default_factory=set)  # every name declared, whatever its kind
    facts: dict[str, str] = field(default_factory=dict)  # name -> kind
    services: dict[str, bool] = field(default_factory=dict)  # name -> medical
    hours_columns: list[str] = field(default_factory=list)  # `table.column` in hours
    routing: dict[str, bool] = field(default_factory=dict)  # `table.column` of services -> all medical
    values: list[str] = field(default_factory=list)  # computed values in hours
    deadlines: list[str] = field(default_factory=list)
    dates: list[str] = field(default_factory=list)  # events and period bounds: names of fixed dates

    def of_kind(self, kind: str) -> list[str]:
        return [name for name, k in self.facts.items() if k == kind]

    def new_name(self, draw: st.DrawFn, fallback: str) -> str:
        """A name no other declaration has (it may still flatten like another one)."""
        name = draw(NAMES)
        name = fallback if name in self.used else name
        self.used.add(name)
        return name


@st.composite
def programs(draw: st.DrawFn) -> str:
    """A circular with confusable names (see the module docstring)."""
    scope = Scope()
    parts = [HEADER, draw(_facts(scope)), draw(_services(scope))]
    for index in range(draw(st.integers(0, 2))):
        parts.append(draw(_table(scope, index)))
    for index in range(draw(st.integers(0, 2))):
        parts.append(draw(_value(scope, index)))
    if draw(st.booleans()):
        parts.append(draw(_named_dates(scope)))
    for index in range(draw(st.integers(0, 3))):
        parts.append(draw(_deadline(scope, index)))
    for index in range(draw(st.integers(1, 5))):
        parts.append(draw(_rule(scope, f"r{index}")))
    for index in range(draw(st.integers(0, 2))):
        parts.append(draw(_document(scope, f"pièce_{index}")))
    parts.append(draw(_circuit(scope)))
    return "\n".join(parts)


# ------------------------------------------------------------------ declarations


@st.composite
def _facts(draw: st.DrawFn, scope: Scope) -> str:
    names = draw(st.lists(FACT_NAMES, min_size=4, max_size=7, unique_by=lambda n: n.replace(".", "_")))
    kinds = ["date", "heures", "choix", *draw(st.lists(st.sampled_from(list(FACT_KINDS)), min_size=1, max_size=4))]
    lines = []
    for name, kind in zip(names, kinds, strict=False):
        scope.facts[name] = kind
        scope.used.add(name)
        lines.append(f'fait {name} "Fait {name}" : {FACT_KINDS[kind]}')
    return "\n".join(lines) + "\n"


@st.composite
def _services(draw: st.DrawFn, scope: Scope) -> str:
    lines = []
    for index in range(draw(st.integers(2, 3))):
        name = scope.new_name(draw, f"service_{index}")
        medical = index == 0 or draw(st.booleans())
        scope.services[name] = medical
        quote = MEDICAL_QUOTE if medical else QUOTE
        lines.append(f'service {name} "Service {name}"{" médical" if medical else ""}\n  cite "{quote}"')
    return "\n".join(lines) + "\n"


@st.composite
def _table(draw: st.DrawFn, scope: Scope, index: int) -> str:
    name = scope.new_name(draw, f"table_{index}")
    columns = draw(st.lists(NAMES, min_size=1, max_size=2, unique=True))  # columns are named within their table
    routing = [draw(st.booleans()) for _ in columns]
    by_number = draw(st.booleans())
    source = draw(st.sampled_from(scope.of_kind("heures" if by_number else "choix")))
    if by_number:
        cut = draw(st.sampled_from(["6 h", "10 h", "24 h"]))
        patterns = [f"< {cut}", f">= {cut}"]
    else:
        patterns = [*CHOICES]
        if draw(st.booleans()):
            patterns = ["{p, q}", "r"]
    covered = draw(st.integers(1, len(patterns)))
    default = covered < len(patterns) or draw(st.booleans())
    services = sorted(scope.services)
    medical = sorted(s for s, is_medical in scope.services.items() if is_medical)

    def output(column: int) -> str:
        if routing[column]:
            return draw(st.sampled_from(services + medical + ["néant"]))
        return draw(st.sampled_from(["1 h", "2 h", "8 h", "néant"]))

    outputs = [[output(c) for c in range(len(columns))] for _ in range(covered + (1 if default else 0))]
    lines = [f'table {name} "Table {name}"', f"  selon {source}"]
    for column, is_routing in zip(columns, routing, strict=True):
        lines.append(f'  donne {column} "Colonne {column}" : {"service" if is_routing else "heures"}')
    for pattern, row in zip(patterns[:covered], outputs, strict=False):
        lines.append(f"  | {pattern} | {' | '.join(row)} |")
    if default:
        lines.append(f"  sinon | {' | '.join(outputs[-1])} |")
    lines.append(f'  cite "{QUOTE}"')
    for index, column in enumerate(columns):
        reference = f"{name}.{column}" if len(columns) > 1 or draw(st.booleans()) else name
        if routing[index]:
            values = [row[index] for row in outputs]
            scope.routing[reference] = all(v == "néant" or scope.services.get(v, False) for v in values)
        else:
            scope.hours_columns.append(reference)
    return "\n".join(lines) + "\n"


@st.composite
def _value(draw: st.DrawFn, scope: Scope, index: int) -> str:
    name = scope.new_name(draw, f"valeur_{index}")
    hours = scope.of_kind("heures") + scope.hours_columns + scope.values
    left, right = draw(st.sampled_from(hours)), draw(st.sampled_from(hours))
    expr = draw(st.sampled_from([f"{left} / 3", f"{left} + {right}", f"{left} - 1,5 h", f"{left} * 2"]))
    rounding = draw(st.sampled_from(["", " arrondi à l'unité"]))
    scope.values.append(name)
    return f'valeur {name} "Valeur {name}" = {expr}{rounding}\n'


@st.composite
def _named_dates(draw: st.DrawFn, scope: Scope) -> str:
    """An event and a period, whose names stand for dates in deadlines and conditions."""
    event, period = scope.new_name(draw, "événement_0"), scope.new_name(draw, "période_0")
    hour = draw(st.sampled_from(["", " à 9h00", " de 12h30 à 13h30"]))
    scope.dates += [event, f"{period}.début", f"{period}.fin"]
    return (
        f'événement {event} "Événement {event}" le {draw(st.sampled_from(["13/01/2025", "28/02/2025"]))}{hour}\n'
        f'  cite "{QUOTE}"\n'
        f'période {period} "Période {period}" du 01/02/2025 au 31/03/2025\n  cite "{QUOTE}"\n'
    )


@st.composite
def _deadline(draw: st.DrawFn, scope: Scope, index: int) -> str:
    name = scope.new_name(draw, f"échéance_{index}")
    anchors = scope.of_kind("date") + scope.deadlines + scope.dates
    inclusive = draw(st.sampled_from(["inclus", "exclu"]))
    form = draw(st.integers(0, 5))
    if form == 0:
        when = draw(st.sampled_from(["le 13/01/2025", "le 01/03/2025", *(f"le {d}" for d in scope.dates)]))
    elif form == 1:  # an hour: always « inclus » (E881)
        when, inclusive = draw(st.sampled_from(["le 13/01/2025 à 23h59", "le 01/03/2025 à 12h00"])), "inclus"
    elif form == 2:  # an opening: no « inclus » nor « exclu »
        fixed = ["à partir du 13/01/2025", "à partir du 01/03/2025 à 9h00", *(f"à partir de {d}" for d in scope.dates)]
        when, inclusive = draw(st.sampled_from(fixed)), ""
    else:
        unit = draw(st.sampled_from(["jours", "jours ouvrés", "jours ouvrables", "mois", "semaines"]))
        amount = draw(st.sampled_from([1, 2, 10, 15]))
        rounding = (
            draw(st.sampled_from([" arrondi au dernier jour du mois", " arrondi au début du mois suivant"]))
            if unit == "mois"
            else ""
        )
        direction = draw(st.sampled_from(["avant", "après"]))
        when = f"{amount} {unit} {direction} {draw(st.sampled_from(anchors))}{rounding}"
        if form == 3:  # a relative opening: « pièces de moins de 2 mois »
            when, inclusive = f"à partir de {when}", ""
    clauses = []
    if draw(st.booleans()):
        clauses.append("reporté au jour ouvré suivant")
    if draw(st.integers(0, 3)) == 0:
        clauses.append(f"si {draw(_condition(scope, 1))}")
    scope.deadlines.append(name)
    body = "".join(f"  {c}\n" for c in clauses)
    bound = f" {inclusive}" if inclusive else ""
    return f'échéance {name} "Échéance {name}" {when}{bound}\n{body}  cite "{QUOTE}"\n'


SOFTER = {"bloquante": ["avertissement", "information", "levée"], "avertissement": ["information", "levée"]}


@st.composite
def _rule(draw: st.DrawFn, scope: Scope, fallback: str) -> str:
    name = scope.new_name(draw, fallback)
    severity = draw(st.sampled_from(["bloquante", "avertissement", "information"]))
    clauses = []
    if draw(st.booleans()):
        clauses.append(f"si {draw(_condition(scope, 2))}")
    if severity != "information" or draw(st.booleans()):
        clauses.append(f"exige {draw(_condition(scope, 2))}")
        for _ in range(draw(st.integers(0, 2)) if severity in SOFTER else 0):
            outcome = draw(st.sampled_from(SOFTER[severity]))
            clauses.append(f"sauf si {draw(_condition(scope, 1))} alors {outcome}")
    shown = draw(st.lists(st.sampled_from(_shown(scope)), min_size=1, max_size=3))
    message = " ; ".join(f"{{{ref}}}" for ref in shown)
    body = "".join(f"  {c}\n" for c in clauses)
    return f'règle {name} {severity} "Règle {name}"\n{body}  message "Valeurs : {message}."\n  cite "{QUOTE}"\n'


def _shown(scope: Scope) -> list[str]:
    return [*scope.facts, *scope.values, *scope.hours_columns, *scope.routing, *scope.deadlines]


@st.composite
def _document(draw: st.DrawFn, scope: Scope, fallback: str) -> str:
    name = scope.new_name(draw, fallback)
    medical = draw(st.booleans())
    requirement = draw(st.sampled_from(["obligatoire", "facultative"]))
    if draw(st.booleans()):
        requirement += f" si {draw(_condition(scope, 1))}"
    lines = [f'pièce {name} "Pièce {name}"', f"  {requirement}"] + (["  médicale"] if medical else [])
    for index in range(draw(st.integers(1, 2))):
        lines.append("  " + draw(_delivery(scope, medical, conditional=index > 0)))
    lines.append(f'  cite "{MEDICAL_QUOTE if medical else QUOTE}"')
    return "\n".join(lines) + "\n"


@st.composite
def _delivery(draw: st.DrawFn, scope: Scope, medical: bool, conditional: bool = True) -> str:
    allowed = [s for s, is_medical in scope.services.items() if is_medical or not medical]
    allowed += [c for c, all_medical in scope.routing.items() if all_medical or not medical]
    recipients = draw(st.lists(st.sampled_from(allowed), min_size=1, max_size=2, unique=True))
    if sum(r in scope.routing for r in recipients) > 1:  # two routing tables in one delivery: a known
        recipients = recipients[:1]  # disagreement, tests/test_differential.py (TWO_ROUTING_TABLES)
    sealed = medical or draw(st.booleans())
    channel = draw(st.sampled_from(["par voie postale", "par courriel", "en ligne", "en main propre"]))
    text = f"transmise {channel}{' sous pli confidentiel' if sealed else ''} à {', '.join(recipients)}"
    if draw(st.booleans()):
        text += f" via {draw(st.sampled_from(sorted(scope.services)))}"
    if conditional and draw(st.booleans()):
        text += f" si {draw(_condition(scope, 1))}"
    return text


@st.composite
def _circuit(draw: st.DrawFn, scope: Scope) -> str:
    services = sorted(scope.services)
    condition = f"\n  si {draw(_condition(scope, 1))}" if draw(st.booleans()) else ""
    opinion = (
        f'avis {scope.new_name(draw, "avis_0")} "Avis" obligatoire\n  donné par {draw(st.sampled_from(services))}{condition}\n'
        f'  cite "{QUOTE}"\n'
    )
    request_condition = f" si {draw(_condition(scope, 1))}" if draw(st.booleans()) else ""
    request = f'dépôt "Formulaire"{request_condition}\n  {draw(_delivery(scope, False))}\n  cite "{QUOTE}"\n'
    return opinion + "\n" + request


# ------------------------------------------------------------------ conditions


def _condition(scope: Scope, depth: int) -> st.SearchStrategy[str]:
    leaf = _leaf(scope)
    if depth <= 0:
        return leaf
    inner = _condition(scope, depth - 1)
    return st.one_of(
        leaf,
        st.tuples(inner, st.sampled_from(["et", "ou"]), inner).map(lambda t: f"({t[0]} {t[1]} {t[2]})"),
        inner.map(lambda c: f"non ({c})"),
    )


def _leaf(scope: Scope) -> st.SearchStrategy[str]:
    options: list[st.SearchStrategy[str]] = []
    for name, kind in scope.facts.items():
        options.append(_fact_test(name, kind, scope))
    hours = scope.hours_columns + scope.values
    if hours:
        options.append(
            st.tuples(
                st.sampled_from(hours),
                st.sampled_from(["<", "<=", ">", "=", "!="]),
                st.sampled_from(["2 h", "6 h", "8 h"]),
            ).map(" ".join)
        )
    return st.one_of(options)


def _fact_test(name: str, kind: str, scope: Scope) -> st.SearchStrategy[str]:
    if kind == "booléen":
        return st.sampled_from([name, f"{name} = faux"])
    if kind == "heures":
        return st.tuples(st.sampled_from(["<", "<=", ">=", "="]), st.sampled_from(["0 h", "6 h", "8,5 h", "24 h"])).map(
            lambda t: f"{name} {t[0]} {t[1]}"
        )
    if kind == "entier":
        return st.sampled_from([f"{name} > 2", f"{name} est entier", f"{name} dans {{1, 3}}", f"{name} / 2 est entier"])
    if kind == "choix":
        return st.sampled_from([f"{name} = p", f"{name} dans {{p, q}}", f"{name} hors de {{r}}"])
    if kind == "multiples":
        return st.sampled_from([f"{name} dans {{p}}", f"{name} hors de {{q, r}}", f"nombre de {name} <= 1"])
    tests = [f"{name} <= 13/01/2025", f"{name} + 10 jours > 01/02/2025", f"{name} pendant année_scolaire"]
    tests += [f"{name} respecte {d}" for d in scope.deadlines] + [f"{name} < {d}" for d in scope.deadlines]
    tests += [f"{name} >= {d}" for d in scope.dates]
    return st.sampled_from(tests)


# ------------------------------------------------------------------ names that flatten alike


# Pairs of declarations whose names flatten alike, each read by a rule and shown in the
# decision (deadlines, computed values), so that mixing them up changes the decision.
COLLIDING_PAIRS = {
    "échéances « zélai » et « zelai »": """
échéance zélai "Délai court" 10 jours après {date} inclus
  cite "{quote}"
échéance zelai "Délai long" 20 jours après {date} inclus
  cite "{quote}"
règle dans_zélai bloquante "Dans le délai court"
  exige {date} + 12 jours respecte zélai
  message "Au plus tard le {{zélai}}."
  cite "{quote}"
règle dans_zelai bloquante "Dans le délai long"
  exige {date} + 12 jours respecte zelai
  message "Au plus tard le {{zelai}}."
  cite "{quote}"
""",
    "colonnes « z_y.w » et « z.y_w »": """
table z_y "Table z_y"
  selon {hours}
  donne w "W" : heures
  | < 10 h | 1 h |
  | >= 10 h | 2 h |
  cite "{quote}"
table z "Table z"
  selon {hours}
  donne y_w "Y W" : heures
  | < 10 h | 10 h |
  | >= 10 h | 20 h |
  cite "{quote}"
règle petite_colonne bloquante "Petite colonne"
  exige z_y.w < 5 h
  message "{{z_y.w}} et {{z.y_w}}."
  cite "{quote}"
""",
    "colonnes « zé » et « ze » d'une même table": """
table zt "Table zt"
  selon {hours}
  donne zé "Zé" : heures
  donne ze "Ze" : heures
  | < 10 h | 1 h | 10 h |
  | >= 10 h | 2 h | 20 h |
  cite "{quote}"
règle petite_zé bloquante "Petite colonne"
  exige zt.zé < 5 h
  message "{{zt.zé}} et {{zt.ze}}."
  cite "{quote}"
""",
}


@st.composite
def colliding_programs(draw: st.DrawFn) -> str:
    """A program of `programs()` with one of COLLIDING_PAIRS added, on its first date or hours fact."""
    text = draw(programs())
    pair = COLLIDING_PAIRS[draw(st.sampled_from(sorted(COLLIDING_PAIRS)))]
    date = re.search(r"^fait (\S+) \"[^\"]*\" : date$", text, re.MULTILINE)
    hours = re.search(r"^fait (\S+) \"[^\"]*\" : heures", text, re.MULTILINE)
    assert date is not None and hours is not None  # every program has both
    return text + pair.format(date=date.group(1), hours=hours.group(1), quote=QUOTE)
