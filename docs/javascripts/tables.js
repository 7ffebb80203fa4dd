// Sortable project and company lists (issue 20). The generator starts each cell of those tables
// with its sort key, <span data-sort="…"> (pinyin with tones for names, 元 for investments, eight
// digits for dates, counts; atlas/render/sort_keys.py). On a page that has such a table this script
// loads the vendored tablesort (docs/javascripts/vendor/, v5.7.1, MIT; from the site itself, no CDN),
// puts each key on its cell where tablesort reads it, and makes the headers sortable by click or
// keyboard. Only pages whose front matter says `sortable: true` load this script (overrides/main.html);
// without script the tables are plain tables.
(function () {
  "use strict";
  var tables = [].filter.call(document.querySelectorAll(".md-typeset table"), function (t) {
    return t.querySelector("td > span[data-sort]");
  });
  if (!tables.length) return;

  function siteBase() {
    try {
      return new URL(JSON.parse(document.getElementById("__config").textContent).base, location.href);
    } catch (e) {
      return new URL("/", location.href);
    }
  }

  function load(path) {
    return new Promise(function (resolve, reject) {
      var s = document.createElement("script");
      s.src = new URL(path, siteBase()).href;
      s.onload = resolve;
      s.onerror = reject;
      document.head.appendChild(s);
    });
  }

  function sortable(table) {
    [].forEach.call(table.querySelectorAll("td > span[data-sort]"), function (key) {
      key.parentNode.setAttribute("data-sort", key.getAttribute("data-sort"));
    });
    var head = table.tHead && table.tHead.rows[0];
    if (!head || !table.tBodies[0] || table.tBodies[0].rows.length < 2) return;
    new Tablesort(table);
    [].forEach.call(head.cells, function (th, col) {
      var keys = [].map.call(table.tBodies[0].rows, function (row) {
        return row.cells[col] ? row.cells[col].getAttribute("data-sort") || "" : "";
      });
      if (keys.some(Boolean) && keys.every(function (k) { return /^\d*$/.test(k); })) {
        // amounts, counts, dates: largest (newest) first on the first click, cells without one last
        th.setAttribute("data-sort-method", "number");
        th.setAttribute("data-sort-reverse", "");
      }
      th.tabIndex = 0;
      th.title = "点击排序";
      th.addEventListener("keydown", function (e) {
        if (e.key === "Enter" || e.key === " ") {
          e.preventDefault();
          th.click();
        }
      });
    });
  }

  load("javascripts/vendor/tablesort.min.js")
    .then(function () { return load("javascripts/vendor/tablesort.number.min.js"); })
    .then(function () { tables.forEach(sortable); });
})();
