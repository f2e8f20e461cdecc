/**
 * {@link encrypt}: deterministic, reversible encryption of the value into a token that `restore`
 * finds in free text.
 *
 * @module
 */
import { aessiv } from '@noble/ciphers/aes.js';
import { bytesToUtf8, utf8ToBytes } from '@noble/ciphers/utils.js';
import { base32nopad } from '@scure/base';
import { AirlockError } from '../../errors/AirlockError.ts';
import type { Operator } from '../types.ts';
import { _tokenName } from '../vault/createVault.ts';
import { _key, _options } from './_check.ts';

/** Options of {@link encrypt}. */
export interface EncryptOptions {
  /** The AES-SIV key (RFC 5297): 32, 48 or 64 random bytes (AES-128, -192 or -256). Keep it secret. */
  readonly key: Uint8Array;
}

/** An {@link encrypt} operator: it can also decrypt its own tokens. */
export interface EncryptOperator extends Operator {
  readonly kind: 'encrypt';
  /**
   * The value a token stands for.
   * @param token - a whole token, `NAME(n):PAYLOAD` (the payload in either case)
   * @throws {@link AirlockError} `decrypt_failed` when the token is malformed, was altered, or was
   *   made under another key
   */
  decrypt(token: string): string;
}

/** The suffix of every token name: `EMAIL_ADDRESS_ENC(…)`. @internal */
export const _ENC_SUFFIX = '_ENC';

/**
 * Replaces the value with a token that holds it encrypted, `EMAIL_ADDRESS_ENC(42):MFRGG…`: the name
 * (the entity type plus `_ENC`), the payload's length, and the payload, base32. The form is Google
 * DLP's surrogate annotation: the length lets {@link restore} find the whole token in free text, and
 * base32 survives a model changing its case.
 *
 * Encryption is AES-SIV (RFC 5297, through @noble/ciphers) with the token's name as associated
 * data: deterministic (equal values under one key give equal tokens, so a model can still see that
 * two mentions are the same), reversible with the key, and authenticated (an altered token, or one
 * moved to another type, does not decrypt). Unlike {@link pseudonymize} it needs no vault: the key
 * is enough to restore.
 *
 * @param options - the key
 * @returns the operator, which also has {@link EncryptOperator.decrypt}
 * @throws {@link AirlockError} `invalid_operator` when the key is missing or not 32, 48 or 64 bytes
 *
 * @example
 * ```ts
 * import { createRedactor, encrypt, restore } from '@airlock/core';
 * const enc = encrypt({ key: new Uint8Array(32).fill(3) });
 * const redactor = createRedactor({ default: enc });
 * const { text } = redactor.redact('mail jane.doe@example.com');
 * text.startsWith('mail EMAIL_ADDRESS_ENC('); //=> true
 * redactor.redact('mail jane.doe@example.com').text === text; //=> true
 * restore(text.toLowerCase(), undefined, { decrypt: [enc] }).text; //=> 'mail jane.doe@example.com'
 * ```
 */
// @__NO_SIDE_EFFECTS__
export function encrypt(options: EncryptOptions): EncryptOperator {
  const key = _key('encrypt', _options('encrypt', options).key, { lengths: [32, 48, 64] });
  return {
    kind: 'encrypt',
    apply(value, finding) {
      const name = _tokenName(finding.type) + _ENC_SUFFIX;
      const payload = base32nopad.encode(aessiv(key, utf8ToBytes(name)).encrypt(utf8ToBytes(value)));
      return `${name}(${payload.length}):${payload}`;
    },
    decrypt(token) {
      if (typeof token !== 'string') throw new AirlockError('invalid_argument', 'token must be a string');
      const open = token.indexOf('(');
      const close = token.indexOf('):', open);
      const name = token.slice(0, open).toUpperCase();
      const payload = token.slice(close + 2).toUpperCase();
      if (open <= 0 || close < 0 || !name.endsWith(_ENC_SUFFIX) || token.slice(open + 1, close) !== String(payload.length)) {
        throw new AirlockError('decrypt_failed', 'not an encrypt() token: expected NAME_ENC(n):PAYLOAD');
      }
      try {
        return bytesToUtf8(aessiv(key, utf8ToBytes(name)).decrypt(base32nopad.decode(payload)));
      } catch (cause) {
        throw new AirlockError('decrypt_failed', `token ${name}(${payload.length}) does not decrypt: it was altered, or made under another key`, { cause });
      }
    },
  };
}
