// A partner who serves pkg/ from a CDN on another origin, with the
// Access-Control-Allow-Origin header the README asks for: the loader finds
// the Wasm beside itself there and mounts, evergreen or pinned with SRI.
// Both origins are simulated with request routing.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { setup, openPage } from "./helpers.mjs";

let env;
before(async () => { env = await setup(); });
after(async () => { await env?.close(); });

const PKG = new URL("../../pkg/", import.meta.url);
const manifest = JSON.parse(readFileSync(new URL("manifest.json", PKG), "utf8"));
const TYPES = { js: "text/javascript", wasm: "application/wasm" };

/** The partner's page, and pkg/ on a CDN that sends CORS headers (and
 * answers 404 for the Wasm when `wasm` is false). */
async function partnerPage(scriptTag, { wasm = true } = {}) {
  const opened = await openPage(env, null);
  const { page } = opened;
  await page.route("https://partner.example/**", (route) => route.fulfill({
    contentType: "text/html",
    body: `<!doctype html><html lang="en"><title>Partner</title><main>
      <div id="w" data-iop-widget data-iop-phone="404-555-0134"><p class="fallback">Call 404-555-0134.</p></div>
      ${scriptTag}</main>`,
  }));
  await page.route("https://cdn.example/iop/**", (route) => {
    const name = new URL(route.request().url()).pathname.split("/").pop();
    const headers = { "Access-Control-Allow-Origin": "*" };
    if (!wasm && name.endsWith(".wasm")) return route.fulfill({ status: 404, headers, body: "not found" });
    route.fulfill({ status: 200, headers, contentType: TYPES[name.split(".").pop()], body: readFileSync(new URL(name, PKG)) });
  });
  await page.addInitScript(() => {
    window.__errors = [];
    document.addEventListener("iop:error", (e) => window.__errors.push(e.detail.code));
    document.addEventListener("iop:error", (e) => { window.__message = e.detail.message; });
  });
  await page.goto("https://partner.example/iop");
  return opened;
}

const evergreen = `<script async src="https://cdn.example/iop/iop-widget.js"></script>`;
const pinned = `<script async src="https://cdn.example/iop/${manifest.versioned_entry}"
  integrity="${manifest.files.find((f) => f.file === manifest.versioned_entry).integrity}" crossorigin="anonymous"></script>`;

for (const [name, tag] of [["the evergreen loader", evergreen], ["the pinned snippet with SRI", pinned]]) {
  test(`a CDN that sends Access-Control-Allow-Origin serves ${name}`, async () => {
    const { page, context } = await partnerPage(tag);
    await page.waitForFunction(() => document.querySelector("[data-iop-loaded]"), null, { timeout: 15000 });
    assert.equal(await page.getByRole("heading", { name: "Is IOP right for me?" }).count(), 1);
    assert.deepEqual(await page.evaluate(() => window.__errors), []);
    await context.close();
  });
}

test("when the Wasm on another origin fails, the console hint names the CORS header too", async () => {
  const { page, context } = await partnerPage(evergreen, { wasm: false });
  await page.waitForFunction(() => window.__errors.length > 0, null, { timeout: 15000 });
  assert.deepEqual(await page.evaluate(() => window.__errors), ["wasm-load-failed"]);
  const message = await page.evaluate(() => window.__message);
  assert.match(message, /deployed beside iop-widget\.js/);
  assert.match(message, /Access-Control-Allow-Origin \(it is on another origin\)/);
  assert.ok(await page.getByText("Call 404-555-0134.").isVisible(), "the fallback stays");
  await context.close();
});
