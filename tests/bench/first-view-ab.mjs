// First question visible, several builds side by side: each directory is
// a copy of pkg/ (from another build, or edited by hand), loaded by a copy
// of the bench's widget page, in turn with the static page, cold, so the
// builds compare on the same machine state. "dsd" as a directory adds the
// same first view written into the page as declarative shadow DOM with an
// inline <style> and no script: the floor for a view that needs no script.
//   node tests/bench/first-view-ab.mjs DIR|dsd ...   (RUNS=N, THROTTLE=N, TRACE=1)
// Prints the median of each and its median ratio to the static load just
// before it. Not part of make bench: a tool for one question at a time.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { execFileSync } from "node:child_process";
import { relative, resolve } from "node:path";
import { transformSync } from "esbuild";
import { PROBE } from "./probe.mjs";
import { startTrace } from "./trace.mjs";
import { benchEnv } from "./env.mjs";

const ROOT = new URL("../..", import.meta.url).pathname.replace(/\/$/, "");
const RUNS = Number(process.env.RUNS || 9);
const THROTTLE = Number(process.env.THROTTLE || 4);
const TRACE = process.env.TRACE === "1";
const OUT = `${ROOT}/bench-results/ab`;
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); const m = s.length >> 1; return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2; };

const variants = process.argv.slice(2);
if (!variants.length) throw new Error("name one or more copies of pkg/ (or dsd)");
mkdirSync(OUT, { recursive: true });
const widgetPage = readFileSync(`${ROOT}/www/bench/widget.html`, "utf8").replace('href="../site.css"', 'href="../../www/site.css"');
const SCRIPT = /<script async src="\.\.\/\.\.\/pkg\/iop-widget\.js"><\/script>/;
if (!SCRIPT.test(widgetPage)) throw new Error("www/bench/widget.html changed shape: update first-view-ab.mjs");
const pages = variants.map((v, i) => {
  let page;
  if (v === "dsd") {
    const css = transformSync(readFileSync(`${ROOT}/src/ui/style.css`, "utf8"), { loader: "css", minify: true }).code;
    const view = JSON.parse(execFileSync("cargo", ["run", "--quiet", "--profile", "test", "--bin", "prerender"], { cwd: ROOT, encoding: "utf8" }));
    const html = view.en.replace(/<!--<\/?\[[^\]]*\]>-->/g, "");
    page = widgetPage.replace(SCRIPT, "").replace(/<div data-iop-widget[^>]*>/, (open) => `${open}<template shadowrootmode="open"><style>${css}</style>${html}</template>`);
  } else {
    page = widgetPage.replace(SCRIPT, `<script async src="../../${relative(ROOT, resolve(v))}/iop-widget.js"></script>`);
  }
  writeFileSync(`${OUT}/${i}.html`, page);
  return { name: v, path: `/bench-results/ab/${i}.html`, times: [] };
});
const staticPage = { name: "static", path: "/www/bench/static.html", times: [] };

const env = await benchEnv();
try {
  for (let run = 0; run < RUNS; run++) {
    for (const p of [staticPage, ...pages]) {
      const context = await env.browser.newContext({ viewport: { width: 1280, height: 900 } });
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send("Network.enable");
      await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
      await cdp.send("Emulation.setCPUThrottlingRate", { rate: THROTTLE });
      await page.addInitScript(PROBE);
      const trace = TRACE ? await startTrace(cdp) : null;
      await page.goto(env.origin + p.path, { waitUntil: "load" });
      await page.waitForFunction(() => window.__bench.firstVisible !== null, null, { timeout: 30000 });
      p.times.push(await page.evaluate(() => window.__bench.firstVisible));
      if (trace) await trace.stop();
      await context.close();
    }
  }
} finally {
  await env.close();
}
console.log(`First question visible, x${THROTTLE}${TRACE ? ", traced" : ""}, ${RUNS} cold loads each (ms, and ratio to the static load before it):`);
for (const p of [staticPage, ...pages]) {
  const ratio = median(p.times.map((t, i) => t / staticPage.times[i]));
  console.log(`  ${p.name.padEnd(28)} ${median(p.times).toFixed(1).padStart(7)}  ${ratio.toFixed(2)}x`);
}
