// Writes FILE.gz (gzip, by zopfli) and FILE.br (brotli, quality 11) beside each file named, for
// a web server to send as they are (nginx `gzip_static` / `brotli_static`, Apache's rewrite
// rules, `partner-matcher preview`: README, "Deploying"). Compressing once at build time lets the
// widget's files go out at the strongest settings, which a server compressing each response
// does not use (nginx's default gzip level is 1: the wasm 241 KB; zlib's level 9: 215 KB;
// zopfli, whose output any gzip reader reads: 204 KB; brotli at 11: 179 KB). The budget
// (tools/size.mjs) still counts zlib's level 9, what a server compressing on the fly gives.
//
//   node tools/compress.mjs FILE...
import { readFileSync, writeFileSync } from 'node:fs';
import { brotliCompressSync, constants } from 'node:zlib';
import { gzipAsync } from '@gfx/zopfli';

/** `bytes` compressed with brotli at its strongest (quality 11). */
export function brotli(bytes) {
  return brotliCompressSync(bytes, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
      [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
    },
  });
}

/**
 * `bytes` in gzip's format as zopfli packs it: about 5 % smaller than zlib's level 9 (the
 * widget's wasm 11 KB), at 15 iterations (50 gain 16 B more on the wasm, in twice the time).
 */
export function zopfli(bytes) {
  return gzipAsync(bytes, { numiterations: 15 });
}

/** Writes `file`.gz and `file`.br; their sizes in bytes. */
export async function compress(file) {
  const bytes = readFileSync(file);
  const gz = await zopfli(bytes);
  const br = brotli(bytes);
  writeFileSync(`${file}.gz`, gz);
  writeFileSync(`${file}.br`, br);
  return { gz: gz.length, br: br.length };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const file of process.argv.slice(2)) await compress(file);
}
