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
  files: ['partner_matcher.js', 'partner_matcher_bg.wasm', 'partner_matcher.d.ts', 'partner_matcher_bg.wasm.d.ts', 'places.txt', 'README.md'],
  sideEffects: false,
  exports: {
    '.': { types: './partner_matcher.d.ts', default: './partner_matcher.js' },
    './partner_matcher_bg.wasm': './partner_matcher_bg.wasm',
    './places.txt': './places.txt',
  },
};
console.log(JSON.stringify(pkg, null, 2));
