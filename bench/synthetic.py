"""A synthetic circular of N rules (and tables of R rows × K inputs) that checks clean, to
measure how the compiler scales.

Usage : .venv/bin/python bench/synthetic.py DOSSIER [--regles 5000] [--tables 200x3,50x2]

Written as a project folder: DOSSIER/circulars/synthetique.circ, its source text
DOSSIER/circulars/sources/synthetique.txt and `commun.circ` copied from the repository (the
circular imports it), so that `circ build DOSSIER/circulars` builds it like a real one.

What it looks like (fixed seed, same text for the same arguments):
- facts: N/10 (at least 12), integers between 0 and 100, choices of four values, booleans;
  grouped in overlapping topics of eight facts (topic t holds facts 4t to 4t+7), so that rules
  read overlapping subsets of the facts, as in a real circular (a few facts, many rules);
- each fact is either a condition fact (read by `si`) or a requirement fact (read by
  `exige`), never both; every requirement holds for 0, the first choice and `faux`, so no two
  blocking rules contradict each other (E807) and no rule is never respected (E802);
- rules: in sections, each reading the facts of its section's topic or a neighbouring one
  (and, one in three, a general fact of the first topic in its `si`): a `si` on zero, one or
  two condition facts, an `exige` on one or two requirement facts; bloquante, avertissement or
  (one in twenty) information; a message naming a fact; a citation of its own sentence of
  the source text (« Article i. … »); every fact is read by some rule;
- tables: bench_tables.py's complete, non-overlapping tables (an arbitrary partition of the
  inputs' domain), each over its own facts, with a rule reading its output.
"""

from __future__ import annotations

import argparse
import random
import shutil
import sys
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_tables import _cell, _kind, pieces

ROOT = Path(__file__).resolve().parent.parent
NAME = "synthetique"
SEED = 2025
TOPIC_STRIDE, TOPIC_WIDTH = 4, 8
CHOICES = ("ca", "cb", "cc", "cd")
KINDS = ("entier", "choix", "booléen")


@dataclass
class Fact:
    name: str
    kind: str
    condition: bool  # read by `si` (True) or by `exige` (False)


@dataclass
class Synthetic:
    rules: int
    tables: list[tuple[int, int]] = field(default_factory=list)
    seed: int = SEED

    def facts(self) -> list[Fact]:
        count = max(12, self.rules // 10)
        kinds = [KINDS[i % 3] for i in range(count)]
        return [Fact(f"f{i}", kinds[i], condition=(i // 3) % 2 == 0) for i in range(count)]

    def write(self, folder: Path) -> Path:
        """Write the project under `folder`; return the .circ file."""
        circulars = folder / "circulars"
        (circulars / "sources").mkdir(parents=True, exist_ok=True)
        shutil.copyfile(ROOT / "circulars" / "commun.circ", circulars / "commun.circ")
        circ, source = self.texts()
        (circulars / "sources" / f"{NAME}.txt").write_text(source, encoding="utf-8")
        path = circulars / f"{NAME}.circ"
        path.write_text(circ, encoding="utf-8")
        return path

    def texts(self) -> tuple[str, str]:
        """The .circ text and its source text."""
        rng = random.Random(self.seed)
        facts = self.facts()
        sentences = ["Circulaire synthétique du 1er septembre 2024 relative à un dispositif d'essai."]
        parts = [_header(), *(_fact_text(f) for f in facts)]
        seen: set[tuple[str, str]] = set()
        unread = {f.name for f in facts}
        for index in range(self.rules):
            severity = "information" if index % 20 == 19 else ("avertissement" if index % 5 == 4 else "bloquante")
            bare = severity == "information" and index % 40 != 19 and not unread  # no `exige`
            condition, requirement = _rule_conditions(index, self.rules, facts, rng, seen, unread)
            sentence = f"Article {index + 1}. La condition numéro {index + 1} du dispositif s'applique aux demandes."
            sentences.append(sentence)
            parts.append(_rule_text(index, severity, condition, "" if bare else requirement, sentence))
        for number, (rows, inputs) in enumerate(self.tables):
            table, sentence = _table_text(number, rows, inputs, rng)
            sentences.append(sentence)
            parts.append(table)
        return "\n".join(parts), "\n".join(sentences) + "\n"


def _header() -> str:
    return (
        f'circulaire {NAME} "Circulaire synthétique"\n'
        '  autorité "Rectorat d\'essai"\n'
        "  date 01/09/2024\n"
        "  année scolaire 2025-2026\n"
        f'  source "sources/{NAME}.txt"\n\n'
        "utilise commun\n"
    )


def _fact_text(fact: Fact) -> str:
    spec = {
        "entier": "jours entre 0 et 100",
        "choix": "choix (" + ", ".join(f'{c} "Valeur {c.upper()}"' for c in CHOICES) + ")",
        "booléen": "booléen",
    }[fact.kind]
    return f'fait {fact.name} "Fait {fact.name[1:]}" : {spec}'


def _topic(index: int, rules: int, facts: list[Fact], rng: random.Random) -> list[Fact]:
    """The facts a rule may read: those of its section's topic (rules come in sections, one
    after the other, as in a circular), or of a neighbouring one, plus, for one rule in three,
    the general facts of the first topic (who is concerned: read by many rules' `si`)."""
    topics = max(1, (len(facts) - TOPIC_WIDTH) // TOPIC_STRIDE + 1)
    topic = min(max(index * topics // rules + rng.randint(-1, 1), 0), topics - 1)
    general = [f for f in facts[:TOPIC_WIDTH] if f.condition] if rng.random() < 1 / 3 else []
    return general + facts[topic * TOPIC_STRIDE : topic * TOPIC_STRIDE + TOPIC_WIDTH]


def _rule_conditions(
    index: int, rules: int, facts: list[Fact], rng: random.Random, seen: set[tuple[str, str]], unread: set[str]
) -> tuple[str, str]:
    """The `si` (possibly empty) and `exige` of a rule, never seen before."""
    while True:
        topic = _topic(index, rules, facts, rng)
        if unread:  # read every fact early: the first unread one leads
            first = min(unread, key=lambda name: int(name[1:]))
            start = int(first[1:]) // TOPIC_STRIDE * TOPIC_STRIDE
            topic = sorted(facts[start : start + TOPIC_WIDTH], key=lambda f: f.name != first)
        else:
            general = [f for f in topic if f.name in {g.name for g in facts[:TOPIC_WIDTH]}]
            topic = list({f.name: f for f in general[:1] + rng.sample(topic, len(topic))}.values())
        conditions = [f for f in topic if f.condition]
        requirements = [f for f in topic if not f.condition] or [f for f in facts if not f.condition][-1:]
        leads_condition = bool(unread) and topic[0].condition
        chosen_conditions = conditions[: max(rng.randint(0, 2), int(leads_condition))]
        chosen_requirements = requirements[: rng.randint(1, 2)]
        condition = " et ".join(_condition(f, rng) for f in sorted(chosen_conditions, key=_order))
        requirement = " et ".join(_requirement(f, rng) for f in sorted(chosen_requirements, key=_order))
        if (condition, requirement) in seen:
            continue
        seen.add((condition, requirement))
        unread.difference_update(f.name for f in (*chosen_conditions, *chosen_requirements))
        return condition, requirement


def _order(fact: Fact) -> int:
    return int(fact.name[1:])


def _condition(fact: Fact, rng: random.Random) -> str:
    if fact.kind == "entier":
        return f"{fact.name} >= {rng.randint(1, 99)} jours"
    if fact.kind == "choix":
        return f"{fact.name} = {rng.choice(CHOICES)}"
    return fact.name if rng.random() < 0.5 else f"non {fact.name}"


def _requirement(fact: Fact, rng: random.Random) -> str:
    """Holds for 0, the first choice and `faux`: requirements never contradict each other."""
    if fact.kind == "entier":
        return f"{fact.name} <= {rng.randint(1, 99)} jours"
    if fact.kind == "choix":
        return f"{fact.name} dans {{{', '.join([CHOICES[0], *sorted(rng.sample(CHOICES[1:], rng.randint(0, 2)))])}}}"
    return f"non {fact.name}"


def _rule_text(index: int, severity: str, condition: str, requirement: str, sentence: str) -> str:
    lines = [f'règle r{index} {severity} "Règle {index}"']
    if condition:
        lines.append(f"  si {condition}")
    if requirement:
        lines.append(f"  exige {requirement}")
    lines.append(f'  message "La condition {index} n\'est pas remplie."')
    lines.append(f'  cite "{sentence}"')
    return "\n".join(lines) + "\n"


def _table_text(number: int, rows: int, inputs: int, rng: random.Random) -> tuple[str, str]:
    """A complete table over its own facts (t<number>_e<i>) and a rule reading its output."""
    kinds = [_kind(i) for i in range(inputs)]
    prefix = f"t{number}_e"
    facts = []
    for i, kind in enumerate(kinds):
        spec = {
            "entier": "entier entre 0 et 100000",
            "choix": "choix (" + ", ".join(f'v{c} "V{c}"' for c in range(1, 9)) + ")",
            "booléen": "booléen",
            "date": "date",
        }[kind]
        facts.append(f'fait {prefix}{i} "Entrée {i} de la table {number}" : {spec}\n')
    lines = [
        f"| {' | '.join(_cell(k, p) for k, p in zip(kinds, piece, strict=True))} | {rng.randint(1, 5)} jours |"
        for piece in pieces(rows, inputs, rng)
    ]
    sentence = f"Tableau {number + 1}. Le délai de traitement dépend de la situation décrite au tableau {number + 1}."
    selon = ", ".join(f"{prefix}{i}" for i in range(inputs))
    table = (
        "".join(facts)
        + f'table t{number} "Table {number}"\n  selon {selon}\n  donne j{number} "Délai {number}" : jours\n  '
        + "\n  ".join(lines)
        + f'\n  cite "{sentence}"\n\n'
        + f'règle table{number} information "Délai de la table {number}"\n'
        + f'  message "Le délai est de {{t{number}}}."\n'
        + f'  cite "{sentence}"\n'
    )
    return table, sentence


def parse_tables(text: str) -> list[tuple[int, int]]:
    return [(int(r), int(k)) for r, k in (shape.split("x") for shape in text.split(",") if shape)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("dossier", type=Path)
    parser.add_argument("--regles", type=int, default=5000)
    parser.add_argument("--tables", default="", help="tailles RxK séparées par des virgules")
    options = parser.parse_args()
    path = Synthetic(options.regles, parse_tables(options.tables)).write(options.dossier)
    print(f"écrit : {path}")


if __name__ == "__main__":
    main()
