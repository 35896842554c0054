// The painted first view answers at once while the Wasm is held back, and
// the Wasm starts from exactly what the person left there: answers, open
// FAQ items, focus, one press of Next. Pass or fail never rests on timing:
// "at once" means the state is right in the same task as the click.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { setup, openPage, waitForWidgets } from "./helpers.mjs";

let env;
before(async () => { env = await setup(); });
after(async () => { await env?.close(); });

/** index.html with its Wasm held until release(); resolves once painted. */
async function painted() {
  const opened = await openPage(env);
  let release;
  const held = new Promise((r) => { release = r; });
  await opened.page.route("**/*.wasm", async (route) => { await held; await route.continue(); });
  await opened.page.goto(env.origin + "/www/index.html");
  await opened.page.locator("[data-iop-prerendered]").waitFor({ state: "attached" });
  return { ...opened, release };
}

/** Waits for the takeover: mounted, and the painted view gone. */
async function takeover(page) {
  await waitForWidgets(page);
  await page.waitForFunction(() => !document.querySelector("[data-iop-prerendered]"));
}

/** The FAQ items' states in the widget: [aria-expanded, panel hidden]. */
function faqStates(page) {
  return page.evaluate(() => {
    const root = document.querySelector("[data-iop-widget]").shadowRoot;
    return [...root.querySelectorAll(".iop-faq-button")].map((b) =>
      [b.getAttribute("aria-expanded"), root.getElementById(b.getAttribute("aria-controls")).hidden]);
  });
}

test("a painted FAQ header opens and closes in the same task as the press, aria-expanded and hidden kept right", async () => {
  const { page, context, release, errors } = await painted();
  const seen = await page.evaluate(() => {
    const root = document.querySelector("[data-iop-widget]").shadowRoot;
    const button = root.querySelector(".iop-faq-button");
    const panel = root.getElementById(button.getAttribute("aria-controls"));
    const state = () => [button.getAttribute("aria-expanded"), panel.hidden, panel.textContent];
    const out = [state()];
    button.click();
    out.push(state());
    button.click();
    out.push(state());
    return out;
  });
  assert.deepEqual(seen, [["false", true, ""], ["true", false, "Loading…"], ["false", true, "Loading…"]]);
  // By keyboard too: Enter on the focused header.
  await page.locator(".iop-faq-button").nth(1).focus();
  await page.keyboard.press("Enter");
  assert.deepEqual((await faqStates(page))[1], ["true", false]);
  assert.equal(await page.locator(".iop-faq-panel").nth(1).textContent(), "Loading…");
  release();
  await takeover(page);
  assert.deepEqual(errors, []);
  await context.close();
});

test("a double tap on a header leaves it as last seen after takeover; a single one leaves it open", async () => {
  const { page, context, release, errors } = await painted();
  await page.locator(".iop-faq-button", { hasText: "What is an IOP?" }).dblclick();
  await page.locator(".iop-faq-button", { hasText: "How long does IOP last?" }).click();
  await page.locator(".iop-faq-button", { hasText: "Does insurance pay for IOP?" }).click({ clickCount: 3 });
  const seen = await faqStates(page);
  assert.deepEqual(seen.slice(0, 5).map((s) => s[0]), ["false", "true", "false", "false", "true"]);
  release();
  await takeover(page);
  await page.waitForFunction(() => document.querySelector("[data-iop-widget]").shadowRoot
    .querySelectorAll(".iop-faq-button[aria-expanded=true]").length === 2);
  assert.deepEqual(await faqStates(page), seen, "every item as the person last saw it");
  assert.match(await page.locator(".iop-faq-panel").nth(1).textContent(), /^Most programs last 8 to 12 weeks/, "the Wasm shows the answer");
  assert.deepEqual(errors, []);
  await context.close();
});

test("Next shows a busy state and a polite announcement; a double tap advances exactly one question", async () => {
  const { page, context, release, errors } = await painted();
  await page.getByRole("radio", { name: "Me (18 or older)" }).click();
  const next = page.getByRole("button", { name: "Next" });
  await next.dblclick();
  assert.equal(await next.getAttribute("aria-disabled"), "true");
  assert.equal(await next.evaluate((b) => b.classList.contains("iop-busy") && getComputedStyle(b, "::after").content !== "none"), true, "a visible spinner");
  const live = page.locator(".iop-live");
  assert.equal(await live.getAttribute("aria-live"), "polite");
  assert.equal(await live.textContent(), "Loading…");
  assert.equal(await page.locator(".iop-question").textContent(), "Who is this check for?", "still the painted question");
  release();
  await takeover(page);
  await page.locator(".iop-question", { hasText: /^Right now, are you in danger/ }).waitFor();
  // Give any second replayed press the time to show, then check it did not.
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 200)))));
  assert.match(await page.locator(".iop-question").textContent(), /^Right now, are you in danger/);
  assert.equal(await page.getByRole("button", { name: "Next" }).getAttribute("aria-disabled"), null, "the live Next is not busy");
  assert.deepEqual(errors, []);
  await context.close();
});

test("a chosen answer, an open item and the focused control survive the takeover", async () => {
  const { page, context, release, errors } = await painted();
  await page.getByRole("radio", { name: "I am a professional helping someone" }).click();
  await page.locator(".iop-faq-button", { hasText: "What do you do in IOP?" }).click();
  await page.locator(".iop-faq-button", { hasText: "Is group therapy part of IOP?" }).focus();
  release();
  await takeover(page);
  await page.waitForFunction(() => document.querySelector("[data-iop-widget]").shadowRoot.querySelector("input:checked"));
  assert.equal(await page.getByRole("radio", { name: "I am a professional helping someone" }).isChecked(), true);
  assert.equal(await page.locator(".iop-faq-button", { hasText: "What do you do in IOP?" }).getAttribute("aria-expanded"), "true");
  const focused = await page.evaluate(() => document.querySelector("[data-iop-widget]").shadowRoot.activeElement?.textContent);
  assert.equal(focused, "Is group therapy part of IOP?");
  assert.deepEqual(errors, []);
  await context.close();
});

test("the language and share buttons show the busy state, and act once at takeover", async () => {
  const { page, context, release, errors } = await painted();
  const lang = page.getByRole("button", { name: "Español" });
  const share = page.getByRole("button", { name: "Share this" });
  await lang.dblclick();
  await share.click();
  for (const b of [lang, share]) {
    assert.equal(await b.getAttribute("aria-disabled"), "true");
    assert.equal(await b.evaluate((el) => el.classList.contains("iop-busy")), true);
  }
  assert.equal(await page.locator(".iop-live").textContent(), "Loading…");
  release();
  await takeover(page);
  await page.waitForFunction(() => document.querySelector("[data-iop-widget]").shadowRoot.querySelector(".iop")?.lang === "es");
  assert.equal(await page.getByRole("button", { name: "Compartir" }).first().getAttribute("aria-expanded"), "true", "share opened once");
  assert.equal(await page.locator(".iop-lang").textContent(), "English", "switched once, not back");
  assert.deepEqual(errors, []);
  await context.close();
});

test("a Spanish painted view says Cargando…, from the Rust content", async () => {
  const { page, context } = await openPage(env);
  let free;
  const held = new Promise((r) => { free = r; });
  await page.route("**/*.wasm", async (route) => { await held; await route.continue(); });
  await page.goto(env.origin + "/www/index.html#iop=1&lang=es");
  await page.locator("[data-iop-prerendered]").waitFor({ state: "attached" });
  await page.locator(".iop-faq-button").first().click();
  assert.equal(await page.locator(".iop-faq-panel").first().textContent(), "Cargando…");
  free();
  await context.close();
});

test("printed before the takeover, the painted view gives way to the partner's fallback; the Wasm's view prints itself", async () => {
  const { page, context, release, errors } = await painted();
  const fallback = page.getByText("Call us at 404-555-0134 to talk about your options.", { exact: false });
  const question = page.locator("[data-iop-widget] .iop-question");
  assert.equal(await fallback.isVisible(), false, "on screen, the painted view");
  assert.equal(await question.isVisible(), true);
  await page.emulateMedia({ media: "print" });
  assert.equal(await fallback.isVisible(), true, "on paper, the partner's fallback");
  assert.equal(await question.isVisible(), false, "not a question no one can answer on paper");
  await page.emulateMedia({ media: "screen" });
  release();
  await takeover(page);
  await page.emulateMedia({ media: "print" });
  assert.equal(await fallback.isVisible(), false, "the Wasm's view prints itself");
  await page.locator("[data-iop-widget] .iop-print-only").waitFor({ state: "visible" });
  assert.deepEqual(errors, []);
  await context.close();
});

test("printed before the glue has arrived, the page's height reserve does not leave blank paper", async () => {
  const { page, context, errors } = await openPage(env);
  // The glue and the Wasm held: the print rules that come with them are not there yet.
  await page.route(/iop-widget-glue\.|\.wasm$/, () => {});
  await page.goto(env.origin + "/www/index.html");
  await page.locator("[data-iop-prerendered]").waitFor({ state: "attached" });
  const host = page.locator("#iop-check");
  const reserve = await host.evaluate((el) => parseFloat(getComputedStyle(el).minHeight));
  assert.ok(reserve > 600, `the page reserves the widget's height on screen (${reserve}px)`);
  await page.emulateMedia({ media: "print" });
  const [height, fallback] = await host.evaluate((el) => [el.getBoundingClientRect().height,
    [...el.children].reduce((sum, c) => sum + c.getBoundingClientRect().height, 0)]);
  assert.ok(fallback > 0 && height < fallback + 100, `on paper the box is the fallback's height: ${height}px for ${fallback}px`);
  assert.deepEqual(errors, []);
  await context.close();
});
