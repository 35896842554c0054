// Launcher modes: mode="button" paints only a button that opens the check
// in a modal dialog; mode="dialog" is opened by IOPCheck.open or an element
// with data-iop-opens. The Wasm loads on intent, never before.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { setup, openPage, axe } from "./helpers.mjs";

let env;
before(async () => { env = await setup(); });
after(async () => { await env?.close(); });

/** Where focus is, through shadow roots: "launch", "in-dialog", or the light-DOM id. */
const focusOf = (page) => page.evaluate(() => {
  let a = document.activeElement;
  while (a && a.shadowRoot && a.shadowRoot.activeElement) a = a.shadowRoot.activeElement;
  if (!a) return null;
  if (a.closest("dialog")) return "in-dialog";
  if (a.classList.contains("iop-launch")) return "launch";
  return a.id || a.localName;
});
const dialogOpen = (page, id) => page.evaluate((id) => !!document.getElementById(id).shadowRoot.querySelector("dialog[open]"), id);

test("button mode: a painted button, no Wasm before intent, then a keyboard-correct modal", async () => {
  const { page, context, errors } = await openPage(env);
  const wasm = [];
  page.on("request", (r) => { if (r.url().endsWith(".wasm")) wasm.push(r.url()); });
  await page.goto(env.origin + "/www/launcher.html");
  await page.waitForFunction(() => document.readyState === "complete");
  const button = page.locator("#iop-button .iop-launch");
  assert.equal(await button.textContent(), "Is IOP right for me? Take the self-check");
  await page.waitForTimeout(1500);
  assert.deepEqual(wasm, [], "no Wasm request before intent");
  const scrollBefore = await page.evaluate(() => scrollY);

  await button.focus(); // intent
  await page.waitForFunction(() => document.getElementById("iop-button").hasAttribute("data-iop-loaded"), null, { timeout: 15000 });
  assert.equal(wasm.length, 1);
  await page.keyboard.press("Enter");
  assert.equal(await dialogOpen(page, "iop-button"), true);
  assert.equal(await focusOf(page), "in-dialog", "focus moves into the dialog");
  const name = await page.evaluate(() => {
    const d = document.getElementById("iop-button").shadowRoot.querySelector("dialog");
    return d.shadowRoot ? null : d.getRootNode().getElementById(d.getAttribute("aria-labelledby")).textContent;
  });
  assert.equal(name, "Is IOP right for me?", "the dialog is named by its heading");
  assert.ok(await page.evaluate(() => !!document.getElementById("iop-button").shadowRoot.querySelector("dialog .iop-dialog-body .iop-question")), "the app is in the dialog");
  for (let i = 0; i < 12; i++) {
    await page.keyboard.press("Tab");
    const at = await focusOf(page);
    assert.ok(at === "in-dialog" || at === "body", `Tab ${i + 1} stays in the dialog (at ${at})`);
  }
  assert.deepEqual(await axe(page, "#iop-button"), [], "axe with the dialog open");
  assert.equal(await page.locator("#iop-button dialog").getByRole("heading", { name: "Is IOP right for me?" }).count(), 1,
    "the check's name is said once in the dialog");
  await page.keyboard.press("Escape");
  assert.equal(await dialogOpen(page, "iop-button"), false, "Escape closes");
  assert.equal(await focusOf(page), "launch", "focus returns to the button");
  assert.equal(await page.evaluate(() => scrollY), scrollBefore, "the page did not scroll");
  assert.deepEqual(errors, []);
  await context.close();
});

test("pressed before the Wasm arrives: the dialog opens on the painted view, which the Wasm takes over", async () => {
  const { page, context } = await openPage(env);
  let release;
  const held = new Promise((r) => { release = r; });
  await page.route("**/*.wasm", async (route) => { await held; await route.continue(); });
  await page.goto(env.origin + "/www/launcher.html");
  await page.locator("#iop-button .iop-launch").click();
  assert.equal(await dialogOpen(page, "iop-button"), true);
  assert.equal(await page.evaluate(() => document.getElementById("iop-button").hasAttribute("data-iop-loaded")), false);
  // The first question is painted inside, and answers at once.
  const first = page.locator("#iop-button dialog input").first();
  await first.check();
  release();
  await page.waitForFunction(() => document.getElementById("iop-button").hasAttribute("data-iop-loaded"), null, { timeout: 15000 });
  await page.waitForFunction(() => document.getElementById("iop-button").shadowRoot.querySelector("dialog input")?.checked === true, null, { timeout: 5000 });
  assert.equal(await dialogOpen(page, "iop-button"), true, "still open after the takeover");
  await page.locator("#iop-button .iop-dialog-close").click();
  assert.equal(await dialogOpen(page, "iop-button"), false, "the close button closes");
  assert.equal(await focusOf(page), "launch");
  await context.close();
});

test("dialog mode: no button of ours; opened by data-iop-opens and by IOPCheck.open, focus back to the opener", async () => {
  const { page, context } = await openPage(env, "/www/launcher.html");
  await page.waitForFunction(() => window.IOPCheck && window.IOPCheck.loaded);
  assert.equal(await page.evaluate(() => document.getElementById("iop-dialog").shadowRoot.querySelector(".iop-launch")), null);
  for (const opener of ["#opener", "#api-opener"]) {
    await page.locator(opener).focus();
    await page.keyboard.press("Enter");
    await page.waitForFunction(() => !!document.getElementById("iop-dialog").shadowRoot.querySelector("dialog[open]"));
    assert.equal(await focusOf(page), "in-dialog");
    await page.waitForFunction(() => document.getElementById("iop-dialog").hasAttribute("data-iop-loaded"), null, { timeout: 15000 });
    assert.equal(await page.evaluate(() => document.getElementById("iop-dialog").shadowRoot.querySelector(".iop-dialog-body .iop").lang), "es");
    await page.keyboard.press("Escape");
    assert.equal(await dialogOpen(page, "iop-dialog"), false);
    assert.equal(await focusOf(page), opener.slice(1), `focus returns to ${opener}`);
  }
  assert.equal(await page.evaluate(() => IOPCheck.open("#iop-dialog")), true);
  assert.equal(await dialogOpen(page, "iop-dialog"), true);
  await context.close();
});
