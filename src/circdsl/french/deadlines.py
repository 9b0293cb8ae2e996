"""Deadlines worded as what the rules make of them.

A deadline is a date; what it means comes from the rules that read it:

- a **limit** when a rule requires a date to respect it (« au plus tard le … »);
- a **floor** when a rule requires a date *not* to respect it: documents « de moins
  de 6 mois », a return « pas avant » a birthday (« à partir du … »);
- a **window** when one rule requires both, on the same date: « du … au … », or
  « le … exactement » when both ends fall on the same day;
- a **milestone** when it only appears in conditions (« si le congé dépasse six
  mois ») — a date that changes which rules apply, not a date to meet.

A deadline read by no rule is worded as a limit, which is what an « échéance » is.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from enum import StrEnum

from circdsl import model as m
from circdsl.french import words
from circdsl.french.conditions import AFTER_ANCHOR, BEFORE_ANCHOR, Prose, flatten


class Role(StrEnum):
    LIMIT = "date limite"
    FLOOR = "pas avant"
    WINDOW = "période à respecter"
    MILESTONE = "date repère"
    BOTH = "échéance"  # a limit for one rule, a floor for another: worded as a milestone


# How a role is announced before a label (unless the label already says it).
ROLE_TITLES = {
    Role.LIMIT: "Date limite",
    Role.FLOOR: "Pas avant",
    Role.WINDOW: "Date à respecter",
    Role.MILESTONE: "Date repère",
    Role.BOTH: "Échéance",
}
_ORIGIN = datetime.date(2000, 1, 15)  # any date: to compare two relative bounds on the same anchor
POSTPONED = "reportée au jour ouvré suivant si elle tombe un samedi, un dimanche ou un jour férié"


@dataclass(frozen=True)
class Use:
    role: Role
    window: tuple[m.Deadline, m.Deadline] | None = None  # (floor, limit) of a window
    # The `inclusive` the rules' bound amounts to, as if they said « respecte » (the deadline's own
    # `inclusive` when they do). A comparison decides by itself: `date <= échéance` keeps the day
    # (inclusive), `date < échéance` does not; `date >= échéance` allows the day itself, as
    # `non (date respecte échéance)` of an exclusive deadline does (so: not inclusive), and
    # `date > échéance` starts the day after (inclusive). None: the deadline's own.
    inclusive: bool | None = None


def includes_its_day(deadline: m.Deadline, use: Use) -> bool:
    """The deadline's `inclusive` as the rules read it (see `Use.inclusive`)."""
    return deadline.inclusive if use.inclusive is None else use.inclusive


def uses(circular: m.Circular) -> dict[str, Use]:
    """How the rules of `circular` use each of its deadlines."""
    required: dict[str, set[str]] = {}  # deadline -> {"limit", "floor"}
    as_inclusive: dict[str, set[bool]] = {}  # deadline -> the `inclusive` its bounds amount to
    conditions: set[str] = set()
    windows: dict[str, tuple[m.Deadline, m.Deadline]] = {}
    for rule in circular.rules:
        if rule.requires is not None:
            for deadline, negated, inclusive in _bounds(rule.requires, negated=False):
                required.setdefault(deadline.name, set()).add("floor" if negated else "limit")
                as_inclusive.setdefault(deadline.name, set()).add(inclusive)
            _pair_windows(rule.requires, windows)
        for expr in (rule.applies, *(x.condition for x in rule.exceptions)):
            if expr is not None:
                conditions.update(d.name for d, _, _ in _bounds(expr, False))
    for expr in _other_conditions(circular):
        conditions.update(d.name for d, _, _ in _bounds(expr, False))
    found = {}
    for deadline in circular.deadlines:
        kinds = required.get(deadline.name, set())
        readings = as_inclusive.get(deadline.name, set())
        read_as = next(iter(readings)) if len(readings) == 1 else None  # None unless the rules agree
        if deadline.name in windows and len(kinds) == 1:
            found[deadline.name] = Use(Role.WINDOW, windows[deadline.name])
        elif kinds == {"limit"} or (not kinds and deadline.name not in conditions and not deadline.opening):
            found[deadline.name] = Use(Role.LIMIT, inclusive=read_as)
        elif kinds == {"floor"} or (not kinds and deadline.name not in conditions):  # an opening read by no rule
            found[deadline.name] = Use(Role.FLOOR, inclusive=read_as)
        elif kinds:
            found[deadline.name] = Use(Role.BOTH)
        else:
            found[deadline.name] = Use(Role.MILESTONE)
    return found


def _bounds(expr: m.Expr, negated: bool) -> Iterator[tuple[m.Deadline, bool, bool]]:
    """Deadlines met or compared in `expr`, with whether the date must fall after them and the
    `inclusive` the bound amounts to (see `Use.inclusive`)."""
    stack = [(expr, negated)]
    while stack:
        node, flipped = stack.pop()
        if isinstance(node, m.Unary) and node.op == "non":
            stack.append((node.operand, not flipped))
        elif isinstance(node, m.MeetsDeadline):
            yield node.deadline, flipped, node.deadline.inclusive
        elif isinstance(node, m.Binary) and node.op in ("<", "<=", ">", ">="):
            yield from _compared(node, flipped)
        else:
            stack.extend((child, flipped) for child in node.children())


def _compared(node: m.Binary, flipped: bool) -> Iterator[tuple[m.Deadline, bool, bool]]:
    """`x <= échéance` bounds x from above; `x >= échéance` from below. What the bound amounts to
    comes from the comparison once negations are pushed in (a strict limit: not inclusive; a strict
    floor: inclusive, see `Use.inclusive`); the deadline's `inclusive`, about « respecte », plays no part."""
    upper = node.op in ("<", "<=")
    strict = (node.op in ("<", ">")) != flipped
    if isinstance(node.right, m.DeadlineRef):
        floor = upper == flipped
        yield node.right.deadline, floor, strict if floor else not strict
    if isinstance(node.left, m.DeadlineRef):
        floor = upper != flipped
        yield node.left.deadline, floor, strict if floor else not strict


def _pair_windows(requires: m.Expr, windows: dict[str, tuple[m.Deadline, m.Deadline]]) -> None:
    """`x respecte A et non (x respecte B)`: B opens and A closes the window of the date x."""
    limits: dict[str, m.Deadline] = {}
    floors: dict[str, m.Deadline] = {}
    for part in flatten("et", requires):
        negated = isinstance(part, m.Unary) and part.op == "non"
        inner = part.operand if isinstance(part, m.Unary) and negated else part
        if isinstance(inner, m.MeetsDeadline) and isinstance(inner.operand, m.FactRef):
            (floors if negated else limits)[inner.operand.fact.name] = inner.deadline
    for fact, limit in limits.items():
        if fact in floors:
            windows[limit.name] = windows[floors[fact].name] = (floors[fact], limit)


def _other_conditions(circular: m.Circular) -> Iterable[m.Expr]:
    for document in circular.documents:
        yield from (e for e in (document.condition, *(d.condition for d in document.deliveries)) if e is not None)
    conditions = [d.condition for d in circular.deadlines] + [o.condition for o in circular.opinions]
    conditions += [e.condition for e in circular.examinations] + [r.condition for r in circular.requests]
    yield from (condition for condition in conditions if condition is not None)
    for value in circular.values:
        yield value.expr
    for table in circular.tables:
        yield from table.inputs


# ---------------------------------------------------------------- wording


class DeadlineWording:
    """The French of a circular's deadlines, by their use."""

    def __init__(self, circular: m.Circular, prose: Prose | None = None) -> None:
        self.uses = uses(circular)
        self.prose = prose or Prose()

    def use(self, deadline: m.Deadline) -> Use:
        return self.uses.get(deadline.name, Use(Role.LIMIT))

    def role_title(self, deadline: m.Deadline) -> str:
        return ROLE_TITLES[self.use(deadline).role]

    def titled(self, deadline: m.Deadline, label: str | None = None) -> str:
        """« Date limite : Dépôt du dossier », or the label alone when it already says so."""
        label = label if label is not None else deadline.label
        title = self.role_title(deadline)
        return label if _says(label, title) else f"{title} : {label}"

    def when(
        self, deadline: m.Deadline, dates: Mapping[str, datetime.date | None] | None = None, long: bool = False
    ) -> str:
        """When the date must fall, for this deadline's use: « au plus tard le 13 janvier 2025 »,
        « à partir du 14 janvier 2025 », « du … au … », or how it is computed from the situation.
        `dates` gives the applicant's own dates of relative deadlines."""
        date = _date_of(deadline, dates)
        text = self._computed(deadline) if date is None else self._dated(deadline, date, dates, long)
        if deadline.postponed:
            text += f" ({POSTPONED})"
        return words.elided(text)

    def _dated(
        self,
        deadline: m.Deadline,
        date: datetime.date,
        dates: Mapping[str, datetime.date | None] | None,
        long: bool,
    ) -> str:
        def show(bound: m.Deadline, day: datetime.date) -> str:
            shown = (words.long_date if long else words.date)(day)
            return f"{shown} à {bound.time}" if bound.time is not None and day == bound.date else shown

        use = self.use(deadline)
        if use.role is Role.WINDOW and use.window is not None:
            floor, limit = use.window
            start, end = _date_of(floor, dates), _date_of(limit, dates)
            if start is not None and end is not None:
                start, end = first_day(floor, start), last_day(limit, end)
                if start == end and floor.time is None and limit.time is None:
                    return f"le {show(floor, start)} exactement"
                if start <= end:
                    return f"du {show(floor, start)} au {show(limit, end)} inclus"
                return (
                    f"à partir du {show(floor, start)} et au plus tard le {show(limit, end)} : aucune date ne convient"
                )
        if use.role is Role.FLOOR or (use.role is Role.WINDOW and use.window and use.window[0] is deadline):
            return f"à partir du {show(deadline, first_day(deadline, date, use))}"
        if use.role in (Role.MILESTONE, Role.BOTH):
            return f"le {show(deadline, date)}"
        if includes_its_day(deadline, use):
            return f"au plus tard le {show(deadline, date)}"
        return f"au plus tard le {show(deadline, last_day(deadline, date, use))} (avant le {words.date(date)})"

    def _computed(self, deadline: m.Deadline) -> str:
        """A deadline relative to a fact not known yet: how it is computed, by its use."""
        relative = deadline.relative
        if relative is None:
            return "date non précisée"
        use = self.use(deadline)
        wording = AFTER_ANCHOR if relative.direction == "après" else BEFORE_ANCHOR
        how = self.prose.relative(relative)
        floor = use.role is Role.FLOOR
        if use.role is Role.WINDOW and use.window is not None:
            low, high = use.window
            same = low.relative is not None and high.relative is not None and low.relative.text == high.relative.text
            if same and last_day(high, _ORIGIN) == first_day(low, _ORIGIN):
                return f"exactement {how}"
            floor = low is deadline
        if use.role in (Role.MILESTONE, Role.BOTH):
            return how
        inclusive = includes_its_day(deadline, use)
        if floor:
            return f"{wording['>' if inclusive else '>=']} {how}"
        return f"{wording['<=' if inclusive else '<']} {how}"


def first_day(deadline: m.Deadline, date: datetime.date, use: Use | None = None) -> datetime.date:
    """The first day a date may take when `deadline` is a floor: after an inclusive deadline,
    on or after an exclusive one (inclusive as `use` reads it, see `Use.inclusive`)."""
    inclusive = deadline.inclusive if use is None else includes_its_day(deadline, use)
    return _shift(date, 1) if inclusive else date


def last_day(deadline: m.Deadline, date: datetime.date, use: Use | None = None) -> datetime.date:
    """The last day a date may take when `deadline` is a limit."""
    inclusive = deadline.inclusive if use is None else includes_its_day(deadline, use)
    return date if inclusive else _shift(date, -1)


def _date_of(deadline: m.Deadline, dates: Mapping[str, datetime.date | None] | None) -> datetime.date | None:
    if deadline.date is not None:
        return deadline.date
    return dates.get(deadline.name) if dates is not None else None


def _shift(date: datetime.date, days: int) -> datetime.date:
    try:
        return date + datetime.timedelta(days=days)
    except OverflowError:
        return date


def _says(label: str, title: str) -> bool:
    """Whether a label already announces what it is (« Date limite de dépôt… », « Délai de
    prévenance : … »): then a role title before it would repeat it."""
    folded = label.casefold()
    return " : " in label or folded.startswith((title.casefold(), "date limite", "délai", "échéance"))
