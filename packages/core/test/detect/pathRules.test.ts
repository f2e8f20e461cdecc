/**
 * Path rules against the recommended catalog, on generated texts: a known path only turns off the
 * detectors whose path rule it fails, and adds the path-only findings it matches; every other
 * finding is the same as with no path at all.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compile, createScanner, recommended, type Finding } from '../../src/index.ts';
import { plantedTextArb } from './planted.ts';

// Overlap resolution off: with it, dropping one finding can let an overlapping one through.
const scanner = createScanner({ detectors: recommended(), overlap: 'all' });
const ruleOf = new Map(scanner.detectors.filter((d) => d.path !== undefined).map((d) => [d.id, compile(d.path!)]));
const pathOnly = new Set(scanner.detectors.filter((d) => d.patterns.length === 0).map((d) => d.id));

// Values only a path rule tells apart, planted among the generated entities.
const scoped = fc.constantFrom(
  '  password = "q7rz2mvx9lpk"\n',
  '<add key="ClearTextPassword" value="r9Vq-2mTz!Lp" />\n',
  "'secret_key' => 'sk_Qm4?Zr7^Lp2;Tx9&Wc5@Hv8!Nb3#K',\n",
);
const text = fc.tuple(plantedTextArb(200, 600), scoped, plantedTextArb(50, 200)).map(([a, b, c]) => `${a}\n${b}${c}`);
const path = fc.constantFrom('infra/main.tf', 'src/db.js', 'src/NuGet.Config', 'app/config.php', 'docs/page.html', 'certs/client.p12', 'C:\\keys\\signing.PFX', '');

const key = (f: Finding): string => `${f.detector}:${f.start}:${f.end}`;

describe('path rules', () => {
  it('turn off only the detectors whose rule the path fails, and add only the path-only findings it matches (property)', () => {
    fc.assert(
      fc.property(text, path, (t, p) => {
        const without = scanner.scan(t);
        const withPath = scanner.scan(t, { path: p });
        const on = (id: string): boolean => ruleOf.get(id)?.find(p) !== null;
        // Findings of detectors with no rule, or whose rule the path passes, are unchanged.
        expect(withPath.filter((f) => !pathOnly.has(f.detector)).map(key)).toEqual(without.filter((f) => on(f.detector)).map(key));
        // Path-only findings: exactly the detectors whose rule matches, over the whole text.
        expect(withPath.filter((f) => pathOnly.has(f.detector)).map(key)).toEqual([...pathOnly].filter(on).map((id) => `${id}:0:${t.length}`));
        expect(without.some((f) => pathOnly.has(f.detector))).toBe(false);
      }),
      { numRuns: 40 },
    );
  });
});
