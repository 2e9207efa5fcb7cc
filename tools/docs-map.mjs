// docs/map.png: the map on the demo page (photography, the region filter on Europe), as the README and docs/map.md
// show it. Run after `make build`: node tools/docs-map.mjs
import { join } from 'node:path';
import { ROOT, shoot } from './docs-shot.mjs';

await shoot({ width: 1200, height: 1000 }, async (page, url) => {
  // Photography partners in Europe: the Europe frame.
  await page.goto(`${url}?pm-view=map&pm-region=europe`);
  const widget = page.locator('partner-matcher');
  await widget.locator('.pm-land').first().waitFor();
  await widget.locator('.pm-mk').first().waitFor();
  await widget.locator('.pm-map-svg').screenshot({ path: join(ROOT, 'docs/map.png') });
  console.log('docs/map.png written');
});
