// The report's only script (inline, no network): sorting and filtering the portfolio table, and
// opening every <details> while printing. Plain ES5-style code so that any browser runs it.
export const SCRIPT = `(function () {
  "use strict";
  var table = document.getElementById("portfolio-table");
  if (table) {
    var tbody = table.tBodies[0];
    var rows = Array.prototype.slice.call(tbody.rows);
    var filter = document.getElementById("pf-filter");
    var show = document.getElementById("pf-show");
    var count = document.getElementById("pf-count");
    var lang = document.documentElement.lang || "nb";
    var matches = function (row) {
      var q = filter.value.trim().toLowerCase();
      if (q && row.textContent.toLowerCase().indexOf(q) < 0) return false;
      var d = row.dataset;
      switch (show.value) {
        case "error": return Number(d.errors) > 0;
        case "warning": return Number(d.warnings) > 0;
        case "ready": return d.status === "checked" && d.errors === "0" && d.warnings === "0";
        case "invalid": case "fatal": return d.status === show.value;
        default: return true;
      }
    };
    var apply = function () {
      var n = 0;
      rows.forEach(function (row) { var ok = matches(row); row.hidden = !ok; if (ok) n++; });
      count.textContent = count.dataset.template.replace("{shown}", String(n)).replace("{total}", String(rows.length));
    };
    filter.addEventListener("input", apply);
    show.addEventListener("change", apply);
    var heads = Array.prototype.slice.call(table.tHead.rows[0].cells);
    heads.forEach(function (th, col) {
      var button = th.querySelector("button");
      if (!button) return;
      button.addEventListener("click", function () {
        var ascending = th.getAttribute("aria-sort") !== "ascending";
        heads.forEach(function (h) { h.removeAttribute("aria-sort"); });
        th.setAttribute("aria-sort", ascending ? "ascending" : "descending");
        var numeric = th.dataset.type === "number";
        rows.slice().sort(function (a, b) {
          var x = a.cells[col].dataset.sort, y = b.cells[col].dataset.sort;
          var c = numeric ? Number(x) - Number(y) : x.localeCompare(y, lang);
          return (ascending ? c : -c) || Number(a.dataset.index) - Number(b.dataset.index);
        }).forEach(function (row) { tbody.appendChild(row); });
      });
    });
  }
  var closed = [];
  window.addEventListener("beforeprint", function () {
    closed = Array.prototype.filter.call(document.querySelectorAll("details"), function (d) { return !d.open; });
    closed.forEach(function (d) { d.open = true; });
  });
  window.addEventListener("afterprint", function () {
    closed.forEach(function (d) { d.open = false; });
    closed = [];
  });
})();`;
