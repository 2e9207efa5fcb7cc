// docs/shortlist.png, docs/compare.png, docs/print.png: the shortlist on the demo page
// (photography: two partner schools in Europe, one outside, a BIP), side by side, and as it
// prints (A4 width). Run after `make build`: node tools/docs-shortlist.mjs
import { chromium } from 'playwright-core';
import { join } from 'node:path';
import { serve } from './bench/server.mjs';
import { ROOT } from './bench/node.mjs';

const server = await serve(join(ROOT, 'www'));
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu'],
});
try {
  const page = await browser.newPage({ viewport: { width: 1200, height: 1000 } });
  const widget = page.locator('partner-matcher');
  /** Saves the first result a search shows. */
  const saveFirst = async (query) => {
    await page.goto(`${server.url}?${query}`);
    const save = widget.locator('.pm-card .pm-save').first();
    await save.waitFor();
    const before = await widget.locator('.pm-sl-item').count();
    await save.click();
    await page.waitForFunction((n) => document.querySelector('partner-matcher').shadowRoot.querySelectorAll('.pm-sl-item').length > n, before);
  };
  await saveFirst('pm-show=institution&pm-region=europe');
  await page.locator('partner-matcher .pm-card .pm-save').nth(1).click();
  await saveFirst('pm-show=institution&pm-region=outside-europe');
  await saveFirst('pm-show=bip');
  const shortlist = widget.locator('.pm-shortlist');
  await shortlist.screenshot({ path: join(ROOT, 'docs/shortlist.png') });
  await widget.locator('.pm-compare summary').click();
  await widget.locator('.pm-compare table').waitFor();
  await widget.locator('.pm-compare').screenshot({ path: join(ROOT, 'docs/compare.png') });
  await widget.locator('.pm-compare summary').click();
  // A4 is 210 mm wide: 794 CSS pixels at 96 per inch, less the page's margins.
  await page.setViewportSize({ width: 794, height: 1123 });
  await page.emulateMedia({ media: 'print' });
  await page.screenshot({ path: join(ROOT, 'docs/print.png'), fullPage: true });
  console.log('docs/shortlist.png, docs/compare.png, docs/print.png written');
} finally {
  await browser.close();
  await server.close();
}
