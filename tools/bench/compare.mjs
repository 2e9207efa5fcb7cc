// The browser part of `make bench` alone, for two builds' www/ folders in turn (A, B, A, B…),
// so that both meet the same machine load: `node tools/bench/compare.mjs DIR_A DIR_B [rounds]`.
// Prints each round's figures as JSON lines.
import { catalogue } from './catalogue.mjs';
import { benchBrowser } from './browser.mjs';

const [a, b, rounds = '2'] = process.argv.slice(2);
const large = 10_000;
const largeText = catalogue(large);
for (let r = 0; r < Number(rounds); r++) {
  for (const dir of [a, b]) {
    process.env.BENCH_WWW = dir;
    const out = await benchBrowser({ largeText, large, runs: 3, throttle: true });
    const ms = (x) => Math.round(x.ms);
    console.log(JSON.stringify({
      dir, round: r, demo: ms(out.demo), demoHints: ms(out.demoHints), demoFloor: ms(out.demoFloor),
      large: ms(out.large), largeHints: ms(out.largeHints), largeFloor: ms(out.largeFloor),
      memoryMiB: +(out.memory / 2 ** 20).toFixed(1), memoryX: +(out.memory / largeText.length).toFixed(2),
      p50: Math.round(out.keys.p50), p95: Math.round(out.keys.p95), keys: out.keys.n, noDroppedInput: out.noDroppedInput,
    }));
  }
}
