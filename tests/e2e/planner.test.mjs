// The link builder as a discharge planner uses it: a link that works on a
// partner page made from the README snippet, bad input refused next to its
// field with no link or QR code, and a one-page printed handout whose QR
// code (read back from the screen and from the PDF) is exactly its link.
//
// The partner's site, https://riverbend.example, is served by routing: /iop
// is a page made of the README's partner snippet, every other path is this
// repository (so the builder runs there too, under its strict CSP).
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { setup, waitForWidgets } from "./helpers.mjs";

const ROOT = new URL("../../", import.meta.url);
const JSQR = readFileSync(new URL("node_modules/jsqr/dist/jsQR.js", ROOT), "utf8");
const SITE = "https://riverbend.example";
const BUILDER = `${SITE}/www/links.html`;
// DOCS_SHOTS=1 also writes the screenshots in www/docs/.
const SHOTS = process.env.DOCS_SHOTS === "1";

/** The README's partner snippet, as a partner would paste it into a page. */
function readmePage() {
  const readme = readFileSync(new URL("README.md", ROOT), "utf8");
  const section = readme.slice(readme.indexOf("## Partner snippet"));
  const snippet = section.slice(section.indexOf("```html") + 7, section.indexOf("```", section.indexOf("```html") + 7));
  assert.match(snippet, /data-iop-widget/);
  assert.doesNotMatch(snippet, /\sid=/, "the README's placeholder has no id");
  const body = snippet.replace(/src="[^"]*iop-widget\.js"/, 'src="/pkg/iop-widget.js"');
  assert.ok(body.includes('src="/pkg/iop-widget.js"'), snippet);
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>IOP | Riverbend</title></head>
<body><h1>Our Intensive Outpatient Program</h1>${body}</body></html>`;
}

let env;
let partnerPage;
before(async () => {
  env = await setup();
  partnerPage = readmePage();
});
after(async () => { await env?.close(); });

/** A browser context in which https://riverbend.example is the partner. */
async function open(path = BUILDER, { viewport = { width: 1280, height: 900 }, deviceScaleFactor = 1 } = {}) {
  const context = await env.browser.newContext({ viewport, deviceScaleFactor, locale: "en-US" });
  await context.route(`${SITE}/**`, async (route) => {
    const url = new URL(route.request().url());
    if (url.pathname === "/iop") {
      return route.fulfill({ status: 200, contentType: "text/html; charset=utf-8", body: partnerPage });
    }
    return route.fulfill({ response: await route.fetch({ url: env.origin + url.pathname }) });
  });
  const page = await context.newPage();
  const errors = [];
  const console = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  page.on("console", (m) => console.push(`${m.type()}: ${m.text()}`));
  await page.goto(path);
  return { page, context, errors, console };
}

/** The builder, loaded, with its first link made. */
async function builder(options) {
  const opened = await open(BUILDER, options);
  await opened.page.waitForFunction(() => document.getElementById("share-url").value !== "");
  return opened;
}

const link = (page) => page.getByRole("textbox", { name: "Link", exact: true });
const qr = (page) => page.getByRole("img", { name: "QR code for the share link" });

/** Wait until the link is this one (and settled on it). */
async function linkIs(page, expected) {
  await page.waitForFunction((u) => document.getElementById("share-url").value === u, expected);
  assert.equal(await link(page).inputValue(), expected);
}

/** The text of the elements an element's aria-describedby names. */
function description(locator) {
  return locator.evaluate((el) => (el.getAttribute("aria-describedby") || "").split(/\s+/)
    .map((id) => document.getElementById(id)?.textContent ?? "").join(" ").replace(/\s+/g, " ").trim());
}

/** Decode a QR code from PNG bytes, in the page, with jsQR. */
async function decodePng(page, png) {
  await page.evaluate(JSQR);
  return page.evaluate(async (b64) => {
    const img = new Image();
    img.src = "data:image/png;base64," + b64;
    await img.decode();
    const canvas = document.createElement("canvas");
    canvas.width = img.naturalWidth;
    canvas.height = img.naturalHeight;
    const ctx = canvas.getContext("2d");
    ctx.drawImage(img, 0, 0);
    const data = ctx.getImageData(0, 0, canvas.width, canvas.height);
    return window.jsQR(data.data, canvas.width, canvas.height)?.data ?? null;
  }, png.toString("base64"));
}

const pageCount = (pdf) => (pdf.toString("latin1").match(/\/Type\s*\/Page[^s]/g) || []).length;

/** poppler-utils, or a loud failure that says how to get it. */
function poppler(tool, args) {
  try {
    return execFileSync(tool, args, { stdio: ["ignore", "pipe", "pipe"] });
  } catch (e) {
    if (e.code === "ENOENT") {
      throw new Error(`${tool} is missing: install Debian's poppler-utils (make test does this as root: make chromium).`);
    }
    throw e;
  }
}

test("the element id starts empty, and a Spanish insurance link built with the defaults opens that FAQ on the README snippet's page", async () => {
  const { page, context, errors, console } = await builder();
  const id = page.getByRole("textbox", { name: "Widget element id" });
  assert.equal(await id.inputValue(), "", "no id by default");
  assert.match(await description(id), /Leave this empty unless that page has more than one widget.*must match the id on its placeholder/);

  await page.getByRole("combobox", { name: "Open this FAQ item" }).selectOption("insurance");
  await page.getByRole("combobox", { name: "Language" }).selectOption("es");
  const expected = `${SITE}/iop#iop=1&faq=insurance&lang=es`;
  await linkIs(page, expected);
  // The page is on this builder's site, so the builder looked at it.
  await page.getByText("Checked: that page has one widget, so no id is needed.").waitFor();

  const partner = await context.newPage();
  await partner.goto(expected);
  await waitForWidgets(partner);
  const item = partner.getByRole("button", { name: "¿El seguro paga el IOP?" });
  await item.waitFor();
  assert.equal(await item.getAttribute("aria-expanded"), "true", "the insurance answer is open");
  assert.equal(await partner.locator(".iop-progress").textContent(), "Parte 1 de 4: Para empezar", "in Spanish");

  // The old default, "iop-check", is not on that page: the builder says so
  // and gives no link rather than one that silently does nothing.
  await id.fill("iop-check");
  await id.press("Tab");
  await page.getByText("That page has no widget with id “iop-check”").waitFor();
  assert.equal(await id.getAttribute("aria-invalid"), "true");
  assert.equal(await link(page).isVisible(), false);
  assert.equal(await page.locator("#share-url").inputValue(), "");

  // A page the builder cannot open: it says what the id must match.
  await page.getByRole("textbox", { name: "Page where the widget is" }).fill("https://other-clinic.example/iop");
  await linkIs(page, "https://other-clinic.example/iop#iop=1&faq=insurance&lang=es&el=iop-check");
  assert.match(await description(id), /cannot open other-clinic\.example to check\. The link only works if the widget's placeholder on that page has id="iop-check"/);
  assert.equal(await id.getAttribute("aria-invalid"), null);
  assert.deepEqual(errors, []);
  assert.deepEqual(console.filter((m) => /Content Security Policy|^error/.test(m)), [], "works under the strict CSP");
  await context.close();
});

for (const bad of [
  { field: "Referral code", value: "ER 7/Smith", message: /A referral code can have only letters, numbers, - and _\. Take out the space and the “\/”\./ },
  { field: "Page where the widget is", value: "clinic.example/iop", message: /Add https:\/\/ at the start: https:\/\/clinic\.example\/iop\. .*phone cameras/ },
  { field: "Page where the widget is", value: "", message: /Enter the address of your page with the widget\. It starts with https:\/\// },
]) {
  test(`${bad.field} "${bad.value}" is refused next to the field, with no link and no QR code`, async () => {
    const { page, context, errors } = await builder();
    const input = page.getByRole("textbox", { name: bad.field });
    await qr(page).waitFor();
    await input.fill(bad.value);
    await input.press("Tab");
    await page.waitForTimeout(300); // anything the widget's code would still make

    assert.equal(await input.getAttribute("aria-invalid"), "true");
    assert.match(await description(input), bad.message);
    // The message sits in the field's own box, in a polite live region.
    const message = await input.evaluate((el) => {
      const box = el.closest(".field");
      const m = [...box.querySelectorAll("[aria-live=polite]")].find((p) => p.textContent.trim());
      return m && { text: m.textContent, inDescription: el.getAttribute("aria-describedby").split(" ").includes(m.id) };
    });
    assert.ok(message?.inDescription, "the message is the field's description");
    assert.match(message.text, bad.message);

    // No link, no QR code, no downloads, no handout; the page says what to fix.
    assert.equal(await link(page).isVisible(), false);
    assert.equal(await page.locator("#share-url").inputValue(), "");
    assert.equal(await qr(page).isVisible(), false);
    assert.equal(await page.locator("img[src^='data:']").count(), 0, "no QR code anywhere on the page");
    assert.equal(await page.getByRole("button", { name: "Download QR as SVG" }).isVisible(), false);
    assert.equal(await page.getByRole("button", { name: "Print handout" }).isVisible(), false);
    assert.match(await page.locator("#link-problem").textContent(), new RegExp(`No link or QR code until you fix: ${bad.field}`));
    await page.emulateMedia({ media: "print" });
    assert.match(await page.locator("#handout").innerText(), /This handout is not ready/);
    await page.emulateMedia({ media: "screen" });

    // Fixed, the message goes and the link comes back.
    await input.fill(bad.field === "Referral code" ? "ER-7-S" : "https://clinic.example/iop");
    await page.waitForFunction(() => document.getElementById("share-url").value !== "");
    assert.equal(await input.getAttribute("aria-invalid"), null);
    assert.doesNotMatch(await description(input), bad.message);
    assert.equal(await qr(page).isVisible(), true);
    assert.deepEqual(errors, []);
    await context.close();
  });
}

test("the builder decides every shared case as the widget's Rust does (tests/planner-cases.txt)", async () => {
  const { page, context } = await builder();
  const cases = readFileSync(new URL("tests/planner-cases.txt", ROOT), "utf8").split("\n")
    .filter((l) => l && !l.startsWith("#"))
    .map((l) => l.split("\t").map((c) => c.replace(/\\u\{([0-9a-f]+)\}/gi, (_, h) => String.fromCodePoint(parseInt(h, 16)))));
  assert.ok(cases.length > 60);
  const wrong = await page.evaluate((cases) => cases.filter(([field, input, want]) => {
    const r = window.check[field](input, "");
    return (r.error ? "!" : r.value) !== want;
  }).map((c) => JSON.stringify(c)), cases);
  assert.deepEqual(wrong, []);
  await context.close();
});

test("printing gives a one-page handout in the link's language whose QR code is exactly its link", async () => {
  const { page, context, errors } = await builder({ deviceScaleFactor: 2 });
  const longPage = `${SITE}/programs/intensive-outpatient/adults-and-teens?from=discharge-planning`;
  await page.getByRole("textbox", { name: "Page where the widget is" }).fill(longPage);
  await page.getByRole("combobox", { name: "View" }).selectOption("faq");
  await page.getByRole("combobox", { name: "Open this FAQ item" }).selectOption("insurance");
  await page.getByRole("combobox", { name: "Language" }).selectOption("es");
  await page.getByRole("textbox", { name: "Referral code" }).fill("er-7_north-wing");
  await page.getByLabel("The person is leaving the hospital").check();
  const expected = `${longPage}#iop=1&view=faq&faq=insurance&lang=es&ref=er-7_north-wing&ctx=hospital`;
  await linkIs(page, expected);
  if (SHOTS) {
    const bottom = await page.locator("section[aria-labelledby=share-heading]").evaluate((el) => el.getBoundingClientRect().bottom + scrollY);
    await page.screenshot({ path: new URL("www/docs/planner-builder.png", ROOT).pathname, scale: "css", fullPage: true,
      clip: { x: 0, y: 0, width: 1280, height: Math.ceil(bottom) + 16 } });
  }

  await page.emulateMedia({ media: "print" });
  const handout = page.locator("#handout");
  // Nothing of the form prints.
  assert.equal(await page.evaluate(() => [...document.querySelectorAll("input, select, textarea, button")]
    .filter((el) => el.getClientRects().length > 0).length), 0, "no form fields in print");
  assert.equal(await handout.getAttribute("lang"), "es");
  const text = await handout.innerText();
  for (const words of [
    "Preguntas sobre IOP", "Se abre en la pregunta «¿El seguro paga el IOP?»",
    "Escanee el código con la cámara de su teléfono", "¿Preguntas? Llame a Riverbend Recovery Center al 404-555-0134.",
    "llame al 911", "llame al 988 y oprima 2", "envíe AYUDA por texto al 988", "988lifeline.org/es/",
    "1-800-662-4357", "TTY 1-800-487-4889",
  ]) {
    assert.ok(text.includes(words), `handout lacks ${words}:\n${text}`);
  }
  assert.doesNotMatch(text, /Scan the code|call or text 988|Questions\?/, "no English on a Spanish handout");
  // The whole link is shown, wrapped inside the page, never cut off.
  const shown = page.locator("#h-link");
  assert.equal(await shown.textContent(), expected);
  assert.ok(await shown.evaluate((el) => el.scrollWidth <= el.clientWidth && el.getBoundingClientRect().right <= document.documentElement.clientWidth),
    "the link fits the width");
  assert.ok(await shown.evaluate((el) => el.getClientRects().length > 0 && el.offsetHeight > parseFloat(getComputedStyle(el).lineHeight)),
    "this long link wraps");
  // It breaks only between its parts, so no part reads as two ("&ref=er-7_north-" and "wing").
  assert.ok(await shown.evaluate((el) => el.children.length > 5 && [...el.querySelectorAll("span")].every((s) => s.getClientRects().length === 1)),
    "no part of the link is split across lines");

  // The QR code as printed decodes to the link shown.
  assert.equal(await decodePng(page, await page.locator("#h-qr").screenshot()), expected);

  // One page on A4 and on Letter, with the browser's margins and with none.
  const pdfs = {};
  for (const format of ["A4", "Letter"]) {
    for (const margin of [undefined, { top: "10mm", bottom: "10mm", left: "12mm", right: "12mm" }]) {
      const pdf = await page.pdf({ format, margin });
      assert.equal(pageCount(pdf), 1, `${format}, margins ${JSON.stringify(margin)}: ${pageCount(pdf)} pages`);
      pdfs[format] = pdf;
    }
  }

  // Read the printed PDF back: its QR code and its text.
  const dir = mkdtempSync(join(tmpdir(), "iop-handout-"));
  try {
    for (const format of ["A4", "Letter"]) {
      const file = join(dir, `${format}.pdf`);
      writeFileSync(file, pdfs[format]);
      poppler("pdftoppm", ["-r", "150", "-png", "-singlefile", file, join(dir, format)]);
      const png = readFileSync(join(dir, `${format}.png`));
      assert.equal(await decodePng(page, png), expected, `${format}: the QR code in the PDF`);
      const pdfText = poppler("pdftotext", [file, "-"]).toString("utf8");
      assert.ok(pdfText.replace(/\s+/g, "").includes(expected), `${format}: the whole link is in the PDF:\n${pdfText}`);
      assert.match(pdfText, /oprima 2/);
      assert.match(pdfText, /&ref=er-7_north-wing&/, `${format}: the referral code unbroken`);
      if (SHOTS && format === "Letter") writeFileSync(new URL("www/docs/planner-handout.png", ROOT), png);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  assert.deepEqual(errors, []);
  await context.close();
});

test("an English link prints an English handout on one page", async () => {
  const { page, context } = await builder();
  await page.getByLabel("The person is leaving the hospital").check();
  const expected = `${SITE}/iop#iop=1&lang=en&ctx=hospital`;
  await linkIs(page, expected);
  await page.emulateMedia({ media: "print" });
  const text = await page.locator("#handout").innerText();
  assert.equal(await page.locator("#handout").getAttribute("lang"), "en");
  for (const words of ["Is IOP right for me?", "The check helps you see if IOP is a good next step after the hospital.",
    "Questions? Call Riverbend Recovery Center at 404-555-0134.", "call 911", "call or text 988", "988lifeline.org",
    "1-800-662-4357", "TTY 1-800-487-4889"]) {
    assert.ok(text.includes(words), `handout lacks ${words}:\n${text}`);
  }
  assert.equal(await page.locator("#h-link").textContent(), expected);
  // Crisis numbers are never split across lines ("1-800-487-" / "4889").
  for (const number of ["1-800-662-4357", "1-800-487-4889"]) {
    assert.equal(await page.locator("#h-samhsa .nowrap", { hasText: number }).evaluate((el) => getComputedStyle(el).whiteSpace), "nowrap", number);
  }
  assert.equal(await decodePng(page, await page.locator("#h-qr").screenshot()), expected);
  for (const format of ["A4", "Letter"]) assert.equal(pageCount(await page.pdf({ format })), 1, format);
  await context.close();
});
