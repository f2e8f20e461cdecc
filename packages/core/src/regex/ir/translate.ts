/**
 * Translation: {@link Ast} → {@link IrPattern}. Compiles the syntax away.
 *
 * - Flags become meaning: `(?i)` literals become the class of their simple case-fold orbit and
 *   classes are closed under folding; `(?m)` picks line anchors; `(?s)` widens `.`; `(?U)` flips
 *   greediness. Flags follow RE2's parser exactly: a `(?i)` lasts to the end of its group, across
 *   `|` (in `(?:a(?i)b|c)` the `c` is case-insensitive too).
 * - Every class becomes sorted, merged code point ranges.
 * - Adjacent alternatives that are both classes merge into one class (`a|[bc]|d` → `[a-d]`), as
 *   RE2's parser does. That keeps leftmost-first semantics: two one-character alternatives that
 *   both match lead to the same state, so which one is preferred cannot be observed.
 *
 * Cost: linear in the tree, plus the size of the classes. Classes are shared: `\pL` written 10,000
 * times is one array. The total size of distinct classes is bounded by {@link MAX_CLASS_BOUNDS}.
 *
 * @module
 */
import { RegexSyntaxError } from '../../errors/RegexSyntaxError.ts';
import type { SyntaxOptions } from '../api.ts';
import type { Ast, AstBracketClass, AstClassItem, AstFlags, AstNode } from '../syntax/ast.ts';
import { PERL_CLASSES, POSIX_CLASSES } from '../syntax/classes.ts';
import { _resolveSyntaxOptions } from '../syntax/options.ts';
import { printAst } from '../syntax/print.ts';
import { foldRanges, simpleFold, unicodeClass } from '../unicode/index.ts';
import { BoundedCache } from '../util/boundedCache.ts';
import {
  alt,
  canonicalRanges,
  capture,
  cls,
  codePoint,
  concat,
  empty,
  look,
  MAX_CODE_POINT,
  negateRanges,
  repeat,
  type Ir,
  type IrClass,
  type IrPattern,
} from './ir.ts';

/**
 * The most range bounds (two per range) that the distinct classes of one pattern may hold in total.
 * `\pL` alone is about 1,300; 4 million allow thousands of different large classes while keeping a
 * hostile pattern such as `[\pL0][\pL1][\pL2]…` (every class different) under ~32 MB. Go's
 * `regexp/syntax` has the same kind of limit (`maxRunes`).
 */
export const MAX_CLASS_BOUNDS = 4_000_000;

/**
 * Translates a syntax tree into the IR.
 *
 * @param ast - from {@link parseAst}
 * @param options - the initial flags (`caseInsensitive`, `multiLine`, `dotAll`, `ungreedy`);
 *   other fields are ignored
 * @returns the IR, with the capture count and names
 * @throws {@link RegexSyntaxError} `pattern_too_long` when the classes exceed {@link MAX_CLASS_BOUNDS}
 * @throws AirlockError `invalid_argument` when an option has the wrong type
 *
 * @example
 * ```ts
 * import { parseAst } from '../syntax/parse.ts';
 * // K, k and the Kelvin sign:
 * const { ir } = translate(parseAst('(?i)k'));
 * ir; //=> { kind: 'class', ranges: [0x4b, 0x4b, 0x6b, 0x6b, 0x212a, 0x212a] }
 * ```
 */
export function translate(ast: Ast, options?: SyntaxOptions): IrPattern {
  const o = _resolveSyntaxOptions(options);
  const t = new Translator(ast.pattern, { i: o.caseInsensitive, m: o.multiLine, s: o.dotAll, U: o.ungreedy });
  const ir = t.node(ast.root);
  return { ir, captureCount: ast.captureCount, captureNames: ast.captureNames };
}

interface Flags {
  i: boolean;
  m: boolean;
  s: boolean;
  U: boolean;
}

const DOT_NL: IrClass = /*@__PURE__*/ cls([0, MAX_CODE_POINT]);
const DOT: IrClass = /*@__PURE__*/ cls([0, 0x09, 0x0b, MAX_CODE_POINT]);

/**
 * Classes translated lately, by case-folding state and text, for all patterns: a catalog writes the
 * same classes (`[A-Za-z0-9]`, `(?i)` keywords, `\p{L}`) in hundreds of patterns, and folding a large
 * class is the dear part of translating it. IR is immutable, so patterns share the result (and the
 * NFA compiler then keys the class by its one array). They hold at most 1 Mi bounds (range ends) in
 * all; `(?i)\p{L}` has 1,370.
 */
const sharedClasses = new BoundedCache<IrClass>(1 << 20);

class Translator {
  private flags: Flags;
  private readonly classes = new Map<string, IrClass>();
  private readonly folded = new Map<number, IrClass>();
  private bounds = 0;

  constructor(
    private readonly pattern: string,
    flags: Flags,
  ) {
    this.flags = flags;
  }

  private apply(f: AstFlags): void {
    const fl = this.flags;
    this.flags = {
      i: f.caseInsensitive ?? fl.i,
      m: f.multiLine ?? fl.m,
      s: f.dotAll ?? fl.s,
      U: f.ungreedy ?? fl.U,
    };
  }

  /** Translates `node`. Flags set by `(?…)` inside a concatenation carry on to what follows it. */
  node(node: AstNode): Ir {
    switch (node.kind) {
      case 'empty':
        return empty();
      case 'literal':
        return this.flags.i ? this.foldedLiteral(node.codePoint) : codePoint(node.codePoint);
      case 'dot':
        return this.flags.s ? DOT_NL : DOT;
      case 'assertion':
        switch (node.assertion) {
          case 'caret':
            return look(this.flags.m ? 'start_line' : 'start_text');
          case 'dollar':
            // RE2: without (?m), `$` is `\z`. It does not match before a final `\n` as Perl's does.
            return look(this.flags.m ? 'end_line' : 'end_text');
          default:
            return look(node.assertion);
        }
      case 'perl_class':
      case 'unicode_class':
      case 'bracket_class':
        return this.cls(node);
      case 'repetition': {
        const saved = this.flags;
        const sub = this.node(node.sub);
        this.flags = saved;
        // RE2: the `?` suffix toggles the greediness that (?U) sets.
        return repeat(sub, node.min, node.max, node.lazy === this.flags.U);
      }
      case 'group': {
        const saved = this.flags;
        const g = node.group;
        if (g.kind === 'non_capture') this.apply(g.flags);
        const sub = this.node(node.sub);
        this.flags = saved;
        return g.kind === 'capture' ? capture(g.index, g.name, sub) : sub;
      }
      case 'set_flags':
        this.apply(node.flags);
        return empty();
      case 'concat':
        return concat(node.subs.map((s) => this.node(s)));
      case 'alternation': {
        // Flags flow from one alternative into the next (RE2), but not out of the alternation:
        // in parser output an alternation is a whole group body, so nothing follows it anyway,
        // and a hand-built tree then means what its printed form means.
        const saved = this.flags;
        const subs: Ir[] = [];
        for (const s of node.subs) {
          const ir = this.node(s);
          // Flatten first, so that `a|(?:b|c)` merges all three.
          if (ir.kind === 'alt') subs.push(...ir.subs);
          else subs.push(ir);
        }
        this.flags = saved;
        return alt(mergeAdjacentClasses(subs));
      }
    }
  }

  /** A literal under `(?i)`: the class of its simple case-fold orbit (`k` → `[Kk\u212A]`). */
  private foldedLiteral(c: number): IrClass {
    const cached = this.folded.get(c);
    if (cached !== undefined) return cached;
    const orbit = [c, c];
    // Orbits are at most 4 long in Unicode; the bound only guards against a broken table.
    for (let d = simpleFold(c), n = 0; d !== c && n < 16; d = simpleFold(d), n++) orbit.push(d, d);
    const ir = orbit.length === 2 ? codePoint(c) : cls(orbit);
    this.folded.set(c, ir);
    return ir;
  }

  /**
   * A class node, translated once per distinct text and case-folding state: per pattern (its bound
   * counts each once), and across patterns through {@link sharedClasses}.
   */
  private cls(node: AstNode & { kind: 'perl_class' | 'unicode_class' | 'bracket_class' }): IrClass {
    const key = (this.flags.i ? 'i' : '') + printAst(node);
    let ir = this.classes.get(key);
    if (ir === undefined) {
      ir = sharedClasses.get(key);
      if (ir === undefined) {
        ir = { kind: 'class', ranges: node.kind === 'bracket_class' ? this.bracket(node) : this.item(node) };
        sharedClasses.set(key, ir, ir.ranges.length);
      }
      const ranges = ir.ranges;
      this.bounds += ranges.length;
      if (this.bounds > MAX_CLASS_BOUNDS) {
        throw new RegexSyntaxError(
          'pattern_too_long',
          this.pattern,
          node.span,
          `the pattern's character classes hold more than ${MAX_CLASS_BOUNDS / 2} ranges in total; use fewer distinct large classes such as \\pL`,
        );
      }
      this.classes.set(key, ir);
    }
    return ir;
  }

  /**
   * RE2's `ParseCharClass`: each item is folded on its own (a negated item is the complement of its
   * folded positive, RE2's `AddUGroup` with sign -1), the union is taken, then the `^` applies.
   */
  private bracket(node: AstBracketClass): number[] {
    const parts: number[] = [];
    for (const item of node.items) for (const x of this.item(item)) parts.push(x);
    const ranges = canonicalRanges(parts);
    return node.negated ? negateRanges(ranges) : ranges;
  }

  /** Canonical ranges of one class item, with case folding applied when `(?i)` is on. */
  private item(item: AstClassItem): number[] {
    let positive: readonly number[];
    let negated = false;
    switch (item.kind) {
      case 'literal':
        positive = [item.codePoint, item.codePoint];
        break;
      case 'range':
        positive = [item.lo, item.hi];
        break;
      case 'perl_class':
        positive = PERL_CLASSES[item.name];
        negated = item.negated;
        break;
      case 'posix_class':
        positive = POSIX_CLASSES[item.name];
        negated = item.negated;
        break;
      case 'unicode_class': {
        const r = unicodeClass(item.name);
        // The parser checked the name; a hand-built tree with an unknown name gets an empty class.
        positive = r ?? [];
        negated = item.negated;
        break;
      }
    }
    let ranges = canonicalRanges(positive);
    if (this.flags.i) ranges = foldRanges(ranges);
    return negated ? negateRanges(ranges) : ranges;
  }
}

/**
 * Merges runs of adjacent class alternatives into one class. Only adjacent ones: merging across
 * another alternative could change which alternative wins.
 */
function mergeAdjacentClasses(subs: readonly Ir[]): Ir[] {
  const out: Ir[] = [];
  for (const s of subs) {
    const last = out[out.length - 1];
    if (s.kind === 'class' && last !== undefined && last.kind === 'class') {
      out[out.length - 1] = cls(last.ranges.concat(s.ranges));
    } else out.push(s);
  }
  return out;
}
