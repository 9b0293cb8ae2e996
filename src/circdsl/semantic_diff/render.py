"""The semantic diff in plain French: as text for a terminal, as Markdown for an editor
(`render_markdown`, with the names of the .circ file), as a section of a circular's page for its
readers (`render_page`)."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import TYPE_CHECKING

from circdsl.escape import Markdown, markdown
from circdsl.semantic_diff.compare import AspectChange, Change, RowChange, Section, Status

if TYPE_CHECKING:
    from circdsl.semantic_diff import SemanticDiff
    from circdsl.semantic_diff.replay import Verdict

_PARTICIPLES = {
    Status.ADDED: "ajouté",
    Status.REMOVED: "retiré",
    Status.CHANGED: "modifié",
    Status.RENAMED: "renommé",
}
_ROWS = {Status.ADDED: "ligne ajoutée", Status.REMOVED: "ligne retirée", Status.CHANGED: "ligne modifiée"}


def participle(status: Status, feminine: bool) -> str:
    return _PARTICIPLES[status] + ("e" if feminine else "")


def headline(change: Change, section: Section) -> str:
    """« règle modifiée plafond_tiers_heures « Au plus le quart des ORS » (ligne 70) »."""
    name = f"{change.old_name} → {change.name}" if change.old_name else change.name
    title = f" « {change.title} »" if change.title and change.title != change.name else ""
    where = f"ligne {change.line} de l'ancien fichier" if change.status is Status.REMOVED else f"ligne {change.line}"
    reason = f", {change.reason}" if change.reason else ""
    return f"{section.kind} {participle(change.status, section.feminine)} {name}{title} ({where}{reason})"


def aspect_line(aspect: AspectChange) -> str:
    note = f" ({aspect.note})" if aspect.note else ""
    if aspect.before is None:
        return f"{aspect.name} : {aspect.after}"
    if aspect.after is None:
        return f"{aspect.name} : {aspect.before} → (retiré)"
    return f"{aspect.name} : {aspect.before} → {aspect.after}{note}"


def row_line(row: RowChange) -> str:
    if row.status is Status.CHANGED:
        return f"{_ROWS[row.status]} [{row.conditions}] : {row.before} → {row.after}"
    return f"{_ROWS[row.status]} [{row.conditions}] : {row.after if row.after is not None else row.before}"


def render_text(diff: SemanticDiff) -> str:
    lines = [diff.title, ""]
    if diff.header:
        lines.append("En-tête")
        lines += [f"  {aspect_line(a)}" for a in diff.header]
        lines.append("")
    for section in diff.sections:
        lines.append(section.title)
        for change in section.changes:
            lines.append(f"  {headline(change, section)}")
            lines += [f"      {aspect_line(a)}" for a in change.aspects]
            lines += [f"      {row_line(r)}" for r in change.rows]
        lines.append("")
    lines += _replays_text(diff)
    return "\n".join(lines).rstrip() + "\n"


def _replays_text(diff: SemanticDiff) -> list[str]:
    if diff.replayed is None:
        return []
    lines = [f"Cas de l'an dernier rejoués sur le nouveau fichier ({diff.replayed} cas)"]
    for replay in diff.replays:
        after = replay.after.shown() if replay.after is not None else f"ne s'exécute plus : {replay.problem}"
        lines.append(f"  ligne {replay.line} « {replay.case} » : {replay.before.shown()} → {after}")
    lines.append(f"  {_unchanged(diff)}")
    return lines


def _unchanged(diff: SemanticDiff) -> str:
    """« 5 autres cas : même décision », or that no verdict changes."""
    same = (diff.replayed or 0) - len(diff.replays)
    if not diff.replays:
        return "aucun verdict ne change." if same else "aucun cas à rejouer."
    if same == 0:
        return "aucun autre cas."
    return f"{same} autre{'s' if same > 1 else ''} cas : même décision."


def render_markdown(diff: SemanticDiff, level: int = 2) -> str:
    """The diff as a Markdown section titled « Ce qui change par rapport à l'an dernier »."""
    heading, sub = "#" * level, "#" * (level + 1)
    lines = [f"{heading} Ce qui change par rapport à l'an dernier", "", f"*{_escape(diff.title)}.*", ""]
    if diff.empty:
        lines += ["Rien ne change dans les règles, le calendrier, les pièces ni le circuit de la demande.", ""]
    if diff.header:
        lines += [f"{sub} En-tête", ""]
        lines += [f"- {_escape(aspect_line(a))}" for a in diff.header]
        lines.append("")
    for section in diff.sections:
        lines += [f"{sub} {section.title}", ""]
        for change in section.changes:
            lines.append(f"- **{participle(change.status, section.feminine)}** — {_escape(_md_headline(change))}")
            lines += [f"    - {_escape(aspect_line(a))}" for a in change.aspects]
            lines += [f"    - {_escape(row_line(r))}" for r in change.rows]
        lines.append("")
    lines += _replays_markdown(diff, sub)
    return "\n".join(lines).rstrip() + "\n"


def _md_headline(change: Change) -> str:
    name = f"{change.old_name} → {change.name}" if change.old_name else change.name
    title = f" « {change.title} »" if change.title and change.title != change.name else ""
    reason = f" ({change.reason})" if change.reason else ""
    return f"{name}{title}{reason}"


def _replays_markdown(diff: SemanticDiff, sub: str) -> list[str]:
    if diff.replayed is None:
        return []
    lines = [f"{sub} Les cas de l'an dernier rejoués", ""]
    if not diff.replays:
        return [*lines, f"Aucun des {diff.replayed} cas de l'an dernier ne change de décision.", ""]
    lines += ["| cas | l'an dernier | cette année |", "|---|---|---|"]
    for replay in diff.replays:
        after = replay.after.shown() if replay.after is not None else f"ne s'exécute plus : {replay.problem}"
        lines.append(f"| {_cell(replay.case)} | {_cell(replay.before.shown())} | {_cell(after)} |")
    lines += ["", _unchanged(diff).capitalize(), ""]
    return lines


def _escape(text: str) -> str:
    """Markdown-safe prose: no emphasis, link or HTML from the circular's own characters."""
    return markdown(text, leading=False)


def _cell(text: str) -> str:
    return _escape(text)  # `|` is escaped too


# ---------------------------------------------------------------- the section of a page

# A name of the .circ file: what `reader_labels` replaces by its label on a page.
_NAME = re.compile(r"[\wÀ-ÿ]+(?:[._][\wÀ-ÿ]+)+")
_PLACEHOLDER = re.compile(r"\{[^{}]*\}")  # a value a rule's message shows: {agent.statut}


# Header aspects that name files: for the editor, not for the page's readers.
_FILES = {"texte source", "remplace"}


def render_page(
    diff: SemanticDiff, old_labels: Mapping[str, str], new_labels: Mapping[str, str], level: int = 2
) -> Markdown:
    """The « Ce qui change par rapport à l'an dernier » section of a circular's page, for its
    readers: declarations and rules in default by their titles (last year's in last year's
    words), the values a message shows as « … », every other name of the .circ files by its
    label; escaped for Markdown (`escape.markdown`)."""
    heading, sub = "#" * level, "#" * (level + 1)
    said, said_before = _Reader({**old_labels, **new_labels}), _Reader({**new_labels, **old_labels})
    year = f", année scolaire {diff.old.school_year}" if diff.old.school_year else ""
    lines = [
        f"{heading} Ce qui change par rapport à l'an dernier",
        "",
        f"Par rapport à la circulaire qu'elle remplace ({said(diff.old.title)}{year}).",
        "",
    ]
    if diff.empty:
        lines += ["Rien ne change dans les règles, le calendrier, les pièces ni le circuit de la demande.", ""]
    header = [a for a in diff.header if a.name not in _FILES]
    if header:
        lines += [f"{sub} En-tête", ""]
        lines += [f"- {said(aspect_line(a))}" for a in header]
        lines.append("")
    for section in diff.sections:
        lines += [f"{sub} {section.title}", ""]
        for change in section.changes:
            title = change.title or said.labels.get(change.name, change.name)
            lines.append(f"- **{participle(change.status, section.feminine)}** — {said(title)}")
            lines += [f"    - {said(aspect_line(a))}" for a in change.aspects]
            lines += [f"    - {said(row_line(r))}" for r in change.rows]
        lines.append("")
    lines += _replays_page(diff, sub, said_before, said)
    return Markdown("\n".join(lines).rstrip() + "\n")


class _Reader:
    """Text of the diff as a reader of the page sees it, escaped for Markdown."""

    def __init__(self, labels: Mapping[str, str]) -> None:
        self.labels = labels

    def plain(self, text: str) -> str:
        text = _PLACEHOLDER.sub("…", text)
        return _NAME.sub(lambda found: self._label(found.group(0)), text)

    def _label(self, name: str) -> str:
        label = self.labels.get(name)
        return f"« {label} »" if label else name

    def __call__(self, text: str) -> Markdown:
        return markdown(self.plain(text), leading=False)


def _replays_page(diff: SemanticDiff, sub: str, said_before: _Reader, said: _Reader) -> list[str]:
    if diff.replayed is None:
        return []
    lines = [f"{sub} Les exemples de l'an dernier, vérifiés sur cette circulaire", ""]
    if not diff.replays:
        return [*lines, f"Aucun des {diff.replayed} exemples de l'an dernier ne change de résultat.", ""]
    lines += ["| exemple | l'an dernier | cette année |", "|---|---|---|"]
    for replay in diff.replays:
        after = _verdict_page(replay.after, said) if replay.after is not None else "ne s'applique plus"
        lines.append(f"| {said(replay.case)} | {_verdict_page(replay.before, said_before)} | {after} |")
    lines += ["", _unchanged(diff).capitalize(), ""]
    return lines


def _verdict_page(verdict: Verdict, said: _Reader) -> Markdown:
    if not verdict.failing:
        return said(verdict.status)
    rules = ", ".join(f"« {said.labels[n]} »" if n in said.labels else n for n in verdict.failing)
    return Markdown(f"{said(verdict.status)} (en défaut : {markdown(rules, leading=False)})")
