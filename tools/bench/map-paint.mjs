// Time to first map paint on the phone profile of issue 11 (tools/bench/browser.mjs: CPU 4x
// slower, 1.6 Mbps, 150 ms latency, cold cache), docs/performance.md "The map":
// the demo page loads and shows its results; then a tap on "Map" → the frame that shows the
// markers, and the frame that shows the outlines (fetched then, gzipped by the bench server).
// Median of RUNS loads (default 5).
//
//   node tools/bench/map-paint.mjs [RUNS]        (after `make build`)
import { chromium } from 'playwright-core';
import { join } from 'node:path';
import { PHONE } from './browser.mjs';
import { ROOT } from './node.mjs';
import { serve } from './server.mjs';
import { pinDayIn } from '../pinned-day.mjs';

// In the page: the frame after the outlines appear in the widget's shadow root.
function watchMap() {
  const attach = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (init) {
    const root = attach.call(this, init);
    new MutationObserver((_, seen) => {
      if (window.__markersShown === undefined && root.querySelector('.pm-mk')) {
        window.__markersShown = 0;
        requestAnimationFrame(() => requestAnimationFrame((t) => { window.__markersShown = t; }));
      }
      if (window.__mapShown === undefined && root.querySelector('.pm-land')) {
        window.__mapShown = 0;
        seen.disconnect();
        requestAnimationFrame(() => requestAnimationFrame((t) => { window.__mapShown = t; }));
      }
    }).observe(root, { childList: true, subtree: true });
    return root;
  };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const runs = Number(process.argv[2] ?? 5);
const server = await serve(join(ROOT, 'www'));
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const times = [];
const markerTimes = [];
try {
  for (let i = 0; i < runs; i += 1) {
    const context = await browser.newContext({ viewport: { width: 412, height: 915 }, deviceScaleFactor: 1 });
    await pinDayIn(context);
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    await cdp.send('Network.emulateNetworkConditions', PHONE.network);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: PHONE.cpu });
    await page.addInitScript(watchMap);
    await page.goto(server.url);
    await page.locator('partner-matcher .pm-card').first().waitFor({ timeout: 120_000 });
    const start = await page.locator('partner-matcher .pm-view-map').evaluate((b) => {
      const t = performance.now();
      b.click();
      return t;
    });
    await page.waitForFunction(() => window.__mapShown > 0, null, { timeout: 120_000, polling: 50 });
    const shown = await page.evaluate(() => [window.__markersShown, window.__mapShown]);
    markerTimes.push(shown[0] - start);
    times.push(shown[1] - start);
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
}
console.log(`tap on Map → markers painted (phone profile), median of ${runs}: ${Math.round(median(markerTimes))} ms; runs: ${markerTimes.map(Math.round).join(', ')} ms`);
console.log(`tap on Map → outlines painted (phone profile), median of ${runs}: ${Math.round(median(times))} ms; runs: ${times.map(Math.round).join(', ')} ms`);
