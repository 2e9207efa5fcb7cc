// Names the functions of a wasm module so that the order of their names is the order of their
// code: functions whose bodies begin alike (the same locals, the same first instructions) get
// neighbouring names. `wasm-opt --reorder-functions-by-name` then puts them side by side, within
// reach of gzip's 32 KB window, which packs what repeats. On the widget this takes 3.3 KB gzip
// off the wasm, against 1.3 KB for ordering by the compiler's names (docs/performance.md,
// "Functions in an order gzip packs better"); it changes no instruction, only the order of the
// functions.
//
//   node tools/order-functions.mjs IN.wasm OUT.wasm
//
// IN must have its name section (wasm-opt --debuginfo); OUT has a name section of the new names
// only, to be stripped with the other debug information by the wasm-opt run that reorders.
// The module's sections are walked as the WebAssembly binary format (its chapter 5) lays them
// out; anything this does not expect stops the build rather than giving a broken widget.
import { readFileSync, writeFileSync } from 'node:fs';

const [input, output] = process.argv.slice(2);
const fail = (message) => {
  console.error(`order-functions: ${input}: ${message}`);
  process.exit(1);
};
const bytes = readFileSync(input);
if (bytes.readUInt32LE(0) !== 0x6d736100 || bytes.readUInt32LE(4) !== 1) fail('not a wasm module');

/** Reads an unsigned LEB128 number at `at`: [value, position after it]. */
function uleb(at) {
  let value = 0;
  let shift = 0;
  for (;;) {
    if (at >= bytes.length) fail('a number runs past the end of the file');
    const byte = bytes[at++];
    value += (byte & 0x7f) * 2 ** shift;
    shift += 7;
    if (byte < 0x80) return [value, at];
  }
}

function writeUleb(value) {
  const out = [];
  do {
    let byte = value % 128;
    value = Math.floor(value / 128);
    if (value > 0) byte |= 0x80;
    out.push(byte);
  } while (value > 0);
  return Buffer.from(out);
}

const vector = (...parts) => Buffer.concat([writeUleb(Buffer.concat(parts).length), ...parts]);

/** The number of functions the module imports (they come first in the function index space). */
function importedFunctions(start) {
  let [count, at] = uleb(start);
  let functions = 0;
  const skipName = () => {
    const [length, after] = uleb(at);
    at = after + length;
  };
  const skipLimits = () => {
    const flags = bytes[at++];
    [, at] = uleb(at);
    if (flags & 1) [, at] = uleb(at);
  };
  while (count-- > 0) {
    skipName();
    skipName();
    const kind = bytes[at++];
    if (kind === 0) {
      [, at] = uleb(at);
      functions += 1;
    } else if (kind === 1) {
      at += 1; // the table's element type (funcref or externref: one byte without GC)
      skipLimits();
    } else if (kind === 2) {
      skipLimits();
    } else if (kind === 3) {
      at += 2; // the global's value type and mutability
    } else {
      fail(`an import of kind ${kind}, which this tool does not know`);
    }
  }
  return functions;
}

/** Each function body's bytes, in the code section's order. */
function bodies(start) {
  let [count, at] = uleb(start);
  const out = [];
  while (count-- > 0) {
    const [length, body] = uleb(at);
    out.push(bytes.subarray(body, body + length));
    at = body + length;
  }
  return out;
}

let imported = 0;
let code = null;
const kept = [bytes.subarray(0, 8)];
let at = 8;
while (at < bytes.length) {
  const [size, payload] = uleb(at + 1);
  const id = bytes[at];
  const end = payload + size;
  const [nameLength, nameAt] = id === 0 ? uleb(payload) : [0, payload];
  const isNames = id === 0 && bytes.toString('latin1', nameAt, nameAt + nameLength) === 'name';
  if (id === 2) imported = importedFunctions(payload);
  if (id === 10) code = bodies(payload);
  if (!isNames) kept.push(bytes.subarray(at, end));
  at = end;
}
if (!code) fail('no code section');

// The order of the bodies' bytes; equal bodies (rare: wasm-opt merges duplicates) by index.
const order = code.map((_, i) => i).sort((a, b) => Buffer.compare(code[a], code[b]) || a - b);
const width = String(code.length).length;
const names = new Array(code.length);
order.forEach((index, rank) => {
  names[index] = `f${String(rank).padStart(width, '0')}`;
});
const entries = names.map((name, i) =>
  Buffer.concat([writeUleb(imported + i), vector(Buffer.from(name, 'latin1'))]),
);
const functionNames = Buffer.concat([writeUleb(names.length), ...entries]);
const nameSection = Buffer.concat([vector(Buffer.from('name')), Buffer.from([1]), vector(functionNames)]);
writeFileSync(output, Buffer.concat([...kept, Buffer.from([0]), vector(nameSection)]));
