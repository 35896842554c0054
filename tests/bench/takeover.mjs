// The takeover's tasks alone, as make bench traces them (x4 CPU, cold
// loads of the bench's widget page, navigation to 5 s after load): each
// load's widget tasks of 10 ms or more, in order, and the median of the
// longest. Quicker than the whole bench when working on the mount.
//   node tests/bench/takeover.mjs [DIR...]   (RUNS=N, THROTTLE=N)
// With directories (copies of pkg/ from different builds), each load
// serves pkg/ from the next directory in turn, so the builds are compared
// on the same machine state.
import { readFileSync } from "node:fs";
import { startTrace, mainThreadTasks, taskSummary } from "./trace.mjs";
import { benchEnv } from "./env.mjs";

const ROOT = new URL("../..", import.meta.url).pathname.replace(/\/$/, "");
const RUNS = Number(process.env.RUNS || 5);
const THROTTLE = Number(process.env.THROTTLE || 4);
const PAGE = "/www/bench/widget.html";
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); const m = s.length >> 1; return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2; };

// EXTRA_ARGS: more Chromium flags, e.g. --js-flags=--no-wasm-lazy-compilation.
const { origin, browser, close } = await benchEnv({ extraArgs: process.env.EXTRA_ARGS ? process.env.EXTRA_ARGS.split(" ") : [] });
const DIRS = process.argv.slice(2);
const VARIANTS = DIRS.length ? DIRS : ["pkg/"];
const longest = new Map(VARIANTS.map((v) => [v, []]));
try {
  for (let i = 0; i < RUNS * VARIANTS.length; i++) {
    const variant = VARIANTS[i % VARIANTS.length];
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    if (DIRS.length) {
      await page.route("**/pkg/*", (route) => {
        const file = new URL(route.request().url()).pathname.split("/").pop();
        route.fulfill({ body: readFileSync(`${variant}/${file}`), contentType: file.endsWith(".wasm") ? "application/wasm" : "text/javascript" });
      });
    }
    const cdp = await context.newCDPSession(page);
    await cdp.send("Network.enable");
    await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: THROTTLE });
    const trace = await startTrace(cdp);
    await page.goto(origin + PAGE, { waitUntil: "load" });
    await page.waitForTimeout(5000);
    const tasks = mainThreadTasks(await trace.stop(), origin + PAGE);
    const s = taskSummary(tasks);
    longest.get(variant).push(s.longestWidgetTask);
    const big = tasks.filter((t) => t.widget && t.ms >= 10).map((t) => t.ms.toFixed(0));
    console.log(`${variant} load ${Math.floor(i / VARIANTS.length) + 1}: longest widget task ${s.longestWidgetTask.toFixed(1)} ms; widget tasks >= 10 ms: ${big.join(", ")}; widget total ${s.widgetMainThread.toFixed(0)} ms`);
    await context.close();
  }
} finally {
  await close();
}
for (const [v, xs] of longest) console.log(`${v}: median longest widget task x${THROTTLE}: ${median(xs).toFixed(1)} ms over ${RUNS} loads`);
