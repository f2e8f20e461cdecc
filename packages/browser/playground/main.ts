/**
 * The playground: the text is guarded in a Web Worker as the user types (debounced; a newer text
 * cancels the older call), and the page shows the findings highlighted, what would be sent, the
 * level and the decision for the chosen destination.
 *
 * @module
 */
import { createWorkerGuard, type DestinationInput, type PolicyPreset, type WorkerGuard, type WorkerGuardResult } from '../src/index.ts';

const DESTINATIONS: Record<string, DestinationInput> = {
  enterprise: { id: 'enterprise-ai', provider: 'example-ai', retention: 'zero', agreements: ['enterprise'], region: 'US' },
  free: { id: 'free-tier-ai', provider: 'example-ai', retention: 'standard', agreements: [], region: 'US' },
  internal: { id: 'internal-model', provider: 'self-hosted', retention: 'zero', agreements: ['enterprise'], region: 'US', external: false },
};

const SAMPLE = [
  'Hi support, this is Jane Doe (jane.doe@example.com, +1 415 555 0132).',
  'My card 4111 1111 1111 1111 was charged twice.',
  'Our deploy key is AKIAZ7QX4N2PLW6RKDE3, please rotate it.',
].join('\n');

const DEBOUNCE_MS = 150;

const $ = <T extends HTMLElement>(id: string): T => document.getElementById(id) as T;
const input = $<HTMLTextAreaElement>('input');
const destination = $<HTMLSelectElement>('destination');
const policy = $<HTMLSelectElement>('policy');
const status = $<HTMLParagraphElement>('status');
const highlighted = $<HTMLDivElement>('highlighted');
const redacted = $<HTMLOutputElement>('redacted');
const level = $<HTMLElement>('level');
const decision = $<HTMLElement>('decision');
const reasons = $<HTMLUListElement>('reasons');
const findings = $<HTMLTableSectionElement>('findings');

let guard: WorkerGuard;
let current: AbortController | undefined;
let timer: ReturnType<typeof setTimeout> | undefined;
let runs = 0;

function startGuard(): void {
  guard?.terminate();
  guard = createWorkerGuard({ policy: policy.value as PolicyPreset, name: 'airlock-playground' });
  status.textContent = 'Starting the worker…';
  guard.ready.then(
    () => {
      document.body.dataset['worker'] = 'ready';
      status.textContent = 'Ready. Scanning happens in a Web Worker.';
    },
    (e: { code?: string; message?: string }) => {
      status.textContent = `The worker failed: ${e.message ?? String(e)}`;
    },
  );
}

/** The text with each finding wrapped in a <mark>, built as DOM nodes (never as HTML). */
function renderHighlights(text: string, result: WorkerGuardResult): void {
  const nodes: Node[] = [];
  let at = 0;
  for (const f of [...result.findings].sort((a, b) => a.start - b.start)) {
    if (f.start < at) continue;
    if (f.start > at) nodes.push(document.createTextNode(text.slice(at, f.start)));
    const mark = document.createElement('mark');
    mark.textContent = text.slice(f.start, f.end);
    mark.dataset['type'] = f.type;
    mark.dataset['family'] = f.family;
    mark.title = `${f.type} (${f.family}), score ${f.score.toFixed(2)}`;
    mark.setAttribute('aria-label', `${f.type}: ${mark.textContent}`);
    nodes.push(mark);
    at = f.end;
  }
  if (at < text.length) nodes.push(document.createTextNode(text.slice(at)));
  highlighted.replaceChildren(...nodes);
}

function render(text: string, result: WorkerGuardResult): void {
  renderHighlights(text, result);
  redacted.value = result.action === 'block' ? '(nothing: the request is blocked)' : (result.text ?? '');
  level.textContent = result.level;
  decision.textContent = result.action;
  reasons.replaceChildren(
    ...[...result.reasons.map((r) => r.message), ...result.decision.reasons].map((r) => {
      const li = document.createElement('li');
      li.textContent = r;
      return li;
    }),
  );
  findings.replaceChildren(
    ...result.findings.map((f) => {
      const tr = document.createElement('tr');
      for (const cell of [f.type, text.slice(f.start, f.end), `${f.start}–${f.end}`, f.score.toFixed(2)]) {
        const td = document.createElement('td');
        td.textContent = cell;
        tr.append(td);
      }
      return tr;
    }),
  );
  document.body.dataset['runs'] = String(++runs);
  document.body.dataset['state'] = 'done';
}

async function check(): Promise<void> {
  current?.abort();
  const controller = new AbortController();
  current = controller;
  const text = input.value;
  document.body.dataset['state'] = 'scanning';
  try {
    const result = await guard.guard(text, { destination: DESTINATIONS[destination.value]!, signal: controller.signal });
    if (controller.signal.aborted) return;
    render(text, result);
    status.textContent = `${result.findings.length} finding${result.findings.length === 1 ? '' : 's'}; scanned in the worker.`;
  } catch (e) {
    const error = e as { code?: string; message?: string };
    if (error.code === 'aborted') return; // a newer text is on its way
    document.body.dataset['state'] = 'error';
    status.textContent = `Error ${error.code ?? ''}: ${error.message ?? String(e)}`;
  }
}

function schedule(): void {
  clearTimeout(timer);
  timer = setTimeout(() => void check(), DEBOUNCE_MS);
}

input.addEventListener('input', schedule);
destination.addEventListener('change', () => void check());
policy.addEventListener('change', () => {
  startGuard();
  void check();
});
$<HTMLButtonElement>('sample').addEventListener('click', () => {
  input.value = SAMPLE;
  input.focus();
  void check();
});
$<HTMLButtonElement>('clear').addEventListener('click', () => {
  input.value = '';
  input.focus();
  void check();
});

startGuard();
void check();
