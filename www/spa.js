// A single-page app: "pages" swap in and out; the widget mounts through the
// JS API and is freed when its element leaves the page.
var app = document.getElementById("app");
function show(name) {
  app.textContent = "";
  if (name === "check") {
    var el = document.createElement("div");
    el.id = "spa-widget";
    var fallback = document.createElement("p");
    fallback.textContent = "Questions about IOP? Call 404-555-0134.";
    el.appendChild(fallback);
    app.appendChild(el);
    IOPCheck("mount", el, { lang: "en", view: "checker", phone: "404-555-0134", shareOutcome: true });
  } else {
    var p = document.createElement("p");
    p.textContent = "Another page of the app, with no widget.";
    app.appendChild(p);
  }
}
document.getElementById("go-check").addEventListener("click", function () { show("check"); });
document.getElementById("go-other").addEventListener("click", function () { show("other"); });
show("check");
