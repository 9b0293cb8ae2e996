"""Read an applicant's situation from a JSON file or the standard input, for `circ eval`,
`circ checklist`: regular files only, a bounded size, numbers kept as written (decimals,
so that 6.0000000000000001 sent as a number and as a string agree), and French errors
located at the line and column of the JSON text."""

from __future__ import annotations

import os
import stat
import sys
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO

from circdsl.files import french_os_error
from circdsl.terminal import escape_terminal

if TYPE_CHECKING:
    import json

MAX_SITUATION_BYTES = 1_000_000  # a situation is a few hundred bytes; one megabyte is far beyond any
STDIN_NAME = "<entrée standard>"
MAX_INTEGER_DIGITS = 60  # longer integers are kept as decimals, which the validators refuse in French

# Python's JSON error messages, in French (the message is the part before « : line … »).
JSON_MESSAGES = {
    "Expecting value": "valeur attendue (texte entre guillemets, nombre, true, false, null, liste ou objet)",
    "Expecting property name enclosed in double quotes": 'nom de fait entre guillemets droits attendu ("fait"), '
    "sans virgule après le dernier élément",
    "Expecting ':' delimiter": "« : » attendu entre le nom du fait et sa valeur",
    "Expecting ',' delimiter": "« , » attendue entre deux éléments",
    "Unterminated string starting at": "texte sans guillemet fermant",
    "Invalid control character at": "caractère de contrôle dans un texte (un retour à la ligne s'écrit \\n)",
    "Invalid \\escape": "séquence d'échappement invalide (\\ suivi de \", \\, /, b, f, n, r, t ou uXXXX)",
    "Invalid \\uXXXX escape": "séquence \\uXXXX invalide (quatre chiffres hexadécimaux attendus)",
    "Extra data": "contenu après la fin de la situation (un seul objet JSON par fichier)",
}


class SituationFileError(Exception):
    """A situation file that cannot be read: the French message names the file (and the place)."""


def read_situation_file(path: Path) -> Any:
    """The JSON value of a situation file (« - »: the standard input), numbers as Decimal."""
    name = STDIN_NAME if str(path) == "-" else str(path)
    data = _read_stdin() if str(path) == "-" else _read_file(path)
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise SituationFileError(f"la situation {name} est encodée en UTF-16 : enregistrez le JSON en UTF-8")
    try:
        text = data.decode("utf-8-sig")  # a byte-order mark (some Windows editors write one) is accepted
    except UnicodeDecodeError:
        raise SituationFileError(
            f"la situation {name} n'est pas un texte UTF-8 : enregistrez le JSON en UTF-8"
        ) from None
    return parse_situation_json(text, name)


def parse_situation_json(text: str, name: str) -> Any:
    """Parse JSON text; numbers become Decimal (ints stay ints), duplicate keys are refused."""
    import json  # here: `circ check` imports this module for its error class only

    try:
        return json.loads(
            text, parse_float=Decimal, parse_int=_integer, parse_constant=Decimal, object_pairs_hook=_unique_keys
        )
    except json.JSONDecodeError as error:
        raise SituationFileError(_located(error, name)) from None
    except _DuplicateKeyError as error:
        raise SituationFileError(_duplicate(text, name, error.key)) from None
    except RecursionError:
        raise SituationFileError(f"{name} : JSON trop profondément imbriqué pour être une situation") from None


def _read_file(path: Path) -> bytes:
    try:
        status = os.stat(path)
    except OSError as error:
        raise SituationFileError(f"impossible de lire la situation {path} : {_reason(error)}") from None
    if not stat.S_ISREG(status.st_mode):
        raise SituationFileError(
            f"la situation {path} n'est pas un fichier ordinaire (dossier, périphérique ou tube) : "
            "indiquez un fichier .json, ou « - » pour l'entrée standard"
        )
    if status.st_size > MAX_SITUATION_BYTES:
        raise SituationFileError(_too_large(str(path)))
    try:
        with path.open("rb") as stream:
            return _bounded(stream, str(path))
    except OSError as error:
        raise SituationFileError(f"impossible de lire la situation {path} : {_reason(error)}") from None


def _read_stdin() -> bytes:
    return _bounded(sys.stdin.buffer, STDIN_NAME)


def _bounded(stream: BinaryIO, name: str) -> bytes:
    """At most MAX_SITUATION_BYTES: a larger input (or an endless one) is refused, not read to the end."""
    data = stream.read(MAX_SITUATION_BYTES + 1)
    if len(data) > MAX_SITUATION_BYTES:
        raise SituationFileError(_too_large(name))
    return data


def _too_large(name: str) -> str:
    return f"la situation {name} dépasse {MAX_SITUATION_BYTES // 1_000_000} Mo : une situation tient en quelques lignes"


def _reason(error: OSError) -> str:
    return "fichier introuvable" if isinstance(error, FileNotFoundError) else french_os_error(error)


def _integer(text: str) -> int | Decimal:
    return int(text) if len(text) <= MAX_INTEGER_DIGITS else Decimal(text)  # int() refuses 4,300+ digits


class _DuplicateKeyError(Exception):
    def __init__(self, key: str):
        super().__init__(key)
        self.key = key


def _unique_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise _DuplicateKeyError(key)
        result[key] = value
    return result


def _located(error: json.JSONDecodeError, name: str) -> str:
    message = next(
        (french for english, french in JSON_MESSAGES.items() if error.msg.startswith(english)),
        f"syntaxe JSON invalide ({escape_terminal(error.msg, keep_newlines=False)})",
    )
    return f"{name}:{error.lineno}:{error.colno}: JSON invalide : {message}\n{excerpt(error.doc, error.pos)}"


def _duplicate(text: str, name: str, key: str) -> str:
    import json

    written = json.dumps(key, ensure_ascii=False)
    first = text.find(written)
    second = text.find(written, first + 1) if first >= 0 else -1
    where = ""
    if second >= 0:
        line = text.count("\n", 0, second) + 1
        column = second - (text.rfind("\n", 0, second) + 1) + 1
        where = f"{line}:{column}:"
    shown = escape_terminal(key, keep_newlines=False)[:80]
    message = f"{name}:{where} le fait « {shown} » est donné deux fois : gardez une seule valeur"
    return message + (f"\n{excerpt(text, second)}" if second >= 0 else "")


def excerpt(text: str, position: int, width: int = 60) -> str:
    """The line of `position` (a window of it, if long) and a caret under the position."""
    start = text.rfind("\n", 0, position) + 1
    end = text.find("\n", position)
    line = text[start : len(text) if end < 0 else end]
    column = position - start
    left = max(0, column - width)
    shown = line[left : column + width]
    prefix = "…" if left else ""
    suffix = "…" if column + width < len(line) else ""
    before = escape_terminal(prefix + shown[: column - left], keep_newlines=False).expandtabs(4)
    body = escape_terminal(prefix + shown, keep_newlines=False).expandtabs(4) + suffix
    number = str(text.count("\n", 0, position) + 1)
    return f" {number} | {body}\n {' ' * len(number)} | {' ' * len(before)}^"
