// Chromium's trace for the bench's tools (keys.mjs, trace.mjs, profile.mjs): record one while
// the page does something, keep the renderer main thread's complete events, and add up their
// times without counting an event again inside one of the same kind (a keypress's
// `EventDispatch` holds its textInput's and its input's).

/** Runs `act` with tracing of `categories` on; its result and the main thread's events in order of start. */
export async function traced(context, page, categories, act) {
  const cdp = await context.newCDPSession(page);
  const events = [];
  cdp.on('Tracing.dataCollected', ({ value }) => events.push(...value));
  await cdp.send('Tracing.start', { categories, transferMode: 'ReportEvents' });
  const result = await act();
  const done = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.end');
  await done;
  return { result, events: mainThread(events) };
}

/** The renderer main thread's complete events (`ph: 'X'`), in order of start. */
export function mainThread(events) {
  const main = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  return events.filter((e) => e.ph === 'X' && e.pid === main?.pid && e.tid === main?.tid).sort((a, b) => a.ts - b.ts);
}

/**
 * Milliseconds of the events named `names` (`events` in order of start), each counted once: an
 * event that starts inside one already counted is part of it. `field`: `tdur`, thread time
 * (what the machine's other load inflates less than wall time; CPU throttling counts in it),
 * falling back to `dur`; or `dur`, wall time.
 */
export function total(events, names, field = 'tdur') {
  let sum = 0;
  let until = -Infinity; // where the last event counted ends
  for (const e of events) {
    if (!names.includes(e.name) || e.ts < until) continue;
    sum += duration(e, field);
    until = e.ts + (e.dur ?? 0);
  }
  return sum;
}

/** One event's `field` time (`tdur`, thread time, falling back to `dur`; or `dur`), in ms. */
export function duration(e, field = 'tdur') {
  return (e[field] ?? e.dur ?? 0) / 1000;
}
