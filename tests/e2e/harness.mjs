// Shared set-up of the end-to-end tests: the real `partner-matcher preview` server and Debian's
// Chromium driven by playwright-core (never a downloaded browser).
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { chromium } from 'playwright-core';
import { fileURLToPath } from 'node:url';
import { after, before } from 'node:test';
import { PINNED_DAY, pinDayIn } from '../../tools/pinned-day.mjs';

export { PINNED_DAY };

export const ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '..', '..');
const BINARY = join(ROOT, 'target', 'debug', 'partner-matcher');
const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';

/** Starts `partner-matcher preview` on a free port; resolves to { url, stop }. */
export async function startServer({ catalogue = join(ROOT, 'www', 'catalogue.json'), www = join(ROOT, 'www') } = {}) {
  const child = spawn(BINARY, ['preview', catalogue, '--www', www, '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (chunk) => { stderr += chunk; });
  const lines = createInterface({ input: child.stdout });
  const url = await new Promise((resolvePromise, reject) => {
    lines.on('line', (line) => {
      const match = line.match(/http:\/\/[0-9.:]+\//);
      if (match) resolvePromise(match[0]);
    });
    child.on('exit', (code) => reject(new Error(`preview exited with ${code}: ${stderr}`)));
  });
  return {
    url,
    async stop() {
      child.kill('SIGINT');
      await once(child, 'exit');
    },
  };
}

/** A copy of the built www/ in a temporary folder, with extra files written into it. */
export function wwwWith(files) {
  const dir = mkdtempSync(join(tmpdir(), 'pm-www-'));
  cpSync(join(ROOT, 'www'), dir, { recursive: true });
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

export async function launch() {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

/**
 * A page that records what a test should never see: Content-Security-Policy violations,
 * uncaught errors and console errors (except resources a test makes fail on purpose), and
 * every partner-matcher event.
 */
export async function newPage(browser, options = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
  await pinDayIn(context);
  const page = await context.newPage();
  page.problems = [];
  page.on('pageerror', (error) => page.problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error' && !/Failed to load resource/.test(message.text())) {
      page.problems.push(`console error: ${message.text()}`);
    }
  });
  await page.addInitScript(() => {
    window.__violations = [];
    window.__events = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`));
    for (const name of ['ready', 'error', 'select', 'change']) {
      document.addEventListener(`partner-matcher:${name}`, (e) => {
        window.__events.push({ name, target: e.target.id || e.target.localName, detail: e.detail, composed: e.composed, bubbles: e.bubbles });
      });
    }
  });
  return page;
}

/** Resolves when `count` partner-matcher:ready events have reached the document. */
export async function waitForReady(page, count = 1) {
  await page.waitForFunction((n) => window.__events.filter((e) => e.name === 'ready').length >= n, count, { timeout: 20_000 });
}

export async function events(page, name) {
  return (await page.evaluate(() => window.__events)).filter((e) => !name || e.name === name);
}

export async function violations(page) {
  return page.evaluate(() => window.__violations);
}

const AXE_SOURCE = readFileSync(join(ROOT, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');

/** Runs axe-core (WCAG 2.1 A and AA rules) over the page, shadow roots included. */
export async function axe(page) {
  if (!(await page.evaluate(() => Boolean(window.axe)))) {
    // Evaluated through the DevTools protocol, where the page's CSP does not apply.
    await page.evaluate(AXE_SOURCE);
  }
  // Result cards skip rendering while off screen (`content-visibility: auto`, issue 11), and
  // axe then measures their text against whatever is drawn there instead (axe-core issue
  // #2768). So every card is rendered while axe runs, and each card's contrast is still checked.
  const result = await page.evaluate(async () => {
    const cards = [];
    for (const host of document.querySelectorAll('partner-matcher')) {
      for (const card of (host.shadowRoot ?? host).querySelectorAll('.pm-card')) {
        card.style.contentVisibility = 'visible';
        cards.push(card);
      }
    }
    try {
      return await window.axe.run(document, {
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
      });
    } finally {
      for (const card of cards) card.style.removeProperty('content-visibility');
    }
  });
  return result.violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** Resolves when `count` partner-matcher events called `name` have reached the document. */
export async function waitForEvent(page, name, count = 1, timeout = 20_000) {
  await page.waitForFunction(([n, c]) => window.__events.filter((e) => e.name === n).length >= c, [name, count], { timeout });
}

/**
 * Where keyboard focus is, through shadow roots: whether it is inside the widget `selector`
 * (not on <body>, not elsewhere on the page), and what it is, to name it in a failure.
 */
export async function focus(page, selector = 'partner-matcher') {
  return page.evaluate((sel) => {
    const host = document.querySelector(sel);
    let el = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    const inside = Boolean(host && el && el !== host && (host.contains(el) || host.shadowRoot?.contains(el)));
    return { inside, tag: el?.localName, cls: el?.className ?? '', text: el?.textContent?.trim().slice(0, 60) ?? '' };
  }, selector);
}

/**
 * Waits until focus is inside the widget (it may move there a frame after a render), on an
 * element whose text matches `text` when given; resolves to where focus is, either way.
 */
export async function waitForFocusInside(page, { selector = 'partner-matcher', text, timeout = 5_000 } = {}) {
  try {
    await page.waitForFunction(([sel, source]) => {
      const host = document.querySelector(sel);
      let el = document.activeElement;
      while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
      const inside = Boolean(host && el && el !== host && host.shadowRoot?.contains(el));
      return inside && (!source || new RegExp(source).test(el.textContent.trim()));
    }, [selector, text?.source], { timeout });
  } catch {
    // Fall through: the caller's assertion names where focus went instead.
  }
  return focus(page, selector);
}

/** Waits until the widget is ready or has failed; resolves to 'ready' or 'error'. */
export async function waitForOutcome(page, timeout = 20_000) {
  const handle = await page.waitForFunction(() => window.__events.find((e) => e.name === 'ready' || e.name === 'error')?.name, null, { timeout });
  return handle.jsonValue();
}

/**
 * One browser and one server of the built site (`startServer`'s options) for a test file:
 * started before its tests, stopped after them. Read `.browser` and `.server` inside a test.
 */
export function browserAndServer(options) {
  const shared = {};
  before(async () => {
    shared.browser = await launch();
    shared.server = await startServer(options);
  });
  after(async () => {
    await shared.server?.stop();
    await shared.browser?.close();
  });
  return shared;
}
