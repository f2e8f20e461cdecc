import { describe, expect, it } from 'vitest';
import { AirlockError } from '../../errors/AirlockError.ts';
import { RegexSyntaxError } from '../../errors/RegexSyntaxError.ts';
import type { SyntaxOptions } from '../api.ts';
import type { AstConcat, AstNode } from './ast.ts';
import { MAX_NEST_LIMIT, parse, parseAst } from './parse.ts';

// ------------------------------------------------------------------------------------------------
// Helpers

function stripSpans(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(stripSpans);
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) if (k !== 'span') out[k] = stripSpans(v);
    return out;
  }
  return value;
}

/** The tree of `pattern`, without spans. */
function tree(pattern: string, options?: SyntaxOptions): unknown {
  return stripSpans(parseAst(pattern, options).root);
}

function syntaxError(pattern: string, options?: SyntaxOptions): { kind: string; text: string; span: [number, number]; message: string } {
  try {
    parseAst(pattern, options);
  } catch (e) {
    expect(e).toBeInstanceOf(RegexSyntaxError);
    const err = e as RegexSyntaxError;
    expect(err.code).toBe('regex_syntax');
    expect(err.pattern).toBe(pattern);
    return { kind: err.kind, text: pattern.slice(err.span.start, err.span.end), span: [err.span.start, err.span.end], message: err.message };
  }
  throw new Error(`expected a syntax error for ${JSON.stringify(pattern)}`);
}

const lit = (c: string | number): unknown => ({ kind: 'literal', codePoint: typeof c === 'number' ? c : c.codePointAt(0)! });
const cat = (...subs: unknown[]): unknown => ({ kind: 'concat', subs });
const alt = (...subs: unknown[]): unknown => ({ kind: 'alternation', subs });
const EMPTY = { kind: 'empty' };
const rep = (sub: unknown, op: string, min: number, max: number, lazy = false): unknown => ({ kind: 'repetition', op, min, max, lazy, sub });
const capture = (index: number, sub: unknown, name?: string): unknown => ({ kind: 'group', group: { kind: 'capture', index, name }, sub });
const nonCapture = (sub: unknown, flags: Record<string, boolean> = {}): unknown => ({ kind: 'group', group: { kind: 'non_capture', flags }, sub });
const setFlags = (flags: Record<string, boolean>): unknown => ({ kind: 'set_flags', flags });
const assertion = (a: string): unknown => ({ kind: 'assertion', assertion: a });
const bracket = (negated: boolean, ...items: unknown[]): unknown => ({ kind: 'bracket_class', negated, items });
const range = (lo: string | number, hi: string | number): unknown => ({
  kind: 'range',
  lo: typeof lo === 'number' ? lo : lo.codePointAt(0)!,
  hi: typeof hi === 'number' ? hi : hi.codePointAt(0)!,
});
const perl = (name: string, negated = false): unknown => ({ kind: 'perl_class', name, negated });
const uni = (name: string, negated = false): unknown => ({ kind: 'unicode_class', name, negated });
const posix = (name: string, negated = false): unknown => ({ kind: 'posix_class', name, negated });

function checkSpans(node: AstNode, start: number, end: number): void {
  expect(start <= node.span.start && node.span.start <= node.span.end && node.span.end <= end).toBe(true);
  if (node.kind === 'concat' || node.kind === 'alternation') for (const c of node.subs) checkSpans(c, node.span.start, node.span.end);
  if (node.kind === 'group' || node.kind === 'repetition') checkSpans(node.sub, node.span.start, node.span.end);
  if (node.kind === 'bracket_class') {
    for (const c of node.items) expect(node.span.start < c.span.start && c.span.end < node.span.end).toBe(true);
  }
}

// ------------------------------------------------------------------------------------------------

describe('literals and escapes', () => {
  it('reads plain characters, one literal each, with spans', () => {
    const ast = parseAst('ab');
    expect(ast.root).toEqual({
      kind: 'concat',
      span: { start: 0, end: 2 },
      subs: [
        { kind: 'literal', span: { start: 0, end: 1 }, codePoint: 0x61 },
        { kind: 'literal', span: { start: 1, end: 2 }, codePoint: 0x62 },
      ],
    });
  });

  it('reads the empty pattern as empty', () => {
    expect(parseAst('').root).toEqual({ kind: 'empty', span: { start: 0, end: 0 } });
  });

  it('reads a surrogate pair as one code point and a lone surrogate as its own value', () => {
    expect(parseAst('\u{1F600}').root).toEqual({ kind: 'literal', span: { start: 0, end: 2 }, codePoint: 0x1f600 });
    expect(tree('\ud800x')).toEqual(cat(lit(0xd800), lit('x')));
    expect(tree('\udc00\ud800')).toEqual(cat(lit(0xdc00), lit(0xd800)));
  });

  it.each([
    ['\\a', 0x07],
    ['\\f', 0x0c],
    ['\\t', 0x09],
    ['\\n', 0x0a],
    ['\\r', 0x0d],
    ['\\v', 0x0b],
    ['\\x41', 0x41],
    ['\\xfF', 0xff],
    ['\\x{41}', 0x41],
    ['\\x{10FFFF}', 0x10ffff],
    ['\\x{000000041}', 0x41],
    ['\\x{D800}', 0xd800],
    ['\\0', 0],
    ['\\012', 0o12],
    ['\\123', 0o123],
    ['\\777', 0o777],
    ['\\10', 0o10],
    ['\\.', 0x2e],
    ['\\*', 0x2a],
    ['\\_', 0x5f],
    ['\\ ', 0x20],
    ['\\#', 0x23],
    ['\\<', 0x3c],
    ['\\~', 0x7e],
    ['\\-', 0x2d],
    ['\\}', 0x7d],
  ])('reads the escape %s', (pattern, c) => {
    expect(parseAst(pattern).root).toEqual({ kind: 'literal', span: { start: 0, end: pattern.length }, codePoint: c });
  });

  it('reads at most three octal digits', () => {
    expect(tree('\\1234')).toEqual(cat(lit(0o123), lit('4')));
    expect(tree('\\08')).toEqual(cat(lit(0), lit('8')));
    expect(tree('\\0012')).toEqual(cat(lit(0o1), lit('2')));
  });

  it('reads \\Q…\\E as literals, one node each, up to \\E or the end', () => {
    expect(tree('\\Qa.*\\E+')).toEqual(cat(lit('a'), lit('.'), rep(lit('*'), 'plus', 1, -1)));
    expect(tree('\\Q(?i)')).toEqual(cat(lit('('), lit('?'), lit('i'), lit(')')));
    expect(tree('\\Q\\E')).toEqual(EMPTY);
    expect(tree('a\\Q\\E')).toEqual(lit('a'));
    expect(tree('\\Q\\\\E')).toEqual(lit('\\'));
    const ast = parseAst('x\\Qab');
    expect((ast.root as AstConcat).subs.map((s) => s.span)).toEqual([
      { start: 0, end: 1 },
      { start: 3, end: 4 },
      { start: 4, end: 5 },
    ]);
  });

  it('reads everything literally with the literal option', () => {
    expect(tree('a.(*', { literal: true })).toEqual(cat(lit('a'), lit('.'), lit('('), lit('*')));
    expect(tree('\\', { literal: true })).toEqual(lit('\\'));
    expect(tree('', { literal: true })).toEqual(EMPTY);
  });

  it('treats } and ] outside classes as literals', () => {
    expect(tree('}]')).toEqual(cat(lit('}'), lit(']')));
  });
});

describe('classes', () => {
  it.each([
    ['[abc]', bracket(false, lit('a'), lit('b'), lit('c'))],
    ['[^abc]', bracket(true, lit('a'), lit('b'), lit('c'))],
    ['[a-z]', bracket(false, range('a', 'z'))],
    ['[a-a]', bracket(false, range('a', 'a'))],
    ['[]a]', bracket(false, lit(']'), lit('a'))],
    ['[^]a]', bracket(true, lit(']'), lit('a'))],
    ['[a-]', bracket(false, lit('a'), lit('-'))],
    ['[-a]', bracket(false, lit('-'), lit('a'))],
    ['[a-b-c]', bracket(false, range('a', 'b'), lit('-'), lit('c'))],
    ['[a\\-z]', bracket(false, lit('a'), lit('-'), lit('z'))],
    ['[\\d-z]', bracket(false, perl('digit'), lit('-'), lit('z'))],
    ['[[:alpha:]]', bracket(false, posix('alpha'))],
    ['[[:^alpha:][:word:]]', bracket(false, posix('alpha', true), posix('word'))],
    ['[[:alpha]', bracket(false, lit('['), lit(':'), lit('a'), lit('l'), lit('p'), lit('h'), lit('a'))],
    ['[[]', bracket(false, lit('['))],
    ['[\\pL\\p{Greek}\\P{^Han}\\PN]', bracket(false, uni('L'), uni('Greek'), uni('Han'), uni('N', true))],
    ['[\\n\\x41\\]\\\\]', bracket(false, lit('\n'), lit('A'), lit(']'), lit('\\'))],
    ['[\\x{1F600}-\\x{1F64F}]', bracket(false, range(0x1f600, 0x1f64f))],
    ['[\u{1F600}-\u{1F64F}]', bracket(false, range(0x1f600, 0x1f64f))],
    ['[\\d\\D\\s\\S\\w\\W]', bracket(false, perl('digit'), perl('digit', true), perl('space'), perl('space', true), perl('word'), perl('word', true))],
    ['[.*+?(){}|^$]', bracket(false, ...'.*+?(){}|^$'.split('').map(lit))],
    ['[^^]', bracket(true, lit('^'))],
  ])('reads %s', (pattern, expected) => {
    expect(tree(pattern)).toEqual(expected);
  });

  it('gives class items their spans', () => {
    const ast = parseAst('x[^a-c\\d[:word:]\\p{L}]');
    expect(ast.root).toMatchObject({
      subs: [
        {},
        {
          span: { start: 1, end: 22 },
          items: [
            { span: { start: 3, end: 6 } },
            { span: { start: 6, end: 8 } },
            { span: { start: 8, end: 16 } },
            { span: { start: 16, end: 21 } },
          ],
        },
      ],
    });
  });

  it('reads Perl and Unicode classes outside brackets', () => {
    expect(tree('\\d\\D\\s\\S\\w\\W')).toEqual(
      cat(perl('digit'), perl('digit', true), perl('space'), perl('space', true), perl('word'), perl('word', true)),
    );
    expect(tree('\\pL\\p{Greek}\\PL\\p{^Greek}\\P{^L}\\p{Any}')).toEqual(
      cat(uni('L'), uni('Greek'), uni('L', true), uni('Greek', true), uni('L'), uni('Any')),
    );
    expect(parseAst('\\p{Greek}').root.span).toEqual({ start: 0, end: 9 });
  });

  it('reads . and the anchors', () => {
    expect(tree('.^$\\A\\z\\b\\B')).toEqual(
      cat(
        { kind: 'dot' },
        assertion('caret'),
        assertion('dollar'),
        assertion('start_text'),
        assertion('end_text'),
        assertion('word_boundary'),
        assertion('not_word_boundary'),
      ),
    );
  });
});

describe('groups and flags', () => {
  it('numbers captures by their opening parenthesis', () => {
    const ast = parseAst('((a)(?:b)(c))');
    expect(stripSpans(ast.root)).toEqual(capture(1, cat(capture(2, lit('a')), nonCapture(lit('b')), capture(3, lit('c')))));
    expect(ast.captureCount).toBe(3);
    expect(ast.captureNames).toEqual([undefined, undefined, undefined, undefined]);
  });

  it('reads named groups in both syntaxes', () => {
    const ast = parseAst('(?P<first>a)(b)(?<third_3>c)');
    expect(ast.captureNames).toEqual([undefined, 'first', undefined, 'third_3']);
    expect(stripSpans(ast.root)).toEqual(cat(capture(1, lit('a'), 'first'), capture(2, lit('b')), capture(3, lit('c'), 'third_3')));
    expect(ast.root).toMatchObject({ subs: [{ span: { start: 0, end: 12 } }, {}, { span: { start: 15, end: 28 } }] });
  });

  it('accepts the capture names RE2 accepts: word characters of any script, digits first too', () => {
    expect(parseAst('(?P<1>a)(?P<été>b)(?P<名前>c)(?P<x\u0301>d)(?P<\u{1D400}>e)').captureNames).toEqual([
      undefined,
      '1',
      'été',
      '名前',
      'x\u0301',
      '\u{1D400}',
    ]);
  });

  it('reads flag groups', () => {
    expect(tree('(?i)')).toEqual(setFlags({ caseInsensitive: true }));
    expect(tree('(?-i)')).toEqual(setFlags({ caseInsensitive: false }));
    expect(tree('(?imsU)')).toEqual(setFlags({ caseInsensitive: true, multiLine: true, dotAll: true, ungreedy: true }));
    expect(tree('(?i-sU:a)')).toEqual(nonCapture(lit('a'), { caseInsensitive: true, dotAll: false, ungreedy: false }));
    expect(tree('(?i-i)')).toEqual(setFlags({ caseInsensitive: false }));
    expect(tree('(?)')).toEqual(setFlags({}));
    expect(tree('(?:)')).toEqual(nonCapture(EMPTY));
    expect(tree('a(?i)b')).toEqual(cat(lit('a'), setFlags({ caseInsensitive: true }), lit('b')));
  });

  it('reads alternations, with empty alternatives', () => {
    expect(tree('a|b|c')).toEqual(alt(lit('a'), lit('b'), lit('c')));
    expect(tree('a|')).toEqual(alt(lit('a'), EMPTY));
    expect(tree('|')).toEqual(alt(EMPTY, EMPTY));
    expect(tree('(|a)')).toEqual(capture(1, alt(EMPTY, lit('a'))));
    expect(tree('ab|cd')).toEqual(alt(cat(lit('a'), lit('b')), cat(lit('c'), lit('d'))));
    const ast = parseAst('(a|)');
    expect(ast.root).toMatchObject({
      span: { start: 0, end: 4 },
      sub: { span: { start: 1, end: 3 }, subs: [{ span: { start: 1, end: 2 } }, { kind: 'empty', span: { start: 3, end: 3 } }] },
    });
  });
});

describe('repetition', () => {
  it.each([
    ['a*', rep(lit('a'), 'star', 0, -1)],
    ['a+', rep(lit('a'), 'plus', 1, -1)],
    ['a?', rep(lit('a'), 'question', 0, 1)],
    ['a*?', rep(lit('a'), 'star', 0, -1, true)],
    ['a+?', rep(lit('a'), 'plus', 1, -1, true)],
    ['a??', rep(lit('a'), 'question', 0, 1, true)],
    ['a{2}', rep(lit('a'), 'counted', 2, 2)],
    ['a{2,}', rep(lit('a'), 'counted', 2, -1)],
    ['a{2,5}', rep(lit('a'), 'counted', 2, 5)],
    ['a{0}', rep(lit('a'), 'counted', 0, 0)],
    ['a{0,1000}?', rep(lit('a'), 'counted', 0, 1000, true)],
    ['a{1000,}', rep(lit('a'), 'counted', 1000, -1)],
    ['a{100000000}'.replace('100000000', '1000'), rep(lit('a'), 'counted', 1000, 1000)],
  ])('reads %s', (pattern, expected) => {
    expect(tree(pattern)).toEqual(expected);
  });

  it('repeats only the last literal, class or group', () => {
    expect(tree('ab*')).toEqual(cat(lit('a'), rep(lit('b'), 'star', 0, -1)));
    expect(tree('(ab)*')).toEqual(rep(capture(1, cat(lit('a'), lit('b'))), 'star', 0, -1));
    expect(tree('[ab]+\\d?')).toEqual(cat(rep(bracket(false, lit('a'), lit('b')), 'plus', 1, -1), rep(perl('digit'), 'question', 0, 1)));
    expect(parseAst('xab*?').root).toMatchObject({ subs: [{}, {}, { span: { start: 2, end: 5 } }] });
  });

  it('accepts repeated assertions and empty groups, as RE2 does', () => {
    expect(tree('^*')).toEqual(rep(assertion('caret'), 'star', 0, -1));
    expect(tree('\\b+')).toEqual(rep(assertion('word_boundary'), 'plus', 1, -1));
    expect(tree('(?:)*')).toEqual(rep(nonCapture(EMPTY), 'star', 0, -1));
    expect(tree('()+')).toEqual(rep(capture(1, EMPTY), 'plus', 1, -1));
  });

  it.each([
    ['a{', cat(lit('a'), lit('{'))],
    ['a{,2}', cat(lit('a'), lit('{'), lit(','), lit('2'), lit('}'))],
    ['a{1,2', cat(lit('a'), lit('{'), lit('1'), lit(','), lit('2'))],
    ['a{1', cat(lit('a'), lit('{'), lit('1'))],
    ['a{1,', cat(lit('a'), lit('{'), lit('1'), lit(','))],
    ['a{01}', cat(lit('a'), lit('{'), lit('0'), lit('1'), lit('}'))],
    ['a{1,02}', cat(lit('a'), lit('{'), lit('1'), lit(','), lit('0'), lit('2'), lit('}'))],
    ['a{ 1}', cat(lit('a'), lit('{'), lit(' '), lit('1'), lit('}'))],
    ['a{x}', cat(lit('a'), lit('{'), lit('x'), lit('}'))],
    ['{', lit('{')],
    ['{}', cat(lit('{'), lit('}'))],
    ['x*{', cat(rep(lit('x'), 'star', 0, -1), lit('{'))],
  ])('reads a { that is not a repetition as a literal: %s', (pattern, expected) => {
    expect(tree(pattern)).toEqual(expected);
  });

  it('rejects counts too large to hold, as Go and POSIX do (RE2 C++ reads them as literal text)', () => {
    expect(syntaxError('a{9876543210}')).toMatchObject({ kind: 'repeat_size', text: '{9876543210}' });
    expect(syntaxError('a{1,99999999999999999999}')).toMatchObject({ kind: 'repeat_size' });
    expect(syntaxError('a{100000000}').kind).toBe('repeat_size');
    expect(tree('a{9876543210')).toEqual(cat(lit('a'), ...'{9876543210'.split('').map(lit)));
  });

  it('applies an operator across flag groups to the node before them, as RE2 does', () => {
    expect(tree('a(?i)*')).toEqual(cat(rep(lit('a'), 'star', 0, -1), setFlags({ caseInsensitive: true })));
    expect(parseAst('a(?i)*').root).toMatchObject({ subs: [{ span: { start: 0, end: 6 } }, { span: { start: 1, end: 5 } }] });
    // The `*` is lazy because (?U) is on where it stands; re-expressed at the operand, that is `*?`.
    expect(tree('a(?U)*')).toEqual(cat(rep(lit('a'), 'star', 0, -1, true), setFlags({ ungreedy: true })));
    expect(tree('(?U)a(?-U)*?')).toEqual(
      cat(setFlags({ ungreedy: true }), rep(lit('a'), 'star', 0, -1, false), setFlags({ ungreedy: false })),
    );
    // Flag groups end the "previous token was an operator" rule, so this repeats a repetition.
    expect(tree('a*(?i)*')).toEqual(cat(rep(rep(lit('a'), 'star', 0, -1), 'star', 0, -1), setFlags({ caseInsensitive: true })));
    expect(tree('a*\\Q\\E+')).toEqual(rep(rep(lit('a'), 'star', 0, -1), 'plus', 1, -1));
  });
});

describe('errors', () => {
  it.each([
    // [pattern, kind, offending text, words the message must contain]
    ['a(?=b)', 'unsupported', '(?=', 'lookahead'],
    ['a(?!b)', 'unsupported', '(?!', 'negative lookahead'],
    ['(?<=a)b', 'unsupported', '(?<=', 'lookbehind'],
    ['(?<!a)b', 'unsupported', '(?<!', 'negative lookbehind'],
    ['(?>a)', 'unsupported', '(?>', 'atomic'],
    ['x(?#comment)', 'unsupported', '(?#', 'RE2 syntax has no comments'],
    ['(?|a)', 'unsupported', '(?|', 'branch reset'],
    ['(?(1)a|b)', 'unsupported', '(?(', 'conditional'],
    ['(?R)', 'unsupported', '(?R)', 'recursion'],
    ['(?1)', 'unsupported', '(?1)', 'recursion'],
    ['(?12', 'unsupported', '(?1', 'recursion'],
    ['(?-1)', 'unsupported', '(?-1)', 'recursion'],
    ['(?&n)', 'unsupported', '(?&n)', 'subroutine'],
    ['(?P<n>a)(?P=n)', 'unsupported', '(?P=n)', 'backreference'],
    ['(?P=n', 'unsupported', '(?P=', 'backreference'],
    ['(?P>n)', 'unsupported', '(?P>n)', 'subroutine'],
    ['(a)\\1', 'unsupported', '\\1', 'backreference'],
    ['\\9', 'unsupported', '\\9', 'backreference'],
    ['\\8', 'unsupported', '\\8', 'backreference'],
    ['\\18', 'unsupported', '\\1', 'backreference'],
    ['[\\1]', 'unsupported', '\\1', 'backreference'],
    ['\\k<n>', 'unsupported', '\\k<n>', 'backreference'],
    ['\\k{n}', 'unsupported', '\\k{n}', 'backreference'],
    ['\\k', 'unsupported', '\\k', 'backreference'],
    ['\\g12x', 'unsupported', '\\g12', 'backreference'],
    ['\\g-1', 'unsupported', '\\g-1', 'backreference'],
    ['\\g{1}', 'unsupported', '\\g{1}', 'backreference'],
    ['a\\Cb', 'unsupported', '\\C', '\\C (any byte) is not supported over UTF-16 text'],
    ['[\\C]', 'unsupported', '\\C', '\\C (any byte)'],
    ['\\Z', 'bad_escape', '\\Z', '\\z'],
    ['\\q', 'bad_escape', '\\q', 'unknown escape sequence \\q'],
    ['\\E', 'bad_escape', '\\E', '\\Q'],
    ['\\u0041', 'bad_escape', '\\u', '\\x{'],
    ['\\é', 'bad_escape', '\\é', 'unknown escape'],
    ['\\\u{1F600}', 'bad_escape', '\\\u{1F600}', 'unknown escape'],
    ['\\x', 'bad_escape', '\\x', 'hex'],
    ['\\x4', 'bad_escape', '\\x4', 'hex'],
    ['\\x4g', 'bad_escape', '\\x4g', 'hex'],
    ['\\xg4', 'bad_escape', '\\xg4', 'hex'],
    ['\\x{}', 'bad_escape', '\\x{}', 'hex'],
    ['\\x{12', 'bad_escape', '\\x{12', 'hex'],
    ['\\x{12g}', 'bad_escape', '\\x{12g', 'hex'],
    ['\\x{110000}', 'bad_escape', '\\x{110000', '10FFFF'],
    ['[\\b]', 'bad_escape', '\\b', 'backspace'],
    ['[\\A]', 'bad_escape', '\\A', 'inside a character class'],
    ['[\\Qa\\E]', 'bad_escape', '\\Q', 'inside a character class'],
    ['[a-\\d]', 'bad_escape', '\\d', 'cannot end a range'],
    ['[a-\\pL]', 'bad_escape', '\\p', 'cannot end a range'],
    ['[\\p', 'bad_escape', '\\p', 'Unicode class name'],
    ['a\\', 'trailing_backslash', '\\', 'trailing backslash'],
    ['[a\\', 'trailing_backslash', '\\', 'trailing backslash'],
    ['(a', 'missing_paren', '(', 'missing closing )'],
    ['x(?:a|(b)', 'missing_paren', '(?:', 'missing closing )'],
    ['(?P<name>a', 'missing_paren', '(?P<name>', 'missing closing )'],
    ['(?i:a', 'missing_paren', '(?i:', 'missing closing )'],
    ['a)', 'unexpected_paren', ')', 'unexpected )'],
    ['(a))', 'unexpected_paren', ')', 'unexpected )'],
    ['[a', 'missing_bracket', '[a', 'missing closing ]'],
    ['x[^a', 'missing_bracket', '[^a', 'missing closing ]'],
    ['[]', 'missing_bracket', '[]', 'missing closing ]'],
    ['[^]', 'missing_bracket', '[^]', 'missing closing ]'],
    ['[a-', 'missing_bracket', '[a-', 'missing closing ]'],
    ['[[:alpha:]', 'missing_bracket', '[[:alpha:]', 'missing closing ]'],
    ['x[a-z', 'missing_bracket', '[a-z', 'missing closing ]'],
    ['[z-a]', 'bad_char_range', 'z-a', 'range'],
    ['x[\\x{10}-\\x{1}]', 'bad_char_range', '\\x{10}-\\x{1}', 'range'],
    ['[[:foo:]]', 'bad_char_range', '[:foo:]', 'POSIX class'],
    ['[[:^:]]', 'bad_char_range', '[:^:]', 'POSIX class'],
    ['[[:a]b:]]', 'bad_char_range', '[:a]b:]', 'POSIX class'],
    ['\\p{Foo}', 'bad_char_range', '\\p{Foo}', 'Unicode class'],
    ['\\p{greek}', 'bad_char_range', '\\p{greek}', 'Unicode class'],
    ['\\p{}', 'bad_char_range', '\\p{}', 'Unicode class'],
    ['\\p{^}', 'bad_char_range', '\\p{^}', 'Unicode class'],
    ['\\pX', 'bad_char_range', '\\pX', 'Unicode class'],
    ['\\pé', 'bad_char_range', '\\pé', 'Unicode class'],
    ['\\p{L', 'bad_char_range', '\\p{L', 'missing }'],
    ['\\p', 'bad_char_range', '\\p', 'Unicode class name'],
    ['[\\p]', 'bad_char_range', '\\p]', 'Unicode class'],
    ['*a', 'repeat_argument', '*', 'missing argument'],
    ['(*a)', 'repeat_argument', '*', 'missing argument'],
    ['a|*', 'repeat_argument', '*', 'missing argument'],
    ['(?i)*', 'repeat_argument', '*', 'missing argument'],
    ['\\Q\\E*', 'repeat_argument', '*', 'missing argument'],
    ['x(+?)', 'repeat_argument', '+?', 'missing argument'],
    ['{2}', 'repeat_argument', '{2}', 'missing argument'],
    ['a**', 'repeat_op', '**', 'bad repetition operator'],
    ['a*+', 'repeat_op', '*+', 'possessive'],
    ['a??*', 'repeat_op', '??*', 'bad repetition operator'],
    ['a+?+', 'repeat_op', '+?+', 'bad repetition operator'],
    ['x{2}{3}', 'repeat_op', '{2}{3}', 'bad repetition operator'],
    ['a{2}??', 'repeat_op', '{2}??', 'bad repetition operator'],
    ['a*{2}', 'repeat_op', '*{2}', 'bad repetition operator'],
    ['a{1001}', 'repeat_size', '{1001}', '1000'],
    ['a{1001,}', 'repeat_size', '{1001,}', '1000'],
    ['a{0,1001}', 'repeat_size', '{0,1001}', '1000'],
    ['a{2,1}', 'repeat_size', '{2,1}', 'minimum is larger'],
    ['x{2,1}?', 'repeat_size', '{2,1}?', 'minimum is larger'],
    ['{2,1}', 'repeat_size', '{2,1}', 'minimum is larger'],
    ['(a{2}){501}', 'repeat_size', '{501}', 'nested'],
    ['((a{10}){10}){11}', 'repeat_size', '{11}', 'nested'],
    ['((a{1000}){0}){2}', 'repeat_size', '{2}', 'nested'],
    ['(?P<n>a)(?P<n>b)', 'bad_named_capture', '(?P<n>', 'duplicate'],
    ['(?P<n>a)(?<n>b)', 'bad_named_capture', '(?<n>', 'duplicate'],
    ['(?P<>a)', 'bad_named_capture', '(?P<>', 'empty capture group name'],
    ['(?<>a)', 'bad_named_capture', '(?<>', 'empty capture group name'],
    ['(?P<a-b>x)', 'bad_named_capture', '(?P<a-b>', 'invalid capture group name'],
    ['(?P<a b>x)', 'bad_named_capture', '(?P<a b>', 'invalid capture group name'],
    ['(?P<\ud800>x)', 'bad_named_capture', '(?P<\ud800>', 'invalid capture group name'],
    ['(?P<name', 'bad_named_capture', '(?P<name', 'missing >'],
    ['(?<', 'bad_perl_op', '(?<', 'incomplete named group'],
    ['(?P<', 'bad_perl_op', '(?P<', 'incomplete named group'],
    ['(?<n', 'bad_named_capture', '(?<n', 'missing >'],
    ["(?'n'a)", 'bad_perl_op', "(?'", '(?P<name>'],
    ['(?x)', 'bad_perl_op', '(?x', 'unknown flag'],
    ['(?iZ:a)', 'bad_perl_op', '(?iZ', 'unknown flag'],
    ['(?i-)', 'bad_perl_op', '(?i-)', 'followed by at least one flag'],
    ['(?-)', 'bad_perl_op', '(?-)', 'followed by at least one flag'],
    ['(?-:a)', 'bad_perl_op', '(?-:', 'followed by at least one flag'],
    ['(?i-m-s)', 'bad_perl_op', '(?i-m-', 'only one'],
    ['(?', 'bad_perl_op', '(?', 'missing )'],
    ['(?i', 'bad_perl_op', '(?i', 'missing )'],
    ['(?P', 'bad_perl_op', '(?P', 'unknown flag'],
  ])('rejects %s as %s at %s', (pattern, kind, text, words) => {
    const e = syntaxError(pattern);
    expect({ kind: e.kind, text: e.text }).toEqual({ kind, text });
    expect(e.message).toContain(words);
  });

  it('reports the innermost unclosed group', () => {
    expect(syntaxError('(a(b').span).toEqual([2, 3]);
    expect(syntaxError('(a(b)').span).toEqual([0, 1]);
  });

  it('puts the span and the pattern in the message', () => {
    expect(syntaxError('a(?=b)').message).toBe(
      'lookahead (?=…) is not supported: RE2 syntax leaves out constructs that cannot run in linear time at 1..4: `(?=` (pattern `a(?=b)`)',
    );
  });

  it('rejects a non-string pattern with invalid_argument', () => {
    expect(() => parseAst(42 as unknown as string)).toThrow(AirlockError);
    try {
      parseAst(undefined as unknown as string);
    } catch (e) {
      expect((e as AirlockError).code).toBe('invalid_argument');
    }
  });
});

describe('limits', () => {
  it('allows 1000 nested groups by default and rejects 1001', () => {
    expect(() => parseAst('('.repeat(1000) + ')'.repeat(1000))).not.toThrow();
    const e = syntaxError('('.repeat(1001) + ')'.repeat(1001));
    expect(e).toMatchObject({ kind: 'nest_limit', span: [1000, 1001] });
    expect(e.message).toContain('nestLimit');
  });

  it('counts repetitions as nesting too', () => {
    // 500 groups each holding a repetition: depth 1000.
    expect(() => parseAst('(?:'.repeat(500) + 'a' + ')*'.repeat(500))).not.toThrow();
    expect(syntaxError('(?:'.repeat(500) + 'a*' + ')*'.repeat(500)).kind).toBe('nest_limit');
    const e = syntaxError('(?:(?:a*)*)*', { nestLimit: 4 });
    expect(e).toMatchObject({ kind: 'nest_limit', text: '*', span: [11, 12] });
    expect(() => parseAst('(?:(?:a*)*)*', { nestLimit: 5 })).not.toThrow();
    expect(syntaxError('a*', { nestLimit: 0 }).kind).toBe('nest_limit');
    expect(syntaxError('(a)', { nestLimit: 0 })).toMatchObject({ kind: 'nest_limit', span: [0, 1] });
  });

  it('fails fast, without overflowing the stack, on very deep nesting', () => {
    const deep = '('.repeat(200_000) + ')'.repeat(200_000);
    expect(syntaxError(deep, { maxPatternLength: 1_000_000 }).kind).toBe('nest_limit');
    const deepRep = '(?:'.repeat(100_000) + 'a' + ')*'.repeat(100_000);
    expect(syntaxError(deepRep, { maxPatternLength: 1_000_000 }).kind).toBe('nest_limit');
  });

  it('translates a tree at the largest nest limit without overflowing the stack', () => {
    const n = MAX_NEST_LIMIT / 2;
    const p = '(?:a|'.repeat(n) + ')*'.repeat(n);
    expect(parse(p, { nestLimit: MAX_NEST_LIMIT }).ir.kind).toBe('repeat');
  });

  it('checks every option, and reads undefined and null as the default', () => {
    const invalid = (options: unknown): string => {
      try {
        parseAst('a', options as SyntaxOptions);
      } catch (e) {
        expect((e as AirlockError).code).toBe('invalid_argument');
        return (e as Error).message;
      }
      throw new Error(`expected ${JSON.stringify(options)} to be rejected`);
    };
    for (const bad of [-1, 1.5, MAX_NEST_LIMIT + 1, Number.NaN, Number.POSITIVE_INFINITY, '10']) {
      expect(invalid({ nestLimit: bad })).toContain('nestLimit');
    }
    for (const bad of [-1, 0.5, Number.NaN, '10']) expect(invalid({ maxPatternLength: bad })).toContain('maxPatternLength');
    for (const key of ['caseInsensitive', 'multiLine', 'dotAll', 'ungreedy', 'literal']) {
      expect(invalid({ [key]: 'yes' })).toContain(key);
      expect(invalid({ [key]: 1 })).toContain(key);
    }
    expect(invalid('i')).toContain('object');
    expect(() => parseAst('a', { maxPatternLength: Number.POSITIVE_INFINITY, nestLimit: MAX_NEST_LIMIT })).not.toThrow();
    expect(() => parseAst('a', null as unknown as SyntaxOptions)).not.toThrow();
    expect(() => parseAst('(a)', { nestLimit: null, maxPatternLength: undefined } as unknown as SyntaxOptions)).not.toThrow();
    expect(() => parse('a', { caseInsensitive: 'no' } as unknown as SyntaxOptions)).toThrow(AirlockError);
  });

  it('limits the pattern length', () => {
    expect(() => parseAst('a'.repeat(65536))).not.toThrow();
    expect(syntaxError('a'.repeat(65537))).toMatchObject({ kind: 'pattern_too_long', span: [65536, 65537] });
    expect(syntaxError('abcd', { maxPatternLength: 3 })).toMatchObject({ kind: 'pattern_too_long', span: [3, 4] });
  });

  it('limits nested repetition counts to a product of 1000, as RE2 does', () => {
    expect(() => parseAst('(a{2}){500}')).not.toThrow();
    expect(() => parseAst('((a{10}){10}){10}')).not.toThrow();
    expect(() => parseAst('(a{1000})*')).not.toThrow();
    expect(() => parseAst('(a*){1000}')).not.toThrow();
    expect(() => parseAst('(a{0}){1000}')).not.toThrow();
    expect(() => parseAst('a{1000}b{1000}c{1000}')).not.toThrow();
    expect(() => parseAst('(?:a{2}b{500}){2}')).not.toThrow();
    expect(syntaxError('(?:a{2}b{501}){2}').kind).toBe('repeat_size');
  });

  it('parses long patterns in linear time', () => {
    const t0 = Date.now();
    parseAst('(?:a{2}|b)'.repeat(6000));
    parseAst('x{2}'.repeat(16000));
    expect(Date.now() - t0).toBeLessThan(2000);
  });
});

describe('spans', () => {
  it.each(['(?i)a(b|c)*?[^x-z\\d]{2,3}\\pL|^$', 'a(?U)*x\\Qq\\E', '((?P<n>a)|(?:b))+c{3}?', '\u{1F600}+\ud800?'])(
    'nests every span within its parent: %s',
    (p) => {
      checkSpans(parseAst(p).root, 0, p.length);
    },
  );

  it('gives atoms the span of their text', () => {
    const p = 'a\\x{41}[b]\\pL\\d.^(?i)';
    const ast = parseAst(p);
    const texts = (ast.root as AstConcat).subs.map((s) => p.slice(s.span.start, s.span.end));
    expect(texts).toEqual(['a', '\\x{41}', '[b]', '\\pL', '\\d', '.', '^', '(?i)']);
  });
});
