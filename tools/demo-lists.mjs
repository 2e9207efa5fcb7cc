// Renders the static lists inside the demo pages' <partner-matcher> elements again, as a host's
// web team does when the catalogue changes (README, "The static list"). Each list follows a
// comment naming the command that made it, run from www/:
//   <!-- partner-matcher render catalogue.json --programme photography --lang en --today 2026-12-03 -->
//   <section class="pm-fallback" …>…</section>
// The students see the list at once, before the widget has loaded, and search engines index it.
// `tests/render.rs` checks that each page holds what its command renders.
//   cargo build --bin partner-matcher && node tools/demo-lists.mjs
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(fileURLToPath(new URL('.', import.meta.url)), '..');
const WWW = join(ROOT, 'www');
const CLI = join(ROOT, 'target/debug/partner-matcher');
const LIST = /(<!-- partner-matcher (render [^>]*?) -->\n)\s*<section class="pm-fallback"[\s\S]*?<\/section>\n/g;

for (const page of ['index.html', 'nl.html']) {
  const file = join(WWW, page);
  const html = readFileSync(file, 'utf8');
  let count = 0;
  const rendered = html.replace(LIST, (_, comment, command) => {
    count += 1;
    const list = execFileSync(CLI, command.split(' '), { cwd: WWW, encoding: 'utf8' });
    return comment + list;
  });
  if (count === 0) throw new Error(`${page}: no static list after a "partner-matcher render" comment`);
  writeFileSync(file, rendered);
  console.log(`${page}: ${count} list(s) rendered`);
}
