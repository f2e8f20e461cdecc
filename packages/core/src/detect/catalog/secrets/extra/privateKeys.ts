/**
 * Private key blocks: PEM (`RSA`, `EC`, `DSA`, PKCS#8, encrypted), OpenSSH and PGP, whole or cut
 * off after the header.
 *
 * @module
 */
import { defineDetector } from '../../../defineDetector.ts';
import type { Detector } from '../../../types.ts';

const BEGIN = '-----BEGIN[ A-Z0-9]{0,40}PRIVATE KEY(?: BLOCK)?-----';
const END = '-----END[ A-Z0-9]{0,40}PRIVATE KEY(?: BLOCK)?-----';
/** Body characters: base64, line breaks (also `\n` escaped in JSON strings) and PEM headers. */
const BODY = '[A-Za-z0-9+/=\\s\\\\:,._()-]';

/**
 * Detects private key blocks: `-----BEGIN … PRIVATE KEY-----` (PEM, PKCS#8, OpenSSH, PGP
 * `PRIVATE KEY BLOCK`) with a body of at least 40 characters (base64, line breaks and PEM headers only, so it cannot run past the block) and the `END` line. A block
 * cut off after 64 characters of body (pasted halfway into a prompt) is reported as well. Empty
 * blocks are not.
 *
 * @returns the detector
 * @internal
 *
 * @example
 * ```ts
 * import { createScanner } from '@airlock/core';
 * const scanner = createScanner({ detectors: [privateKeyBlock()] });
 * const key = '-----BEGIN EC PRIVATE KEY-----\nMHcCAQEEIKZeVNhuwEmf9XtKHrnyGYWZGCIUmPHqgPKOXlXLrdEroAoGCCqGSM49\n-----END EC PRIVATE KEY-----';
 * scanner.scan(`key: ${key}`).map((f) => [f.type, f.start, f.end]); //=> [['PRIVATE_KEY', 5, 5 + key.length]]
 * scanner.scan('-----BEGIN PUBLIC KEY-----\nMHcCAQEEIKZeVNhuwEmf9XtKHrnyGYWZGCIUmPHqgPKOXlXLrdEroAoGCCqGSM49\n-----END PUBLIC KEY-----'); //=> []
 * ```
 */
// @__NO_SIDE_EFFECTS__
export function privateKeyBlock(): Detector {
  return defineDetector({
    id: 'private-key-block',
    type: 'PRIVATE_KEY',
    family: 'SECRET',
    description: 'PEM, OpenSSH or PGP private key block',
    patterns: [`${BEGIN}${BODY}{40,}?${END}`, `${BEGIN}${BODY}{64}`],
    score: 0.95,
    keywords: ['private key'],
    level: 'restricted',
    category: 'credential',
    regimes: ['soc2'],
    samples: {
      positive: [
        {
          text: 'id_ed25519:\n-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW\nQyNTUxOQAAACCVWpMMEC93KcLzil+Y/Ay4vb7BzDYtze3WezHBFzqJgwAAAIifs30zn7N9\nAAAECdlPj7cH2/9C0m1iKKXt8n75pk9qcoZT89713PBAi7fZVakwwQL3cpwvOKX5j8DLi9\n-----END OPENSSH PRIVATE KEY-----\n',
          value:
            '-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW\nQyNTUxOQAAACCVWpMMEC93KcLzil+Y/Ay4vb7BzDYtze3WezHBFzqJgwAAAIifs30zn7N9\nAAAECdlPj7cH2/9C0m1iKKXt8n75pk9qcoZT89713PBAi7fZVakwwQL3cpwvOKX5j8DLi9\n-----END OPENSSH PRIVATE KEY-----',
        },
        {
          text: '{"private_key": "-----BEGIN PRIVATE KEY-----\\nMHcCAQEEIKZeVNhuwEmf9XtKHrnyGYWZGCIUmPHqgPKOXlXLrdEroAoGCCqGSM49\\nAwEHoUQDQgAEZihXDyOY1HyZ5hjIy4HTskFN5OpWMCkG02td8I5QuhJynE+T+Zw/\\n-----END PRIVATE KEY-----\\n"}',
          value:
            '-----BEGIN PRIVATE KEY-----\\nMHcCAQEEIKZeVNhuwEmf9XtKHrnyGYWZGCIUmPHqgPKOXlXLrdEroAoGCCqGSM49\\nAwEHoUQDQgAEZihXDyOY1HyZ5hjIy4HTskFN5OpWMCkG02td8I5QuhJynE+T+Zw/\\n-----END PRIVATE KEY-----',
        },
        '-----BEGIN RSA PRIVATE KEY-----\nProc-Type: 4,ENCRYPTED\nDEK-Info: AES-128-CBC,3F1A9C0E22B7D4E5\n\nAwEHoUQDQgAEZihXDyOY1HyZ5hjIy4HTskFN5OpWMCkG02td8I5QuhJynE+T+Zw/\n-----END RSA PRIVATE KEY-----',
        '-----BEGIN PGP PRIVATE KEY BLOCK-----\n\nlQOYBGZx3kEBCADf9Yw2hP0qvJt8nL4sRk1mZ7cQe5aXo6uTbWd3iHg0yFp2lNcs\nAwEHoUQDQgAEZihXDyOY1HyZ5hjIy4HTskFN5OpWMCkG02td8I5QuhJynE+T+Zw/\n-----END PGP PRIVATE KEY BLOCK-----',
        // Cut off: no END line.
        'here is my key -----BEGIN EC PRIVATE KEY-----\nMHcCAQEEIKZeVNhuwEmf9XtKHrnyGYWZGCIUmPHqgPKOXlXLrdEroAoGCCqGSM49\nAwEHoUQD',
      ],
      negative: [
        '-----BEGIN OPENSSH PRIVATE KEY----------END OPENSSH PRIVATE KEY-----',
        '-----BEGIN PRIVATE KEY-----\n...\n-----END PRIVATE KEY-----',
        '-----BEGIN PUBLIC KEY-----\nMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEZihXDyOY1HyZ5hjIy4HTskFN5OpWMCkG02td8I5QuhJynE+T\n-----END PUBLIC KEY-----',
        '-----BEGIN CERTIFICATE-----\nMIIBszCCAVmgAwIBAgIUQ0b1nYx2kX9e7s0fX1mZ7cQe5aXo6uTbWd3iHg0yFp2lNcs\n-----END CERTIFICATE-----',
        'if (line.startsWith("-----BEGIN RSA PRIVATE KEY-----")) parsePem(line);',
      ],
    },
  });
}
