// docs/map.png: the map on the demo page (photography, the region filter on Europe), as the README and docs/map.md
// show it. Run after `make build`: node tools/docs-map.mjs
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
  // Photography partners in Europe: the Europe frame.
  await page.goto(`${server.url}?pm-view=map&pm-region=europe`);
  const widget = page.locator('partner-matcher');
  await widget.locator('.pm-land').first().waitFor();
  await widget.locator('.pm-mk').first().waitFor();
  await widget.locator('.pm-map-svg').screenshot({ path: join(ROOT, 'docs/map.png') });
  console.log('docs/map.png written');
} finally {
  await browser.close();
  await server.close();
}
