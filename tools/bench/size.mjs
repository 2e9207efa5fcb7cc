// The widget's download against the framework's floor: a minimal Yew counter (bench/yew-floor)
// built by `make yew-floor` with the same profile, allocator, wasm-bindgen, wasm-opt flags and
// esbuild. gzip -9 (zlib), as tools/size.mjs counts.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { ROOT } from './node.mjs';

export const BUDGET = 225_000;

const gz = (file) => gzipSync(readFileSync(join(ROOT, file)), { level: 9 }).length;

export function benchSize() {
  const widget = {
    wasm: gz('www/pkg/partner_matcher_bg.wasm'),
    glue: 0, // bundled into the loader
    loader: gz('www/partner-matcher.js'),
    css: gz('www/partner-matcher.css'),
  };
  const floor = {
    wasm: gz('target/yew-floor/pkg/yew_floor_bg.wasm'),
    glue: gz('target/yew-floor/pkg/yew_floor.js'),
    loader: 0,
    css: 0,
  };
  const total = (s) => s.wasm + s.glue + s.loader + s.css;
  return { widget, floor, widgetTotal: total(widget), floorTotal: total(floor) };
}
