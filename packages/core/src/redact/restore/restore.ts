/**
 * {@link restore}: the originals put back into a model's answer.
 *
 * @module
 */
import { AirlockError, isAirlockError } from '../../errors/AirlockError.ts';
import type { EncryptOperator } from '../operators/encrypt.ts';
import type { Vault } from '../vault/types.ts';
import { _scanTokens, type TokenMatch, type TokenResolver } from './_scanTokens.ts';

/** Options of {@link restore}, {@link restoreStream} and {@link restoreChunks}. */
export interface RestoreOptions {
  /**
   * The vault scope whose pseudonyms are restored (the redactor's scope).
   * @defaultValue `'default'`
   */
  readonly scope?: string;
  /**
   * {@link encrypt} operators whose tokens to decrypt (each holds its key). Without any, encrypt
   * tokens are left as they are.
   */
  readonly decrypt?: readonly EncryptOperator[];
  /**
   * What to do with an encrypt token that decrypts under none of the keys (altered, or made under
   * another key): throw an {@link AirlockError} `decrypt_failed`, or leave the token in the text.
   * @defaultValue `'throw'`
   */
  readonly onInvalid?: 'throw' | 'keep';
  /**
   * Longest encrypt-token payload looked for, in characters (a value of `n` bytes takes about
   * `1.6 × (n + 16)`). Longer tokens are left as they are. It also bounds what the streaming forms
   * hold back.
   * @defaultValue 16384
   */
  readonly maxEncryptedLength?: number;
}

/** One token put back. */
export interface RestoredItem {
  /** The token as it was written in the input (`**<person_1>**` gives `<person_1>`). */
  readonly token: string;
  /** The value put in its place. */
  readonly value: string;
  /** Start of the value in the output. */
  readonly start: number;
  /** End of the value in the output. */
  readonly end: number;
}

/** What {@link restore} returns. */
export interface RestoreResult {
  /** The text with the originals back. */
  readonly text: string;
  /** Each token put back, in order. */
  readonly items: readonly RestoredItem[];
  /**
   * Bracketed tokens shaped like pseudonyms (`<PERSON_7>`) that the vault does not have in this
   * scope: expired, erased, from another scope, or made up by the model. They are left in the text.
   */
  readonly unresolved: readonly string[];
}

/** Checks the options and builds the resolver the token finder calls. @internal */
export function _resolver(vault: Vault | undefined, options: RestoreOptions, unresolved?: string[]): TokenResolver {
  if (typeof options !== 'object' || options === null) throw new AirlockError('invalid_argument', 'restore options must be an object');
  if (vault !== undefined && (typeof vault !== 'object' || vault === null || typeof vault.lookup !== 'function')) {
    throw new AirlockError('invalid_argument', 'vault must be a vault made by createVault(), or undefined');
  }
  const scope = options.scope ?? 'default';
  if (typeof scope !== 'string') throw new AirlockError('invalid_argument', 'scope must be a string');
  const ops = options.decrypt ?? [];
  if (!Array.isArray(ops) || ops.some((op) => typeof op?.decrypt !== 'function')) {
    throw new AirlockError('invalid_argument', 'decrypt must be an array of encrypt() operators');
  }
  const onInvalid = options.onInvalid ?? 'throw';
  if (onInvalid !== 'throw' && onInvalid !== 'keep') throw new AirlockError('invalid_argument', "onInvalid must be 'throw' or 'keep'");
  const maxPayload = options.maxEncryptedLength ?? 16384;
  if (!Number.isInteger(maxPayload) || maxPayload < 1) throw new AirlockError('invalid_argument', 'maxEncryptedLength must be a positive integer');
  return {
    pseudonym: (token) => vault?.lookup(scope, token)?.value,
    decrypt:
      ops.length === 0
        ? undefined
        : (token) => {
            let failure: unknown;
            for (const op of ops) {
              try {
                return op.decrypt(token);
              } catch (e) {
                if (!isAirlockError(e)) throw e;
                failure = e;
              }
            }
            if (onInvalid === 'throw') throw failure;
            return undefined;
          },
    maxPayload,
    ...(unresolved ? { unresolved: (token: string) => void unresolved.push(token) } : {}),
  };
}

/** `text[from, to)` with each match replaced by its value; items' offsets start at `offset`. @internal */
export function _splice(text: string, from: number, to: number, matches: readonly TokenMatch[], items: RestoredItem[], offset: number): string {
  let out = '';
  let at = from;
  for (const m of matches) {
    out += text.slice(at, m.start);
    items.push({ token: m.token, value: m.value, start: offset + out.length, end: offset + out.length + m.value.length });
    out += m.value;
    at = m.end;
  }
  return out + text.slice(at, to);
}

/**
 * Puts the originals back into `text`, typically a model's answer to a redacted prompt:
 *
 * - pseudonyms of the vault's `scope`, also when the model reformatted them lightly: another case
 *   (`<person_1>`), other brackets (`[PERSON_1]`, `{PERSON_1}`, `(PERSON_1)`, doubled, or
 *   HTML-escaped `&lt;PERSON_1&gt;`), a space inside the brackets, markdown-escaped underscores
 *   (`PERSON\_1`), markdown around them (`**<PERSON_1>**` keeps its `**`), or no brackets at all
 *   when the name is written exactly (`PERSON_1`, upper case, as a whole word: a lower-case
 *   `person_1` without brackets may be a variable name and is left);
 * - encrypt tokens, with the keys of `options.decrypt`, in either case.
 *
 * Tokens the vault does not have (expired, erased, another scope) are left and listed in
 * `unresolved`. Runs in one pass, linear in the text.
 *
 * @param text - the text to restore
 * @param vault - the vault the pseudonyms are in (`undefined` to restore encrypt tokens only)
 * @param options - scope, decryption keys, what to do with tokens that do not decrypt
 * @returns the restored text, what was restored, and what could not be
 * @throws {@link AirlockError} `invalid_argument` when `text` is not a string or an option is
 *   malformed; `decrypt_failed` when an encrypt token does not decrypt (unless `onInvalid: 'keep'`)
 *
 * @example
 * ```ts
 * import { createVault, restore } from '@airlock/core';
 * const vault = createVault();
 * vault.pseudonym('chat-1', 'PERSON', 'Jane Doe'); //=> '<PERSON_1>'
 * const answer = 'Dear **<person_1>**, PERSON\\_1 is [PERSON_1]; <PERSON_2> is unknown.';
 * const r = restore(answer, vault, { scope: 'chat-1' });
 * r.text; //=> 'Dear **Jane Doe**, Jane Doe is Jane Doe; <PERSON_2> is unknown.'
 * r.unresolved; //=> ['<PERSON_2>']
 * ```
 */
export function restore(text: string, vault: Vault | undefined, options: RestoreOptions = {}): RestoreResult {
  if (typeof text !== 'string') throw new AirlockError('invalid_argument', `text must be a string, got ${text === null ? 'null' : typeof text}`);
  const unresolved: string[] = [];
  const { matches } = _scanTokens(text, 0, true, _resolver(vault, options, unresolved));
  const items: RestoredItem[] = [];
  return { text: _splice(text, 0, text.length, matches, items, 0), items, unresolved };
}
