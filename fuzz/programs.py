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

from fuzz.drawing import Leaf, boolean, integer, nested_condition, pick
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


# Each part of a program is drawn by a plain function (`draw` passed along) from strategies built
# once (fuzz/drawing.py): the same choices as nested `@st.composite` and `st.sampled_from` calls,
# without building and validating new strategies at every draw.


@st.composite
def programs(draw: st.DrawFn) -> str:
    """A circular with confusable names (see the module docstring)."""
    scope = Scope()
    parts = [HEADER, _facts(draw, scope), _services(draw, scope)]
    for index in range(integer(draw, 0, 2)):
        parts.append(_table(draw, scope, index))
    for index in range(integer(draw, 0, 2)):
        parts.append(_value(draw, scope, index))
    if boolean(draw):
        parts.append(_named_dates(draw, scope))
    for index in range(integer(draw, 0, 3)):
        parts.append(_deadline(draw, scope, index))
    for index in range(integer(draw, 1, 5)):
        parts.append(_rule(draw, scope, f"r{index}"))
    for index in range(integer(draw, 0, 2)):
        parts.append(_document(draw, scope, f"pièce_{index}"))
    parts.append(_circuit(draw, scope))
    return "\n".join(parts)


# ------------------------------------------------------------------ declarations

FACT_NAME_LISTS = st.lists(FACT_NAMES, min_size=4, max_size=7, unique_by=lambda n: n.replace(".", "_"))
MORE_FACT_KINDS = st.lists(st.sampled_from(list(FACT_KINDS)), min_size=1, max_size=4)
COLUMN_NAMES = st.lists(NAMES, min_size=1, max_size=2, unique=True)  # columns are named within their table


def _facts(draw: st.DrawFn, scope: Scope) -> str:
    names = draw(FACT_NAME_LISTS)
    kinds = ["date", "heures", "choix", *draw(MORE_FACT_KINDS)]
    lines = []
    for name, kind in zip(names, kinds, strict=False):
        scope.facts[name] = kind
        scope.used.add(name)
        lines.append(f'fait {name} "Fait {name}" : {FACT_KINDS[kind]}')
    return "\n".join(lines) + "\n"


def _services(draw: st.DrawFn, scope: Scope) -> str:
    lines = []
    for index in range(integer(draw, 2, 3)):
        name = scope.new_name(draw, f"service_{index}")
        medical = index == 0 or boolean(draw)
        scope.services[name] = medical
        quote = MEDICAL_QUOTE if medical else QUOTE
        lines.append(f'service {name} "Service {name}"{" médical" if medical else ""}\n  cite "{quote}"')
    return "\n".join(lines) + "\n"


def _table(draw: st.DrawFn, scope: Scope, index: int) -> str:
    name = scope.new_name(draw, f"table_{index}")
    columns = draw(COLUMN_NAMES)
    routing = [boolean(draw) for _ in columns]
    by_number = boolean(draw)
    source = pick(draw, scope.of_kind("heures" if by_number else "choix"))
    if by_number:
        cut = pick(draw, ["6 h", "10 h", "24 h"])
        patterns = [f"< {cut}", f">= {cut}"]
    else:
        patterns = [*CHOICES]
        if boolean(draw):
            patterns = ["{p, q}", "r"]
    covered = integer(draw, 1, len(patterns))
    default = covered < len(patterns) or boolean(draw)
    services = sorted(scope.services)
    medical = sorted(s for s, is_medical in scope.services.items() if is_medical)

    def output(column: int) -> str:
        if routing[column]:
            return pick(draw, [*services, *medical, "néant"])
        return pick(draw, ["1 h", "2 h", "8 h", "néant"])

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
        reference = f"{name}.{column}" if len(columns) > 1 or boolean(draw) else name
        if routing[index]:
            values = [row[index] for row in outputs]
            scope.routing[reference] = all(v == "néant" or scope.services.get(v, False) for v in values)
        else:
            scope.hours_columns.append(reference)
    return "\n".join(lines) + "\n"


def _value(draw: st.DrawFn, scope: Scope, index: int) -> str:
    name = scope.new_name(draw, f"valeur_{index}")
    hours = scope.of_kind("heures") + scope.hours_columns + scope.values
    left, right = pick(draw, hours), pick(draw, hours)
    expr = pick(draw, [f"{left} / 3", f"{left} + {right}", f"{left} - 1,5 h", f"{left} * 2"])
    rounding = pick(draw, ["", " arrondi à l'unité"])
    scope.values.append(name)
    return f'valeur {name} "Valeur {name}" = {expr}{rounding}\n'


def _named_dates(draw: st.DrawFn, scope: Scope) -> str:
    """An event and a period, whose names stand for dates in deadlines and conditions."""
    event, period = scope.new_name(draw, "événement_0"), scope.new_name(draw, "période_0")
    hour = pick(draw, ["", " à 9h00", " de 12h30 à 13h30"])
    scope.dates += [event, f"{period}.début", f"{period}.fin"]
    return (
        f'événement {event} "Événement {event}" le {pick(draw, ["13/01/2025", "28/02/2025"])}{hour}\n'
        f'  cite "{QUOTE}"\n'
        f'période {period} "Période {period}" du 01/02/2025 au 31/03/2025\n  cite "{QUOTE}"\n'
    )


def _deadline(draw: st.DrawFn, scope: Scope, index: int) -> str:
    name = scope.new_name(draw, f"échéance_{index}")
    anchors = scope.of_kind("date") + scope.deadlines + scope.dates
    inclusive = pick(draw, ["inclus", "exclu"])
    form = integer(draw, 0, 5)
    if form == 0:
        when = pick(draw, ["le 13/01/2025", "le 01/03/2025", *(f"le {d}" for d in scope.dates)])
    elif form == 1:  # an hour: always « inclus » (E881)
        when, inclusive = pick(draw, ["le 13/01/2025 à 23h59", "le 01/03/2025 à 12h00"]), "inclus"
    elif form == 2:  # an opening: no « inclus » nor « exclu »
        fixed = ["à partir du 13/01/2025", "à partir du 01/03/2025 à 9h00", *(f"à partir de {d}" for d in scope.dates)]
        when, inclusive = pick(draw, fixed), ""
    else:
        unit = pick(draw, ["jours", "jours ouvrés", "jours ouvrables", "mois", "semaines"])
        amount = pick(draw, [1, 2, 10, 15])
        rounding = (
            pick(draw, [" arrondi au dernier jour du mois", " arrondi au début du mois suivant"])
            if unit == "mois"
            else ""
        )
        direction = pick(draw, ["avant", "après"])
        when = f"{amount} {unit} {direction} {pick(draw, anchors)}{rounding}"
        if form == 3:  # a relative opening: « pièces de moins de 2 mois »
            when, inclusive = f"à partir de {when}", ""
    clauses = []
    if boolean(draw):
        clauses.append("reporté au jour ouvré suivant")
    if integer(draw, 0, 3) == 0:
        clauses.append(f"si {_condition(draw, scope, 1)}")
    scope.deadlines.append(name)
    body = "".join(f"  {c}\n" for c in clauses)
    bound = f" {inclusive}" if inclusive else ""
    return f'échéance {name} "Échéance {name}" {when}{bound}\n{body}  cite "{QUOTE}"\n'


SOFTER = {"bloquante": ["avertissement", "information", "levée"], "avertissement": ["information", "levée"]}


def _rule(draw: st.DrawFn, scope: Scope, fallback: str) -> str:
    name = scope.new_name(draw, fallback)
    severity = pick(draw, ["bloquante", "avertissement", "information"])
    clauses = []
    if boolean(draw):
        clauses.append(f"si {_condition(draw, scope, 2)}")
    if severity != "information" or boolean(draw):
        clauses.append(f"exige {_condition(draw, scope, 2)}")
        for _ in range(integer(draw, 0, 2)) if severity in SOFTER else ():
            outcome = pick(draw, SOFTER[severity])
            clauses.append(f"sauf si {_condition(draw, scope, 1)} alors {outcome}")
    shown = draw(st.lists(st.sampled_from(_shown(scope)), min_size=1, max_size=3))
    message = " ; ".join(f"{{{ref}}}" for ref in shown)
    body = "".join(f"  {c}\n" for c in clauses)
    return f'règle {name} {severity} "Règle {name}"\n{body}  message "Valeurs : {message}."\n  cite "{QUOTE}"\n'


def _shown(scope: Scope) -> list[str]:
    return [*scope.facts, *scope.values, *scope.hours_columns, *scope.routing, *scope.deadlines]


def _document(draw: st.DrawFn, scope: Scope, fallback: str) -> str:
    name = scope.new_name(draw, fallback)
    medical = boolean(draw)
    requirement = pick(draw, ["obligatoire", "facultative"])
    if boolean(draw):
        requirement += f" si {_condition(draw, scope, 1)}"
    lines = [f'pièce {name} "Pièce {name}"', f"  {requirement}"] + (["  médicale"] if medical else [])
    for index in range(integer(draw, 1, 2)):
        lines.append("  " + _delivery(draw, scope, medical, conditional=index > 0))
    lines.append(f'  cite "{MEDICAL_QUOTE if medical else QUOTE}"')
    return "\n".join(lines) + "\n"


def _delivery(draw: st.DrawFn, scope: Scope, medical: bool, conditional: bool = True) -> str:
    allowed = [s for s, is_medical in scope.services.items() if is_medical or not medical]
    allowed += [c for c, all_medical in scope.routing.items() if all_medical or not medical]
    recipients = draw(st.lists(st.sampled_from(allowed), min_size=1, max_size=2, unique=True))
    if sum(r in scope.routing for r in recipients) > 1:  # two routing tables in one delivery: a known
        recipients = recipients[:1]  # disagreement, tests/test_differential.py (TWO_ROUTING_TABLES)
    sealed = medical or boolean(draw)
    channel = pick(draw, ["par voie postale", "par courriel", "en ligne", "en main propre"])
    text = f"transmise {channel}{' sous pli confidentiel' if sealed else ''} à {', '.join(recipients)}"
    if boolean(draw):
        text += f" via {pick(draw, sorted(scope.services))}"
    if conditional and boolean(draw):
        text += f" si {_condition(draw, scope, 1)}"
    return text


def _circuit(draw: st.DrawFn, scope: Scope) -> str:
    services = sorted(scope.services)
    condition = f"\n  si {_condition(draw, scope, 1)}" if boolean(draw) else ""
    opinion = (
        f'avis {scope.new_name(draw, "avis_0")} "Avis" obligatoire\n  donné par {pick(draw, services)}{condition}\n'
        f'  cite "{QUOTE}"\n'
    )
    request_condition = f" si {_condition(draw, scope, 1)}" if boolean(draw) else ""
    request = f'dépôt "Formulaire"{request_condition}\n  {_delivery(draw, scope, False)}\n  cite "{QUOTE}"\n'
    return opinion + "\n" + request


# ------------------------------------------------------------------ conditions


def _condition(draw: st.DrawFn, scope: Scope, depth: int) -> str:
    """A test of the facts (and hours columns, values), or up to `depth` levels of « et », « ou »
    and « non » around such tests (`nested_condition`)."""
    return nested_condition(draw, _leaves(scope), depth)


def _leaves(scope: Scope) -> list[Leaf]:
    options = [_fact_test(name, kind, scope) for name, kind in scope.facts.items()]
    hours = scope.hours_columns + scope.values
    if hours:
        options.append(
            lambda draw: (
                f"{pick(draw, hours)} {pick(draw, ['<', '<=', '>', '=', '!='])} {pick(draw, ['2 h', '6 h', '8 h'])}"
            )
        )
    return options


def _fact_test(name: str, kind: str, scope: Scope) -> Leaf:
    if kind == "booléen":
        tests = [name, f"{name} = faux"]
    elif kind == "heures":
        return lambda draw: f"{name} {pick(draw, ['<', '<=', '>=', '='])} {pick(draw, ['0 h', '6 h', '8,5 h', '24 h'])}"
    elif kind == "entier":
        tests = [f"{name} > 2", f"{name} est entier", f"{name} dans {{1, 3}}", f"{name} / 2 est entier"]
    elif kind == "choix":
        tests = [f"{name} = p", f"{name} dans {{p, q}}", f"{name} hors de {{r}}"]
    elif kind == "multiples":
        tests = [f"{name} dans {{p}}", f"{name} hors de {{q, r}}", f"nombre de {name} <= 1"]
    else:
        tests = [f"{name} <= 13/01/2025", f"{name} + 10 jours > 01/02/2025", f"{name} pendant année_scolaire"]
        tests += [f"{name} respecte {d}" for d in scope.deadlines] + [f"{name} < {d}" for d in scope.deadlines]
        tests += [f"{name} >= {d}" for d in scope.dates]
    return lambda draw: pick(draw, tests)


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
