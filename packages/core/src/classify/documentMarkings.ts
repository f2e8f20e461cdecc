/**
 * {@link documentMarkings}: the classification labels documents carry ("CONFIDENTIAL", "Internal
 * use only", "PHI"), as detectors that run in the scanner's single pass.
 *
 * @module
 */
import { escapeLiteral } from '../detect/createScanner.ts';
import { defineDetector } from '../detect/defineDetector.ts';
import { DetectorDefinitionError } from '../errors/DetectorDefinitionError.ts';
import type { Detector } from '../detect/types.ts';

/** The family of every marking's type: a label of the whole document, not a value in it. */
export const MARKING_FAMILY = 'DOCUMENT_MARKING';

/** Options of {@link documentMarkings}. */
export interface DocumentMarkingsOptions {
  /**
   * Your organisation's own labels, by the level they mean (`{ restricted: ['ACME SECRET'] }`).
   * Matched literally, case-insensitively, as whole words.
   */
  readonly extra?: {
    readonly internal?: readonly string[];
    readonly confidential?: readonly string[];
    readonly restricted?: readonly string[];
  };
}

// Upper-case labels are markings wherever they stand; the same words in lower case are prose
// ("keep this confidential") unless they come as a fixed phrase or after "Classification:".
const RESTRICTED = [
  '\\b(?:TOP SECRET|STRICTLY CONFIDENTIAL|HIGHLY CONFIDENTIAL|RESTRICTED)\\b',
  '(?i)\\b(?:strictly|highly) confidential\\b',
  '(?i)\\battorney[- ]client privilege[d]?\\b',
  '(?i)\\bprivileged (?:and|&) confidential\\b',
  '(?i)\\b(?:classification|classified|sensitivity|label)\\s*:\\s*(?:restricted|secret|top secret)\\b',
];
const CONFIDENTIAL = [
  '\\bCONFIDENTIAL\\b',
  '(?i)\\b(?:company|business|proprietary)(?: and| &)? confidential\\b',
  '(?i)\\bconfidential(?: and| &) proprietary\\b',
  '(?i)\\bnot for (?:public )?distribution\\b',
  '(?i)\\b(?:classification|classified|sensitivity|label)\\s*:\\s*confidential\\b',
];
const INTERNAL = [
  '(?i)\\b(?:for )?internal use only\\b',
  '(?i)\\bfor internal use\\b',
  '(?i)\\binternal only\\b',
  '(?i)\\bnot for external (?:distribution|use)\\b',
  '(?i)\\bdo not (?:distribute|share|forward) externally\\b',
  '\\bINTERNAL\\b',
  '(?i)\\b(?:classification|classified|sensitivity|label)\\s*:\\s*internal\\b',
];
const PHI = ['\\bPHI\\b', '(?i)\\bprotected health information\\b'];

/**
 * Detects document markings: the labels by which a document states its own sensitivity. Each
 * returned detector reports one type of the family `DOCUMENT_MARKING`, at the level the label
 * means:
 *
 * - `RESTRICTED_MARKING` (restricted): `TOP SECRET`, `STRICTLY CONFIDENTIAL`, `HIGHLY CONFIDENTIAL`,
 *   `RESTRICTED` (upper case), "attorney-client privileged", "privileged and confidential",
 *   `Classification: Restricted`.
 * - `CONFIDENTIAL_MARKING` (confidential): `CONFIDENTIAL` (upper case), "company confidential",
 *   "confidential and proprietary", "not for distribution", `Classification: Confidential`.
 * - `INTERNAL_MARKING` (internal): "internal use only", "for internal use", "internal only", "not for
 *   external distribution", "do not share externally", `INTERNAL` (upper case),
 *   `Classification: Internal`.
 * - `PHI_MARKING` (confidential, regime `hipaa`): `PHI` (upper case), "protected health information".
 *
 * Upper-case labels count wherever they stand; in lower case only fixed phrases do, so that "keep
 * this confidential" in a chat is not taken for a label. A marking classifies the whole text:
 * redacting the word does not lower the level ({@link decide} counts markings after redaction too).
 *
 * @param options - your organisation's own labels
 * @returns one detector per marking type (fresh objects; add them to a scanner next to the catalog)
 * @throws {@link DetectorDefinitionError} when an extra label is not a non-empty string
 *
 * @example
 * ```ts
 * import { createScanner, documentMarkings } from '@airlock/core';
 * const scanner = createScanner({ detectors: documentMarkings({ extra: { restricted: ['ACME EYES ONLY'] } }) });
 * scanner.scan('CONFIDENTIAL - Q3 plan').map((f) => [f.type, f.level]); //=> [['CONFIDENTIAL_MARKING', 'confidential']]
 * scanner.scan('acme eyes only: merger').map((f) => f.type); //=> ['RESTRICTED_MARKING']
 * scanner.scan('Please keep this confidential.'); //=> []
 * ```
 */
// @__NO_SIDE_EFFECTS__
export function documentMarkings(options: DocumentMarkingsOptions = {}): Detector[] {
  if (typeof options !== 'object' || options === null) throw new DetectorDefinitionError('options', 'must be an object');
  const extra = (level: 'internal' | 'confidential' | 'restricted'): string[] => {
    const list = options.extra?.[level];
    if (list === undefined) return [];
    if (!Array.isArray(list)) throw new DetectorDefinitionError(`extra.${level}`, 'must be an array of strings');
    return list.map((label, i) => {
      if (typeof label !== 'string' || label.trim() === '') throw new DetectorDefinitionError(`extra.${level}[${i}]`, 'must be a non-empty string');
      return `(?i)${_bounded(escapeLiteral(label.trim()), label.trim())}`;
    });
  };
  const common = { family: MARKING_FAMILY, score: 0.9, category: 'marking' as const };
  return [
    defineDetector({
      ...common,
      id: 'restricted-marking',
      type: 'RESTRICTED_MARKING',
      patterns: [...RESTRICTED, ...extra('restricted')],
      level: 'restricted',
      description: 'A label marking the document restricted (top secret, strictly confidential, privileged).',
      samples: {
        positive: [
          { text: 'STRICTLY CONFIDENTIAL\nBoard minutes', value: 'STRICTLY CONFIDENTIAL' },
          'Privileged & Confidential: draft settlement',
          'Attorney-Client Privileged communication',
          { text: 'Classification: Restricted', value: 'Classification: Restricted' },
          'TOP SECRET//NOFORN',
        ],
        negative: ['access is restricted to admins', 'the restricted mode', 'a secret recipe', 'keep it confidential'],
      },
    }),
    defineDetector({
      ...common,
      id: 'confidential-marking',
      type: 'CONFIDENTIAL_MARKING',
      patterns: [...CONFIDENTIAL, ...extra('confidential')],
      level: 'confidential',
      description: 'A label marking the document confidential.',
      samples: {
        positive: [
          { text: 'CONFIDENTIAL - Q3 forecast', value: 'CONFIDENTIAL' },
          'Company Confidential. Do not copy.',
          'Confidential and proprietary information of Acme',
          'NOT FOR DISTRIBUTION',
          'Sensitivity: Confidential',
        ],
        negative: ['Please keep this confidential.', 'confidentiality agreement', 'a confidential source told me', 'CONFIDENTIALITY NOTICE_X'],
      },
    }),
    defineDetector({
      ...common,
      id: 'internal-marking',
      type: 'INTERNAL_MARKING',
      patterns: [...INTERNAL, ...extra('internal')],
      level: 'internal',
      description: 'A label marking the document for internal use.',
      samples: {
        positive: [
          'For internal use only',
          { text: 'Slides (INTERNAL)', value: 'INTERNAL' },
          'Not for external distribution.',
          'Do not share externally',
          'Classification: Internal',
        ],
        negative: ['internal combustion engine', 'an internal error occurred', 'INTERNAL_SERVER_ERROR', 'internally we use Go'],
      },
    }),
    defineDetector({
      ...common,
      id: 'phi-marking',
      type: 'PHI_MARKING',
      patterns: PHI,
      level: 'confidential',
      category: 'health',
      regimes: ['hipaa'],
      description: 'A label saying the document holds protected health information (HIPAA).',
      samples: {
        positive: [{ text: 'Contains PHI - handle per policy', value: 'PHI' }, 'Protected Health Information: discharge summary'],
        negative: ['the golden ratio phi', 'Philadelphia office', 'PHILIPS monitor', 'health information leaflet'],
      },
    }),
  ];
}

/** `pattern` (a literal's escaped form) with `\b` on each side where `literal` has a word character. @internal */
export function _bounded(pattern: string, literal: string): string {
  const word = /[A-Za-z0-9_]/;
  return `${word.test(literal[0] ?? '') ? '\\b' : ''}${pattern}${word.test(literal[literal.length - 1] ?? '') ? '\\b' : ''}`;
}
