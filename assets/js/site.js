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

  // Buttons that show what follows them on small screens (<details data-open-wide>: the header's
  // Menu and Search, the titles of "On this page" and "At a glance"). On wide screens the stylesheet
  // always shows those parts; here the buttons' open state follows, so screen readers say so too.
  var wide = window.matchMedia("(min-width: 60rem)");
  var openWide = document.querySelectorAll("details[data-open-wide]");
  function fitToScreen() {
    for (var i = 0; i < openWide.length; i++) {
      openWide[i].open = wide.matches;
    }
  }
  fitToScreen();
  wide.addEventListener("change", fitToScreen);

  // On small screens the header's Menu and Search open one at a time; Search puts the cursor in its
  // box; Escape closes them.
  var headerToggles = document.querySelectorAll(".site-header__toggle");
  function closeHeaderToggles(except) {
    for (var i = 0; i < headerToggles.length; i++) {
      if (headerToggles[i] !== except) {
        headerToggles[i].open = false;
      }
    }
  }
  Array.prototype.forEach.call(headerToggles, function (toggle) {
    toggle.addEventListener("toggle", function () {
      if (!toggle.open || wide.matches) {
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
    if (event.key === "Escape" && open && !wide.matches) {
      closeHeaderToggles(null);
      open.querySelector("summary").focus();
    }
  });

  // Search as you type, on the search page only. The index is fetched on first use.
  var input = document.getElementById("search-q");
  if (!input) {
    return;
  }
  var status = document.getElementById("search-status");
  var results = document.getElementById("search-results");
  var allPages = document.getElementById("all-pages");
  var loading = null;
  var TYPES = { article: "Article", discipline: "Therapist", qualification: "Qualification",
    technique: "Technique", page: "Page", compare: "Comparison", guide: "Guide", faq: "Questions" };

  function loadIndex() {
    if (!loading) {
      loading = fetch(input.getAttribute("data-index")).then(function (response) {
        return response.json();
      });
    }
    return loading;
  }

  function terms(query) {
    return query.toLowerCase().split(/\s+/).filter(function (t) { return t.length > 0; });
  }

  function score(page, words) {
    var total = 0;
    for (var i = 0; i < words.length; i++) {
      var w = words[i];
      var s = 0;
      if (page.title.toLowerCase().indexOf(w) >= 0) { s += 20; }
      if (page.headings.join(" ").toLowerCase().indexOf(w) >= 0) { s += 5; }
      if ((page.summary + " " + page.tags.join(" ")).toLowerCase().indexOf(w) >= 0) { s += 3; }
      if (page.text.toLowerCase().indexOf(w) >= 0) { s += 1; }
      if (s === 0) {
        return 0; // every word must appear somewhere
      }
      total += s;
    }
    return total;
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

  function show(query) {
    var words = terms(query);
    results.textContent = "";
    if (words.length === 0) {
      status.textContent = "";
      allPages.hidden = false;
      return;
    }
    loadIndex().then(function (index) {
      var found = index.map(function (page) {
        return { page: page, score: score(page, words) };
      }).filter(function (r) { return r.score > 0; });
      found.sort(function (a, b) { return b.score - a.score || a.page.title.localeCompare(b.page.title); });
      results.textContent = "";
      found.slice(0, 20).forEach(function (r) {
        var item = document.createElement("li");
        var link = document.createElement("a");
        link.href = r.page.url;
        highlight(link, r.page.title, words);
        var kind = document.createElement("span");
        kind.className = "search-results__type";
        kind.textContent = TYPES[r.page.type] || "Page";
        var text = document.createElement("p");
        highlight(text, snippet(r.page, words), words);
        item.appendChild(link);
        item.appendChild(kind);
        item.appendChild(text);
        results.appendChild(item);
      });
      status.textContent = found.length === 0 ? "No pages match “" + query + "”."
        : found.length + (found.length === 1 ? " page matches" : " pages match") + " “" + query + "”.";
      allPages.hidden = true;
    }).catch(function () {
      status.textContent = "Search is not available right now. The full list of pages is below.";
      allPages.hidden = false;
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
