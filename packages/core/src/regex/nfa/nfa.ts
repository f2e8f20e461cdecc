/**
 * Thompson NFA: compiles an {@link Ir} into a flat, array-based automaton over code points.
 *
 * Cost: O(size of the expanded Ir) time and memory, bounded by {@link NfaOptions.sizeLimit}
 * (repetitions such as `x{3,5}` are expanded into copies, so the limit is checked while expanding).
 * Invariant: every `MATCH` state carries the pattern index it belongs to; state 0 is never a
 * successor of another state (it is a `FAIL` sink used for empty classes).
 * Used by: the Pike VM (directly) and the lazy DFA (determinized at search time).
 *
 * @module
 */
import { AirlockError } from '../../errors/AirlockError.ts';
import type { Ir, Look } from '../ir/ir.ts';
import { buildAlphabet, type Alphabet } from './alphabet.ts';

/** Matches one code point of a class, then goes to `out`. `arg` is the class index. */
export const RANGE = 0;
/** Goes to `out` (preferred) and `out1`. */
export const SPLIT = 1;
/** Goes to `out`. */
export const EPS = 2;
/** Records the position in capture slot `arg`, then goes to `out`. */
export const SAVE = 3;
/** Goes to `out` if assertion `arg` (a {@link LOOK_IDS} value) holds. */
export const LOOK = 4;
/** Pattern `arg` has matched. */
export const MATCH = 5;
/** Never matches. */
export const FAIL = 6;

/** Numeric ids of assertions, as stored in `arg` of a LOOK state. */
export const LOOK_IDS: Readonly<Record<Look, number>> = {
  start_text: 0,
  end_text: 1,
  start_line: 2,
  end_line: 3,
  word_boundary: 4,
  not_word_boundary: 5,
};

/** A compiled automaton. */
export interface Nfa {
  /** State kinds: {@link RANGE}, {@link SPLIT}, … */
  readonly kind: Uint8Array;
  /** Main successor. */
  readonly out: Int32Array;
  /** Second successor of a SPLIT. */
  readonly out1: Int32Array;
  /** Class index, slot, look id or pattern index, by kind. */
  readonly arg: Int32Array;
  /** Start state of each pattern (anchored). */
  readonly starts: Int32Array;
  /** Start state of the union of all patterns (anchored); equals `starts[0]` for one pattern. */
  readonly start: number;
  /** Number of states. */
  readonly size: number;
  /** Number of capture slots (2 per group, group 0 included). */
  readonly slots: number;
  /** Class ranges, by class index. */
  readonly classes: readonly (readonly number[])[];
  /** The partition of code points into classes the automaton cannot tell apart. */
  readonly alphabet: Alphabet;
  /** `accepts[cls * alphabet.count + a]` is 1 when class `cls` contains alphabet class `a`. */
  readonly accepts: Uint8Array;
  /** Which assertions occur (bit per look id); 0 means the automaton never looks around. */
  readonly looks: number;
}

/** Options of {@link compileNfa}. */
export interface NfaBuildOptions {
  /** The largest number of states. */
  readonly sizeLimit: number;
  /** Emit SAVE states for capture groups. */
  readonly captures: boolean;
  /** Compile the reversed language (for searching backwards). Captures are dropped. */
  readonly reverse: boolean;
}

/**
 * Compiles one or more patterns into one automaton. Pattern `i`'s MATCH state carries `i`.
 *
 * @throws AirlockError `regex_too_big` when the automaton would exceed `sizeLimit` states.
 */
export function compileNfa(irs: readonly Ir[], captureCounts: readonly number[], options: NfaBuildOptions): Nfa {
  const b = new Builder(options.sizeLimit);
  b.add(FAIL, -1, -1, 0);
  const starts = new Int32Array(irs.length);
  for (let i = 0; i < irs.length; i++) {
    const ir = options.reverse ? reverseIr(irs[i]!) : irs[i]!;
    const frag = b.compile(ir, options.captures && !options.reverse);
    const m = b.add(MATCH, -1, -1, i);
    b.patch(frag.holes, m);
    starts[i] = frag.start;
  }
  let start = starts[0] ?? 0;
  if (irs.length > 1) {
    // Union start: a chain of SPLITs, pattern 0 preferred.
    start = starts[irs.length - 1]!;
    for (let i = irs.length - 2; i >= 0; i--) start = b.add(SPLIT, starts[i]!, start, 0);
  }
  const maxCaps = Math.max(0, ...captureCounts);
  const classes = b.classes;
  const alphabet = buildAlphabet(classes);
  const accepts = new Uint8Array(Math.max(1, classes.length * alphabet.count));
  for (let c = 0; c < classes.length; c++) {
    const ranges = classes[c]!;
    for (let i = 0; i < ranges.length; i += 2) {
      const lo = alphabet.classOf(ranges[i]!);
      const hi = alphabet.classOf(ranges[i + 1]!);
      for (let a = lo; a <= hi; a++) accepts[c * alphabet.count + a] = 1;
    }
  }
  return {
    kind: Uint8Array.from(b.kind),
    out: Int32Array.from(b.out),
    out1: Int32Array.from(b.out1),
    arg: Int32Array.from(b.arg),
    starts,
    start,
    size: b.kind.length,
    slots: 2 * (maxCaps + 1),
    classes,
    alphabet,
    accepts,
    looks: b.looks,
  };
}

interface Frag {
  readonly start: number;
  /** Dangling successors, encoded `state * 2 + (0 for out | 1 for out1)`. */
  readonly holes: number[];
}

/**
 * The key of a class's ranges, by array: IR is immutable, and one class array stands for every
 * copy of a counted repetition (`[A-Za-z0-9]{20,1000}` compiles its class 1,000 times) and for
 * every union the pattern is compiled into, so each array is joined once, not once per copy.
 */
const classKeys = new WeakMap<readonly number[], string>();

class Builder {
  readonly kind: number[] = [];
  readonly out: number[] = [];
  readonly out1: number[] = [];
  readonly arg: number[] = [];
  readonly classes: number[][] = [];
  looks = 0;
  private readonly classIds = new Map<string, number>();

  constructor(private readonly sizeLimit: number) {}

  add(kind: number, out: number, out1: number, arg: number): number {
    const id = this.kind.length;
    if (id >= this.sizeLimit) throw tooBig(this.sizeLimit);
    this.kind.push(kind);
    this.out.push(out);
    this.out1.push(out1);
    this.arg.push(arg);
    return id;
  }

  patch(holes: readonly number[], target: number): void {
    for (const h of holes) {
      if (h & 1) this.out1[h >> 1] = target;
      else this.out[h >> 1] = target;
    }
  }

  classId(ranges: readonly number[]): number {
    let key = classKeys.get(ranges);
    if (key === undefined) {
      key = ranges.join(',');
      classKeys.set(ranges, key);
    }
    let id = this.classIds.get(key);
    if (id === undefined) {
      id = this.classes.length;
      this.classes.push(ranges.slice());
      this.classIds.set(key, id);
    }
    return id;
  }

  /** Compiles `ir`; iterative over concatenations, recursive over nesting (depth is bounded by the parser's nest limit). */
  compile(ir: Ir, captures: boolean): Frag {
    switch (ir.kind) {
      case 'empty': {
        const s = this.add(EPS, -1, -1, 0);
        return { start: s, holes: [s * 2] };
      }
      case 'class': {
        const s = this.add(RANGE, -1, -1, this.classId(ir.ranges));
        return { start: s, holes: [s * 2] };
      }
      case 'look': {
        const id = LOOK_IDS[ir.look];
        this.looks |= 1 << id;
        const s = this.add(LOOK, -1, -1, id);
        return { start: s, holes: [s * 2] };
      }
      case 'capture': {
        if (!captures) return this.compile(ir.sub, captures);
        const open = this.add(SAVE, -1, -1, ir.index * 2);
        const sub = this.compile(ir.sub, captures);
        this.out[open] = sub.start;
        const close = this.add(SAVE, -1, -1, ir.index * 2 + 1);
        this.patch(sub.holes, close);
        return { start: open, holes: [close * 2] };
      }
      case 'concat': {
        let first: Frag | undefined;
        let holes: number[] = [];
        for (const sub of ir.subs) {
          const f = this.compile(sub, captures);
          if (first === undefined) first = f;
          else this.patch(holes, f.start);
          holes = f.holes;
        }
        return { start: first!.start, holes };
      }
      case 'alt': {
        // SPLIT chain: earlier alternatives are preferred.
        const frags: Frag[] = [];
        for (const sub of ir.subs) frags.push(this.compile(sub, captures));
        let start = frags[frags.length - 1]!.start;
        for (let i = frags.length - 2; i >= 0; i--) start = this.add(SPLIT, frags[i]!.start, start, 0);
        return { start, holes: frags.flatMap((f) => f.holes) };
      }
      case 'repeat':
        return this.repeat(ir.sub, ir.min, ir.max, ir.greedy, captures);
    }
  }

  /**
   * Compiles a repetition. Each nesting level of the pattern costs two stack frames here
   * (`compile` → `repeat` → `compile`), so the parser's nest limit keeps recursion well inside the
   * JavaScript stack.
   */
  private repeat(sub: Ir, min: number, max: number, greedy: boolean, captures: boolean): Frag {
    // A SPLIT whose preferred edge enters the body (greedy) or leaves it (lazy).
    const split = (body: number): [number, number] => {
      const s = this.add(SPLIT, -1, -1, 0);
      if (greedy) {
        this.out[s] = body;
        return [s, s * 2 + 1];
      }
      this.out1[s] = body;
      return [s, s * 2];
    };
    if (max === -1 && min <= 1) {
      if (min === 0 && !nullable(sub)) {
        // x*: L: SPLIT(x → L, exit)
        const s = this.add(SPLIT, -1, -1, 0);
        const body = this.compile(sub, captures);
        this.patch(body.holes, s);
        if (greedy) {
          this.out[s] = body.start;
          return { start: s, holes: [s * 2 + 1] };
        }
        this.out1[s] = body.start;
        return { start: s, holes: [s * 2] };
      }
      // x+ : x then SPLIT(back to x, exit). A nullable x* is compiled as (x+)?, as RE2 does: one
      // SPLIT cannot order the closure's priorities right when the body can match empty, and
      // (|a)* must prefer the empty match.
      const entry = min === 0 ? this.add(SPLIT, -1, -1, 0) : -1;
      const body = this.compile(sub, captures);
      const [loop, exit] = split(body.start);
      this.patch(body.holes, loop);
      if (entry < 0) return { start: body.start, holes: [exit] };
      if (greedy) {
        this.out[entry] = body.start;
        return { start: entry, holes: [exit, entry * 2 + 1] };
      }
      this.out1[entry] = body.start;
      return { start: entry, holes: [entry * 2, exit] };
    }
    // x{n,m} = x^n then m-n nested optionals (x(x(x)?)?)?; x{n,} = x^(n-1) then x+.
    let start = -1;
    let holes: number[] = [];
    const append = (f: Frag): void => {
      if (start < 0) start = f.start;
      else this.patch(holes, f.start);
      holes = f.holes;
    };
    if (max === -1) {
      for (let i = 0; i < min - 1; i++) append(this.compile(sub, captures));
      append(this.repeat(sub, 1, -1, greedy, captures));
      return { start, holes };
    }
    for (let i = 0; i < min; i++) append(this.compile(sub, captures));
    // Each optional's "skip" edge leaves the whole tail.
    const exits: number[] = [];
    for (let i = min; i < max; i++) {
      const s = this.add(SPLIT, -1, -1, 0);
      const body = this.compile(sub, captures);
      if (greedy) {
        this.out[s] = body.start;
        exits.push(s * 2 + 1);
      } else {
        this.out1[s] = body.start;
        exits.push(s * 2);
      }
      append({ start: s, holes: body.holes });
    }
    if (start < 0) {
      const s = this.add(EPS, -1, -1, 0);
      return { start: s, holes: [s * 2] };
    }
    return { start, holes: [...holes, ...exits] };
  }
}

function tooBig(sizeLimit: number): AirlockError<'regex_too_big'> {
  return new AirlockError(
    'regex_too_big',
    `pattern compiles to more than ${sizeLimit} automaton states; simplify large repetitions such as x{1000} or raise nfa.sizeLimit`,
  );
}

/**
 * The number of states {@link compileNfa} would build for `irs` (without captures, forwards or
 * reversed alike), computed from the IR without building anything.
 */
export function nfaSize(irs: readonly Ir[]): number {
  let total = 1; // FAIL
  for (const ir of irs) total += sizeOf(ir) + 1; // + MATCH
  return total + Math.max(0, irs.length - 1); // the union's SPLIT chain
}

/**
 * Throws what {@link compileNfa} would throw if `irs` compiled (without captures) to more than
 * `sizeLimit` states, so that automata compiled later, one pattern at a time, cannot fail.
 *
 * @throws AirlockError `regex_too_big`
 */
export function checkNfaSize(irs: readonly Ir[], sizeLimit: number): void {
  if (nfaSize(irs) > sizeLimit) throw tooBig(sizeLimit);
}

/** States of `ir` as {@link Builder.compile} builds them without captures. */
function sizeOf(ir: Ir): number {
  switch (ir.kind) {
    case 'empty':
    case 'class':
    case 'look':
      return 1;
    case 'capture':
      return sizeOf(ir.sub);
    case 'concat': {
      let n = 0;
      for (const sub of ir.subs) n += sizeOf(sub);
      return n;
    }
    case 'alt': {
      let n = ir.subs.length - 1; // SPLITs
      for (const sub of ir.subs) n += sizeOf(sub);
      return n;
    }
    case 'repeat': {
      const body = sizeOf(ir.sub);
      const { min, max } = ir;
      if (max === -1 && min <= 1) return body + 1 + (min === 0 && nullable(ir.sub) ? 1 : 0);
      if (max === -1) return min * body + 1;
      if (max === 0) return 1; // EPS
      return min * body + (max - min) * (body + 1);
    }
  }
}

/** Whether `ir` can match the empty string. */
function nullable(ir: Ir): boolean {
  switch (ir.kind) {
    case 'empty':
    case 'look':
      return true;
    case 'class':
      return false;
    case 'capture':
      return nullable(ir.sub);
    case 'repeat':
      return ir.min === 0 || nullable(ir.sub);
    case 'concat':
      return ir.subs.every(nullable);
    case 'alt':
      return ir.subs.some(nullable);
  }
}

const REVERSED_LOOK: Readonly<Record<Look, Look>> = {
  start_text: 'end_text',
  end_text: 'start_text',
  start_line: 'end_line',
  end_line: 'start_line',
  word_boundary: 'word_boundary',
  not_word_boundary: 'not_word_boundary',
};

/** The IR of the reversed language: concatenations reversed, assertions mirrored, captures dropped. */
export function reverseIr(ir: Ir): Ir {
  switch (ir.kind) {
    case 'empty':
    case 'class':
      return ir;
    case 'look':
      return { kind: 'look', look: REVERSED_LOOK[ir.look] };
    case 'capture':
      return reverseIr(ir.sub);
    case 'concat':
      return { kind: 'concat', subs: ir.subs.map(reverseIr).reverse() };
    case 'alt':
      return { kind: 'alt', subs: ir.subs.map(reverseIr) };
    case 'repeat':
      return { ...ir, sub: reverseIr(ir.sub) };
  }
}
