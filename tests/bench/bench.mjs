// make bench: the widget against the same content as static HTML, in one
// run, in headless Chromium. Prints a table, writes bench-results/bench.json
// and exits non-zero when a budget is missed. Not part of make test: timings
// on shared machines are noisy, so every time is judged as a ratio to the
// static page measured in the same run.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { PROBE, SNAPSHOTS, timedPress } from "./probe.mjs";
import { startTrace, mainThreadTasks, taskSummary } from "./trace.mjs";
import { CHECK_PATH, completeCheck, memoryNow, mountDestroyCycles } from "./memory.mjs";
import { benchEnv } from "./env.mjs";
import { LIMITS_FILE, SIZE_KEYS, bundleSizes, sizeLimits } from "./sizes.mjs";
import { namedBuild, wasmParts } from "./wasm-parts.mjs";
import { floorSize } from "./floor.mjs";

const ROOT = new URL("../..", import.meta.url).pathname.replace(/\/$/, "");
const RUNS = Math.max(1, Number(process.env.BENCH_RUNS || 7));
const STEPS_PER_LOAD = 3;
const TOGGLES_PER_LOAD = 3;
const AFTER_LOAD_MS = 5000;
const MOUNT_CYCLES = 100;
// Reported beside the 1st: by the 10th the JS engine's own warm-up (code
// compiled, caches filled) is done, so growth after it is the widget's.
const WARM_CYCLES = 10;
const BUDGET = {
  loaderGzipKB: 15, bundleGzipKB: 125, firstVisibleRatio: 1.3, stepRatio4x: 1.3, toggleRatio4x: 1.3,
  longTaskMs: 50, cls: 0, memoryGrowthAfterCycles: 0.1,
};
const PAGES = { static: "/www/bench/static.html", widget: "/www/bench/widget.html" };

const median = (xs) => { const s = [...xs].sort((a, b) => a - b); const m = s.length >> 1; return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2; };

// Pages made from www/bench/widget.html each run, so the host content is
// the same: the default load mode, and the script swapped for an empty one
// (the least any one-script embed adds to the load event, for scale).
const VARIANTS = {
  defaultLoad: { path: "/bench-results/default-load.html", edit: (p) => p.replace(' data-iop-load="eager"', "") },
  emptyScript: { path: "/bench-results/empty-script.html", edit: (p) => p.replace('src="../../pkg/iop-widget.js"', 'src="empty.js"') },
};
function writeVariants() {
  const dir = `${ROOT}/bench-results`;
  mkdirSync(dir, { recursive: true });
  const widgetPage = readFileSync(`${ROOT}/www/bench/widget.html`, "utf8").replace('href="../site.css"', 'href="../www/site.css"');
  for (const { path, edit } of Object.values(VARIANTS)) {
    const page = edit(widgetPage);
    if (page === widgetPage || !page.includes("../www/site.css")) throw new Error(`www/bench/widget.html changed shape: update VARIANTS for ${path}`);
    writeFileSync(ROOT + path, page.replaceAll('src="../../pkg/', 'src="../pkg/'));
  }
  writeFileSync(`${dir}/empty.js`, "/* empty */\n");
}

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

// One cold load: first question visible, CLS, load event; traced, the
// main thread's tasks from navigation to AFTER_LOAD_MS after load. A
// trace slows the page it watches, and the widget's page (more script)
// more than the static one, so the timings come from untraced loads and
// the tasks from loads of their own.
async function load(env, path, throttle, traced = false) {
  const { context, page, cdp } = await coldPage(env, throttle);
  await page.addInitScript(PROBE);
  const trace = traced ? await startTrace(cdp) : null;
  await page.goto(env.origin + path, { waitUntil: "load" });
  await page.waitForFunction(() => window.__bench.firstVisible !== null, null, { timeout: 30000 });
  // At x4 the takeover's later stages take seconds: clicks come after.
  await page.waitForTimeout(throttle > 1 ? AFTER_LOAD_MS : 1000);
  const tasks = trace ? taskSummary(mainThreadTasks(await trace.stop(), env.origin + path)) : null;
  const m = await page.evaluate(() => ({ firstVisible: window.__bench.firstVisible, cls: window.__bench.cls }));
  return { page, context, cdp, ...m, tasks, load: await loadEventStart(page) };
}

// Checker steps (choose an answer, then time Next) and FAQ toggles (time a
// closed item's header): the same presses on both pages.
async function clickTimes(page, cdp, kind) {
  if (kind === "widget") await page.locator("[data-iop-loaded]").waitFor({ state: "attached", timeout: 30000 });
  const snap = SNAPSHOTS[kind];
  const toggles = [];
  for (let i = 0; i < TOGGLES_PER_LOAD; i++) {
    const header = kind === "widget" ? page.locator("[data-iop-widget] .iop-faq-button").nth(i) : page.locator("summary").nth(i);
    toggles.push(await timedPress(page, cdp, header, snap.faq, kind === "widget" ? undefined : 20));
  }
  const steps = [];
  for (const answer of CHECK_PATH.slice(0, STEPS_PER_LOAD)) {
    await page.getByRole("radio", { name: answer, exact: true }).click();
    steps.push(await timedPress(page, cdp, page.getByRole("button", { name: "Next" }), snap.step));
  }
  return { steps, toggles };
}

async function loadEventOnly(env, path) {
  const { context, page } = await coldPage(env, 1);
  await page.goto(env.origin + path, { waitUntil: "load" });
  const at = await loadEventStart(page);
  await context.close();
  return at;
}

// One cold load of each page in turn, so drift on a shared machine falls
// on both sides of every ratio alike.
async function measureLoads(env) {
  const blank = () => ({ firstVisible1x: [], firstVisible4x: [], load1x: [], cls: [], step1x: [], step4x: [], toggle1x: [], toggle4x: [], tasks4x: [] });
  const out = { static: blank(), widget: blank() };
  const variantLoads = { defaultLoad: [], emptyScript: [] };
  for (let i = 0; i < RUNS; i++) {
    for (const throttle of [1, 4]) {
      for (const [kind, path] of Object.entries(PAGES)) {
        const o = out[kind];
        const r = await load(env, path, throttle);
        o[`firstVisible${throttle}x`].push(r.firstVisible);
        o.cls.push(r.cls);
        if (throttle === 1) o.load1x.push(r.load);
        else {
          const t = await load(env, path, throttle, true);
          o.tasks4x.push(t.tasks);
          o.cls.push(t.cls);
          await t.context.close();
        }
        const { steps, toggles } = await clickTimes(r.page, r.cdp, kind);
        o[`step${throttle}x`].push(...steps);
        o[`toggle${throttle}x`].push(...toggles);
        await r.context.close();
      }
    }
    for (const [name, { path }] of Object.entries(VARIANTS)) variantLoads[name].push(await loadEventOnly(env, path));
  }
  return { out, variantLoads };
}

// Memory after a completed check, and after mount/destroy cycles of one
// element against the first cycle.
async function measureMemory(env) {
  const afterCheck = {};
  for (const [kind, path] of Object.entries(PAGES)) {
    const { context, page, cdp } = await coldPage(env, 1);
    await page.goto(env.origin + path, { waitUntil: "load" });
    if (kind === "widget") {
      await page.locator("[data-iop-loaded]").waitFor({ state: "attached", timeout: 30000 });
      await completeCheck(page);
    }
    afterCheck[kind] = await memoryNow(page, cdp, kind === "widget");
    await context.close();
  }
  const { context, page, cdp } = await coldPage(env, 1);
  await page.goto(env.origin + PAGES.widget, { waitUntil: "load" });
  await page.locator("[data-iop-loaded]").waitFor({ state: "attached", timeout: 30000 });
  await mountDestroyCycles(page, 1);
  const firstCycle = await memoryNow(page, cdp, true);
  await mountDestroyCycles(page, WARM_CYCLES - 1);
  const warmCycle = await memoryNow(page, cdp, true);
  await mountDestroyCycles(page, MOUNT_CYCLES - WARM_CYCLES);
  const lastCycle = await memoryNow(page, cdp, true);
  await context.close();
  return { afterCheck, firstCycle, warmCycle, lastCycle };
}

const sizes = bundleSizes(ROOT);
const limits = sizeLimits(ROOT);
writeVariants();
const env = await benchEnv();
let loads, memory;
try {
  loads = await measureLoads(env);
  memory = await measureMemory(env);
} finally {
  await env.close();
}

const { out, variantLoads } = loads;
const w = out.widget;
const s = out.static;
// Each widget load over the static load run just before it, then the
// median: back-to-back pairs cancel most of the machine's drift.
const paired = (ws, ss) => median(ws.map((x, i) => x / ss[i]));
const taskMedian = (o, k) => median(o.tasks4x.map((t) => t[k]));
const kb = (b) => b / 1024;
const staticGzip = gzipSync(readFileSync(`${ROOT}/www/bench/static.html`), { level: 9 }).length;
const cycleGrowth = memory.lastCycle.total / memory.firstCycle.total;

// [figure, widget, static, ratio, budget, ok]; ok null: reported, no budget.
const rows = [
  ["loader gzip (KB)", kb(sizes.loaderGzip), null, null, `<= ${BUDGET.loaderGzipKB}`, kb(sizes.loaderGzip) <= BUDGET.loaderGzipKB],
  ["bundle gzip (KB)", kb(sizes.totalGzip), kb(staticGzip), null, `<= ${BUDGET.bundleGzipKB}`, kb(sizes.totalGzip) <= BUDGET.bundleGzipKB],
  ...SIZE_KEYS.map((k) => [`${k} (B) vs ${LIMITS_FILE}`, sizes[k], null, null, `<= ${limits[k]}`, sizes[k] <= limits[k]]),
  ["first question visible x1 (ms)", median(w.firstVisible1x), median(s.firstVisible1x), paired(w.firstVisible1x, s.firstVisible1x), `<= ${BUDGET.firstVisibleRatio}x`, paired(w.firstVisible1x, s.firstVisible1x) <= BUDGET.firstVisibleRatio],
  ["first question visible x4 (ms)", median(w.firstVisible4x), median(s.firstVisible4x), paired(w.firstVisible4x, s.firstVisible4x), `<= ${BUDGET.firstVisibleRatio}x`, paired(w.firstVisible4x, s.firstVisible4x) <= BUDGET.firstVisibleRatio],
  ["checker step x1 (ms)", median(w.step1x), median(s.step1x), median(w.step1x) / median(s.step1x), "report", null],
  ["checker step x4 (ms)", median(w.step4x), median(s.step4x), median(w.step4x) / median(s.step4x), `<= ${BUDGET.stepRatio4x}x`, median(w.step4x) / median(s.step4x) <= BUDGET.stepRatio4x],
  ["FAQ toggle x1 (ms)", median(w.toggle1x), median(s.toggle1x), median(w.toggle1x) / median(s.toggle1x), "report", null],
  ["FAQ toggle x4 (ms)", median(w.toggle4x), median(s.toggle4x), median(w.toggle4x) / median(s.toggle4x), `<= ${BUDGET.toggleRatio4x}x`, median(w.toggle4x) / median(s.toggle4x) <= BUDGET.toggleRatio4x],
  ["longest widget task x4 (ms)", taskMedian(w, "longestWidgetTask"), null, null, `< ${BUDGET.longTaskMs}`, taskMedian(w, "longestWidgetTask") < BUDGET.longTaskMs],
  ["longest task, whole page x4 (ms)", taskMedian(w, "longestTask"), taskMedian(s, "longestTask"), taskMedian(w, "longestTask") / taskMedian(s, "longestTask"), "report", null],
  ["widget tasks' main-thread time x4 (ms)", taskMedian(w, "widgetMainThread"), null, null, "report", null],
  ["main-thread time, whole page x4 (ms)", taskMedian(w, "mainThread"), taskMedian(s, "mainThread"), taskMedian(w, "mainThread") / taskMedian(s, "mainThread"), "report", null],
  ["CLS of host page (worst load)", Math.max(...w.cls), Math.max(...s.cls), null, `= ${BUDGET.cls}`, Math.max(...w.cls) <= BUDGET.cls],
  ["host load event x1 (ms)", median(w.load1x), median(s.load1x), paired(w.load1x, s.load1x), "report", null],
  ["  same, default load mode (ms)", median(variantLoads.defaultLoad), median(s.load1x), paired(variantLoads.defaultLoad, s.load1x), "report", null],
  ["  same, empty async script (ms)", median(variantLoads.emptyScript), median(s.load1x), paired(variantLoads.emptyScript, s.load1x), "report", null],
  ["memory after a completed check (KB)", kb(memory.afterCheck.widget.total), kb(memory.afterCheck.static.total), null, "report", null],
  ["memory after 1st mount/destroy (KB)", kb(memory.firstCycle.total), null, null, "report", null],
  [`memory after ${WARM_CYCLES}th mount/destroy (KB)`, kb(memory.warmCycle.total), null, memory.warmCycle.total / memory.firstCycle.total, "report", null],
  [`memory after ${MOUNT_CYCLES}th mount/destroy (KB)`, kb(memory.lastCycle.total), null, cycleGrowth, `<= ${1 + BUDGET.memoryGrowthAfterCycles}x 1st`, cycleGrowth <= 1 + BUDGET.memoryGrowthAfterCycles],
  // Wasm memory grows in 64 KB pages and never shrinks: any page more
  // after the 1st cycle is a leak of over 600 bytes a cycle.
  [`Wasm memory after ${MOUNT_CYCLES}th mount/destroy (KB)`, kb(memory.lastCycle.wasm), null, memory.lastCycle.wasm / memory.firstCycle.wasm, "= 1st", memory.lastCycle.wasm <= memory.firstCycle.wasm],
];

console.log("\nFiles (bytes raw / gzip -9 / brotli -q 11):");
for (const f of sizes.files) console.log(`  ${f.file.padEnd(30)} ${String(f.bytes).padStart(8)} ${String(f.gzip).padStart(8)} ${String(f.brotli).padStart(8)}`);
const floor = floorSize(ROOT);
console.log(`\nYew floor (tests/bench/floor: a counter and a five-item accordion, built the same way): wasm ${floor.wasmGzip} + glue ${floor.glueGzip} = ${floor.gzip} B gzip, ${(100 * floor.gzip / (BUDGET.bundleGzipKB * 1024)).toFixed(0)}% of the ${BUDGET.bundleGzipKB} KB budget.`);
const parts = wasmParts(namedBuild(ROOT));
console.log("\nWhere the Wasm's bytes go (wasm-opt -Oz, names kept; gzip of each part alone):");
console.log("| part | functions | bytes | gzip alone |");
console.log("|---|---|---|---|");
for (const p of parts) console.log(`| ${p.part} | ${p.functions || "-"} | ${p.bytes.toLocaleString("en-US")} | ${p.gzip.toLocaleString("en-US")} |`);

const fmt = (x, name) => (x === null || !Number.isFinite(x) ? "-" : x.toFixed(name.startsWith("CLS") ? 4 : name.includes("(B)") ? 0 : 1));
console.log(`\nMedians of ${RUNS} cold loads per page and CPU rate (widget page: data-iop-load="eager"); ${STEPS_PER_LOAD} steps and ${TOGGLES_PER_LOAD} toggles per load.`);
console.log("Load ratios: median of each widget load over the static load run just before it.");
console.log("| figure | widget | static | ratio | budget | result |");
console.log("|---|---|---|---|---|---|");
for (const [name, wv, sv, r, budget, ok] of rows) {
  console.log(`| ${name} | ${fmt(wv, name)} | ${fmt(sv, name)} | ${r === null ? "-" : r.toFixed(2)} | ${budget} | ${ok === null ? "" : ok ? "pass" : "FAIL"} |`);
}
console.log(`\nx4 loads: widget tasks of ${BUDGET.longTaskMs} ms or more per load: ${w.tasks4x.map((t) => t.widgetTasksOver50).join(", ")}; longest widget task per load (ms): ${w.tasks4x.map((t) => t.longestWidgetTask.toFixed(0)).join(", ")}.`);
console.log(`Main-thread time over the static page, x4 (median of load pairs): ${median(w.tasks4x.map((t, i) => t.mainThread - s.tasks4x[i].mainThread)).toFixed(0)} ms.`);
console.log(`Memory: after a check JS heap ${memory.afterCheck.widget.jsHeap} B + Wasm ${memory.afterCheck.widget.wasm} B; mount/destroy cycle 1: ${memory.firstCycle.jsHeap} + ${memory.firstCycle.wasm} B, cycle ${WARM_CYCLES}: ${memory.warmCycle.jsHeap} + ${memory.warmCycle.wasm} B, cycle ${MOUNT_CYCLES}: ${memory.lastCycle.jsHeap} + ${memory.lastCycle.wasm} B.`);

const missed = rows.filter((r) => r[5] === false).map((r) => r[0]);
mkdirSync(`${ROOT}/bench-results`, { recursive: true });
writeFileSync(`${ROOT}/bench-results/bench.json`, JSON.stringify({
  date: new Date().toISOString(), runs: RUNS, loadMode: "eager", budget: BUDGET, sizes, limits,
  table: rows.map(([figure, widget, stat, ratio, budget, ok]) => ({ figure, widget, static: stat, ratio, budget, ok })),
  samples: out, variantLoads, memory, yewFloor: floor, wasmParts: parts, missed,
}, null, 2) + "\n");
console.log("Wrote bench-results/bench.json");
if (missed.length) {
  console.error(`Budgets missed: ${missed.join("; ")}`);
  process.exit(1);
}
console.log("All budgets met.");
