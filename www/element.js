// Builds <iop-check> with DOM calls, as React or Vue would: created (and
// connected) before the widget's script has loaded, attributes set after
// creation, its children the fallback.
(function () {
  var el = document.createElement("iop-check");
  el.id = "iop-element";
  var fallback = document.createElement("p");
  fallback.className = "fallback";
  fallback.textContent = "Questions about IOP? Call 404-555-0134. In a crisis, call or text 988.";
  el.appendChild(fallback);
  document.getElementById("left").appendChild(el);
  el.setAttribute("view", "checker");
  el.setAttribute("lang", "en");
  el.setAttribute("load", "eager");
  el.setAttribute("phone", "404-555-0134");
  el.setAttribute("class", "partner-widget");
  el.setAttribute("aria-describedby", "none");
  el.setAttribute("data-track", "x");
})();
