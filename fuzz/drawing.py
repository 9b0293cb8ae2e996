"""Cheap draws for the program generators (fuzz/programs.py, `construct_programs`, `mutated`).

A strategy built inside a draw (`st.sampled_from(items)`, `st.integers(0, n)`, a nested
`@st.composite`, `st.one_of`...) is a new object each time: hypothesis looks it up in its cache,
validates it and computes its properties again before drawing, which was most of the time spent
generating a program (about 100 ms each). These helpers draw the same choices from strategies built
once: `pick(draw, items)` draws the index `st.sampled_from(items)` draws (`draw_integer(0, n - 1)`,
nothing for one item), `integer` what `st.integers(low, high)` draws, `boolean` what `st.booleans()`
draws. Only the spans hypothesis records around the draws differ (they guide its mutations).
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence
from typing import TypeVar

from hypothesis import strategies as st

T = TypeVar("T")
Leaf = Callable[[st.DrawFn], str]  # draws one comparison of a condition
BOOLEANS = st.booleans()


@functools.lru_cache(maxsize=4096)
def integers(low: int, high: int) -> st.SearchStrategy[int]:
    """`st.integers(low, high)`, built once per pair of bounds."""
    return st.integers(low, high)


def integer(draw: st.DrawFn, low: int, high: int) -> int:
    return draw(integers(low, high))


def boolean(draw: st.DrawFn) -> bool:
    return draw(BOOLEANS)


@functools.lru_cache(maxsize=4096)
def indices(count: int) -> st.SearchStrategy[int]:
    """An index below `count`, drawn as `st.sampled_from` of `count` items draws it (uniformly, where
    `st.integers` favours its bounds beyond 128 values)."""
    return st.sampled_from(range(count))


def pick(draw: st.DrawFn, items: Sequence[T]) -> T:
    """One of `items`, as `draw(st.sampled_from(items))` draws it."""
    if len(items) == 1:  # st.sampled_from of one item is st.just: nothing drawn
        return items[0]
    return items[draw(indices(len(items)))]


def flattened_choice(draw: st.DrawFn, leaves: int, depth: int) -> tuple[int, int, int]:
    """The one choice `st.one_of(leaf, binary, inner.map(non))` makes at `depth`, where `leaf` has
    `leaves` branches and `inner` is the same at `depth - 1` (`leaf` alone at 0): hypothesis flattens
    a `one_of` and the `.map` of one into one choice among their branches, in order the leaves, the
    binary of this level, then `non` of each branch of `inner`. Returns (how many `non`, the level of
    the binary under them or -1 for a leaf, the leaf's index)."""
    count = leaves * (depth + 1) + depth
    index = draw(indices(count)) if count > 1 else 0  # one branch: `st.one_of` is that branch
    negations = 0
    while True:
        if index < leaves:
            return negations, -1, index
        if index == leaves:
            return negations, depth - 1, 0
        index -= leaves + 1
        negations, depth = negations + 1, depth - 1


def nested_condition(draw: st.DrawFn, leaves: Sequence[Leaf], depth: int) -> str:
    """A comparison drawn by one of `leaves`, or up to `depth` levels of « et », « ou », « non » around
    comparisons, as `st.one_of(leaf, (c et|ou c), non (c))` drew it (`flattened_choice`)."""
    negations, level, choice = flattened_choice(draw, len(leaves), depth)
    if level < 0:
        text = leaves[choice](draw)
    else:
        left = nested_condition(draw, leaves, level)
        operator = pick(draw, ["et", "ou"])
        text = f"({left} {operator} {nested_condition(draw, leaves, level)})"
    for _ in range(negations):
        text = f"non ({text})"
    return text
