// The light/dark switch in the header: Material's markup (partials/palette.html) for the two
// palettes of theme.palette in mkdocs.yml, and Material's step that applies the reader's saved
// choice before the page is drawn (partials/javascripts/palette.html). Loaded where Material puts
// them (overrides/partials/header.html), once for the whole site instead of 2 KB in every page;
// the switch needs script anyway. tests/test_site.py checks that PALETTES matches mkdocs.yml.
(function () {
  "use strict";

  var PALETTES = [
    { media: "(prefers-color-scheme: light)", scheme: "default", primary: "indigo", accent: "indigo", name: "切换到深色模式",
      icon: "M12 8a4 4 0 0 0-4 4 4 4 0 0 0 4 4 4 4 0 0 0 4-4 4 4 0 0 0-4-4m0 10a6 6 0 0 1-6-6 6 6 0 0 1 6-6 6 6 0 0 1 6 6 6 6 0 0 1-6 6m8-9.31V4h-4.69L12 .69 8.69 4H4v4.69L.69 12 4 15.31V20h4.69L12 23.31 15.31 20H20v-4.69L23.31 12z" },
    { media: "(prefers-color-scheme: dark)", scheme: "slate", primary: "indigo", accent: "indigo", name: "切换到浅色模式",
      icon: "M12 18c-.89 0-1.74-.2-2.5-.55C11.56 16.5 13 14.42 13 12s-1.44-4.5-3.5-5.45C10.26 6.2 11.11 6 12 6a6 6 0 0 1 6 6 6 6 0 0 1-6 6m8-9.31V4h-4.69L12 .69 8.69 4H4v4.69L.69 12 4 15.31V20h4.69L12 23.31 15.31 20H20v-4.69L23.31 12z" }
  ];

  var form = '<form class="md-header__option" data-md-component="palette">';
  PALETTES.forEach(function (p, i) {
    form +=
      '<input class="md-option" data-md-color-media="' + p.media + '" data-md-color-scheme="' + p.scheme +
        '" data-md-color-primary="' + p.primary + '" data-md-color-accent="' + p.accent + '" aria-label="' + p.name +
        '" type="radio" name="__palette" id="__palette_' + i + '">' +
      '<label class="md-header__button md-icon" title="' + p.name + '" for="__palette_' + (i + 1) % PALETTES.length + '" hidden>' +
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24"><path d="' + p.icon + '"/></svg></label>';
  });
  document.currentScript.insertAdjacentHTML("beforebegin", form + "</form>");

  // Material 9.8.1's own step, unchanged: the saved palette, or the one the system prefers
  var palette = __md_get("__palette");
  if (palette && palette.color) {
    if ("(prefers-color-scheme)" === palette.color.media) {
      var media = matchMedia("(prefers-color-scheme: light)");
      var input = document.querySelector(media.matches ? "[data-md-color-media='(prefers-color-scheme: light)']" : "[data-md-color-media='(prefers-color-scheme: dark)']");
      palette.color.media = input.getAttribute("data-md-color-media");
      palette.color.scheme = input.getAttribute("data-md-color-scheme");
      palette.color.primary = input.getAttribute("data-md-color-primary");
      palette.color.accent = input.getAttribute("data-md-color-accent");
    }
    for (var key in palette.color) document.body.setAttribute("data-md-color-" + key, palette.color[key]);
  }
})();
