// Shorter import names between the Wasm and its glue. wasm-bindgen names
// each import like `__wbg_set_nodeValue_7e9217115013d873` and spells it
// twice, in the Wasm's import section and in the glue; the hashes do not
// compress. This renames every import of the glue module to `$a`, `$b`, ...
// in both files, and the module itself to `$`.

const MODULE = "./glue_bg.js";

function readLeb(buf, at) {
  let value = 0;
  let shift = 0;
  let byte;
  do {
    byte = buf[at++];
    value += (byte & 0x7f) * 2 ** shift;
    shift += 7;
  } while (byte & 0x80);
  return [value, at];
}

function leb(value) {
  const out = [];
  do {
    let byte = value % 128;
    value = Math.floor(value / 128);
    if (value) byte |= 0x80;
    out.push(byte);
  } while (value);
  return Buffer.from(out);
}

const name = (s) => Buffer.concat([leb(Buffer.byteLength(s)), Buffer.from(s)]);

// Length of one import's description after its kind byte.
function descEnd(buf, at, kind) {
  const limits = (p) => {
    const flags = buf[p++];
    [, p] = readLeb(buf, p);
    if (flags & 1) [, p] = readLeb(buf, p);
    return p;
  };
  switch (kind) {
    case 0: return readLeb(buf, at)[1]; // function: type index
    case 1: return limits(at + 1); // table: reftype, limits
    case 2: return limits(at); // memory: limits
    case 3: return at + 2; // global: value type, mutability
    case 4: return readLeb(buf, at + 1)[1]; // tag: attribute, type index
    default: throw new Error(`unknown import kind ${kind}`);
  }
}

function shortName(i) {
  const letters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
  let s = "";
  do {
    s = letters[i % letters.length] + s;
    i = Math.floor(i / letters.length) - 1;
  } while (i >= 0);
  return "$" + s;
}

/** Returns the Wasm and glue with short import names; throws if either
 * does not have the shape expected, so a changed wasm-bindgen fails the build. */
export function shortenImports(wasm, glue) {
  if (wasm.readUInt32LE(0) !== 0x6d736100) throw new Error("not a Wasm module");
  const renames = new Map();
  const parts = [wasm.subarray(0, 8)];
  let at = 8;
  while (at < wasm.length) {
    const id = wasm[at];
    const [size, body] = readLeb(wasm, at + 1);
    const end = body + size;
    if (id !== 2) {
      parts.push(wasm.subarray(at, end));
      at = end;
      continue;
    }
    let [count, p] = readLeb(wasm, body);
    const entries = [leb(count)];
    while (count--) {
      let len;
      [len, p] = readLeb(wasm, p);
      const module = wasm.toString("utf8", p, p + len);
      p += len;
      [len, p] = readLeb(wasm, p);
      const field = wasm.toString("utf8", p, p + len);
      p += len;
      const kind = wasm[p];
      const desc = wasm.subarray(p, descEnd(wasm, p + 1, kind));
      p += desc.length;
      if (module === MODULE) {
        if (!renames.has(field)) renames.set(field, shortName(renames.size));
        entries.push(name("$"), name(renames.get(field)), desc);
      } else {
        entries.push(name(module), name(field), desc);
      }
    }
    if (p !== end) throw new Error("import section not read to its end");
    const section = Buffer.concat(entries);
    parts.push(Buffer.from([2]), leb(section.length), section);
    at = end;
  }
  let js = glue;
  const moduleKey = JSON.stringify(MODULE);
  if (!js.includes(`${moduleKey}: import0`)) throw new Error("glue: import object not found");
  js = js.replace(`${moduleKey}: import0`, `"$": import0`);
  for (const [from, to] of renames) {
    const key = new RegExp(`(?<![\\w$])${from.replace(/\$/g, "\\$")}(?=: function)`, "g");
    const n = (js.match(key) || []).length;
    if (n !== 1) throw new Error(`glue: import ${from} found ${n} times`);
    js = js.replace(key, to);
  }
  return { wasm: Buffer.concat(parts), glue: js, count: renames.size };
}
