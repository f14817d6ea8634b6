"""Ruled tables on fixed-layout pages: the cell borders a PDF draws tell its cells apart where the gaps
between the characters cannot (narrow columns, cells wrapped over many lines, merged cells).

Coordinates are those of `_layout` (page units, y growing downwards). A rule is a thin horizontal or vertical
stroke; rules that touch form a grid; a grid of at least two columns is a table when a row fills two cells. Every character
inside a grid goes to the cell whose borders enclose its centre; a cell whose left border (or top border) is
not drawn is merged with its neighbour, so its text goes to the first cell of the merge and the cells it covers
stay empty (read once, columns kept aligned, as the DOCX reader does). A cell's lines are joined into one text.
Pages without rules, or with rules that form no grid, are left to the gap rules of `_layout`.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field

RULE_THICKNESS = 3.0  # page units: a stroke this thin or thinner is a rule, not a filled box
SNAP = 2.5  # page units: rule ends and positions this close are the same
MIN_COLUMN_BORDERS = 3  # two columns at least
MIN_ROW_BORDERS = 2  # one row at least: a row a page break cut can fill a whole page


@dataclass(frozen=True)
class Rule:
    x0: float
    x1: float
    top: float
    bottom: float

    @property
    def horizontal(self) -> bool:
        return self.bottom - self.top <= RULE_THICKNESS and self.x1 - self.x0 > 2 * RULE_THICKNESS

    @property
    def vertical(self) -> bool:
        return self.x1 - self.x0 <= RULE_THICKNESS and self.bottom - self.top > 2 * RULE_THICKNESS

    @property
    def x(self) -> float:
        return (self.x0 + self.x1) / 2

    @property
    def y(self) -> float:
        return (self.top + self.bottom) / 2


@dataclass
class Grid:
    xs: list[float]  # column borders, left to right
    ys: list[float]  # row borders, top to bottom
    rules: list[Rule]
    _anchors: dict[tuple[int, int], tuple[int, int]] = field(default_factory=dict)
    _verticals: dict[int, list[Rule]] = field(default_factory=dict)  # the rules drawn at each column border
    _horizontals: dict[int, list[Rule]] = field(default_factory=dict)  # ... at each row border

    def __post_init__(self) -> None:
        for r in self.rules:
            if r.vertical:
                self._verticals.setdefault(_nearest(self.xs, r.x), []).append(r)
            elif r.horizontal:
                self._horizontals.setdefault(_nearest(self.ys, r.y), []).append(r)

    def contains(self, x: float, y: float) -> bool:
        return self.xs[0] <= x <= self.xs[-1] and self.ys[0] <= y <= self.ys[-1]

    def cell_of(self, x: float, y: float) -> tuple[int, int]:
        """The first cell of the merge holding the point (row, column)."""
        band = (_band(self.ys, y), _band(self.xs, x))
        if band not in self._anchors:
            self._anchors[band] = self._merge_start(*band)
        return self._anchors[band]

    def _merge_start(self, row: int, col: int) -> tuple[int, int]:
        while col > 0 and not self._has_vertical(col, row):
            col -= 1
        while row > 0 and not self._has_horizontal(row, col):
            row -= 1
        return row, col

    def _has_vertical(self, col: int, row: int) -> bool:
        """A border is drawn at the left of column `col` in row `row`."""
        mid = (self.ys[row] + self.ys[row + 1]) / 2
        return any(r.top - SNAP <= mid <= r.bottom + SNAP for r in self._verticals.get(col, ()))

    def _has_horizontal(self, row: int, col: int) -> bool:
        """A border is drawn above row `row` in column `col`."""
        mid = (self.xs[col] + self.xs[col + 1]) / 2
        return any(r.x0 - SNAP <= mid <= r.x1 + SNAP for r in self._horizontals.get(row, ()))


def _band(borders: list[float], v: float) -> int:
    """The band between two borders holding v (the first or last band for a value on the outer border)."""
    return min(max(bisect.bisect_right(borders, v) - 1, 0), len(borders) - 2)


def _nearest(borders: list[float], v: float) -> int:
    return min(range(len(borders)), key=lambda k: abs(borders[k] - v))


def find_grids(rules: list[Rule]) -> list[Grid]:
    """The grids the rules form (rules that touch, two columns at least), top to bottom."""
    rules = [r for r in rules if r.horizontal or r.vertical]
    grids = []
    for group in _touching_groups(rules):
        xs = _positions([r.x for r in group if r.vertical])
        ys = _positions([r.y for r in group if r.horizontal])
        if len(xs) >= MIN_COLUMN_BORDERS and len(ys) >= MIN_ROW_BORDERS:
            grids.append(Grid(xs, ys, group))
    return sorted(grids, key=lambda g: (g.ys[0], g.xs[0]))


def _touching_groups(rules: list[Rule]) -> list[list[Rule]]:
    parent = list(range(len(rules)))

    def root(k: int) -> int:
        while parent[k] != k:
            parent[k] = parent[parent[k]]
            k = parent[k]
        return k

    for a, ra in enumerate(rules):
        for b in range(a + 1, len(rules)):
            if _touch(ra, rules[b]):
                parent[root(a)] = root(b)
    groups: dict[int, list[Rule]] = {}
    for k, r in enumerate(rules):
        groups.setdefault(root(k), []).append(r)
    return list(groups.values())


def _touch(a: Rule, b: Rule) -> bool:
    """The two rules meet or cross (their boxes overlap, give or take SNAP)."""
    return a.x0 - SNAP <= b.x1 and b.x0 - SNAP <= a.x1 and a.top - SNAP <= b.bottom and b.top - SNAP <= a.bottom


def _positions(values: list[float]) -> list[float]:
    """Distinct positions: values within SNAP of the one before are the same line."""
    out: list[float] = []
    for v in sorted(values):
        if not out or v - out[-1] > SNAP:
            out.append(v)
    return out
