/**
 * The parser: pattern string → {@link Ast}, following RE2's `parse.cc` (with its default "LikePerl"
 * flags) token for token, over UTF-16 text.
 *
 * It is iterative: groups live on an explicit stack, so no pattern can overflow the JavaScript
 * stack here. The trees it builds are at most {@link SyntaxOptions.nestLimit} deep, which is what
 * keeps the recursive walks of later stages ({@link printAst}, {@link translate}) safe.
 *
 * @module
 */
import { AirlockError } from '../../errors/AirlockError.ts';
import { RegexSyntaxError, type SyntaxErrorKind } from '../../errors/RegexSyntaxError.ts';
import type { SyntaxOptions } from '../api.ts';
import type { IrPattern } from '../ir/ir.ts';
// The one import that points forward in the pipeline: `parse()` is the convenience composition of
// this layer and the next, so that callers need not import both. `translate.ts` never imports this
// file, so there is no cycle.
import { translate } from '../ir/translate.ts';
import { unicodeClass } from '../unicode/index.ts';
import { BoundedCache } from '../util/boundedCache.ts';
import { codePointAt } from '../util/text.ts';
import type {
  Ast,
  AstAssertionKind,
  AstBracketClass,
  AstClassItem,
  AstFlags,
  AstGroupKind,
  AstNode,
  AstPerlClass,
  AstRepetition,
  AstRepetitionOp,
  AstUnicodeClass,
  PerlClassName,
  Span,
} from './ast.ts';
import { _isPosixClassName } from './classes.ts';
import { _resolveSyntaxOptions } from './options.ts';

export { DEFAULT_MAX_PATTERN_LENGTH, DEFAULT_NEST_LIMIT, MAX_NEST_LIMIT } from './options.ts';

/**
 * The largest count in `x{n,m}`, and the largest product of the counts of nested counted
 * repetitions (`(x{50}){20}` is fine, `(x{50}){21}` is not). RE2's `maximum_repeat_count` and its
 * `RepetitionWalker`: without it `((x{1000}){1000}){1000}` would ask the NFA for 10⁹ copies of `x`.
 */
export const MAX_REPEAT = 1000;
const MAX_CODE_POINT = 0x10ffff;

/**
 * Parses a pattern into its syntax tree.
 *
 * @param pattern - an RE2 pattern (untrusted input is fine: parsing is linear and bounded)
 * @param options - initial flags are not needed here (they matter to {@link translate}); `literal`,
 *   `nestLimit` and `maxPatternLength` are
 * @returns the tree, with a span on every node and the capture groups numbered
 * @throws {@link RegexSyntaxError} when the pattern is invalid, too long or nests too deeply
 * @throws AirlockError `invalid_argument` when the pattern is not a string or an option is out of range
 *
 * @example
 * ```ts
 * const ast = parseAst('(?P<year>\\d{4})-x');
 * ast.captureNames; //=> [undefined, 'year']
 * ast.root.kind; //=> 'concat'
 * ```
 */
export function parseAst(pattern: string, options?: SyntaxOptions): Ast {
  if (typeof pattern !== 'string') {
    throw new AirlockError('invalid_argument', `a pattern must be a string, not ${typeof pattern}`);
  }
  const { maxPatternLength, nestLimit, literal } = _resolveSyntaxOptions(options);
  if (pattern.length > maxPatternLength) {
    throw new RegexSyntaxError(
      'pattern_too_long',
      pattern,
      { start: maxPatternLength, end: pattern.length },
      `pattern is ${pattern.length} UTF-16 code units long; the limit is ${maxPatternLength} (syntax.maxPatternLength)`,
    );
  }
  const parser = new Parser(pattern, nestLimit);
  const root = literal ? parser.parseLiteral() : parser.parse();
  return { pattern, root, captureCount: parser.captureNames.length - 1, captureNames: parser.captureNames };
}

/**
 * Parses a pattern and translates it into the IR: `translate(parseAst(pattern, options), options)`.
 *
 * @param pattern - an RE2 pattern
 * @param options - parser options, including the initial flags
 * @returns the pattern's meaning, ready for the NFA compiler; calls with the same pattern and options may
 *   return the same object, which is read-only
 * @throws {@link RegexSyntaxError} when the pattern is invalid
 *
 * @example
 * ```ts
 * const { ir, captureCount } = parse('(a|b)*');
 * captureCount; //=> 1
 * ir.kind; //=> 'repeat'
 * ```
 */
export function parse(pattern: string, options?: SyntaxOptions): IrPattern {
  if (typeof pattern !== 'string') return translate(parseAst(pattern, options), options);
  const o = _resolveSyntaxOptions(options);
  const key = `${+o.caseInsensitive}${+o.multiLine}${+o.dotAll}${+o.ungreedy}${+o.literal} ${o.nestLimit} ${o.maxPatternLength} ${pattern}`;
  let parsed = parsedCache.get(key);
  if (parsed === undefined) {
    parsed = translate(parseAst(pattern, o), o);
    parsedCache.set(key, parsed, pattern.length);
  }
  return parsed;
}

/**
 * The patterns parsed last, by options and source. A detector's pattern is parsed when the detector
 * is defined (to check it), again when a scanner compiles its set, and again for its own capture
 * groups and width; the IR is immutable, so all of them can share one result. Invalid patterns are
 * not kept: they throw every time. The patterns kept are at most 1 Mi code units long in all (the
 * whole catalog's 376 are about 39,000).
 */
const parsedCache = new BoundedCache<IrPattern>(1 << 20);

/** A node waiting in the current concatenation, with what the parser needs to know about it. */
interface Entry {
  node: AstNode;
  /** Groups and repetitions on the deepest path through `node`, `node` included. */
  readonly height: number;
  /** Whether `(?U)` is in force just after `node`. */
  readonly ungreedyAfter: boolean;
}

/** An open group (or the whole pattern, at the bottom of the stack). */
interface Frame {
  /** Where the group starts (its `(`). */
  readonly start: number;
  /** The opening token, reported when the `)` is missing. */
  readonly open: Span;
  /** `undefined` for the whole pattern. */
  readonly group: AstGroupKind | undefined;
  /** `(?U)` at the `(`: restored at the `)`, as RE2 restores all flags there. */
  readonly ungreedyBefore: boolean;
  /** Finished alternatives. */
  readonly alternatives: AstNode[];
  /** The largest height among the finished alternatives. */
  height: number;
  /** The alternative being read. */
  items: Entry[];
  /** Where the alternative being read starts. */
  itemsStart: number;
}

/** Token-level result of `(?…`: a flag change, or the opening of a group. */
type GroupPrefix =
  | { readonly type: 'flags'; readonly flags: AstFlags; readonly end: number }
  | { readonly type: 'group'; readonly group: AstGroupKind; readonly end: number };

const NO_SPAN_END = -1;

class Parser {
  readonly captureNames: (string | undefined)[] = [undefined];
  private readonly names = new Map<string, Span>();
  private readonly frames: Frame[] = [];
  private pos = 0;
  /** Whether `(?U)` is in force. The parser tracks only this flag: see {@link AstRepetition}. */
  private ungreedy = false;
  /** Start of the repetition operator just read, or -1: RE2 rejects `a**` (its `lastunary`). */
  private lastRepeat = NO_SPAN_END;

  constructor(
    private readonly pattern: string,
    private readonly nestLimit: number,
  ) {}

  private fail(kind: SyntaxErrorKind, start: number, end: number, detail: string): never {
    throw new RegexSyntaxError(kind, this.pattern, { start, end }, detail);
  }

  private get frame(): Frame {
    return this.frames[this.frames.length - 1]!;
  }

  private pushFrame(start: number, open: Span, group: AstGroupKind | undefined): void {
    this.frames.push({
      start,
      open,
      group,
      ungreedyBefore: this.ungreedy,
      alternatives: [],
      height: 0,
      items: [],
      itemsStart: open.end,
    });
  }

  private push(node: AstNode, height = 0): void {
    this.frame.items.push({ node, height, ungreedyAfter: this.ungreedy });
  }

  /** Every code point is a literal (`SyntaxOptions.literal`). */
  parseLiteral(): AstNode {
    this.pushFrame(0, { start: 0, end: 0 }, undefined);
    const p = this.pattern;
    while (this.pos < p.length) {
      const c = codePointAt(p, this.pos);
      const end = this.pos + (c > 0xffff ? 2 : 1);
      this.push({ kind: 'literal', span: { start: this.pos, end }, codePoint: c });
      this.pos = end;
    }
    return this.finishAlternation(this.frame, p.length);
  }

  parse(): AstNode {
    const p = this.pattern;
    this.pushFrame(0, { start: 0, end: 0 }, undefined);
    while (this.pos < p.length) {
      const start = this.pos;
      let repeatStart = NO_SPAN_END;
      switch (p.charCodeAt(start)) {
        case 0x28 /* ( */:
          this.openGroup();
          break;
        case 0x7c /* | */:
          this.finishAlternative(this.frame, start);
          this.frame.itemsStart = start + 1;
          this.pos = start + 1;
          break;
        case 0x29 /* ) */:
          this.closeGroup();
          break;
        case 0x5e /* ^ */:
          this.assertion('caret', 1);
          break;
        case 0x24 /* $ */:
          this.assertion('dollar', 1);
          break;
        case 0x2e /* . */:
          this.push({ kind: 'dot', span: { start, end: start + 1 } });
          this.pos = start + 1;
          break;
        case 0x5b /* [ */:
          this.push(this.parseClass());
          break;
        case 0x2a /* * */:
          this.repeat('star', 0, -1, start, start + 1);
          repeatStart = start;
          break;
        case 0x2b /* + */:
          this.repeat('plus', 1, -1, start, start + 1);
          repeatStart = start;
          break;
        case 0x3f /* ? */:
          this.repeat('question', 0, 1, start, start + 1);
          repeatStart = start;
          break;
        case 0x7b /* { */: {
          const counted = this.parseCounted(start);
          if (counted === undefined) {
            // RE2: a `{` that does not start a well-formed `{n}`, `{n,}` or `{n,m}` is a literal.
            this.push({ kind: 'literal', span: { start, end: start + 1 }, codePoint: 0x7b });
            this.pos = start + 1;
          } else {
            this.repeat('counted', counted.min, counted.max, start, counted.end);
            repeatStart = start;
          }
          break;
        }
        case 0x5c /* \ */:
          this.parseBackslash();
          break;
        default: {
          const c = codePointAt(p, start);
          const end = start + (c > 0xffff ? 2 : 1);
          this.push({ kind: 'literal', span: { start, end }, codePoint: c });
          this.pos = end;
        }
      }
      this.lastRepeat = repeatStart;
    }
    if (this.frames.length > 1) {
      const open = this.frame.open;
      this.fail('missing_paren', open.start, open.end, `missing closing ) for the group opened by \`${p.slice(open.start, open.end)}\``);
    }
    return this.finishAlternation(this.frame, p.length);
  }

  private assertion(assertion: AstAssertionKind, length: number): void {
    this.push({ kind: 'assertion', span: { start: this.pos, end: this.pos + length }, assertion });
    this.pos += length;
  }

  // ---------------------------------------------------------------------------------------------
  // Alternation, concatenation and groups

  /** Ends the alternative being read (at `end`) and files it with the frame's alternatives. */
  private finishAlternative(f: Frame, end: number): void {
    const items = f.items;
    let node: AstNode;
    if (items.length === 0) node = { kind: 'empty', span: { start: f.itemsStart, end: f.itemsStart } };
    else if (items.length === 1) node = items[0]!.node;
    else {
      node = { kind: 'concat', span: { start: items[0]!.node.span.start, end }, subs: items.map((e) => e.node) };
    }
    for (const e of items) if (e.height > f.height) f.height = e.height;
    f.alternatives.push(node);
    f.items = [];
  }

  private finishAlternation(f: Frame, end: number): AstNode {
    this.finishAlternative(f, end);
    const alts = f.alternatives;
    if (alts.length === 1) return alts[0]!;
    return { kind: 'alternation', span: { start: alts[0]!.span.start, end }, subs: alts.slice() };
  }

  private openGroup(): void {
    const p = this.pattern;
    const start = this.pos;
    let group: AstGroupKind;
    let end: number;
    if (p.charCodeAt(start + 1) === 0x3f /* ? */) {
      const prefix = this.parseGroupPrefix(start);
      if (prefix.type === 'flags') {
        if (prefix.flags.ungreedy !== undefined) this.ungreedy = prefix.flags.ungreedy;
        this.push({ kind: 'set_flags', span: { start, end: prefix.end }, flags: prefix.flags });
        this.pos = prefix.end;
        return;
      }
      group = prefix.group;
      end = prefix.end;
    } else {
      group = { kind: 'capture', index: this.captureNames.length, name: undefined };
      end = start + 1;
    }
    // The group itself sits `frames.length` groups deep (the root frame is not a group).
    if (this.frames.length > this.nestLimit) {
      this.fail('nest_limit', start, end, `groups nest more than ${this.nestLimit} deep (syntax.nestLimit)`);
    }
    if (group.kind === 'capture') {
      this.captureNames.push(group.name);
      if (group.name !== undefined) this.names.set(group.name, { start, end });
    }
    this.pushFrame(start, { start, end }, group);
    if (group.kind === 'non_capture' && group.flags.ungreedy !== undefined) this.ungreedy = group.flags.ungreedy;
    this.pos = end;
  }

  private closeGroup(): void {
    const start = this.pos;
    if (this.frames.length === 1) {
      this.fail('unexpected_paren', start, start + 1, 'unexpected ) with no open group to close');
    }
    const f = this.frames.pop()!;
    const sub = this.finishAlternation(f, start);
    this.ungreedy = f.ungreedyBefore;
    this.push({ kind: 'group', span: { start: f.start, end: start + 1 }, group: f.group!, sub }, f.height + 1);
    this.pos = start + 1;
  }

  /** Reads what follows `(?`: flags, a non-capturing group or a named group; rejects the rest. */
  private parseGroupPrefix(start: number): GroupPrefix {
    const p = this.pattern;
    const c2 = p.charCodeAt(start + 2);
    const c3 = p.charCodeAt(start + 3);
    // RE2 rejects these with "bad perl operator"; we name the construct, since most people who
    // write one expect it to work.
    if (c2 === 0x3d /* = */) this.unsupported(start, 3, 'lookahead (?=…)');
    if (c2 === 0x21 /* ! */) this.unsupported(start, 3, 'negative lookahead (?!…)');
    if (c2 === 0x3c /* < */ && c3 === 0x3d) this.unsupported(start, 4, 'lookbehind (?<=…)');
    if (c2 === 0x3c /* < */ && c3 === 0x21) this.unsupported(start, 4, 'negative lookbehind (?<!…)');
    if (c2 === 0x3e /* > */) this.unsupported(start, 3, 'atomic group (?>…)');
    if (c2 === 0x23 /* # */) this.unsupported(start, 3, 'comment group (?#…)', 'RE2 syntax has no comments');
    if (c2 === 0x7c /* | */) this.unsupported(start, 3, 'branch reset group (?|…)', 'RE2 numbers every group on its own');
    if (c2 === 0x28 /* ( */) this.unsupported(start, 3, 'conditional group (?(…)…)');
    if (c2 === 0x26 /* & */) this.unsupported(start, this.referenceLength(start, 3, 0x29), 'subroutine call (?&name)');
    if (c2 === 0x52 /* R */ || isDigit(c2) || ((c2 === 0x2b || c2 === 0x2d) && isDigit(c3))) {
      this.unsupported(start, this.referenceLength(start, 3, 0x29, true), 'recursion or subroutine call (?R), (?1)');
    }
    if (c2 === 0x50 /* P */ && c3 === 0x3d /* = */) {
      this.unsupported(start, this.referenceLength(start, 4, 0x29), 'backreference (?P=name)');
    }
    if (c2 === 0x50 /* P */ && c3 === 0x3e /* > */) {
      this.unsupported(start, this.referenceLength(start, 4, 0x29), 'subroutine call (?P>name)');
    }
    if (c2 === 0x27 /* ' */) {
      this.fail('bad_perl_op', start, start + 3, "named group syntax (?'name'…) is not RE2 syntax; write (?P<name>…) or (?<name>…)");
    }
    if ((c2 === 0x50 /* P */ && c3 === 0x3c) /* < */ || c2 === 0x3c /* < */) {
      const nameStart = c2 === 0x50 ? start + 4 : start + 3;
      // RE2 reads a named group only when something follows the `<`; a bare `(?P<` or `(?<` at
      // the end of the pattern is a bad Perl operator.
      if (nameStart >= p.length) this.fail('bad_perl_op', start, p.length, 'incomplete named group: write (?P<name>…)');
      return this.parseNamedGroup(start, nameStart);
    }

    // Flags: (?i) (?-s) (?i-sU) (?) and the same followed by `:` to open a group.
    const flags: { caseInsensitive?: boolean; multiLine?: boolean; dotAll?: boolean; ungreedy?: boolean } = {};
    let negated = false;
    let sawFlag = false;
    let i = start + 2;
    for (;;) {
      if (i >= p.length) this.fail('bad_perl_op', start, p.length, 'missing ) after (? flags');
      const c = codePointAt(p, i);
      const next = i + (c > 0xffff ? 2 : 1);
      switch (c) {
        case 0x69 /* i */:
          flags.caseInsensitive = !negated;
          sawFlag = true;
          break;
        case 0x6d /* m */:
          flags.multiLine = !negated;
          sawFlag = true;
          break;
        case 0x73 /* s */:
          flags.dotAll = !negated;
          sawFlag = true;
          break;
        case 0x55 /* U */:
          flags.ungreedy = !negated;
          sawFlag = true;
          break;
        case 0x2d /* - */:
          if (negated) this.fail('bad_perl_op', start, next, 'a flag group may hold only one `-`');
          negated = true;
          sawFlag = false;
          break;
        case 0x3a /* : */:
        case 0x29 /* ) */:
          if (negated && !sawFlag) {
            this.fail('bad_perl_op', start, next, 'a `-` in a flag group must be followed by at least one flag');
          }
          if (c === 0x29) return { type: 'flags', flags, end: next };
          return { type: 'group', group: { kind: 'non_capture', flags }, end: next };
        default:
          this.fail(
            'bad_perl_op',
            start,
            next,
            `unknown flag \`${String.fromCodePoint(c)}\` in (?…): RE2 supports the flags i, m, s and U`,
          );
      }
      i = next;
    }
  }

  /**
   * The length of a reference such as `(?P=name)`, `(?1)` or `\\k<name>`: `prefix` code units,
   * then word characters (at least one unless `nameOptional`), then `close`. Reported spans cover
   * the whole reference when it is well formed, else just the prefix.
   */
  private referenceLength(start: number, prefix: number, close: number, nameOptional = false): number {
    const p = this.pattern;
    let i = start + prefix;
    while (i < p.length && isWordChar(p.charCodeAt(i))) i++;
    if ((nameOptional || i > start + prefix) && p.charCodeAt(i) === close) return i + 1 - start;
    return prefix;
  }

  private unsupported(
    start: number,
    length: number,
    what: string,
    why = 'RE2 syntax leaves out constructs that cannot run in linear time',
  ): never {
    return this.fail('unsupported', start, start + length, `${what} is not supported: ${why}`);
  }

  /** `(?P<name>` or `(?<name>`; `nameStart` is just after the `<`. */
  private parseNamedGroup(start: number, nameStart: number): GroupPrefix {
    const p = this.pattern;
    const close = p.indexOf('>', nameStart);
    if (close < 0) this.fail('bad_named_capture', start, p.length, 'missing > after a capture group name');
    const name = p.slice(nameStart, close);
    const end = close + 1;
    if (!isValidCaptureName(name)) {
      this.fail(
        'bad_named_capture',
        start,
        end,
        name === ''
          ? 'empty capture group name'
          : `invalid capture group name \`${name}\`: names are letters, digits, marks and connector punctuation such as _`,
      );
    }
    const first = this.names.get(name);
    if (first !== undefined) {
      this.fail('bad_named_capture', start, end, `duplicate capture group name \`${name}\` (first used at ${first.start}..${first.end})`);
    }
    return { type: 'group', group: { kind: 'capture', index: this.captureNames.length, name }, end };
  }

  // ---------------------------------------------------------------------------------------------
  // Repetition

  /**
   * Reads `{n}`, `{n,}` or `{n,m}` at `start` (without a `?` suffix), or returns `undefined` when
   * the text there is not one: then RE2 reads the `{` as a literal. Numbers have no leading zeros
   * (`a{01}` is literal text, as in RE2). A number too large to hold is read as "too large" and
   * fails the size check, as in Go's `regexp/syntax` and POSIX (`a{9876543210}` is an error);
   * RE2's C++ parser instead gives up at 10⁸ and reads the `{` as a literal.
   */
  private parseCounted(start: number): { min: number; max: number; end: number } | undefined {
    const p = this.pattern;
    let i = start + 1;
    const readInt = (): number | undefined => {
      if (!isDigit(p.charCodeAt(i))) return undefined;
      if (p.charCodeAt(i) === 0x30 && isDigit(p.charCodeAt(i + 1))) return undefined;
      let n = 0;
      while (isDigit(p.charCodeAt(i))) {
        // Saturate instead of overflowing; anything past MAX_REPEAT is an error anyway.
        if (n < 100_000_000) n = n * 10 + p.charCodeAt(i) - 0x30;
        i++;
      }
      return n;
    };
    const min = readInt();
    if (min === undefined) return undefined;
    let max = min;
    if (p.charCodeAt(i) === 0x2c /* , */) {
      i++;
      if (p.charCodeAt(i) === 0x7d /* } */) max = -1;
      else {
        const m = readInt();
        if (m === undefined) return undefined;
        max = m;
      }
    }
    if (p.charCodeAt(i) !== 0x7d /* } */) return undefined;
    return { min, max, end: i + 1 };
  }

  /** Applies a repetition operator that spans `opStart..opEnd` (before any `?` suffix). */
  private repeat(op: AstRepetitionOp, min: number, max: number, opStart: number, opEnd: number): void {
    const p = this.pattern;
    let lazy = false;
    if (p.charCodeAt(opEnd) === 0x3f /* ? */) {
      lazy = true;
      opEnd++;
    }
    const text = p.slice(opStart, opEnd);
    if (this.lastRepeat !== NO_SPAN_END) {
      const stacked = p.slice(this.lastRepeat, opEnd);
      this.fail(
        'repeat_op',
        this.lastRepeat,
        opEnd,
        `bad repetition operator \`${stacked}\`: repetitions cannot be stacked (possessive forms such as *+ are not supported); use (?:x*)* to repeat a repetition`,
      );
    }
    if (op === 'counted' && ((max !== -1 && max < min) || min > MAX_REPEAT || max > MAX_REPEAT)) {
      this.fail(
        'repeat_size',
        opStart,
        opEnd,
        max !== -1 && max < min
          ? `bad repetition count \`${text}\`: the minimum is larger than the maximum`
          : `bad repetition count \`${text}\`: counts are limited to ${MAX_REPEAT}`,
      );
    }
    const items = this.frame.items;
    // RE2 applies the operator to the last node; flag groups `(?i)` are not nodes.
    let j = items.length - 1;
    while (j >= 0 && items[j]!.node.kind === 'set_flags') j--;
    if (j < 0) {
      this.fail('repeat_argument', opStart, opEnd, `missing argument to repetition operator \`${text}\``);
    }
    const operand = items[j]!;
    const height = operand.height + 1;
    if (this.frames.length - 1 + height > this.nestLimit) {
      this.fail('nest_limit', opStart, opEnd, `groups and repetitions nest more than ${this.nestLimit} deep (syntax.nestLimit)`);
    }
    const node: AstRepetition = {
      kind: 'repetition',
      span: { start: operand.node.span.start, end: opEnd },
      op,
      min,
      max,
      // See AstRepetition: re-express laziness relative to the flags in force at the operand.
      lazy: lazy !== (this.ungreedy !== operand.ungreedyAfter),
      sub: operand.node,
    };
    items[j] = { node, height, ungreedyAfter: operand.ungreedyAfter };
    if (op === 'counted' && (min >= 2 || max >= 2) && !repetitionWithinLimit(node)) {
      this.fail(
        'repeat_size',
        opStart,
        opEnd,
        `bad repetition count \`${text}\`: nested counted repetitions may repeat their innermost node at most ${MAX_REPEAT} times in total`,
      );
    }
    this.pos = opEnd;
  }

  // ---------------------------------------------------------------------------------------------
  // Escapes

  private parseBackslash(): void {
    const p = this.pattern;
    const start = this.pos;
    if (start + 1 >= p.length) this.fail('trailing_backslash', start, start + 1, 'trailing backslash at end of pattern');
    switch (p.charCodeAt(start + 1)) {
      case 0x62 /* b */:
        return this.assertion('word_boundary', 2);
      case 0x42 /* B */:
        return this.assertion('not_word_boundary', 2);
      case 0x41 /* A */:
        return this.assertion('start_text', 2);
      case 0x7a /* z */:
        return this.assertion('end_text', 2);
      case 0x43 /* C */:
        return this.fail('unsupported', start, start + 2, '\\C (any byte) is not supported over UTF-16 text');
      case 0x51 /* Q */: {
        // \Q…\E: everything up to \E (or the end) is literal. RE2 pushes each as its own literal,
        // so a following operator repeats only the last one.
        let i = start + 2;
        while (i < p.length) {
          if (p.charCodeAt(i) === 0x5c && p.charCodeAt(i + 1) === 0x45 /* E */) {
            i += 2;
            break;
          }
          const c = codePointAt(p, i);
          const end = i + (c > 0xffff ? 2 : 1);
          this.push({ kind: 'literal', span: { start: i, end }, codePoint: c });
          i = end;
        }
        this.pos = i;
        return;
      }
      case 0x70 /* p */:
      case 0x50 /* P */:
        this.push(this.parseUnicodeClass(start));
        return;
      default: {
        const perl = this.parsePerlClass(start);
        if (perl !== undefined) {
          this.push(perl);
          this.pos = perl.span.end;
          return;
        }
        const { codePoint, end } = this.parseEscape(start, false);
        this.push({ kind: 'literal', span: { start, end }, codePoint });
        this.pos = end;
      }
    }
  }

  private parsePerlClass(start: number): AstPerlClass | undefined {
    const c = this.pattern.charCodeAt(start + 1);
    let name: PerlClassName;
    switch (c | 0x20) {
      case 0x64 /* d */:
        name = 'digit';
        break;
      case 0x73 /* s */:
        name = 'space';
        break;
      case 0x77 /* w */:
        name = 'word';
        break;
      default:
        return undefined;
    }
    return { kind: 'perl_class', span: { start, end: start + 2 }, name, negated: c < 0x60 };
  }

  /**
   * Reads a one-character escape at `start` (a backslash): the escapes RE2's `ParseEscape` knows.
   * Everything else is an error, named as precisely as we can.
   */
  private parseEscape(start: number, inClass: boolean): { codePoint: number; end: number } {
    const p = this.pattern;
    if (start + 1 >= p.length) this.fail('trailing_backslash', start, start + 1, 'trailing backslash at end of pattern');
    const c = codePointAt(p, start + 1);
    let i = start + 1 + (c > 0xffff ? 2 : 1);
    const bad = (detail: string, end = i): never => this.fail('bad_escape', start, end, detail);
    switch (c) {
      case 0x30:
      case 0x31:
      case 0x32:
      case 0x33:
      case 0x34:
      case 0x35:
      case 0x36:
      case 0x37: {
        // \1-\7 alone are backreferences; followed by an octal digit, like \0, they start an
        // octal escape of up to three digits in all (RE2: \0, \012, \123; \1234 is \123 then 4).
        if (c !== 0x30 && !isOctal(p.charCodeAt(i))) return this.backreference(start, i);
        let code = c - 0x30;
        for (let k = 0; k < 2 && isOctal(p.charCodeAt(i)); k++, i++) code = code * 8 + p.charCodeAt(i) - 0x30;
        return { codePoint: code, end: i };
      }
      case 0x38:
      case 0x39:
        return this.backreference(start, i);
      case 0x78 /* x */: {
        if (i >= p.length) return bad('incomplete hex escape \\x: write \\x41 or \\x{41}');
        if (p.charCodeAt(i) === 0x7b /* { */) {
          i++;
          let code = 0;
          let digits = 0;
          for (;;) {
            if (i >= p.length) return bad('missing } in hex escape \\x{…}');
            const h = hexValue(p.charCodeAt(i));
            if (h < 0) break;
            code = code * 16 + h;
            digits++;
            i++;
            if (code > MAX_CODE_POINT) return bad('hex escape \\x{…} is larger than 10FFFF, the largest code point');
          }
          if (p.charCodeAt(i) !== 0x7d || digits === 0) {
            const d = codePointAt(p, i);
            return bad('hex escape \\x{…} must hold one or more hex digits and end with }', i + (d > 0xffff ? 2 : 1));
          }
          return { codePoint: code, end: i + 1 };
        }
        // Exactly two hex digits. RE2 consumes both characters before judging them.
        const hi = codePointAt(p, i);
        i += hi > 0xffff ? 2 : 1;
        if (i >= p.length) return bad('incomplete hex escape \\x: write \\x41 or \\x{41}');
        const lo = codePointAt(p, i);
        i += lo > 0xffff ? 2 : 1;
        if (hexValue(hi) < 0 || hexValue(lo) < 0) return bad('hex escape \\x must be followed by two hex digits or by {…}');
        return { codePoint: hexValue(hi) * 16 + hexValue(lo), end: i };
      }
      case 0x61 /* a */:
        return { codePoint: 0x07, end: i };
      case 0x66 /* f */:
        return { codePoint: 0x0c, end: i };
      case 0x6e /* n */:
        return { codePoint: 0x0a, end: i };
      case 0x72 /* r */:
        return { codePoint: 0x0d, end: i };
      case 0x74 /* t */:
        return { codePoint: 0x09, end: i };
      case 0x76 /* v */:
        return { codePoint: 0x0b, end: i };
      case 0x43 /* C */:
        return this.fail('unsupported', start, i, '\\C (any byte) is not supported over UTF-16 text');
      case 0x6b /* k */:
      case 0x67 /* g */: {
        // \k<name>, \k{name}, \k'name', \g{1}, \g<name>, \g1, \g-1: report the whole reference.
        const open = p.charCodeAt(i);
        const close = open === 0x3c ? 0x3e : open === 0x7b ? 0x7d : open === 0x27 ? 0x27 : -1;
        if (close >= 0) return this.backreference(start, start + this.referenceLength(start, 3, close));
        let j = i;
        if (c === 0x67 && p.charCodeAt(j) === 0x2d) j++;
        while (c === 0x67 && isDigit(p.charCodeAt(j))) j++;
        return this.backreference(start, j > i && isDigit(p.charCodeAt(j - 1)) ? j : i);
      }
      case 0x5a /* Z */:
        return bad('\\Z is not RE2 syntax: use \\z for the end of the text ($ without (?m) means the same)');
      case 0x62 /* b */:
        if (inClass) return bad('\\b inside a class is not supported: write \\x08 for a backspace');
        break;
      case 0x45 /* E */:
        return bad('\\E without a preceding \\Q');
      case 0x75 /* u */:
        return bad('\\u escapes are not RE2 syntax: write \\x{…} for a code point');
    }
    // Any ASCII punctuation may be escaped; letters, digits and non-ASCII may not (RE2).
    if (c < 0x80 && !isAlnum(c)) return { codePoint: c, end: i };
    const name = String.fromCodePoint(c);
    if (inClass && 'dDsSwWpP'.includes(name)) {
      // Item starts read these as classes; only a range end or a truncated \p gets here.
      return bad(i >= p.length && (c | 0x20) === 0x70 ? 'missing Unicode class name after \\p or \\P' : `\\${name} is a class and cannot end a range`);
    }
    if (inClass && 'AzBQ'.includes(name)) return bad(`\\${name} is not allowed inside a character class`);
    return bad(`unknown escape sequence \\${name}`);
  }

  private backreference(start: number, end: number): never {
    return this.fail(
      'unsupported',
      start,
      end,
      `backreference ${this.pattern.slice(start, end)} is not supported: RE2 syntax has no backreferences, which cannot run in linear time (write \\0NN for an octal escape)`,
    );
  }

  // ---------------------------------------------------------------------------------------------
  // Classes

  /** `\pN`, `\p{Name}`, `\PN`, `\p{^Name}` at `start` (a backslash). Sets `pos` after it. */
  private parseUnicodeClass(start: number): AstUnicodeClass {
    const p = this.pattern;
    let negated = p.charCodeAt(start + 1) === 0x50; /* P */
    const i = start + 2;
    if (i >= p.length) this.fail('bad_char_range', start, i, 'missing Unicode class name after \\p or \\P');
    let name: string;
    let end: number;
    if (p.charCodeAt(i) === 0x7b /* { */) {
      const close = p.indexOf('}', i + 1);
      if (close < 0) this.fail('bad_char_range', start, p.length, 'missing } after a Unicode class name \\p{…');
      name = p.slice(i + 1, close);
      end = close + 1;
    } else {
      const c = codePointAt(p, i);
      end = i + (c > 0xffff ? 2 : 1);
      name = p.slice(i, end);
    }
    if (name.charCodeAt(0) === 0x5e /* ^ */) {
      negated = !negated;
      name = name.slice(1);
    }
    if (unicodeClass(name) === undefined) {
      this.fail(
        'bad_char_range',
        start,
        end,
        `unknown Unicode class \`${name}\`: use a general category (L, Lu, Nd…), a script (Greek, Han…) or Any`,
      );
    }
    this.pos = end;
    return { kind: 'unicode_class', span: { start, end }, name, negated };
  }

  /** `[…]` at `pos`. Follows RE2's `ParseCharClass`, PerlX rules (a `-` may stand anywhere). */
  private parseClass(): AstBracketClass {
    const p = this.pattern;
    const start = this.pos;
    let i = start + 1;
    let negated = false;
    if (p.charCodeAt(i) === 0x5e /* ^ */) {
      negated = true;
      i++;
    }
    // RE2 reports the whole unterminated class, which runs to the end of the pattern.
    const missing = (): never =>
      this.fail('missing_bracket', start, p.length, 'missing closing ] for the character class that starts here');
    const items: AstClassItem[] = [];
    let first = true; // `]` is a literal as the first item: []a] and [^]a]
    while (i < p.length && (p.charCodeAt(i) !== 0x5d /* ] */ || first)) {
      first = false;
      const c = p.charCodeAt(i);
      // [:alpha:] and [:^alpha:]; a `[:` with no `:]` anywhere after it is just a `[`.
      if (c === 0x5b /* [ */ && p.charCodeAt(i + 1) === 0x3a /* : */ && i + 2 < p.length) {
        const close = p.indexOf(':]', i + 2);
        if (close >= 0) {
          const end = close + 2;
          let name = p.slice(i + 2, close);
          const neg = name.charCodeAt(0) === 0x5e; /* ^ */
          if (neg) name = name.slice(1);
          if (!_isPosixClassName(name)) {
            this.fail('bad_char_range', i, end, `unknown POSIX class \`${p.slice(i, end)}\``);
          }
          items.push({ kind: 'posix_class', span: { start: i, end }, name, negated: neg });
          i = end;
          continue;
        }
      }
      if (c === 0x5c /* \ */ && i + 2 < p.length && (p.charCodeAt(i + 1) | 0x20) === 0x70 /* p P */) {
        items.push(this.parseUnicodeClass(i));
        i = this.pos;
        continue;
      }
      if (c === 0x5c /* \ */ && i + 1 < p.length) {
        const perl = this.parsePerlClass(i);
        if (perl !== undefined) {
          items.push(perl);
          i += 2;
          continue;
        }
      }
      // A character, or a range when a `-` follows that is not the last character of the class.
      const itemStart = i;
      const lo = this.parseClassChar(i, missing);
      i = lo.end;
      if (p.charCodeAt(i) === 0x2d /* - */ && i + 1 < p.length && p.charCodeAt(i + 1) !== 0x5d /* ] */) {
        const hi = this.parseClassChar(i + 1, missing);
        i = hi.end;
        if (hi.codePoint < lo.codePoint) {
          this.fail('bad_char_range', itemStart, i, `bad character class range \`${p.slice(itemStart, i)}\`: the end is before the start`);
        }
        items.push({ kind: 'range', span: { start: itemStart, end: i }, lo: lo.codePoint, hi: hi.codePoint });
      } else {
        items.push({ kind: 'literal', span: { start: itemStart, end: i }, codePoint: lo.codePoint });
      }
    }
    if (i >= p.length) missing();
    this.pos = i + 1;
    return { kind: 'bracket_class', span: { start, end: i + 1 }, negated, items };
  }

  private parseClassChar(i: number, missing: () => never): { codePoint: number; end: number } {
    const p = this.pattern;
    if (i >= p.length) missing();
    if (p.charCodeAt(i) === 0x5c /* \ */) return this.parseEscape(i, true);
    const c = codePointAt(p, i);
    return { codePoint: c, end: i + (c > 0xffff ? 2 : 1) };
  }
}

// -----------------------------------------------------------------------------------------------
// Helpers

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

function isOctal(c: number): boolean {
  return c >= 0x30 && c <= 0x37;
}

function isWordChar(c: number): boolean {
  return isAlnum(c) || c === 0x5f;
}

function isAlnum(c: number): boolean {
  return isDigit(c) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}

function hexValue(c: number): number {
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  if (c >= 0x41 && c <= 0x46) return c - 0x41 + 10;
  if (c >= 0x61 && c <= 0x66) return c - 0x61 + 10;
  return -1;
}

/**
 * RE2's `RepetitionWalker`: walking down from `rep`, each counted repetition divides a budget of
 * {@link MAX_REPEAT} by its count (its maximum, or its minimum when unbounded); the repetition is
 * valid unless some budget reaches 0. `*`, `+` and `?` do not count. Iterative, and cheap: it only
 * runs for counts of 2 or more, so a subtree is rewalked at most ⌊log₂ 1000⌋ = 9 times.
 */
function repetitionWithinLimit(rep: AstRepetition): boolean {
  const stack: [AstNode, number][] = [[rep, MAX_REPEAT]];
  while (stack.length > 0) {
    const [node, parentBudget] = stack.pop()!;
    let budget = parentBudget;
    switch (node.kind) {
      case 'repetition': {
        if (node.op === 'counted') {
          const m = node.max === -1 ? node.min : node.max;
          if (m > 0) budget = Math.floor(budget / m);
          if (budget === 0) return false;
        }
        stack.push([node.sub, budget]);
        break;
      }
      case 'group':
        stack.push([node.sub, budget]);
        break;
      case 'concat':
      case 'alternation':
        for (const s of node.subs) stack.push([s, budget]);
        break;
      default:
        break;
    }
  }
  return true;
}

let captureNameRanges: readonly number[] | undefined;

/**
 * RE2's rule (since 2023): one or more code points of the general categories Lu, Ll, Lt, Lm, Lo,
 * Nl, Mn, Mc, Nd and Pc, the first one included (RE2 does not follow Python in rejecting a leading
 * digit). Lone surrogates are not valid.
 */
function isValidCaptureName(name: string): boolean {
  if (name === '') return false;
  if (captureNameRanges === undefined) {
    const parts: number[] = [];
    for (const g of ['Lu', 'Ll', 'Lt', 'Lm', 'Lo', 'Nl', 'Mn', 'Mc', 'Nd', 'Pc']) {
      const r = unicodeClass(g);
      if (r !== undefined) for (const x of r) parts.push(x);
    }
    // `_` and ASCII alphanumerics belong to those categories; list them too, so that the rule never
    // depends on the tables more than it has to.
    parts.push(0x30, 0x39, 0x41, 0x5a, 0x5f, 0x5f, 0x61, 0x7a);
    captureNameRanges = sortRanges(parts);
  }
  const ranges = captureNameRanges;
  for (let i = 0; i < name.length; ) {
    const c = codePointAt(name, i);
    i += c > 0xffff ? 2 : 1;
    if (!inRanges(ranges, c)) return false;
  }
  return true;
}

/** Sorts and merges flat inclusive ranges, so that {@link inRanges} can binary-search them. */
function sortRanges(flat: readonly number[]): number[] {
  const pairs: [number, number][] = [];
  for (let i = 0; i + 1 < flat.length; i += 2) pairs.push([flat[i]!, flat[i + 1]!]);
  pairs.sort((a, b) => a[0] - b[0]);
  const out: number[] = [];
  for (const [lo, hi] of pairs) {
    const n = out.length;
    if (n > 0 && lo <= out[n - 1]! + 1) out[n - 1] = Math.max(out[n - 1]!, hi);
    else out.push(lo, hi);
  }
  return out;
}

/** Whether `c` falls in sorted, disjoint ranges. */
function inRanges(ranges: readonly number[], c: number): boolean {
  let lo = 0;
  let hi = ranges.length / 2;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (ranges[2 * mid + 1]! < c) lo = mid + 1;
    else hi = mid;
  }
  return lo < ranges.length / 2 && ranges[2 * lo]! <= c;
}
