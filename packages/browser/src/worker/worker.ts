/**
 * The worker side of {@link createWorkerScanner} and {@link createWorkerGuard}: a dedicated module
 * worker that builds a scanner (or a guard) once and answers calls in order. A call cancelled
 * before it starts is dropped; calls run one per task, so a cancel sent while one runs is seen
 * before the next starts.
 *
 * Load it with `new Worker(new URL('@airlock/browser/worker', import.meta.url), { type: 'module' })`
 * or let {@link createWorkerScanner} do it.
 *
 * @module @airlock/browser/worker
 */
import {
  AirlockError,
  allDetectors,
  createGuard,
  createRedactor,
  createScanner,
  defaultPolicy,
  gdpr,
  hipaa,
  isAirlockError,
  pciDss,
  pii,
  recommended,
  secrets,
  soc2,
  type Detector,
  type Finding,
  type Guard,
  type GuardCallOptions,
  type Policy,
  type Redactor,
  type Scanner,
} from '@airlock/core';
import type { DetectorPreset, ErrorData, GuardInit, PolicyPreset, Reply, Request, ScannerInit, WorkerFinding, WorkerGuardResult } from './protocol.ts';

interface Scope {
  onmessage: ((event: MessageEvent<Request>) => void) | null;
  postMessage(message: Reply): void;
}
const scope = globalThis as unknown as Scope;

const DETECTORS: Record<DetectorPreset, () => Detector[]> = { recommended, pii, secrets, all: allDetectors };
const POLICIES: Record<PolicyPreset, () => Policy> = { default: defaultPolicy, gdpr, hipaa, 'pci-dss': pciDss, soc2 };

const plain = ({ type, family, start, end, score, detector, level }: Finding): WorkerFinding => ({ type, family, start, end, score, detector, level });

function errorData(error: unknown): ErrorData {
  if (isAirlockError(error)) return { code: error.code, message: error.message, name: error.name };
  const message = error instanceof Error ? error.message : String(error);
  return { code: 'worker_failed', message: `airlock worker: ${message}`, name: 'AirlockError' };
}

function detectors(preset: DetectorPreset): Detector[] {
  const make = DETECTORS[preset];
  if (!make) throw new AirlockError('invalid_argument', `unknown detector preset ${JSON.stringify(preset)}: use recommended, pii, secrets or all`);
  return make();
}

type Handler = (method: string, args: readonly unknown[]) => unknown;

function scannerHandler(init: ScannerInit): Handler {
  const scanner: Scanner = createScanner({ ...init.scan, detectors: detectors(init.detectors) });
  const redactor: Redactor = createRedactor({ scanner });
  return (method, args) => {
    const text = args[0] as string;
    if (method === 'scan') {
      const r = scanner.analyze(text);
      return { findings: r.findings.map(plain), complete: r.complete };
    }
    if (method === 'redact') {
      const r = redactor.redact(text);
      return { text: r.text, findings: r.findings.map(plain), complete: r.complete };
    }
    throw new Error(`the scanner has no method ${method}`);
  };
}

function guardHandler(init: GuardInit): Handler {
  const policy = typeof init.policy === 'string' ? POLICIES[init.policy as PolicyPreset]?.() : init.policy;
  if (policy === undefined) throw new AirlockError('invalid_argument', `unknown policy preset ${JSON.stringify(init.policy)}: use default, gdpr, hipaa, pci-dss or soc2`);
  const g: Guard = createGuard({ policy, detectors: detectors(init.detectors), ...(init.scope !== undefined ? { scope: init.scope } : {}) });
  return (method, args) => {
    const text = args[0] as string;
    if (method === 'guard') {
      const r = g.guard(text, args[1] as GuardCallOptions);
      // Operators are functions: they stay in the worker (the redactions name them).
      const { operators: _operators, ...decision } = r.decision;
      const out: WorkerGuardResult = {
        action: r.action,
        ...(r.text !== undefined ? { text: r.text } : {}),
        level: r.decision.level,
        decision: { ...decision, findings: decision.findings.map(plain) },
        findings: r.report.sensitive.map(plain),
        reasons: r.report.reasons.map(({ code, message }) => ({ code, message })),
        audit: r.audit,
      };
      return out;
    }
    if (method === 'restore') return g.redactor.restore(text).text;
    if (method === 'scan') {
      const r = g.scanner.analyze(text);
      return { findings: r.findings.map(plain), complete: r.complete };
    }
    throw new Error(`the guard has no method ${method}`);
  };
}

let handler: Handler | undefined;
let setupError: ErrorData | undefined;
const queue: { id: number; method: string; args: readonly unknown[] }[] = [];
let draining = false;

/** Runs one queued call per task, so that messages (cancels) are handled between calls. */
function drain(): void {
  const call = queue.shift();
  if (!call) {
    draining = false;
    return;
  }
  try {
    if (setupError) scope.postMessage({ type: 'error', id: call.id, error: setupError });
    else scope.postMessage({ type: 'result', id: call.id, value: handler!(call.method, call.args) });
  } catch (e) {
    scope.postMessage({ type: 'error', id: call.id, error: errorData(e) });
  }
  setTimeout(drain, 0);
}

scope.onmessage = (event) => {
  const msg = event.data;
  if (msg.type === 'init') {
    try {
      handler = msg.init.kind === 'guard' ? guardHandler(msg.init) : scannerHandler(msg.init);
      scope.postMessage({ type: 'result', id: 0, value: null });
    } catch (e) {
      setupError = errorData(e);
      scope.postMessage({ type: 'error', id: 0, error: setupError });
    }
  } else if (msg.type === 'cancel') {
    const i = queue.findIndex((c) => c.id === msg.id);
    if (i >= 0) queue.splice(i, 1);
  } else if (msg.type === 'call') {
    queue.push(msg);
    if (!draining) {
      draining = true;
      setTimeout(drain, 0);
    }
  }
};
