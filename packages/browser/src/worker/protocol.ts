/**
 * The messages between the page ({@link createWorkerScanner}, {@link createWorkerGuard}) and the
 * worker (`@airlock/browser/worker`). Everything in them is structured-cloneable: no functions, no
 * class instances.
 *
 * @module
 */
import type { AuditDraft, Decision, Finding, GuardReason, ScannerOptions, SensitivityLevel } from '@airlock/core';

/** The detector sets a worker can build (detectors are code, so they are named, not sent). */
export type DetectorPreset = 'recommended' | 'pii' | 'secrets' | 'all';

/** The policy presets a worker guard can build by name. */
export type PolicyPreset = 'default' | 'gdpr' | 'hipaa' | 'pci-dss' | 'soc2';

/** A finding as it crosses to the page: where and what, without its explanation. */
export type WorkerFinding = Omit<Finding, 'explanation'>;

/** What the worker scanner's `scan` resolves to. */
export interface WorkerScanResult {
  /** The findings, offsets into the text sent. */
  readonly findings: readonly WorkerFinding[];
  /** `false` when a limit was hit: decisions built on it must fail closed. */
  readonly complete: boolean;
}

/** What the worker scanner's `redact` resolves to. */
export interface WorkerRedactResult extends WorkerScanResult {
  /** The redacted text. */
  readonly text: string;
}

/** What the worker guard's `guard` resolves to: `GuardResult` without the parts that stay in the worker. */
export interface WorkerGuardResult {
  /** `allow`, `redact` or `block`. */
  readonly action: Decision['action'];
  /** What to send (the text, or its redacted form); absent when blocked. */
  readonly text?: string;
  /** The level of the text. */
  readonly level: SensitivityLevel;
  /** The decision, with its rules and reasons (its operators, which are functions, stay in the worker). */
  readonly decision: Omit<Decision, 'operators' | 'findings'> & { readonly findings: readonly WorkerFinding[] };
  /** The data findings (what is sensitive), offsets into the text sent. */
  readonly findings: readonly WorkerFinding[];
  /** The guards' objections (prompt injection, invisible text, …). */
  readonly reasons: readonly GuardReason[];
  /** The audit record to log. */
  readonly audit: AuditDraft;
}

/** Options of the worker scanner, as sent to the worker. */
export interface ScannerInit {
  readonly kind: 'scanner';
  readonly detectors: DetectorPreset;
  readonly scan?: Omit<ScannerOptions, 'detectors'>;
}

/** Options of the worker guard, as sent to the worker. */
export interface GuardInit {
  readonly kind: 'guard';
  readonly policy: PolicyPreset | object;
  readonly detectors: DetectorPreset;
  readonly scope?: string;
}

/** Page → worker. */
export type Request =
  | { readonly type: 'init'; readonly init: ScannerInit | GuardInit }
  | { readonly type: 'call'; readonly id: number; readonly method: 'scan' | 'redact' | 'guard' | 'restore'; readonly args: readonly unknown[] }
  | { readonly type: 'cancel'; readonly id: number };

/** An error as it crosses: its code, message and name. */
export interface ErrorData {
  readonly code: string;
  readonly message: string;
  readonly name: string;
}

/** Worker → page. `id` 0 is the worker's set-up. */
export type Reply = { readonly type: 'result'; readonly id: number; readonly value: unknown } | { readonly type: 'error'; readonly id: number; readonly error: ErrorData };
