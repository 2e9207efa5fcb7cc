// Prints src/text.rs's LATIN table: what the browser's folding (lower case, NFD, marks removed,
// every character that is not a letter or digit a space; `text::prepare` on wasm32) gives for
// each character from U+00A0 to U+017F, computed with those same JavaScript functions.
const fold = (c) => c.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '').replace(/[^\p{L}\p{N}]/gu, ' ');
const chars = [];
for (let cp = 0xa0; cp < 0x180; cp++) {
  const folded = [...fold(String.fromCodePoint(cp))];
  if (folded.length !== 1) throw new Error(`U+${cp.toString(16)} folds to ${folded.length} characters`);
  chars.push(`'${folded[0] === "'" ? "\\'" : folded[0]}'`);
}
console.log(`const LATIN: [char; ${chars.length}] = [${chars.join(', ')}];`);
