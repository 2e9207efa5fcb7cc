// The day the end-to-end tests and the benchmarks see as today. The demo catalogue's dates are fixed
// (its BIPs in 2027, its agreements valid until 2027/2028), and the widget shows what is still
// open on the browser's today: on the real clock, a test written today would fail once those
// dates pass. So pages under test see PINNED_DAY as today, with the clock running on from it
// (timers, frames and `performance.now` are left alone), as `--today` pins the native tests.
// Used by tests/e2e (every page of the harness) and tools/bench (every page it opens);
// tests/browser pins the same day with the same lines (an inline_js in its main.rs).
export const PINNED_DAY = '2026-12-05';

/** Makes `Date` in the page (and its frames) start at noon UTC of `day` and run on. */
export function pinDay(day) {
  const RealDate = Date;
  const offset = new RealDate(`${day}T12:00:00Z`).getTime() - RealDate.now();
  class PinnedDate extends RealDate {
    constructor(...args) {
      if (args.length) super(...args);
      else super(RealDate.now() + offset);
    }

    static now() {
      return RealDate.now() + offset;
    }
  }
  globalThis.Date = PinnedDate;
}

/** Every page of `context` sees PINNED_DAY as today. */
export function pinDayIn(context) {
  return context.addInitScript(pinDay, PINNED_DAY);
}
