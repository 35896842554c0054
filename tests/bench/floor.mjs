// The Yew floor (tests/bench/floor/): built and measured with the widget's
// own release steps, so the bundle's size can be read against the least any
// Yew widget weighs here. Cargo's cache makes repeat runs quick.
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { transformSync } from "esbuild";
import { shortenImports } from "../../scripts/short-imports.mjs";
import { wasmOpt } from "../../scripts/wasm-opt.mjs";

export function floorSize(root) {
  const crate = `${root}/tests/bench/floor`;
  const target = `${root}/target/floor`;
  const out = `${target}/bundle`;
  const cargoHome = process.env.CARGO_HOME || `${process.env.HOME || "/root"}/.cargo`;
  execFileSync("cargo", ["build", "--quiet", "--release", "--target", "wasm32-unknown-unknown", "--target-dir", target], {
    cwd: crate,
    stdio: "inherit",
    env: { ...process.env, RUSTFLAGS: `--remap-path-prefix=${cargoHome}/registry/src=crates` },
  });
  mkdirSync(out, { recursive: true });
  execFileSync(`${root}/.tools/bin/wasm-bindgen`, [
    "--target", "no-modules", "--no-typescript", "--out-dir", out, "--out-name", "glue",
    `${target}/wasm32-unknown-unknown/release/yew_floor.wasm`,
  ]);
  wasmOpt(root, `${out}/glue_bg.wasm`, `${out}/opt.wasm`);
  const short = shortenImports(readFileSync(`${out}/opt.wasm`), readFileSync(`${out}/glue.js`, "utf8"));
  // Minified as the loader minifies its copy of the glue.
  const glue = Buffer.from(transformSync(short.glue, { minify: true, target: "es2017", legalComments: "none" }).code);
  const gz = (b) => gzipSync(b, { level: 9 }).length;
  return { wasmGzip: gz(short.wasm), glueGzip: gz(glue), gzip: gz(short.wasm) + gz(glue) };
}
