/**
 * gitleaks' default rules, providers S–Z, as airlock detectors.
 *
 * @internal
 * @module
 */
import type { Detector } from '../../../types.ts';
import {
  ALNUM, BASE64, DIGITS, HEX, HEX_ANY, URLSAFE, URLSAFE_EQ, UUID,
  assignedSecret as kv, chars, choice, customSecret, folded, prefixedToken as token, run,
} from '../build.ts';

const PAD = chars('=', '=');
const SENDGRID = chars('a-zA-Z0-9=_.\\-', 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789=_.-');
const ALNUM_DASH = chars('a-zA-Z0-9\\-', 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-');
const PERCENT = chars('a-zA-Z0-9%', 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789%');
const TYPEFORM = chars('a-zA-Z0-9_.=\\-', 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_.=-');

function hasDigit(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x30 && c <= 0x39) return true;
  }
  return false;
}

/** SettleMint's `sm_<kind>_` + 16 letters and digits. */
function settlemint(kind: string, what: string): Detector {
  return token({
    id: `settlemint-${what}-access-token`, type: 'SETTLEMINT_TOKEN', description: `SettleMint ${what} access token (sm_${kind}_…)`,
    value: [`sm_${kind}_`, run(ALNUM, 16)], minEntropy: 3,
  });
}

/** Shopify's `shp<kind>_` + 32 hex digits. */
function shopify(id: string, kind: string, type: string, description: string): Detector {
  return token({ id, type, description, value: [`shp${kind}_`, run(HEX_ANY, 32)], minEntropy: 2 });
}

/** Detectors for providers S–Z. @internal */
// @__NO_SIDE_EFFECTS__
export function secretsSToZ(): Detector[] {
  return [
    token({ id: 'scalingo-api-token', type: 'SCALINGO_API_TOKEN', description: 'Scalingo API token (tk-us-…)', value: ['tk-us-', run(URLSAFE, 48)], minEntropy: 2 }),
    kv({ id: 'sendbird-access-id', type: 'SENDBIRD_ACCESS_ID', description: 'Sendbird application id', names: ['sendbird'], value: UUID, level: 'confidential' }),
    kv({ id: 'sendbird-access-token', type: 'SENDBIRD_ACCESS_TOKEN', description: 'Sendbird API token', names: ['sendbird'], value: [run(HEX_ANY, 40)] }),
    token({
      id: 'sendgrid-api-token', type: 'SENDGRID_API_KEY', description: 'SendGrid API key (SG.…)', value: ['SG.', run(SENDGRID, 66)], minEntropy: 2,
      // `.` is in the key's alphabet: a full stop after it ends the sentence.
      positives: [{ text: 'The SendGrid key is SG.u8jzPde0IgxLd6GncfBAep.fJBd0Kh8oOOL8dKLzdocJ2isAjIhKtJ0RlgLKOmxgJT. Rotate it.', value: 'SG.u8jzPde0IgxLd6GncfBAep.fJBd0Kh8oOOL8dKLzdocJ2isAjIhKtJ0RlgLKOmxgJT' }],
    }),
    token({
      id: 'sendinblue-api-token', type: 'SENDINBLUE_API_KEY', description: 'Brevo (Sendinblue) API key (xkeysib-…)',
      value: ['xkeysib-', run(HEX, 64), '-', run(ALNUM, 16)], minEntropy: 2,
    }),
    kv({ id: 'sentry-access-token', type: 'SENTRY_TOKEN', description: 'Sentry auth token', names: ['sentry'], value: [run(HEX, 64)], minEntropy: 3 }),
    token({
      id: 'sentry-org-token', type: 'SENTRY_TOKEN', description: 'Sentry organization auth token (sntrys_…)',
      // The payload is base64 JSON with a region_url field, at one of three alignments.
      value: ['sntrys_eyJpYXQiO', run(BASE64, 10, 200), choice(['LCJyZWdpb25fdXJs'], ['InJlZ2lvbl91cmwi'], ['cmVnaW9uX3VybCI6']), run(BASE64, 10, 200), run(PAD, 0, 2), '_', run(BASE64, 43)],
      keywords: ['sntrys_eyjpyxqio'], minEntropy: 4.5,
    }),
    token({ id: 'sentry-user-token', type: 'SENTRY_TOKEN', description: 'Sentry user auth token (sntryu_…)', value: ['sntryu_', run(HEX, 64)], minEntropy: 3.5 }),
    settlemint('aat', 'application'),
    settlemint('pat', 'personal'),
    settlemint('sat', 'service'),
    token({
      id: 'shippo-api-token', type: 'SHIPPO_API_TOKEN', description: 'Shippo API token (shippo_live_…, shippo_test_…)',
      value: ['shippo_', choice(['live'], ['test']), '_', run(HEX_ANY, 40)], minEntropy: 2,
    }),
    shopify('shopify-access-token', 'at', 'SHOPIFY_TOKEN', 'Shopify admin API access token (shpat_…)'),
    shopify('shopify-custom-access-token', 'ca', 'SHOPIFY_TOKEN', 'Shopify custom app access token (shpca_…)'),
    shopify('shopify-private-app-access-token', 'pa', 'SHOPIFY_TOKEN', 'Shopify private app access token (shppa_…)'),
    shopify('shopify-shared-secret', 'ss', 'SHOPIFY_SHARED_SECRET', 'Shopify app shared secret (shpss_…)'),
    kv({
      id: 'sidekiq-secret', type: 'SIDEKIQ_SECRET', description: 'Sidekiq Pro/Enterprise gem server credentials',
      names: ['bundle_enterprise__contribsys__com', 'bundle_gems__contribsys__com'], value: [run(HEX_ANY, 8), ':', run(HEX_ANY, 8)],
    }),
    customSecret({
      id: 'sidekiq-sensitive-url', type: 'SIDEKIQ_SECRET', description: 'Sidekiq gem server URL with credentials',
      patterns: ['(?i)\\bhttps?://([a-f0-9]{8}:[a-f0-9]{8})@(?:gems|enterprise)\\.contribsys\\.com(?:[/#?:]|$)'], group: 1,
      keywords: ['gems.contribsys.com', 'enterprise.contribsys.com'],
      positives: [{ text: 'source "https://3fa85f64:9c1d2e3b@gems.contribsys.com/"', value: '3fa85f64:9c1d2e3b' }],
      negatives: ['source "https://gems.contribsys.com/"', 'https://3fa85f64:9c1d2e3b@gems.example.org/'],
    }),
    token({
      id: 'slack-app-token', type: 'SLACK_TOKEN', description: 'Slack app-level token (xapp-…)',
      value: [folded('xapp-'), run(DIGITS, 1), '-', run(ALNUM, 1, 32), '-', run(DIGITS, 1, 20), '-', run(ALNUM, 1, 128)], minEntropy: 2,
    }),
    token({
      id: 'slack-bot-token', type: 'SLACK_TOKEN', description: 'Slack bot token (xoxb-…)',
      value: ['xoxb-', run(DIGITS, 10, 13), '-', run(DIGITS, 10, 13), run(ALNUM_DASH, 0, 100)], minEntropy: 3,
    }),
    token({
      id: 'slack-config-access-token', type: 'SLACK_TOKEN', description: 'Slack configuration access token (xoxe.xoxb-…, xoxe.xoxp-…)',
      value: [folded('xoxe.xox'), run(chars('bpBP', 'bp'), 1), '-', run(DIGITS, 1), '-', run(ALNUM, 163, 166)], keywords: ['xoxe.xoxb-', 'xoxe.xoxp-'], minEntropy: 2,
    }),
    token({
      id: 'slack-config-refresh-token', type: 'SLACK_TOKEN', description: 'Slack configuration refresh token (xoxe-…)',
      value: [folded('xoxe-'), run(DIGITS, 1), '-', run(ALNUM, 146)], minEntropy: 2,
    }),
    token({
      id: 'slack-legacy-bot-token', type: 'SLACK_TOKEN', description: 'Slack legacy bot token (xoxb-…)',
      value: ['xoxb-', run(DIGITS, 8, 14), '-', run(ALNUM, 18, 26)], minEntropy: 2,
    }),
    token({
      id: 'slack-legacy-token', type: 'SLACK_TOKEN', description: 'Slack legacy token (xoxo-…, xoxs-…)',
      value: ['xox', run(chars('os', 'os'), 1), '-', run(DIGITS, 1, 20), '-', run(DIGITS, 1, 20), '-', run(DIGITS, 1, 20), '-', run(HEX_ANY, 1, 128)],
      keywords: ['xoxo', 'xoxs'], minEntropy: 2,
    }),
    token({
      id: 'slack-legacy-workspace-token', type: 'SLACK_TOKEN', description: 'Slack legacy workspace token (xoxa-…, xoxr-…)',
      value: ['xox', run(chars('ar', 'ar'), 1), '-', choice([run(DIGITS, 1), '-'], []), run(ALNUM, 8), run(ALNUM_DASH, 0, 120)], keywords: ['xoxa', 'xoxr'], minEntropy: 2,
    }),
    token({
      id: 'slack-user-token', type: 'SLACK_TOKEN', description: 'Slack user token (xoxp-…, xoxe-…)',
      value: ['xox', run(chars('pe', 'pe'), 1), '-', run(DIGITS, 10, 13), '-', run(DIGITS, 10, 13), '-', run(DIGITS, 10, 13), '-', run(ALNUM_DASH, 28, 34)],
      keywords: ['xoxp-', 'xoxe-'], minEntropy: 2,
    }),
    token({
      id: 'slack-webhook-url', type: 'SLACK_WEBHOOK_URL', description: 'Slack incoming webhook or workflow URL',
      value: ['hooks.slack.com/', choice(['services'], ['workflows'], ['triggers']), '/', run(BASE64, 43, 100)], keywords: ['hooks.slack.com'],
    }),
    kv({
      id: 'snyk-api-token', type: 'SNYK_API_TOKEN', description: 'Snyk API token (a UUID next to "snyk_token")',
      names: ['snyk[_.\\-]?(?:(?:api|oauth)[_.\\-]?)?(?:key|token)'], sampleNames: ['snyk_token'], keywords: ['snyk'], value: UUID,
    }),
    kv({
      id: 'sonar-api-token', type: 'SONAR_API_TOKEN', description: 'SonarQube / SonarCloud token',
      names: ['sonar[_.\\-]?(?:login|token)'], sampleNames: ['sonar_token'], keywords: ['sonar'],
      value: [choice(['squ_'], ['sqp_'], ['sqa_'], []), run(URLSAFE_EQ, 40)],
    }),
    token({
      id: 'sourcegraph-access-token', type: 'SOURCEGRAPH_ACCESS_TOKEN', description: 'Sourcegraph access token (sgp_…)',
      value: ['sgp_', choice([run(HEX_ANY, 16), '_'], ['local_'], []), run(HEX_ANY, 40)], keywords: ['sgp_'], minEntropy: 3,
    }),
    kv({
      // The format before the sgp_ prefix: 40 hex digits, which only the name beside them identifies.
      id: 'sourcegraph-access-token-hex', type: 'SOURCEGRAPH_ACCESS_TOKEN', description: 'Sourcegraph access token, 40 hex digits next to "sourcegraph"',
      names: ['sourcegraph'], value: [run(HEX_ANY, 40)], minEntropy: 3,
    }),
    token({
      id: 'square-access-token', type: 'SQUARE_ACCESS_TOKEN', description: 'Square access token (EAAA…, sq0atp-…)',
      value: [choice(['EAAA'], ['sq0atp-']), run(URLSAFE, 22, 60)], keywords: ['sq0atp-', 'eaaa'], minEntropy: 2,
    }),
    token({ id: 'square-secret', type: 'SQUARE_SECRET', description: 'Square application secret (sq0csp-…)', value: ['sq0csp-', run(URLSAFE, 43)], minEntropy: 2 }),
    kv({ id: 'squarespace-access-token', type: 'SQUARESPACE_ACCESS_TOKEN', description: 'Squarespace API key (a UUID)', names: ['squarespace'], value: UUID }),
    token({
      id: 'stripe-access-token', type: 'STRIPE_API_KEY', description: 'Stripe secret or restricted key (sk_live_…, rk_test_…)',
      value: [choice(['sk'], ['rk']), '_', choice(['test'], ['live'], ['prod']), '_', run(ALNUM, 10, 99)],
      keywords: ['sk_test', 'sk_live', 'sk_prod', 'rk_test', 'rk_live', 'rk_prod'], minEntropy: 2,
    }),
    kv({ id: 'sumologic-access-id', type: 'SUMOLOGIC_ACCESS_ID', description: 'Sumo Logic access id (su…)', names: ['sumo'], value: ['su', run(ALNUM, 12)], minEntropy: 3, level: 'confidential' }),
    kv({ id: 'sumologic-access-token', type: 'SUMOLOGIC_ACCESS_TOKEN', description: 'Sumo Logic access key', names: ['sumo'], value: [run(ALNUM, 64)], minEntropy: 3 }),
    kv({
      id: 'telegram-bot-api-token', type: 'TELEGRAM_BOT_TOKEN', description: 'Telegram bot API token (<bot id>:A…)', names: ['telegr'], sampleNames: ['telegram'],
      keywords: ['telegr'], value: [run(DIGITS, 5, 16), ':A', run(URLSAFE, 34)],
    }),
    kv({ id: 'trello-access-token', type: 'TRELLO_ACCESS_TOKEN', description: 'Trello API key or token', names: ['trello'], value: [run(ALNUM_DASH, 32)] }),
    kv({ id: 'travisci-access-token', type: 'TRAVISCI_ACCESS_TOKEN', description: 'Travis CI access token', names: ['travis'], value: [run(ALNUM, 22)] }),
    token({ id: 'twilio-api-key', type: 'TWILIO_API_KEY', description: 'Twilio API key SID (SK…)', value: ['SK', run(HEX_ANY, 32)], minEntropy: 3 }),
    kv({ id: 'twitch-api-token', type: 'TWITCH_API_TOKEN', description: 'Twitch API token', names: ['twitch'], value: [run(ALNUM, 30)] }),
    kv({ id: 'twitter-access-secret', type: 'TWITTER_ACCESS_SECRET', description: 'Twitter (X) access token secret', names: ['twitter'], value: [run(ALNUM, 45)] }),
    kv({
      id: 'twitter-access-token', type: 'TWITTER_ACCESS_TOKEN', description: 'Twitter (X) access token (<user id>-…)', names: ['twitter'],
      value: [run(DIGITS, 15, 25), '-', run(ALNUM, 20, 40)],
    }),
    kv({ id: 'twitter-api-key', type: 'TWITTER_API_KEY', description: 'Twitter (X) API key', names: ['twitter'], value: [run(ALNUM, 25)] }),
    kv({ id: 'twitter-api-secret', type: 'TWITTER_API_SECRET', description: 'Twitter (X) API secret', names: ['twitter'], value: [run(ALNUM, 50)] }),
    kv({
      id: 'twitter-bearer-token', type: 'TWITTER_BEARER_TOKEN', description: 'Twitter (X) app bearer token (AAAA…)', names: ['twitter'],
      value: ['AAAAAAAAAAAAAAAAAAAAAA', run(PERCENT, 80, 100)],
    }),
    token({ id: 'typeform-api-token', type: 'TYPEFORM_API_TOKEN', description: 'Typeform personal token (tfp_…)', value: ['tfp_', run(TYPEFORM, 59)] }),
    token({ id: 'vault-batch-token', type: 'VAULT_TOKEN', description: 'HashiCorp Vault batch token (hvb.…)', value: ['hvb.', run(URLSAFE, 138, 300)], minEntropy: 4 }),
    token({
      id: 'vault-service-token', type: 'VAULT_TOKEN', description: 'HashiCorp Vault service token (hvs.…, legacy s.…)',
      value: [choice(['hvs.', run(URLSAFE, 90, 120)], ['s.', run(ALNUM, 24)])], keywords: ['hvs.', 's.'], minEntropy: 3.5,
      // A legacy token is 24 random letters and digits: one without a digit is a word (`s.AcceptanceTimeoutSeconds`).
      validators: [(v) => (v.startsWith('s.') && !hasDigit(v) ? false : undefined)],
      negatives: ['if (s.makeKubeConfigController) return'],
    }),
    kv({
      id: 'yandex-access-token', type: 'YANDEX_ACCESS_TOKEN', description: 'Yandex Cloud IAM token (t1.…)', names: ['yandex'],
      value: ['t1.', run(URLSAFE, 1, 200), run(PAD, 0, 2), '.', run(URLSAFE, 86), run(PAD, 0, 2)],
    }),
    kv({ id: 'yandex-api-key', type: 'YANDEX_API_KEY', description: 'Yandex Cloud API key (AQVN…)', names: ['yandex'], value: ['AQVN', run(URLSAFE, 35, 38)] }),
    kv({ id: 'yandex-aws-access-token', type: 'YANDEX_ACCESS_KEY', description: 'Yandex Cloud static access key (YC…)', names: ['yandex'], value: ['YC', run(URLSAFE, 38)] }),
    kv({ id: 'zendesk-secret-key', type: 'ZENDESK_SECRET_KEY', description: 'Zendesk API token', names: ['zendesk'], value: [run(ALNUM, 40)] }),
  ];
}
