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

/** A path to each outcome, and the title it must show. */
export const PATHS = {
  "learn-more": {
    steps: ["Me (18 or older)", "No", "Not at all", ["None of these"], ...NO_MOOD, "Not at all", ...CALM_TAIL],
    title: "You may not need IOP right now.",
  },
  outpatient: {
    steps: ["Me (18 or older)", "No", "Not at all", ["None of these"],
      "More than half the days", "Several days", "Not at all", "Not at all", "Not at all", ...CALM_TAIL],
    title: "Weekly outpatient care may be enough.",
  },
  iop: {
    steps: ["Me (18 or older)", "No", "Not at all", ["Alcohol"], "No", "A little",
      "2-3 times a week", "3 or 4", "Monthly", "Male",
      "More than half the days", "Several days", "Several days", "Not at all", "Somewhat", ...CALM_TAIL],
    title: "IOP may be a good fit.",
  },
  "more-support-than-iop": {
    steps: ["Me (18 or older)", "No", "Not at all", ["None of these"], ...NO_MOOD, "Not at all", "No", "No", "Never had treatment", "Yes"],
    title: "You may need more support than IOP.",
  },
  "medical-care-first": {
    steps: ["Me (18 or older)", "No", "Not at all", ["Benzos or sleeping pills"], "No", "A little", "1 time or more",
      ...NO_MOOD, "Somewhat", ...CALM_TAIL],
    title: "See a doctor first, before IOP.",
  },
  "emergency-now": {
    steps: ["Me (18 or older)"],
    then: async (page) => { await choose(page, "Yes"); },
    title: "Get help right now.",
  },
};
