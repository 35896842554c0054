// <iop-check> as frameworks use it: created before the script loads (and
// upgraded), attributes set after creation, moved between parents, an
// attribute changed after mount, removed; its children are the fallback.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { setup, openPage } from "./helpers.mjs";

let env;
before(async () => { env = await setup(); });
after(async () => { await env?.close(); });

const mounted = (page) => page.waitForFunction(() => document.querySelector("iop-check")?.hasAttribute("data-iop-loaded"), null, { timeout: 15000 });
const inRoot = (page, fn, arg) => page.evaluate(([src, arg]) => {
  const root = document.querySelector("iop-check").shadowRoot;
  return new Function("root", "arg", src)(root, arg);
}, [fn, arg]);

test("built as a framework builds it: mounts once, follows lang keeping the answer, survives a move, frees on removal", async () => {
  const { page, context, messages, errors } = await openPage(env, "/www/element.html");
  await mounted(page);
  // Attributes set after createElement/appendChild were read.
  assert.equal(await inRoot(page, "return root.querySelector('.iop').lang"), "en");
  assert.equal(await inRoot(page, "return !!root.querySelector('.iop-faq')"), false, "view=checker, set after creation");
  assert.equal(await page.evaluate(() => IOPCheck.instances()), 1);

  // Pick the first answer of the first question.
  await page.locator("iop-check input").first().check();
  assert.equal(await inRoot(page, "return root.querySelector('input').checked"), true);

  // Moved to another parent: same instance, answer kept.
  await page.evaluate(() => document.getElementById("right").appendChild(document.querySelector("iop-check")));
  await page.waitForTimeout(100);
  assert.equal(await page.evaluate(() => document.querySelector("iop-check").parentElement.id), "right");
  assert.equal(await page.evaluate(() => IOPCheck.instances()), 1);
  assert.equal(await inRoot(page, "return root.querySelector('input').checked"), true, "a move keeps the widget");

  // An attribute changed after mount: the language follows, the answer stays.
  await page.evaluate(() => document.querySelector("iop-check").setAttribute("lang", "es"));
  await page.waitForFunction(() => document.querySelector("iop-check").shadowRoot.querySelector(".iop").lang === "es");
  assert.equal(await inRoot(page, "return root.querySelector('input').checked"), true, "the answer survives the switch");
  assert.equal(await page.evaluate(() => IOPCheck.instances()), 1, "updated in place, not remounted");

  // A theme attribute changed after mount restyles it.
  await page.evaluate(() => document.querySelector("iop-check").setAttribute("brand", "#2f4f3a"));
  await page.waitForFunction(() => getComputedStyle(document.querySelector("iop-check")).getPropertyValue("--iop-brand").trim() === "#2f4f3a");
  // HTML's and the page's own attributes (id, class, aria-*, data-*) and
  // lang, an option here, are not reported as misspelt options.
  const warnings = messages.filter((m) => m.type === "warning").map((m) => m.text);
  assert.ok(!warnings.some((w) => /ignored (class|aria-describedby|data-track|id|lang|view|phone)=/.test(w)), warnings.join("\n"));

  // Removed: its instance is freed.
  await page.evaluate(() => document.querySelector("iop-check").remove());
  await page.waitForFunction(() => IOPCheck.instances().then((n) => n === 0).then((ok) => ok), null, { timeout: 5000 });
  assert.equal(await page.evaluate(() => IOPCheck.instances()), 0);
  assert.deepEqual(errors, []);
  await context.close();
});

test("an element created after the script, attributes set in the next statements, mounts with them", async () => {
  const { page, context, messages } = await openPage(env, "/www/element.html");
  await mounted(page);
  await page.evaluate(() => {
    const el = document.createElement("iop-check");
    el.id = "late";
    el.setAttribute("colour", "red");
    el.setAttribute("title", "Self-check");
    document.getElementById("left").appendChild(el);
    el.setAttribute("view", "faq");
    el.setAttribute("lang", "es");
    el.setAttribute("load", "eager");
  });
  await page.waitForFunction(() => document.getElementById("late").hasAttribute("data-iop-loaded"), null, { timeout: 15000 });
  const seen = await page.evaluate(() => {
    const root = document.getElementById("late").shadowRoot;
    return { lang: root.querySelector(".iop").lang, checker: !!root.querySelector(".iop-checker"), faq: !!root.querySelector(".iop-faq") };
  });
  assert.deepEqual(seen, { lang: "es", checker: false, faq: true });
  // A misspelt option warns with the nearest one; a global attribute does not.
  const warnings = messages.filter((m) => m.type === "warning").map((m) => m.text);
  assert.ok(warnings.some((w) => /ignored colour="red": not an option of IOP Check/.test(w)), warnings.join("\n"));
  assert.ok(!warnings.some((w) => /ignored title=/.test(w)), warnings.join("\n"));
  assert.equal(await page.evaluate(() => IOPCheck.instances()), 2);
  // IOPCheck.reload() finds a destroyed <iop-check> too.
  assert.equal(await page.evaluate(() => IOPCheck.destroy("#late")), true);
  assert.equal(await page.evaluate(() => IOPCheck.reload()), 1);
  await context.close();
});

test("the children are the fallback: shown without the script, and when the Wasm cannot load", async () => {
  for (const [what, block] of [["no script", "**/iop-widget.js"], ["no Wasm", "**/*.wasm"]]) {
    const { page, context } = await openPage(env);
    await page.route(block, (route) => route.fulfill({ status: 404, body: "" }));
    await page.goto(env.origin + "/www/element.html");
    await page.waitForFunction(() => document.readyState === "complete");
    if (what === "no Wasm") {
      await page.waitForFunction(() => {
        const root = document.querySelector("iop-check").shadowRoot;
        return root && root.innerHTML === "<slot></slot>";
      }, null, { timeout: 10000 });
    }
    assert.ok(await page.locator("iop-check .fallback").isVisible(), `fallback visible with ${what}`);
    await context.close();
  }
});
