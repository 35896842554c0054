// Partner embedding: strict CSP, failure paths, hostile CSS, twenty
// instances, a single-page app, the JS API, events, theming and privacy.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { setup, openPage, waitForWidgets } from "./helpers.mjs";
import { PATHS, answerAll } from "./flow.mjs";

let env;
before(async () => { env = await setup(); });
after(async () => { await env?.close(); });

const STYLE_PROPS = ["font-family", "font-size", "color", "background-color", "line-height", "letter-spacing",
  "text-transform", "text-align", "font-style", "font-weight", "border-radius", "padding-top", "min-height", "cursor"];

/** Computed styles of the widget's main parts, to compare across pages. */
function widgetLook(page) {
  return page.evaluate((props) => {
    const root = document.querySelector("[data-iop-widget]").shadowRoot;
    return [".iop", ".iop-title", ".iop-question", ".iop-option", "button[type=submit]", ".iop-faq-button"].map((sel) => {
      const cs = getComputedStyle(root.querySelector(sel));
      return [sel, ...props.map((p) => cs.getPropertyValue(p))];
    });
  }, STYLE_PROPS);
}

test("under exactly the strict CSP the widget mounts, styled, with no violations", async () => {
  const { page, context, errors, messages } = await openPage(env);
  await page.addInitScript(() => {
    window.__violations = [];
    document.addEventListener("securitypolicyviolation", (e) => window.__violations.push(e.violatedDirective + " " + e.blockedURI));
  });
  const response = await page.goto(env.origin + "/www/strict-csp.html");
  assert.match(response.headers()["content-security-policy"], /script-src 'self' 'wasm-unsafe-eval'/);
  await waitForWidgets(page);
  await answerAll(page, ["Me (18 or older)"]);
  assert.deepEqual(await page.evaluate(() => window.__violations), []);
  const next = await page.evaluate(() => {
    const b = document.querySelector("[data-iop-widget]").shadowRoot.querySelector("button[type=submit]");
    return getComputedStyle(b).backgroundColor;
  });
  assert.equal(next, "rgb(47, 79, 58)", "brand colour applied through CSSOM");
  assert.deepEqual(errors, []);
  assert.deepEqual(messages.filter((m) => m.type === "error"), []);
  await context.close();
});

for (const [page_, cause] of [["/www/no-wasm-csp.html", /wasm-unsafe-eval/], ["/www/missing-wasm.html", /not-deployed\.wasm/]]) {
  test(`when the Wasm cannot load (${page_}) the fallback stays, iop:error fires and the console says why`, async () => {
    const { page, context, messages } = await openPage(env);
    await page.addInitScript(() => {
      window.__errors = [];
      document.addEventListener("iop:error", (e) => window.__errors.push({ target: e.target.id, code: e.detail.code }));
    });
    await page.goto(env.origin + page_);
    await page.waitForFunction(() => window.__errors.length > 0, null, { timeout: 10000 });
    assert.deepEqual(await page.evaluate(() => window.__errors), [{ target: "iop-check", code: "wasm-load-failed" }]);
    assert.ok(await page.locator(".fallback").isVisible(), "the partner's fallback is still shown");
    // Any first view painted before the failure gave way to the fallback.
    assert.equal(await page.evaluate(() => {
      const root = document.querySelector("[data-iop-widget]").shadowRoot;
      return root ? root.innerHTML : "";
    }).then((html) => html === "" || html === "<slot></slot>"), true);
    const said = messages.filter((m) => m.type === "error" && m.text.startsWith("IOP Check:"));
    assert.equal(said.length, 1);
    assert.match(said[0].text, cause);
    await context.close();
  });
}

test("a browser without WebAssembly keeps the fallback and says so", async () => {
  const { page, context, messages } = await openPage(env);
  await page.addInitScript(() => { delete window.WebAssembly; });
  await page.goto(env.origin + "/www/index.html");
  await page.waitForFunction(() => document.readyState === "complete");
  await page.waitForTimeout(300);
  assert.ok(await page.locator("#iop-check > h2").isVisible());
  assert.ok(messages.some((m) => m.type === "error" && /cannot run WebAssembly/.test(m.text)));
  await context.close();
});

test("aggressive host CSS changes nothing in the widget, and the widget changes nothing outside", async () => {
  const normal = await openPage(env, "/www/index.html");
  await waitForWidgets(normal.page);
  const expected = await widgetLook(normal.page);
  await normal.context.close();

  const hostile = await openPage(env, "/www/hostile.html");
  await waitForWidgets(hostile.page);
  assert.deepEqual(await widgetLook(hostile.page), expected);
  const hostButton = await hostile.page.locator("main > p > button").evaluate((b) => getComputedStyle(b).backgroundColor);
  assert.equal(hostButton, "rgb(255, 0, 255)", "the host's own button keeps the host's style");
  // Still usable: a full path works.
  await answerAll(hostile.page, PATHS["learn-more"].steps);
  assert.equal(await hostile.page.locator(".iop-result-title").textContent(), PATHS["learn-more"].title);
  await hostile.context.close();
});

test("twenty widgets on one page never share ids or state", async () => {
  const { page, context, errors } = await openPage(env, "/www/many.html");
  await waitForWidgets(page, 20);
  assert.equal(await page.evaluate(() => window.IOPCheck.instances()), 20);
  const ids = await page.evaluate(() => [...document.querySelectorAll("[data-iop-widget]")]
    .flatMap((h) => [...h.shadowRoot.querySelectorAll("[id]")].map((e) => e.id)));
  assert.ok(ids.length > 100);
  assert.equal(new Set(ids).size, ids.length, "every id is unique on the page");
  // Answer in widget 1; widgets 3 and 4 (also checkers) stay on step 1.
  await page.locator("#w1").getByRole("radio", { name: "Me (18 or older)" }).click();
  await page.locator("#w1").getByRole("button", { name: "Next" }).click();
  assert.match(await page.locator("#w1 .iop-question").textContent(), /^Right now, are you in danger/);
  assert.equal(await page.locator("#w3 .iop-question").textContent(), "Who is this check for?");
  assert.equal(await page.locator("#w3 .iop-progress").textContent(), "Part 1 of 4: Getting started");
  assert.equal(await page.locator("#w2 .iop-faq").count(), 1, "widget 2 shows the FAQ only");
  assert.equal(await page.locator("#w4 .iop-progress").textContent(), "Parte 1 de 4: Para empezar");
  assert.equal(await page.locator("#w4 .iop-question").textContent(), "¿Para quién es esta prueba?");
  assert.deepEqual(errors, []);
  await context.close();
});

test("a single-page app mounts through the queued API and frees the instance on removal", async () => {
  const { page, context, errors } = await openPage(env, "/www/spa.html");
  await waitForWidgets(page);
  assert.equal(await page.evaluate(() => document.documentElement.dataset.lastReady), "spa-widget", "queued on('ready') heard the mount");
  assert.equal(await page.evaluate(() => window.IOPCheck.instances()), 1);
  for (let i = 0; i < 5; i++) {
    await page.locator("#go-other").click();
    await page.waitForFunction(async () => (await window.IOPCheck.instances()) === 0);
    await page.locator("#go-check").click();
    await waitForWidgets(page);
  }
  assert.equal(await page.evaluate(() => window.IOPCheck.instances()), 1, "nothing leaks across swaps");
  // destroy() frees it and brings the fallback back.
  assert.equal(await page.evaluate(() => window.IOPCheck.destroy("#spa-widget")), true);
  assert.ok(await page.locator("#spa-widget > p").isVisible());
  assert.equal(await page.evaluate(() => window.IOPCheck.instances()), 0);
  // on() returns nothing (README).
  assert.equal(await page.evaluate(() => typeof window.IOPCheck.on("ready", () => {})), "undefined");
  assert.deepEqual(errors, []);
  await context.close();
});

test("reload() mounts every placeholder not mounted, one destroyed included, and resolves to how many", async () => {
  const { page, context, errors } = await openPage(env, "/www/index.html");
  await waitForWidgets(page);
  assert.equal(await page.evaluate(() => window.IOPCheck.destroy("#iop-check")), true);
  assert.equal(await page.evaluate(() => window.IOPCheck.instances()), 0);
  assert.equal(await page.evaluate(() => window.IOPCheck.reload()), 1);
  assert.equal(await page.evaluate(() => window.IOPCheck.instances()), 1);
  assert.deepEqual(errors, []);
  await context.close();
});

test("JS API options are validated like attributes, and bad calls only warn", async () => {
  const { page, context, messages, errors } = await openPage(env, "/www/spa.html");
  await waitForWidgets(page);
  await page.evaluate(async () => {
    const el = document.createElement("div");
    el.id = "api-widget";
    document.querySelector("main").appendChild(el);
    await window.IOPCheck.mount(el, { lang: "es", phone: "javascript:alert(1)", brand: "red; x", colour: "#fff" });
    window.IOPCheck("nonsense", 1);
    await window.IOPCheck.mount("#does-not-exist");
  });
  await page.locator("#api-widget .iop-progress").waitFor();
  assert.equal(await page.locator("#api-widget .iop-progress").textContent(), "Parte 1 de 4: Para empezar");
  const warnings = messages.filter((m) => m.type === "warning").map((m) => m.text).join("\n");
  assert.match(warnings, /ignored option phone="javascript:alert\(1\)"/);
  assert.match(warnings, /ignored option brand="red; x"/);
  assert.match(warnings, /ignored colour="#fff": not an option/);
  assert.match(warnings, /nonsense/);
  assert.match(warnings, /does-not-exist/);
  assert.equal(await page.evaluate(() => document.body.innerHTML.includes("alert(1)")), false);
  assert.deepEqual(errors, []);
  await context.close();
});

test("hostile attribute values never become markup", async () => {
  const { page, context, errors } = await openPage(env, "/www/spa.html");
  await waitForWidgets(page);
  const html = await page.evaluate(async () => {
    const el = document.createElement("div");
    el.setAttribute("data-iop-provider", "<img src=x onerror=window.__pwned=1>");
    el.setAttribute("data-iop-contact-url", "javascript:window.__pwned=1");
    el.setAttribute("data-iop-font", "x;}*{display:none");
    el.setAttribute("data-iop-phone", "404-555-0134");
    el.setAttribute("data-iop-heading-level", "<h1>");
    document.querySelector("main").appendChild(el);
    await window.IOPCheck.mount(el);
    return el.shadowRoot.innerHTML;
  });
  assert.doesNotMatch(html, /<img/);
  assert.doesNotMatch(html, /javascript:/);
  assert.equal(await page.evaluate(() => window.__pwned), undefined);
  assert.deepEqual(errors, []);
  await context.close();
});

test("events: ready on each placeholder, result only when shared, never an answer", async () => {
  const { page, context } = await openPage(env);
  await page.addInitScript(() => {
    window.__events = [];
    for (const t of ["iop:ready", "iop:step", "iop:result", "iop:faq-toggle", "iop:error"]) {
      document.addEventListener(t, (e) => window.__events.push({ type: t, target: e.target.id, detail: e.detail }));
    }
  });
  await page.goto(env.origin + "/www/spa.html");
  await waitForWidgets(page);
  await answerAll(page, PATHS.outpatient.steps);
  const events = await page.evaluate(() => window.__events);
  assert.equal(events.filter((e) => e.type === "iop:ready").length, 1);
  const result = events.filter((e) => e.type === "iop:result");
  assert.deepEqual(result.map((e) => e.detail), [{ outcome: "outpatient" }], "shareOutcome: true shares the category only");
  for (const e of events) {
    const keys = Object.keys(e.detail).sort().join(",");
    assert.ok(["version", "part", "outcome", "id,open", "code,message"].includes(keys), `${e.type} carries ${keys}`);
  }
  // Without data-iop-share-outcome the result is not shared at all.
  await page.goto(env.origin + "/www/index.html");
  await waitForWidgets(page);
  await answerAll(page, PATHS.outpatient.steps);
  assert.equal((await page.evaluate(() => window.__events)).filter((e) => e.type === "iop:result").length, 0);
  await context.close();
});

test("theming: brand colour from the attribute or the partner's CSS, dark scheme, radius", async () => {
  const { page, context } = await openPage(env, "/www/spa.html");
  await waitForWidgets(page);
  const look = await page.evaluate(async () => {
    const make = (attrs) => {
      const el = document.createElement("div");
      for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
      document.querySelector("main").appendChild(el);
      return el;
    };
    const a = make({ "data-iop-brand": "#ffcc00", "data-iop-scheme": "dark", "data-iop-radius": "0px" });
    const b = make({ "data-iop-view": "checker" });
    b.style.setProperty("--iop-brand", "rgb(120, 0, 60)");
    await window.IOPCheck.mount(a);
    await window.IOPCheck.mount(b);
    await new Promise((r) => setTimeout(r, 50));
    const s = (el, sel) => getComputedStyle(el.shadowRoot.querySelector(sel));
    return {
      aNext: s(a, "button[type=submit]").backgroundColor,
      aText: s(a, "button[type=submit]").color,
      aBg: s(a, ".iop").backgroundColor,
      aRadius: s(a, ".iop").borderTopLeftRadius,
      bNext: s(b, "button[type=submit]").backgroundColor,
    };
  });
  assert.equal(look.aNext, "rgb(255, 204, 0)");
  assert.equal(look.aText, "rgb(0, 0, 0)", "readable text on a light brand colour");
  assert.equal(look.aBg, "rgb(18, 20, 23)");
  assert.equal(look.aRadius, "0px");
  assert.equal(look.bNext, "rgb(120, 0, 60)");
  await context.close();
});

// Every option that sends or shows anything on: analytics, the outcome,
// the referral, every contact and page parameters for the contact link.
const ALL_ON = `<!doctype html><html lang="en"><head><title>Every option on</title>
  <link rel="stylesheet" href="site.css"></head><body><main>
  <div id="iop-all" data-iop-widget data-iop-load="eager" data-iop-analytics="datalayer" data-iop-share-outcome
       data-iop-referral="ER-7" data-iop-provider="Riverbend" data-iop-phone="404-555-0134" data-iop-sms="404-555-0135"
       data-iop-email="intake@riverbend.example" data-iop-contact-url="https://riverbend.example/contact?from=iop#form"
       data-iop-contact-params="utm_campaign,utm_source"><p>Call 404-555-0134.</p></div>
  <script async src="../pkg/iop-widget.js"></script></main></body></html>`;
// Every question id of the check (src/engine/step.rs): none may reach the
// dataLayer, nor any answer's words.
const QUESTION_IDS = ["who", "their-age", "danger-now", "self-harm", "substances", "past-withdrawal", "withdrawal-now",
  "audit-c-1", "audit-c-2", "audit-c-3", "audit-c-sex", "drug-use", "phq-2-1", "phq-2-2", "gad-2-1", "gad-2-2",
  "impact", "health", "home", "situation", "time"];

test("privacy, every option on: only the widget's files are fetched, dataLayer holds only milestones, the contact link only listed parameters", async () => {
  const { page, context } = await openPage(env);
  const requests = [];
  page.on("request", (r) => requests.push(r.url()));
  await page.route(`${env.origin}/www/all-options.html*`, (route) => route.fulfill({ contentType: "text/html", body: ALL_ON }));
  // Contact links are clicked, not followed.
  await page.addInitScript(() => document.addEventListener("click", (e) => {
    if (e.composedPath().some((n) => n.localName === "a")) e.preventDefault();
  }, true));
  await page.goto(env.origin + "/www/all-options.html?utm_campaign=spring%20push&gclid=abc123&utm_source=news&note=x%22y");
  await waitForWidgets(page);
  const before = page.url();
  const widget = page.locator("#iop-all");
  await answerAll(page, PATHS.iop.steps);
  const contact = widget.getByRole("link", { name: "Contact us online" });
  assert.equal(await contact.getAttribute("href"),
    "https://riverbend.example/contact?from=iop&utm_campaign=spring%20push&utm_source=news#form",
    "the listed page parameters, encoded, and nothing else");
  for (const name of [/^Call 404-555-0134/, /^Text 404-555-0135/, /^Email intake@/, "Contact us online"]) {
    await widget.getByRole("link", { name }).click();
  }
  // The SAMHSA helpline is not the partner's contact.
  await widget.locator("a[href='tel:+18006624357']:visible").first().click();
  await page.getByRole("button", { name: "Start over" }).click();
  await answerAll(page, PATHS["medical-care-first"].steps);
  for (const q of ["What is an IOP?", "Does insurance pay for IOP?"]) {
    await page.locator(".iop-faq-button", { hasText: q }).click();
  }
  await page.getByRole("button", { name: "Español" }).click();
  await page.waitForFunction(() => window.dataLayer && window.dataLayer.length === 8);

  const paths = [...new Set(requests.map((u) => new URL(u).pathname))].sort();
  assert.ok(paths.every((p) => ["/www/all-options.html", "/www/site.css", "/pkg/iop-widget.js"].includes(p) || /^\/pkg\/iop-widget(\.[0-9a-f]+\.wasm|-glue\.[0-9a-f]+\.js)$/.test(p)), paths.join(", "));
  assert.ok(requests.every((u) => u.startsWith(env.origin)), "no third-party request");
  assert.deepEqual(await context.cookies(), []);
  const storage = await page.evaluate(async () => ({
    local: localStorage.length, session: sessionStorage.length,
    idb: (await indexedDB.databases()).length, cookie: document.cookie,
  }));
  assert.deepEqual(storage, { local: 0, session: 0, idb: 0, cookie: "" });
  assert.equal(page.url(), before, "the URL never carries answers");

  const dataLayer = await page.evaluate(() => window.dataLayer);
  const ours = { iop_widget: "iop-all", iop_referral: "ER-7" };
  assert.deepEqual(dataLayer, [
    { event: "iop_check_start", ...ours },
    { event: "iop_check_complete", ...ours, iop_outcome: "iop" },
    { event: "iop_contact_click", ...ours, iop_contact: "phone" },
    { event: "iop_contact_click", ...ours, iop_contact: "text" },
    { event: "iop_contact_click", ...ours, iop_contact: "email" },
    { event: "iop_contact_click", ...ours, iop_contact: "contact_page" },
    { event: "iop_check_start", ...ours },
    { event: "iop_check_complete", ...ours, iop_outcome: "medical-care-first" },
  ]);
  const text = JSON.stringify(dataLayer);
  for (const id of QUESTION_IDS) assert.ok(!text.includes(`"${id}"`) && !text.includes(`:${id}`), `question id ${id} in ${text}`);
  const answers = [...PATHS.iop.steps, ...PATHS["medical-care-first"].steps].flat();
  for (const words of answers) assert.ok(!text.includes(words), `answer "${words}" in ${text}`);
  await context.close();
});

test("analytics off or misspelt: nothing pushed, one warning", async () => {
  const { page, context, messages } = await openPage(env);
  await page.route(`${env.origin}/www/all-options.html`, (route) => route.fulfill({
    contentType: "text/html", body: ALL_ON.replace('data-iop-analytics="datalayer"', 'data-iop-analytics="gtag"'),
  }));
  await page.goto(env.origin + "/www/all-options.html");
  await waitForWidgets(page);
  await answerAll(page, PATHS.iop.steps);
  await page.locator(".iop-result-title").waitFor();
  assert.equal(await page.evaluate(() => window.dataLayer), undefined, "no dataLayer made");
  assert.equal(messages.filter((m) => m.type === "warning" && /data-iop-analytics.*gtag/.test(m.text)).length, 1);
  await context.close();
});

test("the result offers the partner only for the levels it runs, SAMHSA otherwise", async () => {
  const { page, context } = await openPage(env, "/www/spa.html");
  await waitForWidgets(page);
  const mountWith = (programs) => page.evaluate(async (programs) => {
    document.querySelectorAll(".programs-test").forEach((el) => el.remove());
    const el = document.createElement("div");
    el.className = "programs-test";
    document.querySelector("main").appendChild(el);
    await window.IOPCheck.mount(el, { view: "checker", lang: "en", phone: "404-555-0134", provider: "Riverbend", programs });
  }, programs);
  for (const [programs, partnerOffered] of [["iop,php", true], ["outpatient", false]]) {
    await mountWith(programs);
    const scope = page.locator(".programs-test");
    for (const step of PATHS.iop.steps) {
      if (Array.isArray(step)) await scope.getByRole("checkbox", { name: step[0], exact: true }).check();
      else await scope.getByRole("radio", { name: step, exact: true }).click();
      await scope.getByRole("button", { name: "Next" }).click();
    }
    const next = await scope.locator(".iop-next").textContent();
    assert.match(next, /Call 404-555-0134/, "the partner's phone is always there");
    assert.equal(/FindTreatment\.gov/.test(next), !partnerOffered, `programs=${programs}: ${next}`);
  }
  await context.close();
});

// Holds the .wasm response until the returned function is called, so a
// test can act on the painted first view before the Wasm takes over.
async function holdWasm(page) {
  let release;
  const held = new Promise((r) => { release = r; });
  await page.route("**/*.wasm", async (route) => { await held; await route.continue(); });
  return release;
}

test("the first view paints before the Wasm arrives, and Next then cannot submit the page", async () => {
  const { page, context, errors } = await openPage(env);
  const release = await holdWasm(page);
  await page.goto(env.origin + "/www/index.html");
  const question = page.locator(".iop-question");
  await question.waitFor();
  assert.equal(await question.textContent(), "Who is this check for?");
  assert.equal(await page.evaluate(() => document.querySelector("[data-iop-widget]").hasAttribute("data-iop-loaded")), false, "still waiting for the Wasm");
  assert.equal(await page.locator("#iop-check > h2").isVisible(), false, "the fallback gave way to the first view");
  const url = page.url();
  await page.getByRole("button", { name: "Next" }).click();
  assert.equal(page.url(), url, "no form submission before the Wasm");
  release();
  await waitForWidgets(page);
  // The live widget took over the same place, working.
  await page.getByRole("radio", { name: "Me (18 or older)" }).click();
  await page.getByRole("button", { name: "Next" }).click();
  assert.match(await page.locator(".iop-question").textContent(), /^Right now, are you in danger/);
  assert.equal(await page.locator(".iop-checker").count(), 1);
  assert.deepEqual(errors, []);
  await context.close();
});

/** Each widget's painted view: which parts show, the intro, the height. */
function views(page) {
  return page.evaluate(() => [...document.querySelectorAll("[data-iop-widget]")].map((el) => {
    const root = el.shadowRoot;
    const text = (sel) => root?.querySelector(sel)?.textContent ?? null;
    return {
      id: el.id,
      checker: !!root?.querySelector(".iop-checker"),
      faq: !!root?.querySelector(".iop-faq"),
      intro: text(".iop-intro"),
      question: text(".iop-question"),
      lang: root?.querySelector(".iop")?.lang ?? null,
      scheme: root?.querySelector(".iop")?.dataset.scheme ?? null,
      next: (() => {
        const b = root?.querySelector("button[type=submit]");
        return b ? `${getComputedStyle(b).backgroundColor} on ${getComputedStyle(b).color}` : null;
      })(),
      look: (() => {
        const q = root?.querySelector(".iop-question") || root?.querySelector(".iop-title");
        const o = root?.querySelector(".iop-option");
        return q ? `${getComputedStyle(q).fontFamily} / ${o ? getComputedStyle(o).borderTopLeftRadius : "-"}` : null;
      })(),
      height: Math.round(el.getBoundingClientRect().height),
    };
  }));
}

for (const [name, path, painted, expect] of [
  ["a discharge planner's link (hospital, Spanish, referral code)", "/www/index.html#iop=1&ctx=hospital&lang=es&ref=er-7", 1,
    (v) => { assert.match(v[0].intro, /^Usted sale del hospital/); assert.equal(v[0].lang, "es"); }],
  ["a link to the FAQ view", "/www/index.html#iop=1&view=faq", 1, (v) => { assert.equal(v[0].checker, false); assert.equal(v[0].faq, true); }],
  ["placeholders set to each view, language, context, scheme, brand, font and radius, one addressed by a link", "/www/many.html#iop=1&view=checker&el=w2", 18,
    (v) => {
      assert.deepEqual([v[0].faq, v[1].faq, v[1].checker, v[2].faq], [false, false, true, true]);
      assert.equal(v[3].lang, "es");
      assert.deepEqual([v[5].scheme, v[5].next], ["dark", "rgb(255, 204, 0) on rgb(0, 0, 0)"]);
      assert.match(v[8].intro, /^You are leaving the hospital/);
      assert.equal(v[8].next, "rgb(47, 79, 58) on rgb(255, 255, 255)");
      assert.deepEqual([v[12].scheme, v[12].next], ["light", "rgb(0, 136, 255) on rgb(0, 0, 0)"]);
      assert.equal(v[14].question, null, "a heading level is left for the Wasm to paint");
      const [font, radius] = v[17].look.split(" / ");
      assert.equal(font, "Georgia, serif");
      assert.notEqual(radius, v[2].look.split(" / ")[1], "the partner's radius, not the default");
      assert.equal(v[18].question, null, "a radius out of range is left for the Wasm, which warns");
    }],
  ["a partner's brand colour", "/www/strict-csp.html", 1, (v) => assert.equal(v[0].next, "rgb(47, 79, 58) on rgb(255, 255, 255)")],
]) {
  test(`${name}: the first view paints before the Wasm, as the Wasm renders it`, async () => {
    const { page, context, errors } = await openPage(env);
    const release = await holdWasm(page);
    await page.goto(env.origin + path);
    await page.waitForFunction((n) => document.querySelectorAll("[data-iop-prerendered]").length === n, painted);
    const before = await views(page);
    expect(before);
    release();
    await waitForWidgets(page, painted);
    await page.waitForFunction(() => !document.querySelector("[data-iop-prerendered]"));
    const paintedIds = new Set(before.filter((v) => v.checker || v.faq).map((v) => v.id));
    const shown = (list) => list.filter((v) => paintedIds.has(v.id));
    assert.equal(shown(before).length, painted);
    assert.deepEqual(shown(await views(page)), shown(before), "the takeover changes nothing that shows");
    assert.deepEqual(errors, []);
    await context.close();
  });
}

test("a link that opens an FAQ item, or that the loader cannot read, leaves the painting to the Wasm", async () => {
  for (const [fragment, check] of [
    ["#iop=1&faq=insurance", async (page) => assert.equal(await page.locator(".iop-faq-button", { hasText: "Does insurance pay for IOP?" }).getAttribute("aria-expanded"), "true")],
    ["#iop=1&view=toString&lang=es", async (page) => assert.equal(await page.locator(".iop-faq .iop-title").textContent(), "Preguntas sobre IOP")],
  ]) {
    const { page, context, messages } = await openPage(env);
    const release = await holdWasm(page);
    await page.goto(env.origin + "/www/index.html" + fragment);
    await page.waitForLoadState("load");
    assert.equal(await page.locator("[data-iop-prerendered]").count(), 0, fragment);
    release();
    await waitForWidgets(page);
    await check(page);
    if (fragment.includes("toString")) assert.ok(messages.some((m) => m.type === "warning" && m.text.includes("toString")));
    await context.close();
  }
});

test("what a visitor does in the painted first view is kept when the Wasm takes over", async () => {
  for (const pressNext of [false, true]) {
    const { page, context, errors } = await openPage(env);
    const release = await holdWasm(page);
    await page.goto(env.origin + "/www/index.html");
    await page.locator("[data-iop-prerendered]").waitFor({ state: "attached" });
    await page.getByRole("radio", { name: "Someone I care about" }).click();
    if (pressNext) await page.getByRole("button", { name: "Next" }).click();
    release();
    await waitForWidgets(page);
    if (pressNext) {
      // The early Next went through the widget: the second question (the
      // person's age, for someone else), and Back keeps the choice.
      await page.locator(".iop-question", { hasText: "Is the person under 18?" }).waitFor();
      await page.getByRole("button", { name: "Back" }).click();
    }
    const chosen = page.getByRole("radio", { name: "Someone I care about" });
    await page.waitForFunction(() => document.querySelector("[data-iop-widget]").shadowRoot.querySelector("input:checked"));
    assert.equal(await chosen.isChecked(), true, `choice kept (Next pressed early: ${pressNext})`);
    if (!pressNext) {
      assert.equal(await chosen.evaluate((el) => el.getRootNode().activeElement === el), true, "focus kept on the choice");
      await page.getByRole("button", { name: "Next" }).click();
      assert.equal(await page.locator(".iop-question").textContent(), "Is the person under 18?");
    }
    assert.deepEqual(errors, []);
    await context.close();
  }
});

test("an FAQ item or the language chosen in the painted first view is honoured at takeover", async () => {
  const { page, context, errors } = await openPage(env);
  const release = await holdWasm(page);
  await page.goto(env.origin + "/www/index.html");
  await page.locator("[data-iop-prerendered]").waitFor({ state: "attached" });
  await page.getByRole("button", { name: "What is an IOP?" }).click();
  await page.getByRole("button", { name: "Español" }).click();
  release();
  await waitForWidgets(page);
  await page.waitForFunction(() => document.querySelector("[data-iop-widget]").shadowRoot.querySelector(".iop")?.getAttribute("lang") === "es");
  const first = page.locator(".iop-faq-button").first();
  assert.equal(await first.getAttribute("aria-expanded"), "true", "the FAQ item pressed early is open");
  assert.equal(await page.locator(".iop-faq-panel").first().isVisible(), true);
  assert.deepEqual(errors, []);
  await context.close();
});

test("the Wasm is fetched after the host page's load event, so it does not hold it back", async () => {
  const { page, context } = await openPage(env, "/www/index.html");
  await waitForWidgets(page);
  const [wasmStart, loadStart] = await page.evaluate(() => [
    performance.getEntriesByType("resource").find((e) => e.name.endsWith(".wasm")).startTime,
    performance.getEntriesByType("navigation")[0].loadEventStart,
  ]);
  assert.ok(wasmStart >= loadStart, `wasm requested at ${wasmStart} ms, load event at ${loadStart} ms`);
  await context.close();
});

// The colour scheme (auto follows the host page, system the visitor) and
// its readability under axe: scheme.test.mjs.

// Serves www/index.html with the given CSP header added.
async function withCsp(page, csp) {
  await page.route("**/www/index.html", async (route) => {
    const res = await route.fetch();
    await route.fulfill({ response: res, headers: { ...res.headers(), "content-security-policy": csp } });
  });
}

test("a page that enforces Trusted Types gets the painted first view and the widget", async () => {
  const { page, context, errors, messages } = await openPage(env);
  await withCsp(page, "require-trusted-types-for 'script'");
  const release = await holdWasm(page);
  await page.goto(env.origin + "/www/index.html");
  await page.locator("[data-iop-prerendered]").waitFor({ state: "attached" });
  assert.equal(await page.locator(".iop-question").textContent(), "Who is this check for?", "painted through the iop-check policy");
  release();
  await waitForWidgets(page);
  await answerAll(page, ["Me (18 or older)"]);
  assert.match(await page.locator(".iop-question").textContent(), /^Right now, are you in danger/);
  assert.deepEqual(errors, []);
  assert.deepEqual(messages.filter((m) => m.type === "error"), []);
  await context.close();
});

test("a Trusted Types policy list without ours keeps the fallback until the Wasm paints", async () => {
  const { page, context, errors } = await openPage(env);
  await withCsp(page, "require-trusted-types-for 'script'; trusted-types 'none'");
  const release = await holdWasm(page);
  await page.goto(env.origin + "/www/index.html");
  await page.waitForFunction(() => document.readyState === "complete");
  assert.equal(await page.locator("#iop-check > h2").isVisible(), true, "the partner's fallback shows, not a blank box");
  release();
  await waitForWidgets(page);
  await answerAll(page, ["Me (18 or older)"]);
  assert.match(await page.locator(".iop-question").textContent(), /^Right now, are you in danger/);
  assert.deepEqual(errors, []);
  await context.close();
});
