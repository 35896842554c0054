// The npm package a CDN serves: made from pkg/ by scripts/release.mjs (the
// dry form of `make release`), checked for exactly what `npm pack` would
// ship, and loaded in Chromium from simulated jsDelivr URLs, pinned with
// the integrity its README gives and by a version range.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { setup, partnerPage, waitForWidgets } from "./helpers.mjs";

const root = new URL("../..", import.meta.url).pathname;
const scratch = mkdtempSync(join(tmpdir(), "iop-release-"));
const out = join(scratch, "npm");
let env;
before(async () => {
  execFileSync("node", [join(root, "scripts/release.mjs"), "--out", out], { stdio: "pipe" });
  env = await setup();
});
after(async () => {
  await env?.close();
  rmSync(scratch, { recursive: true, force: true });
});

const read = (name) => readFileSync(join(out, name));
const manifest = () => JSON.parse(read("manifest.json"));
const cargoVersion = /^version\s*=\s*"([^"]+)"/m.exec(readFileSync(join(root, "Cargo.toml"), "utf8"))[1];

test("npm pack ships exactly the loader, its glue, the Wasm, the review sheet, the manifest, docs and licences", () => {
  const [packed] = JSON.parse(execFileSync("npm", ["pack", "--dry-run", "--json"], { cwd: out, encoding: "utf8" }));
  const files = packed.files.map((f) => f.path).sort();
  assert.deepEqual(files, [
    "CHANGELOG.md", "LICENSE-APACHE", "LICENSE-MIT", "README.md", "clinical-review.html",
    "iop-widget.js", manifest().glue, manifest().wasm, "manifest.json", "package.json",
  ].sort());
  assert.match(manifest().wasm, /^iop-widget\.[0-9a-f]{10}\.wasm$/);
  assert.match(manifest().glue, /^iop-widget-glue\.[0-9a-f]{10}\.js$/);
  assert.equal(packed.name, "iop-check");
  assert.equal(packed.version, cargoVersion, "the package's version is Cargo.toml's");
});

test("package.json points CDNs at the loader and names the licence", () => {
  const pkg = JSON.parse(read("package.json"));
  assert.equal(pkg.version, cargoVersion);
  assert.equal(pkg.jsdelivr, "iop-widget.js");
  assert.equal(pkg.unpkg, "iop-widget.js");
  assert.equal(pkg.license, "MIT OR Apache-2.0");
  assert.equal(pkg.main, undefined, "not a module to import: the loader finds its Wasm beside its own URL");
});

test("the package README's pinned snippet carries the loader's real integrity and exact version", () => {
  const readme = read("README.md").toString();
  const sri = "sha384-" + createHash("sha384").update(read("iop-widget.js")).digest("base64");
  assert.ok(readme.includes(`https://cdn.jsdelivr.net/npm/iop-check@${cargoVersion}/iop-widget.js"\n  integrity="${sri}"`), readme);
  const entry = manifest().files.find((f) => f.file === "iop-widget.js");
  assert.equal(entry.integrity, sri, "manifest.json agrees");
  const [major, minor] = cargoVersion.split(".");
  const range = major === "0" ? `${major}.${minor}` : major;
  assert.ok(readme.includes(`https://cdn.jsdelivr.net/npm/iop-check@${range}/iop-widget.js`), "the evergreen range URL");
});

/** A partner page that loads the package from jsDelivr at `spec` (a version
 * or a range); every version folder there serves this package. */
async function fromCdn(spec, attrs = "") {
  // The files the loader fetches itself: its glue and the Wasm.
  const wasmRequests = [];
  const opened = await partnerPage(env, {
    main: `<div id="w" data-iop-widget><p>Call 404-555-0134.</p></div>
      <script async src="https://cdn.jsdelivr.net/npm/iop-check@${spec}/iop-widget.js" ${attrs}></script>`,
    serve: (url) => {
      const name = url.pathname.split("/").pop();
      if (name !== "iop-widget.js") wasmRequests.push(url.pathname);
      return read(name);
    },
  });
  return { ...opened, wasmRequests };
}

test("pinned to the exact version with the README's integrity, the widget mounts", async () => {
  const sri = manifest().files.find((f) => f.file === "iop-widget.js").integrity;
  const { page, context, errors, wasmRequests } = await fromCdn(cargoVersion, `integrity="${sri}" crossorigin="anonymous"`);
  await waitForWidgets(page);
  assert.deepEqual(wasmRequests.sort(), [manifest().glue, manifest().wasm].map((f) => `/npm/iop-check@${cargoVersion}/${f}`).sort());
  assert.deepEqual(errors, []);
  await context.close();
});

test("loaded by a version range, the loader fetches the glue and Wasm of its own exact version", async () => {
  const [major, minor] = cargoVersion.split(".");
  const { page, context, errors, wasmRequests } = await fromCdn(`${major}.${minor}`);
  await waitForWidgets(page);
  assert.deepEqual(wasmRequests.sort(), [manifest().glue, manifest().wasm].map((f) => `/npm/iop-check@${cargoVersion}/${f}`).sort());
  assert.deepEqual(errors, []);
  await context.close();
});

test("the project README's CDN table names the current version and its range", () => {
  const readme = readFileSync(join(root, "README.md"), "utf8");
  const [major, minor] = cargoVersion.split(".");
  const range = major === "0" ? `${major}.${minor}` : major;
  assert.ok(readme.includes(`https://cdn.jsdelivr.net/npm/iop-check@${cargoVersion}/iop-widget.js`), "exact-version URL");
  assert.ok(readme.includes(`https://cdn.jsdelivr.net/npm/iop-check@${range}/iop-widget.js`), "range URL");
});
