import { describe, expect, it } from 'vitest';
import { RegexSyntaxError } from '../../errors/RegexSyntaxError.ts';
import type { SyntaxOptions } from '../api.ts';
import { parse, parseAst } from '../syntax/parse.ts';
import { foldRanges, unicodeClass } from '../unicode/index.ts';
import { MAX_CODE_POINT, negateRanges, type Ir, type IrClass } from './ir.ts';
import { MAX_CLASS_BOUNDS, translate } from './translate.ts';

const ir = (pattern: string, options?: SyntaxOptions): Ir => parse(pattern, options).ir;
const c = (...ranges: number[]): IrClass => ({ kind: 'class', ranges });
const ch = (s: string): IrClass => c(s.codePointAt(0)!, s.codePointAt(0)!);
const look = (l: string): Ir => ({ kind: 'look', look: l }) as Ir;

/** Whether class `ir` (which must be a class) contains code point `x`. */
function has(node: Ir, x: number): boolean {
  if (node.kind !== 'class') throw new Error(`not a class: ${node.kind}`);
  for (let i = 0; i < node.ranges.length; i += 2) if (node.ranges[i]! <= x && x <= node.ranges[i + 1]!) return true;
  return false;
}

const K = 0x4b;
const k = 0x6b;
const KELVIN = 0x212a;
const S = 0x53;
const s = 0x73;
const LONG_S = 0x17f;

describe('literals', () => {
  it('translates a literal to a class of one code point', () => {
    expect(ir('a')).toEqual(ch('a'));
    expect(ir('\u{1F600}')).toEqual(c(0x1f600, 0x1f600));
    expect(ir('\ud800')).toEqual(c(0xd800, 0xd800));
    expect(ir('ab')).toEqual({ kind: 'concat', subs: [ch('a'), ch('b')] });
  });

  it('folds case under (?i): a literal becomes its simple case-fold orbit', () => {
    expect(ir('(?i)k')).toEqual(c(K, K, k, k, KELVIN, KELVIN));
    expect(ir('(?i)K')).toEqual(c(K, K, k, k, KELVIN, KELVIN));
    expect(ir('(?i)\u212a')).toEqual(c(K, K, k, k, KELVIN, KELVIN));
    expect(ir('(?i)s')).toEqual(c(S, S, s, s, LONG_S, LONG_S));
    expect(ir('(?i)a')).toEqual(c(0x41, 0x41, 0x61, 0x61));
    expect(ir('(?i)1')).toEqual(ch('1'));
    expect(ir('(?i)\\x{3A3}')).toEqual(c(0x3a3, 0x3a3, 0x3c2, 0x3c3)); // Σ σ ς
    expect(ir('a', { caseInsensitive: true })).toEqual(c(0x41, 0x41, 0x61, 0x61));
    expect(ir('(?i)\\Qa\\E')).toEqual(c(0x41, 0x41, 0x61, 0x61));
  });

  it('translates the literal option, with flags from the options', () => {
    expect(parse('a.', { literal: true, caseInsensitive: true }).ir).toEqual({
      kind: 'concat',
      subs: [c(0x41, 0x41, 0x61, 0x61), ch('.')],
    });
  });
});

describe('dot and anchors', () => {
  it('translates . to every code point but \\n, lone surrogates included', () => {
    expect(ir('.')).toEqual(c(0, 9, 11, MAX_CODE_POINT));
    expect(ir('(?s).')).toEqual(c(0, MAX_CODE_POINT));
    expect(ir('.', { dotAll: true })).toEqual(c(0, MAX_CODE_POINT));
    expect(ir('(?s-s).', {})).toEqual(c(0, 9, 11, MAX_CODE_POINT));
    expect(ir('(?i).')).toEqual(c(0, 9, 11, MAX_CODE_POINT));
  });

  it('translates ^ and $ to text anchors, or line anchors under (?m)', () => {
    expect(ir('^')).toEqual(look('start_text'));
    expect(ir('$')).toEqual(look('end_text'));
    expect(ir('(?m)^')).toEqual(look('start_line'));
    expect(ir('(?m)$')).toEqual(look('end_line'));
    expect(ir('^$', { multiLine: true })).toEqual({ kind: 'concat', subs: [look('start_line'), look('end_line')] });
    expect(ir('(?m)\\A\\z')).toEqual({ kind: 'concat', subs: [look('start_text'), look('end_text')] });
    expect(ir('\\b\\B')).toEqual({ kind: 'concat', subs: [look('word_boundary'), look('not_word_boundary')] });
  });
});

describe('classes', () => {
  it('translates the Perl classes as RE2 does (ASCII; \\s has no \\v)', () => {
    expect(ir('\\d')).toEqual(c(0x30, 0x39));
    expect(ir('\\s')).toEqual(c(0x09, 0x0a, 0x0c, 0x0d, 0x20, 0x20));
    expect(ir('\\w')).toEqual(c(0x30, 0x39, 0x41, 0x5a, 0x5f, 0x5f, 0x61, 0x7a));
    expect(ir('\\D')).toEqual(c(0, 0x2f, 0x3a, MAX_CODE_POINT));
    expect(ir('\\S')).toEqual(c(0, 0x08, 0x0b, 0x0b, 0x0e, 0x1f, 0x21, MAX_CODE_POINT));
    expect(ir('[\\d\\s]')).toEqual(c(0x09, 0x0a, 0x0c, 0x0d, 0x20, 0x20, 0x30, 0x39));
  });

  it('folds Perl and POSIX classes under (?i), and negates after folding', () => {
    expect(ir('(?i)\\w')).toEqual(c(0x30, 0x39, 0x41, 0x5a, 0x5f, 0x5f, 0x61, 0x7a, LONG_S, LONG_S, KELVIN, KELVIN));
    // RE2's AddUGroup with sign -1: the complement of the folded class, so ſ and K are not \W.
    const W = ir('(?i)\\W');
    expect(has(W, LONG_S)).toBe(false);
    expect(has(W, KELVIN)).toBe(false);
    expect(has(W, 0x20)).toBe(true);
    expect(ir('(?i)[[:upper:]]')).toEqual(c(0x41, 0x5a, 0x61, 0x7a, LONG_S, LONG_S, KELVIN, KELVIN));
    expect(ir('[[:upper:]]')).toEqual(c(0x41, 0x5a));
    expect(ir('(?i)[^[:^upper:]]')).toEqual(ir('(?i)[[:upper:]]'));
  });

  it('translates the POSIX classes', () => {
    expect(ir('[[:alpha:]]')).toEqual(c(0x41, 0x5a, 0x61, 0x7a));
    expect(ir('[[:^alpha:]]')).toEqual(c(0, 0x40, 0x5b, 0x60, 0x7b, MAX_CODE_POINT));
    expect(ir('[[:punct:]]')).toEqual(c(0x21, 0x2f, 0x3a, 0x40, 0x5b, 0x60, 0x7b, 0x7e));
    expect(ir('[[:space:]]')).toEqual(c(0x09, 0x0d, 0x20, 0x20));
    expect(ir('[[:word:][:digit:]]')).toEqual(ir('\\w'));
  });

  it('translates brackets: sorted, merged, negated over every code point (\\n included)', () => {
    expect(ir('[cba]')).toEqual(c(0x61, 0x63));
    expect(ir('[a-cb-e]')).toEqual(c(0x61, 0x65));
    expect(ir('[^a]')).toEqual(c(0, 0x60, 0x62, MAX_CODE_POINT));
    expect(has(ir('[^a]'), 0x0a)).toBe(true);
    expect(ir('[^\\n]')).toEqual(ir('.'));
    expect(ir('[\\x{D800}-\\x{DFFF}]')).toEqual(c(0xd800, 0xdfff));
    expect(ir('[^\\x00-\\x{10FFFF}]')).toEqual(c());
    expect(ir('[\\x00-\\x{10FFFF}]')).toEqual(c(0, MAX_CODE_POINT));
  });

  it('folds bracket classes item by item, then negates', () => {
    expect(ir('(?i)[a-c]')).toEqual(c(0x41, 0x43, 0x61, 0x63));
    expect(ir('(?i)[k]')).toEqual(ir('(?i)k'));
    const notK = ir('(?i)[^k]');
    expect([K, k, KELVIN].map((x) => has(notK, x))).toEqual([false, false, false]);
    expect(notK).toEqual(c(...negateRanges([K, K, k, k, KELVIN, KELVIN])));
    // A negated item inside a bracket: complement of its folded positive.
    const notUpper = ir('(?i)[\\W\\d]');
    expect(has(notUpper, KELVIN)).toBe(false);
    expect(has(notUpper, 0x35)).toBe(true);
  });

  it('translates Unicode classes through the Unicode tables', () => {
    expect(ir('\\pL')).toEqual(c(...unicodeClass('L')!));
    expect(ir('\\p{Greek}')).toEqual(c(...unicodeClass('Greek')!));
    expect(ir('\\PL')).toEqual(c(...negateRanges(unicodeClass('L')!)));
    expect(ir('\\P{^L}')).toEqual(ir('\\pL'));
    expect(ir('\\p{^Greek}')).toEqual(ir('\\P{Greek}'));
    expect(ir('\\p{Any}')).toEqual(c(0, MAX_CODE_POINT));
    expect(ir('(?i)\\p{Lu}')).toEqual(c(...foldRanges(unicodeClass('Lu')!)));
    expect(has(ir('(?i)\\p{Lu}'), 0x61)).toBe(true);
    expect(ir('(?i)\\P{Lu}')).toEqual(c(...negateRanges(foldRanges(unicodeClass('Lu')!))));
    expect(has(ir('[\\p{Greek}\\d]'), 0x3b1)).toBe(true);
    expect(has(ir('[\\p{Greek}\\d]'), 0x35)).toBe(true);
  });

  it('shares one class object for the same class text', () => {
    const r = ir('\\pL\\pL[\\pL]') as unknown as { subs: IrClass[] };
    expect(r.subs[0]).toBe(r.subs[1]);
    expect(r.subs[0]).not.toBe(r.subs[2]);
    expect(r.subs[0]).toEqual(r.subs[2]);
    const folded = ir('\\pL(?i)\\pL') as unknown as { subs: IrClass[] };
    expect(folded.subs[0]).not.toEqual(folded.subs[1]);
  });

  it('limits the total size of distinct classes', () => {
    // Every class differs (one private-use code point each), so nothing can be shared.
    const n = Math.ceil(MAX_CLASS_BOUNDS / unicodeClass('L')!.length) + 1;
    let p = '';
    for (let i = 0; i < n; i++) p += `[\\pL\\x{${(0xe000 + i).toString(16)}}]`;
    let error: unknown;
    try {
      parse(p);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(RegexSyntaxError);
    expect((error as RegexSyntaxError).kind).toBe('pattern_too_long');
    expect((error as RegexSyntaxError).message).toContain('classes');
    // The same class repeated is shared, so it costs nothing more.
    expect(() => parse('\\pL'.repeat(n))).not.toThrow();
  });
});

describe('repetition', () => {
  it('keeps counted repetitions as repeat nodes', () => {
    expect(ir('a{2,5}')).toEqual({ kind: 'repeat', sub: ch('a'), min: 2, max: 5, greedy: true });
    expect(ir('a{3}?')).toEqual({ kind: 'repeat', sub: ch('a'), min: 3, max: 3, greedy: false });
    expect(ir('a*')).toEqual({ kind: 'repeat', sub: ch('a'), min: 0, max: -1, greedy: true });
    expect(ir('a+?')).toEqual({ kind: 'repeat', sub: ch('a'), min: 1, max: -1, greedy: false });
    expect(ir('a??')).toEqual({ kind: 'repeat', sub: ch('a'), min: 0, max: 1, greedy: false });
    expect(ir('a{1}')).toEqual(ch('a'));
    expect(ir('a{0}')).toEqual({ kind: 'empty' });
    expect(ir('(?:)*')).toEqual({ kind: 'empty' });
  });

  it('swaps greediness under (?U)', () => {
    expect(ir('(?U)a*')).toMatchObject({ greedy: false });
    expect(ir('(?U)a*?')).toMatchObject({ greedy: true });
    expect(ir('a*', { ungreedy: true })).toMatchObject({ greedy: false });
    expect(ir('(?-U)a*', { ungreedy: true })).toMatchObject({ greedy: true });
    // The operator's flags count, not the operand's (RE2).
    expect(ir('a(?U)*')).toMatchObject({ kind: 'repeat', greedy: false });
    expect(ir('(?U)a(?-U)*')).toMatchObject({ kind: 'repeat', greedy: true });
    expect(ir('(?U:a)*')).toMatchObject({ kind: 'repeat', greedy: true });
  });

  it('repeats a repetition when a flag group separates the operators', () => {
    expect(ir('a*(?i)*')).toEqual({
      kind: 'repeat',
      sub: { kind: 'repeat', sub: ch('a'), min: 0, max: -1, greedy: true },
      min: 0,
      max: -1,
      greedy: true,
    });
  });
});

describe('groups and flag scope', () => {
  it('numbers and names captures', () => {
    const p = parse('(a)(?P<x>b)(?:c)(?<y>d)');
    expect(p.captureCount).toBe(3);
    expect(p.captureNames).toEqual([undefined, undefined, 'x', 'y']);
    expect(p.ir).toEqual({
      kind: 'concat',
      subs: [
        { kind: 'capture', index: 1, name: undefined, sub: ch('a') },
        { kind: 'capture', index: 2, name: 'x', sub: ch('b') },
        ch('c'),
        { kind: 'capture', index: 3, name: 'y', sub: ch('d') },
      ],
    });
  });

  it('keeps a capture inside a repetition that never runs, and counts it', () => {
    const p = parse('(a){0}b');
    expect(p.captureCount).toBe(1);
    expect(p.ir).toEqual(ch('b'));
  });

  it('scopes flags to their group, and lets them flow across | within it (RE2)', () => {
    const ci = c(0x41, 0x41, 0x61, 0x61);
    const cb = c(0x42, 0x42, 0x62, 0x62);
    expect(ir('(?i:a)b')).toEqual({ kind: 'concat', subs: [ci, ch('b')] });
    expect(ir('(a(?i)a)a')).toEqual({ kind: 'concat', subs: [{ kind: 'capture', index: 1, name: undefined, sub: { kind: 'concat', subs: [ch('a'), ci] } }, ch('a')] });
    expect(ir('(?:x(?i)|bc)')).toEqual({ kind: 'alt', subs: [ch('x'), { kind: 'concat', subs: [cb, c(0x43, 0x43, 0x63, 0x63)] }] });
    // One-character alternatives merge into a class (see below), across the flag change too.
    expect(ir('(?:x(?i)|b)')).toEqual(c(0x42, 0x42, 0x62, 0x62, 0x78, 0x78));
    expect(ir('x(?i)y|b')).toEqual({ kind: 'alt', subs: [{ kind: 'concat', subs: [ch('x'), c(0x59, 0x59, 0x79, 0x79)] }, cb] });
    expect(ir('(?i)(?-i:a)a')).toEqual({ kind: 'concat', subs: [ch('a'), ci] });
    expect(ir('(?i)(?:(?-i)a)a')).toEqual({ kind: 'concat', subs: [ch('a'), ci] });
    expect(ir('(?i:(?-i)a)a')).toEqual({ kind: 'concat', subs: [ch('a'), ch('a')] });
  });
});

describe('alternation', () => {
  it('keeps the order of alternatives', () => {
    expect(ir('ab|a')).toEqual({ kind: 'alt', subs: [{ kind: 'concat', subs: [ch('a'), ch('b')] }, ch('a')] });
    expect(ir('a|')).toEqual({ kind: 'alt', subs: [ch('a'), { kind: 'empty' }] });
    expect(ir('|a')).toEqual({ kind: 'alt', subs: [{ kind: 'empty' }, ch('a')] });
  });

  it('merges adjacent one-character alternatives into a class, and only adjacent ones', () => {
    expect(ir('a|b|c')).toEqual(c(0x61, 0x63));
    expect(ir('a|[bc]|\\d')).toEqual(c(0x30, 0x39, 0x61, 0x63));
    expect(ir('a|(?:b|c)')).toEqual(c(0x61, 0x63));
    expect(ir('a|bc|d')).toEqual({ kind: 'alt', subs: [ch('a'), { kind: 'concat', subs: [ch('b'), ch('c')] }, ch('d')] });
    expect(ir('a|b|xy|c|d')).toEqual({ kind: 'alt', subs: [c(0x61, 0x62), { kind: 'concat', subs: [ch('x'), ch('y')] }, c(0x63, 0x64)] });
    expect(ir('(a)|b')).toMatchObject({ kind: 'alt' });
  });
});

describe('translate', () => {
  it('takes the initial flags from its own options', () => {
    const ast = parseAst('a$');
    expect(translate(ast).ir).toEqual({ kind: 'concat', subs: [ch('a'), look('end_text')] });
    expect(translate(ast, { caseInsensitive: true, multiLine: true }).ir).toEqual({
      kind: 'concat',
      subs: [c(0x41, 0x41, 0x61, 0x61), look('end_line')],
    });
  });

  it('translates hand-built trees with an unknown Unicode class name to an empty class', () => {
    const ast = parseAst('\\pL');
    const bogus = { ...ast, root: { ...ast.root, name: 'Nope' } } as typeof ast;
    expect(translate(bogus).ir).toEqual(c());
  });
});
