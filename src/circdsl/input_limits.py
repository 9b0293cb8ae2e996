"""Bounds on what a .circ file may hold, checked on the parse tree before anything else reads it.

- E005: an expression nested deeper than MAX_EXPRESSION_DEPTH levels (a chain of `et`, sums,
  parentheses). Every later stage (checker, analyzer, emitters, prose) walks expressions
  recursively and the generated Python nests them too: past this depth they would run out of
  stack. The walk here is iterative, so a chain of any length gets the diagnostic.
- E006: a number with more than MAX_DIGITS digits, or MAX_INTEGER_DIGITS before the decimal
  separator (10^12 and beyond): exact decimal arithmetic and the generated code stay exact below.
- E010 (a file that cannot be read) for a file larger than MAX_SOURCE_BYTES (see `source`), refused
  before it is parsed: no example of a new code could be compiled by the guide's tests.
"""

from __future__ import annotations

from lark import Token, Tree

from circdsl.diagnostics import DiagnosticSink
from circdsl.source import MAX_SOURCE_BYTES, Span

MAX_EXPRESSION_DEPTH = 100
MAX_DIGITS = 15
MAX_INTEGER_DIGITS = 12

# The parse-tree nodes of expressions (rule names and aliases of the grammar's expression rules).
EXPRESSION_NODES = frozenset(
    {
        "or_", "and_", "not_", "compare", "member", "not_member", "is_whole", "meets_deadline", "during",
        "add", "subtract", "multiply", "divide", "negative",
        "number", "date", "text", "true", "false", "reference", "count", "documents_provided",
    }
)  # fmt: skip
NUMBER_TERMINALS = frozenset({"NUMBER", "SET_NUMBER"})
_SPLIT_HINT = (
    'découpez-la en valeurs intermédiaires : déclarez une partie avec « valeur nom "libellé" = … » '
    "et utilisez ce nom dans l'expression"
)


def check_limits(tree: Tree[Token], sink: DiagnosticSink) -> None:
    """Report every expression too deep (E005) and every number too large (E006) of a parsed file."""
    deepest, numbers = _deepest_and_numbers(tree)
    if deepest > MAX_EXPRESSION_DEPTH:  # some expression is too deep: find the outermost ones
        for node in _outermost_too_deep(tree):
            report_too_deep(sink, _span(node))
    for token in numbers:
        if not number_fits(str(token)):
            _report_number(sink, token)


def report_too_deep(sink: DiagnosticSink, span: Span) -> None:
    sink.error(
        "E005",
        span,
        f"expression trop longue ou trop imbriquée : plus de {MAX_EXPRESSION_DEPTH} niveaux",
        _SPLIT_HINT,
    )


def report_oversized_file(sink: DiagnosticSink) -> None:
    sink.error(
        "E010",
        Span.point(1, 1),
        f"fichier trop volumineux pour être lu : plus de {MAX_SOURCE_BYTES // 1_000_000} Mo",
        "un fichier .circ décrit une seule circulaire ; les faits communs à plusieurs circulaires "
        "vont dans un vocabulaire (« utilise »)",
    )


def number_fits(written: str) -> bool:
    """At most MAX_DIGITS digits, leading zeros aside, and at most MAX_INTEGER_DIGITS before the separator."""
    whole, _, fraction = written.replace(",", ".").partition(".")
    whole = whole.lstrip("0")
    return len(whole) <= MAX_INTEGER_DIGITS and len(whole) + len(fraction) <= MAX_DIGITS


def _report_number(sink: DiagnosticSink, token: Token) -> None:
    line, column = token.line or 1, token.column or 1
    shown = str(token) if len(token) <= 24 else f"{token[:20]}… ({len(token)} chiffres)"
    sink.error(
        "E006",
        Span(line, column, line, column + len(token)),
        f"nombre trop grand ou trop précis : « {shown} »",
        f"un nombre s'écrit avec au plus {MAX_DIGITS} chiffres, dont au plus {MAX_INTEGER_DIGITS} "
        "avant la virgule (moins de mille milliards)",
    )


def _outermost_too_deep(tree: Tree[Token]) -> list[Tree[Token]]:
    """The outermost expressions nested deeper than the limit, in the order of the file (iterative walks)."""
    height: dict[int, int] = {}
    for node in tree.iter_subtrees():  # children before their parent
        below = max((height[id(child)] for child in node.children if isinstance(child, Tree)), default=0)
        height[id(node)] = below + (node.data in EXPRESSION_NODES)
    found: list[Tree[Token]] = []
    stack = [tree]
    while stack:
        node = stack.pop()
        if node.data in EXPRESSION_NODES and height[id(node)] > MAX_EXPRESSION_DEPTH:
            found.append(node)
        else:
            stack.extend(child for child in reversed(node.children) if isinstance(child, Tree))
    return found


def _deepest_and_numbers(tree: Tree[Token]) -> tuple[int, list[Token]]:
    """The most expression nodes on one path down from the root (no expression is deeper than
    that), and the number tokens in the order of the file: one iterative walk."""
    deepest = 0
    numbers: list[Token] = []
    stack: list[tuple[Tree[Token] | Token, int]] = [(tree, 0)]
    while stack:
        item, depth = stack.pop()
        if isinstance(item, Tree):
            depth += item.data in EXPRESSION_NODES
            deepest = max(deepest, depth)
            stack.extend([(child, depth) for child in reversed(item.children)])
        elif isinstance(item, Token) and item.type in NUMBER_TERMINALS:  # an optional part left out is None
            numbers.append(item)
    return deepest, numbers


def _span(node: Tree[Token]) -> Span:
    meta = node.meta
    if getattr(meta, "empty", True):
        return Span(1, 1, 1, 2)
    return Span(meta.line, meta.column, meta.end_line, meta.end_column)
