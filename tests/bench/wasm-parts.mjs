// Where the Wasm's bytes go: the release Wasm is optimised again the way
// `make build` does it but keeping function names (`wasm-opt -g`), then
// each function body is put in a part by its name, and static data in one
// more. Gzip of each part alone shows what it costs on the wire (the parts
// compress a little better together, so these add up to more than the
// bundle's gzip).
import { wasmOpt } from "../../scripts/wasm-opt.mjs";
import { readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";

function reader(buf) {
  let at = 0;
  const r = {
    get at() { return at; },
    set at(v) { at = v; },
    byte: () => buf[at++],
    leb() {
      let result = 0, shift = 0, b;
      do { b = buf[at++]; result += (b & 0x7f) * 2 ** shift; shift += 7; } while (b & 0x80);
      return result;
    },
    name() { const n = r.leb(); const s = buf.toString("utf8", at, at + n); at += n; return s; },
    limits() { const flags = r.byte(); r.leb(); if (flags & 1) r.leb(); },
  };
  return r;
}

/** Function bodies (with their names) and data segment bytes of a module. */
export function readModule(buf) {
  const r = reader(buf);
  r.at = 8;
  let importedFuncs = 0;
  const bodies = [];
  let data = Buffer.alloc(0);
  const names = new Map();
  while (r.at < buf.length) {
    const id = r.byte();
    const size = r.leb();
    const end = r.at + size;
    if (id === 2) {
      for (let n = r.leb(); n > 0; n--) {
        r.name(); r.name();
        const kind = r.byte();
        if (kind === 0) { importedFuncs++; r.leb(); }
        else if (kind === 1) { r.byte(); r.limits(); }
        else if (kind === 2) r.limits();
        else if (kind === 3) { r.byte(); r.byte(); }
        else if (kind === 4) { r.byte(); r.leb(); }
      }
    } else if (id === 10) {
      for (let n = r.leb(), i = 0; i < n; i++) {
        const len = r.leb();
        bodies.push({ index: importedFuncs + i, bytes: buf.subarray(r.at, r.at + len) });
        r.at += len;
      }
    } else if (id === 11) {
      data = buf.subarray(r.at, end);
    } else if (id === 0 && r.name() === "name") {
      while (r.at < end) {
        const sub = r.byte();
        const subEnd = r.leb() + r.at;
        if (sub === 1) for (let n = r.leb(); n > 0; n--) { const i = r.leb(); names.set(i, r.name()); }
        r.at = subEnd;
      }
    }
    r.at = end;
  }
  return { bodies: bodies.map((b) => ({ ...b, name: names.get(b.index) || "" })), data };
}

// First match wins. A component's render code is inlined into Yew's
// lifecycle, whose name does not say which component it is: it is ours.
const PARTS = [
  ["our components' render code", (n) => /CompStateInner<COMP> as .*Stateful>::view/.test(n) || /iop_check::ui::/.test(n)],
  ["our embed layer (DOM, config reading)", (n) => /iop_check::embed::/.test(n)],
  ["our config, links, QR", (n) => /iop_check::(config|link|qr)::/.test(n)],
  ["our engine and content", (n) => /iop_check::/.test(n)],
  ["yew", (n) => /\byew::/.test(n)],
  ["qrcodegen", (n) => /\bqrcodegen::/.test(n)],
  ["wasm-bindgen, js-sys, web-sys, gloo", (n) => /\b(wasm_bindgen|js_sys|web_sys|gloo_\w+)::/.test(n) || /^__wbindgen|^__externref|^\$/.test(n)],
  ["hashbrown, indexmap, implicit-clone (for yew)", (n) => /\b(hashbrown|indexmap|implicit_clone)::/.test(n)],
  ["allocator (talc)", (n) => /\btalc::/.test(n)],
  ["Rust core, alloc, std", (n) => /\b(core|alloc|std)(\[[0-9a-f]+\])?::/.test(n)],
  ["other", () => true],
];

/** Parts of the Wasm built from `named`, biggest first. */
export function wasmParts(namedWasmPath) {
  const { bodies, data } = readModule(readFileSync(namedWasmPath));
  const groups = new Map(PARTS.map(([label]) => [label, []]));
  for (const b of bodies) groups.get(PARTS.find(([, test]) => test(b.name))[0]).push(b.bytes);
  const parts = [...groups].map(([label, list]) => {
    const joined = Buffer.concat(list);
    return { part: label, functions: list.length, bytes: joined.length, gzip: gzipSync(joined, { level: 9 }).length };
  });
  parts.push({ part: "static data (text, tables, panic messages)", functions: 0, bytes: data.length, gzip: gzipSync(data, { level: 9 }).length });
  return parts.filter((p) => p.bytes > 0).sort((a, b) => b.bytes - a.bytes);
}

/** Optimise `target/bundle/glue_bg.wasm` as `make build` does, names kept. */
export function namedBuild(root) {
  const out = `${root}/target/bundle/named.wasm`;
  wasmOpt(root, `${root}/target/bundle/glue_bg.wasm`, out, { keepNames: true });
  return out;
}
