// Bytes on the wire, from pkg/manifest.json, against the size budgets and
// against tests/bench/limits.json: the sizes as last committed, so that any
// growth fails `make bench` until a commit raises the limit and says why.
import { readFileSync } from "node:fs";

export const LIMITS_FILE = "tests/bench/limits.json";
export const SIZE_KEYS = ["loaderGzip", "glueGzip", "wasmGzip", "totalGzip"];

/** Gzip bytes of the loader, the glue, the Wasm and all three, as `make build` wrote them. */
export function bundleSizes(root) {
  const manifest = JSON.parse(readFileSync(`${root}/pkg/manifest.json`, "utf8"));
  const gzipOf = (name) => {
    const f = manifest.files.find((f) => f.file === name);
    if (!f) throw new Error(`pkg/manifest.json lists no ${name}: run make build`);
    return f.gzip;
  };
  const loaderGzip = gzipOf(manifest.entry);
  const glueGzip = gzipOf(manifest.glue);
  const wasmGzip = gzipOf(manifest.wasm);
  const files = manifest.files.filter((f) => [manifest.entry, manifest.glue, manifest.wasm].includes(f.file));
  return { loaderGzip, glueGzip, wasmGzip, totalGzip: loaderGzip + glueGzip + wasmGzip, files };
}

/** The committed limits; a missing or malformed file is an error, not a pass. */
export function sizeLimits(root) {
  const limits = JSON.parse(readFileSync(`${root}/${LIMITS_FILE}`, "utf8"));
  for (const k of SIZE_KEYS) {
    if (!Number.isInteger(limits[k]) || limits[k] <= 0) throw new Error(`${LIMITS_FILE}: ${k} must be a positive whole number of bytes`);
  }
  return limits;
}
