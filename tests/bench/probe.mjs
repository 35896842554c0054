// What runs in the bench's pages: a probe installed before any page script,
// and the clicks the bench sends through the DevTools protocol.

// Watches frames for the first question, sums layout shifts, and times a
// press to the end of the first frame whose DOM shows its effect.
export const PROBE = () => {
  const b = (window.__bench = { firstVisible: null, cls: 0, clicks: [], armed: false, snapshot: null });
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
  // A frame's rAF timestamp is when it began (it can precede the event), so
  // the end is taken by a message posted from the rAF of the frame whose
  // DOM changed: it arrives once that frame's style, layout and paint are done.
  document.addEventListener("pointerdown", (e) => {
    if (!b.armed) return;
    b.armed = false;
    const start = e.timeStamp;
    const before = b.snapshot();
    const done = new MessageChannel();
    done.port1.onmessage = () => b.clicks.push(performance.now() - start);
    const wait = () => {
      if (b.snapshot() !== before) { done.port2.postMessage(0); return; }
      requestAnimationFrame(wait);
    };
    requestAnimationFrame(wait);
  }, true);
};

/** What a press changes, read each frame: the question shown, the open answers. */
export const SNAPSHOTS = {
  widget: {
    step: () => document.querySelector("[data-iop-widget]").shadowRoot.querySelector(".iop-question")?.textContent,
    faq: () => [...document.querySelector("[data-iop-widget]").shadowRoot.querySelectorAll(".iop-faq-panel")].map((p) => p.hidden).join(),
  },
  static: {
    step: () => document.querySelector("#check fieldset:not([hidden]) h3")?.textContent,
    faq: () => [...document.querySelectorAll("details")].map((d) => d.open).join(),
  },
};

/**
 * Presses `locator` (press and release sent back to back, so no round trip
 * to this process sits inside the timing) and waits for the probe's time.
 */
export async function timedPress(page, cdp, locator, snapshot, dx) {
  await locator.scrollIntoViewIfNeeded();
  const box = await locator.boundingBox();
  const at = { x: box.x + (dx ?? box.width / 2), y: box.y + box.height / 2, button: "left", clickCount: 1 };
  await page.mouse.move(at.x, at.y);
  const n = await page.evaluate(`window.__bench.snapshot = ${snapshot}; window.__bench.armed = true; window.__bench.clicks.length`);
  await Promise.all([
    cdp.send("Input.dispatchMouseEvent", { type: "mousePressed", ...at }),
    cdp.send("Input.dispatchMouseEvent", { type: "mouseReleased", ...at }),
  ]);
  await page.waitForFunction((n) => window.__bench.clicks.length > n, n, { timeout: 15000 });
  return page.evaluate(() => window.__bench.clicks.at(-1));
}
