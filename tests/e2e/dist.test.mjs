// `make dist`'s folder as the web team deploys it: the snippet pasted into a blank page works
// with the hashed files and their integrity hashes, sent as their brotli copies, and a changed
// file is refused.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { compress } from '../../tools/compress.mjs';
import { ROOT, launch, newPage, startServer, waitForOutcome, waitForReady, wwwWith } from './harness.mjs';

let browser;
let folder;

before(async () => {
  browser = await launch();
  execFileSync('node', [join(ROOT, 'tools', 'dist.mjs')], { stdio: 'ignore' });
  const dist = join(ROOT, 'dist');
  folder = join(dist, readdirSync(dist).find((name) => name.startsWith('partner-matcher-')));
});

after(async () => {
  await browser?.close();
});

/** A blank page with the snippet, the dist folder at /partner-matcher/ (`change` alters it). */
function site(change = () => {}) {
  const snippet = readFileSync(join(folder, 'snippet.html'), 'utf8');
  const dir = wwwWith({ 'index.html': `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Blank</title></head><body>${snippet}</body></html>` });
  mkdirSync(join(dir, 'data'));
  cpSync(folder, join(dir, 'partner-matcher'), { recursive: true });
  cpSync(join(ROOT, 'www', 'catalogue.json'), join(dir, 'data', 'partners.json'));
  change(join(dir, 'partner-matcher'));
  return dir;
}

test('the snippet of make dist shows a working widget from the hashed files', async () => {
  const files = readdirSync(folder);
  for (const ext of ['js', 'wasm', 'css']) {
    assert.ok(files.some((f) => new RegExp(`^partner-matcher\\.[0-9a-f]{12}\\.${ext}$`).test(f)), `a hashed .${ext}`);
  }
  const snippet = readFileSync(join(folder, 'snippet.html'), 'utf8');
  assert.match(snippet, /<script type="module" src="\/partner-matcher\/partner-matcher\.[0-9a-f]{12}\.js" integrity="sha384-/);
  assert.match(snippet, /rel="preload" href="\/partner-matcher\/partner-matcher\.[0-9a-f]{12}\.wasm" as="fetch"[^>]*integrity="sha384-/);
  // V8's compile hint must be the loader's first line to be read (Makefile, LOADER_BANNER).
  const loader = files.find((f) => /^partner-matcher\.[0-9a-f]{12}\.js$/.test(f));
  assert.ok(readFileSync(join(folder, loader), 'utf8').startsWith('//# allFunctionsCalledOnLoad\n'), 'the compile hint first');
  const server = await startServer({ www: site() });
  try {
    const page = await newPage(browser);
    const wasm = page.waitForResponse((r) => r.url().endsWith('.wasm'));
    await page.goto(server.url);
    await waitForReady(page);
    assert.ok(await page.locator('partner-matcher .pm-card').count() > 0, 'result cards');
    assert.deepEqual(page.problems, []);
    // The preview sends the .br copy as it is (as nginx's brotli_static would).
    assert.equal(await (await wasm).headerValue('content-encoding'), 'br');
  } finally {
    await server.stop();
  }
});

test('every hashed file has a .gz and a .br copy with the same bytes', () => {
  const hashed = readdirSync(folder).filter((f) => /\.[0-9a-f]{12}\.(js|wasm|css|txt)$/.test(f));
  assert.equal(hashed.length, 5, hashed.join(', '));
  for (const file of hashed) {
    const bytes = readFileSync(join(folder, file));
    assert.ok(gunzipSync(readFileSync(join(folder, `${file}.gz`))).equals(bytes), `${file}.gz`);
    assert.ok(brotliDecompressSync(readFileSync(join(folder, `${file}.br`))).equals(bytes), `${file}.br`);
  }
});

test('a wasm file changed after make dist is refused (Subresource Integrity)', async () => {
  const server = await startServer({
    www: site((dir) => {
      const wasm = readdirSync(dir).find((f) => f.endsWith('.wasm'));
      const bytes = readFileSync(join(dir, wasm));
      bytes[bytes.length - 1] ^= 1;
      writeFileSync(join(dir, wasm), bytes);
      compress(join(dir, wasm)); // and its copies, which the server sends
    }),
  });
  try {
    const page = await newPage(browser);
    await page.goto(server.url);
    assert.equal(await waitForOutcome(page), 'error');
    assert.ok(await page.locator('partner-matcher .pm-card').count() === 0);
  } finally {
    await server.stop();
  }
});
