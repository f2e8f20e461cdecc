/**
 * {@link organization}: companies and institutions by their legal suffix or their kind.
 *
 * @module
 */
import { defineDetector } from '../../defineDetector.ts';
import type { CandidateContext, Detector, ValidationResult } from '../../types.ts';
import { _words, NOT_NAME_WORDS } from './gazetteer.ts';

/** Legal forms and words that end an organisation's name. */
const SUFFIXES =
  'Inc|Incorporated|LLC|L\\.L\\.C\\.|Ltd|Limited|GmbH|AG|Corp|Corporation|Co|Company|PLC|plc|LLP|LP|SA|S\\.A\\.|SAS|SARL|BV|B\\.V\\.|NV|N\\.V\\.|' +
  'AB|ASA|Oy|Oyj|SpA|S\\.p\\.A\\.|Srl|Pty|KG|KGaA|GbR|eV|e\\.V\\.|' +
  'Group|Holdings|Partners|Associates|Consulting|Solutions|Systems|Technologies|Industries|Enterprises|Foundation|Institute|University|' +
  'College|Bank|Bancorp|Insurance|Airlines|Airways|Hospital|Clinic|Labs|Laboratories|Pharmaceuticals|Pharma|Capital|Ventures|Media|' +
  'Studios|Motors|Foods|Stores|Services|Networks|Software|Trust|Agency|Logistics|Energy|Electronics|Communications|Entertainment|Brands';
const WORD = "\\p{Lu}[\\p{L}&'.-]*";
const INSTITUTIONS = 'University|Bank|Institute|College|Ministry|Department|Museum|Academy|Federal Reserve Bank|Board';
const CONTEXT = "(?i:\\b(?:works at|work at|working at|worked at|works for|work for|working for|worked for|employed by|employed at|employer is|employer:|company:|company is|on behalf of)\\s+)";

/** The first word of a suffixed name must not be a function word (`The` is allowed). */
function plausibleOrganization(value: string, _where: CandidateContext): ValidationResult {
  const words = _words(value);
  const first = words[0];
  if (first === undefined) return false;
  if (first !== 'The' && NOT_NAME_WORDS.has(first.toLowerCase()) && words.length <= 2) return false;
  return undefined;
}

/**
 * Detects organisations (`ORGANIZATION`) without a model: capitalised names ending in a legal form
 * or kind (`Acme Widgets Ltd`, `Northwind Traders GmbH`, `Example University`), institutions
 * (`Bank of Example`, `University of Somewhere`), and a capitalised name after "works at" or
 * "employed by". Brand names that carry neither are left to a model (see {@link Recognizer}).
 *
 * @returns the detector
 *
 * @example
 * ```ts
 * import { createScanner, organization } from '@airlock/core';
 * const scanner = createScanner({ detectors: [organization()] });
 * const text = 'The contract with Northwind Traders GmbH ends in May.';
 * scanner.scan(text).map((f) => text.slice(f.start, f.end)); //=> ['Northwind Traders GmbH']
 * ```
 */
// @__NO_SIDE_EFFECTS__
export function organization(): Detector {
  return defineDetector({
    id: 'organization',
    type: 'ORGANIZATION',
    category: 'pii',
    level: 'internal',
    description: 'A company or institution, by its legal form, its kind or context (no model).',
    patterns: [
      `\\b((?:${WORD}\\s+){0,3}${WORD},?\\s+(?:${SUFFIXES})\\b\\.?)`,
      `\\b((?:${INSTITUTIONS})\\s+of(?:\\s+the)?(?:\\s+\\p{Lu}\\p{L}+){1,3})`,
      `${CONTEXT}(${WORD}(?:\\s+${WORD}){0,2})`,
    ],
    group: 1,
    validators: [plausibleOrganization],
    score: 0.7,
    samples: {
      positive: [
        { text: 'The contract with Northwind Traders GmbH ends in May.', value: 'Northwind Traders GmbH' },
        { text: 'Invoice from Blue Heron Consulting, due Friday', value: 'Blue Heron Consulting' },
        { text: 'She studied at the University of Lowlands.', value: 'University of Lowlands' },
        { text: 'He works at Quillfeather and likes it.', value: 'Quillfeather' },
        { text: 'Acme Rockets, Inc. shipped the order', value: 'Acme Rockets, Inc.' },
      ],
      negative: ['the company is small', 'We work at home on Fridays.', 'a limited company in general', 'and Co'],
    },
  });
}
