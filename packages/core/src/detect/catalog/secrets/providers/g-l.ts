/**
 * gitleaks' default rules, providers G–L, as airlock detectors.
 *
 * @internal
 * @module
 */
import type { Detector } from '../../../types.ts';
import {
  ALNUM, BASE64, DIGITS, HEX, HEX_ANY, LETTERS, LOWER_ALNUM, URLSAFE, URLSAFE_EQ, UUID, WORD,
  assignedSecret as kv, chars, choice, customSecret, prefixedToken as token, run,
} from '../build.ts';

const PAD = chars('=', '=');
const KRAKEN = chars('a-zA-Z0-9/=_+\\-', 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789/=_+-');

/** A line of a YAML document (not a `---` separator, nor a top-level list item). */
const K8S_LINE = '(?:[^\\-\\n][^\\n]*)?\\n';
/** `kind: Secret`, quoted or not, alone on its line. */
const K8S_KIND = `[ \\t]*kind:[ \\t]*["']?secret["']?[ \\t]*`;
/** `data:` alone on its line, and any comment lines after it. */
const K8S_DATA = '[ \\t]*data:[ \\t]*\\r?\\n(?:[ \\t]*#[^\\n]*\\n)*';
/** An indented `name: value` entry whose value (maybe quoted, maybe a `|` or `>` block) is base64. */
const K8S_ENTRY = `[ \\t]+[\\w.\\-]+:(?:[ \\t]*[|>][\\-+]?[ \\t]*\\r?\\n)?[ \\t]*["']?([a-zA-Z0-9+/]{10,}={0,3})["']?[ \\t]*`;

/** GitLab's `<prefix>-` + 20 (or `n`) URL-safe characters. */
function gitlab(id: string, prefix: string, n: number, description: string): Detector {
  return token({ id, type: 'GITLAB_TOKEN', description, value: [prefix, run(URLSAFE, n)], minEntropy: 3 });
}

/** Detectors for providers G–L. @internal */
// @__NO_SIDE_EFFECTS__
export function secretsGToL(): Detector[] {
  return [
    token({ id: 'gcp-api-key', type: 'GCP_API_KEY', description: 'Google Cloud API key (AIza…)', value: ['AIza', run(URLSAFE, 35)], minEntropy: 4 }),
    token({
      id: 'github-app-token', type: 'GITHUB_TOKEN', description: 'GitHub App user or installation token (ghu_…, ghs_…)',
      value: [choice(['ghu_'], ['ghs_']), run(ALNUM, 36)], keywords: ['ghu_', 'ghs_'], minEntropy: 3,
    }),
    token({ id: 'github-fine-grained-pat', type: 'GITHUB_TOKEN', description: 'GitHub fine-grained personal access token (github_pat_…)', value: ['github_pat_', run(WORD, 82)], minEntropy: 3 }),
    token({ id: 'github-oauth', type: 'GITHUB_TOKEN', description: 'GitHub OAuth access token (gho_…)', value: ['gho_', run(ALNUM, 36)], minEntropy: 3 }),
    token({ id: 'github-pat', type: 'GITHUB_TOKEN', description: 'GitHub classic personal access token (ghp_…)', value: ['ghp_', run(ALNUM, 36)], minEntropy: 3 }),
    token({ id: 'github-refresh-token', type: 'GITHUB_TOKEN', description: 'GitHub refresh token (ghr_…)', value: ['ghr_', run(ALNUM, 36)], minEntropy: 3 }),
    token({
      id: 'gitlab-cicd-job-token', type: 'GITLAB_TOKEN', description: 'GitLab CI/CD job token (glcbt-…)',
      value: ['glcbt-', run(ALNUM, 1, 5), '_', run(URLSAFE, 20)], minEntropy: 3,
    }),
    gitlab('gitlab-deploy-token', 'gldt-', 20, 'GitLab deploy token (gldt-…)'),
    gitlab('gitlab-feature-flag-client-token', 'glffct-', 20, 'GitLab feature flag client token (glffct-…)'),
    gitlab('gitlab-feed-token', 'glft-', 20, 'GitLab feed token (glft-…)'),
    gitlab('gitlab-incoming-mail-token', 'glimt-', 25, 'GitLab incoming mail token (glimt-…)'),
    gitlab('gitlab-kubernetes-agent-token', 'glagent-', 50, 'GitLab agent for Kubernetes token (glagent-…)'),
    gitlab('gitlab-oauth-app-secret', 'gloas-', 64, 'GitLab OAuth application secret (gloas-…)'),
    gitlab('gitlab-pat', 'glpat-', 20, 'GitLab personal access token (glpat-…)'),
    token({
      id: 'gitlab-pat-routable', type: 'GITLAB_TOKEN', description: 'GitLab routable personal access token (glpat-….…)',
      value: ['glpat-', run(URLSAFE, 27, 300), '.', run(LOWER_ALNUM, 9)], minEntropy: 4,
    }),
    token({ id: 'gitlab-ptt', type: 'GITLAB_TOKEN', description: 'GitLab pipeline trigger token (glptt-…)', value: ['glptt-', run(HEX, 40)], minEntropy: 3 }),
    token({ id: 'gitlab-rrt', type: 'GITLAB_TOKEN', description: 'GitLab runner registration token (GR1348941…)', value: ['GR1348941', run(URLSAFE, 20)], minEntropy: 3 }),
    gitlab('gitlab-runner-authentication-token', 'glrt-', 20, 'GitLab runner authentication token (glrt-…)'),
    token({
      id: 'gitlab-runner-authentication-token-routable', type: 'GITLAB_TOKEN', description: 'GitLab routable runner authentication token (glrt-t…)',
      value: ['glrt-t', run(DIGITS, 1), '_', run(URLSAFE, 27, 300), '.', run(LOWER_ALNUM, 9)], minEntropy: 4,
    }),
    gitlab('gitlab-scim-token', 'glsoat-', 20, 'GitLab SCIM OAuth token (glsoat-…)'),
    token({
      id: 'gitlab-session-cookie', type: 'GITLAB_SESSION_COOKIE', description: 'GitLab session cookie (_gitlab_session=…)',
      value: ['_gitlab_session=', run(LOWER_ALNUM, 32)], minEntropy: 3,
    }),
    kv({ id: 'gitter-access-token', type: 'GITTER_ACCESS_TOKEN', description: 'Gitter access token', names: ['gitter'], value: [run(URLSAFE, 40)] }),
    kv({
      id: 'gocardless-api-token', type: 'GOCARDLESS_API_TOKEN', description: 'GoCardless live API token (live_…)',
      names: ['gocardless'], value: ['live_', run(URLSAFE_EQ, 40)],
    }),
    token({
      id: 'grafana-api-key', type: 'GRAFANA_TOKEN', description: 'Grafana API key (eyJrIjoi…)',
      value: ['eyJrIjoi', run(ALNUM, 70, 400), run(PAD, 0, 3)], minEntropy: 3,
    }),
    token({
      id: 'grafana-cloud-api-token', type: 'GRAFANA_TOKEN', description: 'Grafana Cloud API token (glc_…)',
      value: ['glc_', run(BASE64, 32, 400), run(PAD, 0, 3)], minEntropy: 3,
    }),
    token({
      id: 'grafana-service-account-token', type: 'GRAFANA_TOKEN', description: 'Grafana service account token (glsa_…)',
      value: ['glsa_', run(ALNUM, 32), '_', run(HEX_ANY, 8)], minEntropy: 3,
    }),
    token({
      id: 'harness-api-key', type: 'HARNESS_API_KEY', description: 'Harness personal or service account token (pat.…, sat.…)',
      value: [choice(['pat'], ['sat']), '.', run(URLSAFE, 22), '.', run(ALNUM, 24), '.', run(ALNUM, 20)], keywords: ['pat.', 'sat.'],
    }),
    token({
      id: 'hashicorp-tf-api-token', type: 'HASHICORP_TF_API_TOKEN', description: 'Terraform Cloud / Enterprise API token (….atlasv1.…)',
      value: [run(ALNUM, 14), '.atlasv1.', run(URLSAFE_EQ, 60, 70)], keywords: ['atlasv1'], minEntropy: 3.5,
    }),
    customSecret({
      id: 'hashicorp-tf-password', type: 'HASHICORP_TF_PASSWORD', description: 'Password literal in a Terraform resource (password = "…")',
      patterns: ['(?i)\\b(?:administrator_login_password|password)[ \\t]{0,8}=[ \\t]{0,8}"([a-z0-9=_\\-]{8,20})"'], group: 1,
      keywords: ['administrator_login_password', 'password'], minEntropy: 2,
      // Terraform's syntax; in other languages the general password detectors judge the value.
      path: '(?i)\\.(?:tf|tfvars|hcl)$',
      positives: [
        { text: '  administrator_login_password = "q7Rz2mVx9LpK"', value: 'q7Rz2mVx9LpK' },
        { text: '  password = "q7rz2mvx9lpk"', path: 'infra/db/main.tf' },
      ],
      negatives: ['  password = var.db_password', '  password = "aaaaaaaaaa"', { text: '  password = "q7rz2mvx9lpk"', path: 'src/db.js' }],
    }),
    kv({ id: 'heroku-api-key', type: 'HEROKU_API_KEY', description: 'Heroku API key (a UUID next to "heroku")', names: ['heroku'], value: UUID }),
    token({ id: 'heroku-api-key-v2', type: 'HEROKU_API_KEY', description: 'Heroku API key (HRKU-AA…)', value: ['HRKU-AA', run(URLSAFE, 58)], minEntropy: 4 }),
    kv({ id: 'hubspot-api-key', type: 'HUBSPOT_API_KEY', description: 'HubSpot API key (a UUID next to "hubspot")', names: ['hubspot'], value: UUID }),
    token({ id: 'huggingface-access-token', type: 'HUGGINGFACE_TOKEN', description: 'Hugging Face access token (hf_…)', value: ['hf_', run(LETTERS, 34)], minEntropy: 2 }),
    token({
      id: 'huggingface-organization-api-token', type: 'HUGGINGFACE_TOKEN', description: 'Hugging Face organization API token (api_org_…)',
      value: ['api_org_', run(LETTERS, 34)], minEntropy: 2,
    }),
    token({ id: 'infracost-api-token', type: 'INFRACOST_API_TOKEN', description: 'Infracost API token (ico-…)', value: ['ico-', run(ALNUM, 32)], minEntropy: 3 }),
    kv({ id: 'intercom-api-key', type: 'INTERCOM_API_KEY', description: 'Intercom access token', names: ['intercom'], value: [run(URLSAFE_EQ, 60)] }),
    token({
      id: 'intra42-client-secret', type: 'INTRA42_CLIENT_SECRET', description: '42 Intra API client secret (s-s4t2ud-…, s-s4t2af-…)',
      value: ['s-s4t2', choice(['ud'], ['af']), '-', run(HEX_ANY, 64)], keywords: ['s-s4t2ud-', 's-s4t2af-'], minEntropy: 3,
    }),
    kv({
      id: 'jfrog-api-key', type: 'JFROG_API_KEY', description: 'JFrog (Artifactory, Bintray, Xray) API key',
      names: ['jfrog', 'artifactory', 'bintray', 'xray'], value: [run(ALNUM, 73)],
    }),
    kv({
      id: 'jfrog-identity-token', type: 'JFROG_IDENTITY_TOKEN', description: 'JFrog (Artifactory, Bintray, Xray) identity token',
      names: ['jfrog', 'artifactory', 'bintray', 'xray'], value: [run(ALNUM, 64)],
    }),
    kv({ id: 'kraken-access-token', type: 'KRAKEN_ACCESS_TOKEN', description: 'Kraken API private key', names: ['kraken'], value: [run(KRAKEN, 80, 90)] }),
    kv({ id: 'kucoin-access-token', type: 'KUCOIN_ACCESS_TOKEN', description: 'KuCoin API key', names: ['kucoin'], value: [run(HEX_ANY, 24)] }),
    kv({ id: 'kucoin-secret-key', type: 'KUCOIN_SECRET_KEY', description: 'KuCoin API secret (a UUID next to "kucoin")', names: ['kucoin'], value: UUID }),
    customSecret({
      id: 'kubernetes-secret-yaml', type: 'KUBERNETES_SECRET', description: 'A value under `data:` in a Kubernetes Secret manifest (base64)',
      patterns: [
        // `kind: Secret` first, then (within 30 lines of the same YAML document) `data:` and its first entry.
        `(?i)(?:^|\\n)${K8S_KIND}\\r?\\n(?:${K8S_LINE}){0,30}?${K8S_DATA}${K8S_ENTRY}(?:\\r?\\n|$)`,
        // `data:` and its first entry first, then `kind: Secret` within 30 lines of the same document.
        `(?i)(?:^|\\n)${K8S_DATA}${K8S_ENTRY}\\r?\\n(?:${K8S_LINE}){0,30}?${K8S_KIND}(?:\\r?\\n|$)`,
      ],
      group: 1, keywords: ['secret'],
      // Secret data is padded standard base64.
      validators: [(v) => (v.length % 4 === 0 ? undefined : false)],
      positives: [
        { text: 'apiVersion: v1\nkind: Secret\nmetadata:\n  name: app-db\ntype: Opaque\ndata:\n  password: cTdWZDlzTG0yeFdwIQ==\n', value: 'cTdWZDlzTG0yeFdwIQ==' },
        { text: 'apiVersion: v1\ndata:\n  # base64\n  token: "Z2hzX3I0bmQwbVQwazNuWDk="\nkind: "Secret"\nmetadata:\n  name: ci\n', value: 'Z2hzX3I0bmQwbVQwazNuWDk=' },
        { text: 'kind: Secret\ndata:\n  .dockerconfigjson: |\n    eyJhdXRocyI6eyJyZWcuaW50ZXJuYWwiOnsiYXV0aCI6ImNpOnM0Y3IzdCJ9fX0=\n', value: 'eyJhdXRocyI6eyJyZWcuaW50ZXJuYWwiOnsiYXV0aCI6ImNpOnM0Y3IzdCJ9fX0=' },
      ],
      negatives: [
        'apiVersion: v1\nkind: ConfigMap\ndata:\n  settings: bG9nTGV2ZWw9ZGVidWc=\n',
        'apiVersion: v1\nkind: Secret\ntype: Opaque\ndata:\n  password: ""\n',
        'apiVersion: v1\nkind: Secret\ndata:\n  password: {{ .Values.password }}\n',
        'kind: ExternalSecret\nspec:\n  data:\n    - secretKey: db\n      remoteRef:\n        key: prod/db\n',
        'kind: Secret\nmetadata:\n  name: a\n---\nkind: ConfigMap\ndata:\n  path: config/app/settings\n',
      ],
    }),
    kv({ id: 'launchdarkly-access-token', type: 'LAUNCHDARKLY_ACCESS_TOKEN', description: 'LaunchDarkly access token', names: ['launchdarkly'], value: [run(URLSAFE_EQ, 40)] }),
    token({ id: 'linear-api-key', type: 'LINEAR_API_KEY', description: 'Linear personal API key (lin_api_…)', value: ['lin_api_', run(ALNUM, 40)], minEntropy: 2 }),
    kv({ id: 'linear-client-secret', type: 'LINEAR_CLIENT_SECRET', description: 'Linear OAuth client secret', names: ['linear'], value: [run(HEX_ANY, 32)], minEntropy: 2 }),
    kv({
      id: 'linkedin-client-id', type: 'LINKEDIN_CLIENT_ID', description: 'LinkedIn OAuth client id', names: ['linked[_-]?in', 'linkedIn'], sampleNames: ['linkedin'],
      keywords: ['linkedin', 'linked_in', 'linked-in'], value: [run(ALNUM, 14)], minEntropy: 2, level: 'confidential',
    }),
    kv({
      id: 'linkedin-client-secret', type: 'LINKEDIN_CLIENT_SECRET', description: 'LinkedIn OAuth client secret', names: ['linked[_-]?in', 'linkedIn'], sampleNames: ['linkedin'],
      keywords: ['linkedin', 'linked_in', 'linked-in'], value: [run(ALNUM, 16)], minEntropy: 2,
    }),
    kv({
      id: 'lob-api-key', type: 'LOB_API_KEY', description: 'Lob secret API key (live_…, test_…)', names: ['lob'],
      value: [choice(['live'], ['test']), '_', run(HEX_ANY, 35)],
    }),
    kv({
      id: 'lob-pub-api-key', type: 'LOB_API_KEY', description: 'Lob publishable API key (live_pub_…, test_pub_…)', names: ['lob'],
      value: [choice(['test'], ['live']), '_pub_', run(HEX_ANY, 31)], level: 'confidential',
    }),
    kv({ id: 'looker-client-id', type: 'LOOKER_CLIENT_ID', description: 'Looker API client id', names: ['looker'], value: [run(ALNUM, 20)], level: 'confidential' }),
    kv({ id: 'looker-client-secret', type: 'LOOKER_CLIENT_SECRET', description: 'Looker API client secret', names: ['looker'], value: [run(ALNUM, 24)] }),
  ];
}
