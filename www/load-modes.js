// The test page's placeholders take their data-iop-load from the query, by
// id: load-modes.html?near=interaction&far=visible. A missing one is left
// without the attribute (the default mode).
(function () {
  var query = new URLSearchParams(location.search);
  query.forEach(function (mode, id) {
    var el = document.getElementById(id);
    if (el) el.setAttribute("data-iop-load", mode);
  });
})();
