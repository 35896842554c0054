// IOPCheck.debug() and #iop-debug: what the widget sees, for a partner
// whose widget does not show. The returned object is for people; these
// tests hold what it says about the CSP, Trusted Types, the Wasm and the
// placeholders on pages where each answer differs.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { setup, openPage, waitForWidgets } from "./helpers.mjs";

let env;
before(async () => { env = await setup(); });
after(async () => { await env?.close(); });

const manifest = JSON.parse(readFileSync(new URL("../../pkg/manifest.json", import.meta.url), "utf8"));
const wasmEntry = manifest.files.find((f) => f.file === manifest.wasm);
const glueEntry = manifest.files.find((f) => f.file === manifest.glue);

/** debug()'s object, the element replaced by its id to cross to Node. */
const debugOf = (page) => page.evaluate(() => {
  const seen = window.IOPCheck.debug();
  return { ...seen, widgets: seen.widgets.map((w) => ({ ...w, element: w.element.id })) };
});

test("on a normal page: Wasm allowed, arrived and checked, the widget mounted, its warnings", async () => {
  const { page, context } = await openPage(env, "/www/index.html");
  await waitForWidgets(page);
  await page.evaluate(() => document.querySelector("#iop-check").setAttribute("data-iop-colour", "red"));
  const seen = await debugOf(page);
  assert.equal(seen.webAssembly, true);
  assert.equal(seen.wasmUnsafeEval, true);
  assert.deepEqual(seen.trustedTypes, { enforced: false, policy: "created" });
  assert.deepEqual(seen.wasm, {
    url: `${env.origin}/pkg/${manifest.wasm}`, integrity: wasmEntry.integrity, requested: true, check: "matches", running: true,
  });
  assert.deepEqual(seen.glue, { url: `${env.origin}/pkg/${manifest.glue}`, integrity: glueEntry.integrity, via: "script", loaded: true });
  assert.equal(seen.widgets.length, 1);
  const [w] = seen.widgets;
  assert.equal(w.element, "iop-check");
  assert.equal(w.attributes["data-iop-phone"], "(404) 555-0134");
  assert.equal(w.attributes["data-iop-colour"], "red", "as read now");
  assert.deepEqual(w.warnings, [], "the mount's own warnings: none on this page");
  assert.equal(w.load, "visible");
  assert.equal(w.mounted, true);
  assert.equal(w.waiting, false);
  assert.equal(w.state, "mounted");
  assert.equal(w.attributes["data-iop-loaded"], undefined, "the widget's own markers are not options");
  // Destroyed, it is not "loading": it waits for mount or reload.
  await page.evaluate(() => window.IOPCheck.destroy("#iop-check"));
  const gone = (await debugOf(page)).widgets[0];
  assert.deepEqual([gone.mounted, gone.state], [false, "not mounted"]);
  await context.close();
});

test("a widget mounted by a queued call shows the options it was given", async () => {
  const { page, context } = await openPage(env, null);
  await page.route(`${env.origin}/www/debug-queued.html`, (route) => route.fulfill({
    contentType: "text/html",
    body: `<!doctype html><html lang="en"><title>Queued</title><main>
      <div id="api"><p>Call us.</p></div>
      <script>window.IOPCheck = window.IOPCheck || function () { (IOPCheck.q = IOPCheck.q || []).push(arguments); };
        IOPCheck("mount", "#api", { view: "faq", brand: "#2f4f3a" });</script>
      <script async src="../pkg/iop-widget.js"></script></main>`,
  }));
  await page.goto(`${env.origin}/www/debug-queued.html`);
  await waitForWidgets(page);
  const [w] = (await debugOf(page)).widgets;
  assert.deepEqual(w.mountOptions, { view: "faq", brand: "#2f4f3a" });
  assert.deepEqual(w.attributes, {});
  assert.equal(w.state, "mounted");
  await context.close();
});

test("a widget whose load mode has not fired: not mounted, warnings not read yet, no Wasm requested", async () => {
  const { page, context, messages } = await openPage(env, null);
  await page.route(`${env.origin}/www/debug-held.html`, (route) => route.fulfill({
    contentType: "text/html",
    body: `<!doctype html><html lang="en"><title>Held</title><main>
      <div id="later" data-iop-widget data-iop-load="interaction" data-iop-brand="blue"><p>Call us.</p></div>
      <script async src="../pkg/iop-widget.js"></script></main>`,
  }));
  // #iop-debug prints the report once the page has loaded.
  const printedWasm = page.waitForEvent("console", { predicate: (m) => /Wasm: .* not fetched yet/.test(m.text()) });
  const printedWarnings = page.waitForEvent("console", { predicate: (m) => /warnings: not read yet/.test(m.text()) });
  await page.goto(`${env.origin}/www/debug-held.html#iop-debug`);
  await page.waitForFunction(() => document.querySelector("#later[data-iop-held]"));
  await page.waitForFunction(() => document.readyState === "complete");
  await printedWasm;
  await printedWarnings;
  assert.equal(messages.filter((m) => /what the widget sees/.test(m.text)).length, 1, "one group, once");
  const seen = await debugOf(page);
  assert.deepEqual(seen.wasm.requested, false);
  assert.equal(seen.wasm.check, "not fetched yet");
  assert.equal(seen.wasm.running, false);
  assert.deepEqual([seen.glue.via, seen.glue.loaded], [null, false], "nor its glue");
  const [w] = seen.widgets;
  assert.equal(w.load, "interaction");
  assert.equal(w.waiting, true);
  assert.equal(w.mounted, false);
  assert.equal(w.warnings, null, "the Wasm has not read them yet");
  // Once the person touches it, it mounts and the warnings are there.
  await page.locator("#later").hover();
  await waitForWidgets(page);
  const after = await debugOf(page);
  assert.equal(after.wasm.check, "matches");
  assert.equal(after.widgets[0].warnings.length, 1);
  assert.match(after.widgets[0].warnings[0], /data-iop-brand/);
  await context.close();
});

test("under the strict CSP: wasm-unsafe-eval allowed", async () => {
  const { page, context } = await openPage(env, "/www/strict-csp.html");
  await waitForWidgets(page);
  const seen = await debugOf(page);
  assert.equal(seen.wasmUnsafeEval, true);
  assert.equal(seen.wasm.check, "matches");
  assert.equal(seen.widgets[0].mounted, true);
  await context.close();
});

test("under a CSP without wasm-unsafe-eval: refused, and the Wasm did not run", async () => {
  const { page, context } = await openPage(env, null);
  await page.addInitScript(() => {
    window.__errors = [];
    document.addEventListener("iop:error", (e) => window.__errors.push(e.detail.code));
  });
  await page.goto(env.origin + "/www/no-wasm-csp.html");
  await page.waitForFunction(() => window.__errors.length > 0, null, { timeout: 15000 });
  const seen = await debugOf(page);
  assert.equal(seen.webAssembly, true);
  assert.equal(seen.wasmUnsafeEval, false);
  assert.equal(seen.wasm.running, false);
  assert.equal(seen.widgets[0].mounted, false);
  await context.close();
});

test("Trusted Types enforced with a policy list that lacks iop-check: said so", async () => {
  const { page, context } = await openPage(env, null);
  await page.route(`${env.origin}/www/index.html`, async (route) => {
    const response = await route.fetch();
    route.fulfill({ response, headers: { ...response.headers(), "content-security-policy": "require-trusted-types-for 'script'; trusted-types other" } });
  });
  await page.goto(env.origin + "/www/index.html");
  await waitForWidgets(page);
  const seen = await debugOf(page);
  assert.deepEqual(seen.trustedTypes, { enforced: true, policy: "refused" });
  await context.close();
});
