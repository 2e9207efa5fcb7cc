// A web server that fails on purpose, for the end-to-end tests of loading faults: it serves the
// built www/ and a test page, and answers /catalogue.json the way the test last asked for.
// Bound to 127.0.0.1 on a free port; every test stops the servers it started.
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { once } from 'node:events';
import { extname, join, normalize, sep } from 'node:path';
import { ROOT } from './harness.mjs';

const WWW = join(ROOT, 'www');
const DEMO = await readFile(join(WWW, 'catalogue.json'), 'utf8');

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.wasm': 'application/wasm',
  '.csv': 'text/csv; charset=utf-8',
};

const LOGIN_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Sign in</title></head>
<body><form method="post" action="/login"><h1>Sign in to the intranet</h1>
<label>User <input name="user"></label><label>Password <input type="password" name="password"></label>
<button>Sign in</button></form></body></html>`;

/** Every way the catalogue route can answer. */
export const FAULTS = ['ok', 'not-found', 'server-error', 'login-page', 'truncated', 'empty', 'silent', 'slow', 'redirect-loop'];

/** The page every fault test loads: one widget; `lang` and `catalogue` come from the query. */
function testPage(query) {
  const lang = query.get('lang') === 'nl' ? 'nl' : 'en';
  const catalogue = (query.get('catalogue') ?? 'catalogue.json').replace(/[&"<>]/g, '');
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>Fault test</title>
<script type="module" src="/partner-matcher.js"></script></head>
<body><main><h1>Study abroad</h1>
<partner-matcher catalogue="${catalogue}" programme="photography"><a href="/partners">Our partner schools</a></partner-matcher>
</main></body></html>`;
}

/**
 * Starts a fault server. `catalogue` is the JSON text the route sends when it answers well.
 * Resolves to an object whose `fault` (one of FAULTS) and `cors` (send
 * Access-Control-Allow-Origin: *) the test sets at any time.
 */
export async function startFaultServer({ catalogue = DEMO, fault = 'ok', cors = false } = {}) {
  const control = {
    fault,
    cors,
    catalogue,
    /** How many times the catalogue was asked for. */
    requests: 0,
    /** Answers held open by `silent` and `slow`: ended or destroyed by stop(). */
    held: new Set(),
    /** The `slow` answer under way: { sent, total, sendChunk(bytes) }. */
    slow: null,
    waiters: [],
  };

  const server = createServer(async (req, res) => {
    const url = new URL(req.url, 'http://127.0.0.1');
    if (url.pathname === '/catalogue.json') {
      control.requests += 1;
      answerCatalogue(control, url, res);
      for (const wake of control.waiters.splice(0)) wake();
      return;
    }
    if (url.pathname === '/' || url.pathname === '/page.html') {
      send(res, 200, TYPES['.html'], testPage(url.searchParams));
      return;
    }
    const path = normalize(join(WWW, decodeURIComponent(url.pathname)));
    if (!path.startsWith(WWW + sep)) {
      send(res, 403, 'text/plain', 'forbidden');
      return;
    }
    try {
      send(res, 200, TYPES[extname(path)] ?? 'application/octet-stream', await readFile(path));
    } catch {
      send(res, 404, 'text/plain', 'not found');
    }
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address();
  const origin = `http://127.0.0.1:${port}`;

  return Object.assign(control, {
    origin,
    url: `${origin}/`,
    catalogueUrl: `${origin}/catalogue.json`,
    /** The test page, in `lang`, with a widget loading `catalogue` (default: this server's). */
    page({ lang = 'en', catalogue: address } = {}) {
      const query = new URLSearchParams({ lang });
      if (address) query.set('catalogue', address);
      return `${origin}/page.html?${query}`;
    },
    /** Resolves once the catalogue has been asked for at least `count` times. */
    async waitForRequests(count) {
      while (control.requests < count) await new Promise((wake) => control.waiters.push(wake));
    },
    async stop() {
      for (const res of control.held) res.destroy();
      server.closeAllConnections();
      server.close();
      await once(server, 'close');
    },
  });
}

function send(res, status, type, body) {
  res.writeHead(status, { 'content-type': type, 'content-length': Buffer.byteLength(body), 'cache-control': 'no-store' });
  res.end(body);
}

function answerCatalogue(control, url, res) {
  const headers = { 'cache-control': 'no-store' };
  if (control.cors) headers['access-control-allow-origin'] = '*';
  const json = { ...headers, 'content-type': 'application/json' };
  const body = Buffer.from(control.catalogue);
  switch (control.fault) {
    case 'ok':
      res.writeHead(200, { ...json, 'content-length': body.length });
      res.end(body);
      return;
    case 'not-found':
      res.writeHead(404, { ...headers, 'content-type': 'text/html; charset=utf-8' });
      res.end('<!doctype html><title>404 Not Found</title><h1>Not Found</h1>');
      return;
    case 'server-error':
      res.writeHead(500, { ...headers, 'content-type': 'text/html; charset=utf-8' });
      res.end('<!doctype html><title>500 Internal Server Error</title><h1>Internal Server Error</h1>');
      return;
    case 'login-page':
      // What a single-sign-on proxy sends instead of the file: a sign-in form, with 200.
      res.writeHead(200, { ...headers, 'content-type': 'text/html; charset=utf-8' });
      res.end(LOGIN_PAGE);
      return;
    case 'truncated':
      // Promises the whole file, sends a third of it, then drops the connection.
      res.writeHead(200, { ...json, 'content-length': body.length });
      res.write(body.subarray(0, Math.floor(body.length / 3)), () => res.destroy());
      return;
    case 'empty':
      res.writeHead(200, { ...json, 'content-length': 0 });
      res.end();
      return;
    case 'silent':
      // Accepts the connection and never answers.
      control.held.add(res);
      return;
    case 'slow': {
      // The headers at once, then the body a chunk each time the test calls sendChunk.
      res.writeHead(200, { ...json, 'content-length': body.length });
      res.flushHeaders();
      control.held.add(res);
      const answer = { sent: 0, total: body.length };
      answer.sendChunk = (bytes) => new Promise((done) => {
        const chunk = body.subarray(answer.sent, answer.sent + bytes);
        answer.sent += chunk.length;
        if (answer.sent >= answer.total) {
          control.held.delete(res);
          res.end(chunk, done);
        } else {
          res.write(chunk, done);
        }
      });
      control.slow = answer;
      return;
    }
    case 'redirect-loop': {
      // Two addresses that send the browser to each other for ever.
      const next = url.searchParams.has('again') ? '/catalogue.json' : '/catalogue.json?again';
      res.writeHead(302, { ...headers, location: next, 'content-length': 0 });
      res.end();
      return;
    }
    default:
      throw new Error(`unknown fault ${control.fault}`);
  }
}
