/**
 * Region codes: ISO 3166 alpha-2 codes and the groups `EU` and `EEA`.
 *
 * @internal
 * @module
 */

const EU: ReadonlySet<string> = new Set(
  'AT BE BG HR CY CZ DK EE FI FR DE GR HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE'.split(' '),
);
const EEA: ReadonlySet<string> = new Set([...EU, 'IS', 'LI', 'NO']);

/**
 * Whether `region` lies in `wanted`: the same code, a member state of the group `wanted`
 * (`EU`, `EEA`), or the group `EU` inside `EEA`. @internal
 */
export function _inRegion(region: string, wanted: string): boolean {
  if (region === wanted) return true;
  if (wanted === 'EEA') return region === 'EU' || EEA.has(region);
  if (wanted === 'EU') return EU.has(region);
  return false;
}
