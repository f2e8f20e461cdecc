/**
 * Detectors: contact, network and dates (email, phone, IP, MAC, URL, domain, date of birth, age).
 *
 * @module
 */
import type { Detector } from '../../types.ts';
import { age, dateOfBirth, dateTime } from './dates.ts';
import { domainName } from './domainName.ts';
import { emailAddress } from './emailAddress.ts';
import { ipAddress } from './ipAddress.ts';
import { macAddress } from './macAddress.ts';
import { phoneNumber, phoneNumberUnseparated } from './phoneNumber.ts';
import { url, urlWithCredentials } from './url.ts';

export { age, dateOfBirth, dateTime, domainName, emailAddress, ipAddress, macAddress, phoneNumber, phoneNumberUnseparated, url, urlWithCredentials };

/**
 * Every detector of this part of the catalog, in priority order.
 *
 * @returns fresh detector objects
 *
 * @example
 * ```ts
 * import { contactDetectors } from '@airlock/core';
 * contactDetectors().map((d) => d.id).includes('email-address'); //=> true
 * ```
 */
// @__NO_SIDE_EFFECTS__
export function contactDetectors(): Detector[] {
  return [
    urlWithCredentials(),
    emailAddress(),
    phoneNumber(),
    phoneNumberUnseparated(),
    ipAddress(),
    macAddress(),
    url(),
    domainName(),
    dateOfBirth(),
    age(),
    dateTime(),
  ];
}
