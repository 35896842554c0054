// The Wasm and its glue script are checked by the integrity (sha384) the
// build puts in the loader: a file with one byte changed is refused, the
// partner's fallback stays and iop:error says wasm-integrity; the real one
// mounts, beside the loader or where data-iop-wasm names it. Origins are
// simulated by routing.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { setup, partnerPage, NOT_FOUND } from "./helpers.mjs";

let env;
before(async () => { env = await setup(); });
after(async () => { await env?.close(); });

const PKG = new URL("../../pkg/", import.meta.url);
const manifest = JSON.parse(readFileSync(new URL("manifest.json", PKG), "utf8"));
const REAL = readFileSync(new URL(manifest.wasm, PKG));
const TAMPERED = Buffer.from(REAL);
// A byte in the middle of the code: still a Wasm of the same size.
TAMPERED[TAMPERED.length >> 1] ^= 1;
const GLUE = readFileSync(new URL(manifest.glue, PKG));

/** The partner's page; pkg/ on cdn.example, the Wasm's body from `wasm`
 * and the glue's from `glue` (missing when null), and another host for
 * data-iop-wasm. */
function partner({ wasm, wasmAttr = "", glue = GLUE, csp = null }) {
  return partnerPage(env, {
    main: `<div id="w" data-iop-widget data-iop-load="eager"><p class="fallback">Call 404-555-0134.</p></div>
      <script async src="https://cdn.example/iop/iop-widget.js" ${wasmAttr}></script>`,
    csp,
    serve: (url) => {
      const name = url.pathname.split("/").pop();
      if (name.endsWith(".wasm")) return wasm;
      if (name === manifest.glue) return glue || NOT_FOUND;
      return readFileSync(new URL(name, PKG));
    },
  });
}

test("the loader carries the Wasm's integrity from the manifest", () => {
  const loader = readFileSync(new URL("iop-widget.js", PKG), "utf8");
  const wasm = manifest.files.find((f) => f.file === manifest.wasm);
  assert.match(wasm.integrity, /^sha384-[A-Za-z0-9+/]{64}$/);
  assert.ok(loader.includes(JSON.stringify(wasm.integrity)), "the loader holds the Wasm's sha384");
});

for (const [where, wasmAttr] of [["beside the loader", ""], ["named by data-iop-wasm", `data-iop-wasm="https://other.example/w/${manifest.wasm}"`]]) {
  test(`a Wasm with one byte changed is refused (${where}): fallback, wasm-integrity, no mount`, async () => {
    const { page, context, messages } = await partner({ wasm: TAMPERED, wasmAttr });
    await page.waitForFunction(() => window.__errors.length > 0, null, { timeout: 15000 });
    const errors = await page.evaluate(() => window.__errors);
    assert.deepEqual(errors.map((e) => e.code), ["wasm-integrity"]);
    assert.match(errors[0].message, /does not match this loader/);
    assert.ok(messages.some((m) => m.type === "error" && /IOP Check: .*does not match this loader/.test(m.text)), "the console says so");
    assert.equal(await page.locator("[data-iop-loaded]").count(), 0, "nothing mounted");
    assert.ok(await page.getByText("Call 404-555-0134.").isVisible(), "the fallback stays");
    const seen = await page.evaluate(() => window.IOPCheck.debug().wasm);
    assert.equal(seen.check, "does not match");
    assert.equal(seen.running, false);
    await context.close();
  });

  test(`the real Wasm mounts (${where})`, async () => {
    const { page, context } = await partner({ wasm: REAL, wasmAttr });
    await page.waitForFunction(() => document.querySelector("[data-iop-loaded]"), null, { timeout: 15000 });
    assert.equal(await page.getByRole("heading", { name: "Is IOP right for me?" }).count(), 1);
    assert.deepEqual(await page.evaluate(() => window.__errors), []);
    const seen = await page.evaluate(() => window.IOPCheck.debug().wasm);
    assert.equal(seen.check, "matches");
    assert.equal(seen.running, true);
    assert.equal(seen.url, wasmAttr ? `https://other.example/w/${manifest.wasm}` : `https://cdn.example/iop/${manifest.wasm}`);
    await context.close();
  });
}

test("a Wasm that is missing is a load failure, not an integrity one", async () => {
  const { page, context } = await partner({ wasm: NOT_FOUND });
  await page.waitForFunction(() => window.__errors.length > 0, null, { timeout: 15000 });
  assert.deepEqual(await page.evaluate(() => window.__errors.map((e) => e.code)), ["wasm-load-failed"]);
  await context.close();
});

test("a glue script with one byte changed is refused: fallback, wasm-integrity, no mount", async () => {
  const tampered = Buffer.from(GLUE);
  // A letter inside a string of the code: still valid script.
  tampered[tampered.indexOf("IOPCheck")] = "J".charCodeAt(0);
  const { page, context, messages } = await partner({ wasm: REAL, glue: tampered });
  await page.waitForFunction(() => window.__errors.length > 0, null, { timeout: 15000 });
  const errors = await page.evaluate(() => window.__errors);
  assert.deepEqual(errors.map((e) => e.code), ["wasm-integrity"]);
  assert.match(errors[0].message, new RegExp(`${manifest.glue} does not match this loader`));
  assert.ok(messages.some((m) => m.type === "error" && /IOP Check: .*does not match this loader/.test(m.text)), "the console says so");
  assert.equal(await page.locator("[data-iop-loaded]").count(), 0, "nothing mounted");
  assert.ok(await page.getByText("Call 404-555-0134.").isVisible(), "the fallback stays");
  await context.close();
});

test("a missing glue script is a load failure that says where it belongs", async () => {
  const { page, context } = await partner({ wasm: REAL, glue: null });
  await page.waitForFunction(() => window.__errors.length > 0, null, { timeout: 15000 });
  const errors = await page.evaluate(() => window.__errors);
  assert.deepEqual(errors.map((e) => e.code), ["wasm-load-failed"]);
  assert.match(errors[0].message, new RegExp(`${manifest.glue} .*Deploy it beside iop-widget\\.js\\.$`));
  assert.doesNotMatch(errors[0].message, /Content-Security-Policy/, "the fix, not a guess");
  assert.ok(await page.getByText("Call 404-555-0134.").isVisible(), "the fallback stays");
  const [w] = await page.evaluate(() => window.IOPCheck.debug().widgets.map((w) => w.state));
  assert.equal(w, "failed", "debug() says the load failed, not that it is still loading");
  await context.close();
});

test("a CSP that allows the loader's file alone says the glue needs script-src too", async () => {
  const csp = "script-src https://cdn.example/iop/iop-widget.js 'wasm-unsafe-eval'; connect-src https://cdn.example";
  const { page, context } = await partner({ wasm: REAL, csp });
  await page.waitForFunction(() => window.__errors.length > 0, null, { timeout: 15000 });
  const errors = await page.evaluate(() => window.__errors);
  assert.deepEqual(errors.map((e) => e.code), ["wasm-load-failed"]);
  assert.match(errors[0].message, /It is deployed and matches, so the page's Content-Security-Policy refused it: add its folder, https:\/\/cdn\.example\/iop\/, to script-src\.$/);
  assert.doesNotMatch(errors[0].message, /Deploy it/, "the file is there: the message does not send the partner to redeploy it");
  await context.close();
});

test("under a Trusted Types list without iop-check, the glue is checked by a fetch, then imported", async () => {
  const csp = "require-trusted-types-for 'script'; trusted-types other";
  for (const [glue, mounts] of [[GLUE, true], [Buffer.concat([GLUE, Buffer.from("\n")]), false]]) {
    const { page, context } = await partner({ wasm: REAL, glue, csp });
    if (mounts) {
      await page.waitForFunction(() => document.querySelector("[data-iop-loaded]"), null, { timeout: 15000 });
      assert.deepEqual(await page.evaluate(() => window.__errors), []);
      assert.deepEqual(await page.evaluate(() => { const g = window.IOPCheck.debug().glue; return [g.via, g.loaded]; }), ["import()", true]);
    } else {
      await page.waitForFunction(() => window.__errors.length > 0, null, { timeout: 15000 });
      assert.deepEqual(await page.evaluate(() => window.__errors.map((e) => e.code)), ["wasm-integrity"]);
      assert.equal(await page.locator("[data-iop-loaded]").count(), 0, "a glue not from this build never runs");
    }
    await context.close();
  }
});
