// IOPCheck.mount's options of every kind JS has, read through serde by the
// widget's own deserializer: each value as an attribute would give it, one
// odd value never spoiling the others, and nothing thrown.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { setup, openPage, waitForWidgets } from "./helpers.mjs";

let env;
before(async () => { env = await setup(); });
after(async () => { await env?.close(); });

/** Mount a new element on the single-page app with the options `make`
 * returns, built in the page (symbols, functions and bigints cannot be
 * passed in from Node). */
async function mountWith(page, make) {
  return page.evaluate(async (src) => {
    const el = document.createElement("div");
    el.id = "api-widget";
    document.querySelector("main").appendChild(el);
    const mounted = await window.IOPCheck.mount(el, new Function(`return (${src})`)());
    return mounted;
  }, make.toString().replace(/^\(\) => /, ""));
}

test("options of every JS kind are read as their text, odd ones warn alone", async () => {
  const { page, context, messages, errors } = await openPage(env, "/www/spa.html");
  await waitForWidgets(page);
  assert.equal(await mountWith(page, () => ({
    lang: "es",
    headingLevel: 4,
    programs: ["iop", 7, "php"],
    referral: 12,
    view: null,
    faq: undefined,
    brand: { red: 1 },
    radius: () => 1,
    font: Symbol("x"),
    faqOpen: 1.5,
    scheme: 10n,
    brandd: "#f00",
  })), true);
  await page.locator("#api-widget .iop-progress").waitFor();
  // Numbers and text beside the odd values were still read.
  assert.equal(await page.locator("#api-widget .iop-progress").textContent(), "Parte 1 de 4: Para empezar");
  assert.ok(await page.evaluate(() => document.getElementById("api-widget").shadowRoot.querySelector("h4 .iop-faq-button")),
    "headingLevel 4 puts the FAQ headers in h4");
  const warnings = messages.filter((m) => m.type === "warning").map((m) => m.text);
  const about = (key) => warnings.filter((w) => new RegExp(`\\b${key}\\b`).test(w));
  assert.match(about("brand").join("\n"), /ignored option brand="\[object\]"/);
  assert.match(about("radius").join("\n"), /ignored option radius="\[object\]"/);
  assert.match(about("font").join("\n"), /ignored option font="\[object\]"/);
  assert.match(about("scheme").join("\n"), /ignored option scheme="\[object\]"/);
  assert.match(about("faqOpen").join("\n"), /ignored option faqOpen="\[a fractional number\]"/);
  assert.match(warnings.join("\n"), /ignored brandd="#f00": not an option.*brand/);
  // A list's non-text items, null, undefined and whole numbers are no problem.
  for (const key of ["programs", "referral", "view", "faq", "lang", "headingLevel"]) {
    assert.deepEqual(about(`option ${key}`), [], `${key} warned`);
  }
  assert.deepEqual(errors, []);
  await context.close();
});
