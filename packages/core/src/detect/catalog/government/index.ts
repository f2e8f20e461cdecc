/**
 * Detectors: government identifiers by country (national ids, tax ids, passports, driver's
 * licences). Each is gated by a checksum, a structure check or required context words; see each
 * factory for which.
 *
 * @module
 */
import type { Detector } from '../../types.ts';
import { brCnpj, brCpf, caPassport, caSin, mxCurp } from './americas.ts';
import { auAbn, auTfn, cnResidentId, jpMyNumber, krRrn, sgNricFin, zaIdNumber } from './asiaPacific.ts';
import {
  atSocialSecurity,
  beNationalNumber,
  chAhv,
  deTaxId,
  dkCpr,
  esNie,
  esNif,
  fiHetu,
  frNir,
  iePpsn,
  itFiscalCode,
  nlBsn,
  noFodselsnummer,
  plNip,
  plPesel,
  ptNif,
  sePersonnummer,
  trTckn,
} from './europe.ts';
import { inAadhaar, inGstin, inPan, inPassport, inVoterId } from './india.ts';
import { ukDrivingLicence, ukNino, ukPassport } from './uk.ts';
import { usDriverLicense, usEin, usItin, usPassport, usSsn } from './us.ts';

export * from './americas.ts';
export * from './asiaPacific.ts';
export * from './europe.ts';
export * from './india.ts';
export * from './uk.ts';
export * from './us.ts';

/**
 * Every detector of this part of the catalog, in priority order: identifiers with strong
 * checksums first, then context-gated ones.
 *
 * @returns fresh detector objects
 *
 * @example
 * ```ts
 * import { governmentIdDetectors } from '@airlock/core';
 * governmentIdDetectors().length >= 40; //=> true
 * governmentIdDetectors().every((d) => d.category === 'government-id'); //=> true
 * ```
 */
// @__NO_SIDE_EFFECTS__
export function governmentIdDetectors(): Detector[] {
  return [
    usSsn(), usItin(), ukNino(), ukDrivingLicence(), inAadhaar(), inGstin(), inPan(), itFiscalCode(), mxCurp(),
    cnResidentId(), fiHetu(), frNir(), esNif(), esNie(), brCpf(), brCnpj(), sgNricFin(), krRrn(), chAhv(), iePpsn(),
    sePersonnummer(), beNationalNumber(), plNip(), auAbn(), noFodselsnummer(), zaIdNumber(),
    plPesel(), deTaxId(), nlBsn(), trTckn(), ptNif(), atSocialSecurity(), jpMyNumber(), auTfn(), caSin(), usEin(), dkCpr(),
    usPassport(), ukPassport(), caPassport(), inPassport(), inVoterId(), usDriverLicense(),
  ];
}
