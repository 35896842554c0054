// Main-thread tasks from a DevTools trace, and which of them are the
// widget's: a task is the widget's when it runs the loader's script or the
// Wasm (a script event naming a file under /pkg/, or a Wasm compile). The
// layout and paint the browser does in its own tasks after the widget
// changed the DOM are not counted there; the page's whole main-thread time
// against the static page's covers them.

const CATEGORIES = ["devtools.timeline", "disabled-by-default-devtools.timeline"];

/** Starts a trace on the page's CDP session; `stop()` resolves to its events. */
export async function startTrace(cdp, categories = CATEGORIES) {
  const events = [];
  const collect = (d) => events.push(...d.value);
  cdp.on("Tracing.dataCollected", collect);
  await cdp.send("Tracing.start", { traceConfig: { includedCategories: categories }, transferMode: "ReportEvents" });
  return {
    async stop() {
      const complete = new Promise((resolve) => cdp.once("Tracing.tracingComplete", resolve));
      await cdp.send("Tracing.end");
      await complete;
      cdp.off("Tracing.dataCollected", collect);
      return events;
    },
  };
}

const isWidgetEvent = (e) => {
  const url = e.args?.data?.url || e.args?.data?.stackTrace?.[0]?.url || "";
  return url.includes("/pkg/") || e.name.startsWith("v8.wasm.");
};

/**
 * The page's tasks: RunTask events on the renderer main thread that parsed
 * `pageUrl`, each with its length in ms and whether it ran widget code.
 */
export function mainThreadTasks(events, pageUrl) {
  const mains = events.filter((e) => e.ph === "M" && e.name === "thread_name" && e.args?.name === "CrRendererMain");
  const key = (e) => `${e.pid}:${e.tid}`;
  const byThread = new Map(mains.map((m) => [key(m), []]));
  for (const e of events) if (e.ph === "X" && byThread.has(key(e))) byThread.get(key(e)).push(e);
  const parsed = (list) => list.some((e) => e.name === "ParseHTML" && e.args?.beginData?.url === pageUrl);
  const main = [...byThread.values()].find(parsed);
  if (!main) throw new Error(`the trace has no renderer main thread that parsed ${pageUrl}`);
  main.sort((a, b) => a.ts - b.ts);
  const tasks = main.filter((e) => e.name === "RunTask");
  // Events are sorted by start, so each task's nested events follow it.
  let i = 0;
  return tasks.map((t) => {
    while (i < main.length && main[i].ts < t.ts) i++;
    let widget = false;
    for (let j = i; j < main.length && main[j].ts < t.ts + t.dur; j++) if (isWidgetEvent(main[j])) { widget = true; break; }
    return { ms: t.dur / 1000, widget };
  });
}

/** Longest task, longest widget task and main-thread totals, in ms. */
export function taskSummary(tasks) {
  const longest = (list) => list.reduce((m, t) => Math.max(m, t.ms), 0);
  const widget = tasks.filter((t) => t.widget);
  return {
    longestTask: longest(tasks),
    longestWidgetTask: longest(widget),
    widgetTasksOver50: widget.filter((t) => t.ms >= 50).length,
    widgetMainThread: widget.reduce((s, t) => s + t.ms, 0),
    mainThread: tasks.reduce((s, t) => s + t.ms, 0),
  };
}
