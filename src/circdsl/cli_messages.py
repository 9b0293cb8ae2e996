"""click's own messages (usage errors, help headings), in French.

click marks its messages for gettext (`_("Missing option")`) but ships no French catalogue;
`install()` gives its modules a gettext that looks messages up in the small catalogue
below (an unknown message stays in English rather than failing). Call it before the
commands are declared: help texts such as "Show this message and exit." are read then.
"""

from __future__ import annotations

import click.core
import click.decorators
import click.exceptions
import click.formatting
import click.parser
import click.termui
import click.types

MESSAGES = {
    "Usage:": "Utilisation :",
    "Options": "Options",
    "Commands": "Commandes",
    "Positional arguments": "Arguments",
    "Show this message and exit.": "Afficher cette aide et quitter.",
    "Show the version and exit.": "Afficher la version et quitter.",
    "Error: {message}": "erreur : {message}",
    "Try '{command} {option}' for help.": "Lancez « {command} {option} » pour l'aide.",
    "Aborted!": "interrompu.",
    "Missing argument": "Argument manquant",
    "Missing option": "Option manquante",
    "Missing parameter": "Paramètre manquant",
    "Missing {param_type}": "{param_type} manquant",
    "Missing parameter: {param_name}": "Paramètre manquant : {param_name}",
    "Missing command.": "Commande manquante.",
    "No such option: {name}": "option inconnue : {name}",
    "No such option {name!r}.": "option inconnue : {name}",
    "No such command {name!r}.": "commande inconnue : « {name} ».",
    "Did you mean {possibility}?": "; vouliez-vous dire {possibility} ?",
    "(Did you mean one of: {possibilities}?)": "; vouliez-vous dire {possibilities} ?",
    "Got unexpected extra argument ({args})": "argument en trop : {args}",
    "Got unexpected extra arguments ({args})": "arguments en trop : {args}",
    "Option {name!r} requires an argument.": "l'option {name} attend une valeur.",
    "Option {name!r} requires {nargs} arguments.": "l'option {name} attend {nargs} valeurs.",
    "Option {name!r} does not take a value.": "l'option {name} ne prend pas de valeur.",
    "Argument {name!r} takes {nargs} values.": "l'argument {name} prend {nargs} valeurs.",
    "Invalid value: {message}": "valeur invalide : {message}",
    "Invalid value for {param_hint}: {message}": "valeur invalide pour {param_hint} : {message}",
    "{value!r} is not {choice}.": "« {value} » n'est pas {choice}.",
    "{value!r} is not one of {choices}.": "« {value} » n'est pas l'une des valeurs {choices}.",
    "{value!r} is not a valid {number_type}.": "« {value} » n'est pas un nombre valide ({number_type}).",
    "{value} is not in the range {range}.": "{value} est hors de l'intervalle {range}.",
    "{value!r} is not a valid boolean. Recognized values: {states}": "« {value} » n'est pas oui ou non ({states}).",
    "{name} {filename!r} does not exist.": "{name} « {filename} » introuvable.",
    "{name} {filename!r} is a file.": "{name} « {filename} » est un fichier.",
    "{name} {filename!r} is a directory.": "{name} « {filename} » est un dossier.",
    "{name} {filename!r} is not readable.": "{name} « {filename} » illisible.",
    "{name} {filename!r} is not writable.": "{name} « {filename} » protégé en écriture.",
    "Could not open file {filename!r}: {message}": "impossible d'ouvrir « {filename} » : {message}",
    "file": "fichier",
    "directory": "dossier",
    "path": "chemin",
    "unknown error": "erreur inconnue",
    "default: {default}": "par défaut : {default}",
    "required": "obligatoire",
    "(dynamic)": "(dynamique)",
    "env var: {var}": "variable d'environnement : {var}",
    "Value must be an iterable.": "une liste de valeurs est attendue.",
    "Choose from:\n\t{choices}": "Choisissez parmi :\n\t{choices}",
    "deprecated": "obsolète",
}


def french(message: str) -> str:
    """gettext for click: the French message, or the English one if it is not in the catalogue."""
    return MESSAGES.get(message, message)


def french_plural(singular: str, plural: str, count: int) -> str:
    """ngettext for click."""
    return french(singular if count == 1 else plural)


def install() -> None:
    """Make click speak French (its modules look `_` and `ngettext` up when a message is shown)."""
    for module in (
        click.core,
        click.decorators,
        click.exceptions,
        click.formatting,
        click.parser,
        click.termui,
        click.types,
    ):
        if hasattr(module, "_"):
            module._ = french  # type: ignore[attr-defined]
        if hasattr(module, "ngettext"):
            module.ngettext = french_plural  # type: ignore[attr-defined]
