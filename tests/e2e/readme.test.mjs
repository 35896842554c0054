// The README's examples, run as a partner would paste them: the snippet
// (its CDN address swapped for this server's), the queue stub as a file of
// the partner's own site, the custom element, all under the README's
// Content-Security-Policy sent as a header. Each must mount, hear the
// queued `on("ready")`, and break no rule of that policy.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { setup, openPage, waitForWidgets } from "./helpers.mjs";

let env;
before(async () => { env = await setup(); });
after(async () => { await env?.close(); });

const README = readFileSync(new URL("../../README.md", import.meta.url), "utf8");

/** The fenced block of `lang` that follows `heading` in the README. */
function block(heading, lang) {
  const at = README.indexOf(heading);
  assert.ok(at >= 0, `README has "${heading}"`);
  const m = new RegExp("```" + lang + "\\n([\\s\\S]*?)```").exec(README.slice(at));
  assert.ok(m, `a ${lang || "plain"} block after "${heading}"`);
  return m[1];
}

const SNIPPET = block("## Partner snippet", "html");
const STUB = block("### JavaScript API", "html");
const ELEMENT = block("### `<iop-check>` and the launcher", "html");
const CSP = block("### Content-Security-Policy", "").trim();
const LOADER = "https://YOUR-CDN/iop-check/iop-widget.js";

/** A fresh partner page at /partner/ on this server, with the README's
 * CSP as a header and the stub's script as /partner/stub.js. */
async function partnerPage(body) {
  const opened = await openPage(env, null);
  const { page } = opened;
  const stubScript = /<script>\n([\s\S]*?)<\/script>/.exec(STUB)[1];
  await page.route(`${env.origin}/partner/**`, (route) => {
    const path = new URL(route.request().url()).pathname;
    if (path === "/partner/stub.js") {
      // The README's lines, and one of ours that records what they heard.
      return route.fulfill({ contentType: "text/javascript", body: stubScript +
        'IOPCheck("on", "ready", function (detail, el) { (window.__ready = window.__ready || []).push([detail.version, el.localName]); });\n' });
    }
    route.fulfill({
      contentType: "text/html",
      headers: { "Content-Security-Policy": CSP },
      body: `<!doctype html><html lang="en"><head><title>Partner</title></head><body><main>
        <script src="/partner/stub.js"></script>
        ${body}
      </main></body></html>`,
    });
  });
  await page.addInitScript(() => {
    window.__violations = [];
    document.addEventListener("securitypolicyviolation", (e) => window.__violations.push(e.violatedDirective + " " + e.blockedURI));
  });
  await page.goto(`${env.origin}/partner/page.html`);
  return opened;
}

const VERSION = JSON.parse(readFileSync(new URL("../../pkg/manifest.json", import.meta.url), "utf8")).version;

test("the README's snippet, stub and CSP, pasted into a fresh page, mount the widget with nothing blocked", async () => {
  assert.ok(SNIPPET.includes(LOADER), "the snippet names the CDN address this test swaps");
  assert.match(CSP, /^default-src 'none'; script-src 'self' 'wasm-unsafe-eval';/);
  const { page, context, errors } = await partnerPage(SNIPPET.replace(LOADER, "/pkg/iop-widget.js"));
  await waitForWidgets(page);
  await page.waitForFunction(() => window.__ready && window.__ready.length === 1);
  assert.deepEqual(await page.evaluate(() => window.__ready), [[VERSION, "div"]], "the queued on('ready') heard the mount");
  // Its first question shows.
  assert.equal(await page.evaluate(() => document.querySelector("[data-iop-widget]").shadowRoot.querySelector(".iop-question") !== null), true);
  assert.deepEqual(await page.evaluate(() => window.__violations), [], "nothing breaks the README's policy");
  assert.deepEqual(errors, []);
  await context.close();
});

test("the README's <iop-check> example mounts under the same policy, in Spanish", async () => {
  const { page, context, errors } = await partnerPage(`${ELEMENT}<script async src="/pkg/iop-widget.js"></script>`);
  await waitForWidgets(page);
  await page.waitForFunction(() => window.__ready && window.__ready.length === 1);
  assert.deepEqual(await page.evaluate(() => window.__ready), [[VERSION, "iop-check"]]);
  assert.equal(await page.evaluate(() => document.querySelector("iop-check").shadowRoot.querySelector(".iop").getAttribute("lang")), "es");
  assert.equal(await page.evaluate(() => document.querySelector("iop-check").shadowRoot.querySelector(".iop-faq")), null, "view=\"checker\" shows the check alone");
  assert.deepEqual(await page.evaluate(() => window.__violations), []);
  assert.deepEqual(errors, []);
  await context.close();
});
