/**
 * {@link streetAddress}: street addresses by their grammar (number, street name, street type,
 * unit, city, state, postcode).
 *
 * @module
 */
import { defineDetector } from '../../defineDetector.ts';
import type { CandidateContext, Detector, ValidationResult } from '../../types.ts';

/** Words that never stand between a house number and a street type (`12 of the road`). */
const NOT_STREET_WORDS: ReadonlySet<string> = /*@__PURE__*/ new Set(
  'of the and or to a an in on at for with by from per every each is are was were be it its this that these those than then hours minutes days times units items people'.split(' '),
);

/** Rejects a candidate whose words (before its street type) include a function word. */
function plausibleStreet(value: string, _where: CandidateContext): ValidationResult {
  let word = '';
  for (const ch of value + ' ') {
    if (ch === ' ' || ch === '\t' || ch === '\n' || ch === ',') {
      if (word && NOT_STREET_WORDS.has(word.toLowerCase())) return false;
      word = '';
    } else word += ch;
  }
  return undefined;
}

/** Street types, from the USPS Publication 28 common suffixes and their usual abbreviations. */
const STREET_TYPES =
  'street|st|avenue|ave|av|road|rd|boulevard|blvd|lane|ln|drive|dr|court|ct|place|pl|way|terrace|ter|circle|cir|highway|hwy|parkway|pkwy|' +
  'square|sq|trail|trl|crescent|cres|close|row|alley|aly|plaza|plz|loop|pike|path|walk|mews|grove|grv|gardens|gdns|hill|hl|hills|view|vw|' +
  'ridge|rdg|creek|crk|park|heights|hts|point|pt|crossing|xing|junction|jct|station|sta|port|fort|ft|falls|estates|est|village|vlg|' +
  'harbor|hbr|haven|landing|lndg|manor|mnr|meadow|meadows|mill|mills|springs|spgs|valley|vly|vista|vis|expressway|expy|freeway|fwy|' +
  'turnpike|tpke|center|ctr|centre|commons|cove|cv|curve|dale|dam|divide|dv|extension|ext|field|fields|flat|flats|ford|forest|forge|fork|' +
  'forks|garden|gateway|glen|green|grn|harbour|island|isle|key|keys|knoll|knolls|lake|lakes|land|light|lights|lock|locks|lodge|mall|' +
  'motorway|mountain|mtn|oval|orchard|pass|passage|pines|plain|plains|prairie|radial|ramp|ranch|rapids|rest|route|rte|shoal|shoals|' +
  'shore|shores|skyway|spur|stream|summit|smt|throughway|trace|track|trafficway|tunnel|underpass|union|unions|viaduct|ville|well|wells';
const UNIT = "(?:,?\\s+(?i:apt|apartment|suite|ste|unit|room|rm|floor|fl|bldg|building|#)\\.?\\s*#?[0-9]{1,5}[A-Za-z]?)";
/** City, two-letter state and ZIP: `, Springfield, IL 62704`. */
const CITY_STATE_ZIP = '(?:,?\\s+\\p{Lu}\\p{L}+(?:\\s+\\p{Lu}\\p{L}+){0,2},?\\s+[A-Z]{2},?\\s+[0-9]{5}(?:-[0-9]{4})?)';
const EU_STREET =
  'stra(?:ß|ss)e|str\\.|weg|gasse|platz|allee|ring|damm|ufer|vej|gade|gatan|vägen|gata|katu|tie|kuja|laan|straat|gracht|plein|kade|utca|gatve|iela';
const ROMANCE_STREET = 'rue|avenue|boulevard|bd|chemin|allée|impasse|quai|cours|via|viale|piazza|corso|calle|avenida|plaza|paseo|carrer|rua|travessa|ul\\.|ulica|al\\.|aleja';

/**
 * Detects street addresses (`STREET_ADDRESS`) by their grammar: a house number, a street name and a
 * street type (`221 Baker Street`, `1600 Pennsylvania Ave NW, Suite 200`) with an optional unit and
 * city, state and ZIP; continental forms (`Hauptstraße 5`, `12 rue de la Paix`); PO boxes and
 * US military addresses; and a lone unit (`Apt. 4B`).
 *
 * @returns the detector
 *
 * @example
 * ```ts
 * import { createScanner, streetAddress } from '@airlock/core';
 * const scanner = createScanner({ detectors: [streetAddress()] });
 * const text = 'Ship to 742 Evergreen Terrace, Springfield, IL 62704 please';
 * scanner.scan(text).map((f) => text.slice(f.start, f.end)); //=> ['742 Evergreen Terrace, Springfield, IL 62704']
 * ```
 */
// @__NO_SIDE_EFFECTS__
export function streetAddress(): Detector {
  return defineDetector({
    id: 'street-address',
    type: 'STREET_ADDRESS',
    category: 'pii',
    level: 'confidential',
    regimes: ['gdpr', 'ccpa', 'hipaa'],
    description: 'A street address: number, street name and type, unit, city, state and postcode.',
    patterns: [
      // 221 Baker Street; 1600 Pennsylvania Ave NW, Suite 200, Washington, DC 20500
      `\\b[0-9]{1,6}[A-Za-z]?(?:\\s+\\p{L}[\\p{L}'.-]*){1,4}\\s+(?i:${STREET_TYPES})\\b\\.?(?:\\s+(?:N|S|E|W|NE|NW|SE|SW)\\b)?${UNIT}?${CITY_STATE_ZIP}?`,
      // Hauptstraße 5, Keizersgracht 123a
      `\\b\\p{Lu}\\p{L}*(?:${EU_STREET})\\s+[0-9]{1,4}[a-z]?\\b${UNIT}?`,
      // 12 rue de la Paix; 5, avenida de Mayo; ul. Długa 3
      `\\b[0-9]{1,4}(?:\\s?(?:bis|ter))?,?\\s+(?i:${ROMANCE_STREET})(?:\\s+(?i:de|du|des|del|della|di|da|do|dos|la|le|las|los)){0,2}\\s+\\p{Lu}[\\p{L}'-]+(?:\\s+\\p{Lu}[\\p{L}'-]+){0,2}`,
      `(?i:\\b(?:${ROMANCE_STREET}))\\s+\\p{Lu}[\\p{L}'-]+(?:\\s+\\p{Lu}[\\p{L}'-]+){0,2},?\\s+[0-9]{1,4}[a-z]?\\b`,
      // PO Box 123; Unit 1234 Box 5678, DPO AP 12345; USNS Name, FPO AE 12345
      `(?i:\\b(?:p\\.?\\s?o\\.?\\s+box|post office box|(?:unit|psc)\\s+[0-9]{4},?\\s+box)\\s+[0-9]{1,6}(?:,?\\s+(?:apo|fpo|dpo)\\s+(?:aa|ae|ap)\\s+[0-9]{5})?)`,
      `(?i:\\b(?:usns|usnv|uss|uscgc)\\s+\\p{L}+,?\\s+(?:apo|fpo|dpo)\\s+(?:aa|ae|ap)\\s+[0-9]{5})`,
      // a lone unit: Apt. 4B, Suite 210
      `(?i:\\b(?:apt|apartment|suite|ste)\\b\\.?\\s*#?[0-9]{1,5}[A-Za-z]?\\b)`,
    ],
    validators: [plausibleStreet],
    score: 0.75,
    samples: {
      positive: [
        { text: 'Ship to 742 Evergreen Terrace, Springfield, IL 62704 please', value: '742 Evergreen Terrace, Springfield, IL 62704' },
        { text: 'The office is at 1600 Pennsylvania Ave NW, Suite 200.', value: '1600 Pennsylvania Ave NW, Suite 200' },
        { text: 'Wohnung: Lindenstraße 17a, 3. Stock', value: 'Lindenstraße 17a' },
        { text: 'Rendez-vous au 8 rue des Lilas demain', value: '8 rue des Lilas' },
        { text: 'send it to po box 4471', value: 'po box 4471' },
        { text: 'my flat is apt 12B', value: 'apt 12B' },
      ],
      negative: [
        'We sold 300 units last quarter.',
        'Take 2 tablets every 6 hours.',
        'The street was quiet at 5 pm.',
        'Version 12 of the road map.',
      ],
    },
  });
}
