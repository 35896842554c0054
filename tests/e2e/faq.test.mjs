// The FAQ accordion against the assertions of the WAI-ARIA APG's own
// accordion regression test (w3c/aria-practices test/tests/
// accordion_accordion.js): heading wraps button, aria-expanded,
// aria-controls, region labelling, Enter, Space, Tab and Shift+Tab; in
// English and Spanish, plus axe.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { setup, openPage, waitForWidgets, axe } from "./helpers.mjs";

let env;
before(async () => { env = await setup(); });
after(async () => { await env?.close(); });

async function faqPage() {
  const opened = await openPage(env, "/www/faq.html");
  await waitForWidgets(opened.page, 3);
  return opened;
}

/** The accordion's parts inside one widget's shadow root. */
function parts(page, host) {
  return page.evaluate((host) => {
    const root = document.querySelector(host).shadowRoot;
    return [...root.querySelectorAll(".iop-faq-button")].map((b) => {
      const panel = root.getElementById(b.getAttribute("aria-controls"));
      return {
        id: b.id,
        text: b.textContent,
        parentTag: b.parentElement.tagName,
        onlyChild: b.parentElement.children.length === 1,
        expanded: b.getAttribute("aria-expanded"),
        controls: b.getAttribute("aria-controls"),
        panelExists: !!panel,
        hidden: panel?.hidden,
        role: panel?.getAttribute("role"),
        labelledby: panel?.getAttribute("aria-labelledby"),
      };
    });
  }, host);
}

async function focused(page) {
  return page.evaluate(() => {
    let el = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    return el?.id || el?.textContent?.slice(0, 30);
  });
}

for (const [host, lang, first] of [["#faq-en", "en", "What is an IOP?"], ["#faq-es", "es", "¿Qué es un IOP?"]]) {
  test(`APG accordion structure and states (${lang})`, async () => {
    const { page, context } = await faqPage();
    const items = await parts(page, host);
    assert.equal(items.length, 5);
    assert.equal(items[0].text, first);
    for (const it of items) {
      // heading wraps button, and the button is its only child
      assert.match(it.parentTag, /^H[2-6]$/);
      assert.ok(it.onlyChild);
      // aria-controls names an existing panel; ids unique per widget
      assert.ok(it.panelExists, `panel for ${it.id}`);
      // six panels or fewer: role=region labelled by its button
      assert.equal(it.role, "region");
      assert.equal(it.labelledby, it.id);
      // aria-expanded matches the panel's hidden state
      assert.equal(it.expanded === "true", it.hidden === false);
    }
    if (lang === "en") {
      assert.deepEqual(items.map((i) => i.parentTag), Array(5).fill("H2"), "heading level from data-iop-heading-level");
      // At level 2 there is no level above: the title is an h2 too (README).
      assert.equal(await page.evaluate((h) => document.querySelector(h).shadowRoot.querySelector(".iop-faq .iop-title").tagName, host), "H2");
      assert.deepEqual(items.map((i) => i.expanded), ["false", "true", "false", "false", "false"], "how-long open by default");
    } else {
      assert.deepEqual(items.map((i) => i.parentTag), Array(5).fill("H3"), "default heading level 3");
    }
    await context.close();
  });

  test(`Enter and Space toggle, several panels may be open (${lang})`, async () => {
    const { page, context } = await faqPage();
    const buttons = page.locator(`${host} .iop-faq-button`);
    await buttons.nth(0).focus();
    await page.keyboard.press("Enter");
    assert.equal(await buttons.nth(0).getAttribute("aria-expanded"), "true");
    await page.keyboard.press("Enter");
    assert.equal(await buttons.nth(0).getAttribute("aria-expanded"), "false");
    await page.keyboard.press("Space");
    assert.equal(await buttons.nth(0).getAttribute("aria-expanded"), "true");
    await buttons.nth(2).focus();
    await page.keyboard.press("Space");
    assert.equal(await buttons.nth(2).getAttribute("aria-expanded"), "true");
    assert.equal(await buttons.nth(0).getAttribute("aria-expanded"), "true", "opening one keeps the other open");
    const panel = page.locator(`${host} #` + (await buttons.nth(2).getAttribute("aria-controls")));
    assert.ok(await panel.isVisible());
    await context.close();
  });

  test(`Tab and Shift+Tab move through the headers in page order (${lang})`, async () => {
    const { page, context } = await faqPage();
    const items = await parts(page, host);
    // Open the last item, whose panel has no links, and the first.
    const buttons = page.locator(`${host} .iop-faq-button`);
    await buttons.nth(4).click();
    await buttons.nth(0).focus();
    const order = [];
    for (let i = 0; i < items.length; i++) {
      order.push(await focused(page));
      await page.keyboard.press("Tab");
    }
    assert.deepEqual(order, items.map((i) => i.id));
    await buttons.nth(4).focus();
    const back = [];
    for (let i = 0; i < items.length; i++) {
      back.push(await focused(page));
      await page.keyboard.press("Shift+Tab");
    }
    assert.deepEqual(back, items.map((i) => i.id).reverse());
    await context.close();
  });
}

test("more than six panels drop the region role; unknown ids are skipped with a warning", async () => {
  const { page, context, messages } = await faqPage();
  const items = await parts(page, "#faq-all");
  assert.equal(items.length, 7);
  assert.equal(items[0].text, "Does insurance pay for IOP?", "the partner's order");
  assert.ok(items.every((i) => i.role === null && i.labelledby === null));
  const warning = messages.find((m) => m.type === "warning" && m.text.includes("bogus-item"));
  assert.ok(warning, "console warns about the unknown FAQ id");
  assert.match(warning.text, /data-iop-faq/);
  await context.close();
});

test("links in answers are real links with visible focus", async () => {
  const { page, context } = await faqPage();
  await page.locator("#faq-all .iop-faq-button", { hasText: "What should I do in a crisis right now?" }).click();
  const link = page.locator("#faq-all").getByRole("link", { name: "Call 988" });
  assert.equal(await link.getAttribute("href"), "tel:988");
  await link.focus();
  await page.keyboard.press("Shift+Tab");
  await page.keyboard.press("Tab");
  const outline = await link.evaluate((el) => getComputedStyle(el).outlineStyle + " " + getComputedStyle(el).outlineWidth);
  assert.match(outline, /solid 3px/);
  const chat = page.locator("#faq-all").getByRole("link", { name: "Chat at 988lifeline.org" });
  assert.match(await chat.getAttribute("href"), /^https:\/\/988lifeline\.org\//);
  assert.match(await chat.getAttribute("rel"), /noreferrer/);
  await context.close();
});

test("on a phone the comparison table stacks, each cell naming its column", async () => {
  const { page, context } = await openPage(env, "/www/index.html#iop=1&view=faq&faq=compare", { viewport: { width: 360, height: 740 } });
  await waitForWidgets(page);
  const table = page.locator(".iop-table");
  await table.waitFor();
  const cells = await table.evaluate((t) => {
    const head = [...t.querySelectorAll("thead th")].map((th) => th.textContent);
    return [...t.querySelectorAll("tbody td")].map((td) => ({
      label: getComputedStyle(td, "::before").content,
      column: head[td.cellIndex],
      display: getComputedStyle(td).display,
      fits: td.getBoundingClientRect().right <= innerWidth,
    }));
  });
  assert.ok(cells.length >= 4);
  for (const c of cells) {
    assert.equal(c.label, JSON.stringify(c.column) + " / \"\"");
    assert.equal(c.display, "block");
    assert.ok(c.fits);
  }
  await context.close();
});

test("faq-toggle events carry the item id only", async () => {
  const { page, context } = await faqPage();
  await page.evaluate(() => {
    window.__toggles = [];
    document.addEventListener("iop:faq-toggle", (e) => window.__toggles.push({ target: e.target.id, detail: e.detail }));
  });
  await page.locator("#faq-en .iop-faq-button").first().click();
  const toggles = await page.evaluate(() => window.__toggles);
  assert.deepEqual(toggles, [{ target: "faq-en", detail: { id: "what-is-iop", open: true } }]);
  await context.close();
});

test("axe finds no violations with panels open, in both languages", async () => {
  const { page, context } = await faqPage();
  for (const host of ["#faq-en", "#faq-es", "#faq-all"]) {
    const buttons = page.locator(`${host} .iop-faq-button`);
    const n = await buttons.count();
    for (let i = 0; i < n; i++) {
      if ((await buttons.nth(i).getAttribute("aria-expanded")) === "false") await buttons.nth(i).click();
    }
    assert.deepEqual(await axe(page, host), [], host);
  }
  await context.close();
});

test("the checker's result opens the FAQ item it points to", async () => {
  const { page, context } = await openPage(env, "/www/index.html");
  await waitForWidgets(page);
  const { PATHS, answerAll } = await import("./flow.mjs");
  await answerAll(page, PATHS.iop.steps);
  await page.getByRole("button", { name: "How long does IOP last?" }).first().click();
  const header = page.locator(".iop-faq-button", { hasText: "How long does IOP last?" });
  assert.equal(await header.getAttribute("aria-expanded"), "true");
  assert.equal(await focused(page), await header.getAttribute("id"));
  await context.close();
});
