#!/usr/bin/env bash
# What `pnpm test` needs beyond `pnpm install`, installed when missing (a no-op when present):
# - Debian's chromium, for the browser end-to-end tests (playwright-core drives /usr/bin/chromium;
#   a test tool's own browser download does not work on these machines);
# - Python's wasmtime 49.0.0, for the WebAssembly component's Python host test. PyPI is not
#   reachable here: the wheel comes from the machine's local index, /opt/pypi-more.
# Fails loudly, naming what is missing, rather than letting those tests be skipped.
set -uo pipefail

log="$(mktemp)"
trap 'rm -f "$log"' EXIT
status=0
sudo_=()
if [[ "$(id -u)" != 0 ]]; then sudo_=(sudo); fi

if [[ -x /usr/bin/chromium ]]; then
  echo "chromium: $(/usr/bin/chromium --version 2>/dev/null || echo installed)"
elif { "${sudo_[@]}" apt-get update && "${sudo_[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends chromium; } >"$log" 2>&1; then
  echo "chromium: installed $(/usr/bin/chromium --version 2>/dev/null || true)"
else
  tail -n 30 "$log"
  echo "test prerequisites: could not install Debian's chromium (apt-get install -y --no-install-recommends chromium)" >&2
  status=1
fi

if python3 -c 'import wasmtime.component' 2>/dev/null && [[ "$(python3 -c 'import importlib.metadata as m; print(m.version("wasmtime"))')" == 49.0.0 ]]; then
  echo "python wasmtime: 49.0.0"
elif [[ ! -d /opt/pypi-more/simple ]]; then
  echo "test prerequisites: python wasmtime 49.0.0 is missing and there is no local package index at /opt/pypi-more/simple" >&2
  status=1
elif python3 -m pip install --quiet --disable-pip-version-check --root-user-action=ignore \
  --index-url file:///opt/pypi-more/simple wasmtime==49.0.0 >"$log" 2>&1; then
  echo "python wasmtime: installed 49.0.0"
else
  tail -n 30 "$log"
  echo "test prerequisites: pip install --index-url file:///opt/pypi-more/simple wasmtime==49.0.0 failed" >&2
  status=1
fi

exit "$status"
