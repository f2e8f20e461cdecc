// Lets node-gyp build native dependencies (the optional `re2` binding of the benchmarks) without
// downloading Node's headers. Since pnpm 11, lifecycle scripts no longer get npm_config_* settings
// from .npmrc, so node-gyp does not see `nodedir` and tries nodejs.org, which some machines (ours
// included) cannot reach. When the running Node ships its headers next to it (Debian's
// /usr/include/node, or a Node build's include/node), point node-gyp at them.
'use strict';
const fs = require('node:fs');
const path = require('node:path');

function localNodeDir() {
  if (process.env.npm_config_nodedir) return process.env.npm_config_nodedir;
  const prefix = path.resolve(path.dirname(process.execPath), '..');
  const header = path.join(prefix, 'include', 'node', 'node_version.h');
  try {
    const text = fs.readFileSync(header, 'utf8');
    const [major, minor, patch] = process.versions.node.split('.');
    const has = (name, value) => new RegExp(`#define ${name} ${value}\\b`).test(text);
    if (has('NODE_MAJOR_VERSION', major) && has('NODE_MINOR_VERSION', minor) && has('NODE_PATCH_VERSION', patch)) {
      return prefix;
    }
  } catch {
    // No local headers: node-gyp downloads them as usual.
  }
  return undefined;
}

module.exports = {
  hooks: {
    updateConfig(config) {
      const nodedir = localNodeDir();
      if (nodedir === undefined) return config;
      return { ...config, extraEnv: { ...config.extraEnv, npm_config_nodedir: nodedir } };
    },
  },
};
