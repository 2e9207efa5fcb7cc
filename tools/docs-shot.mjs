// The demo site served on 127.0.0.1 and Debian's Chromium, for the scripts that write the
// README's screenshots (tools/docs-*.mjs): `shoot(viewport, async (page, url) => …)` runs one
// page and closes both, whatever happens.
import { chromium } from 'playwright-core';
import { join } from 'node:path';
import { serve } from './bench/server.mjs';
import { ROOT } from './bench/node.mjs';

export { ROOT };

export async function shoot(viewport, take) {
  const server = await serve(join(ROOT, 'www'));
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu'],
  });
  try {
    const page = await browser.newPage({ viewport });
    await take(page, server.url);
  } finally {
    await browser.close();
    await server.close();
  }
}
