// Load modes: no Wasm request until a placeholder's trigger fires, each
// placeholder mounted by its own trigger, intent starting the fetch at
// once, and a bad mode warned about once. The Wasm response is held back,
// so what is checked is which requests were made, never how fast.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { setup, openPage, waitForWidgets } from "./helpers.mjs";

let env;
before(async () => { env = await setup(); });
after(async () => { await env?.close(); });

/** Opens load-modes.html?QUERY with the Wasm held; counts its requests
 * and its glue script's. */
async function open(query) {
  const opened = await openPage(env);
  const wasm = [];
  const glue = [];
  opened.page.on("request", (r) => { if (/\/iop-widget-glue\.[0-9a-f]+\.js$/.test(r.url())) glue.push(r.url()); });
  let release;
  const held = new Promise((r) => { release = r; });
  await opened.page.route("**/*.wasm", async (route) => {
    wasm.push(route.request().url());
    await held;
    await route.continue();
  });
  await opened.page.goto(`${env.origin}/www/load-modes.html?${query}`);
  await opened.page.waitForFunction(() => document.readyState === "complete");
  return { ...opened, wasm, glue, release };
}

/** Gives a trigger that should not fire every chance to: load, idle time, frames. */
async function settle(page) {
  await page.evaluate(() => new Promise((resolve) => {
    const idle = window.requestIdleCallback || ((f) => setTimeout(f, 50));
    idle(() => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 500))), { timeout: 1000 });
  }));
}

const mounted = (page, id) => page.evaluate((id) => document.getElementById(id).hasAttribute("data-iop-loaded"), id);

test("visible: a widget far below the fold makes no Wasm or glue request; scrolling to it makes one and mounts it alone", async () => {
  const { page, context, wasm, glue, release, errors } = await open("near=interaction&far=visible");
  await settle(page);
  assert.deepEqual(wasm, [], "nothing in view has been triggered");
  assert.deepEqual(glue, [], "nor is its glue script fetched");
  await page.locator("#far").scrollIntoViewIfNeeded();
  await page.waitForFunction(() => true);
  await page.waitForTimeout(0);
  await assert.doesNotReject(waitFor(() => wasm.length === 1), "scrolling near it requests the Wasm");
  await assert.doesNotReject(waitFor(() => glue.length === 1), "and its glue, once");
  release();
  await page.waitForFunction(() => document.getElementById("far").hasAttribute("data-iop-loaded"));
  assert.equal(await mounted(page, "near"), false, "the untouched interaction widget stays held");
  assert.equal(await page.evaluate(() => window.IOPCheck.instances()), 1);
  assert.deepEqual(errors, []);
  await context.close();
});

test("visible is the default: the widget in view is requested and mounted, the one far below is not", async () => {
  const { page, context, wasm, release } = await open("");
  await waitFor(() => wasm.length === 1);
  release();
  await page.waitForFunction(() => document.getElementById("near").hasAttribute("data-iop-loaded"));
  await settle(page);
  assert.equal(await mounted(page, "far"), false);
  assert.equal(wasm.length, 1, "one request for the page");
  await context.close();
});

test("interaction: untouched makes no request; hovering it makes one at once and mounts it", async () => {
  const { page, context, wasm, release } = await open("near=interaction&far=interaction");
  await settle(page);
  assert.deepEqual(wasm, []);
  await page.locator("#near .iop-question").hover();
  await waitFor(() => wasm.length === 1);
  release();
  await page.waitForFunction(() => document.getElementById("near").hasAttribute("data-iop-loaded"));
  assert.equal(await mounted(page, "far"), false);
  await context.close();
});

for (const intent of ["focus", "touch"]) {
  test(`intent (${intent}) starts the fetch whatever the mode`, async () => {
    const { page, context, wasm, release } = await open("near=interaction&far=visible");
    await settle(page);
    assert.deepEqual(wasm, []);
    if (intent === "focus") {
      await page.evaluate(() => document.getElementById("near").shadowRoot.querySelector("input").focus());
    } else {
      await page.locator("#near").dispatchEvent("touchstart");
    }
    await waitFor(() => wasm.length === 1);
    release();
    await page.waitForFunction(() => document.getElementById("near").hasAttribute("data-iop-loaded"));
    await context.close();
  });
}

test("keydown inside an interaction widget triggers it", async () => {
  const { page, context, wasm, release } = await open("near=interaction&far=interaction");
  await settle(page);
  assert.deepEqual(wasm, []);
  // A keydown that reaches the host without a focus event first.
  await page.evaluate(() => document.getElementById("near").shadowRoot.querySelector("input")
    .dispatchEvent(new KeyboardEvent("keydown", { key: "ArrowDown", bubbles: true, composed: true })));
  await waitFor(() => wasm.length === 1);
  release();
  await page.waitForFunction(() => document.getElementById("near").hasAttribute("data-iop-loaded"));
  await context.close();
});

for (const mode of ["idle", "eager"]) {
  test(`${mode}: requested after the page's load event without any intent, far below the fold too`, async () => {
    const { page, context, wasm, release } = await open(`near=interaction&far=${mode}`);
    await waitFor(() => wasm.length === 1);
    release();
    await page.waitForFunction(() => document.getElementById("far").hasAttribute("data-iop-loaded"));
    const [start, load] = await page.evaluate(() => [
      performance.getEntriesByType("resource").find((e) => e.name.endsWith(".wasm")).startTime,
      performance.getEntriesByType("navigation")[0].loadEventStart,
    ]);
    assert.ok(start >= load, `requested at ${start} ms, load at ${load} ms`);
    assert.equal(await mounted(page, "near"), false, "the interaction widget still waits");
    await context.close();
  });
}

test("a bad mode warns once, in the Wasm's words, and the default (visible) applies", async () => {
  const { page, context, wasm, release, messages } = await open("near=soon&far=soon");
  await waitFor(() => wasm.length === 1);
  release();
  await page.waitForFunction(() => document.getElementById("near").hasAttribute("data-iop-loaded"));
  assert.equal(await mounted(page, "far"), false, "far below the fold, so not yet");
  const said = messages.filter((m) => m.type === "warning" && m.text.includes("data-iop-load"));
  assert.deepEqual(said.map((m) => m.text),
    ['IOP Check: ignored data-iop-load="soon": expected visible, interaction, idle or eager. Using the default.']);
  await context.close();
});

test("mount() with a load option waits for it; without one it mounts at once", async () => {
  const { page, context, wasm, release, messages } = await open("near=interaction&far=interaction");
  await settle(page);
  assert.deepEqual(wasm, []);
  const waiting = page.evaluate(() => window.IOPCheck.mount("#far", { load: "visible", lang: "es" }));
  await settle(page);
  assert.deepEqual(wasm, [], "#far is out of view");
  const near = page.evaluate(() => window.IOPCheck.mount("#near", { load: "later" }));
  await waitFor(() => messages.some((m) => m.text.includes("option load")));
  const said = messages.filter((m) => m.type === "warning" && m.text.includes("option load"));
  assert.deepEqual(said.map((m) => m.text),
    ['IOP Check: ignored option load="later": expected visible, interaction, idle or eager. Using the default.']);
  await waitFor(() => wasm.length === 1);
  release();
  assert.equal(await near, true, "a bad mode is the default, visible, and it is in view");
  await page.locator("#far").scrollIntoViewIfNeeded();
  assert.equal(await waiting, true);
  assert.equal(await page.locator("#far .iop-title").first().textContent(), "Preguntas sobre IOP");
  assert.equal(messages.filter((m) => m.type === "warning").length, 1, "nothing else warned");
  await context.close();
});

/** Polls a Node-side condition (a request seen) for up to 10 s. */
async function waitFor(condition) {
  for (let i = 0; i < 200; i++) {
    if (condition()) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error("condition not met in 10 s");
}
