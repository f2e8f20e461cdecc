/**
 * fast-check arbitraries for the regex property tests: patterns generated from the RE2 grammar as a
 * small AST and then printed, and texts over small alphabets so that matches are frequent.
 *
 * One AST prints in two dialects. `'re2'` is RE2 syntax, fed to airlock and to re2-wasm. `'js'` is the
 * same regex written for a native `RegExp` with the `u` flag. It is only used on ASTs from
 * {@link jsPatternArb}, whose constructs both languages share. The JS printer rewrites the few shared
 * spellings whose meaning differs (`.`, `\s`, `^`/`$` under `m`) into exact equivalents, so that the
 * texts need no restriction (see {@link printPattern}).
 *
 * @module
 */
import fc from 'fast-check';

/** An inline flag. */
export type Flag = 'i' | 'm' | 's' | 'U';

/** Perl class letters. */
export type PerlName = 'd' | 'D' | 'w' | 'W' | 's' | 'S';

/** An item of a bracketed class. */
export type ClassItem =
  | { readonly kind: 'char'; readonly ch: string }
  | { readonly kind: 'range'; readonly lo: string; readonly hi: string }
  | { readonly kind: 'perl'; readonly name: PerlName }
  | { readonly kind: 'posix'; readonly name: string; readonly negated: boolean }
  | { readonly kind: 'unicode'; readonly name: string; readonly negated: boolean };

/** How a capture group is spelled. */
export type CaptureStyle = 'none' | 'index' | 'P' | 'angle';

/** A node of the pattern AST. */
export type Node =
  | { readonly kind: 'empty' }
  /** One code point. `hex` prints it as `\x{…}` (RE2) or `\u{…}` (JS). */
  | { readonly kind: 'lit'; readonly ch: string; readonly hex: boolean }
  | { readonly kind: 'dot' }
  | { readonly kind: 'class'; readonly negated: boolean; readonly items: readonly ClassItem[] }
  | { readonly kind: 'perl'; readonly name: PerlName }
  | { readonly kind: 'unicode'; readonly name: string; readonly negated: boolean }
  | { readonly kind: 'assert'; readonly name: '^' | '$' | 'A' | 'z' | 'b' | 'B' }
  | { readonly kind: 'group'; readonly capture: CaptureStyle; readonly body: Node }
  /** `(?i-s)`: sets flags up to the end of the enclosing group (RE2 only). */
  | { readonly kind: 'flags'; readonly on: readonly Flag[]; readonly off: readonly Flag[] }
  /** `(?i-s:…)` (RE2 only). */
  | { readonly kind: 'flagGroup'; readonly on: readonly Flag[]; readonly off: readonly Flag[]; readonly body: Node }
  /** `\Q…\E` (RE2 only). */
  | { readonly kind: 'quote'; readonly text: string }
  | { readonly kind: 'concat'; readonly items: readonly Node[] }
  | { readonly kind: 'alt'; readonly items: readonly Node[] }
  | {
      readonly kind: 'repeat';
      readonly op: '*' | '+' | '?' | 'exact' | 'atLeast' | 'range';
      readonly min: number;
      readonly max: number | undefined;
      readonly lazy: boolean;
      readonly body: Node;
    };

/** Global flags, as `compile`'s `syntax` option and as `RegExp`/re2-wasm flags. */
export interface GlobalFlags {
  readonly caseInsensitive: boolean;
  readonly multiLine: boolean;
  readonly dotAll: boolean;
}

// ---------------------------------------------------------------------------------------------------
// Alphabets
// ---------------------------------------------------------------------------------------------------

/** ASCII characters of generated texts: few, so that patterns over the same letters match often. */
export const ASCII_TEXT_CHARS: readonly string[] = ['a', 'b', 'c', 'A', 'B', 's', 'k', ' ', '\n', '-', '_', '1', '.', '*'];

/**
 * Non-ASCII characters of generated texts: case-folding traps (`ſ` folds to `s`, the Kelvin sign `K` to
 * `k`, `ß`, `É`/`é`), Greek for `\p{Greek}`, emoji as surrogate pairs, and the line terminators that JS
 * treats specially (`\r`, U+2028) plus `\v` and U+00A0, which JS's `\s` matches and RE2's does not.
 */
export const NON_ASCII_TEXT_CHARS: readonly string[] = [
  'é', 'É', 'ß', 'ſ', '\u212A', 'α', 'Ω', '\u{1F600}', '\u{1F602}', '\r', '\u2028', '\v', '\u00A0',
];

/** Lone surrogates: only for the engine-against-engine tests (no oracle agrees on them). */
export const LONE_SURROGATES: readonly string[] = ['\uD83D', '\uDE00', '\uDC00', '\uDBFF'];

/** ASCII literals of patterns (printed escaped where they are metacharacters). */
const ASCII_LITERALS: readonly string[] = [
  'a', 'a', 'a', 'b', 'b', 'c', 'A', 's', 'k', ' ', '\n', '-', '_', '1',
  '.', '*', '+', '?', '(', ')', '[', ']', '{', '}', '|', '^', '$', '\\', '/',
];
const NON_ASCII_LITERALS: readonly string[] = ['é', 'É', 'ſ', '\u212A', 'α', '\u{1F600}'];

/** Characters that may end a class range; a range takes two of them in order. */
const RANGE_ENDS: readonly string[] = ['0', '1', '9', 'A', 'B', 'Z', 'a', 'b', 'c', 'z', 'é', 'ÿ', 'α', 'ω', '\u{1F600}', '\u{1F602}'];

const POSIX_NAMES: readonly string[] = [
  'alnum', 'alpha', 'ascii', 'blank', 'cntrl', 'digit', 'graph', 'lower', 'print', 'punct', 'space', 'upper', 'word', 'xdigit',
];

/** Unicode class names, with the JS spelling of each. */
export const UNICODE_NAMES: Readonly<Record<string, string>> = {
  L: 'L', Lu: 'Lu', Ll: 'Ll', N: 'N', Nd: 'Nd', P: 'P', Greek: 'Script=Greek', Latin: 'Script=Latin',
};

// ---------------------------------------------------------------------------------------------------
// Generation
// ---------------------------------------------------------------------------------------------------

/** What a pattern generator may produce. */
export interface PatternConstraints {
  /** Allow RE2-only syntax: `\A \z`, POSIX classes, inline flags, `\Q…\E`, `(?U)`. */
  readonly re2Only: boolean;
  /** Allow non-ASCII literals, ranges and Unicode classes. */
  readonly nonAscii: boolean;
  /** Maximum nesting depth of groups, alternations and repetitions. */
  readonly maxDepth: number;
  /** Unicode class names to use (keys of {@link UNICODE_NAMES}); all of them by default. */
  readonly unicodeNames?: readonly string[];
  /**
   * Draw assertions, empty nodes, alternations and repetitions far more often: loops whose body can
   * match empty, the corner where match priorities are hardest to get right.
   */
  readonly emptyLoops?: boolean;
}

const chooseFrom = <T>(values: readonly T[]): fc.Arbitrary<T> => fc.constantFrom(...values);

function literalArb(c: PatternConstraints): fc.Arbitrary<Node> {
  const chars = c.nonAscii ? [...ASCII_LITERALS, ...NON_ASCII_LITERALS] : ASCII_LITERALS;
  return fc
    // Hex escapes are rare (1 in 8): they test the escape, not the matcher.
    .record({ ch: chooseFrom(chars), hex: fc.integer({ min: 0, max: 7 }).map((x) => x === 0) })
    .map(({ ch, hex }): Node => ({ kind: 'lit', ch, hex }));
}

function classItemArb(c: PatternConstraints): fc.Arbitrary<ClassItem> {
  const chars = c.nonAscii ? [...ASCII_LITERALS, ...NON_ASCII_LITERALS] : ASCII_LITERALS;
  const ends = c.nonAscii ? RANGE_ENDS : RANGE_ENDS.filter((ch) => ch.charCodeAt(0) < 0x80);
  const items: fc.WeightedArbitrary<ClassItem>[] = [
    { weight: 5, arbitrary: chooseFrom(chars).map((ch): ClassItem => ({ kind: 'char', ch })) },
    {
      weight: 3,
      arbitrary: fc.tuple(chooseFrom(ends), chooseFrom(ends)).map(([x, y]): ClassItem => {
        const [lo, hi] = (x.codePointAt(0) ?? 0) <= (y.codePointAt(0) ?? 0) ? [x, y] : [y, x];
        return { kind: 'range', lo, hi };
      }),
    },
    { weight: 2, arbitrary: chooseFrom<PerlName>(['d', 'D', 'w', 'W', 's', 'S']).map((name): ClassItem => ({ kind: 'perl', name })) },
  ];
  if (c.re2Only) {
    items.push({
      weight: 2,
      arbitrary: fc.record({ name: chooseFrom(POSIX_NAMES), negated: fc.boolean() }).map((r): ClassItem => ({ kind: 'posix', ...r })),
    });
  }
  if (c.nonAscii) {
    items.push({
      weight: 1,
      arbitrary: fc.record({ name: chooseFrom(c.unicodeNames ?? Object.keys(UNICODE_NAMES)), negated: fc.boolean() }).map((r): ClassItem => ({ kind: 'unicode', ...r })),
    });
  }
  return fc.oneof(...items);
}

const flagSetArb: fc.Arbitrary<{ on: Flag[]; off: Flag[] }> = fc
  .record({
    on: fc.subarray<Flag>(['i', 'm', 's', 'U']),
    off: fc.subarray<Flag>(['i', 'm', 's', 'U']),
  })
  .map(({ on, off }) => ({ on, off: off.filter((f) => !on.includes(f)) }))
  // RE2 rejects `(?)`.
  .filter(({ on, off }) => on.length + off.length > 0);

function leafArb(c: PatternConstraints): fc.Arbitrary<Node> {
  const assertNames: ('^' | '$' | 'A' | 'z' | 'b' | 'B')[] = c.re2Only ? ['^', '$', 'A', 'z', 'b', 'B'] : ['^', '$', 'b', 'B'];
  const leaves: fc.WeightedArbitrary<Node>[] = [
    { weight: 12, arbitrary: literalArb(c) },
    { weight: 2, arbitrary: fc.constant<Node>({ kind: 'dot' }) },
    {
      weight: 3,
      arbitrary: fc
        .record({ negated: fc.boolean(), items: fc.array(classItemArb(c), { minLength: 1, maxLength: 3 }) })
        .map((r): Node => ({ kind: 'class', ...r })),
    },
    { weight: 2, arbitrary: chooseFrom<PerlName>(['d', 'D', 'w', 'W', 's', 'S']).map((name): Node => ({ kind: 'perl', name })) },
    { weight: c.emptyLoops === true ? 10 : 2, arbitrary: chooseFrom(assertNames).map((name): Node => ({ kind: 'assert', name })) },
    { weight: c.emptyLoops === true ? 5 : 1, arbitrary: fc.constant<Node>({ kind: 'empty' }) },
  ];
  if (c.nonAscii) {
    leaves.push({
      weight: 1,
      arbitrary: fc.record({ name: chooseFrom(c.unicodeNames ?? Object.keys(UNICODE_NAMES)), negated: fc.boolean() }).map((r): Node => ({ kind: 'unicode', ...r })),
    });
  }
  if (c.re2Only) {
    leaves.push({ weight: 1, arbitrary: flagSetArb.map((f): Node => ({ kind: 'flags', ...f })) });
    leaves.push({
      weight: 1,
      arbitrary: fc.string({ unit: chooseFrom(['a', 'b', '*', '(', '\\', ']']), minLength: 0, maxLength: 3 })
        // `\Q…\E` cannot hold `\E`; RE2 ends the quote at the first one.
        .filter((s) => !s.includes('\\E') && !s.endsWith('\\'))
        .map((text): Node => ({ kind: 'quote', text })),
    });
  }
  return fc.oneof(...leaves);
}

const repeatOpArb: fc.Arbitrary<{ op: Extract<Node, { kind: 'repeat' }>['op']; min: number; max: number | undefined; lazy: boolean }> = fc
  .record({
    op: fc.constantFrom('*', '+', '?', 'exact', 'atLeast', 'range', '*', '+', '?'),
    n: fc.integer({ min: 0, max: 3 }),
    m: fc.integer({ min: 0, max: 3 }),
    lazy: fc.boolean(),
  })
  .map(({ op, n, m, lazy }) => {
    switch (op) {
      case '*': return { op, min: 0, max: undefined, lazy };
      case '+': return { op, min: 1, max: undefined, lazy };
      case '?': return { op, min: 0, max: 1, lazy };
      case 'exact': return { op, min: n, max: n, lazy };
      case 'atLeast': return { op, min: n, max: undefined, lazy };
      default: return { op, min: Math.min(n, m), max: Math.max(n, m), lazy };
    }
  });

/** A pattern AST, of depth at most `c.maxDepth`. */
export function nodeArb(c: PatternConstraints): fc.Arbitrary<Node> {
  const build = (depth: number): fc.Arbitrary<Node> => {
    if (depth <= 0) return leafArb(c);
    const sub = build(depth - 1);
    const inner: fc.WeightedArbitrary<Node>[] = [
      { weight: 6, arbitrary: leafArb(c) },
      { weight: 4, arbitrary: fc.array(sub, { minLength: 2, maxLength: 4 }).map((items): Node => ({ kind: 'concat', items })) },
      { weight: c.emptyLoops === true ? 5 : 2, arbitrary: fc.array(sub, { minLength: 2, maxLength: 3 }).map((items): Node => ({ kind: 'alt', items })) },
      { weight: c.emptyLoops === true ? 6 : 3, arbitrary: fc.tuple(repeatOpArb, sub).map(([r, body]): Node => ({ kind: 'repeat', ...r, body })) },
      {
        weight: 3,
        arbitrary: fc
          .tuple(chooseFrom<CaptureStyle>(['none', 'index', 'index', 'P', 'angle']), sub)
          .map(([capture, body]): Node => ({ kind: 'group', capture, body })),
      },
    ];
    if (c.re2Only) {
      inner.push({ weight: 1, arbitrary: fc.tuple(flagSetArb, sub).map(([f, body]): Node => ({ kind: 'flagGroup', ...f, body })) });
    }
    return fc.oneof(...inner);
  };
  return build(c.maxDepth);
}

// ---------------------------------------------------------------------------------------------------
// Analysis
// ---------------------------------------------------------------------------------------------------

/** Whether a node can match the empty string (conservatively: assertions count as empty). */
export function nullable(n: Node): boolean {
  switch (n.kind) {
    case 'empty': case 'assert': case 'flags': return true;
    case 'lit': case 'dot': case 'class': case 'perl': case 'unicode': return false;
    case 'quote': return n.text.length === 0;
    case 'group': case 'flagGroup': return nullable(n.body);
    case 'concat': return n.items.every(nullable);
    case 'alt': return n.items.some(nullable);
    case 'repeat': return n.min === 0 || nullable(n.body);
  }
}

/** The number of capture groups of a node. */
export function captureCount(n: Node): number {
  switch (n.kind) {
    case 'group': return (n.capture === 'none' ? 0 : 1) + captureCount(n.body);
    case 'flagGroup': case 'repeat': return captureCount(n.body);
    case 'concat': case 'alt': return n.items.reduce((sum, item) => sum + captureCount(item), 0);
    default: return 0;
  }
}

/**
 * The 1-based indices of capture groups that sit inside a repetition that may run more than once.
 * JS resets such groups at every iteration; RE2 keeps the last value that took part. The native
 * differential test does not compare them.
 */
export function groupsInLoops(root: Node): Set<number> {
  const out = new Set<number>();
  let next = 1;
  const walk = (n: Node, inLoop: boolean): void => {
    switch (n.kind) {
      case 'group':
        if (n.capture !== 'none') {
          if (inLoop) out.add(next);
          next++;
        }
        walk(n.body, inLoop);
        return;
      case 'flagGroup': walk(n.body, inLoop); return;
      case 'repeat': walk(n.body, inLoop || n.max === undefined || n.max > 1); return;
      case 'concat': case 'alt': for (const item of n.items) walk(item, inLoop); return;
      default: return;
    }
  };
  walk(root, false);
  return out;
}

/** The nesting depth of unbounded repetitions (`*`, `+`, `{n,}`). */
export function starHeight(n: Node): number {
  switch (n.kind) {
    case 'group': case 'flagGroup': return starHeight(n.body);
    case 'repeat': return starHeight(n.body) + (n.max === undefined ? 1 : 0);
    case 'concat': case 'alt': return n.items.reduce((h, item) => Math.max(h, starHeight(item)), 0);
    default: return 0;
  }
}

/**
 * Rewrites an AST so that JS and RE2 give it the same meaning.
 *
 * A repetition whose body can match empty and that may stop iterating (`max > min`) behaves
 * differently: JS rejects an iteration that matched empty (ECMA-262 RepeatMatcher step 2.b) and
 * backtracks into the body for a non-empty alternative, RE2 does not (`(a??)+` on `a`: JS `a`, RE2 "";
 * `(?:()|a)+` on `aa`: JS `aa`, RE2 ""). Such bodies get a literal `a` appended, so they cannot match
 * empty. This is a change of pattern, not an exclusion of texts.
 */
export function jsSafe(n: Node): Node {
  switch (n.kind) {
    case 'group': return { ...n, body: jsSafe(n.body) };
    case 'concat': case 'alt': return { ...n, items: n.items.map(jsSafe) };
    case 'repeat': {
      const body = jsSafe(n.body);
      if (n.max !== n.min && nullable(body)) {
        return { ...n, body: { kind: 'concat', items: [body, { kind: 'lit', ch: 'a', hex: false }] } };
      }
      return { ...n, body };
    }
    default: return n;
  }
}

/**
 * Whether some repetition applies directly to another one: through non-capturing groups, flag groups
 * and concatenations that hold nothing else (`(?:(?:a|)*?)*?`, `(?i:a+)?`, `(?:a*){0,}`).
 *
 * RE2 squashes those (`x**` → `x*`, `x+?`-with-equal-flags → `x*`…) in its parser and simplifier,
 * depending on the flags in force. Squashing does not change a match by itself, but it decides which
 * node is the star that current RE2 reads as `(x+)?` (see {@link modernStar}), so {@link modernStar}
 * is only exact on patterns without such nesting.
 */
export function hasDirectlyNestedRepeat(root: Node): boolean {
  const unwrap = (n: Node): Node => {
    for (;;) {
      if ((n.kind === 'group' && n.capture === 'none') || n.kind === 'flagGroup') {
        n = n.body;
      } else if (n.kind === 'concat') {
        const rest = n.items.filter((i) => i.kind !== 'flags' && i.kind !== 'empty');
        if (rest.length !== 1 || rest[0] === undefined) return n;
        n = rest[0];
      } else {
        return n;
      }
    }
  };
  const walk = (n: Node): boolean => {
    switch (n.kind) {
      case 'repeat': return unwrap(n.body).kind === 'repeat' || walk(n.body);
      case 'group': case 'flagGroup': return walk(n.body);
      case 'concat': case 'alt': return n.items.some(walk);
      default: return false;
    }
  };
  return walk(root);
}

/**
 * Rewrites `x*` (and `x{0,}`, lazy or not) whose `x` can match empty as `(?:x+(?:))?`, for re2-wasm.
 *
 * RE2 compiles a star over a nullable body as `(x+)?` ("one Alt isn't enough to guarantee correct
 * priority ordering", `Compiler::Star` in re2/compile.cc; the same fix as Go issue 46123). The RE2
 * inside re2-wasm 1.0.2 predates that change: it matches `(|a)*` on `aa` as `aa`, current RE2 and
 * airlock as "". Spelling the star out gives re2-wasm current RE2's meaning. The empty group keeps
 * re2-wasm's parser from squashing `(?:x+)?` back into `x*`.
 */
export function modernStar(n: Node): Node {
  switch (n.kind) {
    case 'group': case 'flagGroup': return { ...n, body: modernStar(n.body) };
    case 'concat': case 'alt': return { ...n, items: n.items.map(modernStar) };
    case 'repeat': {
      const body = modernStar(n.body);
      if (n.min === 0 && n.max === undefined && nullable(body)) {
        const plus: Node = { kind: 'repeat', op: '+', min: 1, max: undefined, lazy: n.lazy, body };
        const inner: Node = { kind: 'concat', items: [plus, { kind: 'group', capture: 'none', body: { kind: 'empty' } }] };
        return { kind: 'repeat', op: '?', min: 0, max: 1, lazy: n.lazy, body: inner };
      }
      return { ...n, body };
    }
    default: return n;
  }
}

// ---------------------------------------------------------------------------------------------------
// Printing
// ---------------------------------------------------------------------------------------------------

/** The dialect to print: RE2 syntax, or JS `u`-mode syntax under the given global flags. */
export type Dialect = { readonly lang: 're2' } | { readonly lang: 'js'; readonly flags: GlobalFlags };

const META_OUTSIDE = new Set(['\\', '.', '+', '*', '?', '(', ')', '|', '[', ']', '{', '}', '^', '$']);
const META_INSIDE = new Set(['\\', ']', '[', '^', '-']);

function hexEscape(ch: string, d: Dialect): string {
  const cp = ch.codePointAt(0) ?? 0;
  return d.lang === 're2' ? `\\x{${cp.toString(16)}}` : `\\u{${cp.toString(16)}}`;
}

function printChar(ch: string, hex: boolean, inClass: boolean, d: Dialect): string {
  if (hex) return hexEscape(ch, d);
  if (ch === '\n') return '\\n';
  if (ch === '\r') return '\\r';
  if (ch === '\t') return '\\t';
  // `/` is a plain character in both (escaping it is legal in both too); re2-wasm escapes it itself.
  const meta = inClass ? META_INSIDE : META_OUTSIDE;
  return meta.has(ch) ? `\\${ch}` : ch;
}

// RE2's `\s` is `[\t\n\f\r ]`; JS's adds `\v`, U+00A0, U+2028 and the other Unicode spaces. The JS
// printer writes RE2's set out, so the texts may hold any of them.
const JS_SPACE_ITEMS = '\\t\\n\\f\\r ';
const JS_NON_SPACE_ITEMS = '\\x00-\\x08\\x0B\\x0E-\\x1F\\x21-\\u{10FFFF}';

function printClassItem(item: ClassItem, d: Dialect): string {
  switch (item.kind) {
    case 'char': return printChar(item.ch, false, true, d);
    case 'range': return `${printChar(item.lo, false, true, d)}-${printChar(item.hi, false, true, d)}`;
    case 'perl':
      if (d.lang === 'js' && item.name === 's') return JS_SPACE_ITEMS;
      if (d.lang === 'js' && item.name === 'S') return JS_NON_SPACE_ITEMS;
      return `\\${item.name}`;
    case 'posix': return `[:${item.negated ? '^' : ''}${item.name}:]`;
    case 'unicode': return printUnicode(item.name, item.negated, d);
  }
}

function printUnicode(name: string, negated: boolean, d: Dialect): string {
  if (d.lang === 'js') return `\\${negated ? 'P' : 'p'}{${UNICODE_NAMES[name] ?? name}}`;
  // RE2 also has the one-letter form `\pL` and the negation `\p{^L}`; use them some of the time.
  if (name.length === 1 && !negated) return `\\p${name}`;
  if (negated && name.length % 2 === 0) return `\\p{^${name}}`;
  return `\\${negated ? 'P' : 'p'}{${name}}`;
}

function printFlags(on: readonly Flag[], off: readonly Flag[]): string {
  return on.join('') + (off.length > 0 ? `-${off.join('')}` : '');
}

/** Whether a printed node is a single atom that a repetition operator may follow directly. */
function isAtom(n: Node, d: Dialect): boolean {
  switch (n.kind) {
    case 'lit': case 'dot': case 'class': case 'perl': case 'unicode': case 'group': case 'flagGroup': return true;
    // RE2 accepts `^*`; JS `u` mode rejects a quantified assertion.
    case 'assert': return d.lang === 're2';
    default: return false;
  }
}

/**
 * Prints an AST. Capture groups are numbered left to right; named ones are called `g1`, `g2`… after
 * their number, so names are unique.
 */
export function printPattern(root: Node, d: Dialect): string {
  let group = 0;
  const print = (n: Node): string => {
    switch (n.kind) {
      case 'empty': return '';
      case 'lit': return printChar(n.ch, n.hex, false, d);
      case 'dot':
        // JS `.` also stops at `\r`, U+2028 and U+2029; RE2's only at `\n`. Write RE2's meaning out.
        if (d.lang === 'js') return d.flags.dotAll ? '[^]' : '[^\\n]';
        return '.';
      case 'class': return `[${n.negated ? '^' : ''}${n.items.map((i) => printClassItem(i, d)).join('')}]`;
      case 'perl':
        if (d.lang === 'js' && n.name === 's') return `[${JS_SPACE_ITEMS}]`;
        if (d.lang === 'js' && n.name === 'S') return `[^${JS_SPACE_ITEMS}]`;
        return `\\${n.name}`;
      case 'unicode': return printUnicode(n.name, n.negated, d);
      case 'assert':
        if (n.name === 'A' || n.name === 'z' || n.name === 'b' || n.name === 'B') return `\\${n.name}`;
        // JS `^`/`$` under `m` also see `\r`, U+2028 and U+2029 as line ends; RE2 only `\n`.
        if (d.lang === 'js' && d.flags.multiLine) return n.name === '^' ? '(?<![^\\n])' : '(?![^\\n])';
        return n.name;
      case 'group': {
        if (n.capture === 'none') return `(?:${print(n.body)})`;
        const index = ++group;
        const open =
          n.capture === 'index' ? '(' : d.lang === 'js' || n.capture === 'angle' ? `(?<g${index}>` : `(?P<g${index}>`;
        return `${open}${print(n.body)})`;
      }
      case 'flags': return `(?${printFlags(n.on, n.off)})`;
      case 'flagGroup': return `(?${printFlags(n.on, n.off)}:${print(n.body)})`;
      case 'quote': return `\\Q${n.text}\\E`;
      case 'concat': {
        // An alternation inside a concatenation needs a group; so does an empty item next to nothing.
        return n.items.map((item) => (item.kind === 'alt' ? `(?:${print(item)})` : print(item))).join('');
      }
      case 'alt': return n.items.map(print).join('|');
      case 'repeat': {
        const body = isAtom(n.body, d) ? print(n.body) : `(?:${print(n.body)})`;
        let op: string;
        switch (n.op) {
          case '*': case '+': case '?': op = n.op; break;
          case 'exact': op = `{${n.min}}`; break;
          case 'atLeast': op = `{${n.min},}`; break;
          case 'range': op = `{${n.min},${n.max ?? ''}}`; break;
        }
        return body + op + (n.lazy ? '?' : '');
      }
    }
  };
  return print(root);
}

// ---------------------------------------------------------------------------------------------------
// Public arbitraries
// ---------------------------------------------------------------------------------------------------

/** A generated RE2 pattern. */
export interface Re2Case {
  readonly ast: Node;
  /** The pattern in RE2 syntax. */
  readonly pattern: string;
  readonly flags: GlobalFlags;
}

/** A generated pattern of the syntax RE2 and JS `u` mode share, printed in both. */
export interface SharedCase extends Re2Case {
  /** The same regex for `new RegExp(js, jsFlags)`. */
  readonly js: string;
  /** `u`, `d`, plus `i`/`m`/`s` from {@link Re2Case.flags}. */
  readonly jsFlags: string;
  /** Groups that native `RegExp` resets per iteration (see {@link groupsInLoops}). */
  readonly loopGroups: ReadonlySet<number>;
}

/** Global flags, each on a quarter of the time. */
export const globalFlagsArb: fc.Arbitrary<GlobalFlags> = fc.record({
  caseInsensitive: fc.integer({ min: 0, max: 3 }).map((x) => x === 0),
  multiLine: fc.integer({ min: 0, max: 3 }).map((x) => x === 0),
  dotAll: fc.integer({ min: 0, max: 3 }).map((x) => x === 0),
});

/** Options of {@link re2PatternArb} and {@link sharedPatternArb}. */
export interface PatternOptions {
  /** Non-ASCII literals, ranges and Unicode classes. @defaultValue true */
  readonly nonAscii?: boolean;
  /** Maximum nesting depth. @defaultValue 3 */
  readonly maxDepth?: number;
  /** Unicode class names to draw from. @defaultValue all of {@link UNICODE_NAMES} */
  readonly unicodeNames?: readonly string[];
  /** See {@link PatternConstraints.emptyLoops}. @defaultValue false */
  readonly emptyLoops?: boolean;
}

function constraints(re2Only: boolean, o: PatternOptions): PatternConstraints {
  const c = { re2Only, nonAscii: o.nonAscii ?? true, maxDepth: o.maxDepth ?? 3, emptyLoops: o.emptyLoops ?? false };
  return o.unicodeNames === undefined ? c : { ...c, unicodeNames: o.unicodeNames };
}

/** Unicode classes that re2-wasm compiles fast (`\pL` takes over 100 ms there). */
export const CHEAP_UNICODE_NAMES: readonly string[] = ['Greek', 'Nd'];

/**
 * Patterns from the whole RE2 grammar that has meaning over UTF-16 text.
 * @param options - `nonAscii` adds non-ASCII literals and Unicode classes; `maxDepth` bounds nesting
 */
export function re2PatternArb(options: PatternOptions = {}): fc.Arbitrary<Re2Case> {
  const c = constraints(true, options);
  return fc.record({ ast: nodeArb(c), flags: globalFlagsArb }).map(({ ast, flags }) => ({ ast, flags, pattern: printPattern(ast, { lang: 're2' }) }));
}

/**
 * Patterns of the syntax that RE2 and JS `u`-mode `RegExp` share with the same meaning.
 *
 * Left out, and why:
 * - `\A`, `\z`, POSIX classes, `\Q…\E`, inline flags and `(?U)`: JS has none of them (global flags are
 *   kept, as `RegExp` flags).
 * - `\b`/`\B` under the `i` flag: with `iu`, JS counts `ſ` (U+017F) and the Kelvin sign as word
 *   characters for `\b`, RE2 does not (`/\b/iu` matches in `ſ`; RE2's `(?i)\b` does not).
 * - Negated Unicode escapes under the `i` flag (`/\P{Lu}/iu` matches `a`; RE2's `(?i)\P{Lu}` does not).
 * - Nullable bodies of repetitions that may stop early are rewritten by {@link jsSafe}.
 * - Unbounded repetitions nest at most twice: native `RegExp` backtracks, and a deeper nest could take
 *   exponential time even on the short texts used here.
 * Groups inside repetitions are kept but not compared (see {@link groupsInLoops}).
 *
 * @param options - `nonAscii` adds non-ASCII literals and Unicode classes; `maxDepth` bounds nesting
 */
export function sharedPatternArb(options: PatternOptions = {}): fc.Arbitrary<SharedCase> {
  const c = constraints(false, options);
  return fc
    .record({ ast: nodeArb(c).map(jsSafe), flags: globalFlagsArb })
    .filter(({ ast }) => starHeight(ast) <= 2)
    .map(({ ast: raw, flags }) => {
      const ast = flags.caseInsensitive ? caseInsensitiveSafe(raw) : raw;
      const jsFlags = `du${flags.caseInsensitive ? 'i' : ''}${flags.multiLine ? 'm' : ''}${flags.dotAll ? 's' : ''}`;
      return {
        ast,
        flags,
        pattern: printPattern(ast, { lang: 're2' }),
        js: printPattern(ast, { lang: 'js', flags }),
        jsFlags,
        loopGroups: groupsInLoops(ast),
      };
    });
}

/**
 * Rewrites what JS and RE2 read differently under the `i` flag (see {@link sharedPatternArb}): `\b` and
 * `\B` become `^`, and negated Unicode escapes (`\P{Lu}`, also inside a class) become positive ones.
 * JS matches `\P{Lu}` with `iu` against the case-folded text, so `a` and `A` both match it (`a` is not
 * `Lu`); RE2 folds the positive class first and then negates it, so neither does.
 */
function caseInsensitiveSafe(n: Node): Node {
  switch (n.kind) {
    case 'assert': return n.name === 'b' || n.name === 'B' ? { kind: 'assert', name: '^' } : n;
    case 'unicode': return { ...n, negated: false };
    case 'class':
      return { ...n, items: n.items.map((item): ClassItem => (item.kind === 'unicode' ? { ...item, negated: false } : item)) };
    case 'group': case 'flagGroup': case 'repeat': return { ...n, body: caseInsensitiveSafe(n.body) };
    case 'concat': case 'alt': return { ...n, items: n.items.map(caseInsensitiveSafe) };
    default: return n;
  }
}

/** Texts from a list of characters (each entry one code point, or a lone surrogate). */
export function textArb(chars: readonly string[], maxLength = 12): fc.Arbitrary<string> {
  return fc.array(fc.constantFrom(...chars), { maxLength }).map((cs) => cs.join(''));
}

/** ASCII texts: the only ones on which re2-wasm's UTF-8 offsets equal UTF-16 offsets. */
export const asciiTextArb: fc.Arbitrary<string> = textArb(ASCII_TEXT_CHARS);

/** Texts mixing ASCII with accents, case-folding traps, line terminators and emoji (surrogate pairs). */
export const unicodeTextArb: fc.Arbitrary<string> = textArb([...ASCII_TEXT_CHARS, ...ASCII_TEXT_CHARS, ...NON_ASCII_TEXT_CHARS]);

/** Like {@link unicodeTextArb}, plus lone surrogates. */
export const anyTextArb: fc.Arbitrary<string> = textArb([...ASCII_TEXT_CHARS, ...ASCII_TEXT_CHARS, ...NON_ASCII_TEXT_CHARS, ...LONE_SURROGATES]);

/** The compile options that carry {@link GlobalFlags}. */
export function syntaxOf(flags: GlobalFlags): { caseInsensitive: boolean; multiLine: boolean; dotAll: boolean } {
  return { caseInsensitive: flags.caseInsensitive, multiLine: flags.multiLine, dotAll: flags.dotAll };
}
