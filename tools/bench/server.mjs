// A small static server for the browser benchmark: serves a folder (www/ by default) and extra
// in-memory files on 127.0.0.1, gzipped when the browser accepts it (zlib level 6, the common
// server default; compressed once and kept, so the server's CPU is not part of the figures),
// with `Cache-Control: no-store` (each measurement starts from a cold cache anyway). With
// `{ brotli: true }`, brotli at quality 11 instead when the browser accepts it: the widget's
// files as `make dist`'s `.br` files are, which a server sends as they are (README, "Deploying").
// With `{ caching: true }`, the caching headers the README asks of hosts: the widget's files
// (content-hashed by `make dist`) kept for a year, everything else revalidated by its ETag.
// With `{ zopfli: true }`, the widget's files in gzip as `make build` and `make dist` write their
// `.gz` files (zopfli), which a host sends as they are; the page and the catalogue as before.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import { createHash } from 'node:crypto';
import { brotli, zopfli as zopfliGzip } from '../compress.mjs';

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.json': 'application/json', '.wasm': 'application/wasm', '.svg': 'image/svg+xml',
  '.csv': 'text/csv; charset=utf-8',
};

/** The files `make dist` names by their content (README, "Deploying"). */
const WIDGET_FILES = /^\/(pkg\/.*|partner-matcher\.(js|css))$/;

/** The two encodings: the header's name and how to compress. */
const GZIP = { name: 'gzip', compress: (bytes) => gzipSync(bytes, { level: 6 }) };
const BROTLI = { name: 'br', compress: brotli };
const ZOPFLI = { name: 'gzip', compress: zopfliGzip };

/**
 * Serves `root` and `extra` (path → string or Buffer, taking precedence) until `close()`.
 * Resolves to `{ url, close }`; `url` ends with a slash.
 */
export function serve(root, extra = {}, { brotli = false, caching = false, zopfli = false } = {}) {
  const compressed = new Map();
  const server = createServer(async (req, res) => {
    try {
      const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
      const file = path.endsWith('/') ? `${path}index.html` : path;
      let body = extra[file];
      if (body === undefined) {
        const full = normalize(join(root, file));
        if (!full.startsWith(normalize(root))) throw Object.assign(new Error('outside'), { code: 'ENOENT' });
        body = await readFile(full);
      }
      const bytes = Buffer.isBuffer(body) ? body : Buffer.from(body);
      const headers = { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream', 'Cache-Control': 'no-store' };
      if (caching) {
        const etag = `"${createHash('sha256').update(bytes).digest('base64url').slice(0, 16)}"`;
        const kept = WIDGET_FILES.test(file);
        Object.assign(headers, { 'Cache-Control': kept ? 'public, max-age=31536000, immutable' : 'no-cache', ETag: etag });
        if (!kept && req.headers['if-none-match'] === etag) {
          res.writeHead(304, headers).end();
          return;
        }
      }
      const accepted = req.headers['accept-encoding'] ?? '';
      const gzip = zopfli && WIDGET_FILES.test(file) ? ZOPFLI : GZIP;
      const encoding = brotli && /\bbr\b/.test(accepted) ? BROTLI : /\bgzip\b/.test(accepted) ? gzip : null;
      if (encoding) {
        const key = `${file}:${bytes.length}:${encoding.name}`;
        if (!compressed.has(key)) compressed.set(key, await encoding.compress(bytes));
        headers['Content-Encoding'] = encoding.name;
        headers.Vary = 'Accept-Encoding';
        res.writeHead(200, headers).end(compressed.get(key));
      } else {
        res.writeHead(200, headers).end(bytes);
      }
    } catch (error) {
      res.writeHead(error.code === 'ENOENT' || error.code === 'EISDIR' ? 404 : 500).end(String(error.message));
    }
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      resolve({
        url: `http://127.0.0.1:${server.address().port}/`,
        close: () => new Promise((done) => { server.closeAllConnections(); server.close(done); }),
      });
    });
  });
}
