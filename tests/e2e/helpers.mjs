// Shared setup for the end-to-end tests: the repository served on a free
// loopback port, and Debian's Chromium driven by playwright-core.
import { chromium } from "playwright-core";
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { startServer } from "../../scripts/serve.mjs";

export const CHROMIUM = process.env.CHROMIUM || "/usr/bin/chromium";

export const CHROMIUM_ARGS = [
  "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
  "--disable-background-networking", "--disable-component-update", "--disable-sync",
];

/** The generated cases src/bin/first_view.rs prints for `what` ("cases", "words"). */
export function firstViewCases(what) {
  return JSON.parse(execFileSync("cargo", ["run", "--quiet", "--profile", "test", "--bin", "first_view", "--", what], {
    cwd: new URL("../..", import.meta.url).pathname, encoding: "utf8", maxBuffer: 1 << 28,
  }));
}

/** Start the server and the browser; a missing Chromium fails loudly. */
export async function setup() {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`Chromium not found at ${CHROMIUM}: install Debian's chromium and chromium-driver (make test does this as root).`);
  }
  if (!existsSync(new URL("../../pkg/iop-widget.js", import.meta.url))) {
    throw new Error("pkg/ is missing: run make build first (make test does).");
  }
  const server = await startServer({ port: 0 });
  const origin = `http://127.0.0.1:${server.address().port}`;
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    // Playwright gives each launch a fresh, empty profile directory.
    args: CHROMIUM_ARGS,
  });
  return {
    origin,
    browser,
    async close() {
      await browser.close();
      await new Promise((r) => server.close(r));
    },
  };
}

/** A new page that records console messages and page errors. */
export async function openPage(env, path, { viewport, locale, colorScheme, reducedMotion } = {}) {
  const context = await env.browser.newContext({
    viewport: viewport || { width: 1280, height: 900 },
    locale: locale || "en-US",
    colorScheme,
    reducedMotion,
  });
  const page = await context.newPage();
  const messages = [];
  const errors = [];
  page.on("console", (m) => messages.push({ type: m.type(), text: m.text() }));
  page.on("pageerror", (e) => errors.push(String(e)));
  if (path) await page.goto(env.origin + path);
  return { page, context, messages, errors };
}

const TYPES = { js: "text/javascript", wasm: "application/wasm", html: "text/html" };

/**
 * A partner's page at https://partner.example/ whose <main> holds `main`
 * (served with `csp` as its Content-Security-Policy, when given), and every
 * other https origin answered by `serve(url)`: the widget's files on a CDN,
 * simulated by routing, with the Access-Control-Allow-Origin header the
 * README asks for. `serve` gives a body, or { status, body }. Each
 * iop:error's detail is collected in window.__errors.
 */
export async function partnerPage(env, { main, serve, csp = null }) {
  const opened = await openPage(env, null);
  const { page } = opened;
  await page.route("https://partner.example/**", (route) => route.fulfill({
    contentType: "text/html",
    headers: csp ? { "content-security-policy": csp } : {},
    body: `<!doctype html><html lang="en"><title>Partner</title><main>${main}</main>`,
  }));
  await page.route(/^https:\/\/(?!partner\.example\/)/, (route) => {
    const url = new URL(route.request().url());
    const answer = serve(url);
    const { status = 200, body } = answer && answer.body !== undefined ? answer : { body: answer };
    route.fulfill({
      status,
      headers: { "Access-Control-Allow-Origin": "*" },
      contentType: status === 200 ? TYPES[url.pathname.split(".").pop()] || "text/plain" : "text/plain",
      body,
    });
  });
  await page.addInitScript(() => {
    window.__errors = [];
    document.addEventListener("iop:error", (e) => window.__errors.push(e.detail));
  });
  await page.goto("https://partner.example/page");
  return opened;
}

/** The answer for a file that is not there. */
export const NOT_FOUND = { status: 404, body: "not found" };

/** Wait until every placeholder on the page has mounted. */
export async function waitForWidgets(page, count = 1) {
  await page.waitForFunction(
    (n) => document.querySelectorAll("[data-iop-loaded]").length >= n,
    count,
    { timeout: 15000 },
  );
}

const AXE = readFileSync(new URL("../../node_modules/axe-core/axe.min.js", import.meta.url), "utf8");

/** Run axe-core (WCAG 2.2 A/AA) on the page, shadow roots included. */
export async function axe(page, selector = "[data-iop-widget]") {
  await page.evaluate(AXE);
  return page.evaluate(async (selector) => {
    const result = await window.axe.run({ include: [[selector]] }, {
      runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] },
    });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      nodes: v.nodes.map((n) => n.target.join(" ") + " :: " + n.failureSummary).slice(0, 5),
    }));
  }, selector);
}
