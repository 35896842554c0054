// Memory: the JS heap after a forced GC (DevTools HeapProfiler) plus the
// Wasm's linear memory (IOPCheck.memoryBytes(); it only grows, in 64 KB pages).

/** JS heap and Wasm memory in bytes, after a forced GC. */
export async function memoryNow(page, cdp, withWidget) {
  await cdp.send("HeapProfiler.collectGarbage");
  await cdp.send("HeapProfiler.collectGarbage");
  const jsHeap = (await cdp.send("Runtime.getHeapUsage")).usedSize;
  const wasm = withWidget ? await page.evaluate(() => window.IOPCheck.memoryBytes()) : 0;
  return { jsHeap, wasm, total: jsHeap + wasm };
}

/** The answers that walk the check from its first question to a result. */
export const CHECK_PATH = [
  "Me (18 or older)", "No", "Not at all", "Not at all", "Not at all", "Not at all", "Not at all",
  "Never", "Never", "Not at all", "No", "Yes", "Never had treatment", "Yes",
];

/** Answers every question of the check, then waits for the result. */
export async function completeCheck(page) {
  for (const answer of CHECK_PATH) {
    await page.getByRole("radio", { name: answer, exact: true }).click();
    await page.getByRole("button", { name: "Next" }).click();
  }
  await page.locator(".iop-result-title").waitFor();
}

/**
 * Destroys and mounts the page's one widget `cycles` times, each mount
 * rendered before the next destroy; any call that fails throws.
 */
export async function mountDestroyCycles(page, cycles) {
  await page.evaluate(async (cycles) => {
    const el = document.querySelector("[data-iop-widget]");
    const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r)));
    for (let i = 0; i < cycles; i++) {
      if (!(await window.IOPCheck.destroy(el))) throw new Error(`destroy ${i + 1} failed`);
      if (!(await window.IOPCheck.mount(el))) throw new Error(`mount ${i + 1} failed`);
      await frame();
      if (!el.shadowRoot?.querySelector(".iop-question")) throw new Error(`mount ${i + 1} shows no question`);
    }
  }, cycles);
}
