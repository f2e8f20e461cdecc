/**
 * {@link emailAddress}: email addresses.
 *
 * @module
 */
import { defineDetector } from '../../defineDetector.ts';
import type { Detector } from '../../types.ts';
import { emailValidator } from '../../validators/common/domainName.ts';

/**
 * Detects email addresses (`local@domain.tld`). The local part and host name must be well formed;
 * a known TLD lifts the score to 1, an unknown one (`icon@2x.png`) leaves it below the default
 * threshold unless a context word such as "email" is near.
 *
 * @returns the detector (type `EMAIL_ADDRESS`)
 *
 * @example
 * ```ts
 * import { createScanner, emailAddress } from '@airlock/core';
 * const scanner = createScanner({ detectors: [emailAddress()] });
 * scanner.scan('mail jane.doe@example.com.').map((f) => [f.type, f.start, f.end]); //=> [['EMAIL_ADDRESS', 5, 25]]
 * scanner.scan('see logo@2x.png').length; //=> 0
 * ```
 */
// @__NO_SIDE_EFFECTS__
export function emailAddress(): Detector {
  return defineDetector({
    id: 'email-address',
    type: 'EMAIL_ADDRESS',
    patterns: ['(?i)\\b[a-z0-9._%+-]+@[a-z0-9-]+(?:\\.[a-z0-9-]+){1,6}\\b'],
    validators: [emailValidator],
    score: 0.4,
    validScore: 1,
    keywords: ['@'],
    context: { words: ['email', 'e-mail', 'mail', 'contact', 'courriel'] },
    level: 'confidential',
    category: 'contact',
    regimes: ['gdpr', 'ccpa'],
    description: 'Email address with a well-formed local part and host name.',
    samples: {
      positive: [
        { text: 'mail jane.doe@example.com.', value: 'jane.doe@example.com' },
        { text: '<Max.Mustermann+news@mail.beispiel.de>', value: 'Max.Mustermann+news@mail.beispiel.de' },
        'write to SUPPORT@EXAMPLE.ORG',
        'email: ops@intranet.corp',
      ],
      negative: ['see logo@2x.png', 'user@localhost', 'a..b@example.com', '@example.com', 'the price is 10 at 99 dot 5 percent'],
    },
  });
}
