/**
 * fast-check arbitraries for redaction properties: texts of filler words with planted entities
 * (e-mails, payment cards, SSNs, phone numbers, IBANs, names), each generated from its format and
 * checksum, never copied from evaluation data. Every planted entity records where it is.
 */
import fc from 'fast-check';
import { luhn, mod97 } from '@airlock/core';

export interface Planted {
  readonly type: string;
  readonly value: string;
  readonly start: number;
  readonly end: number;
}
export interface PlantedText {
  readonly text: string;
  readonly planted: readonly Planted[];
}

// Lower-case filler that no detector reports (no digits, no names, no @).
const WORDS = 'the a report was sent to our team for review please check and confirm before friday thanks meeting notes about budget project status update'.split(' ');
const FIRST = ['James', 'Mary', 'Robert', 'Patricia', 'Michael', 'Jennifer', 'William', 'Linda', 'David', 'Elizabeth'];
const LAST = ['Smith', 'Johnson', 'Williams', 'Brown', 'Jones', 'Garcia', 'Miller', 'Davis', 'Wilson', 'Taylor'];

const digits = (n: number): fc.Arbitrary<string> => fc.array(fc.integer({ min: 0, max: 9 }), { minLength: n, maxLength: n }).map((d) => d.join(''));

/** `body` followed by its Luhn check digit. */
function luhnComplete(body: string): string {
  for (let d = 0; ; d++) if (luhn(body + d)) return body + d;
}

const local = fc.stringMatching(/^[a-z]{3,8}(\.[a-z]{2,8})?$/);
export const email: fc.Arbitrary<string> = fc
  .tuple(local, fc.stringMatching(/^[a-z]{3,10}$/), fc.constantFrom('com', 'org', 'net', 'io', 'de'))
  .map(([l, d, t]) => `${l}@${d}.${t}`);
export const card: fc.Arbitrary<string> = fc
  .tuple(fc.constantFrom('4', '51', '52', '53', '54', '55'), digits(13), fc.boolean())
  .map(([prefix, rest, grouped]) => {
    const n = luhnComplete((prefix + rest).slice(0, 15));
    return grouped ? n.replace(/(\d{4})(?=\d)/g, '$1 ') : n;
  });
export const ssn: fc.Arbitrary<string> = fc
  .tuple(fc.integer({ min: 1, max: 665 }), fc.integer({ min: 1, max: 99 }), fc.integer({ min: 1, max: 9999 }))
  .map(([a, g, s]) => `${String(a).padStart(3, '0')}-${String(g).padStart(2, '0')}-${String(s).padStart(4, '0')}`);
// Area codes in service (a number in an unassigned area code is rightly not reported).
const AREA = [202, 206, 212, 213, 303, 305, 312, 404, 415, 512, 617, 702, 713, 718, 801, 917];
export const phone: fc.Arbitrary<string> = fc
  .tuple(fc.constantFrom(...AREA), fc.integer({ min: 200, max: 999 }), digits(4))
  .filter(([, e]) => e % 100 !== 11 && e !== 555)
  .map(([a, e, s]) => `(${a}) ${e}-${s}`);
export const iban: fc.Arbitrary<string> = fc.tuple(digits(8), digits(10)).map(([blz, acct]) => {
  const bban = blz + acct;
  const check = String(98 - mod97(bban + 'DE00')).padStart(2, '0');
  return `DE${check}${bban}`;
});
export const person: fc.Arbitrary<string> = fc.tuple(fc.constantFrom(...FIRST), fc.constantFrom(...LAST)).map(([f, l]) => `${f} ${l}`);

/** Each entity with the words before it that make it unambiguous (as people write them). */
const ENTITIES: readonly (readonly [string, string, fc.Arbitrary<string>])[] = [
  ['EMAIL_ADDRESS', 'email', email],
  ['CREDIT_CARD', 'card number', card],
  ['US_SSN', 'ssn', ssn],
  ['PHONE_NUMBER', 'call me at', phone],
  ['IBAN_CODE', 'iban', iban],
  ['PERSON', 'from', person],
];

const entity = fc.constantFrom(...ENTITIES).chain(([type, cue, value]) => value.map((v) => ({ type, cue, value: v })));
const filler = fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 6 }).map((w) => w.join(' '));

/** A text of filler and 1..6 planted entities, each introduced by its cue words. */
export const plantedText: fc.Arbitrary<PlantedText> = fc
  .array(fc.tuple(filler, entity), { minLength: 1, maxLength: 6 })
  .chain((parts) => filler.map((tail) => ({ parts, tail })))
  .map(({ parts, tail }) => {
    let text = '';
    const planted: Planted[] = [];
    for (const [words, e] of parts) {
      text += `${words} ${e.cue} `;
      planted.push({ type: e.type, value: e.value, start: text.length, end: text.length + e.value.length });
      text += `${e.value}. `;
    }
    return { text: text + tail + '.', planted };
  });
