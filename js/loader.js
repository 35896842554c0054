/* IOP Check loader. The partner names this one script; it paints the
   first view, and fetches wasm-bindgen's glue (a file of its own beside
   it) and the Wasm when a widget's load mode fires. Nothing leaks into the
   page's globals except window.IOPCheck. */
(function () {
  "use strict";
  // Read before any await: currentScript is null once the script has run.
  var script = document.currentScript;
  var base = (script && script.src) || location.href;
  var WASM_FILE = "__WASM_FILE__";
  // The Wasm's sha384 (SRI), from the build: a file that differs is refused.
  var WASM_SRI = "__WASM_SRI__";
  var VERSION = "__VERSION__";
  // wasm-bindgen's glue and its sha384, from the build (scripts/build.mjs).
  var GLUE_FILE = "__GLUE_FILE__";
  var GLUE_SRI = "__GLUE_SRI__";

  var existing = window.IOPCheck;
  if (existing && existing.loaded) {
    // A second copy of the script: the first one owns the page.
    existing.reload();
    return;
  }
  var queue = (existing && existing.q) || [];

  // The first view (checker's first question and FAQ headings) rendered at
  // build time by the same components, painted before the Wasm arrives so
  // the first question shows as fast as static HTML would.
  var FIRST_VIEW = __FIRST_VIEW__;
  var HOSPITAL_INTRO = __HOSPITAL_INTRO__;
  var CSS = __CSS__;
  // What a painted view says while it waits for the Wasm ({en, es}).
  var LOADING = __LOADING__;
  // The load modes, the default and the Wasm's warning for a bad one, from
  // the Rust option table (src/bin/prerender.rs).
  var LOAD = __LOAD__;
  // The launcher's markup per language, its modes and what a label may be;
  // <iop-check>'s tag and attributes (src/bin/prerender.rs, from Rust).
  var LAUNCHER = __LAUNCHER__;
  var ELEMENT = __ELEMENT__;
  // Per placeholder with a launcher: its painted shell (see openLauncher).
  var launchers = new WeakMap();
  var launcherCount = 0;
  // How an option's raw value becomes a word, as src/config reads it: the
  // characters Rust's str::trim removes, and the invisible ones the config
  // refuses at a trimmed value's ends (src/bin/prerender.rs, from Rust).
  var WORD = __WORD__;
  var SPACE = new RegExp("^[" + WORD.space + "]+|[" + WORD.space + "]+$", "g");
  var INVISIBLE = new RegExp("[" + WORD.invisible + "]");
  var INVISIBLE_EDGE = new RegExp("^[" + WORD.invisible + "]|[" + WORD.invisible + "]$");
  var CONTROL = new RegExp("[" + LAUNCHER.controls + "]");
  var PRERENDERED = "data-iop-prerendered";
  // What the first view shows is decided in Rust (src/first_view): the
  // build emits these tables from the Rust rules, and the functions below
  // only look values up, add and compare. A value that is not an exact key
  // leaves that placeholder to the Wasm, which paints its own decision
  // (tests/e2e/parity.test.mjs holds them to first_view::decide).
  var DECIDE = __DECIDE__;

  // One stylesheet for every shadow root, painted or mounted by the Wasm.
  var sheet = null;
  function styles() {
    if (!sheet) {
      sheet = new CSSStyleSheet();
      sheet.replaceSync(CSS);
    }
    return sheet;
  }

  // A key's own entry in a table, never one inherited (toString).
  function own(table, key) {
    return Object.prototype.hasOwnProperty.call(table, key) ? table[key] : undefined;
  }
  // `raw` trimmed as the Rust config trims it; null when it then starts or
  // ends with an invisible character, which the config refuses.
  function wordOf(raw) {
    var word = String(raw).replace(SPACE, "");
    return INVISIBLE_EDGE.test(word) ? null : word;
  }
  // Whether every character of `s` is one of `chars`.
  function only(s, chars) {
    for (var i = 0; i < s.length; i++) if (chars.indexOf(s.charAt(i)) < 0) return false;
    return true;
  }

  // The visitor's language tags, most preferred first, as the Wasm reads them.
  function browserTags() {
    return Array.prototype.slice.call(navigator.languages || []).concat(navigator.language || []);
  }

  // A language tag's code; null when it names no language of ours;
  // undefined when the loader cannot tell.
  function langOf(tag) {
    var L = DECIDE.lang, end = 0;
    if (!only(tag, L.chars)) return undefined;
    while (end < tag.length && L.separators.indexOf(tag.charAt(end)) < 0) end++;
    var code = own(L.primary, tag.slice(0, end));
    return code === undefined ? null : code;
  }

  // The deep link in a fragment (format in src/link.rs): null when there is
  // none of ours, false when the loader cannot read it, else the fields it
  // sets, whether only the Wasm can show it, and the placeholder it is for.
  function linkOf(hash) {
    var L = DECIDE.link, parts = (hash.charAt(0) === "#" ? hash.slice(1) : hash).split("&");
    if (parts[0] !== L.head) return parts[0].indexOf(L.prefix) === 0 ? false : null;
    var link = { set: {}, wasm: false, target: null };
    for (var i = 1; i < parts.length; i++) {
      if (!parts[i]) continue;
      var at = parts[i].indexOf("=");
      if (at < 0) return false;
      var kind = own(L.keys, parts[i].slice(0, at)), value = parts[i].slice(at + 1);
      if (kind === undefined) return false;
      if (kind === "wasm") link.wasm = true;
      else if (kind === "target") {
        if (value.length < L.targetMin || value.length > L.targetMax || !only(value, L.targetChars)) return false;
        link.target = value;
      } else if (kind === "lang") {
        var code = langOf(value);
        if (code === undefined) return false;
        if (code) link.set.lang = code;
      } else if (kind !== "ignore") {
        if (own(DECIDE.words[kind], value) === undefined) return false;
        link.set[kind] = DECIDE.words[kind][value];
      }
    }
    return link;
  }

  // Each byte's linear light, summed from the table's curve: a digit per
  // byte, its step's change from the byte before's, plus one.
  var LINEAR = [];
  for (var li = 0, step = 0, sum = 0; li < 256; li++) LINEAR[li] = sum += step += DECIDE.brand.linearCurve.charCodeAt(li) - 49;
  // True when white text reads better than black on [r, g, b] (bytes):
  // Color::readable_text's integer sum. Also calls a host page dark.
  function isDark(rgb) {
    var B = DECIDE.brand, sum = 0;
    for (var i = 0; i < 3; i++) sum += B.weights[i] * LINEAR[Math.min(255, Math.max(0, Math.round(rgb[i])))];
    return sum < B.darkBelow;
  }
  // A brand colour written as the tables read it, and the text on it.
  function brandOf(raw) {
    var B = DECIDE.brand, width = (raw.length - 1) / 3, rgb = [], hex = B.mark;
    if (raw.charAt(0) !== B.mark || (width !== 1 && width !== 2)) return null;
    for (var i = 0; i < 3; i++) {
      var byte = 0;
      for (var j = 0; j < width; j++) {
        var digit = own(B.digits, raw.charAt(1 + i * width + j));
        if (digit === undefined) return null;
        byte = byte * 16 + digit;
      }
      rgb[i] = width === 1 ? byte * 17 : byte;
      hex += (rgb[i] < 16 ? "0" : "") + rgb[i].toString(16);
    }
    return { brand: hex, on: isDark(rgb) ? B.onDark : B.onLight };
  }
  // A font list of the table's characters, and a radius of its whole
  // numbers of a unit; null for anything else.
  function fontOf(raw) {
    var F = DECIDE.font, last = raw.length - 1;
    var edges = last >= 0 && F.edge.indexOf(raw.charAt(0)) >= 0 && F.edge.indexOf(raw.charAt(last)) >= 0;
    return edges && raw.length <= F.max && only(raw, F.chars) ? raw : null;
  }
  var RADII = {};
  for (var unit in DECIDE.radius.max) {
    for (var n = 0, max = DECIDE.radius.max[unit]; n <= max; n++) {
      RADII[n + unit] = true;
      // In tenths below the largest, and the largest with ".0".
      for (var d = 0; DECIDE.radius.tenths && d < (n < max ? 10 : 1); d++) RADII[n + "." + d + unit] = true;
    }
  }
  function radiusOf(raw) {
    return own(RADII, raw) ? raw : null;
  }

  // scheme="auto": light or dark to match the host page where `el` sits.
  // The one copy of this rule: it decides the painted first view, and the
  // Wasm asks it at every mount (useHostScheme below).
  //  1. A color-scheme the host declares for the placeholder (its own or
  //     inherited; with none, the page's <meta name="color-scheme">), if it
  //     names only light or only dark.
  //  2. Else the colour behind it: the backgrounds of the placeholder and
  //     its ancestors, from the nearest, seen through until one is opaque
  //     (translucent ones blended), else the canvas, dark only if the root
  //     declares dark (or light and dark, and the visitor prefers dark).
  //     Dark when white text would read better on it (isDark above).
  function declared(el) {
    var value = getComputedStyle(el).colorScheme || "normal";
    if (value === "normal") {
      var meta = document.querySelector("meta[name=color-scheme]");
      value = meta ? meta.content : "";
    }
    var d = /\bdark\b/.test(value), l = /\blight\b/.test(value);
    return d && l ? "both" : d ? "dark" : l ? "light" : null;
  }
  var pixel;
  // [r, g, b, alpha 0..1] of a computed colour; rgb() directly, any other
  // form (oklch(), color(srgb ...)) through a 1x1 canvas.
  function rgbaOf(css) {
    var m = /^rgba?\(([\d.]+), ([\d.]+), ([\d.]+)(?:, ([\d.]+))?\)$/.exec(css);
    if (m) return [+m[1], +m[2], +m[3], m[4] === undefined ? 1 : +m[4]];
    try {
      pixel = pixel || document.createElement("canvas").getContext("2d", { willReadFrequently: true });
      pixel.clearRect(0, 0, 1, 1);
      pixel.fillStyle = "transparent";
      pixel.fillStyle = css; // left transparent if the browser cannot read it
      pixel.fillRect(0, 0, 1, 1);
      var d = pixel.getImageData(0, 0, 1, 1).data;
      return [d[0], d[1], d[2], d[3] / 255];
    } catch (e) {
      return [0, 0, 0, 0];
    }
  }
  function hostScheme(el) {
    var own = declared(el);
    if (own === "light" || own === "dark") return own;
    var layers = [], node = el, rgba = null;
    while (node && node.nodeType === 1) {
      rgba = rgbaOf(getComputedStyle(node).backgroundColor);
      if (rgba[3] > 0) layers.push(rgba);
      if (rgba[3] >= 1) break;
      node = node.parentElement || (node.parentNode && node.parentNode.host);
    }
    var root = declared(document.documentElement);
    var canvas = root === "dark" || (root === "both" && matchMedia("(prefers-color-scheme: dark)").matches);
    var rgb = rgba && rgba[3] >= 1 ? layers.pop() : canvas ? [18, 18, 18] : [255, 255, 255];
    while (layers.length) {
      var top = layers.pop();
      rgb = [0, 1, 2].map(function (i) { return rgb[i] * (1 - top[3]) + top[i] * top[3]; });
    }
    return isDark(rgb) ? "dark" : "light";
  }
  // Decided once per painted placeholder: the Wasm's mount reuses it.
  var paintedScheme = new WeakMap();
  function schemeOf(el, scheme) {
    return scheme && scheme !== "auto" ? scheme : hostScheme(el);
  }
  // For the Wasm: true when `el` is to be dark.
  function darkAtMount(el) {
    return ((el.hasAttribute(PRERENDERED) && paintedScheme.get(el)) || hostScheme(el)) === "dark";
  }

  // The options of a queued IOPCheck("mount", el, options) for `el`; false
  // when one holds anything but text (the Wasm spells it out), or when it
  // is queued more than once (which options win is the scheduling's).
  function queuedOptions(el) {
    var found = [];
    queue.forEach(function (call) {
      var target = call && call[0] === "mount" ? call[1] : null;
      try { if (typeof target === "string") target = document.querySelector(target); } catch (e) { target = null; }
      if (target === el) found.push(call[2]);
    });
    var options = found[0];
    if (found.length > 1) return false;
    if (options === null || typeof options !== "object") return null;
    for (var key in options) {
      var value = own(options, key);
      if (value !== undefined && value !== null && typeof value !== "string") return false;
    }
    return options;
  }
  // What was given for an option row: the options' key, else the attribute.
  function givenFor(el, options, row) {
    var value = options && own(options, row[1]);
    return typeof value === "string" ? value : el.getAttribute(row[0]);
  }

  // What the first view of `el` shows, or null when only the Wasm can
  // show it as it will render it. Options the first view does not show
  // are not in DECIDE.options.
  function firstViewOf(el, link) {
    var options = queuedOptions(el), rows = DECIDE.options, view = {}, field;
    if (options === false) return null;
    for (field in DECIDE.defaults) view[field] = DECIDE.defaults[field];
    view.lang = view.brand = view.font = view.radius = null;
    for (var i = 0; i < rows.length; i++) {
      var raw = givenFor(el, options, rows[i]), how = rows[i][2], value;
      if (raw === null) continue;
      if (how === "wasm") return null;
      if (how === "lang") value = langOf(raw);
      else if (how === "brand") value = brandOf(raw);
      else if (how === "font") value = fontOf(raw);
      else if (how === "radius") value = radiusOf(raw);
      else value = own(DECIDE.words[how], raw);
      // A language tag naming none of ours leaves the browser's to decide.
      if (value === undefined || (value === null && how !== "lang")) return null;
      view[how] = value;
    }
    if (link && (link.target === null || link.target === el.id)) {
      if (link.wasm) return null;
      for (field in link.set) view[field] = link.set[field];
    }
    var tags = browserTags();
    for (var t = 0; view.lang === null && t < tags.length; t++) {
      view.lang = langOf(String(tags[t]));
      if (view.lang === undefined) return null;
    }
    if (view.lang === null) view.lang = DECIDE.defaults.lang;
    return view;
  }

  // Paints now, in the script's own run: a paint deferred to the next
  // animation frame showed up later (Chromium delays early frames).
  // `painted` counts the views on screen; the Wasm waits for the page's
  // load event only when there is one (see afterLoad).
  var painted = 0;
  function prepaint() {
    // Launchers first: a placeholder with a painted button is not painted again.
    paintLaunchers();
    var link = linkOf(location.hash);
    if (link === false || typeof CSSStyleSheet !== "function" || !("adoptedStyleSheets" in Document.prototype)) return;
    // Every reading first, then every paint: reading the host's styles
    // between paints would make the browser restyle the page each time.
    var todo = [];
    Array.prototype.forEach.call(document.querySelectorAll("[data-iop-widget]"), function (el) {
      if (el.shadowRoot || el.hasAttribute("data-iop-loaded")) return;
      var view = firstViewOf(el, link);
      if (view) {
        view.scheme = schemeOf(el, view.scheme);
        todo.push([el, view]);
      }
    });
    todo.forEach(function (t) { paint(t[0], t[1]); });
  }

  // Pages that enforce Trusted Types take the build-time markup and the
  // glue's URL through a policy named "iop-check" that passes only them. A
  // page whose CSP lists allowed policy names must add that one; otherwise
  // the view is not painted (the fallback stays until the Wasm paints it).
  // Made once, when first needed; null where it cannot be.
  var policy;
  function ourPolicy() {
    if (policy === undefined) {
      try {
        policy = window.trustedTypes ? trustedTypes.createPolicy("iop-check", {
          createHTML: function (s) { return s; },
          createScriptURL: function (s) {
            if (s !== glueUrl.href) throw new TypeError("iop-check passes only its own glue script");
            return s;
          }
        }) : null;
      } catch (e) {
        policy = null;
      }
    }
    return policy;
  }
  function trusted(html) {
    return ourPolicy() ? policy.createHTML(html) : html;
  }

  // The same custom properties the Wasm sets (src/embed/styles.rs).
  function themeHost(el, view) {
    if (view.brand) {
      el.style.setProperty("--iop-brand", view.brand.brand);
      el.style.setProperty("--iop-on-brand", view.brand.on);
    }
    if (view.font) el.style.setProperty("--iop-font", view.font);
    if (view.radius) el.style.setProperty("--iop-radius", view.radius);
  }

  function paint(el, view) {
    try {
      // A launcher's view goes into its dialog; an <iop-check> put back
      // in the page reuses its root.
      var shell = launchers.get(el);
      var root = el.shadowRoot || el.attachShadow({ mode: "open" });
      if (!shell) root.replaceChildren();
      root.adoptedStyleSheets = [styles()];
      var box = document.createElement("div");
      // Our own build-time markup; ids made unique per placeholder.
      box.innerHTML = trusted(FIRST_VIEW[view.lang].split("iop0-").join("iopp" + painted + "-"));
      // The markup has both parts and the general intro; the app renders
      // only the parts its view shows, and the hospital intro in that context.
      var drop = view.view === "faq" ? ".iop-checker" : view.view === "checker" ? ".iop-faq" : null;
      if (drop) box.querySelector(drop).remove();
      var intro = box.querySelector(".iop-intro");
      if (view.context !== DECIDE.defaults.context && intro) intro.textContent = HOSPITAL_INTRO[view.lang];
      box.querySelector(".iop").setAttribute("data-scheme", view.scheme);
      themeHost(el, view);
      // A polite region for "Loading…" where the view has none (the FAQ alone).
      var top = box.querySelector(".iop");
      if (!top.querySelector(".iop-live")) {
        var live = document.createElement("div");
        live.className = "iop-live";
        live.setAttribute("role", "status");
        live.setAttribute("aria-live", "polite");
        top.appendChild(live);
      }
      // On paper, the partner's fallback stands in for the view (style.css).
      if (!shell) {
        var paper = document.createElement("slot");
        paper.className = "iop-paper";
        box.appendChild(paper);
      }
      (shell ? root.querySelector(".iop-dialog-body") : root).appendChild(box);
      // Until the Wasm takes over, the painted controls answer here (see
      // answerPainted); a press on Next must not submit the page.
      root.addEventListener("submit", answerSubmit, true);
      root.addEventListener("click", answerPainted, true);
      el.setAttribute(PRERENDERED, "");
      paintedScheme.set(el, view.scheme);
      painted++;
    } catch (e) {
      // E.g. a Trusted Types policy list without ours: the fallback stays
      // and the Wasm paints the widget as soon as it can.
      if (el.shadowRoot && !el.hasAttribute(PRERENDERED)) showFallback(el.shadowRoot);
    }
  }

  // The painted view answers at once: radios and checkboxes are native,
  // FAQ headers open and close here, and Next, language and share show a
  // busy state and a polite "Loading…" and start the fetch. What the person
  // left (answers, open items, focus, one press of each busy button) is read
  // just before the takeover and replayed through the widget's own
  // handlers: final states, not clicks, so a double tap counts as seen.
  var INPUTS = "input";
  var FAQ_BUTTONS = ".iop-faq-button";
  var BUSY_BUTTONS = ".iop-bar button";
  var FOCUSABLE = "input, button";
  // Per painted root: the busy buttons pressed (by index) and whether Next was.
  var pressed = new WeakMap();
  var nextPressed = new WeakSet();
  function indexIn(root, selector, el) {
    return Array.prototype.indexOf.call(root.querySelectorAll(selector), el);
  }
  function loadingText(root) {
    var top = root.querySelector(".iop");
    return LOADING[top && top.lang] || LOADING.en;
  }
  function busy(root, button) {
    button.setAttribute("aria-disabled", "true");
    button.classList.add("iop-busy");
    var live = root.querySelector(".iop-live");
    if (live) live.textContent = loadingText(root);
  }
  function toggleFaq(root, button) {
    var open = button.getAttribute("aria-expanded") !== "true";
    button.setAttribute("aria-expanded", String(open));
    var panel = root.getElementById(button.getAttribute("aria-controls"));
    if (!panel) return;
    panel.hidden = !open;
    if (open && !panel.firstChild) {
      var line = document.createElement("p");
      line.className = "iop-faq-loading";
      line.textContent = loadingText(root);
      panel.appendChild(line);
    }
  }
  // The listeners stay on the shadow root the Wasm reuses: they act only
  // while the painted view is there.
  function answerPainted(e) {
    var root = e.currentTarget;
    if (!root.host.hasAttribute(PRERENDERED)) return;
    var button = e.target.closest && e.target.closest("button");
    if (!button || button.type === "submit") return;
    if (button.matches(FAQ_BUTTONS)) {
      toggleFaq(root, button);
    } else if (button.matches(BUSY_BUTTONS)) {
      if (!pressed.has(root)) pressed.set(root, []);
      var n = indexIn(root, BUSY_BUTTONS, button);
      if (pressed.get(root).indexOf(n) < 0) pressed.get(root).push(n);
      busy(root, button);
    }
    trigger(root.host, true);
  }
  function answerSubmit(e) {
    var root = e.currentTarget;
    if (!root.host.hasAttribute(PRERENDERED)) return;
    e.preventDefault();
    var next = root.querySelector("[type=submit]");
    nextPressed.add(root);
    if (next) busy(root, next);
    trigger(root.host, true);
  }
  // What the person left in `el`'s painted view, or null.
  function leftIn(el) {
    var root = el.shadowRoot;
    if (!el.hasAttribute(PRERENDERED) || !root) return null;
    var checked = [];
    Array.prototype.forEach.call(root.querySelectorAll(INPUTS), function (c, n) { if (c.checked) checked.push(n); });
    var open = Array.prototype.map.call(root.querySelectorAll(FAQ_BUTTONS), function (b) { return b.getAttribute("aria-expanded") === "true"; });
    return {
      el: el,
      checked: checked,
      open: open,
      presses: pressed.get(root) || [],
      focus: root.activeElement ? indexIn(root, FOCUSABLE, root.activeElement) : -1,
      next: nextPressed.has(root),
    };
  }
  function replayLeft(d, tries) {
    var root = d.el.shadowRoot;
    if (!root || d.el.hasAttribute(PRERENDERED) || !root.querySelector(".iop")) {
      // Not rendered yet (the scheduler yielded): look again shortly.
      if (tries < 20) setTimeout(function () { replayLeft(d, tries + 1); }, 16);
      return;
    }
    // Elements first, clicks after: a click may add buttons (share).
    var inputs = root.querySelectorAll(INPUTS);
    var faq = root.querySelectorAll(FAQ_BUTTONS);
    var bar = root.querySelectorAll(BUSY_BUTTONS);
    var focus = root.querySelectorAll(FOCUSABLE)[d.focus];
    var presses = d.presses.map(function (n) { return bar[n]; });
    var submit = root.querySelector("[type=submit]");
    d.checked.forEach(function (n) { if (inputs[n] && !inputs[n].checked) inputs[n].click(); });
    d.open.forEach(function (open, n) {
      if (faq[n] && (faq[n].getAttribute("aria-expanded") === "true") !== open) faq[n].click();
    });
    if (focus) focus.focus();
    presses.forEach(function (b) { if (b) b.click(); });
    if (d.next && submit) submit.click();
  }

  // A <slot> shows the partner's fallback (the host's own children) again.
  function showFallback(root) {
    root.replaceChildren(document.createElement("slot"));
  }
  // Put the fallback back wherever a first view was painted.
  function unpaint() {
    var list = document.querySelectorAll("[" + PRERENDERED + "]");
    for (var i = 0; i < list.length; i++) {
      showFallback(list[i].shadowRoot);
      list[i].removeAttribute(PRERENDERED);
    }
  }

  function warn(message) {
    if (window.console) console.warn("IOP Check: " + message);
  }

  function emit(el, code, message) {
    try {
      el.dispatchEvent(new CustomEvent("iop:error", {
        bubbles: true, composed: true, detail: { code: code, message: message }
      }));
    } catch (e) { /* very old browser: the fallback stays, nothing else to do */ }
  }

  // The partner's fallback HTML stays; every placeholder hears why.
  function fail(code, message) {
    unpaint();
    if (window.console) console.error("IOP Check: " + message);
    var list = document.querySelectorAll("[data-iop-widget], " + ELEMENT.name);
    for (var i = 0; i < list.length; i++) emit(list[i], code, message);
  }

  function domReady() {
    return new Promise(function (resolve) {
      if (document.readyState === "loading") {
        document.addEventListener("DOMContentLoaded", function () { resolve(); }, { once: true });
      } else {
        resolve();
      }
    });
  }

  // Where a first view is painted, the Wasm is fetched once the host page
  // has loaded: a fetch in flight holds back the page's load event. A slow
  // page waits at most LOAD_WAIT_MS; without a painted view it starts now.
  var LOAD_WAIT_MS = 1500;
  function afterLoad() {
    return new Promise(function (resolve) {
      if (document.readyState === "complete" || !painted) return resolve();
      window.addEventListener("load", function () { resolve(); }, { once: true });
      setTimeout(resolve, LOAD_WAIT_MS);
    });
  }

  // A partner hosting the .wasm elsewhere names it on the script tag.
  var wasmAttr = script && script.getAttribute("data-iop-wasm");
  prepaint();
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", prepaint, { once: true });

  // Loaded from a CDN's npm path by a range (".../iop-check@0.1/..."), the
  // Wasm comes from this loader's exact version: a range may resolve to a
  // newer release there, whose folder lacks this loader's Wasm.
  var pinned = base.replace(/\/iop-check@[^/]+\//, "/iop-check@" + VERSION + "/");
  var wasmUrl = new URL(wasmAttr || WASM_FILE, pinned);
  // The glue is script, so it stays beside this loader whatever data-iop-wasm says.
  var glueUrl = new URL(GLUE_FILE, pinned);
  // One of the widget's files, with CORS as a crossorigin script tag would
  // fetch it, and checked against `integrity` when one is given.
  function fetchOurs(url, integrity) {
    return fetch(url, { integrity: integrity, mode: "cors", credentials: "same-origin" });
  }
  // What became of the Wasm, for the error and for IOPCheck.debug().
  var wasmSeen = { requested: false, integrity: null };
  // The Response promise goes to the glue's init, which compiles it as it
  // streams in. The integrity holds wherever the Wasm is (data-iop-wasm too).
  function fetchWasm() {
    wasmSeen.requested = true;
    return fetchOurs(wasmUrl, WASM_SRI).then(function (r) {
      wasmSeen.integrity = "matches";
      return r;
    });
  }
  // A fetch refused for its integrity looks like a network failure, so the
  // file is fetched again without it: if it arrives, it is not this build's.
  function notOurs(url, failed, deploy) {
    return fetchOurs(url).then(function (r) {
      return !r.ok ? failed : {
        code: "wasm-integrity",
        message: url.href + " does not match this loader (its integrity check failed), so it was not run. Deploy " + deploy
      };
    }, function () { return failed; });
  }
  // Why the Wasm did not run, as { code, message }.
  function wasmFault(e) {
    var hint = /unsafe-eval|Content Security Policy|CompileError/i.test(String(e))
      ? " The page's Content-Security-Policy must allow script-src " + wasmUrl.origin + " 'wasm-unsafe-eval' and connect-src " + wasmUrl.origin + "."
      : " Check that " + wasmUrl.href + " is deployed beside iop-widget.js and served as application/wasm" +
        (wasmUrl.origin === location.origin ? "." : ", with Access-Control-Allow-Origin (it is on another origin).");
    var failed = { code: "wasm-load-failed", message: "could not load the widget (" + e + ")." + hint };
    if (wasmSeen.integrity) return Promise.resolve(failed);
    return notOurs(wasmUrl, failed, "the .wasm from the same build as the iop-widget script" +
      (wasmAttr ? ", and name that file in data-iop-wasm." : ", beside it.")).then(function (f) {
      if (f !== failed) wasmSeen.integrity = "does not match";
      return f;
    });
  }

  // wasm-bindgen's glue: loaded as a script with its integrity, which hands
  // its init function to IOPCheck._glue (scripts/build.mjs wraps it so). A
  // page whose Trusted Types policy list refuses ours cannot take a script
  // URL from us; import() is not a Trusted Types sink, so there the glue is
  // fetched once with its integrity and then imported.
  var glue = null;
  var glueSeen = { requested: false, via: null, took: null };
  function loadGlue() {
    glueSeen.requested = true;
    return new Promise(function (resolve, reject) {
      glueSeen.took = resolve;
      var el = document.createElement("script");
      try {
        el.src = ourPolicy() ? policy.createScriptURL(glueUrl.href) : glueUrl.href;
      } catch (e) {
        glueSeen.via = "import()";
        fetchOurs(glueUrl, GLUE_SRI).then(function () {
          return import(glueUrl.href);
        }).then(function () {
          if (glueSeen.took) reject(new Error("the glue ran but did not hand over"));
        }, reject);
        return;
      }
      glueSeen.via = "script";
      el.integrity = GLUE_SRI;
      el.crossOrigin = "anonymous";
      el.onload = function () { if (glueSeen.took) reject(new Error("the glue ran but did not hand over")); };
      el.onerror = function () { reject(new Error("the script did not load")); };
      (document.head || document.documentElement).appendChild(el);
    });
  }
  // Why the glue did not run. A glue that passes its integrity as a fetch
  // was refused as a script: missing from the CSP's script-src, most likely.
  function glueFault(e) {
    var failed = function (fix) {
      return { code: "wasm-load-failed", message: "could not load the widget's script " + glueUrl.href + " (" + e + "). " + fix };
    };
    return fetchOurs(glueUrl, GLUE_SRI).then(function () {
      return failed("It is deployed and matches, so the page's Content-Security-Policy refused it: add its folder, " + new URL(".", glueUrl).href + ", to script-src.");
    }, function () {
      return notOurs(glueUrl, failed("Deploy it beside iop-widget.js."), "every file of the same build as the iop-widget script, side by side.");
    });
  }
  // Reports a fault once the page is ready; `ready` stays rejected.
  function giveUp(fault, e) {
    wasmSeen.failed = true;
    return fault.then(function (f) {
      domReady().then(function () { fail(f.code, f.message); });
      throw e;
    });
  }

  // The Wasm, fetched, compiled and set up the first time a widget needs it
  // (its trigger fired, or an API call), never before.
  var ready = null;
  function wasm() {
    if (ready) return ready;
    if (typeof WebAssembly !== "object" || typeof Promise !== "function") {
      ready = Promise.reject(new Error("no-wasm"));
      domReady().then(function () {
        fail("no-wasm", "this browser cannot run WebAssembly, so the page's own fallback content is shown.");
      });
      return ready;
    }
    // Both requests at once; a failed fetch is reported through the init.
    var response = fetchWasm();
    response.catch(function () {});
    ready = loadGlue().then(function (took) {
      glue = took.init;
      // The print rules come with the glue, at the end of the one sheet.
      try { styles().insertRule(took.printCss, styles().cssRules.length); } catch (e) { warn("print styles could not be applied (" + e + ")."); }
      return glue({ module_or_path: response }).then(null, function (e) { return giveUp(wasmFault(e), e); });
    }, function (e) {
      return giveUp(glueFault(e), e);
    }).then(function () {
      // Before any mount: every shadow root adopts this one sheet.
      try { glue.useStyles(styles()); } catch (e) { warn("styles could not be applied (" + e + ")."); }
      glue.useHostScheme(darkAtMount);
      wasmStarted();
      return domReady();
    }).then(function () {
      // Watches the page (links followed, removed widgets freed); mounts
      // only placeholders the loader does not hold.
      glue.scan();
    });
    return ready;
  }

  function whenReady(fn) {
    return wasm().then(fn, function () { return false; });
  }

  // Load modes (data-iop-load, or the load option of mount): when each
  // placeholder's trigger fires, the Wasm is fetched (once for the page)
  // and that placeholder alone is mounted. Until then it carries HELD, so
  // the Wasm's scan leaves it alone. Intent on a widget (pointer, touch,
  // focus) fires it at once, whatever the mode.
  var HELD = "data-iop-held";
  var INTENT = ["pointerenter", "touchstart", "focusin"];
  var IDLE_TIMEOUT_MS = 3000;
  var held = new Map();
  var warnedLoad = {};
  // The mode `raw` names; a bad one warns once, in the Wasm's words, and
  // gives the default.
  function loadModeOf(raw, via) {
    var mode = wordOf(raw);
    if (LOAD.modes.indexOf(mode) >= 0) return mode;
    var shown = Array.from(String(raw)).map(function (c) { return /[\u0000-\u001f\u007f-\u009f]/.test(c) ? "?" : c; });
    var line = LOAD.warning[via][0] + shown.slice(0, 80).join("") + (shown.length > 80 ? "…" : "") + LOAD.warning[via][1];
    if (!warnedLoad[line] && window.console) console.warn(line);
    warnedLoad[line] = true;
    return LOAD.default;
  }
  var observer = null;
  function watchVisible(el) {
    if (typeof IntersectionObserver !== "function") return trigger(el, false);
    // About a screen ahead, so the widget is ready when it scrolls in.
    observer = observer || new IntersectionObserver(function (entries) {
      entries.forEach(function (e) { if (e.isIntersecting) trigger(e.target, false); });
    }, { rootMargin: "100% 0px" });
    observer.observe(el);
  }
  function whenIdle(el, entry) {
    // quiet() drops `cancel`, and with it this trigger.
    var fire = function () { if (entry.stop.indexOf(cancel) >= 0) trigger(el, false); };
    var cancel = function () {};
    entry.stop.push(cancel);
    afterLoad().then(function () {
      if (window.requestIdleCallback) requestIdleCallback(fire, { timeout: IDLE_TIMEOUT_MS });
      else setTimeout(fire, 1);
    });
  }
  // Holds `el` until its mode's trigger (or intent) fires; resolves to
  // whether it mounted. `options` (of mount) go to the Wasm as given; a
  // later hold of the same element (a mount call) replaces mode and options.
  function hold(el, mode, options) {
    var entry = held.get(el);
    if (!entry) {
      entry = { stop: [] };
      entry.mounted = new Promise(function (resolve) { entry.resolve = resolve; });
      held.set(el, entry);
      el.setAttribute(HELD, "");
    }
    entry.options = options;
    entry.mode = mode;
    if (entry.fired) return entry.mounted;
    quiet(el, entry);
    var on = function (type) {
      var fire = function () { trigger(el, true); };
      el.addEventListener(type, fire, { passive: true });
      entry.stop.push(function () { el.removeEventListener(type, fire, { passive: true }); });
    };
    INTENT.forEach(on);
    // A launcher loads on intent or when it is opened, whatever its mode.
    if (launchers.has(el)) return entry.mounted;
    if (mode === "interaction") on("keydown");
    else if (mode === "visible") watchVisible(el);
    else if (mode === "idle") whenIdle(el, entry);
    else if (mode === "eager") trigger(el, false);
    return entry.mounted;
  }
  // Stops listening for `el`'s triggers.
  function quiet(el, entry) {
    entry.stop.forEach(function (stop) { stop(); });
    entry.stop = [];
    if (observer) observer.unobserve(el);
  }
  // Fetch (at once for intent, else after the page's load) and mount `el`.
  function trigger(el, urgent) {
    var entry = held.get(el);
    if (!entry || entry.fired) return;
    entry.fired = true;
    quiet(el, entry);
    (urgent ? Promise.resolve() : afterLoad()).then(wasm).then(function () { return inTurn(el); }, function () { entry.resolve(false); });
  }
  // Each mount runs in a task of its own, after the one that set the Wasm
  // up: a takeover is a long render, and a page of widgets would otherwise
  // hold the main thread for all of them at once.
  var turns = Promise.resolve();
  function nextTask() {
    return new Promise(function (resolve) {
      if (window.scheduler && typeof scheduler.postTask === "function") scheduler.postTask(resolve, { priority: "user-visible" });
      else setTimeout(resolve, 0);
    });
  }
  // Resolves to whether `el` mounted, in its turn.
  function inTurn(el) {
    var mounted = turns.then(nextTask).then(function () { return takeOver(el); });
    turns = mounted.catch(function () {});
    return mounted;
  }
  // Mount `el` now, from what the person left in its painted view.
  function takeOver(el) {
    var entry = held.get(el);
    if (!entry) return false;
    held.delete(el);
    var left = leftIn(el);
    el.removeAttribute(HELD);
    var mounted = false;
    // With the mode settled here: a bad one was reported already, and the
    // option wins over the attribute, so the Wasm does not warn again.
    var options = { load: entry.mode };
    for (var k in entry.options || {}) if (k !== "load") options[k] = entry.options[k];
    try { mounted = glue.mount(el, options); } catch (e) { warn("mount failed (" + e + ")."); }
    entry.resolve(mounted);
    // Yew renders in a microtask queued by the mount; this one runs after.
    if (mounted && left) Promise.resolve().then(function () { replayLeft(left, 0); });
    return mounted;
  }
  // Every placeholder on the page not yet mounted or held, by its attribute.
  function holdPage() {
    Array.prototype.forEach.call(document.querySelectorAll("[data-iop-widget]"), function (el) {
      if (el.hasAttribute("data-iop-loaded") || held.has(el)) return;
      var raw = el.getAttribute("data-iop-load");
      hold(el, raw === null ? LOAD.default : loadModeOf(raw, "attribute"));
    });
  }

  // What each mount read, reported by the Wasm (src/embed/report.rs): the
  // warnings its options gave (for debug) and whether analytics is on.
  var reports = new WeakMap();
  // In the ready chain, once the Wasm is instantiated.
  function wasmStarted() {
    wasmSeen.running = true;
    glue.useMountReport(mounted);
  }
  function mounted(el, report) {
    reports.set(el, report);
    if (report.analytics) track(el, report.referral);
  }

  // Analytics (data-iop-analytics="datalayer"): milestones pushed to
  // window.dataLayer, never an answer, a question or a part. The check
  // opens on its first question, so it starts with the first answer
  // chosen; it completes when its result shows, once per start (going
  // back to the result again is not a second check; a changed answer or
  // Start over then the result is). Contact clicks are the result's
  // partner links (data-contact). The outcome rides along only as
  // iop:result carries it, that is with share-outcome.
  var tracked = new WeakMap();
  function track(el, referral) {
    var t = tracked.get(el);
    if (t) {
      // Mounted again: a new instance, a new check.
      t.referral = referral;
      t.started = false;
      return;
    }
    t = { referral: referral, started: false };
    tracked.set(el, t);
    var root = el.shadowRoot;
    function push(event, extra) {
      var all = document.querySelectorAll("[data-iop-widget], [data-iop-loaded]");
      var data = { event: event, iop_widget: el.id || Array.prototype.indexOf.call(all, el) };
      if (t.referral) data.iop_referral = t.referral;
      for (var k in extra) data[k] = extra[k];
      (window.dataLayer = window.dataLayer || []).push(data);
    }
    root.addEventListener("change", function (e) {
      if (t.started || !e.target.closest(".iop-checker")) return;
      t.started = true;
      push("iop_check_start");
    });
    root.addEventListener("click", function (e) {
      var link = e.target.closest && e.target.closest("a[data-contact]");
      if (link) push("iop_contact_click", { iop_contact: link.getAttribute("data-contact") });
    });
    el.addEventListener("iop:result", function (e) { t.outcome = e.detail.outcome; });
    new MutationObserver(function () {
      if (!t.started || !root.querySelector(".iop-result")) return;
      t.started = false;
      // After the render's own events, so iop:result has told the outcome.
      setTimeout(function () { push("iop_check_complete", t.outcome ? { iop_outcome: t.outcome } : {}); });
    }).observe(root, { childList: true, subtree: true });
  }

  // IOPCheck.debug(), or #iop-debug in the page's URL: what the widget
  // sees, printed as one console group and returned as an object. The
  // object is for people and may change; it is not API.
  var MARKERS = ["data-iop-loaded", "data-iop-held", PRERENDERED];
  function debug() {
    var out = { version: VERSION, webAssembly: typeof WebAssembly === "object", wasmUnsafeEval: false };
    // The smallest module: a CSP without 'wasm-unsafe-eval' refuses it.
    try {
      new WebAssembly.Module(new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0]));
      out.wasmUnsafeEval = true;
    } catch (e) { /* refused, or no WebAssembly */ }
    var enforced = false;
    try { document.createElement("div").innerHTML = "x"; } catch (e) { enforced = true; }
    ourPolicy();
    out.trustedTypes = { enforced: enforced, policy: policy ? "created" : window.trustedTypes ? "refused" : "not supported" };
    out.wasm = {
      url: wasmUrl.href,
      integrity: WASM_SRI,
      requested: wasmSeen.requested,
      check: wasmSeen.integrity || (wasmSeen.requested ? "pending or not reached" : "not fetched yet"),
      running: !!wasmSeen.running,
    };
    out.glue = {
      url: glueUrl.href,
      integrity: GLUE_SRI,
      // "script": checked by the browser as it loads; "import()": checked
      // by a fetch first (Trusted Types refused the iop-check policy).
      via: glueSeen.via,
      loaded: !!glue,
    };
    out.widgets = Array.prototype.map.call(document.querySelectorAll("[data-iop-widget], [data-iop-loaded], iop-check"), function (el, i) {
      var attributes = {}, entry = held.get(el), report = reports.get(el);
      Array.prototype.forEach.call(el.attributes, function (a) {
        // The partner's options, not the markers the widget sets itself.
        if (MARKERS.indexOf(a.name) < 0 && (a.name.indexOf("data-iop-") === 0 || el.localName === "iop-check")) attributes[a.name] = a.value;
      });
      var raw = el.getAttribute("data-iop-load"), mode = raw === null ? LOAD.default : wordOf(raw);
      var queued = queuedOptions(el);
      var mounted = el.hasAttribute("data-iop-loaded"), waiting = !!entry && !entry.fired;
      return {
        element: el,
        index: i,
        attributes: attributes,
        mountOptions: (entry && entry.options) || queued || null,
        // null: not read yet, as the Wasm reads them when it mounts.
        warnings: report ? report.warnings : null,
        load: LOAD.modes.indexOf(mode) >= 0 ? mode : LOAD.default,
        waiting: waiting,
        painted: el.hasAttribute(PRERENDERED),
        mounted: mounted,
        // "loading": its mode fired and the Wasm is on its way; "failed":
        // the Wasm or its glue could not load (iop:error says why); "not
        // mounted": destroyed, or waiting for IOPCheck.mount or reload().
        state: mounted ? "mounted" : waiting ? "waiting" : entry && !wasmSeen.running ? (wasmSeen.failed ? "failed" : "loading") : "not mounted",
      };
    });
    if (window.console && console.group) {
      console.group("IOP Check " + VERSION + ": what the widget sees (IOPCheck.debug)");
      console.log("WebAssembly: " + (!out.webAssembly ? "not in this browser" : out.wasmUnsafeEval ? "allowed by the page's CSP" : "refused by the page's CSP: add 'wasm-unsafe-eval' to script-src"));
      console.log("Trusted Types: " + (enforced ? "enforced; " : "not enforced; ") + "policy iop-check " + out.trustedTypes.policy +
        (out.trustedTypes.policy === "refused" ? " (add iop-check to the CSP's trusted-types list, or the first view waits for the Wasm)" : ""));
      console.log("Wasm: " + out.wasm.url + ", " + (!out.wasm.requested ? "not fetched yet: no widget's load mode has fired" :
        out.wasm.check === "matches" ? "arrived, integrity matches" + (out.wasm.running ? ", running" : "") :
        out.wasm.check === "does not match" ? "refused: it does not match this loader" : "requested, not arrived (or failed: see the error above)"));
      console.log("Glue: " + out.glue.url + ", " + (out.glue.loaded ? "loaded by " + out.glue.via : !glueSeen.requested ? "not fetched yet" : "requested, not loaded (or failed: see the error above)"));
      if (!out.widgets.length) console.log("No [data-iop-widget] placeholder on the page.");
      out.widgets.forEach(function (w) {
        console.log("Widget " + w.index + (w.element.id ? " #" + w.element.id : "") + ": load " + w.load +
          ({ mounted: ", mounted", waiting: ", waiting for its load mode", loading: ", loading", failed: ", could not load (see the error above)" }[w.state] ||
            ", not mounted (destroyed, or waiting for IOPCheck.mount or reload)") + (w.painted ? ", first view painted" : ""), w.element);
        console.log("  options as read:", w.attributes, w.mountOptions || "");
        console.log("  warnings: " + (w.warnings ? (w.warnings.length ? w.warnings.join(" | ") : "none") : "not read yet: the Wasm reads them as it mounts this widget"));
      });
      console.groupEnd();
    }
    return out;
  }

  function toElement(target) {
    var el = typeof target === "string" ? document.querySelector(target) : target;
    if (!el || el.nodeType !== 1) {
      warn("mount/destroy needs an element or a selector that matches one; got " + String(target).slice(0, 80) + ".");
      return null;
    }
    return el;
  }

  var api = {
    loaded: true,
    version: VERSION,
    // With a load mode in the options, mounts when it fires; without one,
    // the call itself is the trigger.
    mount: function (target, options) {
      return domReady().then(function () {
        var el = toElement(target);
        if (!el) return false;
        paintLauncher(el, options);
        if (options && options.load !== undefined) return hold(el, loadModeOf(options.load, "key"), options);
        var mounted = hold(el, LOAD.default, options);
        // A launcher loads on intent or when opened, not on this call.
        if (!launchers.has(el)) trigger(el, false);
        return mounted;
      });
    },
    destroy: function (target) {
      return whenReady(function () {
        var el = toElement(target);
        return el ? glue.destroy(el) : false;
      });
    },
    // Mounts every placeholder not mounted now, held ones included.
    reload: function () {
      return whenReady(function () {
        var turnsTaken = [];
        held.forEach(function (entry, el) {
          entry.fired = true;
          quiet(el, entry);
          // A mount already in its turn counts here too.
          turnsTaken.push(inTurn(el).then(function () { return entry.mounted; }));
        });
        return Promise.all(turnsTaken).then(function (mounted) {
          return mounted.filter(Boolean).length + glue.scan();
        });
      });
    },
    // Opens a launcher's dialog (mode button or dialog); false otherwise.
    open: function (target) {
      return domReady().then(function () {
        var el = toElement(target);
        if (el && !launchers.has(el)) warn("open() needs a widget with mode button or dialog.");
        return !!el && openLauncher(el, document.activeElement);
      });
    },
    instances: function () {
      return whenReady(function () { return glue.instances(); });
    },
    qrSvg: function (text) {
      return whenReady(function () { return glue.qrSvg(String(text)); });
    },
    shareUrl: function (pageUrl, fragment) {
      return whenReady(function () { return glue.shareUrl(String(pageUrl), String(fragment)); });
    },
    debug: debug,
    memoryBytes: function () {
      return whenReady(function () { return glue.memoryBytes(); });
    },
    on: function (name, handler) {
      if (typeof handler !== "function" || typeof name !== "string") {
        warn("on(name, handler) needs an event name such as 'result' and a function.");
        return;
      }
      var type = name.indexOf("iop:") === 0 ? name : "iop:" + name;
      document.addEventListener(type, function (e) { handler(e.detail, e.target); });
    }
  };

  // Queued calls from the stub, replayed in order; bad calls are logged.
  function replay(args) {
    var method = args && args[0];
    if (typeof api[method] !== "function" || method === "loaded") {
      warn("unknown call IOPCheck(" + JSON.stringify(String(method)).slice(0, 60) + ") ignored.");
      return;
    }
    try { api[method].apply(null, Array.prototype.slice.call(args, 1)); }
    catch (e) { warn(method + " failed: " + e); }
  }

  // The global works both as the stub's function and as an object.
  var global = function () { replay(arguments); };
  for (var k in api) global[k] = api[k];
  // Where the glue hands over its init (loadGlue); once, and not an API call.
  Object.defineProperty(global, "_glue", {
    value: function (init, printCss) {
      var take = glueSeen.took;
      glueSeen.took = null;
      if (take) take({ init: init, printCss: printCss });
    }
  });
  window.IOPCheck = global;

  // "on" handlers first, so they hear the first ready event; then queued
  // calls (a mount claims its element with its options); then the page's
  // placeholders, each held until its load mode fires.
  queue.filter(function (a) { return a[0] === "on"; }).forEach(replay);
  queue.filter(function (a) { return a[0] !== "on"; }).forEach(replay);
  domReady().then(holdPage);
  // #iop-debug in the page's URL: the report once the page has loaded.
  if (location.hash === "#iop-debug") {
    if (document.readyState === "complete") setTimeout(debug);
    else window.addEventListener("load", function () { setTimeout(debug); }, { once: true });
  }
  // Without WebAssembly nothing can mount: the fallback shows at once.
  if (typeof WebAssembly !== "object") wasm();

  /* ---- Launcher modes (mode="button" | "dialog") ----------------------
     The launcher's button and modal <dialog> are build-time markup
     (src/ui/launcher.rs) that the loader paints and runs: the button shows
     at once, the Wasm loads on intent (pointer, touch or focus on the
     button or an opener) or when the dialog opens, and the app mounts into
     the dialog's body (src/embed/element.rs). Opened before the Wasm has
     arrived, the dialog holds the painted first view, which the Wasm then
     takes over in place. The dialog is modal (showModal makes the page
     inert), takes focus to its heading, closes on Escape or its close
     button, and gives focus back to whatever opened it. */

  // Where an option is written: data-iop-NAME on a placeholder, NAME on
  // <iop-check> (Host in src/config/element.rs).
  function isElement(el) {
    return el.localName === ELEMENT.name;
  }
  function attr(el, suffix) {
    return el.getAttribute((isElement(el) ? "" : "data-iop-") + suffix);
  }
  // What firstViewOf reads of `el`: an <iop-check>'s attributes under the
  // placeholder names its tables use.
  function asPlaceholder(el) {
    if (!isElement(el)) return el;
    return {
      id: el.id,
      getAttribute: function (name) { return el.getAttribute(name.replace(/^data-iop-/, "")); }
    };
  }
  // The mode the options or the attribute give (a bad one: inline; the
  // Wasm warns about it as it mounts).
  function modeOf(el, options) {
    var raw = options && typeof options.mode === "string" ? options.mode : attr(el, "mode");
    var mode = raw === null ? null : wordOf(raw);
    return LAUNCHER.modes.indexOf(mode) >= 0 ? mode : "inline";
  }
  // The partner's label as the Rust parser takes it (trimmed, at most
  // labelMax characters, no control character), else ours. A label with an
  // invisible character anywhere gets ours here, which is the stricter way.
  function labelOf(el) {
    var raw = attr(el, "label"), text = raw === null ? null : wordOf(raw);
    var ok = text && !INVISIBLE.test(text) && !CONTROL.test(text) && Array.from(text).length <= LAUNCHER.labelMax;
    return ok ? text : null;
  }
  function launcherView(el) {
    var link = linkOf(location.hash);
    return link === false || queuedOptions(el) !== null ? null : firstViewOf(asPlaceholder(el), link);
  }
  // The language of a launcher whose first view the loader cannot decide.
  function launcherLang(el, view) {
    if (view) return view.lang;
    var tags = [attr(el, "lang")].concat(browserTags());
    for (var i = 0; i < tags.length; i++) {
      var word = tags[i] ? wordOf(tags[i]) : null, code = word ? langOf(word) : null;
      if (code) return code;
    }
    return DECIDE.defaults.lang;
  }

  // Paints `el`'s launcher when its mode is one; true when it has one.
  function paintLauncher(el, options) {
    if (launchers.has(el)) return true;
    var mode = modeOf(el, options);
    if (mode === "inline" || typeof CSSStyleSheet !== "function" || !("adoptedStyleSheets" in Document.prototype)) return false;
    var root = el.shadowRoot;
    // Only a root of ours that shows the fallback may be reused.
    if (root && !(root.childElementCount === 1 && root.firstElementChild.localName === "slot")) return false;
    var view = launcherView(el), lang = launcherLang(el, view), shell;
    try {
      root = root || el.attachShadow({ mode: "open" });
      root.adoptedStyleSheets = [styles()];
      var box = document.createElement("div");
      // Our own build-time markup; ids made unique per launcher.
      box.innerHTML = trusted(LAUNCHER[lang].split("iop0-").join("iopl" + launcherCount++ + "-"));
      root.replaceChildren(box.firstChild);
    } catch (e) {
      if (root) showFallback(root);
      return false;
    }
    shell = { root: root, view: view, lang: lang, opener: null, dialog: root.querySelector("dialog"), button: root.querySelector(".iop-launch") };
    shell.ours = shell.button.textContent;
    if (view) themeHost(el, view);
    if (mode === "dialog") shell.button.remove();
    else {
      relabel(el, shell);
      shell.button.addEventListener("click", function () { openLauncher(el, shell.button); });
    }
    root.querySelector(".iop-dialog-close").addEventListener("click", function () { shell.dialog.close(); });
    shell.dialog.addEventListener("close", function () {
      var opener = shell.opener;
      shell.opener = null;
      if (opener && opener.isConnected) opener.focus({ preventScroll: true });
    });
    launchers.set(el, shell);
    return true;
  }
  function relabel(el, shell) {
    if (shell.button) shell.button.textContent = labelOf(el) || shell.ours;
  }
  function paintLaunchers() {
    Array.prototype.forEach.call(document.querySelectorAll("[data-iop-widget]"), function (el) {
      if (!el.hasAttribute("data-iop-loaded")) paintLauncher(el);
    });
  }

  // Opens `el`'s dialog, holding the painted first view if the Wasm has not
  // taken over; focus goes back to `opener` when it closes.
  function openLauncher(el, opener) {
    var shell = launchers.get(el);
    if (!shell || !el.isConnected) return false;
    if (shell.dialog.open) return true;
    var body = shell.root.querySelector(".iop-dialog-body");
    var frame = shell.root.querySelector(".iop-frame");
    var view = shell.view ? Object.assign({}, shell.view) : null;
    if (view) view.scheme = schemeOf(el, view.scheme);
    frame.setAttribute("data-scheme", view ? view.scheme : hostScheme(el));
    if (!el.hasAttribute("data-iop-loaded") && !body.firstChild) {
      if (view) paint(el, view);
      if (!body.firstChild) {
        var wait = document.createElement("p");
        wait.className = "iop-faq-loading";
        wait.setAttribute("role", "status");
        wait.textContent = LOADING[shell.lang];
        body.appendChild(wait);
      }
    }
    shell.opener = opener && opener !== document.body ? opener : null;
    shell.dialog.showModal();
    shell.root.querySelector(".iop-dialog-title").focus({ preventScroll: true });
    trigger(el, true);
    return true;
  }

  // A partner's element with data-iop-opens="<widget id>" opens that
  // widget's dialog; intent on it starts the fetch, as on our button.
  function openerTarget(e) {
    var opener = e.target && e.target.closest && e.target.closest("[data-iop-opens]");
    var el = opener && document.getElementById(opener.getAttribute("data-iop-opens"));
    return el && launchers.has(el) ? [opener, el] : null;
  }
  document.addEventListener("click", function (e) {
    var found = openerTarget(e);
    if (found && openLauncher(found[1], found[0])) e.preventDefault();
  });
  INTENT.forEach(function (type) {
    document.addEventListener(type, function (e) {
      var found = openerTarget(e);
      if (found) trigger(found[1], true);
    }, { passive: true, capture: true });
  });

  /* ---- <iop-check> ------------------------------------------------------
     The placeholder as a custom element, for frameworks that create,
     update, move and remove elements their own way. Its attributes are the
     options without the data-iop- prefix; its children are the fallback.
     It waits a microtask after connecting, so attributes set right after
     createElement/appendChild are read; a move (disconnect and connect in
     one task) keeps the widget; a removal frees it. After mount, a changed
     attribute updates the app in place (src/embed/element.rs); load and
     mode are read before loading only. */
  function connectElement(el) {
    if (el.hasAttribute("data-iop-loaded") || held.has(el)) return;
    var raw = attr(el, "load");
    if (!paintLauncher(el) && (!el.shadowRoot || !el.shadowRoot.querySelector(":not(slot)"))) {
      var link = linkOf(location.hash);
      var view = link === false || queuedOptions(el) !== null ? null : firstViewOf(asPlaceholder(el), link);
      if (view && typeof CSSStyleSheet === "function" && "adoptedStyleSheets" in Document.prototype) {
        view.scheme = schemeOf(el, view.scheme);
        paint(el, view);
      }
    }
    hold(el, raw === null ? LOAD.default : loadModeOf(raw, "element"));
  }
  function disconnectElement(el) {
    var entry = held.get(el);
    if (entry) {
      held.delete(el);
      entry.stop.forEach(function (stop) { stop(); });
      if (observer) observer.unobserve(el);
      el.removeAttribute(HELD);
      entry.resolve(false);
    }
    launchers.delete(el);
    if (el.hasAttribute("data-iop-loaded") && ready) ready.then(function () { glue.destroy(el); });
    else if (el.shadowRoot) showFallback(el.shadowRoot);
    el.removeAttribute(PRERENDERED);
  }
  function defineElement() {
    if (!window.customElements || customElements.get(ELEMENT.name)) return;
    customElements.define(ELEMENT.name, class extends HTMLElement {
      static get observedAttributes() { return ELEMENT.attributes; }
      connectedCallback() {
        var el = this;
        queueMicrotask(function () { if (el.isConnected) connectElement(el); });
      }
      disconnectedCallback() {
        var el = this;
        queueMicrotask(function () { if (!el.isConnected) disconnectElement(el); });
      }
      attributeChangedCallback(name, before, now) {
        var el = this, shell = launchers.get(el);
        if (before === now) return;
        if (name === "label" && shell) relabel(el, shell);
        if (el.hasAttribute("data-iop-loaded") && ready) ready.then(function () { glue.update(el, name); });
      }
    });
  }
  defineElement();
})();
