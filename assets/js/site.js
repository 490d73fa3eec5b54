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
})();
