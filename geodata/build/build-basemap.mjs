// Builds geodata/basemap/basemap-{110m,50m,10m}.bin.gz from the pinned npm package world-atlas (Natural Earth).
// Run: cd geodata/build && npm install && node build-basemap.mjs
// Why a binary: the app reads a few hundred thousand vertices at start; varint deltas + gzip keep the files
// small and the Java reader trivial (BasemapReader), with no TopoJSON decoding at run time.
//
// Format (all integers are unsigned LEB128 varints; coordinates are zigzag deltas in 1e-4 degrees):
//   "IABM" version(=1)
//   land:    polygonCount { ringCount { pointCount { dLon dLat } } }   first ring outer, others holes;
//            longitudes are continuous along a ring, so a ring across the antimeridian runs past ±180
//   borders: lineCount { pointCount { dLon dLat } }                      arcs shared by two countries
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const atlas = join(here, 'node_modules', 'world-atlas');
const out = join(here, '..', 'basemap');
const Q = 1e4;

function decodeArcs(topo) {
  const t = topo.transform;
  return topo.arcs.map(arc => {
    let x = 0, y = 0;
    return arc.map(p => {
      if (t) { x += p[0]; y += p[1]; return [x * t.scale[0] + t.translate[0], y * t.scale[1] + t.translate[1]]; }
      return [p[0], p[1]];
    });
  });
}

function ringOf(arcs, indexes) {
  const pts = [];
  for (const i of indexes) {
    const a = i < 0 ? arcs[~i].slice().reverse() : arcs[i];
    a.forEach((p, k) => { if (k > 0 || pts.length === 0) pts.push(p); });
  }
  return pts;
}

// Natural Earth rings jump from -180 to 180 where they meet the antimeridian (Chukotka, Fiji, Antarctica).
// Make longitudes continuous (they may then run past ±180; the renderer draws such shapes shifted by a world
// too), and close a ring that goes round a pole along the pole, so that filling it covers the right side.
function unwrap(pts, closeAtPole) {
  const out = [];
  let off = 0;
  pts.forEach(([lon, lat], k) => {
    if (k > 0) {
      const prev = pts[k - 1][0] + off;
      while (lon + off - prev > 180) off -= 360;
      while (prev - (lon + off) > 180) off += 360;
    }
    out.push([lon + off, lat]);
  });
  if (closeAtPole && out.length > 2 && Math.abs(out[out.length - 1][0] - out[0][0]) > 180) {
    const pole = out.reduce((s, p) => s + p[1], 0) < 0 ? -90 : 90;
    out.push([out[out.length - 1][0], pole], [out[0][0], pole], out[0]);
  }
  return out;
}

function polygonsOf(arcs, geom) {
  if (geom.type === 'Polygon') return [geom.arcs.map(r => unwrap(ringOf(arcs, r), true))];
  if (geom.type === 'MultiPolygon') return geom.arcs.map(p => p.map(r => unwrap(ringOf(arcs, r), true)));
  if (geom.type === 'GeometryCollection') return geom.geometries.flatMap(g => polygonsOf(arcs, g));
  return [];
}

/** Arcs used by two different country geometries: the land borders (coastlines come from the land rings). */
function borderArcs(topo, arcs) {
  const owners = new Map();
  topo.objects.countries.geometries.forEach((g, gi) => {
    const visit = a => {
      if (Array.isArray(a)) { a.forEach(visit); return; }
      const k = a < 0 ? ~a : a;
      if (!owners.has(k)) owners.set(k, new Set());
      owners.get(k).add(gi);
    };
    if (g.arcs) visit(g.arcs);
  });
  return [...owners.entries()].filter(([, s]) => s.size > 1).map(([k]) => unwrap(arcs[k], false));
}

class Writer {
  constructor() { this.bytes = []; this.lx = 0; this.ly = 0; }
  u(v) { do { let b = v & 0x7f; v = Math.floor(v / 128); if (v > 0) b |= 0x80; this.bytes.push(b); } while (v > 0); }
  z(v) { this.u(v >= 0 ? 2 * v : -2 * v - 1); }
  line(pts) {
    this.u(pts.length);
    for (const [lon, lat] of pts) {
      const x = Math.round(lon * Q), y = Math.round(lat * Q);
      this.z(x - this.lx); this.z(y - this.ly); this.lx = x; this.ly = y;
    }
  }
}

mkdirSync(out, { recursive: true });
for (const res of ['110m', '50m', '10m']) {
  const land = JSON.parse(readFileSync(join(atlas, `land-${res}.json`), 'utf8'));
  const countries = JSON.parse(readFileSync(join(atlas, `countries-${res}.json`), 'utf8'));
  const landPolys = polygonsOf(decodeArcs(land), land.objects.land);
  const borders = borderArcs(countries, decodeArcs(countries));
  const w = new Writer();
  'IABM'.split('').forEach(c => w.bytes.push(c.charCodeAt(0)));
  w.u(1);
  w.u(landPolys.length);
  for (const poly of landPolys) { w.u(poly.length); poly.forEach(r => w.line(r)); }
  w.u(borders.length);
  borders.forEach(b => w.line(b));
  const gz = gzipSync(Buffer.from(w.bytes), { level: 9 });
  writeFileSync(join(out, `basemap-${res}.bin.gz`), gz);
  console.log(`basemap-${res}.bin.gz: ${landPolys.length} land polygons, ${borders.length} border arcs, ${gz.length} bytes`);
}
