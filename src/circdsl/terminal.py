"""What reaches the operator's terminal: texts made harmless, colours only where wanted.

A text fact, a case label or a source line may hold escape sequences (\\x1b[2J, OSC 52
that writes the clipboard, a carriage return that overwrites a line, bidirectional
overrides that reorder what is read). `escape_terminal` shows each such character as a
visible \\uXXXX escape; every command passes what it prints through it. Colours are used
only on a terminal, never when NO_COLOR is set (https://no-color.org) or TERM=dumb.
"""

from __future__ import annotations

import os
import re
from typing import TextIO

import click

# C0 controls but tab and newline, DEL and C1 controls, bidirectional and zero-width format
# characters, line and paragraph separators, byte-order mark, lone surrogates (unencodable).
_UNSAFE = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff\ufff9-\ufffb\ufffe\uffff\ud800-\udfff]"
)
_UNSAFE_WITH_NEWLINES = re.compile(_UNSAFE.pattern[:-1] + "\n]")
# Characters that may stand in JSON strings unescaped but that a terminal would act on.
_UNSAFE_IN_JSON = re.compile("[\x7f-\x9f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff\ufff9-\ufffb]")


def _visible(match: re.Match[str]) -> str:
    return f"\\u{ord(match.group()):04x}"


def escape_terminal(text: str, keep_newlines: bool = True) -> str:
    """`text` with every character a terminal would act on shown as \\uXXXX (tabs kept; newlines
    kept unless `keep_newlines` is false, for a value that must stay on its line)."""
    pattern = _UNSAFE if keep_newlines else _UNSAFE_WITH_NEWLINES
    return pattern.sub(_visible, text)


def escape_json(text: str) -> str:
    """JSON text safe to print: the characters JSON leaves raw but a terminal acts on become
    \\uXXXX escapes, which any JSON reader decodes back to the same string."""
    return _UNSAFE_IN_JSON.sub(_visible, text)


def wants_colour(stream: TextIO) -> bool:
    """Colours on a terminal only; NO_COLOR (non-empty) or TERM=dumb turn them off."""
    if os.environ.get("NO_COLOR") or os.environ.get("TERM") == "dumb":
        return False
    try:
        return stream.isatty()
    except (AttributeError, ValueError):  # a closed or replaced stream
        return False


def paint(text: str, colour: str, enabled: bool, bold: bool = False) -> str:
    """`text` in `colour` when colours are enabled, else unchanged."""
    return click.style(text, fg=colour, bold=bold or None) if enabled else text
