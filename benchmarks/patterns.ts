/**
 * The benchmark's pattern set: typical PII and secret detectors, written for this benchmark from the
 * public descriptions of each format.
 *
 * Every pattern is in the subset of syntax where RE2 and JavaScript `RegExp` (with the `u` flag) mean
 * the same thing, so that native `RegExp`, the `re2` binding and the airlock set can run the very same
 * source and must report the very same matches:
 *
 * - no `\s` (RE2's is ASCII only, JavaScript's includes Unicode spaces): spaces are spelled `[ \t]`;
 * - no `.` (JavaScript's excludes `\r`, U+2028 and U+2029, RE2's only `\n`): negated classes instead;
 * - no inline flags (Node 20 has no `(?i)`): case variants are spelled out;
 * - no `^`/`$`, no lookaround, no backreferences, no named groups, no `\x{…}`;
 * - `\b`, `\d` and `\w` are ASCII in both engines (JavaScript without `i`), and none of these
 *   patterns can match the empty string, so the global loops of all engines advance the same way;
 * - `-` in a class comes last, `/` is never escaped (it is not special outside a literal).
 *
 * Repeats are bounded, as a real detector's would be. Several bounds are wide on purpose
 * (`{20,160}`, `{8,1000}`; RE2 caps counts at 1000): they are what a lazy DFA finds hard, and the
 * adversarial corpus aims at them.
 *
 * @module
 */

/** One benchmark pattern. */
export interface BenchPattern {
  /** Short kebab-case id, also the id of the entity kind that the corpus plants for it. */
  readonly id: string;
  /** The entity type, in DESIGN.md's UPPER_SNAKE naming. */
  readonly type: string;
  /** The pattern, valid for RE2 and for `new RegExp(source, 'u')` with the same meaning. */
  readonly source: string;
}

const HEX = '[0-9A-Fa-f]';
const B64URL = '[A-Za-z0-9_-]';
const IPV4_OCTET = '(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])';

/** The patterns, in the order their indices are reported. */
export const PATTERNS: readonly BenchPattern[] = [
  {
    id: 'email',
    type: 'EMAIL_ADDRESS',
    source: String.raw`\b[A-Za-z0-9._%+-]{1,64}@(?:[A-Za-z0-9-]{1,63}\.){1,8}[A-Za-z]{2,24}\b`,
  },
  {
    id: 'us-ssn',
    type: 'US_SSN',
    source: String.raw`\b(?:[0-6][0-9]{2}|7[0-6][0-9]|77[0-2])-[0-9]{2}-[0-9]{4}\b`,
  },
  {
    id: 'credit-card',
    type: 'CREDIT_CARD',
    source: String.raw`\b(?:[0-9][ -]?){12,18}[0-9]\b`,
  },
  {
    id: 'iban',
    type: 'IBAN_CODE',
    source: String.raw`\b[A-Z]{2}[0-9]{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?\b`,
  },
  {
    id: 'ipv4',
    type: 'IP_ADDRESS',
    source: String.raw`\b(?:${IPV4_OCTET}\.){3}${IPV4_OCTET}\b`,
  },
  {
    id: 'ipv6',
    type: 'IP_ADDRESS',
    // Full form, or one `::` compression with at least one group on each side (simplified).
    source: String.raw`\b(?:${HEX}{1,4}:){7}${HEX}{1,4}\b|\b(?:${HEX}{1,4}:){1,6}(?::${HEX}{1,4}){1,6}\b`,
  },
  {
    id: 'us-phone',
    type: 'PHONE_NUMBER',
    source: String.raw`(?:\+1[ .-]?)?(?:\([2-9][0-9]{2}\)|\b[2-9][0-9]{2})[ .-]?[2-9][0-9]{2}[ .-][0-9]{4}\b`,
  },
  {
    id: 'intl-phone',
    type: 'PHONE_NUMBER',
    source: String.raw`\+[1-9][0-9]{0,2}[ .-]?(?:[0-9]{1,4}[ .-]?){2,5}[0-9]{2,4}\b`,
  },
  {
    id: 'url',
    type: 'URL',
    source: String.raw`\bhttps?://[A-Za-z0-9.-]{1,253}(?::[0-9]{1,5})?(?:[/?#][^ \t\r\n"'<>]{0,256})?`,
  },
  {
    id: 'aws-access-key-id',
    type: 'AWS_ACCESS_KEY_ID',
    source: String.raw`\b(?:AKIA|ASIA)[0-9A-Z]{16}\b`,
  },
  {
    id: 'aws-secret-access-key',
    type: 'AWS_SECRET_ACCESS_KEY',
    source: String.raw`\b(?:aws|AWS)_?(?:secret|SECRET)_?(?:access|ACCESS)?_?(?:key|KEY)["']?[ \t]{0,4}[:=][ \t]{0,4}["']?[A-Za-z0-9/+]{40}`,
  },
  {
    id: 'github-token',
    type: 'GITHUB_TOKEN',
    source: String.raw`\bgh[pousr]_[A-Za-z0-9]{36}\b`,
  },
  {
    id: 'github-fine-grained-pat',
    type: 'GITHUB_TOKEN',
    source: String.raw`\bgithub_pat_[A-Za-z0-9]{22}_[A-Za-z0-9]{59}\b`,
  },
  {
    id: 'gitlab-pat',
    type: 'GITLAB_TOKEN',
    source: String.raw`\bglpat-[A-Za-z0-9_-]{20}\b`,
  },
  {
    id: 'slack-token',
    type: 'SLACK_TOKEN',
    source: String.raw`\bxox[abposr]-(?:[0-9]{10,13}-){1,3}[A-Za-z0-9]{24,34}\b`,
  },
  {
    id: 'slack-webhook',
    type: 'SLACK_WEBHOOK_URL',
    source: String.raw`https://hooks\.slack\.com/services/T[A-Z0-9]{8,10}/B[A-Z0-9]{8,10}/[A-Za-z0-9]{24}`,
  },
  {
    id: 'stripe-key',
    type: 'STRIPE_API_KEY',
    source: String.raw`\b(?:sk|rk|pk)_(?:live|test)_[A-Za-z0-9]{24,99}\b`,
  },
  {
    id: 'openai-key',
    type: 'OPENAI_API_KEY',
    source: String.raw`\bsk-(?:proj-|svcacct-|admin-)?${B64URL}{20,160}T3BlbkFJ${B64URL}{20,160}`,
  },
  {
    id: 'anthropic-key',
    type: 'ANTHROPIC_API_KEY',
    source: String.raw`\bsk-ant-(?:api|admin)[0-9]{2}-${B64URL}{80,100}\b`,
  },
  {
    id: 'google-api-key',
    type: 'GCP_API_KEY',
    source: String.raw`\bAIza${B64URL}{35}`,
  },
  {
    id: 'jwt',
    type: 'JSON_WEB_TOKEN',
    source: String.raw`\beyJ${B64URL}{8,1000}\.eyJ${B64URL}{8,1000}\.${B64URL}{16,1000}`,
  },
  {
    id: 'private-key',
    type: 'PRIVATE_KEY',
    source: String.raw`-----BEGIN (?:RSA |EC |DSA |OPENSSH |ENCRYPTED |PGP )?PRIVATE KEY(?: BLOCK)?-----`,
  },
  {
    id: 'password-assignment',
    type: 'PASSWORD',
    source: String.raw`\b(?:password|passwd|pwd|PASSWORD|Password|secret|SECRET)["']?[ \t]{0,4}[:=][ \t]{0,4}["']?[^ \t\r\n"',;]{6,128}`,
  },
  {
    id: 'uk-nino',
    type: 'UK_NINO',
    source: String.raw`\b[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z] ?[0-9]{2} ?[0-9]{2} ?[0-9]{2} ?[A-D]\b`,
  },
  {
    id: 'date-of-birth',
    type: 'DATE_OF_BIRTH',
    source: String.raw`\b(?:DOB|dob|D\.O\.B\.|[Dd]ate of [Bb]irth|[Bb]orn(?: on)?)["']?[:= \t]{1,4}["']?(?:[0-9]{1,2}[/.-][0-9]{1,2}[/.-](?:19|20)[0-9]{2}|(?:19|20)[0-9]{2}-[0-9]{2}-[0-9]{2})\b`,
  },
  {
    id: 'mac-address',
    type: 'MAC_ADDRESS',
    source: String.raw`\b${HEX}{2}(?:[:-]${HEX}{2}){5}\b`,
  },
  {
    id: 'npm-token',
    type: 'NPM_TOKEN',
    source: String.raw`\bnpm_[A-Za-z0-9]{36}\b`,
  },
  {
    id: 'sendgrid-key',
    type: 'SENDGRID_API_KEY',
    source: String.raw`\bSG\.${B64URL}{22}\.${B64URL}{43}`,
  },
  {
    id: 'twilio-account-sid',
    type: 'TWILIO_ACCOUNT_SID',
    source: String.raw`\bAC[0-9a-f]{32}\b`,
  },
  {
    id: 'azure-storage-key',
    type: 'AZURE_STORAGE_KEY',
    source: String.raw`\bAccountKey=[A-Za-z0-9+/]{86}==`,
  },
  {
    id: 'db-connection-url',
    type: 'DATABASE_URL',
    source: String.raw`\b(?:postgres(?:ql)?|mysql|mongodb(?:\+srv)?|redis|amqps?)://[^ \t\r\n:/@"']{1,64}:[^ \t\r\n/@"']{1,128}@[A-Za-z0-9.-]{1,253}`,
  },
  {
    id: 'bearer-token',
    type: 'BEARER_TOKEN',
    source: String.raw`\b[Bb]earer[ \t]{1,4}[A-Za-z0-9._~+/-]{20,512}={0,2}`,
  },
];

/** The pattern sources, in order, as `compileSet` takes them. */
export const PATTERN_SOURCES: readonly string[] = PATTERNS.map((p) => p.source);
