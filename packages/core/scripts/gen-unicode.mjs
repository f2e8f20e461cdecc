#!/usr/bin/env node
// Generates packages/core/src/regex/unicode/tables.ts from the Unicode data built into this Node's
// RegExp engine (`\p{…}` and the `iu` flags). Run from anywhere:
//
//   node packages/core/scripts/gen-unicode.mjs            write tables.ts
//   node packages/core/scripts/gen-unicode.mjs --check    exit 1 if tables.ts is stale
//
// What RE2 accepts, and so what we generate (google/re2 re2/unicode.py, make_unicode_groups.py,
// parse.cc):
// - General Category groups come from UnicodeData.txt: every two-letter value that some code point
//   has (so no `Cn`, which UnicodeData.txt never lists, and no `LC`, which is an alias, not a
//   value), and every one-letter group as the union of its two-letter values (so `C` is
//   Cc+Cf+Cs+Co, without Cn — unlike ECMAScript's `\p{C}`).
// - Script groups come from Scripts.txt: every script with at least one code point, named with its
//   long name (`Old_Italic`). `Unknown` and `Katakana_Or_Hiragana` have none and are absent.
// - `Any` is special-cased in the parser (parse.cc LookupUnicodeGroup), not a table.
// - Case folding is CaseFolding.txt status C and S (re2/unicode.py CaseGroups), which is also
//   ECMAScript's Canonicalize for `/iu`, so this Node's `iu` matching is the oracle.
//
// The output is compact strings decoded lazily by ../src/regex/unicode/index.ts. Number encoding
// (shared with the decoder, keep in sync): an unsigned integer is written in base 46, most
// significant digit first; every digit but the last is a char in CONT, the last one a char in
// FINAL. Both alphabets avoid `'` and `\` so the strings need no escaping.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const OUT = join(dirname(fileURLToPath(import.meta.url)), '../src/regex/unicode/tables.ts');
const MAX = 0x10ffff;

// ---------------------------------------------------------------------------------------------
// Number encoding

const ALPHABET = (() => {
  let s = '';
  for (let c = 0x21; c <= 0x7e; c++) if (c !== 0x27 && c !== 0x5c) s += String.fromCharCode(c);
  return s; // 92 chars
})();
const FINAL = ALPHABET.slice(0, 46);
const CONT = ALPHABET.slice(46);
const BASE = 46;

function enc(n) {
  if (!Number.isSafeInteger(n) || n < 0) throw new Error(`cannot encode ${n}`);
  let s = FINAL[n % BASE];
  n = Math.floor(n / BASE);
  while (n > 0) {
    s = CONT[n % BASE] + s;
    n = Math.floor(n / BASE);
  }
  return s;
}

function dec(s) {
  const out = [];
  let v = 0;
  for (let i = 0; i < s.length; i++) {
    const f = FINAL.indexOf(s[i]);
    if (f >= 0) {
      out.push(v * BASE + f);
      v = 0;
    } else v = v * BASE + CONT.indexOf(s[i]);
  }
  return out;
}

const zigzag = (n) => (n >= 0 ? 2 * n : -2 * n - 1);

// ---------------------------------------------------------------------------------------------
// Partitions: gc and script of every code point

const chars = new Array(MAX + 1);
for (let c = 0; c <= MAX; c++) chars[c] = String.fromCodePoint(c);

/** Runs of equal value over [0, MAX]: [[value, lo, hi], …]. */
function partition(valueOf) {
  const runs = [];
  let cur = valueOf(0);
  let lo = 0;
  for (let c = 1; c <= MAX; c++) {
    const v = valueOf(c);
    if (v !== cur) {
      runs.push([cur, lo, c - 1]);
      cur = v;
      lo = c;
    }
  }
  runs.push([cur, lo, MAX]);
  return runs;
}

/** Which of `names` (tested as `\p{key=name}`) each code point has; '' for none. */
function classify(key, names) {
  const value = new Array(MAX + 1).fill('');
  for (const name of names) {
    const re = new RegExp(`^\\p{${key}=${name}}$`, 'u');
    for (let c = 0; c <= MAX; c++) {
      if (re.test(chars[c])) {
        if (value[c] !== '') throw new Error(`U+${c.toString(16)} is both ${value[c]} and ${name}`);
        value[c] = name;
      }
    }
  }
  return value;
}

const GC_VALUES = [
  'Lu', 'Ll', 'Lt', 'Lm', 'Lo', 'Mn', 'Mc', 'Me', 'Nd', 'Nl', 'No', 'Pc', 'Pd', 'Ps', 'Pe', 'Pi',
  'Pf', 'Po', 'Sm', 'Sc', 'Sk', 'So', 'Zs', 'Zl', 'Zp', 'Cc', 'Cf', 'Cs', 'Co',
];

// Long Script names (PropertyValueAliases.txt, sc). A new Unicode version may add scripts: the
// coverage check below then fails and names the first code point whose script is missing here.
const SCRIPT_VALUES = `Adlam Ahom Anatolian_Hieroglyphs Arabic Armenian Avestan Balinese Bamum Bassa_Vah Batak
Bengali Beria_Erfe Bhaiksuki Bopomofo Brahmi Braille Buginese Buhid Canadian_Aboriginal Carian
Caucasian_Albanian Chakma Cham Cherokee Chorasmian Common Coptic Cuneiform Cypriot Cypro_Minoan
Cyrillic Deseret Devanagari Dives_Akuru Dogra Duployan Egyptian_Hieroglyphs Elbasan Elymaic Ethiopic
Garay Georgian Glagolitic Gothic Grantha Greek Gujarati Gunjala_Gondi Gurmukhi Gurung_Khema Han
Hangul Hanifi_Rohingya Hanunoo Hatran Hebrew Hiragana Imperial_Aramaic Inherited
Inscriptional_Pahlavi Inscriptional_Parthian Javanese Kaithi Kannada Katakana Kawi Kayah_Li
Kharoshthi Khitan_Small_Script Khmer Khojki Khudawadi Kirat_Rai Lao Latin Lepcha Limbu Linear_A
Linear_B Lisu Lycian Lydian Mahajani Makasar Malayalam Mandaic Manichaean Marchen Masaram_Gondi
Medefaidrin Meetei_Mayek Mende_Kikakui Meroitic_Cursive Meroitic_Hieroglyphs Miao Modi Mongolian Mro
Multani Myanmar Nabataean Nag_Mundari Nandinagari New_Tai_Lue Newa Nko Nushu Nyiakeng_Puachue_Hmong
Ogham Ol_Chiki Ol_Onal Old_Hungarian Old_Italic Old_North_Arabian Old_Permic Old_Persian Old_Sogdian
Old_South_Arabian Old_Turkic Old_Uyghur Oriya Osage Osmanya Pahawh_Hmong Palmyrene Pau_Cin_Hau
Phags_Pa Phoenician Psalter_Pahlavi Rejang Runic Samaritan Saurashtra Sharada Shavian Siddham Sidetic
SignWriting Sinhala Sogdian Sora_Sompeng Soyombo Sundanese Sunuwar Syloti_Nagri Syriac Tagalog
Tagbanwa Tai_Le Tai_Tham Tai_Viet Tai_Yo Takri Tamil Tangsa Tangut Telugu Thaana Thai Tibetan
Tifinagh Tirhuta Todhri Tolong_Siki Toto Tulu_Tigalari Ugaritic Vai Vithkuqi Wancho Warang_Citi
Yezidi Yi Zanabazar_Square`
  .split(/\s+/)
  .filter((name) => {
    try {
      new RegExp(`\\p{Script=${name}}`, 'u');
      return true;
    } catch {
      console.warn(`note: this Node does not know Script=${name}; skipped`);
      return false;
    }
  });

function checkCoverage(value, key, noneName) {
  const none = new RegExp(`^\\p{${key}=${noneName}}$`, 'u');
  for (let c = 0; c <= MAX; c++) {
    if ((value[c] === '') !== none.test(chars[c])) {
      throw new Error(`U+${c.toString(16)}: ${key} not covered (is a script missing from SCRIPT_VALUES?)`);
    }
  }
}

/**
 * Encodes a partition as runs `id len` where ids are 1-based indexes into `names` in order of
 * decreasing frequency (so the common ones take one char) and id 0 is "no group" (Cn / Unknown).
 */
function encodePartition(value, valueNames) {
  const runs = partition((c) => value[c]);
  const freq = new Map();
  for (const [v] of runs) if (v !== '') freq.set(v, (freq.get(v) ?? 0) + 1);
  const names = valueNames.filter((n) => freq.has(n));
  names.sort((a, b) => freq.get(b) - freq.get(a) || (a < b ? -1 : 1));
  const id = new Map(names.map((n, i) => [n, i + 1]));
  let s = '';
  for (const [v, lo, hi] of runs) s += enc(v === '' ? 0 : id.get(v)) + enc(hi - lo);
  return { names, runs: s, runCount: runs.length };
}

console.time('general categories');
const gc = classify('General_Category', GC_VALUES);
checkCoverage(gc, 'General_Category', 'Cn');
console.timeEnd('general categories');
console.time('scripts');
const sc = classify('Script', SCRIPT_VALUES);
checkCoverage(sc, 'Script', 'Unknown');
console.timeEnd('scripts');

const GC = encodePartition(gc, GC_VALUES);
const SC = encodePartition(sc, SCRIPT_VALUES);

// ---------------------------------------------------------------------------------------------
// Simple case folding orbits

console.time('case folding');
// Candidates: if c ~ d with c ≠ d, then scf(c) = scf(d), so at least one of them is not its own
// fold and Changes_When_Casefolded; the other is then its fold target, which changes under some
// case mapping. Everything else is checked below to have no equivalent at all.
const candRe = /^[\p{Changes_When_Casefolded}\p{Changes_When_Casemapped}]$/u;
const cand = [];
for (let c = 0; c <= MAX; c++) if (candRe.test(chars[c])) cand.push(c);
const candStr = cand.map((c) => chars[c]).join('');

const hex = (c) => c.toString(16);
const orbitOf = new Map(); // c -> sorted orbit (only for |orbit| > 1)
for (const c of cand) {
  if (orbitOf.has(c)) continue;
  const re = new RegExp(`\\u{${hex(c)}}`, 'giu');
  const orbit = [...candStr.matchAll(re)].map((m) => m[0].codePointAt(0));
  orbit.sort((a, b) => a - b);
  if (!orbit.includes(c)) throw new Error(`U+${hex(c)} does not match itself`);
  if (orbit.length > 1) for (const d of orbit) orbitOf.set(d, orbit);
}
// Soundness: no code point outside the orbits has any case-insensitive equivalent other than
// itself. For every maximal run R of such code points, no char of R may match [complement of R]
// under `iu`; and code points inside one run cannot be equivalent (see above).
{
  let lo = 0;
  const check = (a, b) => {
    if (a > b) return;
    let cls = '';
    if (a > 0) cls += `\\u{0}-\\u{${hex(a - 1)}}`;
    if (b < MAX) cls += `\\u{${hex(b + 1)}}-\\u{${hex(MAX)}}`;
    if (cls === '') return;
    const re = new RegExp(`[${cls}]`, 'iu');
    // Match the run in slices to keep strings small; surrogates are skipped (they have no case).
    for (let s = a; s <= b; s += 0x1000) {
      let str = '';
      for (let c = s; c <= Math.min(b, s + 0xfff); c++) if (c < 0xd800 || c > 0xdfff) str += chars[c];
      const m = re.exec(str);
      if (m) throw new Error(`U+${hex(m[0].codePointAt(0))} has an equivalent outside its run`);
    }
  };
  const folded = [...orbitOf.keys()].sort((a, b) => a - b);
  for (const c of folded) {
    check(lo, c - 1);
    lo = c + 1;
  }
  check(lo, MAX);
}
// Every orbit is a clique: each member matches each other member.
for (const [c, orbit] of orbitOf) {
  const re = new RegExp(`^\\u{${hex(c)}}$`, 'iu');
  for (const d of orbit) if (!re.test(chars[d])) throw new Error(`U+${hex(c)} !~ U+${hex(d)}`);
}
console.timeEnd('case folding');

// next(c): the next member of c's orbit, cyclically ascending (Go's unicode.SimpleFold).
const next = new Map();
let maxOrbit = 1;
for (const [c, orbit] of orbitOf) {
  const i = orbit.indexOf(c);
  next.set(c, orbit[(i + 1) % orbit.length]);
  maxOrbit = Math.max(maxOrbit, orbit.length);
}

// Fold table as RE2's unicode_casefold: [lo, hi, delta] where delta is a number, or EVEN_ODD
// (even c -> c+1, odd c -> c-1) or ODD_EVEN (odd c -> c+1, even c -> c-1). Encoded as
// `gap len code` per entry: gap = lo - (previous hi + 1), len = hi - lo, code = 0 for EVEN_ODD,
// 1 for ODD_EVEN, 2 + zigzag(delta) otherwise.
const folded = [...next.keys()].sort((a, b) => a - b);
const kindOf = (c) => {
  const d = next.get(c) - c;
  if (d === 1 && c % 2 === 0) return 'EO';
  if (d === -1 && c % 2 === 1) return 'EO';
  if (d === 1 && c % 2 === 1) return 'OE';
  if (d === -1 && c % 2 === 0) return 'OE';
  return d;
};
const entries = [];
for (const c of folded) {
  const k = kindOf(c);
  const last = entries[entries.length - 1];
  // EVEN_ODD / ODD_EVEN entries may skip nothing: extend only over adjacent code points.
  if (last && last[1] === c - 1 && last[2] === k) last[1] = c;
  else entries.push([c, c, k]);
}
let foldStr = '';
{
  let prevHi = -1;
  for (const [lo, hi, k] of entries) {
    const code = k === 'EO' ? 0 : k === 'OE' ? 1 : 2 + zigzag(k);
    foldStr += enc(lo - prevHi - 1) + enc(hi - lo) + enc(code);
    prevHi = hi;
  }
}

// Cross-check the encoded fold table against next().
{
  const v = dec(foldStr);
  let prevHi = -1;
  let count = 0;
  for (let i = 0; i < v.length; i += 3) {
    const lo = prevHi + 1 + v[i];
    const hi = lo + v[i + 1];
    const code = v[i + 2];
    for (let c = lo; c <= hi; c++) {
      const n =
        code === 0 ? (c % 2 === 0 ? c + 1 : c - 1)
        : code === 1 ? (c % 2 === 1 ? c + 1 : c - 1)
        : c + ((code - 2) % 2 === 0 ? (code - 2) / 2 : -(code - 1) / 2);
      if (next.get(c) !== n) throw new Error(`fold table wrong at U+${hex(c)}`);
      count++;
    }
    prevHi = hi;
  }
  if (count !== next.size) throw new Error('fold table does not cover every orbit member');
}

// The tricky orbits named in the design, as a smoke test of the oracle.
const expectOrbit = (cps) => {
  const o = orbitOf.get(cps[0]) ?? [cps[0]];
  if (o.join() !== [...cps].sort((a, b) => a - b).join())
    throw new Error(`orbit of U+${hex(cps[0])} is ${o.map(hex)}, expected ${cps.map(hex)}`);
};
expectOrbit([0x4b, 0x6b, 0x212a]);
expectOrbit([0x53, 0x73, 0x17f]);
expectOrbit([0xb5, 0x39c, 0x3bc]);
expectOrbit([0xdf, 0x1e9e]);
expectOrbit([0x3a3, 0x3c2, 0x3c3]);
expectOrbit([0x398, 0x3b8, 0x3d1, 0x3f4]);
expectOrbit([0x49, 0x69]);
expectOrbit([0x130]);
expectOrbit([0x131]);

// ---------------------------------------------------------------------------------------------
// Output

const unicodeVersion = process.versions.unicode ?? 'unknown';
const wrap = (s) => {
  // Split long strings into '…' + '…' lines of ~100 chars for readable diffs.
  const parts = [];
  for (let i = 0; i < s.length; i += 96) parts.push(`'${s.slice(i, i + 96)}'`);
  return parts.length === 0 ? "''" : parts.join(' +\n  ');
};

const out = `// generated by scripts/gen-unicode.mjs, do not edit.
// Unicode ${unicodeVersion} (as built into Node ${process.version}).
// Regenerate: node packages/core/scripts/gen-unicode.mjs
//
// Encoding (decoded by ./index.ts): a string of unsigned integers, each in base 46, most
// significant digit first; the last digit of a number is one of the first 46 chars of
// ${JSON.stringify(ALPHABET)}, every other digit one of the last 46.

/**
 * The Unicode version of these tables.
 * @internal
 */
export const UNICODE_VERSION: string = '${unicodeVersion}';

/**
 * The two-letter General Category values RE2 accepts, space-separated; the id of a name is its
 * position plus one.
 * @internal
 */
export const GC_NAMES: string = '${GC.names.join(' ')}';

/**
 * The General Category of every code point from U+0000 to U+10FFFF, as ${GC.runCount} runs of
 * \`id length-1\` (id 0: unassigned, which RE2 does not name).
 * @internal
 */
export const GC_RUNS: string =
  ${wrap(GC.runs)};

/**
 * The Script values RE2 accepts (long names), space-separated; the id of a name is its position
 * plus one.
 * @internal
 */
export const SCRIPT_NAMES: string =
  ${wrap(SC.names.join(' '))};

/**
 * The Script of every code point from U+0000 to U+10FFFF, as ${SC.runCount} runs of
 * \`id length-1\` (id 0: Unknown, which RE2 does not name).
 * @internal
 */
export const SCRIPT_RUNS: string =
  ${wrap(SC.runs)};

/**
 * Simple case folding (CaseFolding.txt status C and S): ${entries.length} entries \`gap len code\`
 * mapping each code point of [lo, hi] (lo = previous hi + 1 + gap, hi = lo + len) to the next
 * member of its orbit, cyclically ascending. code 0: even +1 / odd -1; code 1: odd +1 / even -1;
 * otherwise the delta, zigzag-encoded, plus 2. ${next.size} code points fold.
 * @internal
 */
export const FOLD_TABLE: string =
  ${wrap(foldStr)};

/**
 * The size of the largest case-folding orbit.
 * @internal
 */
export const FOLD_MAX_ORBIT: number = ${maxOrbit};
`;

if (process.argv.includes('--check')) {
  let cur = '';
  try {
    cur = readFileSync(OUT, 'utf8');
  } catch {}
  if (cur !== out) {
    console.error(`${OUT} is stale: run node packages/core/scripts/gen-unicode.mjs`);
    process.exit(1);
  }
  console.log('tables.ts is up to date');
} else {
  writeFileSync(OUT, out);
  console.log(
    `wrote ${OUT}: ${Buffer.byteLength(out)} bytes; ${GC.runCount} gc runs, ${SC.runCount} script runs, ` +
      `${entries.length} fold entries (${next.size} code points, max orbit ${maxOrbit})`,
  );
}
