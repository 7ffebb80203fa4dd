// The site's search: Material's search box and result list (made here, see mountDialog) on a
// Pagefind index (scripts/search_index.py). Nothing is downloaded until the reader types: then
// pagefind/pagefind.js is imported from the site's base (so the site also works under a sub-path,
// as on GitHub Pages), and each query loads only the index chunks of its words and the fragments
// of the results shown, ten at a time.
//
// Chinese is indexed one character per word, so a Chinese query is searched as the exact sequence
// of its characters (a Pagefind "phrase"): 中车长客 finds pages that say 中车长客, not pages that
// say 中国, 车间, 长春 and 客车. Space-separated parts must each appear. Pages that start with the
// phrase (their title: the company 中车长客, the topic 光电信息) come first, a title equal to the
// query before the others, then Pagefind's ranking (frequency, headings, page length). When no page
// holds the phrase, pages with all its characters are shown instead.
(function () {
  "use strict";

  // Material's icons: magnify, arrow-left (close the box on a phone), close (clear the query)
  var ICON = {
    magnify: '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24"><path d="M9.5 3A6.5 6.5 0 0 1 16 9.5c0 1.61-.59 3.09-1.56 4.23l.27.27h.79l5 5-1.5 1.5-5-5v-.79l-.27-.27A6.52 6.52 0 0 1 9.5 16 6.5 6.5 0 0 1 3 9.5 6.5 6.5 0 0 1 9.5 3m0 2C7 5 5 7 5 9.5S7 14 9.5 14 14 12 14 9.5 12 5 9.5 5"/></svg>',
    back: '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24"><path d="M20 11v2H8l5.5 5.5-1.42 1.42L4.16 12l7.92-7.92L13.5 5.5 8 11z"/></svg>',
    clear: '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24"><path d="M19 6.41 17.59 5 12 10.59 6.41 5 5 6.41 10.59 12 5 17.59 6.41 19 12 13.41 17.59 19 19 17.59 13.41 12z"/></svg>'
  };
  // The texts are Material's own Chinese ones (partials/languages/zh.html); # is the count.
  var TEXT = {
    search: "查找", placeholder: "搜索", reset: "清空当前内容",
    start: "键入以开始搜索", none: "没有找到符合条件的结果", one: "找到 1 个符合条件的结果",
    other: "# 个符合条件的结果", error: "搜索暂时不可用（没有找到搜索索引 pagefind/）"
  };
  // The dialog and the input have accessible names (Lighthouse: aria-dialog-name, label).
  var DIALOG =
    '<div class="md-search" role="dialog" aria-label="' + TEXT.search + '" data-atlas-search>' +
      '<label class="md-search__overlay" for="__search"></label>' +
      '<div class="md-search__inner" role="search">' +
        '<form class="md-search__form" name="atlas-search">' +
          '<input type="text" class="md-search__input" name="query" aria-label="' + TEXT.placeholder + '" placeholder="' + TEXT.placeholder +
            '" autocapitalize="off" autocorrect="off" autocomplete="off" spellcheck="false" data-atlas-search="query" required>' +
          '<label class="md-search__icon md-icon" for="__search">' + ICON.magnify + ICON.back + '</label>' +
          '<nav class="md-search__options" aria-label="' + TEXT.search + '">' +
            '<button type="reset" class="md-search__icon md-icon" title="' + TEXT.reset + '" aria-label="' + TEXT.reset + '" tabindex="-1">' + ICON.clear + '</button>' +
          '</nav>' +
        '</form>' +
        '<div class="md-search__output">' +
          '<div class="md-search__scrollwrap" tabindex="0" data-md-scrollfix>' +
            '<div class="md-search-result" data-atlas-search="result">' +
              '<div class="md-search-result__meta" aria-live="polite">' + TEXT.start + '</div>' +
              '<ol class="md-search-result__list" role="presentation"></ol>' +
            '</div>' +
          '</div>' +
        '</div>' +
      '</div>' +
    '</div>';

  var HAN = "\\u3400-\\u4dbf\\u4e00-\\u9fff\\uf900-\\ufaff";
  var HAS_HAN = new RegExp("[" + HAN + "]");
  // a space after each Han character and before one, so Pagefind sees one character per word
  var HAN_BOUNDARY = new RegExp("([" + HAN + "])(?=\\S)|(\\S)(?=[" + HAN + "])", "g");
  var PAGE_SIZE = 10;
  var SECTIONS_SHOWN = 2;
  var DEBOUNCE_MS = 200;

  var dialog = mountDialog();
  if (!dialog) return;
  var input = dialog.querySelector("[data-atlas-search=query]");
  var form = input.form;
  var meta = dialog.querySelector(".md-search-result__meta");
  var list = dialog.querySelector(".md-search-result__list");
  var scrollwrap = dialog.querySelector(".md-search__scrollwrap");
  var toggle = document.getElementById("__search");

  // Material's search box and result list (its classes, so its look), put in the header here
  // rather than sent in every page: search needs this script anyway, and the markup was 2 KB of
  // each of the site's thousands of pages. It goes after the header's search button, where
  // Material's own box goes (overrides/partials/header.html).
  function mountDialog() {
    var button = document.querySelector('.md-header label[for="__search"]');
    if (!button) return null;
    button.insertAdjacentHTML("afterend", DIALOG);
    return button.nextElementSibling;
  }

  var pagefind = null; // the module's promise, once the reader has typed
  var state = { query: "", results: [], shown: 0, generation: 0, searching: false, loading: false, openFirst: false, parts: [] };
  var timer = null;

  function siteBase() {
    try {
      var config = JSON.parse(document.getElementById("__config").textContent);
      return new URL(config.base, location.href);
    } catch (e) {
      return typeof __md_scope !== "undefined" ? __md_scope : new URL("/", location.href);
    }
  }

  function loadPagefind() {
    if (!pagefind) {
      pagefind = import(new URL("pagefind/pagefind.js", siteBase()).href).then(function (pf) {
        return pf.options({ excerptLength: 48 }).then(function () { return pf; });
      });
      pagefind.catch(function () { pagefind = null; }); // try again on the next query
    }
    return pagefind;
  }

  function spaced(text) {
    return text.replace(HAN_BOUNDARY, function (match) { return match + " "; }).replace(/\s+/g, " ").trim();
  }

  function normalized(text) {
    return (text || "").replace(/[\s\u200b]+/g, "").toLowerCase();
  }

  function unmarked(excerpt) {
    return normalized((excerpt || "").replace(/<\/?mark>/g, ""));
  }

  // Pages for a query, best first (see the comment at the top). The pages come from the phrase
  // search, whose match is the phrase itself (its excerpt shows 中车长客, not just any 长), ordered
  // by the word search: first the pages whose text starts with the phrase (their title: a company,
  // a project, a topic, before the hundreds of pages that mention it), then by score.
  function find(pf, query) {
    var parts = query.split(/\s+/).filter(Boolean);
    var phrases = parts.filter(function (p) { return HAS_HAN.test(p) && spaced(p).indexOf(" ") > 0; });
    return pf.search(spaced(query)).then(function (all) {
      if (phrases.length === 0) return all.results;
      return Promise.all(phrases.map(function (p) { return pf.search('"' + spaced(p) + '"'); })).then(function (exact) {
        var byId = new Map(all.results.map(function (r) { return [r.id, r]; }));
        var holding = exact.map(function (r) { return new Set(r.results.map(function (x) { return x.id; })); });
        var words = spaced(phrases[0]).split(" ").length;
        var startsWithPhrase = function (r) {
          var at = new Set(r.words);
          for (var i = 0; i < words; i++) if (!at.has(i)) return 0;
          return 1;
        };
        var matches = exact[0].results.filter(function (r) {
          return byId.has(r.id) && holding.every(function (ids) { return ids.has(r.id); });
        }).map(function (r) {
          var word = byId.get(r.id);
          return { result: r, first: startsWithPhrase(word), score: word.score };
        });
        matches.sort(function (a, b) { return b.first - a.first || b.score - a.score; });
        return matches.length ? matches.map(function (m) { return m.result; }) : all.results;
      });
    });
  }

  function message(key, count) {
    return (TEXT[key] || "").replace("#", String(count));
  }

  // Pagefind's excerpts are text with < and > escaped and the matched words in <mark>. They are
  // rebuilt as DOM nodes, so no text from an article can ever become markup, with every occurrence
  // of the query's parts marked (Pagefind marks one occurrence of a phrase, or single characters).
  function excerptNodes(excerpt, parts) {
    var pieces = [];
    var marked = false;
    excerpt.split(/(<\/?mark>)/).forEach(function (piece) {
      if (piece === "<mark>") { marked = true; return; }
      if (piece === "</mark>") { marked = false; return; }
      var text = piece.replace(/\u200b/g, "").replace(/&lt;/g, "<").replace(/&gt;/g, ">");
      if (text) pieces.push({ text: text, marked: marked });
    });
    var plain = pieces.map(function (p) { return p.text; }).join("");
    var ranges = occurrences(plain, parts);
    if (ranges.length) {
      pieces = [];
      var at = 0;
      ranges.forEach(function (r) {
        if (r[0] > at) pieces.push({ text: plain.slice(at, r[0]), marked: false });
        pieces.push({ text: plain.slice(r[0], r[1]), marked: true });
        at = r[1];
      });
      if (at < plain.length) pieces.push({ text: plain.slice(at), marked: false });
    }
    return pieces.map(function (p) {
      if (!p.marked) return document.createTextNode(p.text);
      var mark = document.createElement("mark");
      mark.textContent = p.text;
      return mark;
    });
  }

  // [start, end) of each occurrence of the parts in text (case-insensitive), in order, not overlapping
  function occurrences(text, parts) {
    var lower = text.toLowerCase();
    var found = [];
    parts.forEach(function (part) {
      var needle = part.toLowerCase();
      for (var i = lower.indexOf(needle); needle && i >= 0; i = lower.indexOf(needle, i + needle.length)) {
        found.push([i, i + needle.length]);
      }
    });
    found.sort(function (a, b) { return a[0] - b[0] || b[1] - a[1]; });
    var merged = [];
    found.forEach(function (r) {
      var last = merged[merged.length - 1];
      if (last && r[0] < last[1]) last[1] = Math.max(last[1], r[1]);
      else merged.push(r.slice());
    });
    return merged;
  }

  // The paragraph (p12) holding the page's first match, so the link lands on it.
  function paragraphUrl(data) {
    var first = Math.min.apply(null, data.locations.length ? data.locations : [0]);
    var target = null;
    (data.anchors || []).forEach(function (a) {
      if (a.element === "p" && /^p\d+$/.test(a.id) && a.location <= first) target = a;
    });
    return target ? data.url.split("#")[0] + "#" + target.id : data.url;
  }

  function resultLink(url, title, excerpt, isDocument) {
    var link = document.createElement("a");
    link.href = url;
    link.className = "md-search-result__link";
    link.tabIndex = -1;
    var article = document.createElement("article");
    article.className = "md-search-result__article md-typeset";
    if (isDocument) {
      var icon = document.createElement("div");
      icon.className = "md-search-result__icon md-icon";
      article.appendChild(icon);
    }
    var heading = document.createElement(isDocument ? "h1" : "h2");
    heading.textContent = title.replace(/\u200b/g, "");
    article.appendChild(heading);
    if (excerpt) {
      var p = document.createElement("p");
      excerptNodes(excerpt, state.parts).forEach(function (n) { p.appendChild(n); });
      article.appendChild(p);
    }
    link.appendChild(article);
    return link;
  }

  function resultItem(data) {
    var item = document.createElement("li");
    item.className = "md-search-result__item";
    var title = (data.meta && data.meta.title) || data.url;
    item.appendChild(resultLink(paragraphUrl(data), title, data.excerpt, true));
    var page = data.url.split("#")[0];
    // sections with their own match, as Material shows them (not one that repeats the page's excerpt)
    (data.sub_results || [])
      .filter(function (s) {
        return s.url.split("#")[0] === page && s.url.indexOf("#") > 0 &&
          normalized(s.title) !== normalized(title) && unmarked(s.excerpt) !== unmarked(data.excerpt);
      })
      .slice(0, SECTIONS_SHOWN)
      .forEach(function (s) { item.appendChild(resultLink(s.url, s.title, s.excerpt, false)); });
    return item;
  }

  function showMore() {
    if (state.loading || state.shown >= state.results.length) return;
    var generation = state.generation;
    var batch = state.results.slice(state.shown, state.shown + PAGE_SIZE);
    state.loading = true;
    Promise.all(batch.map(function (r) { return r.data(); })).then(function (pages) {
      if (generation !== state.generation) return;
      if (state.shown === 0) {
        // a page titled exactly like the query first (a company, a project, a topic)
        var q = normalized(state.query);
        var exact = pages.filter(function (d) { return normalized(d.meta && d.meta.title) === q; });
        pages = exact.concat(pages.filter(function (d) { return exact.indexOf(d) < 0; }));
      }
      pages.forEach(function (d) { list.appendChild(resultItem(d)); });
      state.shown += batch.length;
      list.setAttribute("data-query", state.query);
      state.loading = false;
      if (state.openFirst) {
        state.openFirst = false;
        links()[0].click();
        return;
      }
      // fill the visible list (not while the box is closed and the list has no height)
      if (scrollwrap.clientHeight > 0 && scrollwrap.scrollHeight <= scrollwrap.clientHeight) showMore();
    }, function () { state.loading = false; });
  }

  function show(text, results) {
    state.results = results || [];
    state.shown = 0;
    state.loading = false;
    list.textContent = "";
    meta.textContent = text;
    list.removeAttribute("data-query");
    if (state.results.length) showMore();
    else {
      state.openFirst = false;
      if (state.query) list.setAttribute("data-query", state.query);
    }
  }

  function search(query) {
    query = query.trim();
    if (query === state.query) return;
    state.query = query;
    state.parts = query.split(/\s+/).filter(Boolean);
    var generation = ++state.generation;
    state.searching = Boolean(query);
    if (!query) { show(message("start")); return; }
    loadPagefind()
      .then(function (pf) { return find(pf, query); })
      .then(function (results) {
        if (generation !== state.generation) return;
        state.searching = false;
        var n = results.length;
        show(n === 0 ? message("none") : n === 1 ? message("one") : message("other", n), results);
      }, function (error) {
        if (generation !== state.generation) return;
        state.searching = false;
        state.query = "";
        show(message("error"));
        if (window.console) console.warn("search:", error);
      });
  }

  // Enter: the first result of what is in the box, once it is there.
  function openFirstResult() {
    clearTimeout(timer);
    if (input.value.trim() !== state.query || state.searching || state.loading) {
      state.openFirst = true; // when its results are shown
      search(input.value);
    } else if (state.shown > 0) {
      links()[0].click();
    }
  }

  function schedule(event) {
    if (event && event.isComposing) return; // wait for the IME to finish the characters
    clearTimeout(timer);
    timer = setTimeout(function () { search(input.value); }, DEBOUNCE_MS);
  }

  function open() {
    if (toggle && !toggle.checked) toggle.checked = true;
  }

  function close() {
    if (toggle) toggle.checked = false;
    input.blur();
  }

  function links() {
    return Array.prototype.slice.call(list.querySelectorAll(".md-search-result__link"));
  }

  function move(step) {
    var all = links();
    if (all.length === 0) return;
    var at = all.indexOf(document.activeElement);
    var next = at < 0 ? (step > 0 ? 0 : all.length - 1) : at + step;
    if (next < 0) { input.focus({ preventScroll: true }); return; }
    all[Math.min(next, all.length - 1)].focus();
  }

  input.addEventListener("input", schedule);
  input.addEventListener("keyup", schedule); // as Material did
  input.addEventListener("compositionend", schedule);
  input.addEventListener("focus", open);
  form.addEventListener("submit", function (event) { event.preventDefault(); });
  form.addEventListener("reset", function () {
    clearTimeout(timer);
    search("");
    setTimeout(function () { input.focus({ preventScroll: true }); });
  });
  if (toggle) {
    toggle.addEventListener("change", function () {
      if (toggle.checked) input.focus({ preventScroll: true }); // on a phone the box slides in: no jump
    });
  }
  scrollwrap.addEventListener("scroll", function () {
    if (scrollwrap.scrollTop + scrollwrap.clientHeight >= scrollwrap.scrollHeight - 40) showMore();
  }, { passive: true });

  document.addEventListener("keydown", function (event) {
    var typing = event.target && (event.target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(event.target.tagName));
    var inSearch = dialog.contains(event.target);
    if (event.key === "Escape" && (inSearch || (toggle && toggle.checked))) {
      event.preventDefault();
      close();
    } else if (event.key === "Enter" && event.target === input) {
      event.preventDefault();
      openFirstResult();
    } else if ((event.key === "ArrowDown" || event.key === "ArrowUp") && inSearch) {
      event.preventDefault();
      move(event.key === "ArrowDown" ? 1 : -1);
    } else if (!typing && !event.ctrlKey && !event.metaKey && !event.altKey && (event.key === "/" || event.key === "s" || event.key === "f")) {
      event.preventDefault();
      open();
      input.focus({ preventScroll: true });
      input.select();
    }
  });
})();
