// Which functions a checker step (or the takeover) spends its time in: the
// bench's widget page at x4 with the Wasm swapped for the same build with
// function names kept (`wasm-opt -g`, imports shortened as the build does;
// the loader's integrity for it is rewritten on the way), and a V8 CPU
// profile around the presses of Next.
//   node tests/bench/step-profile.mjs [mount]   (STEPS=N, THROTTLE=N, TOP=N)
// `mount` profiles from navigation to the takeover's end instead.
// Needs `make build` first (it reads target/bundle/ and pkg/).
import { createHash } from "node:crypto";
import { existsSync, readFileSync, statSync } from "node:fs";
import { PROBE, SNAPSHOTS, timedPress } from "./probe.mjs";
import { benchEnv } from "./env.mjs";
import { CHECK_PATH } from "./memory.mjs";
import { namedBuild } from "./wasm-parts.mjs";
import { shortenImports } from "../../scripts/short-imports.mjs";

const ROOT = new URL("../..", import.meta.url).pathname.replace(/\/$/, "");
const MODE = process.argv[2] === "mount" ? "mount" : "step";
const STEPS = Number(process.env.STEPS || 3);
const THROTTLE = Number(process.env.THROTTLE || 4);
const TOP = Number(process.env.TOP || 40);

const manifest = JSON.parse(readFileSync(`${ROOT}/pkg/manifest.json`, "utf8"));
const sri = (buf) => "sha384-" + createHash("sha384").update(buf).digest("base64");
const shippedWasm = readFileSync(`${ROOT}/pkg/${manifest.wasm}`);
const named = `${ROOT}/target/bundle/named.wasm`;
if (!existsSync(named) || statSync(named).mtimeMs < statSync(`${ROOT}/target/bundle/glue_bg.wasm`).mtimeMs) namedBuild(ROOT);
const namedWasm = shortenImports(readFileSync(named), readFileSync(`${ROOT}/target/bundle/glue.js`, "utf8")).wasm;

const { origin, browser, close } = await benchEnv();
try {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.route("**/pkg/iop-widget.js", async (route) => {
    const body = readFileSync(`${ROOT}/pkg/iop-widget.js`, "utf8").replaceAll(sri(shippedWasm), sri(namedWasm));
    await route.fulfill({ body, contentType: "text/javascript" });
  });
  await page.route(`**/pkg/${manifest.wasm}`, (route) => route.fulfill({ body: namedWasm, contentType: "application/wasm" }));
  const cdp = await context.newCDPSession(page);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: THROTTLE });
  await cdp.send("Profiler.enable");
  await cdp.send("Profiler.setSamplingInterval", { interval: 100 });
  await page.addInitScript(PROBE);
  const profiles = [];
  if (MODE === "mount") {
    await cdp.send("Profiler.start");
    await page.goto(origin + "/www/bench/widget.html", { waitUntil: "load" });
    await page.locator("[data-iop-loaded]").waitFor({ state: "attached", timeout: 30000 });
    await page.waitForTimeout(1500);
    profiles.push((await cdp.send("Profiler.stop")).profile);
  } else {
    await page.goto(origin + "/www/bench/widget.html", { waitUntil: "load" });
    await page.locator("[data-iop-loaded]").waitFor({ state: "attached", timeout: 30000 });
    await page.waitForTimeout(2000);
    for (const answer of CHECK_PATH.slice(0, STEPS)) {
      await page.getByRole("radio", { name: answer, exact: true }).click();
      await page.waitForTimeout(200);
      await cdp.send("Profiler.start");
      const ms = await timedPress(page, cdp, page.getByRole("button", { name: "Next" }), SNAPSHOTS.widget.step);
      profiles.push((await cdp.send("Profiler.stop")).profile);
      console.log(`step to "${answer}": ${ms.toFixed(1)} ms`);
    }
  }
  report(profiles);
  await context.close();
} finally {
  await close();
}

// Self and total time per function, summed over the profiles.
function report(profiles) {
  const self = new Map();
  const total = new Map();
  let all = 0;
  for (const p of profiles) {
    const byId = new Map(p.nodes.map((n) => [n.id, n]));
    const parent = new Map();
    for (const n of p.nodes) for (const c of n.children || []) parent.set(c, n.id);
    const dt = new Map();
    p.samples.forEach((id, i) => dt.set(id, (dt.get(id) || 0) + (p.timeDeltas[i + 1] ?? 0) / 1000));
    const label = (n) => {
      const f = n.callFrame;
      const file = f.url ? f.url.split("/").pop() : "";
      return `${f.functionName || "(anon)"}${file ? " " + file : ""}`;
    };
    for (const [id, ms] of dt) {
      const n = byId.get(id);
      const name = label(n);
      if (["(idle)", "(program)", "(garbage collector)"].includes(n.callFrame.functionName)) continue;
      all += ms;
      self.set(name, (self.get(name) || 0) + ms);
      const seen = new Set();
      for (let at = id; at !== undefined; at = parent.get(at)) {
        const l = label(byId.get(at));
        if (seen.has(l)) continue;
        seen.add(l);
        total.set(l, (total.get(l) || 0) + ms);
      }
    }
  }
  const n = profiles.length;
  const show = (m) => [...m].sort((a, b) => b[1] - a[1]).slice(0, TOP).map(([k, v]) => `${(v / n).toFixed(2).padStart(8)}  ${k.slice(0, 160)}`).join("\n");
  console.log(`\nbusy (not idle/program/gc) per ${MODE}: ${(all / n).toFixed(1)} ms`);
  console.log(`\nself ms per ${MODE}:\n${show(self)}`);
  console.log(`\ntotal ms per ${MODE}:\n${show(total)}`);
  if (process.env.TREE) tree(profiles, new RegExp(process.env.TREE), n);
}

// The call tree under each function matching `re`, merged by name, with
// each node's total ms per run; nodes under MIN ms are left out.
function tree(profiles, re, runs) {
  const MIN = Number(process.env.MIN || 0.2);
  const root = { name: "", ms: 0, kids: new Map() };
  for (const p of profiles) {
    const byId = new Map(p.nodes.map((n) => [n.id, n]));
    const dt = new Map();
    p.samples.forEach((id, i) => dt.set(id, (dt.get(id) || 0) + (p.timeDeltas[i + 1] ?? 0) / 1000));
    const totals = new Map();
    const sum = (n) => {
      let t = dt.get(n.id) || 0;
      for (const c of n.children || []) t += sum(byId.get(c));
      totals.set(n.id, t);
      return t;
    };
    sum(p.nodes[0]);
    const add = (n, into) => {
      const name = (n.callFrame.functionName || "(anon)").replace(/::h[0-9a-f]{16}/g, "");
      let k = into.kids.get(name);
      if (!k) into.kids.set(name, (k = { name, ms: 0, kids: new Map() }));
      k.ms += totals.get(n.id);
      for (const c of n.children || []) add(byId.get(c), k);
    };
    const find = (n) => {
      if (re.test(n.callFrame.functionName) && !/InjectedScript|evaluate/.test(n.callFrame.functionName)) add(n, root);
      else for (const c of n.children || []) find(byId.get(c));
    };
    find(p.nodes[0]);
  }
  const MAXDEPTH = Number(process.env.DEPTH || 99);
  const print = (node, depth) => {
    if (depth >= MAXDEPTH) return;
    for (const k of [...node.kids.values()].sort((a, b) => b.ms - a.ms)) {
      if (k.ms / runs < MIN) continue;
      console.log(`${(k.ms / runs).toFixed(2).padStart(8)} ${"  ".repeat(depth)}${k.name.slice(0, 150)}`);
      print(k, depth + 1);
    }
  };
  console.log(`\ntree under /${re.source}/, ms per ${MODE}:`);
  print(root, 0);
}
