/**
 * gitleaks' default rules, providers M–R, as airlock detectors.
 *
 * @internal
 * @module
 */
import type { Detector } from '../../../types.ts';
import {
  ALNUM, DIGITS, HEX, HEX_ANY, LOWER_ALNUM, UPPER_ALNUM, URLSAFE, URLSAFE_EQ, UUID,
  assignedSecret as kv, chars, choice, customSecret, prefixedToken as token, run,
} from '../build.ts';

const HEX_A_H = chars('a-hA-H0-9', 'abcdefghABCDEFGH0123456789');
const ALNUM_DASH = chars('a-zA-Z0-9\\-', 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-');
const PSCALE = chars('a-zA-Z0-9_=.\\-', 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_=.-');
const TEAMS = LOWER_ALNUM;

/** Detectors for providers M–R. @internal */
// @__NO_SIDE_EFFECTS__
export function secretsMToR(): Detector[] {
  return [
    kv({
      id: 'mailchimp-api-key', type: 'MAILCHIMP_API_KEY', description: 'Mailchimp API key (…-usNN)',
      names: ['MailchimpSDK\\.initialize', 'mailchimp'], sampleNames: ['mailchimp'], keywords: ['mailchimp'],
      value: [run(HEX_ANY, 32), '-us', run(DIGITS, 2)],
    }),
    kv({ id: 'mailgun-private-api-token', type: 'MAILGUN_API_KEY', description: 'Mailgun private API key (key-…)', names: ['mailgun'], value: ['key-', run(HEX_ANY, 32)] }),
    kv({
      id: 'mailgun-pub-key', type: 'MAILGUN_PUBLIC_KEY', description: 'Mailgun public validation key (pubkey-…)', names: ['mailgun'],
      value: ['pubkey-', run(HEX_ANY, 32)], level: 'confidential',
    }),
    kv({
      id: 'mailgun-signing-key', type: 'MAILGUN_SIGNING_KEY', description: 'Mailgun webhook signing key', names: ['mailgun'],
      value: [run(HEX_A_H, 32), '-', run(HEX_A_H, 8), '-', run(HEX_A_H, 8)],
    }),
    kv({
      id: 'mapbox-api-token', type: 'MAPBOX_API_TOKEN', description: 'Mapbox public access token (pk.…)', names: ['mapbox'],
      value: ['pk.', run(ALNUM, 60), '.', run(ALNUM, 22)], level: 'confidential',
    }),
    kv({ id: 'mattermost-access-token', type: 'MATTERMOST_ACCESS_TOKEN', description: 'Mattermost personal access token', names: ['mattermost'], value: [run(ALNUM, 26)] }),
    token({
      id: 'maxmind-license-key', type: 'MAXMIND_LICENSE_KEY', description: 'MaxMind license key (…_mmk)',
      value: [run(ALNUM, 6), '_', run(ALNUM, 29), '_mmk'], keywords: ['_mmk'], minEntropy: 4,
    }),
    kv({
      id: 'messagebird-api-token', type: 'MESSAGEBIRD_API_TOKEN', description: 'MessageBird API key', names: ['message[_-]?bird', 'messageBird'], sampleNames: ['messagebird'],
      keywords: ['messagebird', 'message-bird', 'message_bird'], value: [run(ALNUM, 25)],
    }),
    kv({
      id: 'messagebird-client-id', type: 'MESSAGEBIRD_CLIENT_ID', description: 'MessageBird client id', names: ['message[_-]?bird', 'messageBird'], sampleNames: ['messagebird'],
      keywords: ['messagebird', 'message-bird', 'message_bird'], value: UUID, level: 'confidential',
    }),
    token({
      id: 'microsoft-teams-webhook', type: 'MICROSOFT_TEAMS_WEBHOOK', description: 'Microsoft Teams incoming webhook URL',
      value: [
        'https://', run(TEAMS, 1, 64), '.webhook.office.com/webhookb2/', run(TEAMS, 8), '-', run(TEAMS, 4), '-', run(TEAMS, 4), '-', run(TEAMS, 4), '-', run(TEAMS, 12),
        '@', run(TEAMS, 8), '-', run(TEAMS, 4), '-', run(TEAMS, 4), '-', run(TEAMS, 4), '-', run(TEAMS, 12),
        '/IncomingWebhook/', run(TEAMS, 32), '/', run(TEAMS, 8), '-', run(TEAMS, 4), '-', run(TEAMS, 4), '-', run(TEAMS, 4), '-', run(TEAMS, 12),
      ],
      keywords: ['webhook.office.com', 'webhookb2', 'incomingwebhook'],
    }),
    kv({ id: 'netlify-access-token', type: 'NETLIFY_ACCESS_TOKEN', description: 'Netlify access token', names: ['netlify'], value: [run(URLSAFE_EQ, 40, 46)] }),
    token({ id: 'new-relic-browser-api-token', type: 'NEW_RELIC_API_KEY', description: 'New Relic browser API key (NRJS-…)', value: ['NRJS-', run(HEX, 19)], level: 'confidential' }),
    token({ id: 'new-relic-insert-key', type: 'NEW_RELIC_API_KEY', description: 'New Relic insert key (NRII-…)', value: ['NRII-', run(ALNUM_DASH, 32)] }),
    kv({
      id: 'new-relic-user-api-id', type: 'NEW_RELIC_USER_API_ID', description: 'New Relic user API id', names: ['new[_-]?relic', 'newRelic'], sampleNames: ['newrelic'],
      keywords: ['new-relic', 'newrelic', 'new_relic'], value: [run(ALNUM, 64)], level: 'confidential',
    }),
    token({ id: 'new-relic-user-api-key', type: 'NEW_RELIC_API_KEY', description: 'New Relic user API key (NRAK-…)', value: ['NRAK-', run(ALNUM, 27)] }),
    token({ id: 'notion-api-token', type: 'NOTION_API_TOKEN', description: 'Notion integration token (ntn_…)', value: ['ntn_', run(DIGITS, 11), run(ALNUM, 35)], minEntropy: 4 }),
    token({ id: 'npm-access-token', type: 'NPM_ACCESS_TOKEN', description: 'npm access token (npm_…)', value: ['npm_', run(ALNUM, 36)], minEntropy: 2 }),
    customSecret({
      id: 'nuget-config-password', type: 'NUGET_CONFIG_PASSWORD', description: 'Password in a NuGet.config packageSourceCredentials entry',
      patterns: ['(?i)<add[ \\t]+key="(?:cleartext)?password"[ \\t\\r\\n]{0,8}value="([^"\\r\\n]{8,200})"[ \\t\\r\\n]{0,8}/>'], group: 1,
      keywords: ['<add key='], minEntropy: 1,
      // `%NUGET_PASSWORD%` and `$(NugetPassword)` are environment and MSBuild references, not passwords.
      validators: [(v) => (v.startsWith('%') && v.endsWith('%')) || v.startsWith('$(') ? false : undefined],
      // NuGet's own file; an `<add key="Password" …/>` in other XML (app settings) is judged by the
      // general password detectors.
      path: '(?i)(?:^|[/\\\\])nuget\\.config$',
      positives: [
        { text: '<add key="ClearTextPassword" value="r9Vq-2mTz!Lp" />', value: 'r9Vq-2mTz!Lp' },
        { text: '<add key="ClearTextPassword" value="r9Vq-2mTz!Lp" />', path: 'src/NuGet.Config' },
      ],
      negatives: [
        '<add key="Username" value="build-agent-7" />', '<add key="ClearTextPassword" value="%NUGET_PASSWORD%" />',
        { text: '<add key="ClearTextPassword" value="r9Vq-2mTz!Lp" />', path: 'src/app.config.xml' },
      ],
    }),
    customSecret({
      id: 'pkcs12-file', type: 'PKCS12_FILE', description: 'A PKCS #12 keystore (.p12, .pfx): private keys with their certificates',
      // Binary: the path alone says what the file holds.
      patterns: [], path: '(?i)(?:^|[/\\\\])[^/\\\\]+\\.p(?:12|fx)$', keywords: [],
      positives: [{ text: '', path: 'certs/client.p12' }, { text: '0\x82\x0b\x1a\x02\x01\x03', path: 'C:\\build\\signing.PFX' }],
      negatives: ['certs/client.p12', { text: '', path: 'docs/p12.html' }, { text: '', path: 'tools/convert.p12.sh' }, { text: '', path: '.p12' }],
    }),
    kv({
      id: 'nytimes-access-token', type: 'NYTIMES_ACCESS_TOKEN', description: 'New York Times API key', names: ['nytimes', 'new-york-times', 'newyorktimes'],
      value: [run(URLSAFE_EQ, 32)],
    }),
    token({ id: 'octopus-deploy-api-key', type: 'OCTOPUS_DEPLOY_API_KEY', description: 'Octopus Deploy API key (API-…)', value: ['API-', run(UPPER_ALNUM, 26)], minEntropy: 3 }),
    kv({ id: 'okta-access-token', type: 'OKTA_ACCESS_TOKEN', description: 'Okta API token (00…)', names: ['okta'], value: ['00', run(URLSAFE_EQ, 40)], minEntropy: 4 }),
    token({ id: 'openshift-user-token', type: 'OPENSHIFT_USER_TOKEN', description: 'OpenShift user token (sha256~…)', value: ['sha256~', run(URLSAFE, 43)], minEntropy: 3.5 }),
    token({ id: 'perplexity-api-key', type: 'PERPLEXITY_API_KEY', description: 'Perplexity API key (pplx-…)', value: ['pplx-', run(ALNUM, 48)], minEntropy: 4 }),
    kv({
      id: 'plaid-api-token', type: 'PLAID_API_TOKEN', description: 'Plaid access token (access-<env>-<uuid>)', names: ['plaid'],
      value: ['access-', choice(['sandbox'], ['development'], ['production']), '-', ...UUID],
    }),
    kv({ id: 'plaid-client-id', type: 'PLAID_CLIENT_ID', description: 'Plaid client id', names: ['plaid'], value: [run(ALNUM, 24)], minEntropy: 3.5, level: 'confidential' }),
    kv({ id: 'plaid-secret-key', type: 'PLAID_SECRET_KEY', description: 'Plaid secret', names: ['plaid'], value: [run(ALNUM, 30)], minEntropy: 3.5 }),
    token({ id: 'planetscale-api-token', type: 'PLANETSCALE_TOKEN', description: 'PlanetScale service token (pscale_tkn_…)', value: ['pscale_tkn_', run(PSCALE, 32, 64)], minEntropy: 3 }),
    token({ id: 'planetscale-oauth-token', type: 'PLANETSCALE_TOKEN', description: 'PlanetScale OAuth token (pscale_oauth_…)', value: ['pscale_oauth_', run(PSCALE, 32, 64)], minEntropy: 3 }),
    token({ id: 'planetscale-password', type: 'PLANETSCALE_PASSWORD', description: 'PlanetScale database password (pscale_pw_…)', value: ['pscale_pw_', run(PSCALE, 32, 64)], minEntropy: 3 }),
    token({
      id: 'postman-api-token', type: 'POSTMAN_API_TOKEN', description: 'Postman API key (PMAK-…)',
      value: ['PMAK-', run(HEX_ANY, 24), '-', run(HEX_ANY, 34)], minEntropy: 3,
    }),
    token({ id: 'prefect-api-token', type: 'PREFECT_API_TOKEN', description: 'Prefect Cloud API key (pnu_…)', value: ['pnu_', run(ALNUM, 36)], minEntropy: 2 }),
    kv({
      id: 'privateai-api-token', type: 'PRIVATEAI_API_TOKEN', description: 'Private AI API key', names: ['private[_-]?ai', 'privateAi', 'privateAI'], sampleNames: ['privateai'],
      keywords: ['privateai', 'private_ai', 'private-ai'], value: [run(LOWER_ALNUM, 32)], minEntropy: 3,
    }),
    token({ id: 'pulumi-api-token', type: 'PULUMI_API_TOKEN', description: 'Pulumi access token (pul-…)', value: ['pul-', run(HEX, 40)], minEntropy: 2 }),
    token({
      id: 'pypi-upload-token', type: 'PYPI_UPLOAD_TOKEN', description: 'PyPI upload token (pypi-AgEIcHlwaS5vcmc…)',
      value: ['pypi-AgEIcHlwaS5vcmc', run(URLSAFE, 50, 1000)], minEntropy: 3,
    }),
    kv({ id: 'rapidapi-access-token', type: 'RAPIDAPI_ACCESS_TOKEN', description: 'RapidAPI key', names: ['rapidapi'], value: [run(URLSAFE, 50)] }),
    token({ id: 'readme-api-token', type: 'README_API_TOKEN', description: 'ReadMe API key (rdme_…)', value: ['rdme_', run(LOWER_ALNUM, 70)], minEntropy: 2 }),
    token({ id: 'rubygems-api-token', type: 'RUBYGEMS_API_TOKEN', description: 'RubyGems API key (rubygems_…)', value: ['rubygems_', run(HEX, 48)], minEntropy: 2 }),
  ];
}
