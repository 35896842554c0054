// Links, QR codes and the builder: each kind of link lands on the right
// view, item and language; QR codes decode (with jsQR) to the exact link.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { setup, openPage, waitForWidgets } from "./helpers.mjs";
import { answer } from "./flow.mjs";

const JSQR = readFileSync(new URL("../../node_modules/jsqr/dist/jsQR.js", import.meta.url), "utf8");

let env;
before(async () => { env = await setup(); });
after(async () => { await env?.close(); });

/** Decode a QR code drawn from an SVG string or an <svg>/<img> in the page. */
async function decodeQr(page, svgSource) {
  await page.evaluate(JSQR);
  return page.evaluate(async (svg) => {
    const img = new Image();
    img.src = "data:image/svg+xml;charset=utf-8," + encodeURIComponent(svg);
    await img.decode();
    const canvas = document.createElement("canvas");
    canvas.width = canvas.height = 400;
    const ctx = canvas.getContext("2d");
    ctx.imageSmoothingEnabled = false;
    ctx.drawImage(img, 0, 0, 400, 400);
    const data = ctx.getImageData(0, 0, 400, 400);
    return window.jsQR(data.data, 400, 400)?.data ?? null;
  }, svgSource);
}

test("an FAQ link opens that item, in view, in the linked language, FAQ only", async () => {
  const { page, context, errors } = await openPage(env, "/www/index.html#iop=1&view=faq&faq=insurance&lang=es");
  await waitForWidgets(page);
  const header = page.locator(".iop-faq-button", { hasText: "¿El seguro paga el IOP?" });
  await header.waitFor();
  assert.equal(await header.getAttribute("aria-expanded"), "true");
  assert.equal(await page.locator(".iop-checker").count(), 0, "FAQ view only");
  assert.ok(await header.evaluate((el) => { const r = el.getBoundingClientRect(); return r.top >= 0 && r.bottom <= innerHeight; }), "scrolled into view");
  assert.deepEqual(errors, []);
  await context.close();
});

test("a leaving-hospital link words the start for someone stepping down", async () => {
  const { page, context } = await openPage(env, "/www/index.html#iop=1&view=checker&ctx=hospital&ref=er-7");
  await waitForWidgets(page);
  assert.match(await page.locator(".iop-intro").textContent(), /leaving the hospital/);
  assert.equal(await page.locator(".iop-faq").count(), 0);
  await context.close();
});

test("with several widgets, a link addresses one by its element id and leaves the others alone", async () => {
  const { page, context } = await openPage(env, "/www/many.html#iop=1&lang=es&el=w3");
  await waitForWidgets(page, 20);
  assert.equal(await page.locator("#w3 .iop-progress").textContent(), "Parte 1 de 4: Para empezar");
  assert.equal(await page.locator("#w1 .iop-progress").textContent(), "Part 1 of 4: Getting started");
  await context.close();
});

test("a link to an element id that is not a widget warns once and changes nothing", async () => {
  const { page, context, messages, errors } = await openPage(env, "/www/many.html#iop=1&lang=es&el=w33&nope=1");
  await waitForWidgets(page, 20);
  assert.equal(await page.locator("#w3 .iop-progress").textContent(), "Part 1 of 4: Getting started");
  const warnings = messages.filter((m) => m.type === "warning").map((m) => m.text);
  assert.equal(warnings.filter((w) => w.includes('no widget with id "w33"')).length, 1, warnings.join("\n"));
  assert.equal(warnings.filter((w) => w.includes("nope")).length, 1, "each warning once, not once per widget");
  assert.deepEqual(errors, []);
  await context.close();
});

test("the host page's own anchors keep working and change nothing in the widget", async () => {
  const { page, context, messages } = await openPage(env, "/www/index.html#contact");
  await waitForWidgets(page);
  assert.equal(await page.locator(".iop-progress").textContent(), "Part 1 of 4: Getting started");
  assert.equal(await page.locator(".iop-question").textContent(), "Who is this check for?");
  assert.ok(await page.evaluate(() => window.scrollY > 0), "the browser scrolled to #contact");
  assert.equal(messages.filter((m) => m.type === "warning").length, 0);
  await context.close();
});

test("a malformed link gives the default view and a console warning, never an error", async () => {
  const { page, context, messages, errors } = await openPage(env, "/www/index.html#iop=1&view=sideways&answers=yes&%%%&lang=");
  await waitForWidgets(page);
  assert.equal(await page.locator(".iop-progress").textContent(), "Part 1 of 4: Getting started");
  assert.equal(await page.locator(".iop-question").textContent(), "Who is this check for?");
  assert.equal(await page.locator(".iop-faq").count(), 1);
  const warnings = messages.filter((m) => m.type === "warning").map((m) => m.text);
  assert.ok(warnings.some((w) => w.includes("sideways")), warnings.join("\n"));
  assert.ok(warnings.some((w) => w.includes("answers")));
  assert.deepEqual(errors, []);
  await context.close();
});

test("a link followed while the page is open opens its item and language in place, answers kept", async () => {
  const { page, context, errors } = await openPage(env, "/www/index.html");
  await waitForWidgets(page);
  await answer(page, "Me (18 or older)");
  assert.match(await page.locator(".iop-question").textContent(), /^Right now, are you in danger/);
  await page.evaluate(() => { location.hash = "#iop=1&faq=insurance&lang=es"; });
  const header = page.locator(".iop-faq-button", { hasText: "¿El seguro paga el IOP?" });
  await header.waitFor();
  assert.equal(await header.getAttribute("aria-expanded"), "true");
  await page.waitForFunction(() => {
    const b = document.querySelector("[data-iop-widget]").shadowRoot.activeElement;
    return b && b.textContent.includes("seguro");
  });
  assert.match(await page.locator(".iop-question").textContent(), /^Ahora mismo, ¿está en peligro/, "the answer given is kept");
  assert.equal(await page.locator(".iop-progress").textContent(), "Parte 1 de 4: Para empezar");
  // The host's own anchor afterwards changes nothing.
  await page.evaluate(() => { location.hash = "#contact"; });
  await page.waitForFunction(() => location.hash === "#contact");
  assert.equal(await header.getAttribute("aria-expanded"), "true");
  assert.match(await page.locator(".iop-question").textContent(), /^Ahora mismo, ¿está en peligro/);
  assert.deepEqual(errors, []);
  await context.close();
});

test("a link followed later addresses only its element and can change the view", async () => {
  const { page, context, messages, errors } = await openPage(env, "/www/many.html");
  await waitForWidgets(page, 20);
  await page.evaluate(() => { location.hash = "#iop=1&view=faq&lang=es&el=w3&bogus=1"; });
  await page.locator("#w3 .iop-faq .iop-title", { hasText: "Preguntas" }).waitFor();
  assert.equal(await page.locator("#w3 .iop-checker").count(), 0, "FAQ view only");
  assert.equal(await page.locator("#w1 .iop-progress").textContent(), "Part 1 of 4: Getting started");
  assert.equal(messages.filter((m) => m.type === "warning" && m.text.includes("bogus")).length, 1, "warned once, not once per widget");
  assert.deepEqual(errors, []);
  await context.close();
});

test("Share this copies a link to the current view, item and language, and its QR decodes to it", async () => {
  const { page, context } = await openPage(env, "/www/index.html");
  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: env.origin });
  await waitForWidgets(page);
  await page.locator(".iop-faq-button", { hasText: "How long does IOP last?" }).click();
  await page.getByRole("button", { name: "Español" }).click();
  await page.getByRole("button", { name: "Compartir" }).click();
  const url = await page.getByRole("textbox", { name: "Enlace que abre esta prueba desde el principio" }).inputValue();
  assert.equal(url, `${env.origin}/www/index.html#iop=1&faq=how-long&lang=es&el=iop-check`);
  await page.getByRole("button", { name: "Copiar enlace" }).click();
  await page.getByText("Enlace copiado").waitFor();
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), url);
  const svg = await page.locator(".iop-share-panel svg.iop-qr").evaluate((el) => {
    const copy = el.cloneNode(true);
    copy.setAttribute("xmlns", "http://www.w3.org/2000/svg");
    return copy.outerHTML;
  });
  assert.equal(await decodeQr(page, svg), url);
  // The link opens where it was shared from.
  const { page: opened, context: c2 } = await openPage(env);
  await opened.goto(url);
  await waitForWidgets(opened);
  assert.equal(await opened.locator(".iop-faq-button", { hasText: "¿Cuánto dura un IOP?" }).getAttribute("aria-expanded"), "true");
  await c2.close();
  await context.close();
});

test("on a phone the open share panel leaves the language button whole", async () => {
  const { page, context } = await openPage(env, "/www/index.html#iop=1&lang=es", { viewport: { width: 360, height: 740 } });
  await waitForWidgets(page);
  const lang = page.locator(".iop-lang");
  const closed = await lang.boundingBox();
  await page.getByRole("button", { name: "Compartir" }).click();
  await page.locator(".iop-share-url").waitFor();
  const open = await lang.boundingBox();
  assert.equal(open.height, closed.height, "one line, as before");
  assert.equal(open.width, closed.width);
  await context.close();
});

test("the builder makes a share link, a QR code that decodes to it, and a snippet with SRI", async () => {
  const { page, context, errors } = await openPage(env, "/www/links.html");
  await waitForWidgets(page);
  await page.getByRole("combobox", { name: "View" }).selectOption("faq");
  await page.getByLabel("Open this FAQ item").selectOption("insurance");
  await page.getByRole("combobox", { name: "Language" }).selectOption("es");
  await page.getByLabel("Referral code").fill("er-7");
  await page.getByLabel("The person is leaving the hospital").check();
  const expected = "https://riverbend.example/iop#iop=1&view=faq&faq=insurance&lang=es&ref=er-7&ctx=hospital";
  await page.waitForFunction((u) => document.getElementById("share-url").value === u, expected);
  await page.waitForFunction(() => document.getElementById("qr").src.startsWith("data:image/svg+xml"));
  const svg = await page.evaluate(() => decodeURIComponent(document.getElementById("qr").src.split(",").slice(1).join(",")));
  assert.equal(await decodeQr(page, svg), expected);
  const manifest = JSON.parse(readFileSync(new URL("../../pkg/manifest.json", import.meta.url), "utf8"));
  const snippet = await page.locator("#snippet").inputValue();
  const entry = manifest.files.find((f) => f.file === manifest.versioned_entry);
  assert.ok(snippet.includes(`integrity="${entry.integrity}"`), snippet);
  assert.ok(snippet.includes(manifest.versioned_entry));
  // The live preview follows the options.
  await page.locator("#preview .iop-faq-button", { hasText: "¿El seguro paga el IOP?" }).waitFor();
  // Downloads work offline: both come from the page itself.
  const [svgFile] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Download QR as SVG" }).click()]);
  assert.equal(svgFile.suggestedFilename(), "iop-check-qr.svg");
  const [pngFile] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Download QR as PNG" }).click()]);
  assert.equal(pngFile.suggestedFilename(), "iop-check-qr.png");
  assert.deepEqual(errors, []);
  await context.close();
});
