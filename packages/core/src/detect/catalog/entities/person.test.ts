/**
 * The person detector looks each capitalised word's kind up once per process and remembers it
 * (bounded): what was scanned before must never change what a text yields.
 */
import { describe, expect, it } from 'vitest';
import { createScanner } from '../../createScanner.ts';
import { person } from './person.ts';

const scanner = createScanner({ detectors: [person()], normalize: false });
const names = (text: string): string[] => scanner.scan(text).map((f) => text.slice(f.start, f.end));

describe('person: remembered word kinds', () => {
  it('keeps the case of a word: `WILL` and `Will` are different words', () => {
    // The other forms first: a kind remembered for one form must not answer for another.
    const text = 'Please ask Will Turner. Also ask Kowalski, Lee and Novak.';
    names(text.toUpperCase());
    names(text.toLowerCase());
    expect(names(text)).toEqual(['Will Turner', 'Kowalski', 'Lee', 'Novak']);
  });

  it('yields the same after more distinct words than it remembers', () => {
    const text = 'Dear Margaret Okonkwo-Hale, the Hotel Rio called. Regards, Dimitri.';
    const alone = names(text);
    let filler = '';
    for (let i = 0; i < 6000; i++) filler += `Zq${i.toString(36)}ux went home. `;
    names(filler);
    expect(names(text)).toEqual(alone);
    expect(alone.length).toBeGreaterThan(0);
  });
});
