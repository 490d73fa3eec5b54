// Which Therapist? — search as you type, on the search page only (templates/search.html.ftl); without
// JavaScript that page lists every page. The index is split (render/SearchIndex.java): a small first
// file, then only the slices of the word list that hold the words typed, then one small file per result
// shown; a word that is on no page fetches the site's words of about its length (SpellingLists.java) to
// suggest the closest. Nothing is fetched until the reader searches. docs/architecture.md, "Search".
(function () {
  "use strict";

  var input = document.getElementById("search-q");
  if (!input) {
    return;
  }
  var status = document.getElementById("search-status");
  var results = document.getElementById("search-results");
  var more = document.getElementById("search-more");
  var allPages = document.getElementById("all-pages");
  var signposts = document.querySelectorAll(".search-signpost");
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

  // The words as the index has them (SearchTerms.java): lower case, no accents, split at anything not
  // a letter or number, words of one character left out.
  function terms(query) {
    return query.toLowerCase().normalize("NFD").replace(/[\u0300-\u036f]/g, "")
      .split(/[^\p{L}\p{N}]+/u).filter(function (t) { return t.length > 1; });
  }

  // The query as what to look for, word by word: from the first word on, the longest run of words the
  // owner gave a synonym for (index.json's "synonyms", from content/_data/search.yml) is taken as one,
  // then the next word after it, exactly as SearchSynonyms.java reads every page. Each has what was
  // typed and the ways a page may hold it: the words typed, or the site's words for them.
  function lookFor(words, synonyms) {
    var found = [];
    for (var i = 0; i < words.length;) {
      var run = null;
      synonyms.forEach(function (pair) {
        var typed = pair[0].split(" ");
        if ((!run || typed.length > run[0].length) && words.slice(i, i + typed.length).join(" ") === pair[0]) {
          run = [typed, pair[1].split(" ")];
        }
      });
      found.push(run ? { typed: run[0].join(" "), ways: run } : { typed: words[i], ways: [[words[i]]] });
      i += run ? run[0].length : 1;
    }
    return found;
  }

  // The slices that may hold words beginning with the word (only the word itself, for two letters).
  function slicesFor(first, word) {
    var at = 0;
    while (at + 1 < first.length && first[at + 1] <= word) {
      at++;
    }
    var found = [at];
    while (word.length > 2 && at + 1 < first.length && first[at + 1].indexOf(word) === 0) {
      found.push(++at);
    }
    return found;
  }

  // page number -> score of the word on that page (its best word, for words beginning with it).
  function wordScores(entry, word) {
    if (entry.shards.length === 0) {
      return Promise.resolve({});
    }
    return Promise.all(slicesFor(entry.shards, word).map(function (i) { return load("w/" + i + ".json"); }))
      .then(function (slices) {
        var found = {};
        slices.forEach(function (slice) {
          Object.keys(slice).forEach(function (indexed) {
            if (indexed === word || (word.length > 2 && indexed.indexOf(word) === 0)) {
              var page = -1;
              slice[indexed].forEach(function (n) {
                page += Math.floor(n / 16);
                var s = 0;
                WEIGHTS.forEach(function (w) { if (n & w[0]) { s += w[1]; } });
                found[page] = Math.max(found[page] || 0, s);
              });
            }
          });
        });
        return found;
      });
  }

  // page number -> score of one thing looked for: its best way, a way holding when all its words are there.
  function scores(entry, item) {
    return Promise.all(item.ways.map(function (way) {
      return Promise.all(way.map(function (word) { return wordScores(entry, word); })).then(function (perWord) {
        var found = {};
        Object.keys(perWord[0]).forEach(function (page) {
          var total = 0;
          for (var i = 0; i < perWord.length; i++) {
            if (!perWord[i][page]) {
              return;
            }
            total += perWord[i][page];
          }
          found[page] = total;
        });
        return found;
      });
    })).then(function (perWay) {
      var best = {};
      perWay.forEach(function (found) {
        Object.keys(found).forEach(function (page) { best[page] = Math.max(best[page] || 0, found[page]); });
      });
      return best;
    });
  }

  // Damerau–Levenshtein distance (insertions, deletions, substitutions and transpositions of two
  // neighbouring letters, each one edit; Lowrance and Wagner's algorithm), or limit + 1 if it is more.
  function distance(a, b, limit) {
    a = Array.from(a);
    b = Array.from(b);
    if (Math.abs(a.length - b.length) > limit) {
      return limit + 1;
    }
    var most = a.length + b.length;
    var d = [];
    for (var i = 0; i <= a.length + 1; i++) {
      d.push(new Array(b.length + 2));
    }
    d[0][0] = most;
    for (i = 0; i <= a.length; i++) {
      d[i + 1][0] = most;
      d[i + 1][1] = i;
    }
    for (var j = 0; j <= b.length; j++) {
      d[0][j + 1] = most;
      d[1][j + 1] = j;
    }
    var lastRow = {};
    for (i = 1; i <= a.length; i++) {
      var lastMatch = 0;
      for (j = 1; j <= b.length; j++) {
        var k = lastRow[b[j - 1]] || 0;
        var l = lastMatch;
        var cost = 1;
        if (a[i - 1] === b[j - 1]) {
          cost = 0;
          lastMatch = j;
        }
        d[i + 1][j + 1] = Math.min(d[i][j] + cost, d[i + 1][j] + 1, d[i][j + 1] + 1,
          d[k][l] + (i - k - 1) + 1 + (j - l - 1));
      }
      lastRow[a[i - 1]] = i;
    }
    return Math.min(d[a.length + 1][b.length + 1], limit + 1);
  }

  // How far a suggestion may be from a word: one edit for 3–5 letters, two for more (SpellingLists.java).
  function mostEdits(word) {
    return word.length <= 5 ? 1 : 2;
  }

  // The site's word closest to one that is on no page, or null: fewest edits first, then the word on
  // the most pages (its band in the spelling list), then one that starts with the same letter, then
  // alphabetical. A word readers may type for a site's word (a synonym) counts as a common word.
  function suggestion(entry, word) {
    var edits = mostEdits(word);
    var lengths = entry.spelling.filter(function (n) { return Math.abs(n - word.length) <= edits; });
    return Promise.all(lengths.map(function (n) { return load("s/" + n + ".json"); })).then(function (lists) {
      var best = null;
      function consider(candidate, common) {
        var d = distance(word, candidate, edits);
        if (d > edits) {
          return;
        }
        var rank = [d, -common, candidate[0] === word[0] ? 0 : 1, candidate];
        for (var i = 0; best && i < rank.length; i++) {
          if (rank[i] !== best[i]) {
            if (rank[i] > best[i]) {
              return;
            }
            break;
          }
        }
        best = rank;
      }
      lists.forEach(function (bands) {
        bands.forEach(function (band, common) { band.forEach(function (w) { consider(w, common); }); });
      });
      entry.synonyms.forEach(function (pair) {
        if (pair[0].indexOf(" ") < 0) {
          consider(pair[0], 30);
        }
      });
      return best ? best[3] : null;
    });
  }

  // Whether a word typed may be corrected: three letters or more, no digits, and not a signpost's word.
  function correctable(item, asked) {
    return item.ways[0].length === 1 && item.typed.length >= 3 && !/\d/.test(item.typed)
      && !signpostWords(asked)[item.typed];
  }

  // For each thing looked for, its pages; for one on no page, the closest spelling and its pages.
  function lookUp(entry, words) {
    var items = lookFor(words, entry.synonyms);
    return Promise.all(items.map(function (item) {
      return scores(entry, item).then(function (found) {
        if (Object.keys(found).length > 0 || !correctable(item, words)) {
          return { item: item, found: found };
        }
        return suggestion(entry, item.typed).then(function (close) {
          if (!close) {
            return { item: item, found: found };
          }
          var corrected = lookFor([close], entry.synonyms)[0];
          corrected.typed = item.typed;
          corrected.suggested = close;
          return scores(entry, corrected).then(function (closeFound) { return { item: corrected, found: closeFound }; });
        });
      });
    }));
  }

  // Pages with everything looked for, best first; when no page has it all, every page with some of it,
  // those with the most first ("partial": each result says what it lacks).
  function rank(perItem) {
    var pages = {};
    perItem.forEach(function (one, index) {
      Object.keys(one.found).forEach(function (page) {
        var p = pages[page] || (pages[page] = { page: Number(page), score: 0, held: {} });
        p.score += one.found[page];
        p.held[index] = true;
      });
    });
    var all = Object.keys(pages).map(function (page) { return pages[page]; });
    var whole = all.filter(function (p) { return Object.keys(p.held).length === perItem.length; });
    var found = whole.length > 0 ? whole : all;
    found.sort(function (a, b) {
      return Object.keys(b.held).length - Object.keys(a.held).length || b.score - a.score || a.page - b.page;
    });
    found.forEach(function (p) {
      p.missing = perItem.filter(function (one, index) { return !p.held[index]; })
        .map(function (one) { return one.item.suggested || one.item.typed; });
    });
    return { found: found, partial: whole.length === 0 && found.length > 0 };
  }

  // The signposts' words (data-when: runs of words joined by spaces, "|" between runs) that the query holds.
  function signpostWords(words) {
    var said = {};
    var query = " " + words.join(" ") + " ";
    Array.prototype.forEach.call(signposts, function (signpost) {
      signpost.getAttribute("data-when").split("|").forEach(function (run) {
        if (query.indexOf(" " + run + " ") >= 0) {
          run.split(" ").forEach(function (w) { said[w] = true; });
        }
      });
    });
    return said;
  }

  function showSignposts(words) {
    var query = " " + words.join(" ") + " ";
    Array.prototype.forEach.call(signposts, function (signpost) {
      signpost.hidden = !signpost.getAttribute("data-when").split("|").some(function (run) {
        return query.indexOf(" " + run + " ") >= 0;
      });
    });
  }

  // Where the word next begins a word of the text (as the index finds words beginning with it), or -1.
  function wordStart(lower, word, from) {
    for (var at = lower.indexOf(word, from); at >= 0; at = lower.indexOf(word, at + 1)) {
      if (at === 0 || !/[\p{L}\p{N}]/u.test(lower.charAt(at - 1))) {
        return at;
      }
    }
    return -1;
  }

  // Appends text to an element with each search word, where a word of the text begins with it, wrapped
  // in <mark>; no HTML is parsed.
  function highlight(element, text, words) {
    var lower = text.toLowerCase();
    var at = 0;
    while (at < text.length) {
      var next = -1;
      var length = 0;
      for (var i = 0; i < words.length; i++) {
        var found = wordStart(lower, words[i], at);
        if (found >= 0 && (next < 0 || found < next || (found === next && words[i].length > length))) {
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
    var summary = page.summary.toLowerCase();
    var word = words.filter(function (w) { return wordStart(lower, w, 0) >= 0; })[0];
    if (!word || words.some(function (w) { return wordStart(summary, w, 0) >= 0; })) {
      return page.summary;
    }
    var first = wordStart(lower, word, 0);
    var start = Math.max(0, first - 60);
    if (start > 0) {
      start = page.text.indexOf(" ", start) + 1; // begin at a whole word
    }
    var end = page.text.lastIndexOf(" ", first + 120);
    return (start > 0 ? "…" : "") + page.text.slice(start, end > first ? end : first + 120) + "…";
  }

  function quoted(words) {
    return words.map(function (w) { return "“" + w + "”"; }).join(", ");
  }

  function item(page, result, words) {
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
    if (result.missing.length > 0) {
      var partial = document.createElement("p");
      partial.className = "search-results__partial";
      partial.textContent = "Partial match: without " + quoted(result.missing) + ".";
      li.appendChild(partial);
    }
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
      pages.forEach(function (page, i) { results.appendChild(item(page, next[i], search.words)); });
      if (more) {
        more.hidden = search.listed >= search.found.length;
      }
    });
  }

  // What the search found, in words: the count, a suggestion for a word on no page (as a link that
  // searches for it), or that no page has every word.
  function describe(query, perItem, ranked) {
    status.textContent = "";
    var corrected = perItem.filter(function (one) { return one.item.suggested; });
    var count = ranked.found.length;
    var pages = count + (count === 1 ? " page" : " pages");
    if (corrected.length > 0) {
      var better = perItem.map(function (one) { return one.item.suggested || one.item.typed; }).join(" ");
      status.appendChild(document.createTextNode("No page has " + quoted(corrected.map(function (one) {
        return one.item.typed;
      })) + ". Did you mean "));
      var link = document.createElement("a");
      link.href = "?q=" + encodeURIComponent(better);
      link.textContent = better;
      status.appendChild(link);
      status.appendChild(document.createTextNode("? " + (count === 0 ? "No pages match it either."
        : (ranked.partial ? pages + " have some of its words." : pages + (count === 1 ? " has it." : " have it.")))));
    } else if (count === 0) {
      status.textContent = "No pages match “" + query + "”.";
    } else if (ranked.partial) {
      status.textContent = "No page has all of “" + query + "”. " + pages + (count === 1 ? " has" : " have")
        + " some of these words.";
    } else {
      status.textContent = pages + (count === 1 ? " matches" : " match") + " “" + query + "”.";
    }
  }

  function unavailable() {
    status.textContent = "Search is not available right now. The full list of pages is below.";
    allPages.hidden = false;
  }

  function show(query) {
    var words = terms(query);
    var asked = ++latest;
    showSignposts(words);
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
      return lookUp(entry, words);
    }).then(function (perItem) {
      if (asked !== latest) {
        return null; // a newer search has started
      }
      var ranked = rank(perItem);
      var marked = [];
      perItem.forEach(function (one) { one.item.ways.forEach(function (way) { marked = marked.concat(way); }); });
      shown = { words: marked, found: ranked.found, listed: 0 };
      results.textContent = "";
      describe(query, perItem, ranked);
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
