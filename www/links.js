// The link and snippet builder. Everything happens on this page: each field
// is checked here by the widget's own rules, the link and QR code come from
// the widget's own code (IOPCheck.shareUrl, qrSvg), the snippet's integrity
// from pkg/manifest.json, and printing gives a one-page handout.
window.IOPCheck = window.IOPCheck || function () { (IOPCheck.q = IOPCheck.q || []).push(arguments); };

// The widget's rules for what it accepts, as src/config.rs and src/link.rs
// define them. tests/planner.rs reads this block and checks every number and
// character class against the Rust, and tests/planner-cases.txt holds cases
// that both the Rust (tests/planner.rs) and this file (planner.test.mjs)
// must decide alike. Keep the form `name: { chars: "...", min: N, max: N }`.
var RULES = {
  ref: { chars: "A-Za-z0-9_-", min: 1, max: 32 }, // config::parse_referral (bytes)
  el: { chars: "A-Za-z0-9_:.-", min: 1, max: 64 }, // link::valid_target (bytes)
  name: { min: 1, max: 80 }, // config::parse_name (characters)
  url: { max: 2048 }, // config::parse_https_url (bytes)
  phone: { max: 32 }, // config::parse_phone (bytes, as written with single spaces)
};

// Rust's White_Space (str::trim, char::is_whitespace) and Cc (is_control).
var WS = "\\t\\n\\u000b\\f\\r \\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000";
var TRIM = new RegExp("^[" + WS + "]+|[" + WS + "]+$", "g");
var SPACE = new RegExp("[" + WS + "]");
var WS_RUN = new RegExp("[" + WS + "]+");
var CONTROL = /[\u0000-\u001f\u007f-\u009f]/;

function trim(s) { return s.replace(TRIM, ""); }
function bytes(s) { return new TextEncoder().encode(s).length; }

// The characters of `s` outside the rule, named for a person:
// "the space and the “/”".
function badChars(rule, s) {
  var ok = new RegExp("[" + rule.chars + "]");
  var spaces = 0;
  var marks = [];
  Array.from(s).forEach(function (c) {
    if (ok.test(c)) return;
    if (SPACE.test(c)) spaces++;
    else if (marks.indexOf("the “" + c + "”") < 0) marks.push("the “" + c + "”");
  });
  var names = (spaces ? [spaces > 1 ? "the spaces" : "the space"] : []).concat(marks);
  return names.length < 2 ? names.join("") : names.slice(0, -1).join(", ") + " and " + names[names.length - 1];
}

// Each check takes the raw field value and returns { value } (the value the
// widget would use, "" for an empty optional field) or { error }.
var check = {
  ref: function (raw) {
    var s = trim(raw);
    if (!s) return { value: "" };
    var bad = badChars(RULES.ref, s);
    if (bad) return { error: "A referral code can have only letters, numbers, - and _. Take out " + bad + "." };
    if (s.length > RULES.ref.max) return { error: "A referral code can be at most " + RULES.ref.max + " characters. This one has " + s.length + "." };
    return { value: s };
  },
  el: function (raw) {
    var s = trim(raw);
    if (!s) return { value: "" };
    var bad = badChars(RULES.el, s);
    if (bad) return { error: "An id can have only letters, numbers and the marks - _ : . with no spaces. Take out " + bad + "." };
    if (s.length > RULES.el.max) return { error: "An id can be at most " + RULES.el.max + " characters. This one has " + s.length + "." };
    return { value: s };
  },
  name: function (raw) {
    var s = trim(raw);
    if (!s) return { value: "" };
    if (CONTROL.test(s)) return { error: "Take out the tabs or line breaks." };
    var n = Array.from(s).length;
    if (n > RULES.name.max) return { error: "Use " + RULES.name.max + " characters or fewer. This name has " + n + "." };
    return { value: s };
  },
  // config::parse_https_url: https, a host, nothing that could break out.
  url: function (raw, what) {
    var s = trim(raw);
    if (!s) return { value: "" };
    if (bytes(s) > RULES.url.max) return { error: "This address is too long: use one under " + RULES.url.max + " characters." };
    var scheme = s.slice(0, 8).toLowerCase();
    if (scheme !== "https://") {
      if (/^http:\/\//i.test(s)) return { error: "Use https:// at the start, not http://. " + what };
      if (/^[a-z][a-z0-9+.\-]*:/i.test(s) && !/^[^:\/]+:\d/.test(s)) return { error: "Use a web address that starts with https://. " + what };
      return { error: "Add https:// at the start: https://" + s.replace(/^\/+/, "") + ". " + what };
    }
    var rest = s.slice(8);
    var host = rest.split(/[\/?#]/)[0];
    if (!host || host.indexOf("@") >= 0 || !/^[A-Za-z0-9.\-:\[\]]+$/.test(host) ||
        SPACE.test(s) || CONTROL.test(s) || /["'<>\\`]/.test(s)) {
      return { error: "This is not a full web address. Check it for spaces or typing mistakes, or copy it from the browser's address bar." };
    }
    return { value: "https://" + rest };
  },
  // config::parse_phone: a US number (10 digits, or 11 starting with 1), or
  // + and 8 to 15 digits; digits, spaces, - . and ( ) only, runs of spaces
  // as one; "(0)" after a country code is not dialled.
  phone: function (raw) {
    var written = raw.split(WS_RUN).filter(Boolean).join(" ");
    if (!written) return { value: "", tel: "" };
    var wrong = { error: "Enter a phone number with its area code, like 404-555-0134. For a number outside the US, start with + and the country code." };
    if (bytes(written) > RULES.phone.max) return wrong;
    var plus = written.charAt(0) === "+";
    var body = plus ? written.slice(1) : written;
    if (!(/^[0-9]/.test(body) || (!plus && body.charAt(0) === "(")) || !/[0-9]$/.test(body)) return wrong;
    var d = "", group = "", open = false;
    for (var i = 0; i < body.length; i++) {
      var c = body.charAt(i);
      if (c >= "0" && c <= "9") { if (open) group += c; else d += c; }
      else if (c === "(" && !open) open = true;
      else if (c === ")" && open && group) { open = false; if (!(plus && group === "0")) d += group; group = ""; }
      else if (c !== " " && c !== "-" && c !== ".") return wrong;
    }
    if (open) return wrong;
    var n = !plus && d.length === 10 ? d : d.length === 11 && d.charAt(0) === "1" ? d.slice(1) : "";
    if (n) {
      if (n.charAt(0) < "2" || n.charAt(3) < "2") return wrong;
      return { value: n.slice(0, 3) + "-" + n.slice(3, 6) + "-" + n.slice(6), tel: "+1" + n };
    }
    if (plus && d.length >= 8 && d.length <= 15 && d.charAt(0) !== "0") return { value: written, tel: "+" + d };
    return wrong;
  },
};

// The words of the handout, in the link's language. FAQ questions and titles
// are the widget's own (content::faq, content::chrome); tests/planner.rs
// checks them, and the crisis numbers, against the Rust.
var FAQ = {
  "what-is-iop": { en: "What is an IOP?", es: "¿Qué es un IOP?" },
  "how-long": { en: "How long does IOP last?", es: "¿Cuánto dura un IOP?" },
  "what-you-do": { en: "What do you do in IOP?", es: "¿Qué se hace en un IOP?" },
  "group-therapy": { en: "Is group therapy part of IOP?", es: "¿La terapia de grupo es parte de IOP?" },
  "insurance": { en: "Does insurance pay for IOP?", es: "¿El seguro paga el IOP?" },
  "compare": { en: "How is IOP different from PHP and outpatient care?", es: "¿En qué se diferencia IOP de PHP y de la atención ambulatoria?" },
  "work-or-school": { en: "Can I keep working or going to school?", es: "¿Puedo seguir trabajando o estudiando?" },
  "online": { en: "Can I do IOP online?", es: "¿Puedo hacer IOP en línea?" },
  "crisis": { en: "What should I do in a crisis right now?", es: "¿Qué hago si tengo una crisis ahora?" },
};
var SAMHSA_PHONE = "1-800-662-4357";
var SAMHSA_TTY = "1-800-487-4889";
// {q} is an FAQ question, {name} the practice, {phone} its phone.
var TEXT = {
  en: {
    checkerTitle: "Is IOP right for me?",
    faqTitle: "Questions about IOP",
    opensChecker: "Use this link to take a short check about intensive outpatient programs (IOP).",
    opensBoth: "Use this link to take a short check and read answers about intensive outpatient programs (IOP).",
    opensFaq: "Use this link to read short answers about intensive outpatient programs (IOP).",
    item: "It opens at the question “{q}”",
    helps: "The check helps you see if IOP may be right for you.",
    helpsHospital: "The check helps you see if IOP is a good next step after the hospital.",
    scan: "Scan the code with your phone's camera, or type this link:",
    phoneNamed: "Questions? Call {name} at {phone}.",
    phoneUs: "Questions? Call us at {phone}.",
    crisis: "Get help now, any time of day or night",
    c911: "In danger or a medical emergency: call 911.",
    c988: "988 Suicide & Crisis Lifeline: call or text 988, or chat at 988lifeline.org. It is free and private.",
    samhsa: "SAMHSA National Helpline, to find treatment: " + SAMHSA_PHONE + " (TTY " + SAMHSA_TTY + "). It is free and private, in English and Spanish.",
    noteCheck: "Your answers stay on your phone or computer. The check is not a diagnosis. Talk with your care team about what is right for you.",
    noteFaq: "Talk with your care team about what is right for you.",
  },
  es: {
    checkerTitle: "¿Es IOP adecuado para mí?",
    faqTitle: "Preguntas sobre IOP",
    opensChecker: "Use este enlace para hacer una prueba corta sobre los programas intensivos ambulatorios (IOP).",
    opensBoth: "Use este enlace para hacer una prueba corta y leer respuestas sobre los programas intensivos ambulatorios (IOP).",
    opensFaq: "Use este enlace para leer respuestas cortas sobre los programas intensivos ambulatorios (IOP).",
    item: "Se abre en la pregunta «{q}».",
    helps: "La prueba le ayuda a ver si un IOP le puede servir.",
    helpsHospital: "La prueba le ayuda a ver si un IOP es un buen siguiente paso después del hospital.",
    scan: "Escanee el código con la cámara de su teléfono, o escriba este enlace:",
    phoneNamed: "¿Preguntas? Llame a {name} al {phone}.",
    phoneUs: "¿Preguntas? Llámenos al {phone}.",
    crisis: "Ayuda ahora, a cualquier hora del día o de la noche",
    c911: "Si está en peligro o tiene una emergencia médica: llame al 911.",
    c988: "988 Línea de Prevención del Suicidio y Crisis: llame al 988 y oprima 2 para español, o envíe AYUDA por texto al 988. Chat en 988lifeline.org/es/. Es gratis y privada.",
    samhsa: "Línea Nacional de Ayuda de SAMHSA, para buscar tratamiento: " + SAMHSA_PHONE + " (TTY " + SAMHSA_TTY + "). Es gratis y privada, en inglés y español.",
    noteCheck: "Sus respuestas se quedan en su teléfono o computadora. La prueba no es un diagnóstico. Hable con su equipo de atención sobre lo que es mejor para usted.",
    noteFaq: "Hable con su equipo de atención sobre lo que es mejor para usted.",
  },
};

// The fields that are checked: the form's name, the check, and the words
// used when naming the field in a summary.
var FIELDS = [
  { name: "provider", label: "Name", run: function (v) { return check.name(v); }, part: "snippet" },
  { name: "phone", label: "Phone", run: function (v) { return check.phone(v); }, part: "snippet" },
  { name: "contactUrl", label: "Contact page", run: function (v) { return check.url(v, "The widget links to it from the result."); }, part: "snippet" },
  { name: "pageUrl", label: "Page where the widget is", part: "link", run: function (v) {
    if (!trim(v)) return { error: "Enter the address of your page with the widget. It starts with https://" };
    return check.url(v, "Without it, phone cameras do not open the link.");
  } },
  { name: "el", label: "Widget element id", run: function (v) { return check.el(v); }, part: "link" },
  { name: "ref", label: "Referral code", run: function (v) { return check.ref(v); }, part: "link" },
];

var form = document.getElementById("options");
var $ = function (id) { return document.getElementById(id); };
var manifest = null;
var current = { url: "", svg: "" };
var touched = {};
var pages = {}; // page URL -> what this page could find out about it
var generation = 0;

fetch("../pkg/manifest.json").then(function (r) { return r.json(); }).then(function (m) { manifest = m; update(); },
  function () { $("snippet-problem").hidden = false; $("snippet-problem").textContent = "The snippet needs pkg/manifest.json: run make build."; });

function field(name) { return form.elements[name]; }

// Check every field; show a message next to a field once the planner has
// left it (or it already shows one). Returns the values and the problems.
function validate() {
  var values = {};
  var problems = { link: [], snippet: [] };
  FIELDS.forEach(function (f) {
    var input = field(f.name);
    var result = f.run(input.value);
    if (f.name === "el") {
      if (result.error) $("el-check").textContent = "";
      else result = checkPage(values.pageUrl, result);
    }
    var show = result.error && (touched[f.name] || input.getAttribute("aria-invalid") === "true" || document.activeElement !== input);
    var message = $(f.name + "-error");
    if (show) {
      input.setAttribute("aria-invalid", "true");
      if (message.textContent !== result.error) message.textContent = result.error;
    } else {
      input.removeAttribute("aria-invalid");
      message.textContent = "";
    }
    if (result.error) problems[f.part].push(f.label);
    else values[f.name] = result.value;
    if (f.name === "phone") values.tel = result.tel;
  });
  ["view", "faq", "lang", "brand"].forEach(function (n) { values[n] = field(n).value; });
  values.hospital = field("hospital").checked;
  return { values: values, problems: problems };
}

// Whether the id is on the page the link opens. Only a page on this site can
// be opened from here; for any other, say what the id must match.
function checkPage(pageUrl, result) {
  var note = $("el-check");
  var id = result.value;
  var text = "";
  var same = pageUrl && samePage(pageUrl);
  if (same && !(pageUrl in pages)) loadPage(pageUrl);
  var info = same ? pages[pageUrl] : null;
  if (same && !info) {
    text = id ? "Checking that page for a widget with id “" + id + "”…" : "";
  } else if (info && info.ids) {
    var count = info.count;
    if (id && info.ids.indexOf(id) < 0) {
      result = { error: "That page has no widget with id “" + id + "”, so the link would open it as if there were no link. " +
        (info.ids.length ? "Its widgets' ids: " + info.ids.join(", ") + "." : "Its widget has no id: leave this field empty.") };
    } else if (id) {
      text = "Checked: that page has a widget with id “" + id + "”.";
    } else if (count > 1) {
      text = "That page has " + count + " widgets. Without an id, the link opens all of them the same way.";
    } else if (count === 1) {
      text = "Checked: that page has one widget, so no id is needed.";
    } else {
      text = "That page has no widget yet: the link only works once the snippet is on it.";
    }
  } else if (pageUrl && id) {
    text = "This builder cannot open " + hostOf(pageUrl) + " to check. The link only works if the widget's placeholder on that page has id=\"" + id +
      "\", as in <div id=\"" + id + "\" data-iop-widget>. If it has no id, leave this field empty.";
  }
  if (note.textContent !== text) note.textContent = text;
  return result;
}

function hostOf(url) { try { return new URL(url).host; } catch (e) { return "that page"; } }
function samePage(url) { try { return new URL(url).origin === location.origin; } catch (e) { return false; } }

function loadPage(url) {
  pages[url] = null;
  setTimeout(function () {
    // Only the address still in the field, once typing has paused.
    if (check.url(field("pageUrl").value).value !== url) { delete pages[url]; return; }
    fetch(url, { credentials: "same-origin" }).then(function (r) { return r.ok ? r.text() : Promise.reject(r.status); }).then(function (html) {
      var doc = new DOMParser().parseFromString(html, "text/html");
      var widgets = Array.from(doc.querySelectorAll("[data-iop-widget]"));
      pages[url] = { count: widgets.length, ids: widgets.map(function (w) { return w.id; }).filter(Boolean) };
      update();
    }, function () { pages[url] = { failed: true }; update(); });
  }, 300);
}

function fragment(v) {
  // Values are already the widget's own, so they need no escaping.
  var parts = ["iop=1"];
  var add = function (k, x) { if (x) parts.push(k + "=" + x); };
  add("view", v.view);
  add("faq", v.faq);
  add("lang", v.lang);
  add("ref", v.ref);
  if (v.hospital) parts.push("ctx=hospital");
  add("el", v.el);
  return "#" + parts.join("&");
}

function escapeAttr(s) { return s.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;").replace(/>/g, "&gt;"); }

function snippet(v) {
  var base = new URL("../pkg/", location.href).href;
  var lines = ["<div" + (v.el ? ' id="' + v.el + '"' : "") + " data-iop-widget"];
  [["data-iop-provider", v.provider], ["data-iop-phone", v.phone], ["data-iop-contact-url", v.contactUrl],
    ["data-iop-brand", v.brand]].forEach(function (a) { if (a[1]) lines.push("     " + a[0] + '="' + escapeAttr(a[1]) + '"'); });
  lines[lines.length - 1] += ">";
  lines.push("  <!-- Your fallback: shown until the widget loads, and if it cannot. -->");
  lines.push("  <p>Questions about IOP?" + (v.phone ? ' Call <a href="tel:' + v.tel + '">' + escapeAttr(v.phone) + "</a>." : "") +
    '\n     In a crisis, call or text <a href="tel:988">988</a>.</p>');
  lines.push("</div>");
  var entry = manifest.files.find(function (f) { return f.file === manifest.versioned_entry; });
  lines.push('<script async src="' + base + manifest.versioned_entry + '"');
  lines.push('  integrity="' + entry.integrity + '" crossorigin="anonymous"></' + "script>");
  return lines.join("\n");
}

function preview(v) {
  var host = $("preview");
  var old = host.firstElementChild;
  if (old) IOPCheck.destroy(old);
  host.textContent = "";
  var el = document.createElement("div");
  host.appendChild(el);
  IOPCheck.mount(el, {
    provider: v.provider || undefined, phone: v.phone || undefined, contactUrl: v.contactUrl || undefined, brand: v.brand,
    lang: v.lang, view: v.view || "both", faqOpen: v.faq || undefined,
    referral: v.ref || undefined, context: v.hospital ? "leaving-hospital" : "general",
  });
}

function showProblem(id, prefix, names) {
  var p = $(id);
  p.hidden = !names.length;
  p.textContent = names.length ? prefix + names.join(", ") + "." : "";
}

// No link, QR code or handout from a value that failed.
function noLink(reason) {
  current.url = current.svg = "";
  $("share-url").value = "";
  $("qr").removeAttribute("src");
  $("h-qr").removeAttribute("src");
  $("h-link").textContent = "";
  $("link-ready").hidden = true;
  $("link-problem").hidden = false;
  $("link-problem").textContent = reason;
  $("handout-ready").hidden = true;
  $("handout-problem").hidden = false;
  $("handout-problem").textContent = "This handout is not ready. " + reason;
  $("handout").lang = "en";
}

function update() {
  var state = validate();
  var v = state.values;
  var gen = ++generation;

  showProblem("snippet-problem", "No snippet until you fix: ", state.problems.snippet);
  $("snippet").value = manifest && !state.problems.snippet.length ? snippet(v) : "";

  if (state.problems.link.length) {
    noLink("No link or QR code until you fix: " + state.problems.link.join(", ") + ".");
  } else if (IOPCheck.loaded) {
    var frag = fragment(v);
    IOPCheck.shareUrl(v.pageUrl, frag).then(function (url) {
      if (gen !== generation) return null;
      // The widget parses the link as it will when it is opened: anything it
      // would drop means the link is not what the form says.
      if (url !== v.pageUrl.split("#")[0] + frag) { noLink("The widget would not accept this link: see the browser console."); return null; }
      return IOPCheck.qrSvg(url).then(function (svg) {
        if (gen !== generation) return;
        if (!svg) { noLink("This link is too long for a QR code. Use a shorter page address."); return; }
        showLink(url, svg, v);
      });
    });
  } else {
    noLink("Loading the widget's code…");
  }
  if (IOPCheck.loaded) preview(v);
}

function showLink(url, svg, v) {
  current.url = url;
  current.svg = svg;
  var src = "data:image/svg+xml;charset=utf-8," + encodeURIComponent(svg);
  $("share-url").value = url;
  $("qr").src = src;
  $("link-problem").hidden = true;
  $("link-problem").textContent = "";
  $("link-ready").hidden = false;
  handout(url, src, v);
}

// A link as it is printed for someone to type: lines break before "&", "#"
// and "?" and after "/", never inside a part such as "ref=er-7_north-wing",
// where a break after a hyphen would leave the reader guessing whether it
// belongs to the link. Each part is a span that wraps inside only when it
// alone is wider than the line (links.css).
function writeLink(el, url) {
  el.textContent = "";
  url.split(/(?=[&#?])|(?<=\/)/).forEach(function (part, i) {
    if (i) el.appendChild(document.createElement("wbr"));
    var span = document.createElement("span");
    span.textContent = part;
    el.appendChild(span);
  });
}

// Text whose phone numbers never break across lines ("1-800-487-" / "4889").
function writeWithNumbers(el, text) {
  el.textContent = "";
  text.split(/(\d+(?:-\d+){2,})/).forEach(function (part, i) {
    if (i % 2 === 0) {
      if (part) el.append(part);
      return;
    }
    var number = document.createElement("span");
    number.className = "nowrap";
    number.textContent = part;
    el.append(number);
  });
}

function handout(url, src, v) {
  var t = TEXT[v.lang] || TEXT.en;
  var view = v.view || "both";
  var q = v.faq && view !== "checker" ? FAQ[v.faq][v.lang] : "";
  // One or two sentences: what the link opens, then the FAQ item it opens
  // at, or else what the check is for.
  var opens = view === "faq" ? t.opensFaq : view === "both" ? t.opensBoth : t.opensChecker;
  var then = q ? t.item.replace("{q}", q) : view === "faq" ? "" : v.hospital ? t.helpsHospital : t.helps;
  var purpose = opens + (then ? " " + then : "");
  $("handout").lang = v.lang;
  $("h-from").textContent = v.provider;
  $("h-title").textContent = view === "faq" ? t.faqTitle : t.checkerTitle;
  $("h-purpose").textContent = purpose;
  $("h-qr").src = src;
  $("h-scan").textContent = t.scan;
  writeLink($("h-link"), url);
  // The phone number never breaks across lines.
  var line = $("h-phone");
  line.textContent = "";
  line.hidden = !v.phone;
  if (v.phone) {
    var parts = (v.provider ? t.phoneNamed : t.phoneUs).split("{phone}");
    parts[0] = parts[0].replace("{name}", function () { return v.provider; });
    var number = document.createElement("span");
    number.className = "nowrap";
    number.textContent = v.phone;
    line.append(parts[0], number, parts[1]);
  }
  $("h-crisis").textContent = t.crisis;
  writeWithNumbers($("h-911"), t.c911);
  writeWithNumbers($("h-988"), t.c988);
  writeWithNumbers($("h-samhsa"), t.samhsa);
  $("h-note").textContent = view === "faq" ? t.noteFaq : t.noteCheck;
  $("handout-ready").hidden = false;
  $("handout-problem").hidden = true;
}

function download(name, blob) {
  var a = document.createElement("a");
  a.href = URL.createObjectURL(blob);
  a.download = name;
  document.body.appendChild(a);
  a.click();
  setTimeout(function () { URL.revokeObjectURL(a.href); a.remove(); }, 0);
}

function copy(text, status) {
  navigator.clipboard.writeText(text).then(function () { status.textContent = "Copied"; },
    function () { status.textContent = "Select the text and copy it."; });
}

form.addEventListener("input", update);
form.addEventListener("change", function (e) { if (e.target.name) touched[e.target.name] = true; update(); });
form.addEventListener("submit", function (e) { e.preventDefault(); });
$("copy-link").addEventListener("click", function () { if (current.url) copy(current.url, $("copy-status")); });
$("copy-snippet").addEventListener("click", function () { if ($("snippet").value) copy($("snippet").value, $("snippet-status")); });
$("print-handout").addEventListener("click", function () { window.print(); });
$("download-svg").addEventListener("click", function () {
  if (current.svg) download("iop-check-qr.svg", new Blob([current.svg], { type: "image/svg+xml" }));
});
$("download-png").addEventListener("click", function () {
  if (!current.svg) return;
  var img = new Image();
  img.onload = function () {
    var canvas = document.createElement("canvas");
    canvas.width = canvas.height = 600;
    var ctx = canvas.getContext("2d");
    ctx.imageSmoothingEnabled = false;
    ctx.drawImage(img, 0, 0, 600, 600);
    canvas.toBlob(function (blob) { download("iop-check-qr.png", blob); }, "image/png");
  };
  img.src = $("qr").src;
});
update();
// Once the widget's code is loaded, fill in the link, QR and preview.
(function wait() { if (window.IOPCheck.loaded) update(); else setTimeout(wait, 50); })();
