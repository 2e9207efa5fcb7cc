// Writes the map's outlines (src/map/outline.rs reads them; docs/map.md): land and the borders
// between countries from Natural Earth 1:50m (public domain) as the npm package `world-atlas`
// ships them, simplified with `topojson-simplify` (topology kept, so borders still meet the
// coast), more finely in and around Europe, where most partners are, than elsewhere.
//
//   node tools/outlines.mjs [OUT]        (default www/pkg/outlines.txt; `make build` runs it)
//
// The format, one line per ring or line, coordinates in hundredths of a degree:
//   L x0 y0 dx1 dy1 dx2 dy2 ...     a land ring (closed; x = longitude, y = latitude)
//   B x0 y0 dx1 dy1 ...             a border between two countries (open line)
// after a first line `#` naming the source. Plain integers, so the Rust side parses it with
// `str::split` and `parse`, and gzip packs the small deltas well.

import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { createRequire } from 'node:module';
import { merge, mesh } from 'topojson-client';
import { presimplify, simplify, sphericalTriangleArea } from 'topojson-simplify';

const require = createRequire(import.meta.url);
const out = process.argv[2] ?? 'www/pkg/outlines.txt';
const world = JSON.parse(readFileSync(require.resolve('world-atlas/countries-50m.json'), 'utf8'));

// Europe and its neighbours keep finer detail: a point's weight (the area of the triangle it
// makes with its neighbours, in steradians) counts in full there and a tenth elsewhere.
const FINE = { west: -30, east: 50, south: 25, north: 75 };
const KEEP = 5e-7; // steradians; below this a point goes
const MIN_RING = 4e-5; // steradians of a ring's bounding box; smaller islands go

const topo = presimplify(world, sphericalTriangleArea);
const { scale, translate } = world.transform;
for (const arc of topo.arcs) {
  let x = 0;
  let y = 0;
  for (const p of arc) {
    // Arcs are delta-encoded in quantized units.
    x += p[0];
    y += p[1];
    const lon = x * scale[0] + translate[0];
    const lat = y * scale[1] + translate[1];
    const fine = lon >= FINE.west && lon <= FINE.east && lat >= FINE.south && lat <= FINE.north;
    if (!fine) p[2] /= 10;
  }
}
const simple = simplify(topo, KEEP);
const countries = simple.objects.countries;
// Antarctica (ISO 3166 numeric 010) has no partner schools, and a ring round the pole only
// distorts the projections.
countries.geometries = countries.geometries.filter((g) => g.id !== '010');

const land = merge(simple, countries.geometries);
const borders = mesh(simple, countries, (a, b) => a !== b);

const degrees = (v) => Math.round(v * 100);
const lines = ['# partner-matcher outlines v1: Natural Earth 1:50m (public domain) via world-atlas 2, simplified'];
function push(kind, points) {
  const parts = [kind];
  let px = 0;
  let py = 0;
  let n = 0;
  for (const [lon, lat] of points) {
    const x = degrees(lon);
    const y = degrees(lat);
    if (n > 0 && x === px && y === py) continue;
    parts.push(n === 0 ? x : x - px, n === 0 ? y : y - py);
    px = x;
    py = y;
    n += 1;
  }
  if (n >= 2) lines.push(parts.join(' '));
}
function boxArea(ring) {
  let [w, e, s, n] = [180, -180, 90, -90];
  for (const [lon, lat] of ring) {
    w = Math.min(w, lon);
    e = Math.max(e, lon);
    s = Math.min(s, lat);
    n = Math.max(n, lat);
  }
  const rad = Math.PI / 180;
  return (e - w) * rad * Math.abs(Math.sin(n * rad) - Math.sin(s * rad));
}
for (const polygon of land.coordinates) {
  for (const ring of polygon) {
    if (boxArea(ring) >= MIN_RING) push('L', ring);
  }
}
for (const line of borders.coordinates) push('B', line);

mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, lines.join('\n') + '\n');
