// A partner who serves pkg/ from a CDN on another origin, with the
// Access-Control-Allow-Origin header the README asks for: the loader finds
// the Wasm beside itself there and mounts, evergreen or pinned with SRI.
// Both origins are simulated with request routing.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { setup, partnerPage, NOT_FOUND } from "./helpers.mjs";

let env;
before(async () => { env = await setup(); });
after(async () => { await env?.close(); });

const PKG = new URL("../../pkg/", import.meta.url);
const manifest = JSON.parse(readFileSync(new URL("manifest.json", PKG), "utf8"));

/** The partner's page, and pkg/ on a CDN that sends CORS headers (and
 * answers 404 for the Wasm when `wasm` is false). */
function partner(scriptTag, { wasm = true } = {}) {
  return partnerPage(env, {
    main: `<div id="w" data-iop-widget data-iop-phone="404-555-0134"><p class="fallback">Call 404-555-0134.</p></div>
      ${scriptTag}`,
    serve: (url) => {
      const name = url.pathname.split("/").pop();
      return !wasm && name.endsWith(".wasm") ? NOT_FOUND : readFileSync(new URL(name, PKG));
    },
  });
}

const evergreen = `<script async src="https://cdn.example/iop/iop-widget.js"></script>`;
const pinned = `<script async src="https://cdn.example/iop/${manifest.versioned_entry}"
  integrity="${manifest.files.find((f) => f.file === manifest.versioned_entry).integrity}" crossorigin="anonymous"></script>`;

for (const [name, tag] of [["the evergreen loader", evergreen], ["the pinned snippet with SRI", pinned]]) {
  test(`a CDN that sends Access-Control-Allow-Origin serves ${name}`, async () => {
    const { page, context } = await partner(tag);
    await page.waitForFunction(() => document.querySelector("[data-iop-loaded]"), null, { timeout: 15000 });
    assert.equal(await page.getByRole("heading", { name: "Is IOP right for me?" }).count(), 1);
    assert.deepEqual(await page.evaluate(() => window.__errors), []);
    await context.close();
  });
}

test("when the Wasm on another origin fails, the console hint names the CORS header too", async () => {
  const { page, context } = await partner(evergreen, { wasm: false });
  await page.waitForFunction(() => window.__errors.length > 0, null, { timeout: 15000 });
  const [error] = await page.evaluate(() => window.__errors);
  assert.equal(error.code, "wasm-load-failed");
  const message = error.message;
  assert.match(message, /deployed beside iop-widget\.js/);
  assert.match(message, /Access-Control-Allow-Origin \(it is on another origin\)/);
  assert.ok(await page.getByText("Call 404-555-0134.").isVisible(), "the fallback stays");
  await context.close();
});
