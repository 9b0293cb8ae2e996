"""The canonical layout of a .circ text, rebuilt from its tokens and the comments between them.

- A declaration begins at column 1; each of its clauses is on a line of its own, indented by
  two spaces, in the order of CLAUSE_ORDER (the grammar accepts any order, the model keeps only
  the order of clauses of the same kind, which never changes).
- Tokens are separated by one space, except after « ( » and « { », before « ) », « } » and
  « , », around the « . » of a name and after a minus sign.
- A line break written inside a clause (a long condition, a list of choices) is kept; the
  continuation line is indented by four spaces (below the clauses), or, inside parentheses, by
  four more than the line that opened them; a line that begins with the closing parenthesis
  goes back to the indentation of the line that opened it.
- The rows of a decision table are aligned column by column; « sinon » takes the place of the
  input cells, so that the output columns of every row line up. A cell longer than
  WIDEST_ALIGNED characters (a long set of values) does not widen its column: the rest of its
  row is pushed to the right, the other rows stay narrow.
- Comments stay where they are: at the end of their line, or alone on a line, indented as the
  clause or the line they precede. A comment line just after a declaration, indented and
  before any blank line, stays with it.
- A « hors règles » declaration is one line, or two when its reason is written on the next
  one, indented by two spaces like a clause (« : "raison" »).
- One blank line separates two declarations when either takes more than one line, when they
  are of different kinds (the header and what follows it, facts and values...), or when the
  editor left one; otherwise (a list of one-line facts, a list of « hors règles ») none. No blank line inside a
  declaration, at most one anywhere.
"""

from __future__ import annotations

from dataclasses import dataclass

from lark import Token, Tree

from circdsl.fmt.lexed import Comment, Gap, Lexed

INDENT = "  "  # a clause under its declaration
CONTINUATION = 4  # the column of a line that continues a declaration's first line or a clause: below the clauses
STEP = 4  # a line inside parentheses is indented by this much more than the line that opened them

# The clauses of each declaration, in their canonical order (parse-tree names).
CLAUSE_ORDER: dict[str, tuple[str, ...]] = {
    "circular_header": (
        "dispositif", "authority", "circular_ref", "issued", "school_year", "source", "source_part", "replaces",
        "legal_ref",
    ),
    "vocabulary_header": (),
    "data_header": (
        "dispositif", "authority", "circular_ref", "issued", "school_year", "source", "source_part", "replaces",
        "legal_ref",
    ),
    "import_decl": (),
    "fact_decl": ("citation",),
    "value_decl": ("citation",),
    "rule_decl": ("applies_when", "requires", "exception", "message", "citation"),
    "document_decl": ("requirement_clause", "medical", "not_medical", "confidential", "delivery", "detail", "citation"),
    "service_decl": ("medical", "address", "citation"),
    "request_decl": ("request_condition", "delivery", "address", "citation"),  # « si » first, as the grammar says
    "opinion_decl": ("given_by", "applies_when", "citation"),
    "examination_decl": ("applies_when", "citation"),
    "deadline_decl": ("applies_when", "postponed", "outside_school_year", "citation"),
    "opening_decl": ("applies_when", "postponed", "outside_school_year", "citation"),
    "period_decl": ("outside_school_year", "citation"),
    "event_decl": ("outside_school_year", "link", "place", "citation"),
    "table_decl": ("inputs", "output", "table_row", "citation"),
    "case_decl": ("base_case", "assignment", "expected"),
    "unruled_decl": (),
}  # fmt: skip
LISTED = frozenset({"unruled_decl"})  # declarations written as a list, even when some take two lines
ROWS = frozenset({"table_row", "default_row"})  # the « sinon » row keeps its place among the rows
OPENERS = frozenset({"(", "{"})
CLOSERS = frozenset({")", "}"})
NO_SPACE_BEFORE = frozenset({")", "}", ",", "."})
DEFAULT_ROW = "sinon"
WIDEST_ALIGNED = 60  # a longer cell does not widen its column: it pushes the rest of its row


@dataclass(frozen=True)
class Unit:
    """The tokens of one clause (or table row), and where it goes among the clauses."""

    first: int
    last: int
    rank: int
    row: bool


def layout(lexed: Lexed, reorder: bool = True) -> str:
    """The text of `lexed` in the canonical layout (clauses in their original order if not `reorder`)."""
    return _Layout(lexed, reorder).text()


class _Layout:
    def __init__(self, lexed: Lexed, reorder: bool):
        self.lexed = lexed
        self.tokens = lexed.tokens
        self.gaps = lexed.gaps
        self.reorder = reorder
        self.unary = _unary_minus_positions(lexed.tree)

    # ------------------------------------------------------------ the file

    def text(self) -> str:
        if not self.tokens:  # a fragment with comments only
            _, lines, _ = _free_comments(self.gaps[0].lines)
            return "".join(f"{line}\n" for line in lines)
        nodes = [child for child in self.lexed.tree.children if isinstance(child, Tree)]
        out: list[str] = []
        _, lines, blank_after = _free_comments(self.gaps[0].lines)
        out += lines + ([""] if lines and blank_after else [])
        previous: list[str] | None = None
        kind = ""
        for node in nodes:
            first, last = self.lexed.span_of(node)
            block = self.block(node)
            after = self.gaps[last + 1]
            kept = _kept_after(after)
            block += [INDENT + comment.text for comment in kept]
            if previous is not None:
                blank_first, lines, blank_after = _free_comments(self.gaps[first].lines[self._kept_count(first) :])
                apart = node.data not in LISTED and (_multiline(previous) or _multiline(block))
                if blank_first or apart or node.data != kind:
                    out.append("")
                out += lines + ([""] if lines and blank_after else [])
            out += block
            previous, kind = block, str(node.data)
        blank_first, lines, _ = _free_comments(self.gaps[-1].lines[len(_kept_after(self.gaps[-1])) :])
        if lines:
            out += ([""] if blank_first or _multiline(previous or []) else []) + lines
        return "".join(f"{line}\n" for line in out)

    def _kept_count(self, first: int) -> int:
        """How many comment lines before token `first` stay with the declaration before it."""
        return len(_kept_after(self.gaps[first]))

    # ------------------------------------------------------------ one declaration

    def block(self, node: Tree[Token]) -> list[str]:
        """The lines of a header or a declaration: its first line(s), then its clauses."""
        first, last = self.lexed.span_of(node)
        order = CLAUSE_ORDER.get(str(node.data), ())
        clauses = [child for child in node.children if isinstance(child, Tree) and _kind(child) in order]
        units = [self._unit(child, order) for child in clauses]
        head_last = units[0].first - 1 if units else last
        continuation = len(INDENT) if node.data in LISTED else CONTINUATION
        lines = self.run(first, head_last, "", continuation)
        if self.reorder:
            units.sort(key=lambda unit: unit.rank)
        index = 0
        while index < len(units):
            if units[index].row:
                end = index
                while end < len(units) and units[end].row:
                    end += 1
                lines += self.rows(units[index:end])
                index = end
                continue
            unit = units[index]
            lines += [INDENT + comment.text for comment in self.gaps[unit.first].comments]
            lines += self.run(unit.first, unit.last, INDENT)
            index += 1
        return lines

    def _unit(self, node: Tree[Token], order: tuple[str, ...]) -> Unit:
        first, last = self.lexed.span_of(node)
        return Unit(first, last, order.index(_kind(node)), str(node.data) in ROWS)

    def run(self, first: int, last: int, indent: str, continuation: int = CONTINUATION) -> list[str]:
        """Tokens first..last from `indent`, with the line breaks written between them and their
        comments; a line that continues them starts at column `continuation`."""
        lines: list[str] = []
        line_indent = len(indent)
        line = indent + str(self.tokens[first])
        opened: list[int] = []  # for each open parenthesis, the indentation of the line that opened it
        _track(self.tokens[first], line_indent, opened)
        for index in range(first + 1, last + 1):
            token, gap = self.tokens[index], self.gaps[index]
            if gap.trailing is not None:
                line += " " + gap.trailing
            if gap.newline:
                lines.append(line)
                inside = opened[-1] + STEP if opened else continuation
                lines += [" " * inside + comment.text for comment in gap.comments]
                line_indent = opened[-1] if opened and str(token) in CLOSERS else inside
                line = " " * line_indent + str(token)
            else:
                line += self.space(index) + str(token)
            _track(token, line_indent, opened)
        trailing = self.gaps[last + 1].trailing
        lines.append(line + (" " + trailing if trailing is not None else ""))
        return lines

    def space(self, index: int) -> str:
        """What separates token `index` from the one before it on a line."""
        before, token = str(self.tokens[index - 1]), str(self.tokens[index])
        if token in NO_SPACE_BEFORE or before == "." or before in OPENERS:
            return ""
        if self.tokens[index - 1].start_pos in self.unary:
            return ""
        return " "

    # ------------------------------------------------------------ decision tables

    def rows(self, units: list[Unit]) -> list[str]:
        """The rows of a table, aligned; comments written inside a row go on lines before it."""
        cells = [self._cells(unit) for unit in units]
        widths: dict[int, int] = {}
        regular = max((len(row) for row, default in cells if not default), default=0)
        offsets = [max(0, regular - len(row)) if default else 0 for row, default in cells]
        for (row, _), offset in zip(cells, offsets, strict=True):
            for column, cell in enumerate(row, start=offset):
                widths[column] = max(widths.get(column, 0), len(cell) if len(cell) <= WIDEST_ALIGNED else 0)
        for (_, default), offset in zip(cells, offsets, strict=True):
            missing = len(DEFAULT_ROW) + 1 - _column_start(widths, offset)
            if default and offset and missing > 0:
                widths[offset - 1] += missing
        lines: list[str] = []
        for unit, (row, default), offset in zip(units, cells, offsets, strict=True):
            comments = [c.text for c in self.gaps[unit.first].comments] + self._comments_inside(unit)
            lines += [INDENT + comment for comment in comments]
            text = "".join(f" {cell.ljust(widths[column])} |" for column, cell in enumerate(row, start=offset))
            if default:
                start = DEFAULT_ROW + " " if not offset else DEFAULT_ROW.ljust(_column_start(widths, offset))
                text = start + "|" + text
            else:
                text = "|" + text
            trailing = self.gaps[unit.last + 1].trailing
            lines.append(INDENT + text + (" " + trailing if trailing is not None else ""))
        return lines

    def _cells(self, unit: Unit) -> tuple[list[str], bool]:
        """The cells of a row as text, and whether it is the « sinon » row."""
        cells: list[str] = []
        current: str | None = None
        default = str(self.tokens[unit.first]) == DEFAULT_ROW
        for index in range(unit.first + int(default), unit.last + 1):
            token = str(self.tokens[index])
            if token == "|":
                if current is not None:
                    cells.append(current)
                current = ""
            elif current is not None:
                current += (self.space(index) if current else "") + token
        return cells, default

    def _comments_inside(self, unit: Unit) -> list[str]:
        found: list[str] = []
        for gap in self.gaps[unit.first + 1 : unit.last + 1]:
            found += ([gap.trailing] if gap.trailing is not None else []) + [c.text for c in gap.comments]
        return found


# ---------------------------------------------------------------- helpers


def _kind(node: Tree[Token]) -> str:
    """The clause kind of a node: the « sinon » row ranks with the other rows."""
    return "table_row" if str(node.data) in ROWS else str(node.data)


def _track(token: Token, line_indent: int, opened: list[int]) -> None:
    if str(token) in OPENERS:
        opened.append(line_indent)
    elif str(token) in CLOSERS and opened:
        opened.pop()


def _column_start(widths: dict[int, int], column: int) -> int:
    """Where the « | » before `column` stands in a row (« | a | b | »)."""
    return sum(widths.get(index, 0) + 3 for index in range(column))


def _unary_minus_positions(tree: Tree[Token]) -> set[int]:
    """The offsets of the minus signs that make a number negative (no space after them)."""
    found = set()
    for node in tree.iter_subtrees():
        if node.data == "negative":
            found.add(node.meta.start_pos)
        elif node.data == "signed_number" and len(node.children) == 1:
            number = node.children[0]
            if isinstance(number, Token) and number.start_pos != node.meta.start_pos:
                found.add(node.meta.start_pos)
    return found


def _kept_after(gap: Gap) -> list[Comment]:
    """The comment lines right after a declaration that stay with it: indented, before any blank line."""
    kept = []
    for line in gap.lines:
        if line is None or not line.indented:
            break
        kept.append(line)
    return kept


def _free_comments(lines: tuple[Comment | None, ...]) -> tuple[bool, list[str], bool]:
    """Comment lines between declarations, at column 1, one blank line kept where there were some.

    Returns whether a blank line came before the first comment (or the next declaration), the
    lines, and whether a blank line came after the last comment."""
    out: list[str] = []
    blank = blank_first = False
    for line in lines:
        if line is None:
            blank = True
            continue
        if not out:
            blank_first = blank
        elif blank:
            out.append("")
        out.append(line.text)
        blank = False
    if not out:
        blank_first = blank
    return blank_first, out, blank


def _multiline(block: list[str]) -> bool:
    return len(block) > 1 or any("\n" in line for line in block)
