// Writes tools/country-names.json: the English and Dutch name of every ISO 3166-1 country as
// the browser gives it (`Intl.DisplayNames`, whose names are Unicode CLDR's), asked of the
// Chromium `make test` installs. `tools/gen-reference.py` makes them the names of the country
// table, so that the command line and the widget (which asks the browser and does not download
// the names) show and search the same names. Run after `make test-deps`:
//   node tools/country-names.mjs && python3 tools/gen-reference.py
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const ROOT = join(fileURLToPath(new URL('.', import.meta.url)), '..');
const table = readFileSync(join(ROOT, 'src/reference/countries_table.rs'), 'utf8');
const codes = [...table.matchAll(/^\s*"([A-Z]{2})\|/gm)].map((m) => m[1]);
if (codes.length < 249) throw new Error(`only ${codes.length} codes in countries_table.rs`);

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu'],
});
try {
  const page = await browser.newPage();
  const names = await page.evaluate((codes) => {
    const en = new Intl.DisplayNames(['en'], { type: 'region' });
    const nl = new Intl.DisplayNames(['nl'], { type: 'region' });
    return Object.fromEntries(codes.map((c) => [c, [en.of(c), nl.of(c)]]));
  }, codes);
  for (const [code, [en, nl]] of Object.entries(names)) {
    if (!en || !nl || en === code) throw new Error(`the browser has no name for ${code}`);
  }
  const out = { source: `Chromium ${browser.version()} (Intl.DisplayNames, Unicode CLDR)`, names };
  // A country a line.
  const rows = Object.entries(names).map(([c, n]) => `  ${JSON.stringify(c)}: ${JSON.stringify(n)}`);
  const json = `{\n "source": ${JSON.stringify(out.source)},\n "names": {\n${rows.join(',\n')}\n }\n}\n`;
  writeFileSync(join(ROOT, 'tools/country-names.json'), json);
  console.log(`tools/country-names.json: ${codes.length} countries from ${out.source}`);
} finally {
  await browser.close();
}
