// The loader reads an option's word as the Rust config does: trimmed of
// exactly what str::trim removes, and refused (the default) when it then
// starts or ends with an invisible character. For every generated case
// (src/first_view/words.rs: each load mode, launcher mode and a label,
// with every such char at either end), the loader's load mode, launcher
// mode and button label are Config::parse's load, mode and label.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { setup, firstViewCases } from "./helpers.mjs";

const cases = firstViewCases("words");

let env;
before(async () => { env = await setup(); });
after(async () => { await env?.close(); });

const PATH = "/www/words.html";
const PER_PAGE = 400;

/** Placeholders built through the DOM, so every char arrives as written;
 *  far below the screen, so "visible" never fires. */
function html(group) {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Words</title>
<style>[data-iop-widget] { position: absolute; top: 1000vh; visibility: hidden; }</style></head><body>
<script type="application/json" id="cases">${JSON.stringify(group.map((c) => c.attributes)).replace(/</g, "\\u003c")}</script>
<script>
  JSON.parse(document.getElementById("cases").textContent).forEach(function (attributes, n) {
    var el = document.createElement("div");
    el.setAttribute("data-iop-widget", "");
    attributes.forEach(function (a) { el.setAttribute(a[0], a[1]); });
    el.setAttribute("data-case", n);
    document.body.appendChild(el);
  });
</script>
<script src="/pkg/iop-widget.js"></script>
<div data-iop-widget data-iop-mode="button" data-reference></div></body></html>`;
}

/** Which trigger each mode holds a hidden placeholder for: fired after
 *  the page's load and an idle moment (eager, idle), on a key (interaction),
 *  or not at all (visible). */
const FIRES = { eager: "idle", idle: "idle", interaction: "key", visible: "never" };

/** What the loader read of each placeholder, with the Wasm held back. */
async function readPage(context, group, errors) {
  const page = await context.newPage();
  page.on("pageerror", (e) => errors.push(String(e)));
  await page.route((url) => url.pathname === PATH, (route) => route.fulfill({ contentType: "text/html", body: html(group) }));
  await page.route("**/*.wasm", () => {});
  await page.goto(env.origin + PATH, { waitUntil: "load" });
  const got = await page.evaluate(async () => {
    // After the loader's own idle callbacks (registered at load, in order).
    for (let i = 0; i < 2; i++) await new Promise((resolve) => requestIdleCallback(resolve));
    const els = [...document.querySelectorAll("[data-case]")];
    const waiting = () => {
      const seen = new Map(IOPCheck.debug().widgets.map((w) => [w.element, w]));
      return els.map((el) => seen.get(el));
    };
    const first = waiting();
    els.forEach((el) => el.dispatchEvent(new KeyboardEvent("keydown", { bubbles: true })));
    const second = waiting();
    const ours = document.querySelector("[data-reference]").shadowRoot.querySelector(".iop-launch").textContent;
    return els.map((el, i) => {
      const root = el.shadowRoot;
      const button = root && root.querySelector(".iop-launch");
      const launcher = !!(root && root.querySelector("dialog"));
      return {
        load: first[i].load,
        fires: !first[i].waiting ? "idle" : !second[i].waiting ? "key" : "never",
        mode: !launcher ? "inline" : button ? "button" : "dialog",
        label: !button ? null : button.textContent === ours ? null : button.textContent,
      };
    });
  });
  await page.close();
  return got;
}

test("the loader reads data-iop-load, data-iop-mode and data-iop-label as Config::parse does", async () => {
  const context = await env.browser.newContext({ viewport: { width: 800, height: 600 } });
  const errors = [];
  const mismatches = [];
  for (let from = 0; from < cases.length; from += PER_PAGE) {
    const group = cases.slice(from, from + PER_PAGE);
    const got = await readPage(context, group, errors);
    group.forEach((c, i) => {
      const want = { load: c.load, fires: FIRES[c.load], mode: c.mode, label: c.label };
      try {
        assert.deepEqual(got[i], want);
      } catch {
        mismatches.push({ attributes: c.attributes, rust: want, loader: got[i] });
      }
    });
  }
  await context.close();
  assert.deepEqual(errors, []);
  assert.deepEqual(mismatches.slice(0, 10), [], `${mismatches.length} of ${cases.length} cases differ`);
});

test("the cases hold every kind of edge: refused, trimmed and plain, for each option", () => {
  const of = (name, value) => cases.find((c) => c.attributes.some(([n, v]) => n === name && v === value));
  // JavaScript's trim would strip the byte order mark; the config refuses it.
  assert.equal(of("data-iop-load", "\ufeffeager")?.load, "visible");
  assert.equal(of("data-iop-mode", "dialog\ufeff")?.mode, "inline");
  assert.equal(of("data-iop-label", "\u200bTalk to us")?.label, null);
  // Whitespace JavaScript's trim also knows, and one beyond Latin-1.
  assert.equal(of("data-iop-load", "\u3000eager")?.load, "eager");
  assert.equal(of("data-iop-mode", "dialog\u2028")?.mode, "dialog");
  assert.equal(of("data-iop-label", "Talk to us\u00a0")?.label, "Talk to us");
  // Each load mode is held to its own trigger at least once.
  for (const mode of Object.keys(FIRES)) assert.ok(cases.some((c) => c.load === mode), mode);
});
