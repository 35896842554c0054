// make bench: the widget against the same content as static HTML, in one
// run, in headless Chromium. Prints a table, writes bench-results/bench.json
// and exits non-zero when a budget is missed. Not part of make test: timings
// on shared machines are noisy, so every time is also given as a ratio to
// the static page measured in the same run.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { spawn } from "node:child_process";
import { chromium } from "playwright-core";
import { CHROMIUM, CHROMIUM_ARGS } from "../e2e/helpers.mjs";
import { namedBuild, wasmParts } from "./wasm-parts.mjs";
import { floorSize } from "./floor.mjs";

const RUNS = Number(process.env.BENCH_RUNS || 7);
const CLICKS = 7;
const CLICK_LOADS = Math.min(3, RUNS);
const BUDGET = { gzipKB: 100, firstVisibleRatio: 1.5, clickMs: 16, cls: 0, loadDelay: 0.05 };

const manifest = JSON.parse(readFileSync(new URL("../../pkg/manifest.json", import.meta.url), "utf8"));
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); const m = s.length >> 1; return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2; };

// Runs in the page before anything else: watches frames for the first
// question, records layout shifts, and times pointer-down to next frame.
const PROBE = () => {
  const b = (window.__bench = { firstVisible: null, cls: 0, clicks: [] });
  const question = () => {
    const host = document.querySelector("[data-iop-widget]");
    if (!host) return null;
    if (host.shadowRoot) return host.shadowRoot.querySelector(".iop-question");
    return document.getElementById("first-question");
  };
  const watch = (ts) => {
    const q = question();
    if (q && q.getClientRects().length > 0) { b.firstVisible = ts; return; }
    requestAnimationFrame(watch);
  };
  requestAnimationFrame(watch);
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (!e.hadRecentInput) b.cls += e.value;
  }).observe({ type: "layout-shift", buffered: true });
  // Click timing: from pointerdown to the end of the first frame whose DOM
  // shows the change. A frame's rAF timestamp is when it began (it can even
  // precede the event), so the end is taken by a message posted from that
  // frame's rAF, which runs once the frame's style, layout and paint are done.
  document.addEventListener("pointerdown", (e) => {
    if (!b.armed) return;
    b.armed = false;
    const start = e.timeStamp;
    const before = b.snapshot ? b.snapshot() : null;
    const done = new MessageChannel();
    done.port1.onmessage = () => b.clicks.push(performance.now() - start);
    const wait = () => {
      if (b.snapshot && b.snapshot() !== before) { done.port2.postMessage(0); return; }
      requestAnimationFrame(wait);
    };
    requestAnimationFrame(wait);
  }, true);
};

// A fresh context with the cache off and the CPU slowed `throttle` times.
async function coldPage(env, throttle) {
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send("Network.enable");
  await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: throttle });
  return { context, page, cdp };
}

const loadEventStart = (page) => page.evaluate(() => performance.getEntriesByType("navigation")[0].loadEventStart);

async function load(env, path, throttle) {
  const { context, page, cdp } = await coldPage(env, throttle);
  await page.addInitScript(PROBE);
  await page.goto(env.origin + path, { waitUntil: "load" });
  await page.waitForFunction(() => window.__bench.firstVisible !== null, null, { timeout: 30000 });
  await page.waitForTimeout(1000);
  const m = await page.evaluate(() => ({ firstVisible: window.__bench.firstVisible, cls: window.__bench.cls }));
  return { page, context, cdp, ...m, load: await loadEventStart(page) };
}

// Press and release sent back to back, so no round trip to the test
// process sits between pointerdown and click.
async function press(page, cdp, locator, dx) {
  await locator.scrollIntoViewIfNeeded();
  const box = await locator.boundingBox();
  const at = { x: box.x + (dx ?? box.width / 2), y: box.y + box.height / 2, button: "left", clickCount: 1 };
  await page.mouse.move(at.x, at.y);
  await page.evaluate(() => { window.__bench.armed = true; });
  await Promise.all([
    cdp.send("Input.dispatchMouseEvent", { type: "mousePressed", ...at }),
    cdp.send("Input.dispatchMouseEvent", { type: "mouseReleased", ...at }),
  ]);
}

async function clickTimes(page, cdp, isWidget) {
  if (isWidget) {
    await page.locator("[data-iop-loaded]").waitFor({ state: "attached" });
    await page.evaluate(() => {
      const root = document.querySelector("[data-iop-widget]").shadowRoot;
      window.__bench.snapshot = () => root.querySelector(".iop-question")?.textContent;
    });
    const steps = ["Me (18 or older)", "No", "Not at all", ["None of these"], "Not at all", "Not at all", "Not at all", "Not at all"];
    for (const step of steps.slice(0, CLICKS)) {
      if (Array.isArray(step)) await page.getByRole("checkbox", { name: step[0], exact: true }).click();
      else await page.getByRole("radio", { name: step, exact: true }).click();
      await press(page, cdp, page.getByRole("button", { name: "Next" }));
      await page.waitForFunction((n) => window.__bench.clicks.length >= n, steps.indexOf(step) + 1);
    }
  } else {
    // The static limit: a <details> toggle, the browser's own disclosure.
    await page.evaluate(() => {
      window.__bench.snapshot = () => [...document.querySelectorAll("details")].map((d) => d.open).join();
    });
    for (let i = 0; i < CLICKS; i++) {
      await press(page, cdp, page.locator("summary").nth(i), 20);
      await page.waitForFunction((n) => window.__bench.clicks.length >= n, i + 1);
    }
  }
  return page.evaluate(() => window.__bench.clicks);
}

// The widget page with its script swapped for an empty one: the least any
// one-script embed adds to the host's load event, for scale. Written from
// www/bench/widget.html each run, so the host content is the same.
const EMPTY_SCRIPT_PAGE = "/bench-results/empty-script.html";
function writeEmptyScriptPage() {
  const dir = new URL("../../bench-results/", import.meta.url);
  mkdirSync(dir, { recursive: true });
  const widgetPage = readFileSync(new URL("../../www/bench/widget.html", import.meta.url), "utf8");
  const page = widgetPage
    .replace('href="../site.css"', 'href="../www/site.css"')
    .replace('src="../../pkg/iop-widget.js"', 'src="empty.js"');
  if (page.includes("iop-widget.js") || !page.includes("../www/site.css")) throw new Error("www/bench/widget.html changed shape: update writeEmptyScriptPage");
  writeFileSync(new URL("empty-script.html", dir), page);
  writeFileSync(new URL("empty.js", dir), "/* empty */\n");
}

async function loadEventOnly(env, path) {
  const { context, page } = await coldPage(env, 1);
  await page.goto(env.origin + path, { waitUntil: "load" });
  const load = await loadEventStart(page);
  await context.close();
  return load;
}

// One cold load of each page in turn, so drift on a shared machine falls
// on both sides of every ratio alike.
async function measureBoth(env) {
  const emptyScriptLoads = [];
  const pages = [["static", "/www/bench/static.html", false], ["widget", "/www/bench/widget.html", true]];
  const out = Object.fromEntries(pages.map(([name]) => [name, { firstVisible1x: [], firstVisible4x: [], load1x: [], cls: [], click4x: [], memory: null }]));
  for (let i = 0; i < RUNS; i++) {
    for (const throttle of [1, 4]) {
      for (const [name, path, isWidget] of pages) {
        const o = out[name];
        const r = await load(env, path, throttle);
        o[`firstVisible${throttle}x`].push(r.firstVisible);
        if (throttle === 1) { o.load1x.push(r.load); o.cls.push(r.cls); }
        // Clicks on the first CLICK_LOADS loads; memory once, after them.
        if (throttle === 4 && i < CLICK_LOADS) {
          o.click4x.push(...(await clickTimes(r.page, r.cdp, isWidget)));
          if (i === CLICK_LOADS - 1) o.memory = await memoryAfterCheck(r, isWidget);
        }
        await r.context.close();
      }
      if (throttle === 1) emptyScriptLoads.push(await loadEventOnly(env, EMPTY_SCRIPT_PAGE));
    }
  }
  const summary = (o) => ({
    firstVisible1x: median(o.firstVisible1x),
    firstVisible4x: median(o.firstVisible4x),
    click4x: median(o.click4x),
    clickSamples: o.click4x.length,
    cls: Math.max(...o.cls),
    load1x: median(o.load1x),
    memory: o.memory,
  });
  // Each widget load over the static load just before it, then the median:
  // back-to-back pairs cancel most of the machine's drift.
  const paired = (k) => median(out.widget[k].map((w, i) => w / out.static[k][i]));
  const emptyScript = { load1x: median(emptyScriptLoads), ratio: median(emptyScriptLoads.map((e, i) => e / out.static.load1x[i])) };
  return {
    baseline: summary(out.static),
    widget: summary(out.widget),
    paired: { firstVisible1x: paired("firstVisible1x"), firstVisible4x: paired("firstVisible4x"), load1x: paired("load1x") },
    emptyScript,
  };
}

// JS heap plus Wasm linear memory, after finishing the check on the widget.
async function memoryAfterCheck(r, isWidget) {
  if (isWidget) {
    const rest = ["Not at all", "Not at all", "No", "Yes", "Never had treatment", "Yes"];
    for (const label of rest) {
      await r.page.getByRole("radio", { name: label, exact: true }).click();
      await r.page.getByRole("button", { name: "Next" }).click();
    }
    await r.page.locator(".iop-result-title").waitFor();
  }
  await r.cdp.send("HeapProfiler.collectGarbage");
  const jsHeap = (await r.cdp.send("Runtime.getHeapUsage")).usedSize;
  const wasm = isWidget ? await r.page.evaluate(() => window.IOPCheck.memoryBytes()) : 0;
  return { jsHeap, wasm, total: jsHeap + wasm };
}

// The pages are served by a separate process, so the file server never
// waits behind this process's own work driving the browser.
async function setup() {
  const server = spawn(process.execPath, [new URL("../../scripts/serve.mjs", import.meta.url).pathname], {
    env: { ...process.env, PORT: "0" },
    stdio: ["ignore", "pipe", "inherit"],
  });
  const origin = await new Promise((resolve, reject) => {
    server.stdout.on("data", (d) => {
      const m = /http:\/\/127\.0\.0\.1:(\d+)\//.exec(String(d));
      if (m) resolve(`http://127.0.0.1:${m[1]}`);
    });
    server.on("exit", (code) => reject(new Error(`file server exited (${code})`)));
  });
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  return { origin, browser, async close() { await browser.close(); server.kill(); } };
}

writeEmptyScriptPage();
const env = await setup();
let widget, baseline, paired, emptyScript;
try {
  ({ widget, baseline, paired, emptyScript } = await measureBoth(env));
} finally {
  await env.close();
}

const staticBytes = readFileSync(new URL("../../www/bench/static.html", import.meta.url));
const { gzipSync } = await import("node:zlib");
const files = manifest.files.filter((f) => f.file === "iop-widget.js" || f.file === manifest.wasm);
const totals = manifest.totals;
const ratio = (a, b) => (b > 0 ? a / b : NaN);
// [figure, widget, static, ratio, budget]; timed loads use the paired ratio.
const rows = [
  ["bundle gzip (KB)", totals.gzip / 1024, gzipSync(staticBytes, { level: 9 }).length / 1024, null, `<= ${BUDGET.gzipKB}`],
  ["first question visible x1 (ms)", widget.firstVisible1x, baseline.firstVisible1x, paired.firstVisible1x, `<= ${BUDGET.firstVisibleRatio}x static`],
  ["first question visible x4 (ms)", widget.firstVisible4x, baseline.firstVisible4x, paired.firstVisible4x, `<= ${BUDGET.firstVisibleRatio}x static`],
  ["click to next frame x4 (ms)", widget.click4x, baseline.click4x, null, `<= ${BUDGET.clickMs} ms`],
  ["CLS of host page", widget.cls, baseline.cls, null, `= ${BUDGET.cls}`],
  ["host load event x1 (ms)", widget.load1x, baseline.load1x, paired.load1x, `<= +${BUDGET.loadDelay * 100}%`],
  ["  same, empty async script (ms)", emptyScript.load1x, baseline.load1x, emptyScript.ratio, "for scale"],
  ["memory after check (KB)", widget.memory.total / 1024, baseline.memory.total / 1024, null, "report"],
];
const checks = {
  gzip: totals.gzip / 1024 <= BUDGET.gzipKB,
  firstVisible1x: paired.firstVisible1x <= BUDGET.firstVisibleRatio,
  firstVisible4x: paired.firstVisible4x <= BUDGET.firstVisibleRatio,
  click4x: widget.click4x <= BUDGET.clickMs,
  cls: widget.cls <= 0.0001,
  load: paired.load1x <= 1 + BUDGET.loadDelay,
};

console.log("\nFiles (bytes raw / gzip -9 / brotli -q 11):");
for (const f of files) console.log(`  ${f.file.padEnd(30)} ${String(f.bytes).padStart(8)} ${String(f.gzip).padStart(8)} ${String(f.brotli).padStart(8)}`);
console.log(`  ${"total".padEnd(30)} ${String(totals.bytes).padStart(8)} ${String(totals.gzip).padStart(8)} ${String(totals.brotli).padStart(8)}`);
const root = new URL("../..", import.meta.url).pathname.replace(/\/$/, "");
const floor = floorSize(root);
console.log(`\nYew floor (tests/bench/floor: a counter and a five-item accordion, built the same way): wasm ${floor.wasmGzip} + glue ${floor.glueGzip} = ${floor.gzip} B gzip, ${(100 * floor.gzip / (BUDGET.gzipKB * 1024)).toFixed(0)}% of the size budget.`);
const parts = wasmParts(namedBuild(root));
console.log("\nWhere the Wasm's bytes go (wasm-opt -Oz, names kept; gzip of each part alone):");
console.log("| part | functions | bytes | gzip |");
console.log("|---|---|---|---|");
for (const p of parts) console.log(`| ${p.part} | ${p.functions || "-"} | ${p.bytes} | ${p.gzip} |`);
console.log(`\nMedians of ${RUNS} cold loads; clicks: ${widget.clickSamples} per page. Load ratios: median of`);
console.log("each widget load over the static load run just before it.");
console.log("| figure | widget | static | ratio | budget |");
console.log("|---|---|---|---|---|");
for (const [name, w, s, r, budget] of rows) {
  const shown = r ?? ratio(w, s);
  const digits = name.startsWith("CLS") ? 4 : 1;
  console.log(`| ${name} | ${w.toFixed(digits)} | ${s.toFixed(digits)} | ${Number.isFinite(shown) ? shown.toFixed(2) : "-"} | ${budget} |`);
}
console.log(`\nJS heap ${widget.memory.jsHeap} B + Wasm memory ${widget.memory.wasm} B after a completed check.`);
const missed = Object.entries(checks).filter(([, ok]) => !ok).map(([k]) => k);
mkdirSync(new URL("../../bench-results/", import.meta.url), { recursive: true });
writeFileSync(new URL("../../bench-results/bench.json", import.meta.url), JSON.stringify({
  date: new Date().toISOString(), runs: RUNS, budget: BUDGET, files, totals, widget, static: baseline, paired, emptyScript, yewFloor: floor, wasmParts: parts, checks, missed,
}, null, 2) + "\n");
console.log("Wrote bench-results/bench.json");
if (missed.length) {
  console.error(`Budgets missed: ${missed.join(", ")}`);
  process.exit(1);
}
console.log("All budgets met.");
