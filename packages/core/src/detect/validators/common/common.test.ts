import { bech32, bech32m, createBase58check } from '@scure/base';
import { sha256 } from '@noble/hashes/sha2.js';
import { keccak_256 } from '@noble/hashes/sha3.js';
import { describe, expect, it } from 'vitest';
import {
  cardScheme,
  domainNameValidator,
  emailValidator,
  ethereumChecksum,
  isAbaRouting,
  isBic,
  isBitcoinAddress,
  isIban,
  isIPv4,
  isIPv6,
  isPaymentCard,
  isPhoneNumber,
  isPlausibleAge,
  isPlausibleDate,
  luhn,
  mod97,
  phoneRegion,
} from './index.ts';

/** Appends the Luhn check digit to `body`. */
function withLuhn(body: string): string {
  for (let d = 0; d < 10; d++) if (luhn(body + d)) return body + d;
  throw new Error('unreachable');
}

/** Builds an IBAN from a country and BBAN by computing its check digits. */
function makeIban(country: string, bban: string): string {
  const check = 98 - mod97(bban + country + '00');
  return country + String(check).padStart(2, '0') + bban;
}

describe('luhn and cards', () => {
  it('accepts computed check digits and rejects every other last digit', () => {
    const body = '453201511283036';
    const good = withLuhn(body);
    expect(luhn(good)).toBe(true);
    for (let d = 0; d < 10; d++) if (body + d !== good) expect(luhn(body + d)).toBe(false);
    expect(luhn('4')).toBe(false);
    expect(luhn('4111x1111')).toBe(false);
  });
  it.each([
    ['4' + '12345678901234', 'visa'],
    ['5' + '41234567890123', 'mastercard'],
    ['2720' + '12345678901', 'mastercard'],
    ['37' + '123456789012', 'amex'],
    ['6011' + '12345678901', 'discover'],
    ['622200' + '123456789', 'discover'],
    ['36' + '12345678901', 'diners'],
    ['3530' + '12345678901', 'jcb'],
    ['6212' + '34567890123', 'unionpay'],
    ['6759' + '12345678901', 'maestro'],
  ])('knows the scheme of %s', (body, scheme) => {
    const number = withLuhn(body);
    expect(cardScheme(number)).toBe(scheme);
    expect(isPaymentCard(number)).toBe(true);
  });
  it('rejects unknown prefixes and wrong lengths', () => {
    expect(isPaymentCard(withLuhn('990012345678901'))).toBe(false);
    expect(isPaymentCard(withLuhn('3712345678901'))).toBe(false); // Amex is 15 digits
    expect(isPaymentCard(withLuhn('2721' + '12345678901'))).toBe(false); // past the 2-series
  });
});

describe('IBAN', () => {
  it('accepts computed IBANs of several countries, spaced or not, either case', () => {
    for (const [c, bban] of [['DE', '370400440532013000'], ['FR', '20041010050500013M02606'], ['NO', '86011117947'], ['GB', 'NWBK60161331926819']] as const) {
      const iban = makeIban(c, bban);
      expect(isIban(iban)).toBe(true);
      expect(isIban(iban.toLowerCase())).toBe(true);
      expect(isIban(iban.replace(/(.{4})/g, '$1 ').trim())).toBe(true);
    }
  });
  it('rejects wrong check digits, lengths and countries', () => {
    const iban = makeIban('DE', '370400440532013000');
    const wrong = iban.slice(0, 2) + String((Number(iban.slice(2, 4)) + 1) % 100).padStart(2, '0') + iban.slice(4);
    expect(isIban(wrong)).toBe(false);
    expect(isIban(makeIban('DE', '37040044053201300'))).toBe(false);
    expect(isIban(makeIban('XX', '370400440532013000'))).toBe(false);
  });
});

describe('BIC and ABA', () => {
  it('checks BIC structure and country', () => {
    expect(isBic('BNPAFRPP')).toBe(true);
    expect(isBic('BNPAFRPPXXX')).toBe(true);
    expect(isBic('BNPAZZPP')).toBe(false);
    expect(isBic('BNPAFRP0')).toBe(false);
    expect(isBic('BNPAFRPPX')).toBe(false);
  });
  it('checks the ABA 3-7-1 checksum and prefix', () => {
    const w = [3, 7, 1, 3, 7, 1, 3, 7];
    const body = '12100035';
    const sum = [...body].reduce((s, d, i) => s + Number(d) * w[i]!, 0);
    const good = body + ((10 - (sum % 10)) % 10);
    expect(isAbaRouting(good)).toBe(true);
    expect(isAbaRouting(good.slice(0, 8) + ((Number(good[8]) + 1) % 10))).toBe(false);
    expect(isAbaRouting('500000005')).toBe(false); // prefix 50 is not assigned
  });
});

describe('phone numbers', () => {
  it.each([
    ['+1 201 555 0123', 'US'],
    ['+44 20 7946 0958', 'GB'],
    ['0049 30 901820', 'DE'],
    ['+33 1 42 68 53 00', 'FR'],
    ['+81 3-3224-5000', 'JP'],
    ['(201) 555-0123', 'US'],
    ['020 7946 0958', 'GB'],
    ['030 901820', 'DE'],
    ['01 42 68 53 00', 'FR'],
    ['91 123 45 67', 'ES'],
    ['02 8901 2345', 'IT'],
    ['098765 43210', 'IN'],
    ['(11) 98765-4321', 'BR'],
    ['(02) 9374 4000', 'AU'],
    ['03-3224-5000', 'JP'],
  ])('%s is valid in %s', (n, region) => {
    expect(phoneRegion(n, [region])).toBe(region);
    expect(isPhoneNumber(n)).toBe(true);
  });
  it('reads national numbers in the order of the regions given', () => {
    expect(phoneRegion('(201) 555-0123')).toBe('US');
    expect(phoneRegion('03-3224-5000', ['US', 'JP'])).toBe('JP');
    expect(phoneRegion('03-3224-5000', ['US'])).toBe(undefined);
  });
  it('rejects impossible numbers', () => {
    expect(isPhoneNumber('+1 011 555 0123')).toBe(false);
    expect(isPhoneNumber('+999 1234 5678')).toBe(false);
    expect(isPhoneNumber('12')).toBe(false);
    expect(isPhoneNumber('1'.repeat(50))).toBe(false);
  });
});

describe('crypto addresses', () => {
  const b58 = createBase58check(sha256);
  const payload = new Uint8Array(21).map((_, i) => (i * 37 + 11) & 0xff);
  it('accepts Base58Check P2PKH/P2SH and rejects a broken checksum', () => {
    payload[0] = 0x00;
    const p2pkh = b58.encode(payload);
    payload[0] = 0x05;
    const p2sh = b58.encode(payload);
    expect(isBitcoinAddress(p2pkh)).toBe(true);
    expect(isBitcoinAddress(p2sh)).toBe(true);
    const broken = p2pkh.slice(0, -1) + (p2pkh.endsWith('2') ? '3' : '2');
    expect(isBitcoinAddress(broken)).toBe(false);
  });
  it('accepts bech32 v0 and bech32m v1, not swapped encodings', () => {
    const prog20 = new Uint8Array(20).fill(7);
    const prog32 = new Uint8Array(32).fill(9);
    const v0 = bech32.encode('bc', [0, ...bech32.toWords(prog20)]);
    const v1 = bech32m.encode('bc', [1, ...bech32m.toWords(prog32)]);
    expect(isBitcoinAddress(v0)).toBe(true);
    expect(isBitcoinAddress(v0.toUpperCase())).toBe(true);
    expect(isBitcoinAddress(v1)).toBe(true);
    expect(isBitcoinAddress(bech32.encode('bc', [1, ...bech32.toWords(prog32)]))).toBe(false);
    expect(isBitcoinAddress(bech32.encode('bc', [0, ...bech32.toWords(new Uint8Array(25))]))).toBe(false);
  });
  it('checks EIP-55 against a checksum computed here', () => {
    const lower = 'fb6916095ca1df60bb79ce92ce3ea74c37c5d359';
    const hash = keccak_256(new TextEncoder().encode(lower));
    const mixed = [...lower].map((ch, i) => (/[a-f]/.test(ch) && ((hash[i >> 1]! >> (i % 2 ? 0 : 4)) & 15) >= 8 ? ch.toUpperCase() : ch)).join('');
    expect(ethereumChecksum('0x' + mixed)).toBe(true);
    const flipped = mixed.replace(/[a-fA-F]/, (c) => (c === c.toLowerCase() ? c.toUpperCase() : c.toLowerCase()));
    expect(ethereumChecksum('0x' + flipped)).toBe(false);
    expect(ethereumChecksum('0x' + lower)).toBe(undefined);
    expect(ethereumChecksum('0x' + lower.slice(1))).toBe(false);
  });
});

describe('IP, domains, email', () => {
  it('checks IPv4 and IPv6 forms', () => {
    expect(isIPv4('0.0.0.0')).toBe(true);
    expect(isIPv4('1.2.3')).toBe(false);
    for (const v of ['2001:db8:0:0:0:0:2:1', '2001:db8::2:1', '::1', 'fe80::', '::ffff:10.0.0.1']) expect(isIPv6(v)).toBe(true);
    for (const v of ['2001:db8::2::1', '1:2:3:4:5:6:7:8:9', '00:1a:2b:3c:4d:5e', '12345::1', '::']) expect(isIPv6(v)).toBe(false);
  });
  it('grades TLDs', () => {
    expect(domainNameValidator('sub.example.co.uk')).toBe(true);
    expect(domainNameValidator('www.example.py')).toBe(true);
    expect(domainNameValidator('README.md')).toBe(undefined);
    expect(domainNameValidator('archive.tar')).toBe(false);
    expect(domainNameValidator('a..b.com')).toBe(false);
    expect(emailValidator('a.b+tag@mail.example.de')).toBe(true);
    expect(emailValidator('a..b@example.com')).toBe(false);
  });
});

describe('dates and ages', () => {
  it('checks calendar dates', () => {
    expect(isPlausibleDate('2000-02-29')).toBe(true);
    expect(isPlausibleDate('1900-02-29')).toBe(false);
    expect(isPlausibleDate('12/31/99')).toBe(true);
    expect(isPlausibleDate('13/13/2020')).toBe(false);
    expect(isPlausibleDate('March 32, 2020')).toBe(false);
    expect(isPlausibleDate('3rd March 2020')).toBe(true);
  });
  it('checks ages', () => {
    expect(isPlausibleAge('1')).toBe(true);
    expect(isPlausibleAge('125')).toBe(true);
    expect(isPlausibleAge('126')).toBe(false);
    expect(isPlausibleAge('0')).toBe(false);
    expect(isPlausibleAge('07')).toBe(false);
  });
});
