// The files the loader fetches, next to it. `make dist` bundles the loader with a copy of this
// module that names the content-hashed files and their Subresource Integrity hashes.
export const WASM = 'pkg/partner_matcher_bg.wasm';
export const CSS = 'partner-matcher.css';
export const PLACES = 'pkg/places.txt';
export const OUTLINES = 'pkg/outlines.txt';
export const WASM_INTEGRITY = '';
export const CSS_INTEGRITY = '';
