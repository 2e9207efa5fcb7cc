// Writes the map's outlines (src/web/widget/map_task.rs reads them; docs/map.md): land and the
// borders between countries from Natural Earth 1:50m (public domain) as the npm package
// `world-atlas` ships them, simplified with `topojson-simplify` (topology kept, so borders
// still meet the coast), more finely in and around Europe, where most partners are, than
// elsewhere; then projected into the map's two frames, as SVG paths in the markup the widget
// inserts as it is.
//
//   node tools/outlines.mjs [OUT]        (default www/pkg/outlines.txt; `make build` runs it)
//
// The format: a first line `#` naming the source, then two lines, a letter and SVG markup:
// `E` for the Europe frame, `W` for the world frame, each two paths in whole kilometres
// (relative steps, so gzip packs them well), `<path class="pm-land" d="…"/>` (the land) and
// `<path class="pm-borders" d="…"/>` (the borders between countries; the classes are the
// widget's stylesheet's); then `P` probe lines (a frame letter, longitude, latitude, x, y) that the Rust tests check
// against src/map/projection.rs, which projects the markers: the two must agree.
//
// The projections are those of src/map/projection.rs, written again here so that the widget
// does not carry the outline reader and projection loop (about 1 KB gzip of its download).

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

// src/map/projection.rs, in JavaScript: Lambert azimuthal equal-area on 10°E 52°N (Europe),
// Equal Earth (the world); kilometres, y down. None (null) on the far side for Europe.
const R = 6371;
const RAD = Math.PI / 180;
function laea(lon, lat) {
  const [phi0, lambda0] = [52 * RAD, 10 * RAD];
  const [phi, dl] = [lat * RAD, lon * RAD - lambda0];
  const cosC = Math.sin(phi0) * Math.sin(phi) + Math.cos(phi0) * Math.cos(phi) * Math.cos(dl);
  if (cosC < -0.9) return null;
  const k = Math.sqrt(2 / (1 + cosC));
  return [R * k * Math.cos(phi) * Math.sin(dl),
    -R * k * (Math.cos(phi0) * Math.sin(phi) - Math.sin(phi0) * Math.cos(phi) * Math.cos(dl))];
}
function equalEarth(lon, lat) {
  const [A1, A2, A3, A4] = [1.340264, -0.081106, 0.000893, 0.003796];
  const theta = Math.asin((Math.sqrt(3) / 2) * Math.sin(lat * RAD));
  const t2 = theta * theta;
  const t6 = t2 * t2 * t2;
  const x = (2 * Math.sqrt(3) * lon * RAD * Math.cos(theta)) / (3 * (A1 + 3 * A2 * t2 + t6 * (7 * A3 + 9 * A4 * t2)));
  const y = theta * (A1 + A2 * t2 + t6 * (A3 + A4 * t2));
  return [R * x, -R * y];
}
// The frames at zoom 1 (Frame::rect); the camera keeps its centre on the frame, so at most
// half a frame beyond each edge is ever visible: rings wholly beyond that are left out.
const FRAMES = {
  E: { project: laea, rect: [-2000, -2200, 4600, 4200] },
  W: { project: equalEarth, rect: [-17300, -8400, 34600, 15000] },
};

// Land rings and border lines in degrees.
const rings = [];
for (const polygon of land.coordinates) {
  for (const ring of polygon) if (boxArea(ring) >= MIN_RING) rings.push(ring);
}
function boxArea(ring) {
  let [w, e, s, n] = [180, -180, 90, -90];
  for (const [lon, lat] of ring) {
    w = Math.min(w, lon);
    e = Math.max(e, lon);
    s = Math.min(s, lat);
    n = Math.max(n, lat);
  }
  return (e - w) * RAD * Math.abs(Math.sin(n * RAD) - Math.sin(s * RAD));
}

/** The SVG path of `lines` in `frame`: relative steps in whole kilometres. */
function path(lines, frame, closed) {
  const { project, rect: [x0, y0, w, h] } = FRAMES[frame];
  const near = ([x, y]) => x >= x0 - w / 2 && x <= x0 + 1.5 * w && y >= y0 - h / 2 && y <= y0 + 1.5 * h;
  const parts = [];
  for (const line of lines) {
    const points = [];
    let whole = true;
    for (const [lon, lat] of line) {
      const p = project(lon, lat);
      if (!p) { whole = false; break; }
      const q = [Math.round(p[0]), Math.round(p[1])];
      const last = points[points.length - 1];
      if (!last || last[0] !== q[0] || last[1] !== q[1]) points.push(q);
    }
    if (!whole || points.length < 2 || !points.some(near)) continue;
    let d = `M${points[0][0]} ${points[0][1]}`;
    for (let i = 1; i < points.length; i += 1) {
      const dx = points[i][0] - points[i - 1][0];
      const dy = points[i][1] - points[i - 1][1];
      d += `${i === 1 ? 'l' : dx < 0 ? '' : ' '}${dx}${dy < 0 ? '' : ' '}${dy}`;
    }
    parts.push(closed ? `${d}z` : d);
  }
  return parts.join('');
}

const lines = ['# partner-matcher outlines v3: Natural Earth 1:50m (public domain) via world-atlas 2, simplified, projected'];
for (const frame of ['E', 'W']) {
  const land = path(rings, frame, true);
  const edges = path(borders.coordinates, frame, false);
  lines.push(`${frame} <path class="pm-land" d="${land}"/><path class="pm-borders" d="${edges}"/>`);
}
for (const [frame, lon, lat] of [['E', 3.72, 51.05], ['E', 37.62, 55.75], ['E', -9.14, 38.72], ['W', -74.0, 40.7], ['W', 151.2, -33.9]]) {
  const [x, y] = FRAMES[frame].project(lon, lat);
  lines.push(`P ${frame} ${lon} ${lat} ${x.toFixed(3)} ${y.toFixed(3)}`);
}

mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, lines.join('\n') + '\n');
