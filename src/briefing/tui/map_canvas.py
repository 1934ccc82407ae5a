"""The map drawn in character cells: each place at its coordinates, with its name and count.

Written by hand: plotext draws scatter plots, not labelled markers that avoid one
another, and no terminal map library works without downloading shapes. The
projection is equirectangular, its longitudes narrowed by the cosine of the middle
latitude and its rows counted twice as tall as columns (a terminal cell's shape),
so distances read true enough at the scale of a front line. Dim dots mark whole
degrees (or every 5 or 10) so the eye has a scale. Places are drawn most spoken
of first; a label that would cover another place's marker or label is left off
(the list beside the map names every place).
"""

from __future__ import annotations

from dataclasses import dataclass
from math import cos, radians

from textual.content import Content

from briefing.overviews import PlaceOnMap

NOT_POINTS = ("country", "continent")
"""Kinds of place a point would misplace: listed beside the map, not drawn on it."""
NEAR_SPAN = (16.0, 24.0)
"""The most latitude and longitude the map spans when it shows where most talk is."""


@dataclass(frozen=True)
class Frame:
    """The places drawn, and those left off (no point, or far from where the talk is)."""

    drawn: tuple[PlaceOnMap, ...]
    left_off: tuple[PlaceOnMap, ...]
    south: float
    north: float
    west: float
    east: float


def frame(places: tuple[PlaceOnMap, ...], everything: bool = False) -> Frame | None:
    """The extent to draw: every point, or (by default) the busiest place and the others
    that fit within ``NEAR_SPAN`` of it, taken most spoken of first."""
    points = [p for p in places if p.latitude is not None and p.feature not in NOT_POINTS]
    if not points:
        return None
    drawn: list[PlaceOnMap] = []
    south = north = points[0].latitude or 0.0
    west = east = points[0].longitude or 0.0
    for place in sorted(points, key=lambda p: -p.statements):
        lat, lon = place.latitude or 0.0, place.longitude or 0.0
        s, n, w, e = min(south, lat), max(north, lat), min(west, lon), max(east, lon)
        if everything or (n - s <= NEAR_SPAN[0] and e - w <= NEAR_SPAN[1]):
            drawn.append(place)
            south, north, west, east = s, n, w, e
    left_off = tuple(p for p in places if p not in drawn)
    return Frame(tuple(drawn), left_off, south, north, west, east)


def draw(found: Frame, width: int, height: int, highlighted: int | None = None) -> Content:
    """The frame's places in ``width`` × ``height`` cells, the highlighted one reversed."""
    grid = [[(" ", "")] * width for _ in range(height)]
    spot = _projection(found, width, height)
    step = _graticule_step(max(found.north - found.south, found.east - found.west))
    lat = _ceil_to(found.south - 90, step) + 90
    while lat <= found.north + 5 * step:
        lon = _ceil_to(found.west - 180, step) + 180
        while lon <= found.east + 5 * step:
            column, row = spot(lat, lon)
            if 0 <= column < width and 0 <= row < height:
                grid[row][column] = ("·", "dim")
            lon += step
        lat += step
    taken: set[tuple[int, int]] = set()
    where: dict[int, tuple[int, int]] = {}
    for place in found.drawn:
        column, row = spot(place.latitude or 0.0, place.longitude or 0.0)
        if (column, row) in taken or not (0 <= column < width and 0 <= row < height):
            continue
        style = "bold $accent" if place.id != highlighted else "bold reverse $accent"
        grid[row][column] = ("●", style)
        taken.add((column, row))
        where[place.id] = (column, row)
    ordered = sorted(found.drawn, key=lambda p: p.id == highlighted)  # the highlighted last
    for place in ordered:
        if place.id not in where:
            continue
        column, row = where[place.id]
        label = f"{place.name} {place.statements}"
        chosen = place.id == highlighted
        style = "bold reverse" if chosen else ""
        right = range(column + 1, column + 2 + len(label))
        left = range(column - 1 - len(label), column)
        for cells, text in ((right, f" {label}"), (left, f"{label} ")):
            fits = cells.start >= 0 and cells.stop <= width
            if fits and (chosen or not any((c, row) in taken for c in cells)):
                for offset, c in enumerate(cells):
                    grid[row][c] = (text[offset], style)
                    taken.add((c, row))
                break
    return Content("\n").join(_row(line) for line in grid)


def _row(cells: list[tuple[str, str]]) -> Content:
    """A row of cells as runs of one style each (a cell per segment cost ten times more)."""
    runs: list[tuple[str, str]] = []
    for char, style in cells:
        if runs and runs[-1][1] == style:
            runs[-1] = (runs[-1][0] + char, style)
        else:
            runs.append((char, style))
    return Content.assemble(*((text, style) if style else text for text, style in runs))


def _projection(found: Frame, width: int, height: int):
    """(latitude, longitude) → (column, row), the frame centred with a cell of margin."""
    narrowing = cos(radians((found.north + found.south) / 2))
    span_x = max((found.east - found.west) * narrowing, 0.05)
    span_y = max(found.north - found.south, 0.05)
    usable_w, usable_h = max(width - 2, 1), max(height - 2, 1)
    scale = min(usable_w / span_x, 2 * usable_h / span_y)  # columns per degree east
    left = (width - span_x * scale) / 2
    top = (height - span_y * scale / 2) / 2

    def spot(lat: float, lon: float) -> tuple[int, int]:
        column = left + (lon - found.west) * narrowing * scale
        row = top + (found.north - lat) * scale / 2
        return int(column), int(row)

    return spot


def _graticule_step(span: float) -> float:
    for step in (1.0, 2.0, 5.0, 10.0, 20.0):
        if span / step <= 8:
            return step
    return 30.0


def _ceil_to(value: float, step: float) -> float:
    return -((-value) // step) * step
