"""Runs airlock's WebAssembly component from Python through wasmtime (the `wasmtime` wheel, 49.0.0).

    python3 host.py COMPONENT [--cwasm FILE] < steps.json > results.json

Reads a JSON list of steps, calls the component's `airlock:core/engine` interface for each, and
writes one JSON result per step: {"ok": value} or {"err": {"tag", "val"}}. Values are plain JSON:
records as objects with the WIT field names, variants as {"tag", "val"}, enums as strings, `none` as
null, `list<u16>` as a list of numbers. A step is {"op": NAME, "args": [...]}, where a `text`
argument is {"tag": "str" | "utf8" | "utf16", "val": string | [bytes] | [code units]}.

This is the example the docs point to (docs/wasm.md); the repo's tests run it on the golden corpus
and compare with @airlock/core in Node (packages/wasm/test/hosts.test.ts).

With --cwasm FILE, the compiled component is cached there (Component.serialize) and later runs
deserialize it instead of compiling (seconds → milliseconds).
"""
import json
import os
import sys
import time

from wasmtime import Config, Engine, Store
from wasmtime.component import Component, Linker, Record, Variant

INTERFACE = "airlock:core/engine@0.1.0"
FUNCTIONS = ["configure", "scan", "scan-batch", "redact", "redact-batch", "restore", "classify",
             "classify-batch", "guard", "guard-batch"]
CONFIG_FIELDS = ["preset", "min-score", "operator", "policy", "destination", "max-input-bytes", "now-ms"]
FLOAT_FIELDS = {"min-score", "now-ms"}  # f64: wasmtime-py takes a float, not an int


def load(path, cwasm=None):
    """Loads the component: from a precompiled .cwasm when there is one, compiling (and caching) otherwise."""
    engine = Engine(Config())
    if cwasm and os.path.exists(cwasm):
        component = Component.deserialize_file(engine, cwasm)
    else:
        component = Component.from_file(engine, path)
        if cwasm:
            with open(cwasm, "wb") as f:
                f.write(component.serialize())
    store = Store(engine)
    # The component imports nothing (no WASI): an empty linker instantiates it.
    instance = Linker(engine).instantiate(store, component)
    iface = instance.get_export_index(store, INTERFACE)
    funcs = {name: instance.get_func(store, instance.get_export_index(store, name, iface)) for name in FUNCTIONS}
    return store, funcs


def text_in(t):
    """A JSON text to the WIT `text` variant: wasmtime-py picks the case by Python type."""
    if t["tag"] == "str":
        return t["val"]          # str → text.str
    if t["tag"] == "utf8":
        return bytes(t["val"])   # bytes → text.utf8
    return list(t["val"])        # list[int] → text.utf16


def config_in(c):
    r = Record()
    for name in CONFIG_FIELDS:
        v = c.get(name)
        setattr(r, name, float(v) if v is not None and name in FLOAT_FIELDS else v)
    return r


def to_json(v):
    """A lifted WIT value to plain JSON (`text` comes back untagged too: str or list of code units)."""
    if isinstance(v, Record):
        return {k: to_json(x) for k, x in vars(v).items()}
    if isinstance(v, Variant):
        return {"tag": v.tag, "val": to_json(v.payload)}
    if isinstance(v, (list, tuple)):
        return [to_json(x) for x in v]
    if isinstance(v, (bytes, bytearray)):
        return list(v)
    return v


def call(store, func, *args):
    out = func(store, *args)
    func.post_return(store)
    return out


def run(store, funcs, step):
    op, args = step["op"], step.get("args", [])
    if op == "configure":
        params = [config_in(args[0])]
    elif op.endswith("-batch"):
        params = [[text_in(t) for t in args[0]]] + args[1:]
    else:
        params = [text_in(args[0])] + args[1:]
    out = call(store, funcs[op], *params)
    if op.endswith("-batch"):
        # list<result<T, error>>: a record is ok, a variant is the error.
        return {"ok": [{"err": to_json(r)} if isinstance(r, Variant) else {"ok": to_json(r)} for r in out]}
    # result<T, error>: T is a record (or nothing, for configure); error is always a Variant.
    if isinstance(out, Variant):
        return {"err": to_json(out)}
    return {"ok": to_json(out)}


def main():
    args = sys.argv[1:]
    cwasm = None
    if "--cwasm" in args:
        i = args.index("--cwasm")
        cwasm = args[i + 1]
        del args[i:i + 2]
    started = time.perf_counter()
    store, funcs = load(args[0], cwasm)
    loaded = time.perf_counter() - started
    steps = json.load(sys.stdin)
    results = [run(store, funcs, step) for step in steps]
    json.dump({"load_seconds": loaded, "results": results}, sys.stdout)


if __name__ == "__main__":
    main()
