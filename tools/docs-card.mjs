// docs/card.png: a result card on the demo page as a Photography student asking for spring sees
// it (what decides, the next stay with its deadlines and days left, the estimate), its details
// open. Run after `make build`: node tools/docs-card.mjs
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
  const page = await browser.newPage({ viewport: { width: 1200, height: 1400 } });
  await page.goto(`${server.url}?pm-term=spring&pm-q=arles`);
  const card = page.locator('partner-matcher .pm-card').first();
  await card.locator('.pm-next').waitFor();
  await card.locator('.pm-details').click();
  await card.locator('.pm-detail').waitFor();
  await card.screenshot({ path: join(ROOT, 'docs/card.png') });
  console.log('docs/card.png written');
} finally {
  await browser.close();
  await server.close();
}
