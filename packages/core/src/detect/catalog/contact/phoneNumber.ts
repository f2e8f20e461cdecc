/**
 * {@link phoneNumber}: telephone numbers.
 *
 * @module
 */
import { defineDetector } from '../../defineDetector.ts';
import type { CandidateContext, Detector } from '../../types.ts';
import { isPlausibleDate } from '../../validators/common/dates.ts';
import { isIPv4 } from '../../validators/common/ipAddress.ts';
import { isPhoneNumber } from '../../validators/common/phoneNumber.ts';

/** Digit-group lengths of `value`, split on anything that is not a digit. */
function groups(value: string): number[] {
  const out: number[] = [];
  let n = 0;
  for (let i = 0; i <= value.length; i++) {
    const c = value.charCodeAt(i);
    if (c >= 0x30 && c <= 0x39) n++;
    else if (n > 0) {
      out.push(n);
      n = 0;
    }
  }
  return out;
}

/** Whether the value ends in an extension (`x204`, `ext. 12`). */
function hasExtension(value: string): boolean {
  for (let i = value.length - 1; i >= 0; i--) {
    const c = value.charCodeAt(i);
    if (c >= 0x30 && c <= 0x39) continue;
    const p = value[i - 1];
    if (c === 0x78 /* x12 */ || (c === 0x74 /* ext12 */ && p === 'x')) return true;
    if (c === 0x2e /* ext.12 */) return p === 't';
    return c === 0x20 && (p === 'x' || p === 't' || (p === '.' && value[i - 2] === 't'));
  }
  return false;
}

/**
 * Whether `value` follows the North American numbering plan's structure, whatever its metadata
 * says: `(NXX) NXX-XXXX`, `NXX-NXX-XXXX`, `NXX.NXX.XXXX` or `+1 NXX NXX XXXX` (N is 2–9), an area
 * code that is not a service code (`N11`), and no extension.
 */
function isNanpStructured(value: string, g: readonly number[], international: boolean): boolean {
  const lens = international ? g.slice(1) : g;
  if (international && !(g[0] === 1 && value.startsWith('+1'))) return false;
  if (lens.length !== 3 || lens[0] !== 3 || lens[1] !== 3 || lens[2] !== 4) return false;
  let digits = '';
  for (let i = 0; i < value.length; i++) if (value.charCodeAt(i) >= 0x30 && value.charCodeAt(i) <= 0x39) digits += value[i];
  if (international) digits = digits.slice(1);
  const n = (i: number): number => digits.charCodeAt(i) - 0x30;
  return n(0) >= 2 && n(3) >= 2 && !(n(1) === 1 && n(2) === 1);
}

/** `2024-04`, `1999/12`: a year from 1900 to 2099 and a month. */
function isYearMonth(value: string): boolean {
  const y = value.slice(0, 2);
  if (y !== '19' && y !== '20') return false;
  const m = (value.charCodeAt(5) - 0x30) * 10 + (value.charCodeAt(6) - 0x30);
  return value.length === 7 && m >= 1 && m <= 12;
}

/**
 * Rejects dates (`2023-10-12`, `12.10.2023`), dotted quads, SSN-shaped groups (`123-45-6789`), and the national-looking tail of an
 * international number (`44 99 9999 9999` in `+44 99 9999 9999`, which the international pattern
 * already judged) before asking libphonenumber.
 */
function validatePhone(value: string, where: CandidateContext): boolean | undefined {
  // A time follows: the candidate is the date and hour of a timestamp (`2000-04-16 11:34`).
  if (where.text[where.end] === ':') return false;
  const international = value[0] === '+' || value.startsWith('00');
  if (!international && where.text.slice(Math.max(0, where.start - 6), where.start).includes('+')) return false;
  const g = groups(value);
  // Cheap structural rejects first; libphonenumber costs tens of microseconds per region.
  let digits = 0;
  for (const n of g) digits += n;
  if (hasExtension(value)) digits -= g[g.length - 1]!;
  // E.164 allows at most 15 digits; under 6, a number is a code or a count, not a phone.
  if (digits > 15 || digits < 6) return false;
  if (!international && g.length === 2) {
    const sep = value[g[0]! + (value[0] === '(' ? 2 : 0)];
    // `151.97`, `2.5060`: a decimal or a version, not a phone (no plan writes two groups with a dot).
    if (sep === '.') return false;
    // `2024-04` (of `2024-04-01T21:19`): a year and a month.
    if (g[0] === 4 && g[1] === 2 && isYearMonth(value)) return false;
  }
  const dateShape = g.length >= 3 && ((g[0] === 4 && g[1]! <= 2 && g[2]! <= 2) || (g[0]! <= 2 && g[1]! <= 2 && g[2] === 4));
  if (!international && dateShape && isPlausibleDate(value)) return false;
  if (isIPv4(value)) return false;
  // `123-45-6789` is how US social security numbers are written, not phone numbers.
  if (!international && g.length === 3 && g[0] === 3 && g[1] === 2 && g[2] === 4 && value.length === 11 && value[3] === '-' && value[6] === '-') return false;
  // Written as a North American number but valid in no numbering plan (an unassigned area code,
  // a number made up for a form): left at the base score, so it needs a context word. Any other
  // invalid shape is dropped.
  if (!isPhoneNumber(value)) return isNanpStructured(value, g, international) ? undefined : false;
  // Short national numbers (7–8 digits: `675 62314`) are valid somewhere but as often postcodes or
  // house numbers: valid, yet left at the base score, so they need a context word.
  return international || digits >= 9 ? true : undefined;
}

/**
 * Detects phone numbers: international ones (`+` or `00` and a country code, E.164 with or without
 * separators) and national ones written in groups (`(201) 555-0123`, `030 901820`,
 * `01 42 68 53 00`), with an optional extension. Every candidate is checked against
 * libphonenumber's full metadata: international numbers for their own country, national ones for
 * the countries in {@link PHONE_REGIONS} (US, GB, DE, FR, ES, IT, IN, BR, AU, JP). A valid number
 * scores 0.75; one written in the North American plan's structure (`+1 NXX NXX XXXX`,
 * `(NXX) NXX-XXXX`) that no plan assigns (an unassigned area code, a number made up for a form)
 * keeps the base 0.4, so it is reported only next to a context word (`Phone: +1 460 880 8028`);
 * any other invalid number is dropped. Unseparated digit runs are not matched: they are more often
 * order numbers than phones.
 *
 * @returns the detector (type `PHONE_NUMBER`)
 *
 * @example
 * ```ts
 * import { createScanner, phoneNumber } from '@airlock/core';
 * const scanner = createScanner({ detectors: [phoneNumber()] });
 * scanner.scan('call +44 20 7946 0958 today').map((f) => [f.type, f.start, f.end]); //=> [['PHONE_NUMBER', 5, 21]]
 * scanner.scan('call +44 99 9999 9999').length; //=> 0
 * ```
 */
// @__NO_SIDE_EFFECTS__
export function phoneNumber(): Detector {
  return defineDetector({
    id: 'phone-number',
    type: 'PHONE_NUMBER',
    patterns: [
      '(?:\\+|\\b00)[1-9][0-9 .()-]{5,20}[0-9](?: ?(?:x|ext\\.?) ?[0-9]{1,5}\\b)?',
      // The extension comes before the final `\\b`, so `833.719.3994x1887` is one number.
      '(?:\\(|\\b)[0-9]{2,5}(?:\\)[ .-]?|[ .-])[0-9]{2,8}(?:[ .-][0-9]{2,6}){0,3}(?: ?(?:x|ext\\.?) ?[0-9]{1,5})?\\b',
    ],
    validators: [validatePhone],
    score: 0.4,
    validScore: 0.75,
    context: { words: ['phone', 'tel', 'telephone', 'call', 'mobile', 'cell', 'fax', 'whatsapp', 'contact', 'telefon', 'téléphone', 'teléfono'] },
    level: 'confidential',
    category: 'contact',
    regimes: ['gdpr', 'ccpa'],
    description: 'Phone number, valid by libphonenumber metadata.',
    samples: {
      positive: [
        { text: 'call +44 20 7946 0958 today', value: '+44 20 7946 0958' },
        { text: 'office: (201) 555-0123 x204', value: '(201) 555-0123 x204' },
        { text: 'Tel. 030 901820', value: '030 901820' },
        'tél 01 42 68 53 00',
        '+33142685300',
        'fone (11) 98765-4321',
        '0049 30 901820',
        '電話 03-3224-5000',
        { text: 'Desk: 833.719.3994x1887', value: '833.719.3994x1887' },
        { text: 'Phone: +1 460 880 8028', value: '+1 460 880 8028' },
      ],
      negative: [
        'When: 2000-04-16 11:34:35',
        'Apt. 675 62314','call +44 99 9999 9999', 'on 2023-10-12', 'host 192.168.100.10', 'version 1.2.3', 'total 12 34', '+1 011 555 0123', 'SSN 219-09-9999 on file',
        'call at 2024-04-01T21:19:01Z', 'phone price 151.97', 'tel 4212 7863 0355 4075',
        'ticket +1 460 880 8028 closed', 'call +1 211 654 2091', 'call +1 372 154 2091'],
    },
  });
}

/** Words that say a bare run of digits is a phone number. */
const PHONE_WORDS = ['phone', 'tel', 'telephone', 'call', 'mobile', 'cell', 'fax', 'desk', 'whatsapp', 'sms', 'telefon', 'téléphone', 'teléfono'];

/**
 * Detects phone numbers written as one unseparated run of digits (`2813882583`, `+14155550142`),
 * only next to a word that says so (`mobile`, `fax:`, `call`), and only when libphonenumber's
 * metadata validates them: alone, such runs are more often order or account numbers.
 *
 * @returns the detector (type `PHONE_NUMBER`)
 *
 * @example
 * ```ts
 * import { createScanner, phoneNumberUnseparated } from '@airlock/core';
 * const scanner = createScanner({ detectors: [phoneNumberUnseparated()] });
 * scanner.scan('Fax: 4155550142').map((f) => [f.start, f.end]); //=> [[5, 15]]
 * scanner.scan('order 4155550142').length; //=> 0
 * ```
 */
// @__NO_SIDE_EFFECTS__
export function phoneNumberUnseparated(): Detector {
  return defineDetector({
    id: 'phone-number-unseparated',
    type: 'PHONE_NUMBER',
    patterns: ['(?:\\+|\\b)[0-9]{9,14}\\b'],
    validators: [validatePhone],
    score: 0.3,
    validScore: 0.6,
    context: { words: PHONE_WORDS, window: 32, required: true },
    level: 'confidential',
    category: 'contact',
    regimes: ['gdpr', 'ccpa'],
    description: 'Phone number written without separators, next to a phone word, valid by libphonenumber metadata.',
    samples: {
      positive: [
        { text: 'Fax: 4155550142', value: '4155550142' },
        { text: '2025550148 mobile', value: '2025550148' },
        'call +442079460958 now',
      ],
      negative: ['order 4155550142 shipped', 'Fax: 1234567890123', 'mobile 0000000000', 'invoice 2813882583'],
    },
  });
}
