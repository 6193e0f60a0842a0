"""The finder's map as plain geometry: Web Mercator placement of markers and optional tiles."""

from __future__ import annotations

import math
from dataclasses import dataclass

TILE = 256
WIDTH = 640
HEIGHT = 420
PADDING = 36
MIN_ZOOM = 7
MAX_ZOOM = 14
SCALE_STEPS_KM = (0.5, 1, 2, 5, 10, 20, 50)


@dataclass(frozen=True)
class MapPoint:
    key: str
    lat: float
    lon: float


@dataclass(frozen=True)
class PlacedPoint:
    key: str
    x: float
    y: float


@dataclass(frozen=True)
class PlacedTile:
    href: str
    x: int
    y: int


@dataclass(frozen=True)
class MapLayout:
    width: int
    height: int
    zoom: int
    points: list[PlacedPoint]
    tiles: list[PlacedTile]
    scale_km: float
    scale_px: float


def world_xy(lat: float, lon: float, zoom: int) -> tuple[float, float]:
    """Pixel coordinates of a point on the whole Web Mercator world at this zoom."""
    size = TILE * 2**zoom
    lat = max(min(lat, 85.05), -85.05)
    x = (lon + 180.0) / 360.0 * size
    rad = math.radians(lat)
    y = (1 - math.log(math.tan(rad) + 1 / math.cos(rad)) / math.pi) / 2 * size
    return x, y


def _fits(points: list[MapPoint], zoom: int) -> bool:
    xs, ys = zip(*(world_xy(p.lat, p.lon, zoom) for p in points), strict=True)
    return max(xs) - min(xs) <= WIDTH - 2 * PADDING and max(ys) - min(ys) <= HEIGHT - 2 * PADDING


def choose_zoom(points: list[MapPoint]) -> int:
    for zoom in range(MAX_ZOOM if len(points) > 1 else 12, MIN_ZOOM - 1, -1):
        if _fits(points, zoom):
            return zoom
    return MIN_ZOOM


def tile_href(template: str, zoom: int, x: int, y: int) -> str:
    return (
        template.replace("{z}", str(zoom))
        .replace("{x}", str(x))
        .replace("{y}", str(y))
        .replace("{s}", "abc"[(x + y) % 3])
    )


def _scale(lat: float, zoom: int) -> tuple[float, float]:
    """A round distance and its length in pixels, for a scale bar of at most a quarter width."""
    metres_per_px = 156_543.034 * math.cos(math.radians(lat)) / 2**zoom
    best = SCALE_STEPS_KM[0]
    for step in SCALE_STEPS_KM:
        if step * 1000 / metres_per_px <= WIDTH / 4:
            best = step
    return best, best * 1000 / metres_per_px


def spread(placed: list[PlacedPoint], gap: float = 34) -> list[PlacedPoint]:
    """Markers on (nearly) the same spot are set around it in a ring, so each stays clickable."""
    groups: dict[tuple[int, int], list[int]] = {}
    for index, point in enumerate(placed):
        groups.setdefault((round(point.x / 12), round(point.y / 12)), []).append(index)
    result = list(placed)
    for members in groups.values():
        if len(members) < 2:
            continue
        cx = sum(placed[i].x for i in members) / len(members)
        cy = sum(placed[i].y for i in members) / len(members)
        # Neighbours on the ring stay at least `gap` apart (a marker is 30 units wide).
        radius = max(gap * len(members) / (2 * math.pi), gap * 0.6)
        for step, index in enumerate(members):
            angle = 2 * math.pi * step / len(members) - math.pi / 2
            result[index] = PlacedPoint(
                key=placed[index].key,
                x=round(min(max(cx + radius * math.cos(angle), 16), WIDTH - 16), 1),
                y=round(min(max(cy + radius * math.sin(angle), 16), HEIGHT - 16), 1),
            )
    return result


def layout(points: list[MapPoint], tile_template: str = "") -> MapLayout | None:
    """Place the points in a WIDTH x HEIGHT box; None when there is nothing to place."""
    if not points:
        return None
    zoom = choose_zoom(points)
    world = [world_xy(p.lat, p.lon, zoom) for p in points]
    xs = [x for x, _ in world]
    ys = [y for _, y in world]
    origin_x = (min(xs) + max(xs)) / 2 - WIDTH / 2
    origin_y = (min(ys) + max(ys)) / 2 - HEIGHT / 2
    placed = spread(
        [
            PlacedPoint(key=p.key, x=round(x - origin_x, 1), y=round(y - origin_y, 1))
            for p, (x, y) in zip(points, world, strict=True)
        ]
    )
    tiles = []
    if tile_template:
        last = 2**zoom - 1
        for ty in range(int(origin_y // TILE), int((origin_y + HEIGHT) // TILE) + 1):
            for tx in range(int(origin_x // TILE), int((origin_x + WIDTH) // TILE) + 1):
                if 0 <= tx <= last and 0 <= ty <= last:
                    tiles.append(
                        PlacedTile(
                            href=tile_href(tile_template, zoom, tx, ty),
                            x=round(tx * TILE - origin_x),
                            y=round(ty * TILE - origin_y),
                        )
                    )
    centre_lat = sum(p.lat for p in points) / len(points)
    scale_km, scale_px = _scale(centre_lat, zoom)
    return MapLayout(
        width=WIDTH,
        height=HEIGHT,
        zoom=zoom,
        points=placed,
        tiles=tiles,
        scale_km=scale_km,
        scale_px=round(scale_px, 1),
    )
