// The timeline's topic filter: buttons show only the entries of one topic, without leaving the page.
// Entries carry their topics in data-topics (written by templates/timeline_macros.j2). Works with
// Material's instant navigation (re-run on every page through document$) and without it.
// The timeline has one page a year: the chosen topic is remembered for the tab (sessionStorage),
// so the next year's page opens filtered the same way.
(function () {
  "use strict";

  var KEY = "atlas-timeline-topic";

  function remembered() {
    try { return window.sessionStorage.getItem(KEY) || ""; } catch (e) { return ""; }
  }

  function remember(topic) {
    try { window.sessionStorage.setItem(KEY, topic); } catch (e) { /* storage off: filter this page only */ }
  }

  function sectionOf(heading) {
    // the entries between a heading and the next heading of the same or a higher level
    var level = Number(heading.tagName.charAt(1));
    var out = [];
    for (var el = heading.nextElementSibling; el; el = el.nextElementSibling) {
      if (/^H[1-6]$/.test(el.tagName) && Number(el.tagName.charAt(1)) <= level) break;
      if (el.classList.contains("tl-entry")) out.push(el);
    }
    return out;
  }

  function apply(root, topic) {
    root.querySelectorAll(".tl-entry").forEach(function (entry) {
      var topics = (entry.getAttribute("data-topics") || "").split(/\s+/);
      entry.hidden = topic !== "" && topics.indexOf(topic) === -1;
    });
    root.querySelectorAll("h2, h3").forEach(function (heading) {
      var entries = sectionOf(heading);
      if (entries.length === 0) return;
      heading.hidden = entries.every(function (e) { return e.hidden; });
    });
  }

  function setup() {
    var bar = document.querySelector("[data-timeline-filter]");
    if (!bar || bar.getAttribute("data-ready")) return;
    var root = bar.parentElement;
    bar.setAttribute("data-ready", "1");
    bar.hidden = false;
    function choose(button) {
      bar.querySelectorAll("button[data-topic]").forEach(function (b) {
        var on = b === button;
        b.setAttribute("aria-pressed", on ? "true" : "false");
        b.classList.toggle("md-button--primary", on);
      });
      apply(root, button.getAttribute("data-topic"));
    }
    bar.addEventListener("click", function (event) {
      var button = event.target.closest("button[data-topic]");
      if (!button) return;
      choose(button);
      remember(button.getAttribute("data-topic"));
    });
    var kept = remembered();
    var again = kept && Array.prototype.find.call(bar.querySelectorAll("button[data-topic]"), function (b) {
      return b.getAttribute("data-topic") === kept;
    });
    if (again) choose(again);
  }

  if (window.document$ && typeof window.document$.subscribe === "function") {
    window.document$.subscribe(setup);
  } else if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", setup);
  } else {
    setup();
  }
})();
