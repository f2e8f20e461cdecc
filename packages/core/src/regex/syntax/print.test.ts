import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RegexSyntaxError } from '../../errors/RegexSyntaxError.ts';
import { translate } from '../ir/translate.ts';
import type { Ast, AstClassItem, AstFlags, AstNode, Span } from './ast.ts';
import { parseAst } from './parse.ts';
import { printAst } from './print.ts';

function stripSpans(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(stripSpans);
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) if (k !== 'span') out[k] = stripSpans(v);
    return out;
  }
  return value;
}

const roundTrip = (p: string): string => printAst(parseAst(p));

describe('printAst', () => {
  it.each([
    'abc',
    '',
    'a|b|',
    '|',
    '(a)(?:b)(?P<n>c)',
    '(?i)a(?-i:b)(?ims-U)c',
    '(?)',
    '(?:)',
    'a*b+c?d*?e+?f??',
    'a{2}b{2,}c{2,5}d{0}?',
    '[abc][^abc][a-z][\\d\\D\\s\\S\\w\\W]',
    '[[:alpha:][:^word:]]',
    '\\pL\\PL\\p{Greek}\\P{Greek}[\\pN\\p{Han}]',
    '.^$\\A\\z\\b\\B',
    '\\.\\*\\+\\?\\(\\)\\|\\[\\]\\{\\}\\^\\$\\\\',
    '[\\]\\[\\-\\^\\\\]',
    '\\t\\n\\r\\f\\v\\a',
    '\u{1F600}é日本',
    '(?:ab)*(?:a|b)+',
    '^*\\b+',
  ])('prints %s as it was written', (p) => {
    expect(roundTrip(p)).toBe(p);
  });

  it.each([
    ['(?<n>a)', '(?P<n>a)'],
    ['\\x41\\x{42}\\103', 'ABC'],
    ['\\_\\ \\#\\<', '_ #<'],
    ['[]a]', '[\\]a]'],
    ['[^]a]', '[^\\]a]'],
    ['[a-]', '[a\\-]'],
    ['[-a]', '[\\-a]'],
    ['[^^]', '[^\\^]'],
    ['[.*+?]', '[.*+?]'],
    ['\\Qa.b\\E*', 'a\\.b*'],
    ['\\Q\\E', ''],
    ['a{,2}', 'a\\{,2\\}'],
    ['a{', 'a\\{'],
    ['}]', '\\}\\]'],
    ['\\p{L}\\P{^Greek}\\p{^L}', '\\pL\\p{Greek}\\PL'],
    ['(?i-i)', '(?-i)'],
    ['(?iims)', '(?ims)'],
    ['\\x00\\x1F\\x7F\\x{85}\\x{A0}', '\\x{0}\\x{1F}\\x{7F}\\x{85}\u00a0'],
    ['\\x{D800}\\x{DC00}', '\\x{D800}\\x{DC00}'],
    ['\ud800', '\\x{D800}'],
    ['[\\x{D800}-\\x{DFFF}\\n]', '[\\x{D800}-\\x{DFFF}\\n]'],
    ['a(?U)*', 'a*?(?U)'],
    ['a*(?i)*', '(?:a*)*(?i)'],
    ['a*\\Q\\E+', '(?:a*)+'],
  ])('prints %s as %s', (p, expected) => {
    expect(roundTrip(p)).toBe(expected);
  });

  it('prints a node on its own', () => {
    const ast = parseAst('(a|b)c');
    expect(printAst(ast.root)).toBe('(a|b)c');
    expect(printAst((ast.root as { subs: readonly AstNode[] }).subs[0]!)).toBe('(a|b)');
  });

  it('adds groups where a hand-built tree needs them, keeping its meaning', () => {
    const S: Span = { start: 0, end: 0 };
    const a: AstNode = { kind: 'literal', span: S, codePoint: 0x61 };
    const b: AstNode = { kind: 'literal', span: S, codePoint: 0x62 };
    const ab: AstNode = { kind: 'concat', span: S, subs: [a, b] };
    const aOrB: AstNode = { kind: 'alternation', span: S, subs: [a, b] };
    const star = (sub: AstNode): AstNode => ({ kind: 'repetition', span: S, op: 'star', min: 0, max: -1, lazy: false, sub });
    expect(printAst(star(ab))).toBe('(?:ab)*');
    expect(printAst(star(aOrB))).toBe('(?:a|b)*');
    expect(printAst(star(star(a)))).toBe('(?:a*)*');
    expect(printAst(star({ kind: 'empty', span: S }))).toBe('(?:)*');
    expect(printAst({ kind: 'concat', span: S, subs: [a, aOrB] })).toBe('a(?:a|b)');
    expect(printAst({ kind: 'alternation', span: S, subs: [aOrB, b] })).toBe('(?:a|b)|b');
    expect(printAst({ kind: 'concat', span: S, subs: [ab, ab] })).toBe('abab');
    expect(printAst({ kind: 'bracket_class', span: S, negated: false, items: [] })).toBe('[^\\x00-\\x{10FFFF}]');
    expect(printAst({ kind: 'bracket_class', span: S, negated: true, items: [] })).toBe('[\\x00-\\x{10FFFF}]');
  });
});

// ------------------------------------------------------------------------------------------------
// Properties

const S: Span = { start: 0, end: 0 };

const codePointArb = fc.oneof(
  fc.integer({ min: 0x20, max: 0x7e }),
  fc.integer({ min: 0, max: 0x10ffff }),
  fc.constantFrom(0x0a, 0x7f, 0x85, 0xd800, 0xdbff, 0xdc00, 0xdfff, 0xfeff, 0x1f600),
);
const literalArb = codePointArb.map((c): AstNode & AstClassItem => ({ kind: 'literal', span: S, codePoint: c }));
const perlArb = fc
  .record({ name: fc.constantFrom('digit' as const, 'space' as const, 'word' as const), negated: fc.boolean() })
  .map((r): AstNode & AstClassItem => ({ kind: 'perl_class', span: S, ...r }));
const unicodeArb = fc
  .record({ name: fc.constantFrom('L', 'Lu', 'Nd', 'Zs', 'Greek', 'Han', 'Latin', 'Any'), negated: fc.boolean() })
  .map((r): AstNode & AstClassItem => ({ kind: 'unicode_class', span: S, ...r }));
const posixArb = fc
  .record({ name: fc.constantFrom('alpha' as const, 'word' as const, 'punct' as const, 'xdigit' as const), negated: fc.boolean() })
  .map((r): AstClassItem => ({ kind: 'posix_class', span: S, ...r }));
const rangeArb = fc
  .tuple(codePointArb, codePointArb)
  .map(([x, y]): AstClassItem => ({ kind: 'range', span: S, lo: Math.min(x, y), hi: Math.max(x, y) }));
const bracketArb = fc
  .record({ negated: fc.boolean(), items: fc.array(fc.oneof(literalArb, rangeArb, perlArb, unicodeArb, posixArb), { minLength: 1, maxLength: 4 }) })
  .map((r): AstNode => ({ kind: 'bracket_class', span: S, ...r }));
const assertionArb = fc
  .constantFrom('caret' as const, 'dollar' as const, 'start_text' as const, 'end_text' as const, 'word_boundary' as const, 'not_word_boundary' as const)
  .map((assertion): AstNode => ({ kind: 'assertion', span: S, assertion }));
const leafArb: fc.Arbitrary<AstNode> = fc.oneof(
  { arbitrary: literalArb, weight: 4 },
  { arbitrary: fc.constant<AstNode>({ kind: 'dot', span: S }), weight: 1 },
  { arbitrary: assertionArb, weight: 1 },
  { arbitrary: perlArb, weight: 1 },
  { arbitrary: unicodeArb, weight: 1 },
  { arbitrary: bracketArb, weight: 1 },
);
const flagsArb: fc.Arbitrary<AstFlags> = fc.record(
  { caseInsensitive: fc.boolean(), multiLine: fc.boolean(), dotAll: fc.boolean(), ungreedy: fc.boolean() },
  { requiredKeys: [] },
);
const repOpArb = fc.oneof(
  fc.constant({ op: 'star' as const, min: 0, max: -1 }),
  fc.constant({ op: 'plus' as const, min: 1, max: -1 }),
  fc.constant({ op: 'question' as const, min: 0, max: 1 }),
  fc
    .tuple(fc.integer({ min: 0, max: 3 }), fc.option(fc.integer({ min: 0, max: 2 }), { nil: undefined }), fc.boolean())
    .map(([min, extra, unbounded]) => ({ op: 'counted' as const, min, max: unbounded ? -1 : min + (extra ?? 0) })),
);

/**
 * Trees in the shapes the parser produces: alternations only as group bodies, concatenations of
 * two or more items, repetitions of single atoms.
 */
const shapes = fc.letrec<{ body: AstNode; seq: AstNode; item: AstNode; rep: AstNode; group: AstNode }>((tie) => ({
  body: fc.oneof(
    { maxDepth: 6, depthIdentifier: 'tree' },
    tie('seq'),
    fc.array(tie('seq'), { minLength: 2, maxLength: 3 }).map((subs): AstNode => ({ kind: 'alternation', span: S, subs })),
  ),
  seq: fc.oneof(
    { depthIdentifier: 'tree' },
    fc.constant<AstNode>({ kind: 'empty', span: S }),
    tie('item'),
    fc.array(tie('item'), { minLength: 2, maxLength: 4 }).map((subs): AstNode => ({ kind: 'concat', span: S, subs })),
  ),
  item: fc.oneof(
    { depthIdentifier: 'tree' },
    leafArb,
    flagsArb.map((flags): AstNode => ({ kind: 'set_flags', span: S, flags })),
    tie('rep'),
    tie('group'),
  ),
  rep: fc
    .record({ sub: fc.oneof({ depthIdentifier: 'tree' }, leafArb, tie('group')), op: repOpArb, lazy: fc.boolean() })
    .map(({ sub, op, lazy }): AstNode => ({ kind: 'repetition', span: S, ...op, lazy, sub })),
  group: fc
    .record({
      kind: fc.constantFrom('capture' as const, 'named' as const, 'non_capture' as const),
      flags: flagsArb,
      name: fc.constantFrom('n', 'x_1', 'Été', '名'),
      sub: tie('body'),
    })
    .map(({ kind, flags, name, sub }): AstNode => ({
      kind: 'group',
      span: S,
      // Indices and unique names are assigned in source order by `numbered` below.
      group: kind === 'non_capture' ? { kind, flags } : { kind: 'capture', index: 0, name: kind === 'named' ? name : undefined },
      sub,
    })),
}));

/** Numbers the captures in source order and makes their names unique, as a parsed tree has them. */
function numbered(root: AstNode): Ast {
  const names: (string | undefined)[] = [undefined];
  const walk = (node: AstNode): AstNode => {
    switch (node.kind) {
      case 'group': {
        if (node.group.kind === 'capture') {
          const index = names.length;
          const name = node.group.name === undefined ? undefined : `${node.group.name}${index}`;
          names.push(name);
          return { ...node, group: { kind: 'capture', index, name }, sub: walk(node.sub) };
        }
        return { ...node, sub: walk(node.sub) };
      }
      case 'repetition':
        return { ...node, sub: walk(node.sub) };
      case 'concat':
      case 'alternation':
        return { ...node, subs: node.subs.map(walk) };
      default:
        return node;
    }
  };
  const tree = walk(root);
  return { pattern: '', root: tree, captureCount: names.length - 1, captureNames: names };
}

const astArb = shapes.body.map(numbered);

/** Pieces of RE2 syntax, valid and not, glued at random into patterns. */
const TOKENS = [
  'a', 'b', 'x', 'K', '0', '1', '2', ',', '-', ':', '^', '$', '.', '|', '*', '+', '?', '??', '{', '}',
  '{2}', '{1,3}', '{0,}', '{,2}', '{1001}', '(', ')', '(?:', '(?i)', '(?-i)', '(?s)', '(?m)', '(?U)', '(?i:',
  '(?P<n>', '(?<m>', '(?P<', '>', '(?', '[', ']', '[^', '[:alpha:]', '[:^word:]', '[:foo:]', '\\', '\\d',
  '\\W', '\\pL', '\\p{Greek}', '\\P{^L}', '\\p{Foo}', '\\pX', '\\b', '\\B', '\\A', '\\z', '\\Z', '\\Q',
  '\\E', '\\x41', '\\x{10FFFF}', '\\x{110000}', '\\x', '\\0', '\\12', '\\1', '\\8', '\\k', '\\n', '\\.',
  '\\-', '\\]', '\\[', '(?=', '(?!', '(?#', '(?P=n)', ' ', 'é', '\u{1F600}', '\ud800', '\udc00',
];
const patternArb = fc.array(fc.constantFrom(...TOKENS), { maxLength: 14 }).map((t) => t.join(''));

describe('printAst properties', () => {
  it('round-trips every tree in the parser’s shapes exactly (spans aside)', () => {
    fc.assert(
      fc.property(astArb, (ast) => {
        const printed = printAst(ast);
        const back = parseAst(printed);
        expect(stripSpans(back.root)).toEqual(stripSpans(ast.root));
        expect(back.captureNames).toEqual(ast.captureNames);
        expect(printAst(back)).toBe(printed);
      }),
      { numRuns: 1500 },
    );
  });

  it('prints every parsed pattern as one with the same meaning, and printing is stable', () => {
    fc.assert(
      fc.property(patternArb, fc.boolean(), (pattern, caseInsensitive) => {
        let ast: Ast;
        try {
          ast = parseAst(pattern);
        } catch (e) {
          expect(e).toBeInstanceOf(RegexSyntaxError);
          return;
        }
        const printed = printAst(ast);
        const back = parseAst(printed);
        expect(printAst(back)).toBe(printed);
        expect(translate(back, { caseInsensitive })).toEqual(translate(ast, { caseInsensitive }));
      }),
      { numRuns: 3000 },
    );
  });
});
