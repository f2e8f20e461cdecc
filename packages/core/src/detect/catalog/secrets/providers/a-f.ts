/**
 * gitleaks' default rules, providers A–F (and 1Password), as airlock detectors. Each entry states
 * the format of the provider's credential; the builders make the pattern and the samples.
 *
 * @internal
 * @module
 */
import { bech32 } from '@scure/base';
import type { Detector, Validator } from '../../../types.ts';
import {
  ALNUM, BASE32, BASE64, DIGITS, HEX, HEX_ANY, URLSAFE, URLSAFE_EQ, UPPER_ALNUM,
  assignedSecret as kv, chars, choice, customSecret, folded, prefixedToken as token, run,
} from '../build.ts';

const AGE = chars('QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L', 'QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L');
const AZURE_HEAD = chars('a-zA-Z0-9_~.', 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_~.');
const AZURE_BODY = chars('a-zA-Z0-9_~.\\-', 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_~.-');
const AUTHRESS_TAIL = chars('a-zA-Z0-9+/_=\\-', 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789+/_=-');
const LOWER_ALNUM_DASH = chars('a-z0-9\\-', 'abcdefghijklmnopqrstuvwxyz0123456789-');
const HEX_A_H = chars('a-hA-H0-9', 'abcdefghABCDEFGH0123456789');
const PAD = chars('=', '=');
const PHP_FILE = '(?i)\\.(?:php|phtml)$';

/**
 * An age secret key is bech32 (human-readable part `age-secret-key-`, upper case) of 32 bytes: a
 * value whose checksum holds is certainly one (score 1). A value whose checksum fails is left to the
 * other checks (a mistyped or truncated copy still leaks most of the key).
 */
const ageChecksum: Validator = (value) => {
  const decoded = bech32.decodeUnsafe(value.toLowerCase(), 90);
  if (!decoded || decoded.prefix !== 'age-secret-key-') return undefined;
  const key = bech32.fromWordsUnsafe(decoded.words);
  return key !== undefined && key.length === 32 ? true : undefined;
};

/** Detectors for providers A–F. @internal */
// @__NO_SIDE_EFFECTS__
export function secretsAToF(): Detector[] {
  return [
    token({
      id: '1password-secret-key', type: 'ONEPASSWORD_SECRET_KEY', description: '1Password account secret key (A3-…)',
      value: ['A3-', run(UPPER_ALNUM, 6), '-', choice([run(UPPER_ALNUM, 11)], [run(UPPER_ALNUM, 6), '-', run(UPPER_ALNUM, 5)]), '-', run(UPPER_ALNUM, 5), '-', run(UPPER_ALNUM, 5), '-', run(UPPER_ALNUM, 5)],
      minEntropy: 3.8,
    }),
    token({
      id: '1password-service-account-token', type: 'ONEPASSWORD_SERVICE_ACCOUNT_TOKEN', description: '1Password service account token (ops_eyJ…)',
      value: ['ops_eyJ', run(BASE64, 250, Infinity), run(PAD, 0, 3)], minEntropy: 4, boundary: false,
    }),
    kv({ id: 'adafruit-api-key', type: 'ADAFRUIT_API_KEY', description: 'Adafruit IO API key', names: ['adafruit'], value: [run(URLSAFE, 32)] }),
    kv({ id: 'adobe-client-id', type: 'ADOBE_CLIENT_ID', description: 'Adobe OAuth client id', names: ['adobe'], value: [run(HEX_ANY, 32)], minEntropy: 2, level: 'confidential' }),
    token({ id: 'adobe-client-secret', type: 'ADOBE_CLIENT_SECRET', description: 'Adobe OAuth client secret (p8e-…)', value: ['p8e-', run(ALNUM, 32)], minEntropy: 2 }),
    token({ id: 'age-secret-key', type: 'AGE_SECRET_KEY', description: 'age encryption secret key', value: ['AGE-SECRET-KEY-1', run(AGE, 58)], validators: [ageChecksum] }),
    kv({ id: 'airtable-api-key', type: 'AIRTABLE_API_KEY', description: 'Airtable legacy API key', names: ['airtable'], value: [run(ALNUM, 17)] }),
    token({
      id: 'airtable-personnal-access-token', type: 'AIRTABLE_PERSONAL_ACCESS_TOKEN', description: 'Airtable personal access token (pat….…)',
      value: ['pat', run(ALNUM, 14), '.', run(HEX, 64)],
    }),
    kv({ id: 'algolia-api-key', type: 'ALGOLIA_API_KEY', description: 'Algolia API key', names: ['algolia'], value: [run(ALNUM, 32)] }),
    token({ id: 'alibaba-access-key-id', type: 'ALIBABA_ACCESS_KEY_ID', description: 'Alibaba Cloud AccessKey id (LTAI…)', value: ['LTAI', run(ALNUM, 20)], minEntropy: 2 }),
    kv({ id: 'alibaba-secret-key', type: 'ALIBABA_SECRET_KEY', description: 'Alibaba Cloud AccessKey secret', names: ['alibaba'], value: [run(ALNUM, 30)], minEntropy: 2 }),
    // Anthropic's console keys end in `AA`, which a longer run of the alphabet must not follow.
    token({
      id: 'anthropic-admin-api-key', type: 'ANTHROPIC_ADMIN_API_KEY', description: 'Anthropic Admin API key (sk-ant-admin01-…)',
      value: ['sk-ant-admin01-', run(URLSAFE, 93), 'AA'], minEntropy: 3.5,
    }),
    token({
      id: 'anthropic-api-key', type: 'ANTHROPIC_API_KEY', description: 'Anthropic API key (sk-ant-api03-…)',
      value: ['sk-ant-api03-', run(URLSAFE, 93), 'AA'], minEntropy: 3.5,
    }),
    token({ id: 'artifactory-api-key', type: 'ARTIFACTORY_API_KEY', description: 'JFrog Artifactory API key (AKCp…)', value: ['AKCp', run(ALNUM, 69)], minEntropy: 4.5 }),
    token({ id: 'artifactory-reference-token', type: 'ARTIFACTORY_REFERENCE_TOKEN', description: 'JFrog Artifactory reference token (cmVmd…)', value: ['cmVmd', run(ALNUM, 59)], minEntropy: 4.5 }),
    kv({ id: 'asana-client-id', type: 'ASANA_CLIENT_ID', description: 'Asana OAuth client id', names: ['asana'], value: [run(DIGITS, 16)], level: 'confidential' }),
    kv({ id: 'asana-client-secret', type: 'ASANA_CLIENT_SECRET', description: 'Asana OAuth client secret', names: ['asana'], value: [run(ALNUM, 32)] }),
    kv({
      id: 'atlassian-api-token', type: 'ATLASSIAN_API_TOKEN', description: 'Atlassian (Jira, Confluence) API token',
      names: ['atlassian', 'confluence', 'jira'], value: [run(ALNUM, 20), run(HEX_ANY, 4)], minEntropy: 3.5,
    }),
    token({
      id: 'atlassian-api-token-v2', type: 'ATLASSIAN_API_TOKEN', description: 'Atlassian API token, self-identifying form (ATATT3…)',
      value: ['ATATT3', run(URLSAFE_EQ, 186)], minEntropy: 3.5,
    }),
    token({
      id: 'authress-service-client-access-key', type: 'AUTHRESS_ACCESS_KEY', description: 'Authress service client access key',
      value: [choice(['sc'], ['ext'], ['scauth'], ['authress']), '_', run(ALNUM, 5, 30), '.', run(ALNUM, 4, 6), '.acc', choice(['_'], ['-']), run(LOWER_ALNUM_DASH, 10, 32), '.', run(AUTHRESS_TAIL, 30, 120)],
      keywords: ['sc_', 'ext_', 'scauth_', 'authress_'], minEntropy: 2,
    }),
    token({
      id: 'aws-access-token', type: 'AWS_ACCESS_KEY_ID', description: 'AWS access key id (AKIA…, ASIA…)',
      value: [choice(['A3T', run(UPPER_ALNUM, 1)], ['AKIA'], ['ASIA'], ['ABIA'], ['ACCA']), run(BASE32, 16)],
      keywords: ['a3t', 'akia', 'asia', 'abia', 'acca'], minEntropy: 3,
    }),
    token({
      id: 'aws-amazon-bedrock-api-key-long-lived', type: 'AWS_BEDROCK_API_KEY', description: 'Amazon Bedrock long-term API key (ABSK…)',
      value: ['ABSK', run(BASE64, 109, 269), run(PAD, 0, 2)], minEntropy: 3,
    }),
    customSecret({
      id: 'aws-amazon-bedrock-api-key-short-lived', type: 'AWS_BEDROCK_API_KEY', description: 'Amazon Bedrock short-term API key (bedrock-api-key-…)',
      // After the prefix comes base64 of the service host and a presigned query; the host part is fixed.
      patterns: ['\\b(bedrock-api-key-YmVkcm9jay5hbWF6b25hd3MuY29t[a-zA-Z0-9+/]{0,1000}={0,2})(?:[^a-zA-Z0-9+/=]|$)'], group: 1,
      keywords: ['bedrock-api-key-'], minEntropy: 3,
      positives: [
        { text: 'AWS_BEARER_TOKEN_BEDROCK=bedrock-api-key-YmVkcm9jay5hbWF6b25hd3MuY29tLz9BY3Rpb249Q2FsbFdpdGhCZWFyZXJUb2tlbg==', value: 'bedrock-api-key-YmVkcm9jay5hbWF6b25hd3MuY29tLz9BY3Rpb249Q2FsbFdpdGhCZWFyZXJUb2tlbg==' },
        'token: bedrock-api-key-YmVkcm9jay5hbWF6b25hd3MuY29t',
      ],
      negatives: ['bedrock-api-key-', 'bedrock-api-key-YmVkcm9jay5hbWF6b25hd3MuY29q'],
    }),
    token({
      id: 'azure-ad-client-secret', type: 'AZURE_AD_CLIENT_SECRET', description: 'Microsoft Entra (Azure AD) application client secret',
      value: [run(AZURE_HEAD, 3), run(DIGITS, 1), 'Q~', run(AZURE_BODY, 31, 34)], keywords: ['q~'], minEntropy: 3, boundary: false,
    }),
    kv({ id: 'beamer-api-token', type: 'BEAMER_API_TOKEN', description: 'Beamer API token', names: ['beamer'], value: ['b_', run(URLSAFE_EQ, 44)] }),
    kv({ id: 'bitbucket-client-id', type: 'BITBUCKET_CLIENT_ID', description: 'Bitbucket OAuth client id', names: ['bitbucket'], value: [run(ALNUM, 32)], level: 'confidential' }),
    kv({ id: 'bitbucket-client-secret', type: 'BITBUCKET_CLIENT_SECRET', description: 'Bitbucket OAuth client secret', names: ['bitbucket'], value: [run(URLSAFE_EQ, 64)] }),
    kv({ id: 'bittrex-access-key', type: 'BITTREX_ACCESS_KEY', description: 'Bittrex API access key', names: ['bittrex'], value: [run(ALNUM, 32)] }),
    kv({ id: 'bittrex-secret-key', type: 'BITTREX_SECRET_KEY', description: 'Bittrex API secret key', names: ['bittrex'], value: [run(ALNUM, 32)] }),
    kv({ id: 'cisco-meraki-api-key', type: 'CISCO_MERAKI_API_KEY', description: 'Cisco Meraki dashboard API key', names: ['meraki'], value: [run(HEX, 40)], minEntropy: 3 }),
    token({ id: 'clickhouse-cloud-api-secret-key', type: 'CLICKHOUSE_API_SECRET', description: 'ClickHouse Cloud API secret key (4b1d…)', value: ['4b1d', run(ALNUM, 38)], minEntropy: 3 }),
    token({ id: 'clojars-api-token', type: 'CLOJARS_API_TOKEN', description: 'Clojars deploy token (CLOJARS_…)', value: [folded('CLOJARS_'), run(ALNUM, 60)], minEntropy: 2 }),
    kv({ id: 'cloudflare-api-key', type: 'CLOUDFLARE_API_KEY', description: 'Cloudflare API token', names: ['cloudflare'], value: [run(URLSAFE, 40)], minEntropy: 2 }),
    kv({ id: 'cloudflare-global-api-key', type: 'CLOUDFLARE_API_KEY', description: 'Cloudflare global API key', names: ['cloudflare'], value: [run(HEX_ANY, 37)], minEntropy: 2 }),
    token({ id: 'cloudflare-origin-ca-key', type: 'CLOUDFLARE_ORIGIN_CA_KEY', description: 'Cloudflare Origin CA key (v1.0-…)', value: ['v1.0-', run(HEX, 24), '-', run(HEX, 146)], minEntropy: 2 }),
    kv({ id: 'codecov-access-token', type: 'CODECOV_ACCESS_TOKEN', description: 'Codecov access token', names: ['codecov'], value: [run(ALNUM, 32)] }),
    kv({
      id: 'cohere-api-token', type: 'COHERE_API_KEY', description: 'Cohere API key', names: ['cohere', 'co_api_key'], value: [run(ALNUM, 40)], minEntropy: 4,
    }),
    kv({ id: 'coinbase-access-token', type: 'COINBASE_ACCESS_TOKEN', description: 'Coinbase access token', names: ['coinbase'], value: [run(URLSAFE, 64)] }),
    kv({ id: 'confluent-access-token', type: 'CONFLUENT_ACCESS_TOKEN', description: 'Confluent Cloud API key', names: ['confluent'], value: [run(ALNUM, 16)] }),
    kv({ id: 'confluent-secret-key', type: 'CONFLUENT_SECRET_KEY', description: 'Confluent Cloud API secret', names: ['confluent'], value: [run(ALNUM, 64)] }),
    kv({ id: 'contentful-delivery-api-token', type: 'CONTENTFUL_API_TOKEN', description: 'Contentful delivery API token', names: ['contentful'], value: [run(URLSAFE_EQ, 43)] }),
    token({ id: 'databricks-api-token', type: 'DATABRICKS_API_TOKEN', description: 'Databricks personal access token (dapi…)', value: ['dapi', run(HEX, 32)], minEntropy: 3 }),
    kv({ id: 'datadog-access-token', type: 'DATADOG_ACCESS_TOKEN', description: 'Datadog API or application key', names: ['datadog'], value: [run(ALNUM, 40)] }),
    token({
      id: 'defined-networking-api-token', type: 'DEFINED_NETWORKING_API_TOKEN', description: 'Defined Networking (Nebula) API token (dnkey-…)',
      value: ['dnkey-', run(URLSAFE_EQ, 26), '-', run(URLSAFE_EQ, 52)],
    }),
    token({ id: 'digitalocean-access-token', type: 'DIGITALOCEAN_TOKEN', description: 'DigitalOcean OAuth access token (doo_v1_…)', value: ['doo_v1_', run(HEX, 64)], minEntropy: 3 }),
    token({ id: 'digitalocean-pat', type: 'DIGITALOCEAN_TOKEN', description: 'DigitalOcean personal access token (dop_v1_…)', value: ['dop_v1_', run(HEX, 64)], minEntropy: 3 }),
    token({ id: 'digitalocean-refresh-token', type: 'DIGITALOCEAN_TOKEN', description: 'DigitalOcean OAuth refresh token (dor_v1_…)', value: [folded('dor_v1_'), run(HEX_ANY, 64)] }),
    kv({ id: 'discord-api-token', type: 'DISCORD_API_TOKEN', description: 'Discord API token', names: ['discord'], value: [run(HEX_ANY, 64)] }),
    kv({ id: 'discord-client-id', type: 'DISCORD_CLIENT_ID', description: 'Discord OAuth client id', names: ['discord'], value: [run(DIGITS, 18)], minEntropy: 2, level: 'confidential' }),
    kv({ id: 'discord-client-secret', type: 'DISCORD_CLIENT_SECRET', description: 'Discord OAuth client secret', names: ['discord'], value: [run(URLSAFE_EQ, 32)], minEntropy: 2 }),
    token({ id: 'doppler-api-token', type: 'DOPPLER_API_TOKEN', description: 'Doppler personal token (dp.pt.…)', value: ['dp.pt.', run(ALNUM, 43)], minEntropy: 2 }),
    kv({ id: 'droneci-access-token', type: 'DRONECI_ACCESS_TOKEN', description: 'Drone CI access token', names: ['droneci'], value: [run(ALNUM, 32)] }),
    kv({ id: 'dropbox-api-token', type: 'DROPBOX_API_TOKEN', description: 'Dropbox API secret', names: ['dropbox'], value: [run(ALNUM, 15)] }),
    kv({
      id: 'dropbox-long-lived-api-token', type: 'DROPBOX_API_TOKEN', description: 'Dropbox long-lived access token',
      names: ['dropbox'], value: [run(ALNUM, 11), 'AAAAAAAAAA', run(URLSAFE_EQ, 43)],
    }),
    kv({
      id: 'dropbox-short-lived-api-token', type: 'DROPBOX_API_TOKEN', description: 'Dropbox short-lived access token (sl.…)',
      names: ['dropbox'], value: ['sl.', run(URLSAFE_EQ, 135)],
    }),
    token({
      id: 'duffel-api-token', type: 'DUFFEL_API_TOKEN', description: 'Duffel API token (duffel_live_…, duffel_test_…)',
      value: ['duffel_', choice(['test'], ['live']), '_', run(URLSAFE_EQ, 43)], minEntropy: 2,
    }),
    token({
      id: 'dynatrace-api-token', type: 'DYNATRACE_API_TOKEN', description: 'Dynatrace API token (dt0c01.…)',
      value: ['dt0c01.', run(ALNUM, 24), '.', run(ALNUM, 64)], minEntropy: 4,
    }),
    token({ id: 'easypost-api-token', type: 'EASYPOST_API_TOKEN', description: 'EasyPost production API key (EZAK…)', value: ['EZAK', run(ALNUM, 54)], minEntropy: 2 }),
    token({ id: 'easypost-test-api-token', type: 'EASYPOST_API_TOKEN', description: 'EasyPost test API key (EZTK…)', value: ['EZTK', run(ALNUM, 54)], minEntropy: 2 }),
    kv({ id: 'etsy-access-token', type: 'ETSY_ACCESS_TOKEN', description: 'Etsy API key', names: ['etsy'], value: [run(ALNUM, 24)], minEntropy: 3 }),
    token({
      id: 'facebook-access-token', type: 'FACEBOOK_ACCESS_TOKEN', description: 'Facebook app access token (app id|secret)',
      // An app id, `|` (or `%`, as in `%7C`), then the app secret or a signature: no fixed word in it.
      value: [run(DIGITS, 15, 16), run(chars('|%', '|%'), 1), run(URLSAFE, 27, 40)], keywords: [], minEntropy: 3,
      positives: [{ text: 'facebook app token 123456789012345|Zq3vT8xkW2pLmN9cR4sYbJ7hGf1', value: '123456789012345|Zq3vT8xkW2pLmN9cR4sYbJ7hGf1' }],
      negatives: ['facebook order 123456789012345|Zq3vT8 shipped'],
    }),
    token({
      id: 'facebook-page-access-token', type: 'FACEBOOK_ACCESS_TOKEN', description: 'Facebook page or user access token (EAAM…, EAAC…)',
      value: [choice(['EAAM'], ['EAAC']), run(ALNUM, 100, 400)], keywords: ['eaam', 'eaac'], minEntropy: 4,
    }),
    kv({ id: 'facebook-secret', type: 'FACEBOOK_APP_SECRET', description: 'Facebook app secret', names: ['facebook'], value: [run(HEX_ANY, 32)], minEntropy: 3 }),
    kv({ id: 'fastly-api-token', type: 'FASTLY_API_TOKEN', description: 'Fastly API token', names: ['fastly'], value: [run(URLSAFE_EQ, 32)] }),
    kv({ id: 'finicity-api-token', type: 'FINICITY_API_TOKEN', description: 'Finicity API token', names: ['finicity'], value: [run(HEX_ANY, 32)] }),
    kv({ id: 'finicity-client-secret', type: 'FINICITY_CLIENT_SECRET', description: 'Finicity client secret', names: ['finicity'], value: [run(ALNUM, 20)] }),
    kv({ id: 'finnhub-access-token', type: 'FINNHUB_ACCESS_TOKEN', description: 'Finnhub API token', names: ['finnhub'], value: [run(ALNUM, 20)] }),
    kv({ id: 'flickr-access-token', type: 'FLICKR_ACCESS_TOKEN', description: 'Flickr API key', names: ['flickr'], value: [run(ALNUM, 32)] }),
    token({
      id: 'flutterwave-encryption-key', type: 'FLUTTERWAVE_KEY', description: 'Flutterwave test encryption key (FLWSECK_TEST-…)',
      value: [folded('FLWSECK_TEST-'), run(HEX_A_H, 12)], minEntropy: 2,
    }),
    token({
      id: 'flutterwave-public-key', type: 'FLUTTERWAVE_KEY', description: 'Flutterwave test public key (FLWPUBK_TEST-…-X)',
      value: [folded('FLWPUBK_TEST-'), run(HEX_A_H, 32), '-X'], minEntropy: 2, level: 'confidential',
    }),
    token({
      id: 'flutterwave-secret-key', type: 'FLUTTERWAVE_KEY', description: 'Flutterwave test secret key (FLWSECK_TEST-…-X)',
      value: [folded('FLWSECK_TEST-'), run(HEX_A_H, 32), '-X'], minEntropy: 2,
    }),
    token({
      id: 'flyio-access-token', type: 'FLYIO_ACCESS_TOKEN', description: 'Fly.io API or macaroon token (fo1_…, fm1a_…, fm2_…)',
      value: [choice(['fo1_', run(URLSAFE, 43)], ['fm1', run(chars('ar', 'ar'), 1), '_', run(BASE64, 100, Infinity), run(PAD, 0, 3)], ['fm2_', run(BASE64, 100, Infinity), run(PAD, 0, 3)])],
      keywords: ['fo1_', 'fm1', 'fm2_'], minEntropy: 4,
    }),
    token({ id: 'frameio-api-token', type: 'FRAMEIO_API_TOKEN', description: 'Frame.io developer token (fio-u-…)', value: ['fio-u-', run(URLSAFE_EQ, 64)] }),
    customSecret({
      id: 'freemius-secret-key', type: 'FREEMIUS_SECRET_KEY', description: "Freemius secret key in a PHP array ('secret_key' => 'sk_…')",
      patterns: [`(?i)["']secret_key["'][ \\t]{0,8}=>[ \\t]{0,8}["'](sk_[^\\s'"]{29})["']`], group: 1, keywords: ['secret_key'],
      // A PHP array: in a file that is not PHP, `'secret_key' => 'sk_…'` is something else.
      path: PHP_FILE,
      positives: [
        { text: "'secret_key' => 'sk_Qm4?Zr7^Lp2;Tx9&Wc5@Hv8!Nb3#K',", value: 'sk_Qm4?Zr7^Lp2;Tx9&Wc5@Hv8!Nb3#K' },
        { text: "'secret_key' => 'sk_Qm4?Zr7^Lp2;Tx9&Wc5@Hv8!Nb3#K',", path: 'app/config/freemius.php' },
      ],
      negatives: [
        "'secret_key' => 'sk_short',", "'public_key' => 'pk_Qm4?Zr7^Lp2;Tx9&Wc5@Hv8!Nb3#K',",
        { text: "'secret_key' => 'sk_Qm4?Zr7^Lp2;Tx9&Wc5@Hv8!Nb3#K',", path: 'docs/freemius.html' },
      ],
    }),
    kv({ id: 'freshbooks-access-token', type: 'FRESHBOOKS_ACCESS_TOKEN', description: 'FreshBooks access token', names: ['freshbooks'], value: [run(ALNUM, 64)] }),
  ];
}
