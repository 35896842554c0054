// The link and snippet builder. Everything happens on this page: the link
// and QR code come from the widget's own code (IOPCheck.shareUrl, qrSvg),
// the snippet's integrity from pkg/manifest.json.
window.IOPCheck = window.IOPCheck || function () { (IOPCheck.q = IOPCheck.q || []).push(arguments); };

var form = document.getElementById("options");
var manifest = null;
var current = { url: "", svg: "" };

fetch("../pkg/manifest.json").then(function (r) { return r.json(); }).then(function (m) { manifest = m; update(); });

function value(name) { return form.elements[name].value.trim(); }

function fragment() {
  var parts = ["iop=1"];
  var add = function (k, v) { if (v) parts.push(k + "=" + encodeURIComponent(v)); };
  add("view", value("view"));
  add("faq", value("faq"));
  add("lang", value("lang"));
  add("ref", value("ref"));
  if (form.elements.hospital.checked) parts.push("ctx=hospital");
  add("el", value("el"));
  return "#" + parts.join("&");
}

function snippet() {
  if (!manifest) return "";
  var base = new URL("../pkg/", location.href).href;
  var attrs = [["data-iop-provider", value("provider")], ["data-iop-phone", value("phone")],
    ["data-iop-contact-url", value("contactUrl")], ["data-iop-brand", value("brand")]];
  var el = value("el");
  var lines = ['<div' + (el ? ' id="' + el.replace(/[^A-Za-z0-9_:.\-]/g, "") + '"' : "") + ' data-iop-widget'];
  attrs.forEach(function (a) { if (a[1]) lines.push('     ' + a[0] + '="' + a[1].replace(/[&"<>]/g, "") + '"'); });
  lines[lines.length - 1] += ">";
  lines.push('  <p>Questions about IOP? Call ' + value("phone").replace(/[&"<>]/g, "") + '. In a crisis, call or text 988.</p>');
  lines.push("</div>");
  lines.push('<script async src="' + base + manifest.versioned_entry + '"');
  lines.push('  integrity="' + manifest.files.find(function (f) { return f.file === manifest.versioned_entry; }).integrity + '" crossorigin="anonymous"></' + 'script>');
  return lines.join("\n");
}

function preview() {
  var host = document.getElementById("preview");
  var old = host.firstElementChild;
  if (old) IOPCheck.destroy(old);
  host.textContent = "";
  var el = document.createElement("div");
  host.appendChild(el);
  IOPCheck.mount(el, {
    provider: value("provider"), phone: value("phone"), contactUrl: value("contactUrl"), brand: value("brand"),
    lang: value("lang"), view: value("view") || "both", faqOpen: value("faq") || undefined,
    referral: value("ref") || undefined, context: form.elements.hospital.checked ? "leaving-hospital" : "general",
  });
}

function update() {
  document.getElementById("snippet").value = snippet();
  if (!IOPCheck.loaded) return;
  var page = value("pageUrl") || location.href;
  IOPCheck.shareUrl(page, fragment()).then(function (url) {
    current.url = url || page;
    document.getElementById("share-url").value = current.url;
    return IOPCheck.qrSvg(current.url);
  }).then(function (svg) {
    current.svg = svg || "";
    document.getElementById("qr").src = svg ? "data:image/svg+xml;charset=utf-8," + encodeURIComponent(svg) : "";
  });
  preview();
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
form.addEventListener("submit", function (e) { e.preventDefault(); });
document.getElementById("copy-link").addEventListener("click", function () { copy(current.url, document.getElementById("copy-status")); });
document.getElementById("copy-snippet").addEventListener("click", function () { copy(document.getElementById("snippet").value, document.getElementById("copy-status")); });
document.getElementById("download-svg").addEventListener("click", function () {
  download("iop-check-qr.svg", new Blob([current.svg], { type: "image/svg+xml" }));
});
document.getElementById("download-png").addEventListener("click", function () {
  var img = new Image();
  img.onload = function () {
    var canvas = document.createElement("canvas");
    canvas.width = canvas.height = 600;
    var ctx = canvas.getContext("2d");
    ctx.imageSmoothingEnabled = false;
    ctx.drawImage(img, 0, 0, 600, 600);
    canvas.toBlob(function (blob) { download("iop-check-qr.png", blob); }, "image/png");
  };
  img.src = document.getElementById("qr").src;
});
IOPCheck("on", "ready", function () {});
IOPCheck("reload");
// Once the widget's code is loaded, fill in the link, QR and preview.
(function wait() { if (window.IOPCheck.loaded) update(); else setTimeout(wait, 50); })();
