// Personas, walked as a screen-reader user would, by role and accessible
// name, in English and in Spanish (question set version 2): each question
// is found by its heading, in the order the person meets them, and each
// walk ends with the result's words, its crisis lines and an axe audit.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { setup, openPage, waitForWidgets, axe } from "./helpers.mjs";

let env;
before(async () => { env = await setup(); });
after(async () => { await env?.close(); });

// The words of src/content/en.rs and src/content/es.rs.
const LANGS = {
  en: {
    locale: "en-US",
    title: "Is IOP right for me?",
    next: "Next",
    parts: ["Part 1 of 4: Getting started", "Part 2 of 4: Mood and safety", "Part 3 of 4: Alcohol and drugs", "Part 4 of 4: Daily life"],
    notDiagnosis: "This is not a diagnosis",
    sameDay: { you: "Please talk with someone today", they: "Help them talk with someone today" },
    aboutThem: "the person you are helping",
    // Question headings, and the part each belongs to.
    you: {
      who: ["Who is this check for?", 0],
      danger: [/^Right now, are you in danger, thinking of ending your life/, 0],
      selfHarm: [/^Thoughts that you would be better off dead/, 1],
      phq1: ["Little interest or pleasure in doing things", 1],
      phq2: ["Feeling down, depressed, or hopeless", 1],
      gad1: ["Feeling nervous, anxious, or on edge", 1],
      gad2: ["Not being able to stop or control worrying", 1],
      audit1: ["How often do you have a drink containing alcohol?", 2],
      audit2: [/^How many standard drinks containing alcohol do you have/, 2],
      audit3: ["How often do you have six or more drinks on one occasion?", 2],
      sex: ["What sex were you assigned at birth?", 2],
      drug: [/^How many times in the past year have you used an illegal drug/, 2],
      substances: ["Which of these do you use on most days?", 2],
      impact: [/^How much do problems with mood, worry, alcohol or drugs get in the way of your work/, 3],
      health: [/^Do you have a health problem that is not under control/, 3],
      home: ["Is where you live safe, and does it support your recovery?", 3],
      situation: ["Which fits best?", 3],
      time: [/^Could you give about 3 days a week/, 3],
    },
    they: {
      theirAge: ["Is the person under 18?", 0],
      danger: [/^Right now, are they in danger, thinking of ending their life/, 0],
      selfHarm: [/^Thoughts that they would be better off dead or of hurting themselves/, 1],
      audit1: ["How often do they have a drink containing alcohol?", 2],
      drug: [/^How many times in the past year have they used an illegal drug/, 2],
      impact: [/^How much do problems with mood, worry, alcohol or drugs get in the way of their work/, 3],
      health: [/^Do they have a health problem that is not under control/, 3],
      home: ["Is where they live safe, and does it support their recovery?", 3],
      situation: ["Which fits them best?", 3],
      time: [/^Could they give about 3 days a week/, 3],
    },
  },
  es: {
    locale: "es-US",
    title: "¿Es IOP adecuado para mí?",
    next: "Siguiente",
    parts: ["Parte 1 de 4: Para empezar", "Parte 2 de 4: Ánimo y seguridad", "Parte 3 de 4: Alcohol y drogas", "Parte 4 de 4: Vida diaria"],
    notDiagnosis: "no es un diagnóstico",
    sameDay: { you: "Por favor, hable con alguien hoy", they: "Ayude a la persona a hablar con alguien hoy" },
    aboutThem: "la persona a la que usted ayuda",
    you: {
      who: ["¿Para quién es esta prueba?", 0],
      danger: [/^Ahora mismo, ¿está en peligro, piensa en quitarse la vida/, 0],
      selfHarm: [/^Pensamientos de que estaría mejor muerto\(a\)/, 1],
      phq1: ["Poco interés o placer en hacer cosas", 1],
      phq2: ["Se ha sentido decaído(a), deprimido(a) o sin esperanzas", 1],
      gad1: ["Se ha sentido nervioso(a), ansioso(a) o con los nervios de punta", 1],
      gad2: ["No ha sido capaz de parar o controlar su preocupación", 1],
      audit1: ["¿Con qué frecuencia consume alguna bebida alcohólica?", 2],
      audit2: [/^¿Cuántas consumiciones de bebidas alcohólicas suele realizar en un día/, 2],
      audit3: ["¿Con qué frecuencia toma 6 o más bebidas alcohólicas en un solo día?", 2],
      sex: ["¿Qué sexo le asignaron al nacer?", 2],
      drug: [/^¿Cuántas veces en el último año ha usado una droga ilegal/, 2],
      substances: ["¿Cuáles de estas usa casi todos los días?", 2],
      impact: [/^¿Cuánto le afectan los problemas de ánimo/, 3],
      health: [/^¿Tiene un problema de salud que no está bajo control/, 3],
      home: ["¿El lugar donde vive es seguro y le apoya en su recuperación?", 3],
      situation: ["¿Qué describe mejor su situación?", 3],
      time: [/^¿Podría dedicar unos 3 días a la semana/, 3],
    },
    they: {
      theirAge: ["¿La persona tiene menos de 18 años?", 0],
      danger: [/^Ahora mismo, ¿la persona está en peligro/, 0],
      audit1: ["¿Con qué frecuencia consume la persona alguna bebida alcohólica?", 2],
      drug: [/^¿Cuántas veces en el último año la persona ha usado una droga ilegal/, 2],
      impact: [/^¿Cuánto le afectan a la persona los problemas de ánimo/, 3],
      health: [/^¿La persona tiene un problema de salud/, 3],
      home: ["¿El lugar donde vive la persona es seguro y le apoya en su recuperación?", 3],
      situation: ["¿Qué describe mejor la situación de la persona?", 3],
      time: [/^¿La persona podría dedicar unos 3 días a la semana/, 3],
    },
  },
};

// On the path for someone else, no text may speak to the person answering
// as if they were the one being checked (INV-10). English: the phrases the
// brief names, and the other self-report forms that have an observer form.
const NOT_FOR_OBSERVERS = {
  en: ["yourself", "are you", "do you", "your life", "you have had", "you use",
    "have you been bothered", "you would be better off", "were you", "could you", "you are in danger",
    "I can't manage", "I want treatment", "Your result", "Please talk with someone today"]
    .map((p) => [p, new RegExp(`\\b${p.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\b`, "i")]),
  // Spanish "usted" shares its verbs with "la persona", so the self-report
  // sentences are named by the words only they have (case-sensitive).
  es: ["¿está en peligro", "ha tenido molestias", "¿Con qué frecuencia consume alguna", "¿Cuántas veces en el último año ha usado",
    "¿Cuánto le afectan los problemas", "¿Tiene un problema de salud", "¿El lugar donde vive es seguro", "¿Qué describe mejor su situación",
    "¿Podría dedicar", "No puedo con las tareas", "No estoy seguro(a) de querer", "Su resultado", "Por favor, hable con alguien hoy",
    "dijo que ha tenido", "Ha tenido pensamientos", "mientras usted vive en casa", "decirle qué atención necesita",
    "Revise su seguro", "Puede hablar con alguien ahora", "911 si está en peligro", "Si cree que podría actuar"]
    .map((p) => [p, { test: (text) => text.includes(p) }]),
};

const SCREENER_ITEMS = ["selfHarm", "phq1", "phq2", "gad1", "gad2"];

/** The widget's rendered text: what shows, not what is hidden. */
const visibleText = (page) => page.evaluate(() =>
  document.querySelector("[data-iop-widget]").shadowRoot.querySelector(".iop").innerText);

const focusedIn = (locator) => locator.evaluate((el) => el.getRootNode().activeElement === el);

/** Wait (up to 3 s) until the element has the focus; false if it never does. */
async function getsFocus(page, locator) {
  const handle = await locator.elementHandle();
  return page.waitForFunction((el) => el.getRootNode().activeElement === el, handle, { timeout: 3000 })
    .then(() => true, () => false);
}

async function open(lang, { path = "/www/index.html", viewport } = {}) {
  const opened = await openPage(env, path, { locale: LANGS[lang].locale, viewport });
  await waitForWidgets(opened.page);
  await opened.page.getByRole("heading", { name: LANGS[lang].title, exact: true }).waitFor();
  return opened;
}

function heading(page, name) {
  return page.getByRole("heading", { name, exact: typeof name === "string" });
}

/**
 * Answer each [question, answer] in turn: the question must be the one
 * showing (by its heading), in its part; `onPage` sees each page first.
 * An array answer ticks checkboxes.
 */
async function walk(page, lang, voice, steps, onPage) {
  const L = LANGS[lang];
  for (const [key, choice] of steps) {
    const [name, part] = (voice === "they" && L.they[key]) || L.you[key];
    const h = heading(page, name);
    await h.waitFor({ timeout: 5000 }).catch((e) => {
      throw new Error(`expected the question ${key} (${name}) before answering ${JSON.stringify(choice)}: ${e.message}`);
    });
    if (key !== "who") assert.ok(await getsFocus(page, h), `focus on the heading of ${key}`);
    assert.equal(await page.locator(".iop-progress").textContent(), L.parts[part], `progress at ${key}`);
    if (onPage) await onPage(key);
    if (Array.isArray(choice)) {
      for (const label of choice) await page.getByRole("checkbox", { name: label, exact: true }).check();
    } else {
      await page.getByRole("radio", { name: choice, exact: true }).click();
    }
    await page.getByRole("button", { name: L.next, exact: true }).click();
    await h.waitFor({ state: "detached" });
  }
}

/** What every persona's result must show (INV-5), and an axe run. */
async function commonResult(page, lang) {
  const result = page.locator(".iop-result");
  await result.waitFor();
  const text = await result.innerText();
  assert.match(text, /988/);
  assert.match(text, /SAMHSA/);
  assert.match(text, /1-800-662-4357/);
  assert.match(text, /TTY 1-800-487-4889/);
  assert.ok(text.includes(LANGS[lang].notDiagnosis), `"${LANGS[lang].notDiagnosis}" on the result`);
  const violations = await axe(page);
  assert.deepEqual(violations, [], `axe on the result: ${JSON.stringify(violations, null, 1)}`);
  return text;
}

/** The result opens with the same-day message, whose heading has the focus. */
async function opensWithSameDay(page, title, outcome) {
  const first = page.locator(".iop-result > *").first();
  assert.equal(await first.evaluate((el) => el.matches('aside.iop-crisis-line.iop-same-day[aria-label="988"]')), true,
    `the result's first element: ${await first.evaluate((el) => el.outerHTML.slice(0, 120))}`);
  const aside = page.getByRole("complementary", { name: "988" });
  assert.equal(await aside.count(), 1);
  const h = aside.getByRole("heading", { name: title, exact: true });
  assert.equal(await h.count(), 1);
  assert.equal(await h.evaluate((el) => el.classList.contains("iop-same-day-title")), true);
  assert.ok(await getsFocus(page, h), "focus on the same-day heading");
  assert.equal(await focusedIn(page.locator(".iop-result-title")), false);
  assert.equal(await page.getByRole("status").textContent(), `${title}. ${outcome}`);
  // 988 and 911 as links inside the message.
  assert.equal(await aside.getByRole("link", { name: /988/ }).first().getAttribute("href"), "tel:988");
  assert.equal(await aside.getByRole("link", { name: /911/ }).getAttribute("href"), "tel:911");
}

const STEPS = {
  // (a) A weekend binge drinker who never uses daily.
  bingeDrinker: {
    en: [["who", "Me (18 or older)"], ["danger", "No"], ["selfHarm", "Not at all"],
      ["phq1", "Not at all"], ["phq2", "Not at all"], ["gad1", "Not at all"], ["gad2", "Not at all"],
      ["audit1", "2-4 times a month"], ["audit2", "5 or 6"], ["audit3", "Monthly"], ["sex", "Female"], ["drug", "Never"],
      ["substances", ["None of these"]],
      ["impact", "Not at all"], ["health", "No"], ["home", "Yes"], ["situation", "Never had treatment"], ["time", "Yes"]],
    es: [["who", "Para mí (18 años o más)"], ["danger", "No"], ["selfHarm", "Ningún día"],
      ["phq1", "Ningún día"], ["phq2", "Ningún día"], ["gad1", "Ningún día"], ["gad2", "Ningún día"],
      ["audit1", "De 2 a 4 veces al mes"], ["audit2", "5 o 6"], ["audit3", "Mensualmente"], ["sex", "Femenino"], ["drug", "Nunca"],
      ["substances", ["Ninguna de estas"]],
      ["impact", "Nada"], ["health", "No"], ["home", "Sí"], ["situation", "Nunca ha tenido tratamiento"], ["time", "Sí"]],
  },
  // (b) Leaving hospital, feeling fine.
  leavingHospital: {
    en: [["who", "Me (18 or older)"], ["danger", "No"], ["selfHarm", "Not at all"],
      ["phq1", "Not at all"], ["phq2", "Not at all"], ["gad1", "Not at all"], ["gad2", "Not at all"],
      ["audit1", "Never"], ["drug", "Never"],
      ["impact", "Not at all"], ["health", "No"], ["home", "Yes"],
      ["situation", "Leaving the hospital, a live-in program or PHP"], ["time", "Yes"]],
    es: [["who", "Para mí (18 años o más)"], ["danger", "No"], ["selfHarm", "Ningún día"],
      ["phq1", "Ningún día"], ["phq2", "Ningún día"], ["gad1", "Ningún día"], ["gad2", "Ningún día"],
      ["audit1", "Nunca"], ["drug", "Nunca"],
      ["impact", "Nada"], ["health", "No"], ["home", "Sí"],
      ["situation", "Sale del hospital, de un programa residencial o de PHP"], ["time", "Sí"]],
  },
  // (c) A parent of a teen with thoughts of self-harm on several days.
  parentOfTeen: {
    en: [["who", "Someone I care about"], ["theirAge", "Yes, under 18"], ["danger", "No"], ["selfHarm", "Several days"],
      ["phq1", "Not at all"], ["phq2", "Not at all"], ["gad1", "Not at all"], ["gad2", "Not at all"],
      ["audit1", "Never"], ["drug", "Never"],
      ["impact", "Not at all"], ["health", "No"], ["home", "Yes"], ["situation", "Never had treatment"], ["time", "Yes"]],
    es: [["who", "Para un ser querido"], ["theirAge", "Sí, tiene menos de 18 años"], ["danger", "No"], ["selfHarm", "Varios días"],
      ["phq1", "Ningún día"], ["phq2", "Ningún día"], ["gad1", "Ningún día"], ["gad2", "Ningún día"],
      ["audit1", "Nunca"], ["drug", "Nunca"],
      ["impact", "Nada"], ["health", "No"], ["home", "Sí"], ["situation", "Nunca ha tenido tratamiento"], ["time", "Sí"]],
  },
  // (d) Thoughts of self-harm nearly every day, everything else calm.
  nearlyEveryDay: {
    en: [["who", "Me (18 or older)"], ["danger", "No"], ["selfHarm", "Nearly every day"],
      ["phq1", "Not at all"], ["phq2", "Not at all"], ["gad1", "Not at all"], ["gad2", "Not at all"],
      ["audit1", "Never"], ["drug", "Never"],
      ["impact", "Not at all"], ["health", "No"], ["home", "Yes"], ["situation", "Never had treatment"], ["time", "Yes"]],
    es: [["who", "Para mí (18 años o más)"], ["danger", "No"], ["selfHarm", "Casi todos los días"],
      ["phq1", "Ningún día"], ["phq2", "Ningún día"], ["gad1", "Ningún día"], ["gad2", "Ningún día"],
      ["audit1", "Nunca"], ["drug", "Nunca"],
      ["impact", "Nada"], ["health", "No"], ["home", "Sí"], ["situation", "Nunca ha tenido tratamiento"], ["time", "Sí"]],
  },
};

const OUTCOME = {
  en: { iop: "IOP may be a good fit", outpatient: "Outpatient care may be a good start", learnMore: "You may not need IOP right now" },
  es: { iop: "IOP puede ser una buena opción", outpatient: "La atención ambulatoria puede ser un buen comienzo", learnMore: "Puede que no necesite IOP ahora" },
};

for (const lang of ["en", "es"]) {
  test(`(${lang}) a weekend binge drinker is screened, offered only alcohol, and told to have it checked`, async () => {
    const { page, context, errors } = await open(lang);
    const words = {
      en: { offered: ["Alcohol", "None of these"], notOffered: ["Benzos or sleeping pills", "Opioids (heroin, fentanyl, or pain pills not as prescribed)", "Other drugs"],
        reason: "Your answers show signs of risky drinking that a provider should check.", withdrawal: [/^When you cut down before/, /^When you go without/] },
      es: { offered: ["Alcohol", "Ninguna de estas"], notOffered: ["Benzodiacepinas o pastillas para dormir", "Opioides (heroína, fentanilo o pastillas para el dolor sin seguir la receta)", "Otras drogas"],
        reason: "Sus respuestas muestran señales de un consumo de alcohol de riesgo que un profesional debe revisar.", withdrawal: [/^Cuando dejó de usar/, /^Cuando no usa/] },
    }[lang];
    let sawSubstances = false;
    await walk(page, lang, "you", STEPS.bingeDrinker[lang], async (key) => {
      if (key !== "substances") return;
      sawSubstances = true;
      // Only what applies: alcohol (she drinks) and "none of these"; no drug,
      // since the drug question was "never".
      assert.equal(await page.getByRole("checkbox").count(), words.offered.length);
      for (const label of words.offered) assert.equal(await page.getByRole("checkbox", { name: label, exact: true }).count(), 1, label);
      for (const label of words.notOffered) assert.equal(await page.getByRole("checkbox", { name: label, exact: true }).count(), 0, `${label} is not offered`);
      assert.equal(await page.getByRole("radio").count(), 0);
    });
    assert.ok(sawSubstances, "the most-days question was asked");
    const text = await commonResult(page, lang);
    // No withdrawal question was asked: the walk went from "most days" to daily life.
    for (const w of words.withdrawal) assert.equal(await heading(page, w).count(), 0);
    const title = await page.locator(".iop-result-title").textContent();
    assert.notEqual(title, OUTCOME[lang].learnMore, "more than 'you may not need IOP'");
    assert.equal(title, OUTCOME[lang].outpatient);
    assert.ok(text.includes(words.reason), `the reason "${words.reason}" in:\n${text}`);
    assert.equal(await page.locator(".iop-same-day").count(), 0);
    assert.ok(await getsFocus(page, page.locator(".iop-result-title")), "focus on the result's title");
    assert.deepEqual(errors, []);
    await context.close();
  });

  test(`(${lang}) a person leaving hospital who feels fine is told IOP may be a good fit`, async () => {
    const { page, context, errors } = await open(lang);
    await walk(page, lang, "you", STEPS.leavingHospital[lang]);
    const text = await commonResult(page, lang);
    assert.equal(await page.locator(".iop-result-title").textContent(), OUTCOME[lang].iop);
    assert.equal(await page.getByRole("status").textContent(), OUTCOME[lang].iop);
    assert.ok(await getsFocus(page, page.locator(".iop-result-title")), "focus on the result's title");
    const words = {
      en: ["You are leaving a higher level of care. Support matters most in the first weeks after.", "IOP is usually 9 to 19 hours a week."],
      es: ["Está saliendo de un nivel de atención más alto. El apoyo importa más en las primeras semanas después.", "IOP suele ser de 9 a 19 horas a la semana."],
    }[lang];
    for (const w of words) assert.ok(text.includes(w), `"${w}" in:\n${text}`);
    // Nothing asked for a same-day message or the 988 panel.
    assert.equal(await page.locator(".iop-same-day").count(), 0);
    assert.equal(await page.getByRole("complementary", { name: "988" }).count(), 0);
    assert.deepEqual(errors, []);
    await context.close();
  });

  test(`(${lang}) a parent of a teen with self-harm thoughts sees only words about "them"`, async () => {
    // The checker view alone, on a phone, so all the widget shows is the check.
    const { page, context, errors } = await open(lang, { path: "/www/index.html#iop=1&view=checker", viewport: { width: 360, height: 740 } });
    const L = LANGS[lang];
    const banned = NOT_FOR_OBSERVERS[lang];
    const scan = async (where) => {
      const text = await visibleText(page);
      for (const [phrase, re] of banned) {
        assert.ok(!re.test(text), `"${phrase}" shows on the ${where} page for someone else:\n${text}`);
      }
    };
    const scanned = [];
    await walk(page, lang, "they", STEPS.parentOfTeen[lang], async (key) => {
      if (key !== "who") await scan(key);
      scanned.push(key);
      if (SCREENER_ITEMS.includes(key)) {
        // A screener item keeps its words under a stem naming the person.
        const stem = await page.locator(".iop-stem").textContent();
        assert.ok(stem.includes(L.aboutThem), `stem at ${key}: ${stem}`);
      }
      if (["audit1", "drug"].includes(key)) {
        assert.ok((await page.locator(".iop-hint").first().textContent()).includes(L.aboutThem), `hint at ${key}`);
      }
      if (SCREENER_ITEMS.indexOf(key) > 0 || ["audit1", "drug", "impact", "health", "home", "situation", "time"].includes(key)) {
        // After "several days", the 988 line stays on every page.
        assert.equal(await page.getByRole("complementary", { name: "988" }).count(), 1, `988 at ${key}`);
      }
    });
    assert.equal(scanned.length, STEPS.parentOfTeen[lang].length);
    const text = await commonResult(page, lang);
    await scan("result");
    await opensWithSameDay(page, L.sameDay.they, OUTCOME[lang].iop);
    assert.equal(await page.locator(".iop-result-title").textContent(), OUTCOME[lang].iop);
    const words = {
      en: { kicker: "Result for the person you are helping", note: "This result is about the person you are helping.", teen: "For teens, IOP is 6 or more hours a week" },
      es: { kicker: "Resultado para la persona a la que usted ayuda", note: "Este resultado es sobre la persona a la que usted ayuda.", teen: "Para adolescentes, IOP es de 6 horas o más a la semana" },
    }[lang];
    assert.equal(await page.locator(".iop-kicker").textContent(), words.kicker);
    assert.ok((await page.locator(".iop-observer-note").textContent()).startsWith(words.note));
    assert.ok(text.includes(words.teen), `teen hours in:\n${text}`);
    assert.ok(!/9 to 19|de 9 a 19/.test(text), "no adult hours for a teen");
    if (process.env.PERSONA_SCREENSHOTS) {
      await page.screenshot({ path: `${process.env.PERSONA_SCREENSHOTS}/persona-c-${lang}.png`, fullPage: true });
    }
    assert.deepEqual(errors, []);
    await context.close();
  });

  test(`(${lang}) self-harm thoughts nearly every day open the result with a same-day message, at IOP`, async () => {
    const { page, context, errors } = await open(lang);
    const L = LANGS[lang];
    await walk(page, lang, "you", STEPS.nearlyEveryDay[lang], async (key) => {
      // The 988 line appears at once after the self-harm answer, and stays.
      const shown = await page.getByRole("complementary", { name: "988" }).count();
      assert.equal(shown, ["who", "danger", "selfHarm"].includes(key) ? 0 : 1, `988 at ${key}`);
    });
    await commonResult(page, lang);
    await opensWithSameDay(page, L.sameDay.you, OUTCOME[lang].iop);
    assert.equal(await page.locator(".iop-result-title").textContent(), OUTCOME[lang].iop);
    const reason = { en: "You have had thoughts of death or of hurting yourself, or chose not to say.",
      es: "Ha tenido pensamientos de muerte o de hacerse daño, o prefirió no decirlo." }[lang];
    const why = { en: "Why we suggest this", es: "Por qué sugerimos esto" }[lang];
    const reasons = page.getByRole("heading", { name: why, exact: true }).locator("xpath=following-sibling::ul[1]/li");
    assert.equal(await reasons.first().textContent(), reason, "the self-harm reason comes first");
    assert.deepEqual(errors, []);
    await context.close();
  });
}
