// The steps of a host run (hosts/python/host.py describes them), over the engine's interface as jco
// exposes it, or as src/engine.ts does in Node; results in the JSON the Python host prints.

const kebab = (k) => k.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
/** jco's values to the JSON the Python host prints. */
function toJson(v) {
  if (v === undefined || v === null) return null;
  if (ArrayBuffer.isView(v)) return Array.from(v);
  if (Array.isArray(v)) return v.map(toJson);
  if (typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [kebab(k), toJson(x)]));
  return v;
}
const camel = (k) => k.replace(/-([a-z])/g, (_, c) => c.toUpperCase());
function textIn(t) {
  if (t.tag === 'utf8') return { tag: 'utf8', val: Uint8Array.from(t.val) };
  if (t.tag === 'utf16') return { tag: 'utf16', val: Uint16Array.from(t.val) };
  return t;
}
/** A text comes back as a variant; the Python host gets it untagged (str or list): print it so. */
function untagText(r) {
  if (r && typeof r === 'object' && !Array.isArray(r)) {
    for (const k of Object.keys(r)) {
      const x = r[k];
      if (k === 'text' && x && typeof x === 'object' && 'tag' in x) r[k] = x.val;
      else untagText(x);
    }
  } else if (Array.isArray(r)) r.forEach(untagText);
  return r;
}

function run(engine, { op, args = [] }) {
  const fn = engine[camel(op)];
  let params;
  if (op === 'configure') params = [Object.fromEntries(Object.entries(args[0]).map(([k, v]) => [camel(k), v ?? undefined]))];
  else if (op.endsWith('-batch')) params = [args[0].map(textIn), ...args.slice(1).map((a) => a ?? undefined)];
  else params = [textIn(args[0]), ...args.slice(1).map((a) => a ?? undefined)];
  try {
    const out = fn(...params);
    if (op.endsWith('-batch')) return { ok: out.map((r) => (r.tag === 'ok' ? { ok: untagText(toJson(r.val)) } : { err: toJson(r.val) })) };
    return { ok: untagText(toJson(out)) };
  } catch (e) {
    // jco throws a ComponentError whose payload is the WIT error variant; anything else is a trap.
    if (e?.payload !== undefined) return { err: toJson(e.payload) };
    // The engine module itself (in Node, not compiled) throws the variant.
    if (typeof e?.tag === 'string') return { err: toJson({ tag: e.tag, val: e.val }) };
    return { trap: String(e) };
  }
}

/** Runs the steps, in order, against `engine` (the interface object: `{ scan, redact, ... }`). */
export function runSteps(engine, steps) {
  return steps.map((step) => run(engine, step));
}
