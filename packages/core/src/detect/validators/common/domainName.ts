/**
 * Domain names and their top-level domains.
 *
 * @module
 */
import { _COUNTRIES } from './countries.ts';

// Generic TLDs common enough to count as evidence on their own.
const GENERIC = 'com net org edu gov mil int biz info io co eu uk tv xyz online tech dev cloud email';
// Real TLDs that are also file extensions or words (`setup.py`, `README.md`, `user.name`, `item.store`):
// alone they prove nothing, so a domain ending in one needs a `www.` prefix or a context word.
const AMBIGUOUS = 'py md rs sh pl pm ps so cc ml mk am ai tf mm sc in it is me to at be do no my us as app name site store shop page life';

const UNAMBIGUOUS: ReadonlySet<string> = /*@__PURE__*/ (() => {
  const s = new Set(GENERIC.split(' '));
  for (const c of _COUNTRIES) s.add(c.toLowerCase());
  for (const a of AMBIGUOUS.split(' ')) s.delete(a);
  return s;
})();
const AMBIGUOUS_SET: ReadonlySet<string> = /*@__PURE__*/ new Set(AMBIGUOUS.split(' '));

/**
 * How much a top-level domain says that a dotted word is a domain: `'strong'` for common generic
 * and country TLDs, `'weak'` for real TLDs that are also file extensions or words (`py`, `md`,
 * `name`), `'none'` for anything else (`txt`, `exe`, `g`).
 *
 * @param tld - the last label, either case
 * @returns the strength of the evidence
 *
 * @example
 * ```ts
 * import { tldStrength } from '@airlock/core';
 * tldStrength('com'); //=> 'strong'
 * tldStrength('py'); //=> 'weak'
 * tldStrength('txt'); //=> 'none'
 * ```
 */
export function tldStrength(tld: string): 'strong' | 'weak' | 'none' {
  const t = tld.toLowerCase();
  return UNAMBIGUOUS.has(t) ? 'strong' : AMBIGUOUS_SET.has(t) ? 'weak' : 'none';
}

/**
 * Checks the syntax of a host name (RFC 1123): at least two labels of 1–63 letters, digits or
 * hyphens, not starting or ending with a hyphen, a last label of letters, 253 characters at most.
 * Says nothing about the TLD ({@link tldStrength} does).
 *
 * @param value - the host name
 * @returns whether its syntax is valid
 *
 * @example
 * ```ts
 * import { isHostName } from '@airlock/core';
 * isHostName('mail.example.org'); //=> true
 * isHostName('-bad.example.org'); //=> false
 * ```
 */
export function isHostName(value: string): boolean {
  if (value.length > 253) return false;
  const labels = value.split('.');
  if (labels.length < 2) return false;
  for (const label of labels) {
    if (label.length === 0 || label.length > 63 || label[0] === '-' || label[label.length - 1] === '-') return false;
    for (let i = 0; i < label.length; i++) {
      const c = label.charCodeAt(i) | 0x20;
      if (!((c >= 0x30 && c <= 0x39) || (c >= 0x61 && c <= 0x7a) || c === 0x2d)) return false;
    }
  }
  const tld = labels[labels.length - 1]!;
  for (let i = 0; i < tld.length; i++) {
    const c = tld.charCodeAt(i) | 0x20;
    if (c < 0x61 || c > 0x7a) return false;
  }
  return true;
}

/**
 * Detector validator for domain names: `false` for bad syntax or an unknown TLD, `true` for a
 * strong TLD or a `www.` name, `undefined` (keep the base score, let context decide) for a weak TLD.
 *
 * @param value - the candidate
 * @returns what the TLD says
 *
 * @example
 * ```ts
 * import { domainNameValidator } from '@airlock/core';
 * domainNameValidator('example.org'); //=> true
 * domainNameValidator('setup.py'); //=> undefined
 * domainNameValidator('notes.txt'); //=> false
 * ```
 */
export function domainNameValidator(value: string): boolean | undefined {
  if (!isHostName(value)) return false;
  const strength = tldStrength(value.slice(value.lastIndexOf('.') + 1));
  if (strength === 'none') return false;
  if (strength === 'strong' || value.slice(0, 4).toLowerCase() === 'www.') return true;
  return undefined;
}

/**
 * Detector validator for email addresses: checks the local part (1–64 characters, no leading,
 * trailing or doubled dot) and the domain's syntax; `true` when the TLD is a known one, `undefined`
 * when it is not (the detector then needs context).
 *
 * @param value - the candidate
 * @returns what the address's shape says
 *
 * @example
 * ```ts
 * import { emailValidator } from '@airlock/core';
 * emailValidator('jane.doe@example.com'); //=> true
 * emailValidator('.jane@example.com'); //=> false
 * emailValidator('icon@2x.png'); //=> undefined
 * ```
 */
export function emailValidator(value: string): boolean | undefined {
  const at = value.lastIndexOf('@');
  if (at <= 0) return false;
  const local = value.slice(0, at);
  const domain = value.slice(at + 1);
  if (local.length > 64 || local[0] === '.' || local[local.length - 1] === '.' || local.includes('..')) return false;
  if (!isHostName(domain)) return false;
  return tldStrength(domain.slice(domain.lastIndexOf('.') + 1)) === 'none' ? undefined : true;
}
