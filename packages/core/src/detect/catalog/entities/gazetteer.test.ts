/**
 * The capitalised-run pattern that person and location share leaves out the runs that are one word
 * inside another word (`getUserName`, `DEBUG`'s `EBUG`): the detectors drop a run's first word when
 * the run begins inside a word, so those runs gave them nothing. What the detectors find must not
 * change: they are compared with copies that use the pattern as it was before.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compile } from '../../../regex/index.ts';
import { createScanner } from '../../createScanner.ts';
import { defineDetector } from '../../defineDetector.ts';
import type { Detector } from '../../types.ts';
import { CAPITALISED_RUN } from './gazetteer.ts';
import { location } from './location.ts';
import { person } from './person.ts';

/** The pattern before: any capital could begin a run. */
const CAP_WORD = "\\p{Lu}(?:'\\p{Lu})?\\p{Ll}+(?:\\p{Lu}\\p{Ll}+)?(?:-\\p{Lu}\\p{Ll}+)?|\\p{Lu}{2,4}\\b";
const CONNECTOR = '(?:van|von|der|den|de|da|do|dos|del|della|di|du|la|le|of|upon|on|am|y)';
const BEFORE = `(?:${CAP_WORD})(?:[ \\t]+(?:${CONNECTOR}[ \\t]+)?(?:(?:${CAP_WORD})|\\p{Lu}\\.|\\p{Lu}\\b))*`;

const withPattern = (d: Detector, pattern: string): Detector => defineDetector({ ...d, patterns: [pattern] });
const now = createScanner({ detectors: [person(), location()], normalize: false });
const before = createScanner({ detectors: [withPattern(person(), BEFORE), withPattern(location(), BEFORE)], normalize: false });

/**
 * Tokens, some with capitals inside them (camelCase, all caps, base64, a name glued to an identifier
 * or after a non-ASCII letter), and the blanks and punctuation between them.
 */
const token = fc.constantFrom(
  'John', 'Smith', 'Paulo', 'São', 'Paris', 'New', 'York', 'Łukasz', 'Étienne', 'McDonald', "O'Brien", 'Lopez-Garcia', 'Margaret',
  'Okonkwo-Hale', 'J.', 'K', 'USA', 'UK', 'DEBUG', 'INFO', 'GET', 'the', 'The', 'Dear', 'lives', 'in', 'de', 'van', 'of', 'at',
  'getUserName', 'xJohn', 'xJohn Smith', '_O\'Brien', 'user_Lopez-Garcia', 'éJohn', '用São Paulo', 'PauloStraße', 'xAbcÉdef',
  'aéBrien', 'JhbGciOiJIUzI1NiIs', '2Anna', 'ÉCOLE', 'iPhone', 'eyJSmith Jones',
);
const gap = fc.constantFrom(' ', ' ', '  ', '\t', ', ', '. ', '\n', ' (', ') ', ': ');
const text = fc.array(fc.tuple(token, gap), { maxLength: 16 }).map((parts) => parts.map(([t, g]) => t + g).join(''));

describe('CAPITALISED_RUN', () => {
  it('drops one-word runs inside ASCII words, not runs at word starts or after other letters', () => {
    const runs = (text: string): string[] => compile(CAPITALISED_RUN).findAll(text).map((m) => text.slice(m.start, m.end));
    expect(runs('getUserName DEBUG xJohn Smith')).toEqual(['John Smith']);
    expect(runs('Ana Łukasz, éJohn and 用São Paulo')).toEqual(['Ana Łukasz', 'John', 'São Paulo']);
  });

  it('lets person and location find exactly what they found with the pattern before (property)', () => {
    fc.assert(
      fc.property(text, (t) => {
        expect(now.scan(t)).toEqual(before.scan(t));
      }),
      { numRuns: 2000 },
    );
  });
});
