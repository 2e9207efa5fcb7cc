// Writes FILE.gz (gzip, level 9) and FILE.br (brotli, quality 11) beside each file named, for a
// web server to send as they are (nginx `gzip_static` / `brotli_static`, Apache's rewrite rules,
// `partner-matcher preview`: README, "Deploying"). Compressing once at build time lets the
// widget's files go out at the strongest settings, which a server compressing each response
// does not use (nginx's default gzip level is 1: the wasm 241 KB instead of 214 KB; brotli at
// 11: 179 KB).
//
//   node tools/compress.mjs FILE...
import { readFileSync, writeFileSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/** `bytes` compressed with brotli at its strongest (quality 11). */
export function brotli(bytes) {
  return brotliCompressSync(bytes, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
      [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
    },
  });
}

/** Writes `file`.gz and `file`.br; their sizes in bytes. */
export function compress(file) {
  const bytes = readFileSync(file);
  const gz = gzipSync(bytes, { level: 9 });
  const br = brotli(bytes);
  writeFileSync(`${file}.gz`, gz);
  writeFileSync(`${file}.br`, br);
  return { gz: gz.length, br: br.length };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const file of process.argv.slice(2)) compress(file);
}
