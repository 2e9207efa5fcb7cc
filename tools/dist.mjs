// `make dist`: dist/partner-matcher-VERSION/, the widget ready to copy to a web server. Every
// file's name carries a hash of its content (so servers may cache them for a year), the loader
// names the others (bundled with a copy of assets/partner-matcher-files.js naming the hashed
// files and their Subresource Integrity hashes), and snippet.html holds the tags to paste.
// Each of those files has its .gz and .br beside it, for the server to send as they are.
// Run after `make build` (it reads the wasm from www/pkg and the glue from target/widget-pkg).
import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { compress } from './compress.mjs';

const ROOT = join(new URL('.', import.meta.url).pathname, '..');
const version = readFileSync(join(ROOT, 'Cargo.toml'), 'utf8').match(/^version = "([^"]+)"/m)[1];
const name = `partner-matcher-${version}`;
const out = join(ROOT, 'dist', name);

const hash = (bytes) => createHash('sha256').update(bytes).digest('hex').slice(0, 12);
const sri = (bytes) => `sha384-${createHash('sha384').update(bytes).digest('base64')}`;

/** Copies `from` under a name with its content hash; the name and its SRI hash. */
function place(from, stem, ext) {
  const bytes = readFileSync(join(ROOT, from));
  const file = `${stem}.${hash(bytes)}.${ext}`;
  writeFileSync(join(out, file), bytes);
  return { file, integrity: sri(bytes) };
}

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
const wasm = place('www/pkg/partner_matcher_bg.wasm', 'partner-matcher', 'wasm');
const css = place('www/partner-matcher.css', 'partner-matcher', 'css');
const places = place('www/pkg/places.txt', 'partner-matcher-places', 'txt');
const outlines = place('www/pkg/outlines.txt', 'partner-matcher-outlines', 'txt');

// The loader, bundled with the glue, naming the files above.
const files = `export const WASM = ${JSON.stringify(wasm.file)};
export const CSS = ${JSON.stringify(css.file)};
export const PLACES = ${JSON.stringify(places.file)};
export const OUTLINES = ${JSON.stringify(outlines.file)};
export const WASM_INTEGRITY = ${JSON.stringify(wasm.integrity)};
export const CSS_INTEGRITY = ${JSON.stringify(css.integrity)};
`;
const bundled = await build({
  entryPoints: [join(ROOT, 'assets/partner-matcher.js')],
  bundle: true, minify: true, format: 'esm', write: false, logLevel: 'warning',
  // V8's compile hint, as `make build` writes it (Makefile, LOADER_BANNER).
  banner: { js: '//# allFunctionsCalledOnLoad' },
  plugins: [{
    name: 'hashed-files',
    setup(b) {
      b.onResolve({ filter: /\/partner-matcher-files\.js$/ }, () => ({ path: 'files', namespace: 'dist' }));
      b.onLoad({ filter: /.*/, namespace: 'dist' }, () => ({ contents: files, loader: 'js' }));
    },
  }],
});
const loaderBytes = bundled.outputFiles[0].contents;
const loader = { file: `partner-matcher.${hash(loaderBytes)}.js`, integrity: sri(loaderBytes) };
writeFileSync(join(out, loader.file), loaderBytes);
copyFileSync(join(ROOT, 'www/catalogue.json'), join(out, 'catalogue.example.json'));
// Each hashed file compressed beside it, for the server to send as it is (README, "Deploying").
for (const { file } of [loader, css, places, outlines]) await compress(join(out, file));
const wasmSizes = await compress(join(out, wasm.file));

const snippet = `<!-- partner-matcher ${version}. Copy this folder to the web server, e.g. as /partner-matcher/,
     and adjust the paths below if you chose another place (the files must stay together).
     See the README, "Deploying": the .br and .gz files to send as they are, and the caching
     headers for these hashed files. -->

<!-- In <head>: the browser starts the loader, the wasm and the catalogue at once, while it
     reads the page (the catalogue URL as in the element below); on a phone the demo page
     showed its results 0.5 to 0.7 s sooner (docs/performance.md). -->
<link rel="preload" href="/partner-matcher/${wasm.file}" as="fetch" type="application/wasm" integrity="${wasm.integrity}" crossorigin>
<link rel="preload" href="/data/partners.json" as="fetch" type="application/json" crossorigin>
<script type="module" src="/partner-matcher/${loader.file}" integrity="${loader.integrity}" crossorigin></script>

<!-- Where the widget goes (the catalogue URL as in the preload above). Inside it, the static
     list of the programme's partners, which students read at once while the widget loads (and
     visitors without JavaScript and search engines see):
       partner-matcher render partners.json --programme photography --lang nl
     Render it again whenever the catalogue changes. -->
<partner-matcher catalogue="/data/partners.json" programme="photography" lang="nl">
  <section class="pm-fallback" lang="nl">…</section>
</partner-matcher>
`;
writeFileSync(join(out, 'snippet.html'), snippet);
console.log(`dist/${name}/: ${loader.file}, ${wasm.file}, ${css.file}, ${places.file}, ${outlines.file} (each with .gz and .br), snippet.html`);
console.log(`the wasm: ${wasmSizes.gz} B gzip, ${wasmSizes.br} B brotli`);
