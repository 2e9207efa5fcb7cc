// Words typed as a student types them, on the phone profile: each word letter by letter into
// the empty search box, then erased key by key, at 10,000 institutions (issue 11).
//
//   node tools/bench/words.mjs [WWW_DIR] [LOADS]
//
// The bench's keystrokes (`keystrokes` in browser.mjs) are a letter, then Backspace, so that
// every key changes the results. In a word most keys after the first few change nothing that
// shows; those are left out (a dash in the output), and each key that changes the results is
// timed as the bench times its keys: keydown to the end of the frame that shows them. Prints
// each word's keys in order for each load, then p50, p95 and the slowest over every timed key.
// WORDS="fotografie,film school" picks the words; LOADS fresh loads (default 3).
import { chromium } from 'playwright-core';
import { join } from 'node:path';
import { serve } from './server.mjs';
import { ROOT, percentile } from './node.mjs';
import { catalogue } from './catalogue.mjs';
import { openToFirstCard, phonePage, timeKey, watchKeystrokes, widgetOnlyWith } from './browser.mjs';

const [www = join(ROOT, 'www'), loads = '3'] = process.argv.slice(2);
const words = (process.env.WORDS ?? 'fotografie,conservatory,accademia belle arti,film school').split(',');
const file = 'bench-catalogue-10000.json';
const server = await serve(www, { [`/${file}`]: catalogue(10_000), '/words.html': widgetOnlyWith(www, file) });
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const timed = [];
try {
  for (let load = 0; load < Number(loads); load++) {
    const { context, page } = await phonePage(browser, true);
    await openToFirstCard(page, `${server.url}words.html`);
    await page.evaluate(watchKeystrokes);
    await page.locator('partner-matcher input.pm-input').click();
    for (const word of words) {
      const times = [];
      for (const key of [...word, ...Array(word.length).fill('Backspace')]) {
        const ms = await timeKey(page, key === ' ' ? 'Space' : key);
        times.push(ms === null ? '-' : Math.round(ms));
        if (ms !== null) timed.push(ms);
      }
      console.log(`load ${load + 1}, "${word}" and back: ${times.join(' ')}`);
    }
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
}
const at = (q) => percentile(timed, q).toFixed(1);
console.log(`${timed.length} keys changed the results: p50 ${at(0.5)} ms, p95 ${at(0.95)} ms, slowest ${at(1)} ms`);
