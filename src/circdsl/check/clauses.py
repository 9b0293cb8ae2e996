"""The clauses of a declaration: those of a kind, the one of a kind (E302 if repeated), and
its citations, each found in the source text (E303, E401)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import cast

from circdsl import model as m
from circdsl import nodes as n
from circdsl.check.scope import Scope, quoted
from circdsl.citations import Passage, SourceText
from circdsl.diagnostics import Fix
from circdsl.source import Span


def of_kind(clauses: Iterable[n.Clause], kind: str) -> list[n.Clause]:
    return [c for c in clauses if c.kind == kind]


def has(clauses: Iterable[n.Clause], kind: str) -> bool:
    return any(c.kind == kind for c in clauses)


def single(scope: Scope, clauses: Iterable[n.Clause], kind: str, owner: str) -> n.Clause | None:
    """The clause of that kind, if any; a repeated one is reported (E302)."""
    found = of_kind(clauses, kind)
    for extra in found[1:]:
        scope.error(
            "E302",
            extra.span,
            f"la clause « {kind} » apparaît deux fois dans {owner}",
            "gardez-en une seule ; combinez les conditions avec « et » ou « ou »",
            [(found[0].span, "première clause ici")],
        )
    return found[0] if found else None


def single_text(scope: Scope, clauses: Iterable[n.Clause], kind: str, owner: str) -> str | None:
    clause = single(scope, clauses, kind, owner)
    return cast(n.Text, clause.value).value if clause else None


class Citations:
    """Finds the quotes of « cite » clauses in the circular's source text."""

    def __init__(self, scope: Scope, vocabulary: bool):
        self.scope = scope
        self.vocabulary = vocabulary  # a vocabulary has no source text to cite
        self.source_text: SourceText | None = None
        self.source_path: str | None = None  # as written in the header
        self.uncited = False  # a shared data file without a source text: nothing to cite, nothing required

    def of(
        self, clauses: tuple[n.Clause, ...], span: Span, required: bool = True, owner: str = "cette déclaration"
    ) -> tuple[m.Citation, ...]:
        """The citations of a declaration written at `span`; E303 if it must cite and does not."""
        found = of_kind(clauses, "cite")
        if required and not found and not self.uncited:
            self.scope.error(
                "E303",
                Span(span.line, span.column, span.line, span.column + 1),
                f"{owner} ne cite pas le passage de la circulaire dont elle vient",
                'ajoutez une ligne « cite "…extrait exact du texte source…" »',
            )
        citations = []
        for clause in found:
            assert isinstance(clause.value, n.Text)
            citation = self._citation(clause.value)
            if citation is not None:
                citations.append(citation)
        return tuple(citations)

    def passage(self, passage: n.PassageText) -> m.Passage | None:
        """A passage of the source text: its first quote found (E401), then its last one after it (E870)."""
        first = self._citation(passage.first)
        if first is None or self.source_text is None or self.source_path is None:
            return None
        start = self.source_text.spans(first.quote)[0][0]
        if passage.last is None:
            end = self.source_text.spans(first.quote)[0][1]
        else:
            found = self.source_text.spans(passage.last.value, start)
            if not found:
                self._unfinished(passage.last)
                return None
            end = found[0][1]
        return m.Passage(
            first.quote,
            passage.last.value if passage.last else None,
            self.source_path,
            first.line,
            self.source_text.line_of(end - 1),
            self.scope.here(passage.span),
        )

    def _unfinished(self, last: n.Text) -> None:
        assert self.source_text is not None
        elsewhere = self.source_text.find(last.value)
        hint = (
            f"ces mots se trouvent plus haut, ligne {elsewhere} : la fin d'un passage vient après son début"
            if elsewhere is not None
            else "copiez les derniers mots du passage mot pour mot depuis le texte source"
        )
        self.scope.error("E870", last.span, f"fin de passage introuvable après son début dans {self.source_path}", hint)

    def _citation(self, quote: n.Text) -> m.Citation | None:
        if self.uncited:
            self.scope.error(
                "E123",
                quote.span,
                "ce fichier de données n'a pas de texte source à citer",
                'ajoutez « source "sources/<fichier>.txt" » à son en-tête, ou retirez la citation',
            )
            return None
        if self.source_text is None or self.source_path is None:
            if self.vocabulary:
                self.scope.error(
                    "E401",
                    quote.span,
                    "un vocabulaire n'a pas de texte source à citer",
                    "citez le texte dans la circulaire qui utilise ce fait",
                )
            return None
        line = self.source_text.find(quote.value)
        if line is None:
            passages = self.source_text.closest_passages(quote.value)
            hint = _nearest(self.source_text, quote.value, passages)
            fixes = [  # an editor may put a close passage in the quote's place
                Fix(quote.span, quoted(p.text), f"Citer la ligne {p.line} du texte source : « {_cut(p.text)} »")
                for p in passages
            ]
            self.scope.error("E401", quote.span, f"citation introuvable dans {self.source_path}", hint, fixes=fixes)
            return None
        return m.Citation(quote.value, self.source_path, line, self.scope.here(quote.span))


def _nearest(source_text: SourceText, quote: str, passages: list[Passage]) -> str:
    """The hint of E401: the closest passages of the source, the words that differ between brackets."""
    if not passages:
        found = source_text.closest(quote)
        if found:
            return f"le texte source contient le début « {found.strip()} », mais pas la suite"
        return (
            "aucun passage du texte source ne ressemble à cette citation : copiez l'extrait mot pour mot ; "
            "si la phrase a disparu du texte, la déclaration n'a peut-être plus lieu d'être"
        )
    shown = " ; ".join(f"ligne {p.line} : « {p.marked} »{_instead(p.replaced)}" for p in passages)
    what = "passage le plus proche" if len(passages) == 1 else "passages les plus proches"
    return f"{what} du texte source, {shown} ; entre crochets, ce qui diffère"


def _cut(text: str, width: int = 60) -> str:
    return text if len(text) <= width else text[: width - 1].rstrip() + "…"


def _instead(replaced: tuple[str, ...]) -> str:
    if not replaced:
        return ""
    return " (la citation dit " + ", ".join(f"« {words} »" for words in replaced) + ")"
