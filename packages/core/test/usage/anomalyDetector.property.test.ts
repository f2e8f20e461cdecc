/**
 * Properties of createAnomalyDetector over generated series: warm-up, the k-of-n rule, a single
 * spike never alerting, and a sustained shift alerting within k samples.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createAnomalyDetector } from '../../src/usage/index.ts';

const settings = fc.record({
  alpha: fc.double({ min: 0.02, max: 0.3, noNaN: true }),
  warmup: fc.integer({ min: 5, max: 40 }),
  n: fc.integer({ min: 2, max: 10 }),
  kFraction: fc.double({ min: 0, max: 1, noNaN: true }),
});

/**
 * Uniform noise in [−5, 5] from a generated seed (an LCG): a steady series whose z-scores, against
 * its std of 2.9, stay under 2 (though against a short EWMA's std, which can dip, a sample now and
 * then passes the threshold). Arrays of arbitrary doubles would shrink to a constant series, whose
 * std is 0 and on which any later change is rightly anomalous.
 */
const noise = (length: number) =>
  fc.integer({ min: 1, max: 2 ** 31 - 2 }).map((seed) => {
    let x = seed;
    return Array.from({ length }, () => {
      x = (x * 48271) % 2147483647;
      return (x / 2147483647) * 10 - 5;
    });
  });

describe('createAnomalyDetector over generated series', () => {
  it('raises no alert during warm-up without a hard cap, whatever the samples', () => {
    fc.assert(
      fc.property(settings, fc.array(fc.double({ min: -1e9, max: 1e9, noNaN: true }), { maxLength: 40 }), (s, values) => {
        const detector = createAnomalyDetector({ alpha: s.alpha, warmup: s.warmup, n: s.n, k: 1 });
        for (const [i, v] of values.entries()) {
          const o = detector.observe(v, i);
          if (i < s.warmup) expect(o).toMatchObject({ warmingUp: true, anomalous: false, alert: false });
        }
      }),
    );
  });

  it('alerts exactly when k of the last n are anomalous or a hard cap is hit, and clears only when clearAt or fewer are', () => {
    fc.assert(
      fc.property(settings, fc.array(fc.double({ min: 0, max: 1_000, noNaN: true }), { minLength: 50, maxLength: 300 }), (s, values) => {
        const k = Math.max(1, Math.round(s.kFraction * s.n));
        const detector = createAnomalyDetector({ alpha: s.alpha, warmup: s.warmup, n: s.n, k, hardCap: 950 });
        const flags: boolean[] = [];
        let alert = false;
        for (const [i, v] of values.entries()) {
          const o = detector.observe(v, i);
          flags.push(o.anomalous);
          const recent = flags.slice(-s.n).filter(Boolean).length;
          if (!alert) expect(o.alert).toBe(recent >= k || v > 950);
          else expect(o.alert).toBe(v > 950 || recent > 0);
          alert = o.alert;
        }
      }),
    );
  });

  it('never alerts on a single spike in a steady series', () => {
    fc.assert(
      fc.property(
        settings,
        noise(200),
        fc.integer({ min: 0, max: 150 }),
        fc.double({ min: 300, max: 1e9, noNaN: true }),
        (s, deltas, at, spike) => {
          const k = Math.max(2, Math.round(s.kFraction * s.n));
          const detector = createAnomalyDetector({ alpha: Math.min(s.alpha, 0.1), warmup: 40, n: s.n, k, threshold: 4 });
          for (const [i, d] of deltas.entries()) {
            const o = detector.observe(i === 40 + at ? spike : 100 + d, i);
            expect(o.alert).toBe(false);
          }
        },
      ),
    );
  });

  it('alerts on a sustained shift within k samples of it, and no sooner than the k-of-n rule allows', () => {
    fc.assert(
      fc.property(settings, noise(80), fc.double({ min: 60, max: 1e6, noNaN: true }), (s, deltas, shift) => {
        const k = Math.max(1, Math.round(s.kFraction * s.n));
        const detector = createAnomalyDetector({ alpha: s.alpha, warmup: s.warmup, n: s.n, k });
        const before = deltas.map((d, i) => detector.observe(100 + d, i));
        const shifted = deltas.slice(0, k).map((d, i) => detector.observe(100 + shift + d, 100 + i));
        expect(shifted.every((o) => o.anomalous)).toBe(true);
        expect(shifted.at(-1)!.alert).toBe(true);
        // Sooner only by the noise's own anomalous samples still in the window of n (a short EWMA's
        // std can dip so low that a noise sample passes the threshold); not at all if the noise
        // had raised an alert already.
        if (before.at(-1)!.alert) return;
        shifted.forEach((o, i) => {
          const noiseFlags = before.slice(before.length - (s.n - 1 - i)).filter((b) => b.anomalous).length;
          expect(o.alert).toBe(i + 1 + noiseFlags >= k);
        });
      }),
    );
  });
});
