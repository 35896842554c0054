// wasm-opt as the release build runs it. The feature flags name what
// Rust 1.82+ emits for wasm32; the bench's named build and the Yew floor
// use the same call, so their sizes compare with the bundle's.
import { execFileSync } from "node:child_process";

const FEATURES = [
  "--enable-bulk-memory", "--enable-nontrapping-float-to-int", "--enable-sign-ext",
  "--enable-reference-types", "--enable-multivalue",
];

// --converge runs the -Oz passes again until the module stops shrinking:
// 0.5 KB gzip less than one round (140,429 -> 139,963 B). Left out:
// --ignore-implicit-traps (another 0.3 KB) lets the optimiser assume no
// load traps, which is a promise about the code, not an optimisation.
const PASSES = ["-Oz", "--converge"];

/** `wasm-opt -Oz` to a fixed point from `input` to `output`; `keepNames` keeps function names. */
export function wasmOpt(root, input, output, { keepNames = false } = {}) {
  const names = keepNames ? ["-g"] : ["--strip-debug", "--strip-producers"];
  execFileSync(`${root}/node_modules/.bin/wasm-opt`, [...PASSES, ...FEATURES, ...names, input, "-o", output], { stdio: "inherit" });
}
