"""The semantic diff in plain French: as text for a terminal, as Markdown for a page."""

from __future__ import annotations

from typing import TYPE_CHECKING

from circdsl.semantic_diff.compare import AspectChange, Change, RowChange, Section, Status

if TYPE_CHECKING:
    from circdsl.semantic_diff import SemanticDiff

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
    """Markdown-safe prose: no emphasis or HTML from the circular's own characters."""
    return text.replace("\\", "\\\\").replace("*", "\\*").replace("_", "\\_").replace("<", "&lt;")


def _cell(text: str) -> str:
    return _escape(text).replace("|", "\\|")
