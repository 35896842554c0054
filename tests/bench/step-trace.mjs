// Where a checker step's time goes: loads the bench's widget page at x4,
// lets the takeover finish, then traces STEPS presses of Next and prints,
// for each, the main thread's tasks from the press to the frame the probe
// saw, with the trace events that took the most time inside them.
//   node tests/bench/step-trace.mjs [static] (STEPS=N, THROTTLE=N, PAGE=path)
// Not part of make bench: a tool for reading one run.
import { PROBE, SNAPSHOTS, timedPress } from "./probe.mjs";
import { benchEnv } from "./env.mjs";
import { CHECK_PATH } from "./memory.mjs";
import { startTrace } from "./trace.mjs";

const ROOT = new URL("../..", import.meta.url).pathname.replace(/\/$/, "");
const MOUNT = process.argv[2] === "mount";
const KIND = process.argv[2] === "static" ? "static" : "widget";
const PAGE = process.env.PAGE || `/www/bench/${KIND}.html`;
const STEPS = Number(process.env.STEPS || 3);
const THROTTLE = Number(process.env.THROTTLE || 4);
const TOGGLES = Number(process.env.TOGGLES || 3);
const CATS = process.env.CATS ? process.env.CATS.split(",") : ["devtools.timeline", "disabled-by-default-devtools.timeline"];

const { origin, browser, close } = await benchEnv();
try {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send("Network.enable");
  await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: THROTTLE });
  await page.addInitScript(PROBE);
  if (MOUNT) {
    // The takeover: every task of 5 ms or more from navigation to 5 s after load.
    const trace = await startTrace(cdp, CATS);
    await page.goto(origin + PAGE, { waitUntil: "load" });
    await page.waitForTimeout(5000);
    summarize(await trace.stop(), { from: "nav", min: 5000 });
    process.exitCode = 0;
    await context.close();
    throw "done";
  }
  await page.goto(origin + PAGE, { waitUntil: "load" });
  if (KIND === "widget") await page.locator("[data-iop-loaded]").waitFor({ state: "attached", timeout: 30000 });
  await page.waitForTimeout(3000);
  const snap = SNAPSHOTS[KIND];
  for (let i = 0; i < TOGGLES; i++) {
    const header = KIND === "widget" ? page.locator("[data-iop-widget] .iop-faq-button").nth(i) : page.locator("summary").nth(i);
    await timedPress(page, cdp, header, snap.faq, KIND === "widget" ? undefined : 20);
  }
  const times = [];
  const traces = [];
  for (const answer of CHECK_PATH.slice(0, STEPS)) {
    await page.getByRole("radio", { name: answer, exact: true }).click();
    await page.waitForTimeout(300);
    const trace = await startTrace(cdp, CATS);
    times.push(await timedPress(page, cdp, page.getByRole("button", { name: "Next" }), snap.step));
    await page.waitForTimeout(200);
    traces.push(await trace.stop());
  }
  times.forEach((t, i) => {
    console.log(`\n=== step ${i + 1}: ${t.toFixed(1)} ms (probe)`);
    summarize(traces[i]);
  });
  await context.close();
} catch (e) {
  if (e !== "done") throw e;
} finally {
  await close();
}

function summarize(events, { from = "press", min = 300 } = {}) {
  const mains = events.filter((e) => e.ph === "M" && e.name === "thread_name" && e.args?.name === "CrRendererMain");
  const key = (e) => `${e.pid}:${e.tid}`;
  const mainKeys = new Set(mains.map(key));
  const main = events.filter((e) => e.ph === "X" && mainKeys.has(key(e))).sort((a, b) => a.ts - b.ts);
  // From the press's EventDispatch (pointerdown) to the end of the last
  // task within 150 ms of it.
  const down = from === "nav" ? main[0] : main.find((e) => e.name === "EventDispatch" && e.args?.data?.type === "pointerdown");
  if (!down) { console.log("no pointerdown in trace"); return; }
  const t0 = down.ts;
  const tasks = main.filter((e) => e.name === "RunTask" && e.ts + e.dur >= t0 - 1000 && (from === "nav" || e.ts < t0 + 150000));
  for (const t of tasks) {
    const inside = main.filter((e) => e !== t && e.ts >= t.ts && e.ts + (e.dur || 0) <= t.ts + t.dur);
    if (t.dur < min || !inside.length) continue;
    const totals = new Map();
    for (const e of inside) {
      let name = e.name;
      if (name === "EventDispatch") name += `(${e.args?.data?.type})`;
      if (name === "FunctionCall" || name === "v8.callFunction") name += `(${(e.args?.data?.url || "").split("/").pop()}:${e.args?.data?.functionName || ""})`;
      if (name === "TimerFire") name += `(${e.args?.data?.timerId})`;
      if (name === "Layout") {
        const b = e.args?.beginData || {};
        name += `(${b.dirtyObjects}/${b.totalObjects}${b.partialLayout ? " partial" : ""})`;
      }
      if (name === "UpdateLayoutTree") name += `(${e.args?.elementCount ?? ""})`;
      const v = totals.get(name) || { n: 0, ms: 0 };
      v.n++; v.ms += (e.dur || 0) / 1000;
      totals.set(name, v);
    }
    const top = [...totals].sort((a, b) => b[1].ms - a[1].ms).slice(0, 14)
      .map(([n, v]) => `${n}${v.n > 1 ? " x" + v.n : ""} ${v.ms.toFixed(2)}`);
    console.log(`task @${((t.ts - t0) / 1000).toFixed(1)} ms  ${(t.dur / 1000).toFixed(2)} ms: ${top.join(" | ")}`);
  }
}
