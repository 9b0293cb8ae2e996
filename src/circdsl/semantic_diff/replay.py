"""Last year's example cases replayed against the new file: the verdicts that change, and
the cases that no longer run (a fact that disappeared, a value no longer allowed)."""

from __future__ import annotations

from dataclasses import dataclass

from circdsl import model as m
from circdsl import runtime as rt
from circdsl.cases import failing_rules
from circdsl.project import load_validator


@dataclass(frozen=True)
class Verdict:
    status: str  # recevable, irrecevable...
    failing: tuple[str, ...]  # the rules in default

    def shown(self) -> str:
        return f"{self.status} (en défaut : {', '.join(self.failing)})" if self.failing else self.status

    def renamed(self, names: dict[str, str]) -> Verdict:
        return Verdict(self.status, tuple(sorted(names.get(name, name) for name in self.failing)))


@dataclass(frozen=True)
class Replay:
    """One of last year's cases whose verdict changes, or that no longer runs."""

    case: str
    line: int  # in last year's file
    before: Verdict
    after: Verdict | None  # None: the case no longer runs
    problem: str | None = None  # why it no longer runs

    def to_dict(self) -> dict[str, object]:
        return {
            "cas": self.case,
            "ligne": self.line,
            "avant": {"statut": self.before.status, "en_défaut": list(self.before.failing)},
            "après": None
            if self.after is None
            else {"statut": self.after.status, "en_défaut": list(self.after.failing)},
            "problème": self.problem,
        }


def replay(old: m.Circular, new: m.Circular, renamed: dict[str, str] | None = None) -> tuple[list[Replay], int]:
    """The cases of `old` whose verdict differs under `new`, and how many cases were replayed.

    `renamed` maps old rule names to new ones: a rule renamed failing alike is no change."""
    renamed = renamed or {}
    before = _verdicts(old, old.cases)
    facts = {fact.name for fact in new.facts}  # those its validator accepts
    validator = load_validator(new)
    changed = []
    for case in old.cases:
        verdict = before.get(case.label)
        if verdict is None:
            continue  # a case that fails on its own file is not a change of this year
        gone = [name for name, _ in case.facts if name not in facts]
        if gone:
            names = ", ".join(f"« {name} »" for name in gone)
            changed.append(
                Replay(case.label, case.line, verdict, None, f"fait(s) absent(s) du nouveau fichier : {names}")
            )
            continue
        try:
            after = _verdict(validator.evaluate(dict(case.facts)))
        except rt.SituationError as error:
            reasons = " ; ".join(f"{e.field} : {e.message}" for e in error.errors)
            changed.append(Replay(case.label, case.line, verdict, None, f"situation refusée ({reasons})"))
            continue
        if after != verdict.renamed(renamed):
            changed.append(Replay(case.label, case.line, verdict, after))
    return changed, len(before)


def _verdicts(circular: m.Circular, cases: tuple[m.Case, ...]) -> dict[str, Verdict]:
    validator = load_validator(circular)
    verdicts = {}
    for case in cases:
        try:
            verdicts[case.label] = _verdict(validator.evaluate(dict(case.facts)))
        except rt.SituationError:
            continue
    return verdicts


def _verdict(decision: rt.Decision) -> Verdict:
    return Verdict(decision.status.value, tuple(sorted(failing_rules(decision))))
