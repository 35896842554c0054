// The bench's pages served and a browser to load them, shared by make bench
// and the tools beside it. The pages are served by a separate process, so
// the file server never waits behind this process's own work driving the
// browser.
import { spawn } from "node:child_process";
import { chromium } from "playwright-core";
import { CHROMIUM, CHROMIUM_ARGS } from "../e2e/helpers.mjs";

const ROOT = new URL("../..", import.meta.url).pathname.replace(/\/$/, "");

/** The file server and Chromium; `extraArgs` are more Chromium flags. */
export async function benchEnv({ extraArgs = [] } = {}) {
  const server = spawn(process.execPath, [`${ROOT}/scripts/serve.mjs`], {
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
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: [...CHROMIUM_ARGS, ...extraArgs] });
  return { origin, browser, async close() { await browser.close(); server.kill(); } };
}
