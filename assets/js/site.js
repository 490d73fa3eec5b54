// Which Therapist? — small enhancements; every page works without them.
(function () {
  "use strict";

  // Light/dark theme toggle. The choice is remembered; the inline script in <head> applies it early.
  var root = document.documentElement;
  var toggle = document.querySelector(".theme-toggle");
  function theme() {
    var chosen = root.getAttribute("data-theme");
    if (chosen) {
      return chosen;
    }
    return window.matchMedia && window.matchMedia("(prefers-color-scheme: dark)").matches ? "dark" : "light";
  }
  if (toggle) {
    var syncToggle = function () {
      toggle.setAttribute("aria-pressed", theme() === "dark" ? "true" : "false");
    };
    toggle.hidden = false;
    syncToggle();
    toggle.addEventListener("click", function () {
      var next = theme() === "dark" ? "light" : "dark";
      root.setAttribute("data-theme", next);
      try {
        localStorage.setItem("theme", next);
      } catch (e) {
        // private browsing: the choice lasts for this page only
      }
      syncToggle();
    });
  }

  // Buttons that show what follows them on small screens (<details data-open-wide="(min-width: …)">: the
  // header's Menu and Search, the titles of "On this page" and "At a glance"). From the width each names,
  // the stylesheet always shows those parts; here the buttons' open state follows, so screen readers say so too.
  Array.prototype.forEach.call(document.querySelectorAll("details[data-open-wide]"), function (details) {
    var wide = window.matchMedia(details.getAttribute("data-open-wide"));
    var fitToScreen = function () {
      details.open = wide.matches;
    };
    fitToScreen();
    wide.addEventListener("change", fitToScreen);
  });

  // Below the width where the whole header fits, its Menu and Search open one at a time; Search puts the
  // cursor in its box; Escape closes them.
  var headerToggles = document.querySelectorAll(".site-header__toggle");
  var wideHeader = window.matchMedia(headerToggles.length ? headerToggles[0].getAttribute("data-open-wide") : "all");
  function closeHeaderToggles(except) {
    for (var i = 0; i < headerToggles.length; i++) {
      if (headerToggles[i] !== except) {
        headerToggles[i].open = false;
      }
    }
  }
  Array.prototype.forEach.call(headerToggles, function (toggle) {
    toggle.addEventListener("toggle", function () {
      if (!toggle.open || wideHeader.matches) {
        return;
      }
      closeHeaderToggles(toggle);
      if (toggle.classList.contains("site-header__toggle--search")) {
        document.getElementById("site-search-q").focus();
      }
    });
  });
  document.addEventListener("keydown", function (event) {
    var open = document.querySelector(".site-header__toggle[open]");
    if (event.key === "Escape" && open && !wideHeader.matches) {
      closeHeaderToggles(null);
      open.querySelector("summary").focus();
    }
  });

  // Search as you type, on the search page only. The index is split (see SearchIndex.java): a small
  // first file, then only the slices of the word list that hold the words typed, then one small
  // file per result shown. Nothing is fetched until the reader searches.
  var input = document.getElementById("search-q");
  if (!input) {
    return;
  }
  var status = document.getElementById("search-status");
  var results = document.getElementById("search-results");
  var more = document.getElementById("search-more");
  var allPages = document.getElementById("all-pages");
  var PER_PAGE = 10;
  var TYPES = { article: "Article", discipline: "Therapist", qualification: "Qualification",
    technique: "Technique", page: "Page", compare: "Comparison", guide: "Guide", faq: "Questions" };
  // Where on a page a word is, as the index writes it: 8 title, 4 heading, 2 summary or topic, 1 text.
  var WEIGHTS = [[8, 20], [4, 5], [2, 3], [1, 1]];
  var base = new URL(input.getAttribute("data-index"), document.baseURI);
  var fetched = {};
  var shown = null;
  var latest = 0;

  function load(name) {
    if (!fetched[name]) {
      fetched[name] = fetch(new URL(name, base)).then(function (response) {
        if (!response.ok) {
          throw new Error(response.status);
        }
        return response.json();
      });
    }
    return fetched[name];
  }

  // The words as the index has them: lower case, no accents, split at anything not a letter or number.
  function terms(query) {
    return query.toLowerCase().normalize("NFD").replace(/[\u0300-\u036f]/g, "")
      .split(/[^\p{L}\p{N}]+/u).filter(function (t) { return t.length > 1; });
  }

  // The slices that may hold words beginning with the term (only the term itself, for two letters).
  function slicesFor(first, term) {
    var at = 0;
    while (at + 1 < first.length && first[at + 1] <= term) {
      at++;
    }
    var found = [at];
    while (term.length > 2 && at + 1 < first.length && first[at + 1].indexOf(term) === 0) {
      found.push(++at);
    }
    return found;
  }

  // page number -> score of the term on that page (its best word, for words beginning with it).
  function scores(slices, term) {
    var found = {};
    slices.forEach(function (slice) {
      Object.keys(slice).forEach(function (word) {
        if (word === term || (term.length > 2 && word.indexOf(term) === 0)) {
          var page = -1;
          slice[word].forEach(function (n) {
            page += Math.floor(n / 16);
            var s = 0;
            WEIGHTS.forEach(function (w) { if (n & w[0]) { s += w[1]; } });
            found[page] = Math.max(found[page] || 0, s);
          });
        }
      });
    });
    return found;
  }

  // Pages with every term, best first; equal scores in title order (pages are numbered so).
  function rank(entry, words) {
    if (entry.shards.length === 0) {
      return Promise.resolve([]);
    }
    return Promise.all(words.map(function (term) {
      return Promise.all(slicesFor(entry.shards, term).map(function (i) { return load("w/" + i + ".json"); }))
        .then(function (slices) { return scores(slices, term); });
    })).then(function (perTerm) {
      var found = [];
      Object.keys(perTerm[0]).forEach(function (page) {
        var total = 0;
        for (var i = 0; i < perTerm.length; i++) {
          if (!perTerm[i][page]) {
            return; // every word must appear somewhere
          }
          total += perTerm[i][page];
        }
        found.push({ page: Number(page), score: total });
      });
      found.sort(function (a, b) { return b.score - a.score || a.page - b.page; });
      return found;
    });
  }

  // Appends text to an element with each search word wrapped in <mark>; no HTML is parsed.
  function highlight(element, text, words) {
    var lower = text.toLowerCase();
    var at = 0;
    while (at < text.length) {
      var next = -1;
      var length = 0;
      for (var i = 0; i < words.length; i++) {
        var found = lower.indexOf(words[i], at);
        if (found >= 0 && (next < 0 || found < next)) {
          next = found;
          length = words[i].length;
        }
      }
      if (next < 0) {
        element.appendChild(document.createTextNode(text.slice(at)));
        break;
      }
      element.appendChild(document.createTextNode(text.slice(at, next)));
      var mark = document.createElement("mark");
      mark.textContent = text.slice(next, next + length);
      element.appendChild(mark);
      at = next + length;
    }
  }

  function snippet(page, words) {
    var lower = page.text.toLowerCase();
    var first = lower.indexOf(words[0]);
    if (page.summary.toLowerCase().indexOf(words[0]) >= 0 || first < 0) {
      return page.summary;
    }
    var start = Math.max(0, first - 60);
    if (start > 0) {
      start = page.text.indexOf(" ", start) + 1; // begin at a whole word
    }
    var end = page.text.lastIndexOf(" ", first + 120);
    return (start > 0 ? "…" : "") + page.text.slice(start, end > first ? end : first + 120) + "…";
  }

  function item(page, words) {
    var li = document.createElement("li");
    var link = document.createElement("a");
    link.href = page.url; // addresses below the site root, where this page is
    highlight(link, page.title, words);
    var kind = document.createElement("span");
    kind.className = "search-results__type";
    kind.textContent = TYPES[page.type] || "Page";
    var text = document.createElement("p");
    highlight(text, snippet(page, words), words);
    li.appendChild(link);
    li.appendChild(kind);
    li.appendChild(text);
    return li;
  }

  // Shows the next results of the current search: fetches their page files, then lists them.
  function showMore(search) {
    var next = search.found.slice(search.listed, search.listed + PER_PAGE);
    search.listed += next.length;
    return Promise.all(next.map(function (r) { return load("p/" + r.page + ".json"); })).then(function (pages) {
      if (search !== shown) {
        return;
      }
      pages.forEach(function (page) { results.appendChild(item(page, search.words)); });
      if (more) {
        more.hidden = search.listed >= search.found.length;
      }
    });
  }

  function unavailable() {
    status.textContent = "Search is not available right now. The full list of pages is below.";
    allPages.hidden = false;
  }

  function show(query) {
    var words = terms(query);
    var asked = ++latest;
    if (words.length === 0) {
      shown = null;
      results.textContent = "";
      status.textContent = "";
      if (more) {
        more.hidden = true;
      }
      allPages.hidden = false;
      return;
    }
    load("index.json").then(function (entry) {
      return rank(entry, words);
    }).then(function (found) {
      if (asked !== latest) {
        return null; // a newer search has started
      }
      shown = { words: words, found: found, listed: 0 };
      results.textContent = "";
      status.textContent = found.length === 0 ? "No pages match “" + query + "”."
        : found.length + (found.length === 1 ? " page matches" : " pages match") + " “" + query + "”.";
      allPages.hidden = true;
      return showMore(shown);
    }).catch(unavailable);
  }

  if (more) {
    more.addEventListener("click", function () {
      if (shown) {
        showMore(shown).catch(unavailable);
      }
    });
  }
  var timer = null;
  input.addEventListener("input", function () {
    clearTimeout(timer);
    timer = setTimeout(function () { show(input.value); }, 150);
  });
  input.form.addEventListener("submit", function (event) {
    event.preventDefault();
    show(input.value);
  });
  var initial = new URLSearchParams(window.location.search).get("q");
  if (initial) {
    input.value = initial;
    show(initial);
  }
})();
