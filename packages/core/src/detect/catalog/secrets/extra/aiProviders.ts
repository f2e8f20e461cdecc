/**
 * API keys of AI providers that gitleaks' default rules miss or match too narrowly: OpenAI
 * project, service-account and admin keys without the `T3BlbkFJ` marker, Anthropic OAuth and
 * refresh tokens, Groq, Replicate, xAI, Fireworks, OpenRouter, LangSmith and ElevenLabs keys by
 * prefix, and Mistral, Cohere, DeepSeek, Together and Azure OpenAI keys by their provider's name
 * nearby.
 *
 * @module
 */
import { defineDetector } from '../../../defineDetector.ts';
import type { Detector, DetectorSamples, ValidationResult } from '../../../types.ts';
import { _isMixedAlnum } from './shape.ts';

interface PrefixedKey {
  readonly id: string;
  readonly type: string;
  readonly description: string;
  readonly patterns: readonly string[];
  readonly keywords: readonly string[];
  /** Characters of the value after the prefix must mix upper, lower and digits. */
  readonly mixedAfter?: number;
  readonly score?: number;
  readonly samples: DetectorSamples;
}

/** A key recognised by its own prefix: reported alone. */
function prefixed(spec: PrefixedKey): Detector {
  const after = spec.mixedAfter;
  return defineDetector({
    id: spec.id,
    type: spec.type,
    family: 'SECRET',
    description: spec.description,
    patterns: spec.patterns,
    ...(after !== undefined ? { validators: [(v: string): ValidationResult => (_isMixedAlnum(v.slice(after)) ? undefined : false)] } : {}),
    minEntropy: 3.5,
    score: spec.score ?? 0.9,
    keywords: spec.keywords,
    level: 'restricted',
    category: 'credential',
    regimes: ['soc2'],
    samples: spec.samples,
  });
}

interface NamedKey {
  readonly id: string;
  readonly type: string;
  readonly description: string;
  /** Patterns of the bare value; reported only with a context word near. */
  readonly patterns: readonly string[];
  /** Words, one of which must be near the value (also the keywords). */
  readonly words: readonly string[];
  /** A prefix that identifies the key alone (the score then is 0.9, context or not). */
  readonly ownPrefix?: string;
  /** The value must mix upper, lower and digits (for alphanumeric keys). */
  readonly mixed?: boolean;
  readonly samples: DetectorSamples;
}

/**
 * A key too generic to report alone (32 hex digits, 40 alphanumerics): it scores 0.3, and 0.65
 * when the provider's name or variable is within 96 code units.
 */
function named(spec: NamedKey): Detector {
  const { ownPrefix, mixed } = spec;
  const check = (v: string): ValidationResult => {
    if (ownPrefix !== undefined && v.startsWith(ownPrefix)) return true;
    if (mixed === true && !_isMixedAlnum(v)) return false;
    return undefined;
  };
  return defineDetector({
    id: spec.id,
    type: spec.type,
    family: 'SECRET',
    description: spec.description,
    patterns: spec.patterns,
    validators: [check],
    minEntropy: 3,
    score: 0.3,
    validScore: 0.9,
    context: { words: spec.words, window: 96, boost: 0.35 },
    keywords: spec.words,
    level: 'restricted',
    category: 'credential',
    regimes: ['soc2'],
    samples: spec.samples,
  });
}

/**
 * Detects OpenAI project, service-account and admin keys (`sk-proj-…`, `sk-svcacct-…`,
 * `sk-admin-…`, `sk-None-…`) whatever their length, with or without the `T3BlbkFJ` marker that
 * gitleaks' `openai-api-key` requires, and legacy keys (`sk-`, 20 characters, `T3BlbkFJ`, 20).
 *
 * @returns the detector
 * @internal
 *
 * @example
 * ```ts
 * import { createScanner } from '@airlock/core';
 * const scanner = createScanner({ detectors: [openaiProjectKey()] });
 * scanner.scan('OPENAI_API_KEY=sk-proj-gtwaAtqkTIm97kMcy1yl4Ae0-uNONZjN7iUjrnY7p4bW8ELo6bAtLWMRYlGy')[0]?.type; //=> 'OPENAI_API_KEY'
 * ```
 */
// @__NO_SIDE_EFFECTS__
export function openaiProjectKey(): Detector {
  return prefixed({
    id: 'openai-api-key-v2',
    type: 'OPENAI_API_KEY',
    description: 'OpenAI project, service-account or admin API key',
    patterns: ['\\bsk-(?:proj|svcacct|admin|None)-[A-Za-z0-9_-]{40,220}', '\\bsk-[A-Za-z0-9]{20}T3BlbkFJ[A-Za-z0-9]{20}\\b'],
    keywords: ['sk-proj-', 'sk-svcacct-', 'sk-admin-', 'sk-none-', 't3blbkfj'],
    samples: {
      positive: [
        {
          text: 'OPENAI_API_KEY=sk-proj-gtwaAtqkTIm97kMcy1yl4Ae0-uNONZjN7iUjrnY7p4bW8ELo6bAtLWMRYlGyzWoQNJ8Q5WlnsmqwxyZe7lmDeup30jR2rAsX9Q0bZOFcHQyRN4nWAQLnuGMD',
          value: 'sk-proj-gtwaAtqkTIm97kMcy1yl4Ae0-uNONZjN7iUjrnY7p4bW8ELo6bAtLWMRYlGyzWoQNJ8Q5WlnsmqwxyZe7lmDeup30jR2rAsX9Q0bZOFcHQyRN4nWAQLnuGMD',
        },
        'client = OpenAI(api_key="sk-svcacct-TszzdzkrF91QQlUI7p5rEiHvQspaKUEUvxj6eZxrNWcuz07esXpZwRqHFQgesZ-n8S00K_703poQ31dPgL3WPNiFp5FYg8nENYEi")',
        'openai.api_key = "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"',
        'admin key: sk-admin-V1vC1pjmqp6aLFMdPwi45YsTDfNd6ONP-s8AzLhzOT8cwzEygnNOJ1rQ41kvCNpzIxELIVoDMxCJql7j4jfaKG2lvKyFwJdxte7X',
      ],
      negative: [
        'OPENAI_API_KEY=sk-proj-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
        'OPENAI_API_KEY=sk-proj-your-openai-project-key-goes-here-in-this-slot',
        'keys start with sk-proj- followed by about 150 characters',
        'sk-proj-abc123',
      ],
    },
  });
}

/**
 * Detects Anthropic OAuth access and refresh tokens (`sk-ant-oat01-…`, `sk-ant-ort01-…`, ending in
 * `AA`), which gitleaks' two Anthropic rules (API and admin keys) do not cover.
 *
 * @returns the detector
 * @internal
 *
 * @example
 * ```ts
 * import { createScanner } from '@airlock/core';
 * const scanner = createScanner({ detectors: [anthropicToken()] });
 * scanner.scan('token=sk-ant-oat01-a-hxiUP9eLwvo3E4GEH_C-Hezg5xPtc-34HdjowEsgN2fOH-lvWGFu-6hO07UBfq_rs6faE0slYM82jeDLGpE17lDUNRBAA')[0]?.type; //=> 'ANTHROPIC_API_KEY'
 * ```
 */
// @__NO_SIDE_EFFECTS__
export function anthropicToken(): Detector {
  return prefixed({
    id: 'anthropic-token',
    type: 'ANTHROPIC_API_KEY',
    description: 'Anthropic OAuth access or refresh token',
    patterns: ['\\bsk-ant-(?:oat|ort)[0-9]{2}-[A-Za-z0-9_-]{80,110}AA\\b'],
    keywords: ['sk-ant-oat', 'sk-ant-ort'],
    score: 0.95,
    samples: {
      positive: [
        {
          text: 'CLAUDE_CODE_OAUTH_TOKEN=sk-ant-oat01-a-hxiUP9eLwvo3E4GEH_C-Hezg5xPtc-34HdjowEsgN2fOH-lvWGFu-6hO07UBfq_rs6faE0slYM82jeDLGpE17lDUNRBAA',
          value: 'sk-ant-oat01-a-hxiUP9eLwvo3E4GEH_C-Hezg5xPtc-34HdjowEsgN2fOH-lvWGFu-6hO07UBfq_rs6faE0slYM82jeDLGpE17lDUNRBAA',
        },
        'refresh_token: sk-ant-ort01-fuZhRw7YBWWgB1SFxu9AZB7N85_x_AX1jgJUJcxHYBInUhtUrEpcPX5kWPGhMYE_fytqeAN029rHO5WsAJ5ZrXTCnLVSBAA',
      ],
      negative: [
        'CLAUDE_CODE_OAUTH_TOKEN=sk-ant-oat01-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxAA',
        'tokens look like sk-ant-oat01-…',
        'sk-ant-oat01-a-hxiUP9eLwvo3E4GEH_C-Hezg5xPtc-34HdjowEsgN2fOH-lvWGFu-6hO07UBfq_rs6faE0slYM82jeDLGpE17lDUNRBBB',
        'sk-ant-oat01-shortvalue123AA',
      ],
    },
  });
}

/**
 * Detects Groq API keys (`gsk_` and 52 alphanumerics).
 *
 * @returns the detector
 * @internal
 *
 * @example
 * ```ts
 * import { createScanner } from '@airlock/core';
 * const scanner = createScanner({ detectors: [groqApiKey()] });
 * scanner.scan('GROQ_API_KEY=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')[0]?.start; //=> 13
 * ```
 */
// @__NO_SIDE_EFFECTS__
export function groqApiKey(): Detector {
  return prefixed({
    id: 'groq-api-key',
    type: 'GROQ_API_KEY',
    description: 'Groq API key',
    patterns: ['\\bgsk_[A-Za-z0-9]{52}\\b'],
    keywords: ['gsk_'],
    mixedAfter: 4,
    samples: {
      positive: [
        { text: 'GROQ_API_KEY=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', value: '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' },
        'Groq(api_key="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")',
      ],
      negative: [
        'GROQ_API_KEY=gsk_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX',
        'gsk_C3J27XDCG2LmlZGEONYlgCtjfIZ4SOcMz9CPVNPkNa1Hedcm4p',
        'gsk_abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyz',
      ],
    },
  });
}

/**
 * Detects Replicate API tokens (`r8_` and 37 alphanumerics).
 *
 * @returns the detector
 * @internal
 *
 * @example
 * ```ts
 * import { createScanner } from '@airlock/core';
 * const scanner = createScanner({ detectors: [replicateApiToken()] });
 * scanner.scan('REPLICATE_API_TOKEN=r8_yTzAeKOmXRrvftva9AW7hipTgadDZFlRJmCGm').length; //=> 1
 * ```
 */
// @__NO_SIDE_EFFECTS__
export function replicateApiToken(): Detector {
  return prefixed({
    id: 'replicate-api-token',
    type: 'REPLICATE_API_TOKEN',
    description: 'Replicate API token',
    patterns: ['\\br8_[A-Za-z0-9]{37}\\b'],
    keywords: ['r8_'],
    mixedAfter: 3,
    samples: {
      positive: [
        { text: 'REPLICATE_API_TOKEN=r8_yTzAeKOmXRrvftva9AW7hipTgadDZFlRJmCGm', value: 'r8_yTzAeKOmXRrvftva9AW7hipTgadDZFlRJmCGm' },
        "export REPLICATE_API_TOKEN='r8_UXiAPyhzAnar3ZLt4bnlz2MPKgcjnCqaXNv1s'",
      ],
      negative: ['r8_yTzAeKOmXRrvftva9AW7hipTgadDZFlRJmCG', 'REPLICATE_API_TOKEN=r8_<your-token>', 'r8_abcdefghijklmnopqrstuvwxyzabcdefghijk'],
    },
  });
}

/**
 * Detects xAI (Grok) API keys (`xai-` and 80 alphanumerics).
 *
 * @returns the detector
 * @internal
 *
 * @example
 * ```ts
 * import { createScanner } from '@airlock/core';
 * const scanner = createScanner({ detectors: [xaiApiKey()] });
 * scanner.scan('XAI_API_KEY=xai-yeefnLOpaMxxNDi9LE1Ki3ylOjt6o0NpUmkVO8JmR8y4EMfAdggcG9qpVTzqA05MFsHl7UeioEJP2NNe').length; //=> 1
 * ```
 */
// @__NO_SIDE_EFFECTS__
export function xaiApiKey(): Detector {
  return prefixed({
    id: 'xai-api-key',
    type: 'XAI_API_KEY',
    description: 'xAI API key',
    patterns: ['\\bxai-[A-Za-z0-9]{80}\\b'],
    keywords: ['xai-'],
    mixedAfter: 4,
    samples: {
      positive: [
        {
          text: 'XAI_API_KEY=xai-yeefnLOpaMxxNDi9LE1Ki3ylOjt6o0NpUmkVO8JmR8y4EMfAdggcG9qpVTzqA05MFsHl7UeioEJP2NNe',
          value: 'xai-yeefnLOpaMxxNDi9LE1Ki3ylOjt6o0NpUmkVO8JmR8y4EMfAdggcG9qpVTzqA05MFsHl7UeioEJP2NNe',
        },
        '"xai-rn66nVberACpdclsxHKifxi5CvQUSHL8iLc7bE6wSt9cbMOeEeUtuieeCIxVc57VVTiY96vwfRE5e32A"',
      ],
      negative: ['xai-yeefnLOpaMxxNDi9LE1Ki3ylOjt6o0NpUmkVO8JmR8y4EMfAdggcG9qpVTzqA05MFsHl7UeioEJP2N', 'pip install xai-sdk', 'xai-' + 'x'.repeat(80)],
    },
  });
}

/**
 * Detects Fireworks AI API keys (`fw_` and 20 to 40 alphanumerics mixing cases and digits).
 *
 * @returns the detector
 * @internal
 *
 * @example
 * ```ts
 * import { createScanner } from '@airlock/core';
 * const scanner = createScanner({ detectors: [fireworksApiKey()] });
 * scanner.scan('FIREWORKS_API_KEY=fw_8Yb3FKaNQyyLaMeffOhq4AUv').length; //=> 1
 * scanner.scan('fw_firmwareupdatehandlers').length; //=> 0
 * ```
 */
// @__NO_SIDE_EFFECTS__
export function fireworksApiKey(): Detector {
  return prefixed({
    id: 'fireworks-api-key',
    type: 'FIREWORKS_API_KEY',
    description: 'Fireworks AI API key',
    patterns: ['\\bfw_[A-Za-z0-9]{20,40}\\b'],
    keywords: ['fw_'],
    mixedAfter: 3,
    score: 0.8,
    samples: {
      positive: [
        { text: 'FIREWORKS_API_KEY=fw_8Yb3FKaNQyyLaMeffOhq4AUv', value: 'fw_8Yb3FKaNQyyLaMeffOhq4AUv' },
        'Fireworks(api_key="fw_y7VSLDCD1IfHWGbtMfEbo9Sh")',
      ],
      negative: ['fw_firmwareupdatehandlers', 'FW_VERSION_STRING_MAXIMUM', 'fw_8Yb3FKaNQyyLaMe'],
    },
  });
}

/**
 * Detects OpenRouter API keys (`sk-or-v1-` and 64 hex digits).
 *
 * @returns the detector
 * @internal
 *
 * @example
 * ```ts
 * import { createScanner } from '@airlock/core';
 * const scanner = createScanner({ detectors: [openrouterApiKey()] });
 * scanner.scan('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')[0]?.end; //=> 73
 * ```
 */
// @__NO_SIDE_EFFECTS__
export function openrouterApiKey(): Detector {
  return prefixed({
    id: 'openrouter-api-key',
    type: 'OPENROUTER_API_KEY',
    description: 'OpenRouter API key',
    patterns: ['\\bsk-or-v1-[a-f0-9]{64}\\b'],
    keywords: ['sk-or-v1-'],
    score: 0.95,
    samples: {
      positive: [
        {
          text: 'OPENROUTER_API_KEY=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',
          value: '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',
        },
        'Authorization: Bearer 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',
      ],
      negative: ['sk-or-v1-ff80b9465aef7ac86d66c7a644fb12853ef86dcfaea21818b904ce6087413e3', 'sk-or-v1-' + '0'.repeat(64), 'sk-or-v1-...'],
    },
  });
}

/**
 * Detects LangSmith API keys (`lsv2_pt_…` personal tokens and `lsv2_sk_…` service keys).
 *
 * @returns the detector
 * @internal
 *
 * @example
 * ```ts
 * import { createScanner } from '@airlock/core';
 * const scanner = createScanner({ detectors: [langsmithApiKey()] });
 * scanner.scan('LANGSMITH_API_KEY=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').length; //=> 1
 * ```
 */
// @__NO_SIDE_EFFECTS__
export function langsmithApiKey(): Detector {
  return prefixed({
    id: 'langsmith-api-key',
    type: 'LANGSMITH_API_KEY',
    description: 'LangSmith (LangChain) API key',
    patterns: ['\\blsv2_(?:pt|sk)_[a-f0-9]{32}_[a-f0-9]{10}\\b'],
    keywords: ['lsv2_'],
    score: 0.95,
    samples: {
      positive: [
        { text: 'LANGSMITH_API_KEY=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', value: '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' },
        'LANGCHAIN_API_KEY="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"',
      ],
      negative: ['lsv2_pt_ff21db0c2e0b03dd475c5a6cd981f939', 'lsv2_pt_...', 'lsv2_xx_ff21db0c2e0b03dd475c5a6cd981f939_451e0f1a36'],
    },
  });
}

/**
 * Detects ElevenLabs API keys: `sk_` and 48 hex digits alone, or 32 hex digits (the older form)
 * near `elevenlabs` or `xi-api-key`.
 *
 * @returns the detector
 * @internal
 *
 * @example
 * ```ts
 * import { createScanner } from '@airlock/core';
 * const scanner = createScanner({ detectors: [elevenlabsApiKey()] });
 * scanner.scan('xi-api-key: e9071590d292a283a2043d77faecbaa4').length; //=> 1
 * scanner.scan('md5 e9071590d292a283a2043d77faecbaa4').length; //=> 0
 * ```
 */
// @__NO_SIDE_EFFECTS__
export function elevenlabsApiKey(): Detector {
  return named({
    id: 'elevenlabs-api-key',
    type: 'ELEVENLABS_API_KEY',
    description: 'ElevenLabs API key',
    patterns: ['\\bsk_[a-f0-9]{48}\\b', '\\b[a-f0-9]{32}\\b'],
    ownPrefix: 'sk_',
    words: ['elevenlabs', 'eleven_api_key', 'elevenlabs_api_key', 'xi-api-key', 'api.elevenlabs.io'],
    samples: {
      positive: [
        { text: 'ELEVENLABS_API_KEY=sk_3ea22dfe9029629fa947bab3ae8e9ea7c72bb0bcc6bc4552', value: 'sk_3ea22dfe9029629fa947bab3ae8e9ea7c72bb0bcc6bc4552' },
        'curl -H "xi-api-key: e9071590d292a283a2043d77faecbaa4" https://api.elevenlabs.io/v1/voices',
      ],
      negative: ['sha: e9071590d292a283a2043d77faecbaa4', 'sk_3ea22dfe9029629fa947bab3ae8e9ea7c72bb0bcc6bc45', 'ELEVENLABS_API_KEY=sk_' + '0'.repeat(48)],
    },
  });
}

/**
 * Detects Mistral AI API keys: 32 alphanumerics mixing cases and digits, near `mistral`.
 *
 * @returns the detector
 * @internal
 *
 * @example
 * ```ts
 * import { createScanner } from '@airlock/core';
 * const scanner = createScanner({ detectors: [mistralApiKey()] });
 * scanner.scan('MISTRAL_API_KEY=o6VOZw5luMu57mnXm4gi4piUfqygB18A').length; //=> 1
 * scanner.scan('request id o6VOZw5luMu57mnXm4gi4piUfqygB18A').length; //=> 0
 * ```
 */
// @__NO_SIDE_EFFECTS__
export function mistralApiKey(): Detector {
  return named({
    id: 'mistral-api-key',
    type: 'MISTRAL_API_KEY',
    description: 'Mistral AI API key (with the provider named nearby)',
    patterns: ['\\b[A-Za-z0-9]{32}\\b'],
    mixed: true,
    words: ['mistral', 'mistralai', 'mistral_api_key', 'api.mistral.ai', 'codestral', 'codestral_api_key'],
    samples: {
      positive: [
        { text: 'MISTRAL_API_KEY=o6VOZw5luMu57mnXm4gi4piUfqygB18A', value: 'o6VOZw5luMu57mnXm4gi4piUfqygB18A' },
        'client = Mistral(api_key="IYTimzORZbgmKRw609xhTGOWvGR1mZeE")',
      ],
      negative: ['request id o6VOZw5luMu57mnXm4gi4piUfqygB18A', 'mistral checksum d41d8cd98f00b204e9800998ecf8427e', 'MISTRAL_MODEL=mistralLargeLatestInstructVersion'],
    },
  });
}

/**
 * Detects Cohere API keys: 40 alphanumerics mixing cases and digits, near `cohere` or
 * `CO_API_KEY`, in any form (gitleaks' rule wants an assignment).
 *
 * @returns the detector
 * @internal
 *
 * @example
 * ```ts
 * import { createScanner } from '@airlock/core';
 * const scanner = createScanner({ detectors: [cohereApiKey()] });
 * scanner.scan('cohere.Client("gbcWJNG5KEjmlhnl1ks7RgLdi8RDeWguzDBGwBnM")').length; //=> 1
 * ```
 */
// @__NO_SIDE_EFFECTS__
export function cohereApiKey(): Detector {
  return named({
    id: 'cohere-api-key',
    type: 'COHERE_API_KEY',
    description: 'Cohere API key (with the provider named nearby)',
    patterns: ['\\b[A-Za-z0-9]{40}\\b'],
    mixed: true,
    words: ['cohere', 'co_api_key', 'cohere_api_key', 'api.cohere.ai', 'api.cohere.com'],
    samples: {
      positive: [
        { text: 'cohere.Client("gbcWJNG5KEjmlhnl1ks7RgLdi8RDeWguzDBGwBnM")', value: 'gbcWJNG5KEjmlhnl1ks7RgLdi8RDeWguzDBGwBnM' },
        'CO_API_KEY: xaOSc2mlADxVxz6mMkgGYau5fZ1T436O8zKMmGLv',
      ],
      negative: ['commit gbcWJNG5KEjmlhnl1ks7RgLdi8RDeWguzDBGwBnM', 'cohere sha1 da39a3ee5e6b4b0d3255bfef95601890afd80709', 'CO_API_KEY=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'],
    },
  });
}

/**
 * Detects DeepSeek API keys: `sk-` and 32 hex digits, near `deepseek`.
 *
 * @returns the detector
 * @internal
 *
 * @example
 * ```ts
 * import { createScanner } from '@airlock/core';
 * const scanner = createScanner({ detectors: [deepseekApiKey()] });
 * scanner.scan('DEEPSEEK_API_KEY=sk-89c6948f6d30c01c3f252edc87ff4adf').length; //=> 1
 * ```
 */
// @__NO_SIDE_EFFECTS__
export function deepseekApiKey(): Detector {
  return named({
    id: 'deepseek-api-key',
    type: 'DEEPSEEK_API_KEY',
    description: 'DeepSeek API key (with the provider named nearby)',
    patterns: ['\\bsk-[a-f0-9]{32}\\b'],
    words: ['deepseek', 'deepseek_api_key', 'api.deepseek.com'],
    samples: {
      positive: [
        { text: 'DEEPSEEK_API_KEY=sk-89c6948f6d30c01c3f252edc87ff4adf', value: 'sk-89c6948f6d30c01c3f252edc87ff4adf' },
        'client = OpenAI(api_key="sk-a36d0840164709ab7f3f386d0cd56664", base_url="https://api.deepseek.com")',
      ],
      negative: ['key sk-89c6948f6d30c01c3f252edc87ff4adf', 'DEEPSEEK_API_KEY=sk-' + '0'.repeat(32), 'deepseek sk-89c6948f6d30c01c3f252edc87ff4a'],
    },
  });
}

/**
 * Detects Together AI API keys: `tgp_v1_…` alone, or 64 hex digits (the older form) near
 * `TOGETHER_API_KEY` or `together.xyz`.
 *
 * @returns the detector
 * @internal
 *
 * @example
 * ```ts
 * import { createScanner } from '@airlock/core';
 * const scanner = createScanner({ detectors: [togetherApiKey()] });
 * scanner.scan('TOGETHER_API_KEY=tgp_v1_yFzfhbIH2denCJjluEV99TARR-rjp5B42HXtVtPLx2V').length; //=> 1
 * ```
 */
// @__NO_SIDE_EFFECTS__
export function togetherApiKey(): Detector {
  return named({
    id: 'together-api-key',
    type: 'TOGETHER_API_KEY',
    description: 'Together AI API key',
    patterns: ['\\btgp_v1_[A-Za-z0-9_-]{43}', '\\b[a-f0-9]{64}\\b'],
    ownPrefix: 'tgp_v1_',
    words: ['together_api_key', 'together.xyz', 'api.together.xyz', 'together.ai', 'togetherai', 'together_ai'],
    samples: {
      positive: [
        { text: 'TOGETHER_API_KEY=tgp_v1_yFzfhbIH2denCJjluEV99TARR-rjp5B42HXtVtPLx2V', value: 'tgp_v1_yFzfhbIH2denCJjluEV99TARR-rjp5B42HXtVtPLx2V' },
        'TOGETHER_API_KEY=d9c9b9f89900715dc1ac1a27df8713e4731de361b43be4de8db4947f39b88687',
      ],
      negative: [
        'sha256 d9c9b9f89900715dc1ac1a27df8713e4731de361b43be4de8db4947f39b88687',
        'we worked together on d9c9b9f89900715dc1ac1a27df8713e4731de361b43be4de8db4947f39b88687',
        'TOGETHER_API_KEY=tgp_v1_...',
      ],
    },
  });
}

/**
 * Detects Azure OpenAI keys: 32 hex digits near `AZURE_OPENAI_API_KEY` or an
 * `openai.azure.com` endpoint.
 *
 * @returns the detector
 * @internal
 *
 * @example
 * ```ts
 * import { createScanner } from '@airlock/core';
 * const scanner = createScanner({ detectors: [azureOpenaiKey()] });
 * scanner.scan('AZURE_OPENAI_API_KEY=8835c4abd5c652a9f30b1789a6c52cf6').length; //=> 1
 * ```
 */
// @__NO_SIDE_EFFECTS__
export function azureOpenaiKey(): Detector {
  return named({
    id: 'azure-openai-key',
    type: 'AZURE_OPENAI_API_KEY',
    description: 'Azure OpenAI key (with the service named nearby)',
    patterns: ['\\b[a-f0-9]{32}\\b'],
    words: ['azure_openai_api_key', 'azure_openai_key', 'openai.azure.com', 'azure openai', 'azure-openai', 'azureopenai', 'cognitiveservices.azure.com'],
    samples: {
      positive: [
        { text: 'AZURE_OPENAI_API_KEY=8835c4abd5c652a9f30b1789a6c52cf6', value: '8835c4abd5c652a9f30b1789a6c52cf6' },
        'client = AzureOpenAI(azure_endpoint="https://corp-eu.openai.azure.com/", api_key="3c03378ec16c03888ad3e21c5cf5f1df")',
      ],
      negative: ['etag 8835c4abd5c652a9f30b1789a6c52cf6', 'AZURE_OPENAI_API_KEY=' + '0'.repeat(32), 'AZURE_OPENAI_DEPLOYMENT=gpt4o'],
    },
  });
}

/**
 * Every AI-provider key detector of this module.
 *
 * @returns fresh detector objects
 * @internal
 *
 * @example
 * ```ts
 * aiProviderDetectors().length > 5; //=> true
 * ```
 */
// @__NO_SIDE_EFFECTS__
export function aiProviderDetectors(): Detector[] {
  return [
    openaiProjectKey(), anthropicToken(), groqApiKey(), replicateApiToken(), xaiApiKey(), fireworksApiKey(), openrouterApiKey(),
    langsmithApiKey(), elevenlabsApiKey(), mistralApiKey(), cohereApiKey(), deepseekApiKey(), togetherApiKey(), azureOpenaiKey(),
  ];
}
