import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeEncodedRuns } from './decode.ts';
import { _deriveScanView, deriveViews } from './derive.ts';
import { isInvisible, normalizeForScan } from './normalizeForScan.ts';
import { readSpelledOut } from './spelled.ts';
import { _viewLength, _viewSlice, changedRanges, identityView, mapSpan, type TextView } from './view.ts';

/** Every derived unit's original span, as `[start, end]` pairs. */
function spansOf(view: TextView): [number, number][] {
  const out: [number, number][] = [];
  for (let i = 0; i < view.text.length; i++) {
    const { start, end } = mapSpan(view, i, i + 1);
    out.push([start, end]);
  }
  return out;
}

/** Invariants every view must hold: spans inside the original, non-empty, never going back. */
function checkMonotone(view: TextView): void {
  let prevStart = 0;
  let prevEnd = 0;
  for (const [start, end] of spansOf(view)) {
    expect(start).toBeGreaterThanOrEqual(0);
    expect(end).toBeLessThanOrEqual(view.originalLength);
    expect(end).toBeGreaterThan(start);
    expect(start).toBeGreaterThanOrEqual(prevStart);
    expect(end).toBeGreaterThanOrEqual(prevEnd);
    prevStart = start;
    prevEnd = end;
  }
}

/** Runs `f` and counts the `charCodeAt` calls it makes: the steps of every loop here. */
function steps(f: () => void): number {
  const proto = String.prototype as { charCodeAt: (i: number) => number };
  const original = proto.charCodeAt;
  let count = 0;
  proto.charCodeAt = function (this: string, i: number): number {
    count++;
    return original.call(this, i);
  };
  try {
    f();
  } finally {
    proto.charCodeAt = original;
  }
  return count;
}

/** A reference: drop what normalizeForScan drops, then NFKC the whole text. */
function reference(text: string): string {
  let out = '';
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    if (isInvisible(cp)) continue;
    out += cp === 0xa0 || cp === 0x3000 || (cp >= 0x2000 && cp <= 0x200a) ? ' ' : ch;
  }
  return out.normalize('NFKC');
}

const b64 = (s: string): string => Buffer.from(s, 'utf8').toString('base64');

describe('mapSpan and identity views', () => {
  it('maps an unchanged view onto itself, clamping out-of-range spans', () => {
    const v = identityView('hello');
    expect(mapSpan(v, 1, 4)).toEqual({ start: 1, end: 4 });
    expect(mapSpan(v, -3, 99)).toEqual({ start: 0, end: 5 });
    expect(mapSpan(v, 4, 2)).toEqual({ start: 4, end: 4 });
  });

  it('maps empty spans to where the derived position starts in the original', () => {
    const v = normalizeForScan('\u200Bab\u200Bc\u200B');
    expect(v.text).toBe('abc');
    expect(mapSpan(v, 0, 0)).toEqual({ start: 1, end: 1 });
    expect(mapSpan(v, 2, 2)).toEqual({ start: 4, end: 4 });
    expect(mapSpan(v, 3, 3)).toEqual({ start: 5, end: 5 });
    expect(mapSpan(normalizeForScan('\u200B\u200B'), 0, 0)).toEqual({ start: 0, end: 0 });
  });

  it('stores one segment for a long unchanged stretch', () => {
    const v = normalizeForScan(`${'a'.repeat(10_000)}\u200B${'b'.repeat(10_000)}`);
    expect(v.segments.length / 4).toBe(2);
  });
});

describe('normalizeForScan', () => {
  it('leaves normal text alone and says so', () => {
    for (const t of ['', 'plain ascii', 'déjà vu', '東京都', 'a\uD800b', '\uDC00']) {
      const v = normalizeForScan(t);
      expect(v.changed).toBe(false);
      expect(v.text).toBe(t);
      expect(v.decodedFrom).toBe('');
    }
  });

  it.each([
    ['ｊｏｈｎ＠ｅｘａｍｐｌｅ．ｃｏｍ', 'john@example.com'],
    ['ﬁle', 'file'],
    ['x²', 'x2'],
    ['①②', '12'],
    ['\uFF76\uFF9E', '\u30AC'],
    ['e\u0301', '\u00E9'],
    ['\u1100\u1161\u11A8', '\uAC01'],
    ['a\u00A0b\u2003c\u3000d\u202Fe', 'a b c d e'],
    ['a\u2028b', 'a\nb'],
    ['a\u1680b', 'a b'],
  ])('folds %j', (input, expected) => {
    const v = normalizeForScan(input);
    expect(v.text).toBe(expected);
    expect(v.changed).toBe(true);
    checkMonotone(v);
  });

  it('drops every invisible character listed', () => {
    const invisible = [
      0xad, 0x34f, 0x61c, 0x115f, 0x1160, 0x180b, 0x180e, 0x180f, 0x200b, 0x200c, 0x200d, 0x200e, 0x200f, 0x202a, 0x202e,
      0x2060, 0x2064, 0x2066, 0x2069, 0x3164, 0xfe00, 0xfe0f, 0xfeff, 0xffa0, 0xe0000, 0xe0041, 0xe007f, 0xe0100, 0xe01ef,
    ];
    for (const cp of invisible) {
      const ch = String.fromCodePoint(cp);
      const v = normalizeForScan(`a${ch}b`);
      expect(v.text, cp.toString(16)).toBe('ab');
      expect(mapSpan(v, 0, 2)).toEqual({ start: 0, end: 2 + ch.length });
    }
    expect(normalizeForScan('a\u{E0080}b').changed).toBe(false);
  });

  it('maps a ligature or a composed letter to all it came from', () => {
    const v = normalizeForScan('xﬁy');
    expect(v.text).toBe('xfiy');
    expect(spansOf(v)).toEqual([
      [0, 1],
      [1, 2],
      [1, 2],
      [2, 3],
    ]);
    const w = normalizeForScan('ae\u0301b');
    expect(w.text).toBe('a\u00E9b');
    expect(spansOf(w)).toEqual([
      [0, 1],
      [1, 3],
      [3, 4],
    ]);
  });

  it('keeps lone surrogates as they are', () => {
    const v = normalizeForScan('\uD800ｘ\uDC00\u200B\uDBFF');
    expect(v.text).toBe('\uD800x\uDC00\uDBFF');
    checkMonotone(v);
  });

  const pieces = [
    'a', 'e', 'Z', '1', '@', '.', ' ', 'Ａ', '１', 'ﬁ', '²', '①', '\u0301', '\u0308', '\u200B', '\u200D', '\uFEFF', '\u00AD',
    '\u00A0', '\u3000', 'é', '\u{E0041}', '\uFE0F', 'ｶ', 'ﾞ', '\u1100', '\u1161', '\u11A8', '東', '\u{1D400}',
  ];
  const mixed = fc.array(fc.constantFrom(...pieces), { maxLength: 40 }).map((p) => p.join(''));

  it('agrees with stripping then NFKC of the whole text', () => {
    fc.assert(
      fc.property(mixed, (t) => {
        expect(normalizeForScan(t).text).toBe(reference(t));
      }),
    );
  });

  it('agrees with the whole-text reference on long texts, whose chunks it skips or reads', () => {
    // Runs of ASCII long enough to put chunk ends (2048 units) anywhere among the odd pieces.
    const filler = fc.integer({ min: 1, max: 3000 }).map((n) => 'ab '.repeat(n).slice(0, n));
    const long = fc.array(fc.oneof(fc.constantFrom(...pieces), filler), { maxLength: 12 }).map((p) => p.join(''));
    fc.assert(
      fc.property(long, (t) => {
        expect(normalizeForScan(t).text).toBe(reference(t));
      }),
      { numRuns: 200 },
    );
  });

  it('round-trips offsets: the original span of each derived piece normalizes to that piece', () => {
    fc.assert(
      fc.property(mixed, (t) => {
        const v = normalizeForScan(t);
        const spans = spansOf(v);
        for (let i = 0; i < spans.length; ) {
          const [s, e] = spans[i]!;
          let j = i + 1;
          while (j < spans.length && spans[j]![0] === s && spans[j]![1] === e) j++;
          expect(normalizeForScan(t.slice(s, e)).text).toBe(v.text.slice(i, j));
          i = j;
        }
        checkMonotone(v);
      }),
    );
  });

  it('maps spans across injected zero-width characters to the same visible characters', () => {
    const zw = fc.constantFrom('\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF', '\u00AD', '\u202E', '\u2066', '\uFE0F', '\u{E0020}');
    const gen = fc
      .array(fc.tuple(fc.constantFrom(...'abcXYZ019@.-_ '.split('')), fc.array(zw, { maxLength: 3 })), { minLength: 1, maxLength: 30 })
      .chain((parts) => fc.tuple(fc.constant(parts), fc.nat(parts.length), fc.nat(parts.length)));
    fc.assert(
      fc.property(gen, ([parts, x, y]) => {
        const original = parts.map(([c, z]) => c + z.join('')).join('');
        const visible = parts.map(([c]) => c).join('');
        const v = normalizeForScan(original);
        expect(v.text).toBe(visible);
        const [s, e] = x <= y ? [x, y] : [y, x];
        const span = mapSpan(v, s, e);
        expect(reference(original.slice(span.start, span.end))).toBe(visible.slice(s, e));
        if (e > s) {
          // Smallest: it starts on the first visible character and ends right after the last one.
          expect(original.slice(span.start, span.start + 1)).toBe(visible[s]);
          expect(original.slice(span.end - 1, span.end)).toBe(visible[e - 1]);
        }
      }),
    );
  });

  it('is composable: a view of a view still maps to the original', () => {
    const v = readSpelledOut(normalizeForScan('ｊｏｈｎ\u200B [at] ｅｘ\u200Bａｍｐｌｅ [dot] ｃｏｍ'));
    expect(v.text).toBe('john@example.com');
    expect(v.decodedFrom).toBe('normalize>spelled');
    expect(mapSpan(v, 0, 4)).toEqual({ start: 0, end: 4 });
    expect(mapSpan(v, 5, 12)).toEqual({ start: 11, end: 19 });
    expect(mapSpan(v, 0, v.text.length)).toEqual({ start: 0, end: 29 });
    checkMonotone(v);
  });
});

describe('readSpelledOut', () => {
  it.each([
    ['john [at] example [dot] com', 'john@example.com'],
    ['john (at) example (dot) com', 'john@example.com'],
    ['john{at}example{dot}com', 'john@example.com'],
    ['john <AT> example <DOT> co <dot> uk', 'john@example.co.uk'],
    ['john [ at ] example [@] x (.) y', 'john@example@x.y'],
    ['john at example dot com', 'john@example.com'],
    ['write to JOHN AT EXAMPLE DOT COM today', 'write to JOHN@EXAMPLE.COM today'],
    ['john.smith at mail.example dot org', 'john.smith@mail.example.org'],
    ['john [at] example dot com', 'john@example.com'],
    ['x at y dot zz.', 'x@y.zz.'],
  ])('reads %j', (input, expected) => {
    const v = readSpelledOut(input);
    expect(v.text).toBe(expected);
    expect(v.decodedFrom).toBe('spelled');
    checkMonotone(v);
  });

  it.each([
    'meet at noon',
    'I am at home. Dot com.',
    'look at 5 dot 3',
    'price at 10 dot 99',
    'a at b',
    'a at b dot c',
    'at dot com',
    'x at at dot com',
    'john at example dot',
    '[at',
    '(at the door)',
    'user  at    example dot com',
  ])('leaves %j alone', (input) => {
    const v = readSpelledOut(input);
    expect(v.changed).toBe(false);
    expect(v.text).toBe(input);
  });

  it('maps the address back over its spelled-out markers', () => {
    const t = 'mail: john [at] example [dot] com, thanks';
    const v = readSpelledOut(t);
    const at = v.text.indexOf('john');
    const span = mapSpan(v, at, at + 'john@example.com'.length);
    expect(t.slice(span.start, span.end)).toBe('john [at] example [dot] com');
    const mark = mapSpan(v, at + 4, at + 5);
    expect(t.slice(mark.start, mark.end)).toBe(' [at] ');
  });
});

describe('decodeEncodedRuns', () => {
  it('decodes padded and unpadded base64, mapping to the whole run', () => {
    for (const enc of [b64('john@example.com'), b64('john@example.com').replace(/=+$/, ''), b64('secret: hunter2!!')]) {
      const t = `token=${enc};`;
      const { view, runs } = decodeEncodedRuns(t);
      expect(runs).toBe(1);
      expect(view.decodedFrom).toBe('base64');
      const decoded = Buffer.from(enc, 'base64').toString('utf8');
      expect(view.text).toBe(`token=${decoded};`);
      for (let i = 6; i < 6 + decoded.length; i++) expect(mapSpan(view, i, i + 1)).toEqual({ start: 6, end: 6 + enc.length });
      expect(mapSpan(view, view.text.length - 1, view.text.length)).toEqual({ start: t.length - 1, end: t.length });
    }
  });

  it('decodes base64url', () => {
    const enc = Buffer.from('??>>ab~~ john@example.com', 'utf8').toString('base64url');
    expect(enc).toMatch(/[-_]/);
    const { view } = decodeEncodedRuns(`x ${enc} y`);
    expect(view.text).toBe('x ??>>ab~~ john@example.com y');
    expect(view.decodedFrom).toBe('base64url');
  });

  it('decodes hex, mapping to the whole run', () => {
    const enc = Buffer.from('AKIAEXAMPLE key', 'utf8').toString('hex');
    const { view } = decodeEncodedRuns(`k:${enc}`);
    expect(view.text).toBe('k:AKIAEXAMPLE key');
    expect(view.decodedFrom).toBe('hex');
    expect(mapSpan(view, 2, 6)).toEqual({ start: 2, end: 2 + enc.length });
  });

  it('decodes URL encoding, mapping each character to its own %XX groups', () => {
    const t = 'q=j%C3%B6rg%40example.com&p=%E2%82%AC5';
    const { view } = decodeEncodedRuns(t);
    expect(view.text).toBe('q=jörg@example.com&p=€5');
    expect(view.decodedFrom).toBe('url');
    const o = mapSpan(view, 3, 4);
    expect(t.slice(o.start, o.end)).toBe('%C3%B6');
    const euro = view.text.indexOf('€');
    const e = mapSpan(view, euro, euro + 1);
    expect(t.slice(e.start, e.end)).toBe('%E2%82%AC');
    const email = mapSpan(view, 2, 18);
    expect(t.slice(email.start, email.end)).toBe('j%C3%B6rg%40example.com');
  });

  it('leaves runs alone that are not text or not well-formed', () => {
    const binary = Buffer.from([0, 1, 2, 3, 0xff, 0xfe, 0x80, 10, 20, 30, 40, 50, 60, 70, 80, 90]).toString('base64');
    for (const t of [
      binary,
      'deadbeefdeadbeefdeadbeef',
      '%FF%FE',
      '%C3',
      '100%',
      '%zz',
      'abcdefghijklmnopqrstu', // 21 chars: 4k + 1 cannot be base64
      `${b64('john@example.com').slice(0, -1)}===`,
      'ab+cd/ef-gh_ij+klmnop',
      b64('short'),
      'ordinary words only',
    ]) {
      expect(decodeEncodedRuns(t).view.changed, t).toBe(false);
    }
  });

  it('decodes a second layer, and only two by default', () => {
    const inner = b64('john@example.com');
    const twice = b64(`user=${inner}`);
    const r = decodeEncodedRuns(`[${twice}]`);
    expect(r.view.text).toBe('[user=john@example.com]');
    expect(r.view.decodedFrom).toBe('base64>base64');
    expect(r.runs).toBe(2);
    expect(r.limited).toBe(false);
    expect(mapSpan(r.view, 6, 10)).toEqual({ start: 1, end: 1 + twice.length });

    const thrice = b64(twice);
    const s = decodeEncodedRuns(thrice);
    expect(s.view.text).toBe(`user=${inner}`);
    expect(s.limited).toBe(true);
    expect(decodeEncodedRuns(thrice, { maxDepth: 3 }).view.text).toBe('user=john@example.com');
    expect(decodeEncodedRuns(thrice, { maxDepth: 1 }).view.text).toBe(twice);
  });

  it('decodes URL encoding found inside base64', () => {
    const r = decodeEncodedRuns(b64('to=john%40example.com'));
    expect(r.view.text).toBe('to=john@example.com');
    expect(r.view.decodedFrom).toBe('base64>url');
  });

  it('stops at maxDecoded and says so', () => {
    const a = b64('first secret here');
    const b = b64('second secret here!');
    const t = `${a} ${b}`;
    const r = decodeEncodedRuns(t, { maxDecoded: 18 });
    expect(r.view.text).toBe(`first secret here ${b}`);
    expect(r.limited).toBe(true);
    expect(decodeEncodedRuns(t).limited).toBe(false);
    expect(decodeEncodedRuns(t, { maxDecoded: 0 }).view.changed).toBe(false);
  });
});

describe('deriveViews', () => {
  it('gives no view for plain text', () => {
    expect(deriveViews('Hello, this is plain text.')).toEqual({ views: [], limited: false });
  });

  it('finds the address behind every disguise, mapped into the original', () => {
    const t = `a: ｊｏｈｎ@ex.com b: ${b64('mary [at] example [dot] org')} c: x%40y.io`;
    const { views } = deriveViews(t);
    const texts = views.map((v) => [v.decodedFrom, v.text]);
    expect(texts[0]).toEqual(['normalize', expect.stringContaining('john@ex.com')]);
    const decoded = views.at(-1)!;
    expect(decoded.text).toContain('mary@example.org');
    expect(decoded.text).toContain('x@y.io');
    const i = decoded.text.indexOf('mary@example.org');
    const span = mapSpan(decoded, i, i + 'mary@example.org'.length);
    expect(t.slice(span.start, span.end)).toBe(b64('mary [at] example [dot] org'));
    for (const v of views) checkMonotone(v);
  });

  it('honours its switches', () => {
    const t = `ｘ john [at] ex [dot] com ${b64('john@example.com')}`;
    expect(deriveViews(t).views).toHaveLength(3);
    expect(deriveViews(t, { normalize: false, spelled: false }).views.map((v) => v.decodedFrom)).toEqual(['base64']);
    expect(deriveViews(t, { decode: false, spelled: false }).views.map((v) => v.decodedFrom)).toEqual(['normalize']);
  });

  it("gives the scanner its last view, with every switch, without making the others", () => {
    const texts = [
      'plain text',
      'ｊｏｈｎ@ex.com',
      'john [at] ex [dot] com',
      `${b64('john@example.com')} and ｘ`,
      `ｘ john [at] ex [dot] com ${b64('mary [at] example [dot] org')} x%40y.io`,
    ];
    const switches = [{}, { normalize: false }, { spelled: false }, { decode: false }, { normalize: false, decode: false }];
    for (const t of texts) {
      for (const o of switches) {
        const all = deriveViews(t, o);
        const last = _deriveScanView(t, o);
        expect(last.limited).toBe(all.limited);
        expect(last.view).toEqual(all.views.at(-1));
      }
    }
  });
});

describe('a view whose text has not been read', () => {
  it('gives the slices, length, changes and spans that its joined text gives', () => {
    const piece = fc.constantFrom('ｊｏｈｎ', ' [at] ', ' [dot] ', 'ex', '\u200B', 'ﬁ', '\u00A0', 'é', b64('mary@example.org'), ' x%40y.io ', '東');
    const filler = fc.integer({ min: 1, max: 3000 }).map((n) => 'ab '.repeat(n).slice(0, n));
    const text = fc.array(fc.oneof(piece, filler), { minLength: 1, maxLength: 12 }).map((p) => p.join(''));
    fc.assert(
      fc.property(text, fc.nat(), fc.nat(), (t, x, y) => {
        // Derived twice: reading the first view's text joins it, the second is left as the scan leaves it.
        const joined = _deriveScanView(t).view;
        const lazy = _deriveScanView(t).view;
        if (!joined || !lazy) return;
        const n = joined.text.length;
        const [a, b] = [x % (n + 1), y % (n + 1)].sort((p, q) => p - q) as [number, number];
        expect(_viewLength(lazy)).toBe(n);
        expect(changedRanges(lazy, t)).toEqual(changedRanges(joined, t));
        expect(mapSpan(lazy, a, b)).toEqual(mapSpan(joined, a, b));
        expect(_viewSlice(lazy, a, b)).toBe(joined.text.slice(a, b));
        expect(lazy.text).toBe(joined.text);
      }),
      { numRuns: 150 },
    );
  });
});

describe('pathological inputs', () => {
  const MB = 1 << 20;
  const inputs: [string, string][] = [
    ['=', '='.repeat(MB)],
    ['%', '%'.repeat(MB)],
    ['%4', '%4'.repeat(MB / 2)],
    ['%41', '%41'.repeat(MB / 3)],
    ['%C3 alone', '%C3'.repeat(MB / 3)],
    ['base64 alphabet', 'QUJD'.repeat(MB / 4)],
    ['base64 with both alphabets', 'ab+-'.repeat(MB / 4)],
    ['hex', '41'.repeat(MB / 2)],
    ['lone surrogates', '\uD800\uDC00\uDC00\uD800x'.repeat(MB / 5)],
    ['zero-width', '\u200B'.repeat(MB)],
    ['marks', `a${'\u0301'.repeat(MB)}`],
    ['fullwidth', 'ａ'.repeat(MB)],
    ['brackets', '[at]'.repeat(MB / 4)],
    ['bare at', ' at '.repeat(MB / 4)],
    ['labels', 'a at b dot '.repeat(MB / 11)],
    ['padding runs', 'QUJDRA=='.repeat(MB / 8)],
  ];

  it.each(inputs)('%s: 1 MB, never throws, bounded output', (_, t) => {
    const { views } = deriveViews(t);
    for (const v of views) {
      expect(v.text.length).toBeLessThanOrEqual(2 * t.length);
      expect(v.segments.length / 4).toBeLessThanOrEqual(v.text.length + 1);
      const m = mapSpan(v, 0, v.text.length);
      expect(m.start).toBeGreaterThanOrEqual(0);
      expect(m.end).toBeLessThanOrEqual(t.length);
    }
  });

  it.each(inputs)('%s: steps grow linearly', (_, t) => {
    const small = t.slice(0, 1 << 13);
    const large = t.slice(0, 1 << 15);
    const a = steps(() => deriveViews(small));
    const b = steps(() => deriveViews(large));
    expect(b).toBeLessThanOrEqual(4.5 * a + 1000);
  });

  it('is linear on random mixes of the tricky characters', () => {
    const alphabet = ['%', '4', '1', 'A', '=', '/', '+', '-', ' ', 'a', 't', 'd', 'o', '[', ']', '(', ')', '.', '\u200B', 'ｘ', '\u0301'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...alphabet), { minLength: 64, maxLength: 64 }), (unit) => {
        const piece = unit.join('');
        const a = steps(() => deriveViews(piece.repeat(32)));
        const b = steps(() => deriveViews(piece.repeat(128)));
        expect(b).toBeLessThanOrEqual(4.5 * a + 1000);
      }),
      { numRuns: 30 },
    );
  });
});
