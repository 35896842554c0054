// Narrow columns, zoom and print: the widget sized by its container, not
// the viewport. In a 200, 240 and 320 px sidebar column and at 400% zoom
// on a 1280 px screen (WCAG 1.4.10 reflow: 320 CSS px), every screen, in
// English and Spanish, fits inside the widget's border with no sideways
// scroll, the top bar's buttons never overlap and phone numbers stay on
// one line. Then print details: no focus ring on paper, a visible space
// before an appended address, and a full-width share panel.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { setup, openPage, waitForWidgets } from "./helpers.mjs";
import { PATHS, answer, answerAll, choose, resultTitle } from "./flow.mjs";

let env;
before(async () => { env = await setup(); });
after(async () => { await env?.close(); });

/** Everything wrong with the widget's layout right now, as strings. */
function problems(page) {
  return page.evaluate(() => {
    const root = document.querySelector("[data-iop-widget]").shadowRoot.querySelector(".iop");
    const out = [];
    const css = getComputedStyle(root);
    const box = root.getBoundingClientRect();
    // Inside the border, with half a pixel for rounding.
    const left = box.left + parseFloat(css.borderLeftWidth) - 0.5;
    const right = box.right - parseFloat(css.borderRightWidth) + 0.5;
    const name = (el) => el.tagName.toLowerCase() + (typeof el.className === "string" && el.className ? "." + el.className.trim().split(/\s+/).join(".") : "")
      + ` "${(el.textContent || "").trim().slice(0, 30)}"`;
    // Not drawn, or visually hidden (clipped to a pixel for screen readers).
    const unseen = (el) => {
      for (let e = el; e && e !== root.parentNode; e = e.parentElement) {
        const s = getComputedStyle(e);
        if (s.display === "none" || s.visibility === "hidden") return true;
        if (s.position === "absolute" && s.clip !== "auto") return true;
      }
      return false;
    };
    const outside = (r) => r.width + r.height > 0 && (r.right > right || r.left < left);
    for (const el of root.querySelectorAll("*")) {
      if (unseen(el)) continue;
      for (const r of el.getClientRects()) {
        if (outside(r)) { out.push(`${name(el)} spans ${Math.round(r.left - box.left)}..${Math.round(r.right - box.left)} of ${Math.round(box.width)}`); break; }
      }
    }
    // Text can overflow a box that fits (a long word in a narrow button).
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    const phone = /(\+?1-)?\(?\d{3}\)?[-. ]\d{3}-\d{4}|\(oprima 2\)/g;
    const lines = (node) => {
      const range = document.createRange();
      range.selectNodeContents(node);
      return new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top))).size;
    };
    for (let t; (t = walker.nextNode());) {
      if (!t.data.trim() || unseen(t.parentElement)) continue;
      const range = document.createRange();
      range.selectNodeContents(t);
      const r = [...range.getClientRects()].find(outside);
      if (r) out.push(`text "${t.data.trim().slice(0, 30)}" spans ${Math.round(r.left - box.left)}..${Math.round(r.right - box.left)} of ${Math.round(box.width)}`);
      // Phone numbers, and "(oprima 2)", are kept whole, on one line.
      for (const m of t.data.matchAll(phone)) {
        const whole = t.parentElement.closest("*");
        const kept = (() => {
          for (let e = t.parentElement; e && e !== root.parentNode; e = e.parentElement) {
            const s = getComputedStyle(e);
            if (s.whiteSpace === "nowrap" || s.textWrapMode === "nowrap") return e;
          }
          return null;
        })();
        const sub = document.createRange();
        sub.setStart(t, m.index);
        sub.setEnd(t, m.index + m[0].length);
        const n = new Set([...sub.getClientRects()].filter((q) => q.width > 0).map((q) => Math.round(q.top))).size;
        if (!kept) out.push(`"${m[0]}" in ${name(whole)} may break: not inside a nowrap element`);
        else if (lines(kept) > 1 || n > 1) out.push(`"${m[0]}" breaks over ${n} lines`);
      }
    }
    if (root.scrollWidth > root.clientWidth) out.push(`widget scrolls sideways: ${root.scrollWidth} > ${root.clientWidth}`);
    const doc = document.scrollingElement;
    if (doc.scrollWidth > doc.clientWidth) out.push(`page scrolls sideways: ${doc.scrollWidth} > ${doc.clientWidth}`);
    // The top bar's two buttons never overlap.
    const share = root.querySelector(".iop-share > button").getBoundingClientRect();
    const lang = root.querySelector(".iop-lang").getBoundingClientRect();
    if (share.left < lang.right && lang.left < share.right && share.top < lang.bottom && lang.top < share.bottom) {
      out.push(`"${root.querySelector(".iop-share > button").textContent}" overlaps "${root.querySelector(".iop-lang").textContent}"`);
    }
    return out;
  });
}

/** Check the screen in English, then in Spanish (the switch keeps the place). */
async function check(page, where, found, more) {
  for (const [lang, other] of [["en", "Español"], ["es", "English"]]) {
    for (const p of await problems(page)) found.push(`${where} (${lang}): ${p}`);
    for (const p of more ? await more(lang) : []) found.push(`${where}: ${p}`);
    await page.getByRole("button", { name: other, exact: true }).click();
  }
}

// The IOP path, with "I prefer not to say" to the self-harm item: the 988
// line during the check, and a result that opens with the same-day message.
const SAME_DAY = PATHS.iop.steps.map((s, i) => (i === 2 ? "I prefer not to say" : s));
const SUBSTANCES = SAME_DAY.findIndex(Array.isArray);

async function walk(page, atEmergency) {
  const found = [];
  await check(page, "first question", found);
  await answerAll(page, SAME_DAY.slice(0, SUBSTANCES));
  await page.getByRole("checkbox", { name: "Alcohol", exact: true }).waitFor();
  await check(page, "substances", found);
  await answerAll(page, SAME_DAY.slice(SUBSTANCES));
  await resultTitle(page).waitFor();
  assert.equal(await page.locator(".iop-same-day").count(), 1, "the result opens with the same-day message");
  await check(page, "same-day result", found);
  await page.getByRole("button", { name: "Share this" }).click();
  await page.locator(".iop-share-panel .iop-qr").waitFor();
  await check(page, "share panel", found);
  await page.getByRole("button", { name: "Share this" }).click();
  await page.getByRole("button", { name: "Start over" }).click();
  await answer(page, "Me (18 or older)");
  await choose(page, "Yes");
  await page.getByRole("link", { name: "Call 911" }).waitFor();
  await check(page, "emergency", found, atEmergency);
  await page.getByRole("button", { name: "How is IOP different from PHP and outpatient care?" }).click();
  await page.locator(".iop-table").waitFor();
  // The crisis item too: a phone number in running text.
  await page.getByRole("button", { name: "What should I do in a crisis right now?" }).click();
  await check(page, "FAQ compare and crisis", found);
  return found;
}

for (const width of [200, 240, 320]) {
  test(`in a ${width} px column every screen fits, in English and Spanish`, async () => {
    const { page, context, errors } = await openPage(env, "/www/narrow.html");
    await page.evaluate((w) => { document.getElementById("column").style.width = `${w}px`; }, width);
    await waitForWidgets(page);
    const found = await walk(page);
    assert.deepEqual(found, []);
    assert.deepEqual(errors, []);
    await context.close();
  });
}

for (const [how, options, zoom] of [
  // Browser zoom as WCAG 1.4.10 means it: 1280 x 1024 device pixels at
  // 400% leave a 320 x 256 CSS px viewport.
  ["browser zoom", { viewport: { width: 320, height: 256 }, deviceScaleFactor: 4 }, null],
  // CSS zoom on the page: the viewport stays 1280 px wide, so only the
  // widget's own width can tell it is narrow.
  ["page zoom", { viewport: { width: 1280, height: 1024 } }, "4"],
]) {
  test(`at 400% ${how} on a 1280 px screen every screen fits, in English and Spanish`, async () => {
    const context = await env.browser.newContext({ ...options, locale: "en-US" });
    const page = await context.newPage();
    await page.goto(env.origin + "/www/index.html");
    if (zoom) await page.evaluate((z) => { document.documentElement.style.zoom = z; }, zoom);
    // A screen this short holds the widget more than a screen below: it
    // loads as the person scrolls to it.
    await page.locator("#iop-check").scrollIntoViewIfNeeded();
    await waitForWidgets(page);
    const found = await walk(page, async (lang) => {
      // "Call 911" / "Llamar al 911" reads on one line, as on a 320 px phone.
      const lines = await page.locator(".iop-emergency .iop-call-911").evaluate((a) => {
        const range = document.createRange();
        range.selectNodeContents(a);
        return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
      });
      return lines === 1 ? [] : [`the 911 button breaks over ${lines} lines (${lang})`];
    });
    assert.deepEqual(found, []);
    await context.close();
  });
}

test("in a column with no width of its own the widget keeps a usable width", async () => {
  const { page, context } = await openPage(env, "/www/narrow.html");
  await waitForWidgets(page);
  // A flex item sized by its content, as a float or an auto grid track is.
  const width = await page.evaluate(() => {
    document.getElementById("column").style.width = "auto";
    return document.querySelector("[data-iop-widget]").shadowRoot.querySelector(".iop").getBoundingClientRect().width;
  });
  assert.ok(width >= 190, `the widget is ${width}px wide`);
  assert.deepEqual(await problems(page), []);
  await context.close();
});

test("the Spanish 988 button never leaves \"2)\" alone on a line, at any column width", async () => {
  const { page, context } = await openPage(env, "/www/narrow.html", { locale: "es-US" });
  await waitForWidgets(page);
  await answer(page, "Para mí (18 años o más)");
  await choose(page, "Sí");
  await page.getByRole("link", { name: "Llamar al 988 (oprima 2)" }).first().waitFor();
  const broken = await page.evaluate(() => {
    const a = document.querySelector("[data-iop-widget]").shadowRoot.querySelector('.iop-emergency a[href="tel:988"]');
    // The characters drawn on the link's last line.
    const lastLine = () => {
      const chars = [];
      const walker = document.createTreeWalker(a, NodeFilter.SHOW_TEXT);
      for (let t; (t = walker.nextNode());) {
        for (let i = 0; i < t.data.length; i++) {
          const r = document.createRange();
          r.setStart(t, i);
          r.setEnd(t, i + 1);
          const q = r.getClientRects()[0];
          if (q) chars.push([Math.round(q.top), t.data[i]]);
        }
      }
      const bottom = Math.max(...chars.map(([top]) => top));
      return chars.filter(([top]) => top === bottom).map(([, c]) => c).join("").trim();
    };
    const out = [];
    for (let w = 200; w <= 400; w += 4) {
      document.getElementById("column").style.width = `${w}px`;
      const line = lastLine();
      if (!line.endsWith("(oprima 2)")) out.push(`${w}px: "${line}"`);
    }
    return out;
  });
  assert.deepEqual(broken, []);
  await context.close();
});

test("a link-opened FAQ item prints with no focus ring", async () => {
  const { page, context } = await openPage(env, "/www/index.html#iop=1&faq=insurance");
  await waitForWidgets(page);
  const focused = () => page.evaluate(() => {
    const root = document.querySelector("[data-iop-widget]").shadowRoot;
    const el = root.activeElement;
    if (!el) return null;
    const s = getComputedStyle(el);
    return { id: el.id, visible: el.matches(":focus-visible"), outline: s.outlineStyle === "none" || parseFloat(s.outlineWidth) === 0 ? "none" : `${s.outlineStyle} ${s.outlineWidth}`, shadow: s.boxShadow };
  });
  await page.waitForFunction(() => document.querySelector("[data-iop-widget]").shadowRoot.activeElement?.id.endsWith("insurance-button"), null, { timeout: 5000 });
  const screen = await focused();
  assert.ok(screen.visible && screen.outline !== "none", `on screen the focus shows: ${JSON.stringify(screen)}`);
  await page.emulateMedia({ media: "print" });
  const paper = await focused();
  assert.equal(paper.outline, "none", JSON.stringify(paper));
  assert.equal(paper.shadow, "none", JSON.stringify(paper));
  await context.close();
});

test("in Spanish print an appended address keeps its space, on the FAQ and on a result", async () => {
  const { page, context } = await openPage(env, "/www/index.html");
  await waitForWidgets(page);
  // A result with the same-day message, where the 988 chat link is a button.
  await answerAll(page, SAME_DAY);
  await resultTitle(page).waitFor();
  await page.getByRole("button", { name: "Español" }).click();
  await page.emulateMedia({ media: "print" });
  const appended = await page.evaluate(() => {
    const root = document.querySelector("[data-iop-widget]").shadowRoot;
    return [...root.querySelectorAll("a")].map((a) => ({
      text: a.textContent,
      after: getComputedStyle(a, "::after").content,
      display: getComputedStyle(a).display,
    })).filter((a) => a.after.includes("(https"));
  });
  assert.ok(appended.some((a) => a.text === "Chat en 988lifeline.org/es"), JSON.stringify(appended));
  for (const a of appended) {
    // A breaking space before "(" may end a line; a collapsible space at the
    // start of a flex item is dropped: "988lifeline.org/es(https://…)".
    const nbsp = a.after.startsWith('"\u00a0(');
    assert.ok(nbsp || (a.after.startsWith('" (') && !/flex|grid/.test(a.display)), `"${a.text}" prints as ${a.after} (${a.display})`);
  }
  await context.close();
});

test("on a 360 px phone the share panel spans the widget, shows the whole link and says it starts over", async () => {
  for (const [locale, share, label] of [
    ["en-US", "Share this", "Link that opens this check from the start"],
    ["es-US", "Compartir", "Enlace que abre esta prueba desde el principio"],
  ]) {
    const { page, context } = await openPage(env, "/www/index.html", { viewport: { width: 360, height: 740 }, locale });
    await waitForWidgets(page);
    await page.getByRole("button", { name: share }).click();
    const field = page.getByRole("textbox", { name: label });
    await field.waitFor();
    const m = await field.evaluate((el) => {
      const root = el.getRootNode().querySelector(".iop");
      const s = getComputedStyle(root);
      const inner = root.clientWidth - parseFloat(s.paddingLeft) - parseFloat(s.paddingRight);
      const panel = root.querySelector(".iop-share-panel").getBoundingClientRect().width;
      return { inner, panel, scrollWidth: el.scrollWidth, clientWidth: el.clientWidth, scrollHeight: el.scrollHeight, clientHeight: el.clientHeight, value: el.value };
    });
    assert.ok(m.panel >= 0.9 * m.inner, `${locale}: panel ${m.panel}px of ${m.inner}px`);
    assert.ok(m.scrollWidth <= m.clientWidth && m.scrollHeight <= m.clientHeight, `${locale}: the link is cut off: ${JSON.stringify(m)}`);
    assert.match(m.value, /#iop=1&/);
    await context.close();
  }
});
