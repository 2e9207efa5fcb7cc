// docs/card.png: a result card on the demo page as a Photography student asking for spring sees
// it (what decides, the next stay with its deadlines and days left, the estimate), its details
// open. Run after `make build`: node tools/docs-card.mjs
import { join } from 'node:path';
import { ROOT, shoot } from './docs-shot.mjs';

await shoot({ width: 1200, height: 1400 }, async (page, url) => {
  await page.goto(`${url}?pm-term=spring&pm-q=arles`);
  const card = page.locator('partner-matcher .pm-card').first();
  await card.locator('.pm-next').waitFor();
  await card.locator('.pm-details').click();
  await card.locator('.pm-detail').waitFor();
  await card.screenshot({ path: join(ROOT, 'docs/card.png') });
  console.log('docs/card.png written');
});
