// Helpers that answer the check the way a person would: by the accessible
// names of radios, checkboxes and buttons.
export async function choose(page, label) {
  // click, not check: "Yes" to danger now replaces the radio at once.
  await page.getByRole("radio", { name: label, exact: true }).click();
}

export async function next(page) {
  await page.getByRole("button", { name: /^(Next|Siguiente)$/ }).click();
}

/** Answer one step: a label, or an array of checkbox labels. */
export async function answer(page, step) {
  if (Array.isArray(step)) {
    for (const label of step) await page.getByRole("checkbox", { name: label, exact: true }).check();
  } else {
    await choose(page, step);
  }
  await next(page);
}

export async function answerAll(page, steps, onStep) {
  for (const step of steps) {
    if (onStep) await onStep(step);
    await answer(page, step);
  }
}

export const resultTitle = (page) => page.locator(".iop-result-title");

const CALM_TAIL = ["No", "Yes", "Never had treatment", "Yes"]; // health, home, situation, time
const NO_MOOD = ["Not at all", "Not at all", "Not at all", "Not at all"];
const NO_USE = ["Never", "Never"]; // AUDIT-C item 1, the drug question

/** A path to each outcome, and the title it must show (question set v2). */
export const PATHS = {
  "learn-more": {
    steps: ["Me (18 or older)", "No", "Not at all", ...NO_MOOD, ...NO_USE, "Not at all", ...CALM_TAIL],
    title: "You may not need IOP right now",
  },
  outpatient: {
    steps: ["Me (18 or older)", "No", "Not at all",
      "More than half the days", "Several days", "Not at all", "Not at all", ...NO_USE, "Not at all", ...CALM_TAIL],
    title: "Outpatient care may be a good start",
  },
  iop: {
    steps: ["Me (18 or older)", "No", "Not at all",
      "More than half the days", "Several days", "Several days", "Not at all",
      "2-3 times a week", "3 or 4", "Monthly", "Male", "Never", ["Alcohol"], "No", "A little",
      "Somewhat", ...CALM_TAIL],
    title: "IOP may be a good fit",
  },
  "more-support-than-iop": {
    steps: ["Me (18 or older)", "No", "Not at all", ...NO_MOOD, ...NO_USE, "Not at all", "No", "No", "Never had treatment", "Yes"],
    title: "You may need more support than IOP",
  },
  "medical-care-first": {
    steps: ["Me (18 or older)", "No", "Not at all", ...NO_MOOD, "Never", "1 time or more",
      ["Benzos or sleeping pills"], "No", "A little", "Somewhat", ...CALM_TAIL],
    title: "Medical care comes first",
  },
  "emergency-now": {
    steps: ["Me (18 or older)"],
    then: async (page) => { await choose(page, "Yes"); },
    title: "Get help now",
  },
};
