/**
 * Pike VM: simulates the NFA over the text, one step per code point, tracking capture positions
 * per thread. It always works and always runs in O(text × states) time; the meta engine uses it to
 * find capture groups inside a span the DFAs have already found, and as the engine of last resort.
 *
 * Threads are kept in priority order, so leftmost-first semantics fall out of the order in which
 * states are added (RE2's `nfa.cc`). In leftmost-longest mode a match replaces the current one
 * only if it starts further left or, at the same start, ends further right.
 *
 * @module
 */
import type { SearchStats } from '../api.ts';
import { EPS, LOOK, MATCH, RANGE, SAVE, SPLIT, type Nfa } from '../nfa/nfa.ts';
import { codePointAt, lookHolds } from '../util/text.ts';
import { SparseSet } from '../util/sparseSet.ts';

/** One search's input. */
export interface PikeInput {
  readonly text: string;
  /** Where the search starts. */
  readonly start: number;
  /** Where the search stops (assertions still see the text after it). */
  readonly end: number;
  /** Only matches that start at {@link PikeInput.start}. */
  readonly anchored: boolean;
  /** Leftmost-longest instead of leftmost-first. */
  readonly longest: boolean;
}

class ThreadList {
  readonly set: SparseSet;
  readonly caps: Int32Array;
  constructor(size: number, slots: number) {
    this.set = new SparseSet(size);
    this.caps = new Int32Array(size * slots);
  }
}

/** A Pike VM bound to one NFA, with its scratch memory. Not re-entrant. */
export class PikeVm {
  private clist: ThreadList;
  private nlist: ThreadList;
  private readonly stackState: Int32Array;
  private readonly stackValue: Int32Array;
  private readonly cur: Int32Array;
  private readonly best: Int32Array;
  private readonly slots: number;

  constructor(
    private readonly nfa: Nfa,
    private readonly stats: SearchStats,
  ) {
    this.slots = nfa.slots;
    this.clist = new ThreadList(nfa.size, this.slots);
    this.nlist = new ThreadList(nfa.size, this.slots);
    this.stackState = new Int32Array(nfa.size * 3 + 8);
    this.stackValue = new Int32Array(nfa.size * 3 + 8);
    this.cur = new Int32Array(this.slots);
    this.best = new Int32Array(this.slots);
  }

  /**
   * Runs a search from `startState`. Returns the capture slots of the match (slot 0 and 1 are the
   * whole match; -1 marks a group that did not take part), or `null`.
   */
  search(input: PikeInput, startState: number = this.nfa.start): Int32Array | null {
    const { text, start, end, anchored, longest } = input;
    const { kind, out, arg, accepts, alphabet } = this.nfa;
    const count = alphabet.count;
    const slots = this.slots;
    let clist = this.clist;
    let nlist = this.nlist;
    clist.set.clear();
    const best = this.best;
    let matched = false;
    let pos = start;
    for (;;) {
      if (!matched && (!anchored || pos === start)) {
        this.cur.fill(-1);
        this.cur[0] = pos;
        this.add(clist, startState, pos, text, this.cur, 0);
      }
      if (clist.set.size === 0) break;
      let c = -1;
      let len = 1;
      if (pos < end) {
        c = codePointAt(text, pos);
        if (c > 0xffff) len = 2;
      }
      const a = c < 0 ? -1 : c < 0x10000 ? alphabet.bmp[alphabet.blockOffset[c >> 8]! + (c & 255)]! : alphabet.classOf(c);
      nlist.set.clear();
      const dense = clist.set.dense;
      const n = clist.set.size;
      const caps = clist.caps;
      for (let i = 0; i < n; i++) {
        const s = dense[i]!;
        const off = s * slots;
        if (longest && matched && caps[off]! > best[0]!) continue;
        const k = kind[s]!;
        if (k === MATCH) {
          if (!longest) {
            best.set(caps.subarray(off, off + slots));
            best[1] = pos;
            matched = true;
            break; // lower-priority threads can only find worse matches
          }
          if (!matched || caps[off]! < best[0]! || (caps[off] === best[0] && pos > best[1]!)) {
            best.set(caps.subarray(off, off + slots));
            best[1] = pos;
            matched = true;
          }
        } else if (k === RANGE && a >= 0 && accepts[arg[s]! * count + a] === 1) {
          this.add(nlist, out[s]!, pos + len, text, caps, off);
        }
      }
      if (c < 0) break;
      const t = clist;
      clist = nlist;
      nlist = t;
      pos += len;
    }
    this.clist = clist;
    this.nlist = nlist;
    return matched ? best.slice() : null;
  }

  /** Adds the ε-closure of `s0` to `list`, in priority order, with captures copied from `src[off…]`. */
  private add(list: ThreadList, s0: number, pos: number, text: string, src: Int32Array, off: number): void {
    const { kind, out, out1, arg } = this.nfa;
    const slots = this.slots;
    const cur = this.cur;
    if (src !== cur || off !== 0) for (let i = 0; i < slots; i++) cur[i] = src[off + i]!;
    const stS = this.stackState;
    const stV = this.stackValue;
    let sp = 0;
    stS[sp++] = s0;
    let visited = 0;
    while (sp > 0) {
      const s = stS[--sp]!;
      if (s < 0) {
        cur[-1 - s] = stV[sp]!;
        continue;
      }
      if (!list.set.insert(s)) continue;
      visited++;
      switch (kind[s]) {
        case SPLIT:
          stS[sp++] = out1[s]!;
          stS[sp++] = out[s]!;
          break;
        case EPS:
          stS[sp++] = out[s]!;
          break;
        case SAVE: {
          const slot = arg[s]!;
          stV[sp] = cur[slot]!;
          stS[sp++] = -1 - slot;
          cur[slot] = pos;
          stS[sp++] = out[s]!;
          break;
        }
        case LOOK:
          if (lookHolds(arg[s]!, text, pos)) stS[sp++] = out[s]!;
          break;
        case RANGE:
        case MATCH:
          list.caps.set(cur, s * slots);
          break;
        default:
          break;
      }
    }
    this.stats.pikevmSteps += visited;
  }
}
