// Prints pkg/package.json for the npm package, from Cargo.toml's name, version and description.
import { readFileSync } from 'node:fs';

const cargo = readFileSync(new URL('../Cargo.toml', import.meta.url), 'utf8');
const field = (name) => cargo.match(new RegExp(`^${name} = "(.*)"$`, 'm'))?.[1];

const pkg = {
  name: 'partner-matcher',
  version: field('version'),
  description: field('description'),
  license: field('license'),
  repository: field('repository'),
  type: 'module',
  main: 'partner_matcher.js',
  types: 'partner_matcher.d.ts',
  // Beside the module: the widget's stylesheet (mount renders without it, as the custom
  // element adds it in its shadow root) and the tables mount's `places` and `outlines` name.
  files: ['partner_matcher.js', 'partner_matcher_bg.wasm', 'partner_matcher.d.ts', 'partner_matcher_bg.wasm.d.ts', 'partner-matcher.css', 'places.txt', 'outlines.txt', 'README.md', 'LICENSE-MIT', 'LICENSE-APACHE'],
  sideEffects: false,
  exports: {
    '.': { types: './partner_matcher.d.ts', default: './partner_matcher.js' },
    './partner_matcher_bg.wasm': './partner_matcher_bg.wasm',
    './partner-matcher.css': './partner-matcher.css',
    './places.txt': './places.txt',
    './outlines.txt': './outlines.txt',
    './package.json': './package.json',
  },
};
console.log(JSON.stringify(pkg, null, 2));
