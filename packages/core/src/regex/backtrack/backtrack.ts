/**
 * Bounded backtracker (RE2's `BitState`): finds the leftmost-first match anchored at a position,
 * with its capture groups, by a depth-first search of the NFA in priority order that never visits a
 * (state, position) pair twice. Its work is at most states × (span + 1), linear in the span for a
 * fixed pattern, with no thread lists and no copying of captures at every step, so on the short
 * spans that the DFAs have already found it does much less than the Pike VM.
 *
 * Why pruning is exact: the first visit of a pair comes from the path of highest priority that
 * reaches it; if no match was found from there, none can be found from there on a later path, whose
 * captures differ but whose future does not. So the first match reached is the leftmost-first one,
 * the match the Pike VM reports.
 *
 * The visited bitmap is the memory bound: a span longer than {@link MAX_SPAN}, or whose bitmap would
 * exceed {@link MAX_BITS}, is left to the Pike VM ({@link Backtracker.fits}).
 *
 * @module
 */
import type { SearchStats } from '../api.ts';
import { EPS, LOOK, MATCH, RANGE, SAVE, SPLIT, type Nfa } from '../nfa/nfa.ts';
import { codePointAt, lookHolds } from '../util/text.ts';

/** The largest visited bitmap, in bits (32 KiB). */
const MAX_BITS = 1 << 18;
/**
 * The longest span searched, in code units: what it is for is the short spans of detector matches.
 * A longer one goes to the Pike VM whatever the pattern's size, so the engine that reads a span, and
 * the work counted per character, does not change with the size of the pattern.
 */
const MAX_SPAN = 512;

/** A backtracker bound to one NFA, with its scratch memory. Not re-entrant. */
export class Backtracker {
  private visited = new Uint32Array(0);
  /** Jobs: a state and a position to explore, or (state < 0) a capture slot `-1 - state` to restore. */
  private stackState: Int32Array<ArrayBuffer> = new Int32Array(64);
  private stackValue: Int32Array<ArrayBuffer> = new Int32Array(64);
  private readonly caps: Int32Array;

  constructor(
    private readonly nfa: Nfa,
    private readonly stats: SearchStats,
  ) {
    this.caps = new Int32Array(nfa.slots);
  }

  /** Whether a search over a span of `length` code units is short enough and fits the bitmap bound. */
  fits(length: number): boolean {
    return length <= MAX_SPAN && this.nfa.size * (length + 1) <= MAX_BITS;
  }

  /**
   * The leftmost-first match that starts at `start` and ends at or before `end` (assertions still see
   * the text around), as capture slots (0 and 1 the whole match, -1 for a group that did not take
   * part), or `null`. Call only when {@link Backtracker.fits} the span.
   */
  search(text: string, start: number, end: number): Int32Array | null {
    const { kind, out, out1, arg, accepts, alphabet, size } = this.nfa;
    const count = alphabet.count;
    const width = end - start + 1;
    const words = (size * width + 31) >>> 5;
    if (this.visited.length < words) this.visited = new Uint32Array(words);
    else this.visited.fill(0, 0, words);
    const visited = this.visited;
    const caps = this.caps;
    caps.fill(-1);
    caps[0] = start;
    let sp = 0;
    let steps = 0;
    this.push(sp++, this.nfa.start, start);
    while (sp > 0) {
      sp--;
      let s = this.stackState[sp]!;
      let p = this.stackValue[sp]!;
      if (s < 0) {
        caps[-1 - s] = p;
        continue;
      }
      for (;;) {
        const bit = s * width + (p - start);
        const w = visited[bit >>> 5]!;
        const mask = 1 << (bit & 31);
        if (w & mask) break;
        visited[bit >>> 5] = w | mask;
        steps++;
        const k = kind[s];
        if (k === RANGE) {
          if (p >= end) break;
          const c = codePointAt(text, p);
          const a = c < 0x10000 ? alphabet.bmp[alphabet.blockOffset[c >> 8]! + (c & 255)]! : alphabet.classOf(c);
          if (accepts[arg[s]! * count + a] !== 1) break;
          s = out[s]!;
          p += c > 0xffff ? 2 : 1;
        } else if (k === SPLIT) {
          this.push(sp++, out1[s]!, p);
          s = out[s]!;
        } else if (k === EPS) {
          s = out[s]!;
        } else if (k === SAVE) {
          const slot = arg[s]!;
          this.push(sp++, -1 - slot, caps[slot]!);
          caps[slot] = p;
          s = out[s]!;
        } else if (k === LOOK) {
          if (!lookHolds(arg[s]!, text, p)) break;
          s = out[s]!;
        } else if (k === MATCH) {
          this.stats.pikevmSteps += steps;
          const found = caps.slice();
          found[1] = p;
          return found;
        } else {
          break; // FAIL
        }
      }
    }
    this.stats.pikevmSteps += steps;
    return null;
  }

  private push(at: number, state: number, value: number): void {
    if (at === this.stackState.length) {
      const grow = (a: Int32Array<ArrayBuffer>): Int32Array<ArrayBuffer> => {
        const b = new Int32Array(a.length * 2);
        b.set(a);
        return b;
      };
      this.stackState = grow(this.stackState);
      this.stackValue = grow(this.stackValue);
    }
    this.stackState[at] = state;
    this.stackValue[at] = value;
  }
}
