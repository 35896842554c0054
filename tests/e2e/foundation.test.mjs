// The widget mounts from one script tag on a partner page, inside a shadow
// root, replacing the fallback, with host and widget styles kept apart.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { setup, openPage, waitForWidgets } from "./helpers.mjs";

let env;
before(async () => { env = await setup(); });
after(async () => { await env?.close(); });

test("mounts inside an open shadow root and the fallback goes", async () => {
  const { page, errors, context } = await openPage(env, "/www/index.html");
  await waitForWidgets(page);
  const heading = page.getByRole("heading", { name: "Is IOP right for me?" });
  await heading.waitFor();
  const inShadow = await page.evaluate(() => {
    const host = document.querySelector("[data-iop-widget]");
    return !!host.shadowRoot && host.shadowRoot.mode === "open" &&
      !!host.shadowRoot.querySelector(".iop-checker");
  });
  assert.ok(inShadow, "the checker lives in the open shadow root");
  // The partner's fallback (light DOM) is no longer rendered.
  const fallback = page.locator("#iop-check > h2");
  assert.equal(await fallback.textContent(), "Questions about IOP?");
  assert.equal(await fallback.isVisible(), false);
  assert.equal(await page.getByRole("heading", { name: "Questions about IOP?" }).count(), 0);
  assert.deepEqual(errors, []);
  await context.close();
});

const HOST_PROBES = ["h1", "main > p", "header.site", "button", "footer"];
const PROPS = ["font-family", "color", "text-transform", "background-color", "letter-spacing", "font-size"];

async function hostStyles(page) {
  return page.evaluate(([sel, props]) => sel.map((s) => {
    const cs = getComputedStyle(document.querySelector(s));
    return props.map((p) => cs.getPropertyValue(p));
  }), [HOST_PROBES, PROPS]);
}

test("host styles do not reach the widget, and the widget's do not reach the host", async () => {
  // The same page with the widget's script blocked gives the host's own look.
  const bare = await openPage(env);
  await bare.page.route("**/pkg/**", (r) => r.abort());
  await bare.page.goto(env.origin + "/www/index.html");
  const withoutWidget = await hostStyles(bare.page);
  await bare.context.close();

  const { page, context } = await openPage(env, "/www/index.html");
  await waitForWidgets(page);
  assert.deepEqual(await hostStyles(page), withoutWidget, "host elements look the same with the widget");

  const widget = await page.evaluate(() => {
    const root = document.querySelector("[data-iop-widget]").shadowRoot;
    const title = getComputedStyle(root.querySelector(".iop-title"));
    const next = getComputedStyle(root.querySelector("button[type=submit]"));
    const box = getComputedStyle(root.querySelector(".iop"));
    return {
      titleFont: title.fontFamily, titleTransform: title.textTransform,
      nextFont: next.fontFamily, nextBackground: next.backgroundColor,
      align: box.textAlign, spacing: box.letterSpacing, size: box.fontSize,
    };
  });
  assert.doesNotMatch(widget.titleFont, /Trebuchet|Georgia/);
  assert.equal(widget.titleTransform, "none");
  assert.doesNotMatch(widget.nextFont, /cursive/);
  assert.notEqual(widget.nextBackground, "rgb(224, 122, 31)");
  assert.equal(widget.align, "left");
  assert.equal(widget.spacing, "normal");
  assert.equal(widget.size, "16px");
  await context.close();
});

test("a second copy of the script never mounts an element twice", async () => {
  const { page, context, errors } = await openPage(env, "/www/index.html");
  await waitForWidgets(page);
  await page.addScriptTag({ url: "/pkg/iop-widget.js" });
  await page.evaluate(() => window.IOPCheck.reload());
  const count = await page.evaluate(() => window.IOPCheck.instances());
  assert.equal(count, 1);
  assert.equal(await page.locator(".iop-checker").count(), 1);
  assert.deepEqual(errors, []);
  await context.close();
});

test("mounting moves nothing on the host page (no layout shift)", async () => {
  const { page, context } = await openPage(env);
  await page.addInitScript(() => {
    window.__cls = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (!e.hadRecentInput) window.__cls += e.value;
    }).observe({ type: "layout-shift", buffered: true });
  });
  for (const width of [1280, 360]) {
    await page.setViewportSize({ width, height: 800 });
    await page.goto(env.origin + "/www/index.html");
    await waitForWidgets(page);
    await page.waitForTimeout(500);
    assert.equal(await page.evaluate(() => window.__cls), 0, `CLS at ${width}px`);
  }
  await context.close();
});

test("the bundle's Wasm imports carry short names, matched by its glue", async () => {
  const { readFileSync } = await import("node:fs");
  const manifest = JSON.parse(readFileSync(new URL("../../pkg/manifest.json", import.meta.url), "utf8"));
  const module = new WebAssembly.Module(readFileSync(new URL(`../../pkg/${manifest.wasm}`, import.meta.url)));
  const imports = WebAssembly.Module.imports(module);
  assert.ok(imports.length > 50, `imports: ${imports.length}`);
  for (const i of imports) {
    assert.equal(i.module, "$");
    assert.match(i.name, /^\$[a-zA-Z]{1,2}$/);
  }
  // The glue defines exactly these names (the widget mounting in every
  // other test shows they are wired to the right functions).
  const glue = readFileSync(new URL(`../../pkg/${manifest.glue}`, import.meta.url), "utf8");
  for (const i of imports) assert.ok(glue.includes(`${i.name}:`), `${i.name} defined by the glue`);
  assert.equal(/__wbg_\w+_[0-9a-f]{16}/.test(glue), false, "no long import names left in the glue");
  // The loader paints without it: no glue code in the loader.
  const loader = readFileSync(new URL("../../pkg/iop-widget.js", import.meta.url), "utf8");
  assert.equal(/__wbindgen_malloc|WebAssembly\.instantiateStreaming/.test(loader), false, "the glue is not in the loader");
});

test("the bench's Wasm reader finds every function body and the data", async () => {
  const { readFileSync } = await import("node:fs");
  const { readModule } = await import("../bench/wasm-parts.mjs");
  const manifest = JSON.parse(readFileSync(new URL("../../pkg/manifest.json", import.meta.url), "utf8"));
  const buf = readFileSync(new URL(`../../pkg/${manifest.wasm}`, import.meta.url));
  const module = new WebAssembly.Module(buf);
  const { bodies, data } = readModule(buf);
  const functionImports = WebAssembly.Module.imports(module).filter((i) => i.kind === "function").length;
  assert.equal(bodies[0].index, functionImports, "bodies are numbered after the imported functions");
  assert.ok(bodies.length > 500, `bodies: ${bodies.length}`);
  const counted = bodies.reduce((n, b) => n + b.bytes.length, 0) + data.length;
  // What is left is section headers, types, imports, exports and the table.
  assert.ok(counted < buf.length && counted > 0.9 * buf.length, `${counted} of ${buf.length}`);
  assert.ok(data.includes(Buffer.from("Is IOP right for me?")), "the text is in the data");
});

test("the build writes the clinical review sheet for question set version 2", async () => {
  const { existsSync, readFileSync } = await import("node:fs");
  const sheet = new URL("../../pkg/clinical-review.html", import.meta.url);
  assert.ok(existsSync(sheet), "pkg/clinical-review.html is missing: run make build");
  const html = readFileSync(sheet, "utf8");
  assert.ok(html.includes("Question set version 2"), "the sheet names question set version 2");
});
