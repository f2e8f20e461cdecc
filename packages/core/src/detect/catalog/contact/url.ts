/**
 * {@link url} and {@link urlWithCredentials}: web addresses, and those that carry a password.
 *
 * @module
 */
import { defineDetector } from '../../defineDetector.ts';
import { isPlaceholder } from '../../placeholder.ts';
import type { CandidateContext, Detector } from '../../types.ts';

// Characters of a URL's path, query and fragment; a URL may not end in punctuation that usually
// closes the sentence around it (`.`, `,`, `)`, `:`).
const TAIL = "(?:[/?#][a-z0-9._~%!$&*+,;=:@/?#-]*[a-z0-9_~/#=&%+-])?";

/**
 * Detects URLs: `http(s)`, `ftp(s)` and `ws(s)` links, and bare `www.` addresses. A URL with a
 * password in it is reported by {@link urlWithCredentials} instead, which scores higher and wins
 * the overlap.
 *
 * @returns the detector (type `URL`)
 *
 * @example
 * ```ts
 * import { createScanner, url } from '@airlock/core';
 * const scanner = createScanner({ detectors: [url()] });
 * const text = 'see https://example.com/a?b=1.';
 * scanner.scan(text).map((f) => text.slice(f.start, f.end)); //=> ['https://example.com/a?b=1']
 * ```
 */
// @__NO_SIDE_EFFECTS__
export function url(): Detector {
  return defineDetector({
    id: 'url',
    type: 'URL',
    patterns: [
      `(?i)\\b(?:https?|ftps?|wss?)://[a-z0-9._~%!$&*+,;=:@-]*[a-z0-9]${TAIL}`,
      `(?i)\\bwww\\.[a-z0-9-]+(?:\\.[a-z0-9-]+)+${TAIL}`,
    ],
    score: 0.6,
    keywords: ['://', 'www.'],
    level: 'internal',
    category: 'network',
    regimes: ['gdpr'],
    description: 'Web address.',
    samples: {
      positive: [
        { text: 'see https://example.com/a?b=1.', value: 'https://example.com/a?b=1' },
        { text: '(docs at www.example.org/guide)', value: 'www.example.org/guide' },
        'ftp://files.example.net/pub/',
        'HTTP://EXAMPLE.COM',
      ],
      negative: ['http:// nothing', 'see example', 'www.', 'mailto: someone'],
    },
  });
}

/** The password of `scheme://user:password@host` must look real, not a template or placeholder. */
function validateCredentials(value: string, _where: CandidateContext): boolean {
  const at = value.lastIndexOf('@');
  const colon = value.indexOf(':', value.indexOf('://') + 3);
  const password = value.slice(colon + 1, at);
  if (password.length === 0 || isPlaceholder(password)) return false;
  for (const marker of ['${', '{{', '<', '%s', '***']) if (password.includes(marker)) return false;
  return true;
}

/**
 * Detects URLs with embedded credentials (`postgres://app:s3cr3t@db.internal`). They are reported
 * as a credential of their own type, `URL_WITH_CREDENTIALS` (family `SECRET`), spanning scheme,
 * user, password and host, so that redaction removes the password with the host it opens; the
 * plain {@link url} detector loses the overlap to it. Placeholder passwords (`${DB_PASS}`, `<pw>`,
 * `xxxx`) are not reported.
 *
 * @returns the detector (type `URL_WITH_CREDENTIALS`)
 *
 * @example
 * ```ts
 * import { createScanner, urlWithCredentials } from '@airlock/core';
 * const scanner = createScanner({ detectors: [urlWithCredentials()] });
 * const text = 'DATABASE_URL=postgres://app:Xk9-qv2L@db.internal:5432/main';
 * scanner.scan(text).map((f) => [f.type, text.slice(f.start, f.end)]); //=> [['URL_WITH_CREDENTIALS', 'postgres://app:Xk9-qv2L@db.internal']]
 * scanner.scan('postgres://app:${DB_PASSWORD}@db.internal').length; //=> 0
 * ```
 */
// @__NO_SIDE_EFFECTS__
export function urlWithCredentials(): Detector {
  return defineDetector({
    id: 'url-credentials',
    type: 'URL_WITH_CREDENTIALS',
    patterns: ['(?i)\\b[a-z][a-z0-9+.-]{1,15}://[^\\s:/@]{1,64}:[^\\s/@]{1,128}@[a-z0-9-]+(?:\\.[a-z0-9-]+)*'],
    validators: [validateCredentials],
    score: 0.9,
    // Only the password is checked for placeholders (validateCredentials): a host such as
    // `git.example.com` must not hide a real password.
    rejectPlaceholders: false,
    keywords: ['://'],
    level: 'restricted',
    category: 'credential',
    regimes: ['soc2', 'pci-dss'],
    description: 'URL with a user name and password in it.',
    samples: {
      positive: [
        { text: 'DATABASE_URL=postgres://app:Xk9-qv2L@db.internal:5432/main', value: 'postgres://app:Xk9-qv2L@db.internal' },
        'clone https://deploy:ghp7Tq2mZ8rW@git.example.com/org/repo.git',
        'amqp://guest:S7rongPa55@rabbit',
      ],
      negative: ['postgres://app:${DB_PASSWORD}@db.internal', 'https://example.com/a:b@c', 'redis://:@cache', 'mongodb://user:<password>@host'],
    },
  });
}
