/**
 * Validators shared by contact, network and financial detectors.
 *
 * @module
 */
export { luhn } from './luhn.ts';
export { cardScheme, isPaymentCard, type CardScheme } from './paymentCard.ts';
export { isCountryCode } from './countries.ts';
export { isIban, mod97 } from './iban.ts';
export { isBic } from './bic.ts';
export { isAbaRouting } from './abaRouting.ts';
export { isPhoneNumber, phoneRegion, PHONE_REGIONS } from './phoneNumber.ts';
export { ethereumChecksum, isBitcoinAddress } from './cryptoAddress.ts';
export { ipAddressValidator, isIPv4, isIPv6 } from './ipAddress.ts';
export { domainNameValidator, emailValidator, isHostName, tldStrength } from './domainName.ts';
export { isPlausibleAge, isPlausibleDate } from './dates.ts';
