"""Syntax highlighting of .circ: the language's words by family, and the TextMate grammar of the
VS Code extension (`editors/vscode/syntaxes/circ.tmLanguage.json`) and the syntax definition of
Kate (`editors/kate/circ.xml`) built from them.

The families are the one list both highlighters read (this grammar and the Pygments lexer of
`pygments_lexer`); the tests check that they hold exactly the keywords of `grammar/circ.lark`, and
that both highlighters scope every token of every circular and guide example as the parser
reads it. Regenerate both files after a change, from the repository's root:

    python -m circdsl.highlight
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

# ---------------------------------------------------------------- the words, by family


def _ordered(words: str) -> tuple[str, ...]:
    return tuple(words.split())


def _family(words: str) -> frozenset[str]:
    return frozenset(_ordered(words))


# Words that open a declaration (followed by the name declared).
DECLARATIONS = _family(
    "circulaire vocabulaire données utilise fait valeur règle pièce service dépôt avis examen échéance période"
    " événement table cas règles"
)
# Words that open a clause, a header line or a part of one.
CLAUSES = _family(
    "si exige sauf alors message cite transmise via détail adresse donné selon donne sinon reprend attendu"
    " manque envoi pièces lien lieu reporté autorité référence date année scolaire source remplace vu"
    " dispositif partie arrondi le du au à partir"
)
# Words of conditions and calculations.
OPERATORS = _family("et ou non dans hors de est respecte pendant nombre fournies entre")
# Types of facts.
TYPES = _family("booléen entier décimal pourcentage texte choix multiples")
# Units after a number, and the units of delays.
UNITS = _family(
    "h heure heures jour jours semaine semaines mois trimestre trimestres an ans euro euros ouvré ouvrés"
    " ouvrable ouvrables"
)
# Literal values.
CONSTANTS = _family("vrai faux inconnu néant")
# Severities, requirements, statuses, channels, roundings, bounds…
QUALIFIERS = _family(
    "bloquante avertissement information levée obligatoire facultative facultatif médicale médical"
    " confidentielle confidentiel recevable avec réserves irrecevable incomplet inclus exclu postale"
    " hiérarchique courriel ligne main propre voie en par sous pli centime dernier début suivant avant"
    " après"
)
# Keywords the grammar writes as patterns rather than words.
PATTERN_UNITS = ("demi-journées", "demi-journée")
PATTERN_QUALIFIERS = ("l'unité",)  # the apostrophe may be typographic: l’unité
UNIT_SIGNS = ("%", "€")

FAMILIES = {
    "declaration": DECLARATIONS,
    "clause": CLAUSES,
    "operator": OPERATORS,
    "type": TYPES,
    "unit": UNITS,
    "constant": CONSTANTS,
    "qualifier": QUALIFIERS,
}
MONTHS = _ordered("janvier février mars avril mai juin juillet août septembre octobre novembre décembre")


def family_words() -> frozenset[str]:
    """Every word of the families."""
    return frozenset().union(*FAMILIES.values())


# ---------------------------------------------------------------- TextMate

SCOPES = {
    "declaration": "keyword.other.declaration.circ",
    "clause": "keyword.control.circ",
    "operator": "keyword.operator.word.circ",
    "type": "keyword.other.type.circ",
    "unit": "keyword.other.unit.circ",
    "constant": "constant.language.circ",
    "qualifier": "keyword.other.circ",
}
_LETTER = r"[\p{L}\p{N}_]"
_NAME = r"[\p{L}_][\p{L}\p{N}_]*"
_QNAME = rf"{_NAME}(?:\.{_NAME})*"
_END = rf"(?!{_LETTER}|-)"  # a keyword ends where a name would go on


def _alternation(words: object) -> str:
    ordered = sorted(words, key=lambda w: (-len(w), w))  # type: ignore[call-overload]
    return "|".join(w.replace("'", "['’]").replace("-", r"\-") for w in ordered)


def textmate_grammar() -> dict[str, object]:
    """The TextMate grammar of .circ, as the VS Code extension ships it."""
    repository: dict[str, object] = {
        "comment": {"match": "#.*$", "name": "comment.line.number-sign.circ"},
        "escape": {"match": r"\\.", "name": "constant.character.escape.circ"},
        "string": {
            "begin": '"',
            "end": '"',
            "name": "string.quoted.double.circ",
            "patterns": [{"include": "#escape"}],
        },
        "message": {
            "comment": "a message: the names between braces are read from the situation",
            "begin": rf'(?<!{_LETTER}|\.)(message)\s+(")',
            "beginCaptures": {"1": {"name": SCOPES["clause"]}, "2": {"name": "string.quoted.double.circ"}},
            "end": '"',
            "endCaptures": {"0": {"name": "string.quoted.double.circ"}},
            "contentName": "string.quoted.double.circ",
            "patterns": [
                {"include": "#escape"},
                {"match": r"\{[^{}\"]*\}", "name": "meta.interpolation.circ variable.other.circ"},
            ],
        },
        "declaration": {
            "comment": "a declaration keyword and the name it declares",
            "match": rf"(?<!{_LETTER}|\.)({_alternation(DECLARATIONS)})[ \t]+({_QNAME})",
            "captures": {"1": {"name": SCOPES["declaration"]}, "2": {"name": "entity.name.function.circ"}},
        },
        "column": {
            "comment": "the name of a table's column may be a word of the language (« donne service »)",
            "match": rf"(?<!{_LETTER}|\.)(donne)[ \t]+({_NAME})",
            "captures": {"1": {"name": SCOPES["clause"]}, "2": {"name": "variable.other.circ"}},
        },
        "date": {
            "match": rf"(?<!{_LETTER})(?:\d{{1,2}}/\d{{1,2}}/\d{{4}}|\d{{4}}-\d{{2}}-\d{{2}}|(?:1er|\d{{1,2}}) (?:{'|'.join(MONTHS)}) \d{{4}}|\d{{4}}-\d{{4}})(?!\d)",
            "name": "constant.other.date.circ",
        },
        "time": {
            "comment": "12h30; 12h only after « à » or « de », where 12 h would be a number and its unit",
            "match": rf"(?<!{_LETTER})\d{{1,2}}h\d{{2}}(?!\d)|(?:(?<=à )|(?<=de ))\d{{1,2}}h(?![\p{{L}}\p{{N}}_-])",
            "name": "constant.other.time.circ",
        },
        "number": {"match": rf"(?<!{_LETTER})\d+(?:[.,]\d+)?", "name": "constant.numeric.circ"},
        "set": {
            "comment": "in a set, a comma separates the items: a decimal takes a point",
            "begin": r"\{",
            "end": r"\}",
            "beginCaptures": {"0": {"name": "punctuation.section.braces.circ"}},
            "endCaptures": {"0": {"name": "punctuation.section.braces.circ"}},
            "patterns": [
                {"include": "#comment"},
                {"include": "#string"},
                {"match": rf"(?<!{_LETTER})\d+(?:\.\d+)?", "name": "constant.numeric.circ"},
                {"include": "#keywords"},
                {"include": "#name"},
                {"include": "#punctuation"},
            ],
        },
        "keywords": {
            "patterns": [
                {"match": rf"(?<!{_LETTER}|\.)(?:{_alternation(words)}){_END}", "name": SCOPES[family]}
                for family, words in FAMILIES.items()
            ]
            + [
                {"match": rf"(?<!{_LETTER}|\.)(?:{_alternation(PATTERN_UNITS)}){_END}", "name": SCOPES["unit"]},
                {
                    "match": rf"(?<!{_LETTER}|\.)(?:{_alternation(PATTERN_QUALIFIERS)}){_END}",
                    "name": SCOPES["qualifier"],
                },
                {"match": "[%€]", "name": SCOPES["unit"]},
            ]
        },
        "name": {"match": _QNAME, "name": "variable.other.circ"},
        "operator": {"match": r"<=|>=|!=|[=≠<>≤≥+\-*×/]", "name": "keyword.operator.circ"},
        "punctuation": {
            "patterns": [
                {"match": r"[(){}]", "name": "punctuation.section.circ"},
                {"match": ",", "name": "punctuation.separator.comma.circ"},
                {"match": ":", "name": "punctuation.separator.colon.circ"},
                {"match": r"\|", "name": "punctuation.separator.cell.circ"},
                {"match": r"…|\.\.\.", "name": "punctuation.separator.range.circ"},  # a passage "a" … "b"
                {"match": r"\.", "name": "punctuation.accessor.circ"},
            ]
        },
        "invalid": {"match": r"\S", "name": "invalid.illegal.circ"},
    }
    order = [
        "comment",
        "message",
        "string",
        "declaration",
        "column",
        "date",
        "time",
        "number",
        "set",
        "keywords",
        "name",
        "operator",
        "punctuation",
        "invalid",
    ]
    return {
        "$schema": "https://raw.githubusercontent.com/martinring/tmlanguage/master/tmlanguage.json",
        "name": "circ",
        "scopeName": "source.circ",
        "fileTypes": ["circ"],
        "comment": "Généré par « python -m circdsl.highlight » depuis src/circdsl/highlight.py : ne pas modifier.",
        "patterns": [{"include": f"#{name}"} for name in order],
        "repository": repository,
    }


def textmate_json() -> str:
    return json.dumps(textmate_grammar(), ensure_ascii=False, indent=2) + "\n"


# ---------------------------------------------------------------- Kate (KSyntaxHighlighting)

KATE_STYLES = {
    "declaration": "dsControlFlow",
    "clause": "dsKeyword",
    "operator": "dsOperator",
    "type": "dsDataType",
    "unit": "dsDataType",
    "constant": "dsConstant",
    "qualifier": "dsAttribute",
}


def kate_syntax() -> str:
    """The syntax definition of .circ for Kate and KDE editors (KSyntaxHighlighting XML): the same
    families of words; a dot, a hyphen and an apostrophe do not end a word (agent.date is a name)."""
    extra = {"unit": PATTERN_UNITS, "qualifier": (*PATTERN_QUALIFIERS, "l’unité")}  # % and €: AnyChar
    lists = []
    rules = []
    for family, words in FAMILIES.items():
        items = sorted({*words, *extra.get(family, ())})
        lists.append(
            f'    <list name="{family}">\n' + "".join(f"      <item>{_xml(w)}</item>\n" for w in items) + "    </list>"
        )
        rules.append(f'        <keyword attribute="{family}" String="{family}"/>')
    months = "|".join(MONTHS)
    date = (
        rf"\b(\d{{1,2}}/\d{{1,2}}/\d{{4}}|\d{{4}}-\d{{2}}-\d{{2}}|(1er|\d{{1,2}}) ({months}) \d{{4}}|\d{{4}}-\d{{4}})\b"
    )
    styles = "\n".join(
        f'      <itemData name="{family}" defStyleNum="{style}"/>' for family, style in KATE_STYLES.items()
    )
    return rf"""<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE language>
<!-- Généré par « python -m circdsl.highlight » depuis src/circdsl/highlight.py : ne pas modifier. -->
<language name="circ" section="Other" version="1" kateversion="5.0" extensions="*.circ" mimetype="text/x-circ" casesensitive="1" license="MIT">
  <highlighting>
{chr(10).join(lists)}
    <contexts>
      <context name="Normal" attribute="Normal Text" lineEndContext="#stay">
        <DetectChar char="#" attribute="Comment" context="Comment"/>
        <DetectChar char="&quot;" attribute="String" context="String"/>
        <RegExpr String="{_xml(date)}" attribute="Date"/>
        <RegExpr String="\b\d{{1,2}}h\d{{2}}\b" attribute="Date"/>
        <RegExpr String="(?:(?&lt;=à )|(?&lt;=de ))\d{{1,2}}h(?![\w-])" attribute="Date"/>
        <RegExpr String="\b\d+([.,]\d+)?" attribute="Number"/>
{chr(10).join(rules)}
        <AnyChar String="%€" attribute="unit"/>
      </context>
      <context name="Comment" attribute="Comment" lineEndContext="#pop"/>
      <context name="String" attribute="String" lineEndContext="#stay">
        <RegExpr String="\\." attribute="Escape"/>
        <RegExpr String="\{{[^{{}}&quot;]*\}}" attribute="Interpolation"/>
        <DetectChar char="&quot;" attribute="String" context="#pop"/>
      </context>
    </contexts>
    <itemDatas>
      <itemData name="Normal Text" defStyleNum="dsNormal"/>
{styles}
      <itemData name="Comment" defStyleNum="dsComment"/>
      <itemData name="String" defStyleNum="dsString"/>
      <itemData name="Escape" defStyleNum="dsSpecialChar"/>
      <itemData name="Interpolation" defStyleNum="dsVariable"/>
      <itemData name="Date" defStyleNum="dsConstant"/>
      <itemData name="Number" defStyleNum="dsDecVal"/>
    </itemDatas>
  </highlighting>
  <general>
    <comments>
      <comment name="singleLine" start="#"/>
    </comments>
    <keywords casesensitive="1" weakDeliminator=".-'’"/>
  </general>
</language>
"""


def _xml(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


OUTPUTS = {
    "editors/vscode/syntaxes/circ.tmLanguage.json": textmate_json,
    "editors/kate/circ.xml": kate_syntax,
}


def main(arguments: list[str]) -> None:
    """Write the highlighting files of the editors under the folder given (the repository's root)."""
    root = Path(arguments[0]) if arguments else Path.cwd()
    for relative, write in OUTPUTS.items():
        path = root / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(write(), encoding="utf-8", newline="\n")
        print(f"écrit : {relative}")


if __name__ == "__main__":
    main(sys.argv[1:])
