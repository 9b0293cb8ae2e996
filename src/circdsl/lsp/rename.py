"""Rename a fact (or a value, rule, document, service, deadline, period, event, opinion or
examination) everywhere it is written: its declaration, the expressions, tables, messages
(`{agent.statut}`) and example cases of its file — and, for a fact of a vocabulary, of every
file of the folder that imports it."""

from __future__ import annotations

import re

from lsprotocol import types
from pygls.exceptions import JsonRpcException

from circdsl.check.scope import MAX_NAME_LENGTH
from circdsl.lsp.files import Analysis, Files
from circdsl.lsp.index import NAMESPACE, Kind
from circdsl.lsp.navigation import Target, occurrences, resolve, target_at
from circdsl.parser import keywords

RENAMED = {
    Kind.FACT,
    Kind.VALUE,
    Kind.RULE,
    Kind.DOCUMENT,
    Kind.SERVICE,
    Kind.DEADLINE,
    Kind.PERIOD,
    Kind.EVENT,
    Kind.OPINION,
    Kind.EXAMINATION,
}
_NAME = re.compile(r"[^\W\d]\w*")
_DOTTED = re.compile(r"[^\W\d]\w*(?:\.[^\W\d]\w*)*")  # a fact's name may be dotted: agent.statut


class RenameRefused(JsonRpcException):
    """A rename that cannot be done; the message says why, in French."""

    CODE = types.LSPErrorCodes.RequestFailed


def prepare(files: Files, analysis: Analysis, position: types.Position) -> types.PrepareRenamePlaceholder | None:
    found = target_at(files, analysis, position)
    if found is None or found[1].symbol.kind not in RENAMED:
        return None
    occurrence, target = found
    return types.PrepareRenamePlaceholder(range=analysis.lines.range(occurrence.span), placeholder=target.symbol.name)


def rename(files: Files, analysis: Analysis, position: types.Position, new_name: str) -> types.WorkspaceEdit:
    found = target_at(files, analysis, position)
    if found is None or found[1].symbol.kind not in RENAMED:
        raise RenameRefused(
            "seuls les noms déclarés dans un fichier .circ (faits, valeurs, règles, pièces…) se renomment"
        )
    target = found[1]
    new_name = new_name.strip()
    places = occurrences(files, target)
    _check_new_name(files, target, new_name, {file.uri: file for file, _ in places})
    changes: dict[str, list[types.TextEdit]] = {}
    for file, occurrence in places:
        changes.setdefault(file.uri, []).append(types.TextEdit(file.lines.range(occurrence.span), new_name))
    return types.WorkspaceEdit(changes=changes)


def _check_new_name(files: Files, target: Target, new_name: str, readers: dict[str, Analysis]) -> None:
    kind = target.symbol.kind
    pattern = _DOTTED if kind is Kind.FACT else _NAME
    if not pattern.fullmatch(new_name):
        written = (
            "des mots séparés par des points (agent.statut)" if kind is Kind.FACT else "un mot (lettres, chiffres, _)"
        )
        raise RenameRefused(f"« {new_name} » n'est pas un nom de {kind} : écrivez {written}")
    first = new_name.split(".")[0]
    if first in keywords():
        raise RenameRefused(f"« {first} » est un mot-clé du langage et ne peut pas commencer un nom")
    if len(new_name) > MAX_NAME_LENGTH:
        raise RenameRefused(f"nom trop long ({len(new_name)} caractères, {MAX_NAME_LENGTH} au plus)")
    readers.setdefault(target.analysis.uri, target.analysis)
    for reader in readers.values():
        taken = resolve(files, reader, (NAMESPACE[kind], new_name))
        if taken is not None and not target.same(taken):
            where = taken.analysis.path.name if taken.analysis.path else taken.analysis.name
            raise RenameRefused(
                f"« {new_name} » est déjà déclaré ({where}, ligne {taken.symbol.name_span.line}) : choisissez un autre nom"
            )
