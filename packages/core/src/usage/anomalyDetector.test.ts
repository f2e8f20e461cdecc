import { describe, expect, it } from 'vitest';
import { codeOf } from '../../test/errorCode.ts';
import { createAnomalyDetector, type AnomalyDetectorOptions } from './anomalyDetector.ts';
import type { UsageTrigger } from './trigger.ts';

/** A deterministic noisy baseline around 100 (std about 5). */
function baseline(i: number): number {
  return 100 + 5 * Math.sin(i * 1.7) + 3 * Math.cos(i * 0.9);
}

function setup(options: AnomalyDetectorOptions = {}) {
  const triggers: UsageTrigger[] = [];
  const detector = createAnomalyDetector({ warmup: 20, k: 3, n: 5, now: () => 7, onTrigger: (t) => triggers.push(t), ...options });
  return { detector, triggers };
}

describe('createAnomalyDetector', () => {
  it('learns the plain mean and variance while 1/count > alpha, then an EWMA', () => {
    const { detector } = setup({ alpha: 0.25 });
    detector.observe(1);
    detector.observe(2);
    const third = detector.observe(3);
    expect(third.mean).toBeCloseTo(2, 12);
    expect(third.std).toBeCloseTo(Math.sqrt(2 / 3), 12);
    detector.observe(4);
    // From the fifth sample on, weight alpha: mean 2.5 + 0.25·(6 − 2.5).
    expect(detector.observe(6).mean).toBeCloseTo(3.375, 12);
  });

  it('ignores a single spike', () => {
    const { detector, triggers } = setup();
    for (let i = 0; i < 50; i++) detector.observe(baseline(i));
    const spike = detector.observe(1_000);
    expect(spike).toMatchObject({ anomalous: true, reason: 'z-score', alert: false });
    for (let i = 51; i < 100; i++) expect(detector.observe(baseline(i))).toMatchObject({ anomalous: false, alert: false });
    expect(triggers).toEqual([]);
  });

  it('alerts on a sustained shift within n samples, once, and clears after n normal samples', () => {
    const { detector, triggers } = setup();
    for (let i = 0; i < 50; i++) detector.observe(baseline(i));
    const alerts = [];
    for (let i = 0; i < 5; i++) alerts.push(detector.observe(baseline(i) + 60).alert);
    expect(alerts).toEqual([false, false, true, true, true]);
    expect(triggers).toHaveLength(1);
    expect(triggers[0]).toMatchObject({ kind: 'usage-anomaly', key: '*', dimension: 'requests', at: 7, severity: 'medium', evidence: { reason: 'z-score', anomalous: 3, of: 5 } });
    expect(JSON.parse(JSON.stringify(triggers[0]))).toEqual(triggers[0]);
    const after = [];
    for (let i = 0; i < 5; i++) after.push(detector.observe(baseline(i)).alert);
    expect(after).toEqual([true, true, true, true, false]);
  });

  it('does not flap: the alert holds while some of the window is still anomalous', () => {
    const { detector } = setup({ clearAt: 1 });
    for (let i = 0; i < 50; i++) detector.observe(baseline(i));
    for (let i = 0; i < 3; i++) detector.observe(200);
    // Alternating normal and anomalous samples keep at least 2 of 5 anomalous: the alert stays.
    for (let i = 0; i < 10; i++) expect(detector.observe(i % 2 ? 200 : baseline(i)).alert).toBe(true);
  });

  it('honours warm-up: no z-score alert before warmup samples, whatever they are', () => {
    const { detector, triggers } = setup({ warmup: 10 });
    const values = [1, 1, 1, 1, 1, 500, 500, 500, 500, 500];
    for (const v of values) expect(detector.observe(v)).toMatchObject({ warmingUp: true, anomalous: false, alert: false });
    expect(detector.observe(1).warmingUp).toBe(false);
    expect(triggers).toEqual([]);
  });

  it('alerts on a hard cap at once, even during warm-up, and escalates a z-score alert', () => {
    const { detector, triggers } = setup({ hardCap: 1_000 });
    expect(detector.observe(2_000)).toMatchObject({ warmingUp: true, anomalous: true, reason: 'hard-cap', alert: true });
    expect(triggers[0]).toMatchObject({ severity: 'high', evidence: { reason: 'hard-cap', value: 2_000, hardCap: 1_000 } });

    const other = setup({ hardCap: 1_000 });
    for (let i = 0; i < 50; i++) other.detector.observe(baseline(i));
    for (let i = 0; i < 3; i++) other.detector.observe(300);
    other.detector.observe(5_000);
    expect(other.triggers.map((t) => [t.severity, t.evidence['reason']])).toEqual([
      ['medium', 'z-score'],
      ['high', 'hard-cap'],
    ]);
  });

  it('watches the chosen direction', () => {
    const up = setup();
    const both = setup({ direction: 'both' });
    const down = setup({ direction: 'down' });
    for (let i = 0; i < 50; i++) for (const d of [up, both, down]) d.detector.observe(baseline(i));
    expect(up.detector.observe(0).anomalous).toBe(false);
    expect(both.detector.observe(0).anomalous).toBe(true);
    expect(down.detector.observe(0).anomalous).toBe(true);
    expect(down.detector.observe(1_000).anomalous).toBe(false);
  });

  it('gives a constant series a finite z-score', () => {
    const { detector } = setup({ warmup: 3 });
    for (let i = 0; i < 10; i++) expect(detector.observe(5).z).toBe(0);
    const jump = detector.observe(6);
    expect(Number.isFinite(jump.z)).toBe(true);
    expect(jump.anomalous).toBe(true);
  });

  it('rejects bad input with a code', () => {
    const bad: AnomalyDetectorOptions[] = [
      { alpha: 0 },
      { alpha: 1.5 },
      { threshold: -1 },
      { warmup: 1.5 },
      { n: 0 },
      { k: 6, n: 5 },
      { k: 2, clearAt: 2 },
      { hardCap: NaN },
      { minStd: 0 },
      { minStd: 1e-13 },
      { anomalyWeight: 2 },
      { direction: 'sideways' as never },
      { key: '' },
      { now: 3 as never },
      { onTrigger: {} as never },
    ];
    for (const options of bad) expect(codeOf(() => createAnomalyDetector(options)), JSON.stringify(options)).toBe('invalid_argument');
    expect(codeOf(() => createAnomalyDetector(null as never))).toBe('invalid_argument');
    const { detector } = setup();
    expect(codeOf(() => detector.observe(NaN))).toBe('invalid_argument');
    expect(codeOf(() => detector.observe(1e13))).toBe('invalid_argument');
    expect(codeOf(() => detector.observe('5' as never))).toBe('invalid_argument');
    expect(codeOf(() => detector.observe(5, Infinity))).toBe('invalid_argument');
    expect(detector.count).toBe(0);
  });
});
