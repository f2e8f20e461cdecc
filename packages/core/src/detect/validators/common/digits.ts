/**
 * Small string helpers shared by the validators: no `RegExp`, only char codes.
 *
 * @module
 */

/**
 * The ASCII digits of `value`, with spaces, dashes and dots removed; `undefined` when any other
 * character appears.
 *
 * @internal
 */
export function _digitsOnly(value: string): string | undefined {
  let out = '';
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c >= 0x30 && c <= 0x39) out += value[i];
    else if (c !== 0x20 && c !== 0x2d && c !== 0x2e) return undefined;
  }
  return out;
}

/** Whether `c` is an ASCII letter or digit. @internal */
export function _isAlnum(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}
