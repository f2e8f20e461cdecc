import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { alt, capture, cls, codePoint, concat, look, repeat, type Ir, type Look } from '../ir/ir.ts';
import { RegexEngines } from './engines.ts';
import { resolveOptions } from './options.ts';

// Random IR, built directly (no parser): every engine path must agree on every pattern and text.
const LOOKS: Look[] = ['start_text', 'end_text', 'start_line', 'end_line', 'word_boundary', 'not_word_boundary'];
let groupCounter = 0;
const irArb: fc.Arbitrary<Ir> = fc.letrec<{ ir: Ir }>((tie) => ({
  ir: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constantFrom(...'ab\n-😀'.match(/./gsu)!).map((c) => codePoint(c.codePointAt(0)!)),
    fc.constantFrom(cls([0x61, 0x62]), cls([0, 9, 11, 0x10ffff]), cls([0xd800, 0xdfff]), cls([0x30, 0x39, 0x61, 0x7a])),
    fc.constantFrom(...LOOKS).map(look),
    fc.tuple(tie('ir'), fc.nat(2), fc.integer({ min: -1, max: 3 }), fc.boolean()).map(([sub, min, extra, greedy]) =>
      repeat(sub, min, extra < 0 ? -1 : min + extra, greedy),
    ),
    tie('ir').map((sub) => capture(++groupCounter, undefined, sub)),
    fc.array(tie('ir'), { minLength: 2, maxLength: 3 }).map(concat),
    fc.array(tie('ir'), { minLength: 2, maxLength: 3 }).map(alt),
  ),
})).ir;

/** Renumbers captures 1..n in the order a parser would assign them. */
function renumber(ir: Ir): { ir: Ir; count: number } {
  let n = 0;
  const walk = (node: Ir): Ir => {
    switch (node.kind) {
      case 'capture': {
        const index = ++n;
        return capture(index, undefined, walk(node.sub));
      }
      case 'concat':
        return { kind: 'concat', subs: node.subs.map(walk) };
      case 'alt':
        return { kind: 'alt', subs: node.subs.map(walk) };
      case 'repeat':
        return { ...node, sub: walk(node.sub) };
      default:
        return node;
    }
  };
  const out = walk(ir);
  return { ir: out, count: n };
}

const textArb = fc.array(fc.constantFrom('a', 'b', '-', '\n', '😀', '\ud800', '\udc00', ' '), { maxLength: 12 }).map((a) => a.join(''));

function engines(ir: Ir, longest: boolean, engine: 'pikevm' | 'dfa', cacheCapacity?: number): RegexEngines {
  const { ir: numbered, count } = renumber(ir);
  const pattern = { ir: numbered, captureCount: count, captureNames: Array<undefined>(count + 1).fill(undefined) };
  return new RegexEngines(pattern, resolveOptions({ longest, engine, ...(cacheCapacity ? { dfa: { cacheCapacity } } : {}) }));
}

describe('engine paths agree on random IR', () => {
  for (const longest of [false, true]) {
    it(`DFA (find + reverse) and Pike VM give the same match and groups (longest: ${longest})`, () => {
      fc.assert(
        fc.property(irArb, textArb, (ir, text) => {
          const dfa = engines(ir, longest, 'dfa');
          const tiny = engines(ir, longest, 'dfa', 2);
          const pike = engines(ir, longest, 'pikevm');
          for (let from = 0; from <= text.length; from++) {
            // The public API never starts a search inside a surrogate pair (it moves past it).
            if (from > 0 && /[\ud800-\udbff]/.test(text[from - 1]!) && /[\udc00-\udfff]/.test(text[from] ?? '')) continue;
            const expected = pike.find(text, from);
            expect(dfa.find(text, from)).toEqual(expected);
            expect(tiny.find(text, from)).toEqual(expected);
            expect(dfa.test(text, from)).toBe(expected !== null);
            if (expected) expect(dfa.anchoredEnd(text, expected.start)).toBe(longest ? pike.anchoredEnd(text, expected.start) : expected.end);
          }
        }),
        { numRuns: 400 },
      );
    }, 60_000);
  }

  it('detects a difference when there is one (the property can fail)', () => {
    const a = engines(codePoint(0x61), false, 'dfa');
    const b = engines(codePoint(0x62), false, 'pikevm');
    expect(a.find('ab', 0)).not.toEqual(b.find('ab', 0));
  });
});
