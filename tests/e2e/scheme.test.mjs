// The widget's colour scheme on the partner's page: `auto` (the default)
// matches the host page, `system` follows the visitor's setting, `light`
// and `dark` win over both. Each is checked in the loader's painted first
// view (the Wasm held back) and after the Wasm takes over, which must
// change nothing. Also: how the partner's phone number shows and links.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { setup, openPage, waitForWidgets, axe } from "./helpers.mjs";
import { PATHS } from "./flow.mjs";

let env;
before(async () => { env = await setup(); });
after(async () => { await env?.close(); });

// The widget's own backgrounds (src/ui/style.css).
const LIGHT = "rgb(255, 255, 255)";
const DARK = "rgb(18, 20, 23)";

const PATH = "/www/scheme-host.html";

/** A partner page: its CSS, extra head markup, and the placeholder's
 *  attributes; `body` wraps the placeholder (its markup replaces WIDGET). */
function hostPage({ css = "", head = "", attrs = "", body = "<main>WIDGET</main>" }) {
  const widget = `<div id="w" data-iop-widget ${attrs}><p>Questions? Call 404-555-0134.</p></div>`;
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title>${head}
<style>[data-iop-widget] { display: block; min-height: 1100px; } ${css}</style></head>
<body>${body.replace("WIDGET", widget)}
<script async src="../pkg/iop-widget.js"></script></body></html>`;
}

// Holds the .wasm response until the returned function is called.
async function holdWasm(page) {
  let release;
  const held = new Promise((r) => { release = r; });
  await page.route("**/*.wasm", async (route) => { await held; await route.continue(); });
  return release;
}

/** What shows of the widget in #w (or the given element). */
function look(page, selector = "#w") {
  return page.evaluate((selector) => {
    const el = document.querySelector(selector);
    const box = el.shadowRoot?.querySelector(".iop");
    if (!box) return null;
    const cs = getComputedStyle(box);
    const next = el.shadowRoot.querySelector("button[type=submit]");
    return {
      scheme: box.getAttribute("data-scheme"),
      bg: cs.backgroundColor,
      fg: cs.color,
      next: next ? getComputedStyle(next).backgroundColor : null,
      height: Math.round(el.getBoundingClientRect().height),
    };
  }, selector);
}

/** Open a host page as a visitor with `colorScheme`; returns the widget's
 *  look in the painted first view and after the takeover. */
async function paintedAndLive(page, html, { beforeRelease } = {}) {
  await page.route("**" + PATH, (route) => route.fulfill({ contentType: "text/html", body: html }));
  const release = await holdWasm(page);
  await page.goto(env.origin + PATH);
  await page.locator("#w[data-iop-prerendered]").waitFor({ state: "attached" });
  assert.equal(await page.evaluate(() => document.querySelector("#w").hasAttribute("data-iop-loaded")), false, "the Wasm is held back");
  const painted = await look(page);
  if (beforeRelease) await beforeRelease();
  release();
  await waitForWidgets(page);
  await page.waitForFunction(() => !document.querySelector("[data-iop-prerendered]"));
  return { painted, live: await look(page) };
}

const CASES = [
  // [name, visitor's preference, page, expected]
  ["a light page, visitor prefers dark: light", "dark",
    { css: "body { background: #fbf7f0; color: #2b2118; }" }, "light"],
  ["a page with no background at all (the canvas), visitor prefers dark: light", "dark",
    {}, "light"],
  ["a dark page without color-scheme, visitor prefers light: dark", "light",
    { css: "body { background: #15181c; color: #eeeeee; }" }, "dark"],
  ["a page that declares color-scheme: dark, visitor prefers light: dark", "light",
    { css: ":root { color-scheme: dark; }" }, "dark"],
  ["color-scheme: light declared on the placeholder of a dark page, visitor prefers dark: light", "dark",
    { css: "body { background: #111111; } #w { color-scheme: light; }" }, "light"],
  ["a page whose <meta name=color-scheme> says dark, visitor prefers light: dark", "light",
    { head: '<meta name="color-scheme" content="dark">' }, "dark"],
  ["a page declaring color-scheme: light dark with no background: the canvas follows a visitor preferring dark", "dark",
    { css: ":root { color-scheme: light dark; }" }, "dark"],
  ["a page declaring color-scheme: light dark with no background: the canvas follows a visitor preferring light", "light",
    { css: ":root { color-scheme: light dark; }" }, "light"],
  ["a dark section on a light page: the nearest background counts", "light",
    { css: "body { background: #ffffff; } .panel { background: #0f172a; } .inner { padding: 8px; }",
      body: '<main class="panel"><div class="inner">WIDGET</div></main>' }, "dark"],
  ["a light card on a dark page: the nearest background counts", "dark",
    { css: "body { background: #0f172a; } .card { background: #f8fafc; }",
      body: '<main><section class="card">WIDGET</section></main>' }, "light"],
  ["a nearly opaque black veil over a white page is blended: dark", "light",
    { css: "body { background: #ffffff; } main { background: rgba(0, 0, 0, 0.85); }" }, "dark"],
  ["a faint black veil over a white page is blended: light", "dark",
    { css: "body { background: #ffffff; } main { background: rgba(0, 0, 0, 0.2); }" }, "light"],
  ["an oklch() background (as Tailwind 4 writes colours): dark", "light",
    { css: "body { background: oklch(20.8% 0.042 265.755); }" }, "dark"],
  ["a grey of luminance 0.18 or more (#777): light", "dark",
    { css: "body { background: #777777; }" }, "light"],
  ["a grey of luminance under 0.18 (#737373): dark", "light",
    { css: "body { background: #737373; }" }, "dark"],
  ['scheme="system", visitor prefers dark, on a light page: dark', "dark",
    { attrs: 'data-iop-scheme="system"', css: "body { background: #ffffff; }" }, "system", DARK],
  ['scheme="system", visitor prefers light, on a dark page: light', "light",
    { attrs: 'data-iop-scheme="system"', css: "body { background: #111111; }" }, "system", LIGHT],
  ['scheme="light" wins over a dark page that declares dark and a visitor preferring dark', "dark",
    { attrs: 'data-iop-scheme="light"', css: ":root { color-scheme: dark; } body { background: #111111; }" }, "light"],
  ['scheme="dark" wins over a light page that declares light and a visitor preferring light', "light",
    { attrs: 'data-iop-scheme="dark"', css: ":root { color-scheme: light; } body { background: #ffffff; }" }, "dark"],
  ['scheme="auto" spelled out is the default', "light",
    { attrs: 'data-iop-scheme="auto"', css: "body { background: #15181c; }" }, "dark"],
];

for (const [name, colorScheme, host, scheme, bg = scheme === "dark" ? DARK : LIGHT] of CASES) {
  test(`scheme: ${name}; painted first view and live widget agree`, async () => {
    const { page, context, errors, messages } = await openPage(env, null, { colorScheme });
    const { painted, live } = await paintedAndLive(page, hostPage(host));
    assert.equal(painted.scheme, scheme, "painted data-scheme");
    assert.equal(painted.bg, bg, "painted background");
    assert.deepEqual(live, painted, "nothing changes at takeover");
    assert.deepEqual(errors, []);
    assert.deepEqual(messages.filter((m) => m.type === "warning" || m.type === "error"), []);
    await context.close();
  });
}

test("scheme: decided once per placeholder, so a host page that changes before the takeover changes nothing then", async () => {
  const { page, context } = await openPage(env, null, { colorScheme: "light" });
  const { painted, live } = await paintedAndLive(page, hostPage({ css: "body { background: #ffffff; }" }), {
    beforeRelease: () => page.evaluate(() => { document.body.style.background = "#000000"; }),
  });
  assert.equal(painted.scheme, "light");
  assert.deepEqual(live, painted);
  await context.close();
});

test("scheme: a value the widget refuses warns and uses the default (auto)", async () => {
  const { page, context, messages } = await openPage(env, null, { colorScheme: "light" });
  const html = hostPage({ attrs: 'data-iop-scheme="purple"', css: "body { background: #15181c; }" });
  await page.route("**" + PATH, (route) => route.fulfill({ contentType: "text/html", body: html }));
  await page.goto(env.origin + PATH);
  await waitForWidgets(page);
  const seen = await look(page);
  assert.deepEqual([seen.scheme, seen.bg], ["dark", DARK]);
  const warnings = messages.filter((m) => m.type === "warning").map((m) => m.text);
  assert.equal(warnings.length, 1, warnings.join("\n"));
  assert.match(warnings[0], /data-iop-scheme="purple": expected auto, system, light or dark/);
  await context.close();
});

test("scheme: widgets the Wasm paints itself, or mounts later, follow the same rule", async () => {
  const { page, context, errors } = await openPage(env, null, { colorScheme: "light" });
  // A heading level is left to the Wasm to paint (no first view).
  const html = hostPage({
    attrs: 'data-iop-heading-level="2"',
    css: "body { background: #ffffff; } .panel { background: #101418; padding: 8px; }",
    body: '<main class="panel">WIDGET</main><aside id="light-aside"></aside>',
  });
  await page.route("**" + PATH, (route) => route.fulfill({ contentType: "text/html", body: html }));
  await page.goto(env.origin + PATH);
  await waitForWidgets(page);
  assert.deepEqual(await look(page).then((l) => [l.scheme, l.bg]), ["dark", DARK]);
  // Mounted through the API: in the dark panel, and on the light page.
  await page.evaluate(async () => {
    for (const [id, parent] of [["in-panel", ".panel"], ["on-page", "#light-aside"]]) {
      const el = document.createElement("div");
      el.id = id;
      document.querySelector(parent).appendChild(el);
      await window.IOPCheck.mount(el, { view: "faq" });
    }
  });
  await page.waitForFunction(() => ["#in-panel", "#on-page"].every((s) => document.querySelector(s).shadowRoot?.querySelector(".iop")));
  assert.deepEqual(await look(page, "#in-panel").then((l) => [l.scheme, l.bg]), ["dark", DARK]);
  assert.deepEqual(await look(page, "#on-page").then((l) => [l.scheme, l.bg]), ["light", LIGHT]);
  assert.deepEqual(errors, []);
  await context.close();
});

test("scheme: system follows the visitor's setting and stays readable either way (axe)", async () => {
  for (const [colorScheme, bg] of [["dark", DARK], ["light", LIGHT]]) {
    const { page, context } = await openPage(env, null, { colorScheme });
    const html = hostPage({ attrs: 'data-iop-scheme="system" data-iop-phone="404-555-0134"' });
    await page.route("**" + PATH, (route) => route.fulfill({ contentType: "text/html", body: html }));
    await page.goto(env.origin + PATH);
    await waitForWidgets(page);
    assert.equal((await look(page)).bg, bg, colorScheme);
    assert.deepEqual(await axe(page), [], `axe with the visitor in ${colorScheme}`);
    await context.close();
  }
});

test("the dark-or-light rule (text on the brand colour) gives the loader and the Wasm the same answers", async () => {
  // Greys on both sides of the crossover (luminance 0.179, about #767676),
  // and colours of every hue.
  const greys = Array.from({ length: 16 }, (_, i) => (0x6e + i).toString(16).repeat(3));
  const colours = [...greys, "f00", "0f0", "00f", "ff0", "0ff", "f0f", "0b5cad", "ffcc00", "2f4f3a", "0088ff", "e07a1f", "a34a00", "7f7f7f", "808080", "000", "fff"];
  const body = "<main>" + colours.map((c, i) => `<div id="b${i}" data-iop-widget data-iop-load="eager" data-iop-view="faq" data-iop-brand="#${c}"></div>`).join("") + "</main>";
  const html = hostPage({ css: "[data-iop-widget] { min-height: 0; }", body });
  const { page, context, errors } = await openPage(env, null);
  await page.route("**" + PATH, (route) => route.fulfill({ contentType: "text/html", body: html }));
  const release = await holdWasm(page);
  await page.goto(env.origin + PATH);
  const read = () => page.evaluate(() => [...document.querySelectorAll("[data-iop-widget]")].map((el) =>
    el.getAttribute("data-iop-brand") + " " + el.style.getPropertyValue("--iop-on-brand")));
  await page.waitForFunction((n) => document.querySelectorAll("[data-iop-prerendered]").length === n, colours.length);
  const painted = await read();
  // Both answers occur, so the crossover lies inside the greys.
  assert.ok(painted.some((s) => s.endsWith("#000000")) && painted.some((s) => s.endsWith("#ffffff")));
  // The Wasm sets the property again at mount; clear the loader's first.
  await page.evaluate(() => document.querySelectorAll("[data-iop-widget]").forEach((el) => el.style.removeProperty("--iop-on-brand")));
  release();
  await waitForWidgets(page, colours.length);
  assert.deepEqual(await read(), painted);
  assert.deepEqual(errors, []);
  await context.close();
});

test("phone: an international number shows as the partner wrote it and links as + and digits", async () => {
  const { page, context, errors } = await openPage(env, null);
  const html = hostPage({
    attrs: 'data-iop-view="checker" data-iop-provider="Riverbend" data-iop-phone=" +44 (0)20  7946 0958 " data-iop-sms="+44 7700 900123"',
  });
  await page.route("**" + PATH, (route) => route.fulfill({ contentType: "text/html", body: html }));
  await page.goto(env.origin + PATH);
  await waitForWidgets(page);
  for (const step of PATHS.iop.steps) {
    if (Array.isArray(step)) await page.getByRole("checkbox", { name: step[0], exact: true }).check();
    else await page.getByRole("radio", { name: step, exact: true }).click();
    await page.getByRole("button", { name: "Next" }).click();
  }
  const links = await page.locator(".iop-next a").evaluateAll((as) => as.map((a) => [a.textContent, a.getAttribute("href")]));
  assert.deepEqual(links.filter(([, href]) => /^(tel|sms):\+44/.test(href)), [
    ["Call +44 (0)20 7946 0958", "tel:+442079460958"],
    ["Text +44 7700 900123", "sms:+447700900123"],
  ]);
  assert.deepEqual(errors, []);
  await context.close();
});

test("phone: a hostile number warns and never becomes markup", async () => {
  const { page, context, messages } = await openPage(env, null);
  const html = hostPage({ attrs: 'data-iop-phone="&lt;img src=x onerror=window.__pwned=1&gt;"' });
  await page.route("**" + PATH, (route) => route.fulfill({ contentType: "text/html", body: html }));
  await page.goto(env.origin + PATH);
  await waitForWidgets(page);
  const warnings = messages.filter((m) => m.type === "warning").map((m) => m.text);
  assert.ok(warnings.some((w) => w.includes('data-iop-phone="<img src=x onerror=window.__pwned=1>"')), warnings.join("\n"));
  assert.equal(await page.evaluate(() => document.querySelector("#w").shadowRoot.innerHTML.includes("onerror")), false);
  assert.equal(await page.evaluate(() => window.__pwned), undefined);
  await context.close();
});
