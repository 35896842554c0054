// The checker end to end, found by role and name as a screen-reader user
// would: every outcome, the crisis interrupts, Back and Start over,
// keyboard only, Spanish, narrow screens and an axe audit at every step.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { setup, openPage, waitForWidgets, axe } from "./helpers.mjs";
import { PATHS, answer, answerAll, choose, next, resultTitle } from "./flow.mjs";

let env;
before(async () => { env = await setup(); });
after(async () => { await env?.close(); });

async function widget(options = {}) {
  const opened = await openPage(env, "/www/index.html", options);
  await waitForWidgets(opened.page);
  return opened;
}

for (const [id, path] of Object.entries(PATHS)) {
  test(`a full path reaches ${id}`, async () => {
    const { page, context, errors } = await widget();
    const outcomes = [];
    await page.evaluate(() => {
      window.__steps = [];
      document.addEventListener("iop:step", (e) => window.__steps.push(e.detail));
    });
    await answerAll(page, path.steps);
    if (path.then) await path.then(page);
    await resultTitle(page).waitFor();
    assert.equal(await resultTitle(page).textContent(), path.title);
    // The live region announces the result.
    assert.equal(await page.getByRole("status").textContent(), path.title);
    // INV-5: every result says "not a diagnosis" and names 988 and SAMHSA.
    const text = await page.locator(".iop-result").textContent();
    assert.match(text, /988/);
    // SAMHSA in full, with its TTY number, on every result.
    assert.match(text, /SAMHSA National Helpline/);
    assert.match(text, /1-800-662-4357/);
    assert.match(text, /TTY 1-800-487-4889/);
    // Focus moved to the result's title (on the emergency screen, its one heading).
    assert.ok(await page.evaluate(() => {
      const root = document.querySelector("[data-iop-widget]").shadowRoot;
      return root.activeElement?.classList.contains("iop-result-title");
    }));
    // INV-5 holds on the emergency screen too.
    assert.match(text, /This is not a diagnosis/);
    if (id === "emergency-now") {
      assert.equal(await page.getByRole("heading", { name: "Get help now", exact: true }).count(), 1);
    }
    // Step events name the part entered, nothing else: every full path
    // sends the same three, so their count tells nothing of the branches.
    const steps = await page.evaluate(() => window.__steps);
    assert.deepEqual(steps, id === "emergency-now" ? [] : [{ part: 2 }, { part: 3 }, { part: 4 }]);
    assert.deepEqual(errors, []);
    outcomes.push(id);
    await context.close();
  });
}

test("danger now replaces the flow at once, with 911 and 988 as links", async () => {
  const { page, context } = await widget();
  await answer(page, "Me (18 or older)");
  await choose(page, "Yes");
  // No Next press: the panel is already there and the question is gone.
  await page.getByRole("link", { name: "Call 911" }).waitFor();
  assert.equal(await page.getByRole("link", { name: "Call 911" }).getAttribute("href"), "tel:911");
  assert.equal(await page.getByRole("link", { name: "Call 988" }).getAttribute("href"), "tel:988");
  assert.equal(await page.getByRole("link", { name: "Text 988" }).getAttribute("href"), "sms:988");
  assert.equal(await page.getByRole("radio").count(), 0);
  // One heading, "Get help now", which has the focus; no second heading.
  const title = page.locator(".iop-emergency-title");
  assert.equal(await title.textContent(), "Get help now");
  assert.match(await title.evaluate((el) => el.tagName), /^H[1-6]$/);
  assert.ok(await title.evaluate((el) => el.classList.contains("iop-result-title")));
  await page.waitForFunction((el) => el.getRootNode().activeElement === el, await title.elementHandle(), { timeout: 3000 });
  assert.deepEqual(await page.locator(".iop-emergency").getByRole("heading").allTextContents(), ["Get help now"]);
  assert.equal(await page.getByText("Get help right now.").count(), 0);
  // Going back is possible, and the panel then goes away.
  await page.getByRole("button", { name: "Go back to the questions" }).click();
  assert.equal(await page.getByRole("link", { name: "Call 911" }).count(), 0);
  await context.close();
});

test("a self-harm answer keeps the 988 panel for the rest of the check and on the result", async () => {
  const { page, context } = await widget();
  await answerAll(page, ["Me (18 or older)", "No"]);
  assert.equal(await page.getByRole("complementary", { name: "988" }).count(), 0);
  await answer(page, "I prefer not to say");
  const steps = PATHS["learn-more"].steps.slice(3);
  for (const step of steps) {
    assert.equal(await page.getByRole("complementary", { name: "988" }).count(), 1, `988 panel before ${step}`);
    await answer(page, step);
  }
  assert.equal(await page.getByRole("complementary", { name: "988" }).count(), 1, "988 on the result");
  // INV-2: all-negative answers are lifted to IOP by the self-harm answer.
  assert.equal(await resultTitle(page).textContent(), "IOP may be a good fit");
  // The result opens with the same-day message, whose heading has the focus.
  const sameDay = page.locator(".iop-result > :first-child");
  assert.equal(await sameDay.evaluate((el) => el.matches("aside.iop-crisis-line.iop-same-day")), true);
  assert.equal(await page.locator(".iop-same-day-title").textContent(), "Please talk with someone today");
  await page.waitForFunction((el) => el.getRootNode().activeElement === el, await page.locator(".iop-same-day-title").elementHandle(), { timeout: 3000 });
  assert.equal(await page.getByRole("status").textContent(), "Please talk with someone today. IOP may be a good fit");
  await context.close();
});

test("Back keeps the earlier choice and Start over clears everything", async () => {
  const { page, context } = await widget();
  await answerAll(page, ["Someone I care about", "Yes, under 18"]);
  // The age question was asked, and the check moved on, speaking of "they".
  assert.equal(await page.locator(".iop-progress").textContent(), "Part 1 of 4: Getting started");
  assert.match(await page.locator(".iop-question").textContent(), /^Right now, are they in danger/);
  await page.getByRole("button", { name: "Back" }).click();
  assert.ok(await page.getByRole("radio", { name: "Yes, under 18" }).isChecked());
  await page.getByRole("button", { name: "Back" }).click();
  assert.ok(await page.getByRole("radio", { name: "Someone I care about" }).isChecked());
  await next(page);
  await page.getByRole("button", { name: "Start over" }).click();
  assert.equal(await page.locator(".iop-progress").textContent(), "Part 1 of 4: Getting started");
  assert.equal(await page.locator(".iop-question").textContent(), "Who is this check for?");
  assert.equal(await page.getByRole("radio", { checked: true }).count(), 0);
  await context.close();
});

test("the whole check can be done with the keyboard alone", async () => {
  const { page, context } = await widget();
  const active = () => page.evaluate(() => {
    let el = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    return { tag: el?.tagName, type: el?.type, text: el?.textContent?.trim().slice(0, 40), cls: el?.className };
  });
  // Tab from the top of the page into the widget's first answer.
  for (let i = 0; i < 30 && (await active()).type !== "radio"; i++) await page.keyboard.press("Tab");
  assert.equal((await active()).type, "radio");
  const steps = PATHS["learn-more"].steps;
  for (const [index, step] of steps.entries()) {
    const label = Array.isArray(step) ? step[0] : step;
    // Move within the group with the arrow keys until the wanted answer.
    for (let i = 0; i < 8; i++) {
      const name = await page.evaluate(() => {
        let el = document.activeElement;
        while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
        return el?.closest("label")?.textContent.trim();
      });
      if (name === label) break;
      await page.keyboard.press(Array.isArray(step) ? "Tab" : "ArrowDown");
    }
    await page.keyboard.press("Space");
    // Tab past the rest of the group to Next, then Enter.
    for (let i = 0; i < 8 && (await active()).text !== "Next"; i++) await page.keyboard.press("Tab");
    assert.equal((await active()).text, "Next");
    await page.keyboard.press("Enter");
    if (index < steps.length - 1) {
      // Focus moves to the new question's heading; Tab reaches its first answer.
      await page.waitForFunction(() => {
        let el = document.activeElement;
        while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
        return el?.classList.contains("iop-question");
      }, null, { timeout: 5000 }).catch(async (e) => {
        throw new Error(`after ${JSON.stringify(step)}: focus on ${JSON.stringify(await active())}, question ${await page.locator(".iop-question").textContent()}: ${e}`);
      });
      await page.keyboard.press("Tab");
    }
  }
  assert.equal(await resultTitle(page).textContent(), PATHS["learn-more"].title);
  await context.close();
});

test("Spanish from the browser's language, with the switch keeping the place", async () => {
  const { page, context } = await widget({ locale: "es-MX" });
  await page.getByRole("heading", { name: "¿Es IOP adecuado para mí?" }).waitFor();
  await answerAll(page, ["Para mí (18 años o más)", "No"]);
  assert.equal(await page.locator(".iop-progress").textContent(), "Parte 2 de 4: Ánimo y seguridad");
  assert.match(await page.locator(".iop-question").textContent(), /mejor muerto\(a\)/);
  await page.getByRole("button", { name: "English" }).click();
  assert.equal(await page.locator(".iop-progress").textContent(), "Part 2 of 4: Mood and safety");
  assert.match(await page.locator(".iop-question").textContent(), /better off dead/);
  await page.getByRole("button", { name: "Español" }).click();
  // Spanish emergency wording: press 2, text AYUDA.
  await page.getByRole("button", { name: "Atrás" }).click();
  await choose(page, "Sí");
  const panel = await page.locator(".iop-emergency").textContent();
  assert.match(panel, /oprima 2/);
  assert.equal(await page.getByRole("link", { name: "Enviar AYUDA al 988" }).getAttribute("href"), "sms:988?&body=AYUDA");
  await context.close();
});

test("axe finds no WCAG violations at any step or on the result", async () => {
  const { page, context } = await widget();
  const seen = [];
  const audit = async (where) => {
    const violations = await axe(page);
    assert.deepEqual(violations, [], `axe at ${where}: ${JSON.stringify(violations, null, 1)}`);
    seen.push(where);
  };
  await answerAll(page, PATHS.iop.steps, (step) => audit(JSON.stringify(step)));
  await audit("result");
  // An open FAQ item too.
  await page.getByRole("button", { name: "How is IOP different from PHP and outpatient care?" }).click();
  await audit("faq open");
  assert.equal(seen.length, PATHS.iop.steps.length + 2);
  await context.close();
});

test("works at 320 px wide and at 200% zoom with no sideways scroll", async () => {
  for (const [viewport, zoom] of [[{ width: 320, height: 640 }, 1], [{ width: 640, height: 800 }, 2]]) {
    const { page, context } = await widget({ viewport });
    if (zoom !== 1) await page.evaluate((z) => { document.documentElement.style.zoom = String(z); }, zoom);
    const overflow = await page.evaluate(() => {
      const root = document.querySelector("[data-iop-widget]").shadowRoot.querySelector(".iop");
      return root.scrollWidth - root.clientWidth;
    });
    assert.ok(overflow <= 0, `widget overflows by ${overflow}px at ${viewport.width}px x${zoom}`);
    const box = await page.getByRole("radio", { name: "Me (18 or older)" }).evaluate((el) => el.closest("label").getBoundingClientRect().height);
    assert.ok(box >= 44, `answer target is ${box}px tall`);
    await answer(page, "Me (18 or older)");
    await context.close();
  }
});

test("on a 320 px phone the 911 button reads on one line, in both languages", async () => {
  for (const [locale, who, yes, call] of [["en-US", "Me (18 or older)", "Yes", "Call 911"], ["es-US", "Para mí (18 años o más)", "Sí", "Llamar al 911"]]) {
    const { page, context } = await widget({ viewport: { width: 320, height: 640 }, locale });
    await answer(page, who);
    await choose(page, yes);
    const lines = await page.getByRole("link", { name: call }).evaluate((a) => {
      const range = document.createRange();
      range.selectNodeContents(a);
      return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
    });
    assert.equal(lines, 1, `"${call}" breaks over ${lines} lines`);
    await context.close();
  }
});

test("printing a result shows only the summary, and nothing of the host page", async () => {
  const { page, context } = await widget();
  await answerAll(page, PATHS.iop.steps);
  await page.evaluate(() => {
    window.print = () => { window.__marked = document.querySelector("[data-iop-widget]").hasAttribute("data-iop-printing"); };
  });
  await page.getByRole("button", { name: "Print or save this summary" }).click();
  assert.equal(await page.evaluate(() => window.__marked), true, "the widget is marked while the print dialog is open");
  assert.equal(await page.evaluate(() => document.querySelector("[data-iop-widget]").hasAttribute("data-iop-printing")), false);
  // Lay out as the print dialog would see it.
  await page.evaluate(() => document.querySelector("[data-iop-widget]").setAttribute("data-iop-printing", ""));
  await page.emulateMedia({ media: "print" });
  const seen = await page.evaluate(() => {
    const root = document.querySelector("[data-iop-widget]").shadowRoot;
    const shown = (sel) => { const el = root.querySelector(sel); return !!el && getComputedStyle(el).display !== "none"; };
    return {
      faq: shown(".iop-faq"), buttons: shown(".iop-result .iop-nav"), summary: shown(".iop-result"), bar: shown(".iop-bar"),
      hostHeading: getComputedStyle(document.querySelector("h1")).visibility,
      widget: getComputedStyle(root.querySelector(".iop-result-title")).visibility,
    };
  });
  assert.deepEqual(seen, { faq: false, buttons: false, summary: true, bar: false, hostHeading: "hidden", widget: "visible" });
  // Printed later from the browser's menu, the page is whole again.
  await page.evaluate(() => document.querySelector("[data-iop-widget]").removeAttribute("data-iop-printing"));
  assert.equal(await page.evaluate(() => getComputedStyle(document.querySelector("h1")).visibility), "visible");
  await context.close();
});

test("the page prints the intro, every FAQ answer, the phone and a QR code on one page", async () => {
  const { page, context } = await widget();
  await page.emulateMedia({ media: "print" });
  // The print footer is drawn a few tasks after mount, or as printing starts.
  await page.waitForFunction(() => document.querySelector("[data-iop-widget]").shadowRoot.querySelector(".iop-print-only .iop-qr"));
  const seen = await page.evaluate(() => {
    const root = document.querySelector("[data-iop-widget]").shadowRoot;
    const shown = (sel) => [...root.querySelectorAll(sel)].every((el) => getComputedStyle(el).display !== "none");
    return {
      intro: shown(".iop-intro"), form: shown(".iop-step"), panels: shown(".iop-faq-panel"),
      footer: shown(".iop-print-only"), qr: shown(".iop-print-only .iop-qr"),
      phone: root.querySelector(".iop-print-only").textContent.includes("404-555-0134"),
    };
  });
  assert.deepEqual(seen, { intro: true, form: false, panels: true, footer: true, qr: true, phone: true });
  // The widget alone prints on one A4 and on one Letter page.
  await page.evaluate(() => document.body.replaceChildren(document.querySelector("[data-iop-widget]")));
  for (const format of ["A4", "Letter"]) {
    const pdf = await page.pdf({ format, margin: { top: "10mm", bottom: "10mm", left: "12mm", right: "12mm" } });
    const pages = (pdf.toString("latin1").match(/\/Type\s*\/Page[^s]/g) || []).length;
    assert.equal(pages, 1, `${format}: ${pages} pages`);
  }
  await context.close();
});

test("the SAMHSA helpline shows once on a result, whether or not the partner offers the level suggested", async () => {
  for (const id of ["iop", "medical-care-first", "more-support-than-iop"]) {
    const { page, context } = await widget();
    await answerAll(page, PATHS[id].steps);
    await page.getByRole("heading", { name: PATHS[id].title }).waitFor();
    const count = await page.evaluate(() => document.querySelector("[data-iop-widget]").shadowRoot
      .querySelectorAll('.iop-result a[href="tel:+18006624357"]').length);
    assert.equal(count, 1, id);
    await context.close();
  }
});
