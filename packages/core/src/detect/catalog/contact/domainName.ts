/**
 * {@link domainName}: bare domain names.
 *
 * @module
 */
import { defineDetector } from '../../defineDetector.ts';
import type { CandidateContext, Detector, ValidationResult } from '../../types.ts';
import { domainNameValidator } from '../../validators/common/domainName.ts';

/** A name right before or after `@` is part of an email address, which has its own detector. */
function validateDomain(value: string, where: CandidateContext): ValidationResult {
  if (where.text[where.end] === '@' || where.text[where.start - 1] === '@') return false;
  return domainNameValidator(value);
}

/**
 * Detects bare domain names (`example.org`, `www.example.co.uk`). Prose is full of dotted words
 * (`e.g.`, `file.txt`, `user.name`), so the last label must be a real TLD: a common generic or a
 * country TLD reports on its own; a TLD that is also a file extension or word (`.py`, `.md`,
 * `.name`) needs a `www.` prefix or a context word such as "domain" or "website".
 *
 * @returns the detector (type `DOMAIN_NAME`)
 *
 * @example
 * ```ts
 * import { createScanner, domainName } from '@airlock/core';
 * const scanner = createScanner({ detectors: [domainName()] });
 * const text = 'hosted on example.org, see setup.py and notes.txt';
 * scanner.scan(text).map((f) => text.slice(f.start, f.end)); //=> ['example.org']
 * ```
 */
// @__NO_SIDE_EFFECTS__
export function domainName(): Detector {
  return defineDetector({
    id: 'domain-name',
    type: 'DOMAIN_NAME',
    patterns: ['(?i)\\b(?:[a-z0-9-]+\\.){1,5}[a-z]{2,13}\\b'],
    validators: [validateDomain],
    score: 0.3,
    validScore: 0.6,
    context: { words: ['domain', 'website', 'site', 'web', 'host', 'hostname', 'dns', 'visit', 'url'] },
    level: 'internal',
    category: 'network',
    description: 'Domain name with a real top-level domain.',
    samples: {
      positive: [
        { text: 'hosted on example.org, see', value: 'example.org' },
        'mail server mx1.example.co.uk',
        'Website: www.example.io',
        'our domain is tool.ai',
      ],
      negative: ['e.g. this', 'open notes.txt', 'run setup.py', 'set user.name', 'version 1.2.3', 'end.Then'],
    },
  });
}
