// The widget's download against the framework's floor: a minimal Yew counter (bench/yew-floor)
// built by `make yew-floor` with the same profile, allocator, wasm-bindgen, wasm-opt flags and
// esbuild. gzip -9 (zlib), as tools/size.mjs counts.
import { BUDGET, WIDGET_FILES, sizeOf } from '../size.mjs';

export { BUDGET };

const gz = (file) => sizeOf(file).gzip;

export function benchSize() {
  const widget = {
    wasm: gz(WIDGET_FILES.wasm),
    glue: 0, // bundled into the loader
    loader: gz(WIDGET_FILES.loader),
    css: gz(WIDGET_FILES.css),
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
