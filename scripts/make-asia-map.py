#!/usr/bin/env python3
"""Generate the static SVG base map of Asia used by the directory crate.

Usage:
    python3 scripts/make-asia-map.py path/to/countries-50m.json \
        > crates/directory/assets/asia-map.svg

The input is `countries-50m.json` from the npm package `world-atlas` (v2),
which is Natural Earth 1:50m Admin 0 countries (public domain) as TopoJSON.
Get it with e.g. `cd /tmp && npm pack world-atlas@2 && tar xzf world-atlas-*.tgz`
and then pass /tmp/package/countries-50m.json.

The SVG is written to standard output. Python 3.11 standard library only.

What it does:
  * decodes the TopoJSON itself (quantized transform, delta-encoded arcs,
    negative arc indices = reversed arcs, Polygon / MultiPolygon);
  * projects plain equirectangular, SCALE units per degree, view box
    lon LON0..LON1 E, lat LAT0..LAT1 N:
        x = (lon - LON0) * SCALE      y = (LAT1 - lat) * SCALE
  * simplifies each arc once (Douglas-Peucker), so borders shared by two
    countries stay identical in both paths;
  * clips every ring to the view box grown by MARGIN units on each side
    (Sutherland-Hodgman, i.e. points outside are pulled onto the margin),
    rounds to DECIMALS decimals (very small countries such as Singapore,
    Hong Kong, Macao are simplified less), drops consecutive duplicate points,
    rings with fewer than 3 distinct points, rings lying entirely in the
    margin, and countries with nothing left inside the view box;
  * writes one <path> per country, id="c-XX" with the ISO 3166-1 alpha-2
    code (features without an ISO code, e.g. "Siachen Glacier" or
    "Indian Ocean Ter.", get no id), using relative path commands.
"""

import json
import sys

# Projection / view box. Keep in sync with the Rust code that places markers.
LON0, LON1 = 58, 150  # degrees east
LAT0, LAT1 = -12, 56  # degrees north
SCALE = 10  # SVG units per degree
MARGIN = 10  # SVG units kept outside the view box before clipping
WIDTH = (LON1 - LON0) * SCALE  # 920
HEIGHT = (LAT1 - LAT0) * SCALE  # 680

# Simplification tolerance (SVG units) and output precision (decimals).
# One decimal keeps coastlines smooth when the map is drawn larger than
# 920 px wide (integers look jagged at 2x); 0.25 keeps the file ~70 KB.
TOLERANCE = 0.25
DECIMALS = 1
# Countries whose projected bounding box is smaller than SMALL units in both
# directions keep more detail, or they would shrink to a few pixels' triangle.
SMALL = 12
SMALL_TOLERANCE = 0.05
SMALL_DECIMALS = 1

# ASEC member countries (plus Hong Kong), highlighted on the map.
HIGHLIGHT = [
    "IN", "LK", "NP", "BD", "PK", "AF",
    "MY", "ID", "PH", "TH", "SG", "KH", "MM", "LA", "VN",
    "JP", "KR", "CN", "HK",
]

LAND_FILL = "#e4e7eb"
HIGHLIGHT_FILL = "#cfe3d6"
STROKE = "#fff"
STROKE_WIDTH = "0.6"

# ISO 3166-1 numeric -> alpha-2, for the features that can fall in (or near)
# the view box. world-atlas gives the numeric code as a zero-padded string id.
ISO_NUMERIC_TO_ALPHA2 = {
    "004": "AF", "031": "AZ", "036": "AU", "048": "BH", "050": "BD",
    "051": "AM", "064": "BT", "086": "IO", "096": "BN", "104": "MM",
    "116": "KH", "144": "LK", "156": "CN", "158": "TW", "162": "CX",
    "166": "CC", "268": "GE", "296": "KI", "316": "GU", "344": "HK",
    "356": "IN", "360": "ID", "364": "IR", "368": "IQ", "392": "JP",
    "398": "KZ", "408": "KP", "410": "KR", "414": "KW", "417": "KG",
    "418": "LA", "446": "MO", "458": "MY", "462": "MV", "496": "MN",
    "512": "OM", "524": "NP", "580": "MP", "583": "FM", "584": "MH",
    "585": "PW", "586": "PK", "598": "PG", "608": "PH", "626": "TL",
    "634": "QA", "643": "RU", "682": "SA", "702": "SG", "704": "VN",
    "762": "TJ", "764": "TH", "784": "AE", "795": "TM", "860": "UZ",
    "887": "YE",
}


def project(lon, lat):
    return ((lon - LON0) * SCALE, (LAT1 - lat) * SCALE)


def decode_arcs(topo):
    """Absolute, projected coordinates of every arc."""
    transform = topo.get("transform")
    arcs = []
    for arc in topo["arcs"]:
        points = []
        if transform:
            (sx, sy), (tx, ty) = transform["scale"], transform["translate"]
            x = y = 0
            for position in arc:
                x += position[0]
                y += position[1]
                points.append(project(x * sx + tx, y * sy + ty))
        else:
            points = [project(p[0], p[1]) for p in arc]
        arcs.append(points)
    return arcs


def arc_indices(index):
    return index if index >= 0 else ~index


def polygons_of(geometry):
    if geometry.get("type") == "Polygon":
        return [geometry["arcs"]]
    if geometry.get("type") == "MultiPolygon":
        return geometry["arcs"]
    return []


def simplify(points, tolerance):
    """Douglas-Peucker; keeps both end points (iterative)."""
    n = len(points)
    if n < 3 or tolerance <= 0:
        return list(points)
    keep = [False] * n
    keep[0] = keep[-1] = True
    tol2 = tolerance * tolerance
    stack = [(0, n - 1)]
    while stack:
        first, last = stack.pop()
        ax, ay = points[first]
        bx, by = points[last]
        dx, dy = bx - ax, by - ay
        seg2 = dx * dx + dy * dy
        best, best_d2 = -1, tol2
        for i in range(first + 1, last):
            px, py = points[i]
            if seg2 == 0:
                d2 = (px - ax) ** 2 + (py - ay) ** 2
            else:
                t = ((px - ax) * dx + (py - ay) * dy) / seg2
                t = max(0.0, min(1.0, t))
                qx, qy = ax + t * dx - px, ay + t * dy - py
                d2 = qx * qx + qy * qy
            if d2 > best_d2:
                best, best_d2 = i, d2
        if best >= 0:
            keep[best] = True
            stack.append((first, best))
            stack.append((best, last))
    return [p for p, k in zip(points, keep) if k]


def ring_points(ring, arcs):
    """Stitch a ring from arc indices (negative = reversed arc)."""
    out = []
    for index in ring:
        points = arcs[index] if index >= 0 else arcs[~index][::-1]
        out.extend(points if not out else points[1:])
    return out


def clip(points, xmin, ymin, xmax, ymax):
    """Sutherland-Hodgman clip of a closed ring against a rectangle."""
    def clip_edge(pts, inside, cross):
        out = []
        if not pts:
            return out
        prev = pts[-1]
        prev_in = inside(prev)
        for cur in pts:
            cur_in = inside(cur)
            if cur_in:
                if not prev_in:
                    out.append(cross(prev, cur))
                out.append(cur)
            elif prev_in:
                out.append(cross(prev, cur))
            prev, prev_in = cur, cur_in
        return out

    def at_x(x):
        def cross(p, q):
            t = (x - p[0]) / (q[0] - p[0])
            return (x, p[1] + t * (q[1] - p[1]))
        return cross

    def at_y(y):
        def cross(p, q):
            t = (y - p[1]) / (q[1] - p[1])
            return (p[0] + t * (q[0] - p[0]), y)
        return cross

    pts = points[:-1] if len(points) > 1 and points[0] == points[-1] else points
    pts = clip_edge(pts, lambda p: p[0] >= xmin, at_x(xmin))
    pts = clip_edge(pts, lambda p: p[0] <= xmax, at_x(xmax))
    pts = clip_edge(pts, lambda p: p[1] >= ymin, at_y(ymin))
    pts = clip_edge(pts, lambda p: p[1] <= ymax, at_y(ymax))
    return pts


def bbox(points):
    xs = [p[0] for p in points]
    ys = [p[1] for p in points]
    return min(xs), min(ys), max(xs), max(ys)


def quantize_ring(points, factor):
    """Round to integer ticks (1 tick = 1/factor unit), drop duplicates."""
    out = []
    for x, y in points:
        q = (round(x * factor), round(y * factor))
        if not out or out[-1] != q:
            out.append(q)
    while len(out) > 1 and out[0] == out[-1]:
        out.pop()
    if len(set(out)) < 3:
        return None
    return out


def rescale(rings, factor):
    return [[(x * factor, y * factor) for x, y in ring] for ring in rings]


def fmt(ticks, decimals):
    if decimals == 0:
        return str(ticks)
    sign = "-" if ticks < 0 else ""
    whole, frac = divmod(abs(ticks), 10 ** decimals)
    if frac == 0:
        return f"{sign}{whole}"
    frac_s = str(frac).rjust(decimals, "0").rstrip("0")
    return f"{sign}{whole if whole else ''}.{frac_s}"


def join_numbers(numbers):
    out = []
    for s in numbers:
        if out and not s.startswith("-"):
            out.append(" ")
        out.append(s)
    return "".join(out)


def path_data(rings, decimals):
    """Relative path: every ring is `m dx dy dx dy ... z`."""
    parts = []
    cx = cy = 0
    for ring in rings:
        sx, sy = ring[0]
        numbers = [fmt(sx - cx, decimals), fmt(sy - cy, decimals)]
        px, py = sx, sy
        for x, y in ring[1:]:
            numbers.append(fmt(x - px, decimals))
            numbers.append(fmt(y - py, decimals))
            px, py = x, y
        parts.append("m" + join_numbers(numbers) + "z")
        cx, cy = sx, sy  # after z the current point is the ring's start
    return "".join(parts)


def main(argv):
    if len(argv) != 2:
        sys.stderr.write("usage: make-asia-map.py path/to/countries-50m.json > asia-map.svg\n")
        return 2
    with open(argv[1], encoding="utf-8") as f:
        topo = json.load(f)
    arcs = decode_arcs(topo)
    geometries = topo["objects"]["countries"]["geometries"]

    # Which features are small (more detail), and so which arcs are: an arc
    # shared by a small and a large country gets the smaller tolerance, so
    # the shared border stays identical in both.
    arc_tolerance = [TOLERANCE] * len(arcs)
    small = []
    for g in geometries:
        indices = [arc_indices(i) for poly in polygons_of(g) for ring in poly for i in ring]
        points = [p for i in indices for p in arcs[i]]
        is_small = False
        if points:
            x0, y0, x1, y1 = bbox(points)
            is_small = (x1 - x0) < SMALL and (y1 - y0) < SMALL
        small.append(is_small)
        if is_small:
            for i in indices:
                arc_tolerance[i] = min(arc_tolerance[i], SMALL_TOLERANCE)
    simple = [simplify(a, t) for a, t in zip(arcs, arc_tolerance)]

    lo_x, lo_y = -MARGIN, -MARGIN
    hi_x, hi_y = WIDTH + MARGIN, HEIGHT + MARGIN

    # code -> (decimals, [rings]); features sharing a code are merged.
    features = {}
    order = []
    for g, is_small in zip(geometries, small):
        name = (g.get("properties") or {}).get("name", "?")
        raw_id = g.get("id")
        code = ISO_NUMERIC_TO_ALPHA2.get(str(raw_id)) if raw_id is not None else None
        decimals = SMALL_DECIMALS if is_small else DECIMALS
        rings = []
        for poly in polygons_of(g):
            for ring in poly:
                pts = clip(ring_points(ring, simple), lo_x, lo_y, hi_x, hi_y)
                if len(pts) < 3:
                    continue
                x0, y0, x1, y1 = bbox(pts)
                if x1 <= 0 or y1 <= 0 or x0 >= WIDTH or y0 >= HEIGHT:
                    continue  # only in the margin: invisible
                q = quantize_ring(pts, 10 ** decimals)
                if q:
                    rings.append(q)
        if not rings:
            continue
        if code is None:
            sys.stderr.write(f"note: {name!r} (id {raw_id!r}) has no alpha-2 code; path without id\n")
            key = ("", name)
        else:
            key = (code, "")
        if key in features:
            prev_decimals, prev_rings = features[key]
            # Bring both to the finer precision (ticks are integers).
            fine = max(prev_decimals, decimals)
            prev_rings[:] = rescale(prev_rings, 10 ** (fine - prev_decimals))
            prev_rings.extend(rescale(rings, 10 ** (fine - decimals)))
            features[key] = (fine, prev_rings)
            sys.stderr.write(f"note: {name!r} merged into c-{code}\n")
        else:
            features[key] = (decimals, rings)
            order.append(key)

    order.sort(key=lambda k: (k[0] == "", k))
    highlight_selectors = ",".join(f".asia-map #c-{c}" for c in HIGHLIGHT)

    out = []
    out.append(
        "<!--\n"
        "  Asia base map for the ASEC directory.\n"
        "  Data: Natural Earth 1:50m Admin 0 countries (public domain), via the\n"
        "  npm package world-atlas v2, file countries-50m.json (TopoJSON;\n"
        "  world-atlas is (c) 2013-2019 Michael Bostock, ISC licence).\n"
        f"  Projection: plain equirectangular, {SCALE} units per degree,\n"
        f"  view box lon {LON0}..{LON1} E, lat {LAT0}..{LAT1} N (viewBox 0 0 {WIDTH} {HEIGHT}):\n"
        f"    x = (lon - {LON0}) * {SCALE}\n"
        f"    y = ({LAT1} - lat) * {SCALE}\n"
        "  Paths: id c-XX = ISO 3166-1 alpha-2; features without an ISO code\n"
        "  (e.g. Siachen Glacier) have no id. Coordinates are clipped to the view\n"
        f"  box plus {MARGIN} units and simplified ({TOLERANCE} units).\n"
        "  Generated; do not edit by hand. Regenerate with:\n"
        "    python3 scripts/make-asia-map.py path/to/countries-50m.json > crates/directory/assets/asia-map.svg\n"
        "-->\n"
    )
    out.append(
        f'<svg xmlns="http://www.w3.org/2000/svg" class="asia-map" '
        f'viewBox="0 0 {WIDTH} {HEIGHT}" preserveAspectRatio="xMidYMid meet">\n'
    )
    out.append(
        "<style>"
        f".asia-map path{{fill:{LAND_FILL};stroke:{STROKE};stroke-width:{STROKE_WIDTH};"
        "stroke-linejoin:round;fill-rule:evenodd}"
        f"{highlight_selectors}{{fill:{HIGHLIGHT_FILL}}}"
        "</style>\n"
    )
    out.append('<g fill-rule="evenodd">\n')
    for key in order:
        decimals, rings = features[key]
        code, _ = key
        id_attr = f' id="c-{code}"' if code else ""
        out.append(f'<path{id_attr} d="{path_data(rings, decimals)}"/>\n')
    out.append("</g>\n</svg>\n")
    sys.stdout.write("".join(out))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
