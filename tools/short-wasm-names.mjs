// Renames, in wasm-bindgen's glue, what wasm-opt's --minify-imports-and-exports-and-modules
// renamed in the wasm: each import the glue provides ("__wbg_status_cb85b6c8d1769fa1", with a
// hash the compressor cannot pack) and each export the glue calls ("wasm.mount") gets the
// one- or two-letter name of the map wasm-opt printed. Both files carry every name once, so this
// takes 6.4 KB gzip off the widget (docs/performance.md, "Download size").
//
//   node tools/short-wasm-names.mjs GLUE.js MAP.json MODULE.wasm
//
// Run on the glue as wasm-bindgen wrote it (before esbuild). It fails, and the build with it,
// when a name of the map is not found exactly where it is expected or the glue asks the wasm for
// something it no longer has: a new wasm-bindgen that writes its glue differently must not give a
// widget that cannot start.
import { readFileSync, writeFileSync } from 'node:fs';

const [glueFile, mapFile, wasmFile] = process.argv.slice(2);
const fail = (message) => {
  console.error(`short-wasm-names: ${message}`);
  process.exit(1);
};
let glue = readFileSync(glueFile, 'utf8');
const map = JSON.parse(readFileSync(mapFile, 'utf8'));
const wasm = new WebAssembly.Module(readFileSync(wasmFile));
const modules = new Set(WebAssembly.Module.imports(wasm).map((i) => i.module));
if (modules.size !== 1) fail(`expected the wasm to import from one module, not ${[...modules].join(', ')}`);
const [module] = modules;

const escape = (text) => text.replace(/[$]/g, '$$$$');
const replaceOnce = (pattern, replacement, what) => {
  const found = glue.match(new RegExp(pattern.source, 'g'))?.length ?? 0;
  if (found !== 1) fail(`${what} found ${found} times in ${glueFile}, expected once`);
  glue = glue.replace(pattern, escape(replacement));
};

// The imports object: `"./partner_matcher_bg.js": import0` and its keys `name: function(`.
for (const old of new Set(map.imports.map(([oldModule]) => oldModule))) {
  const quoted = JSON.stringify(old).replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  replaceOnce(new RegExp(`${quoted}:`), `${JSON.stringify(module)}:`, `module ${old}`);
}
for (const [, old, short] of map.imports) {
  replaceOnce(new RegExp(`(?<=\\s)${old}(?=: function\\()`), short, `import ${old}`);
}
// The exports, which the glue reads as `wasm.name`.
for (const [old, short] of map.exports) {
  glue = glue.replace(new RegExp(`\\bwasm\\.${old}\\b`, 'g'), escape(`wasm.${short}`));
}
const exports = new Set(WebAssembly.Module.exports(wasm).map((e) => e.name));
for (const [, name] of glue.matchAll(/\bwasm\.([\w$]+)/g)) {
  if (!exports.has(name)) fail(`the glue uses wasm.${name}, which the wasm does not export`);
}
writeFileSync(glueFile, glue);
