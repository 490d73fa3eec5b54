// Preview only: reloads the page when the site is rebuilt, and shows build problems.
(function () {
  "use strict";
  var events = new EventSource("/_preview/events");
  events.addEventListener("reload", function () {
    window.location.reload();
  });
  // The problem list at the bottom of the page: problems that stopped the build, or warnings.
  function show(role, colours, text) {
    var box = document.getElementById("preview-problems");
    if (!box) {
      box = document.createElement("div");
      box.id = "preview-problems";
      document.body.appendChild(box);
    }
    box.setAttribute("role", role);
    box.style.cssText = "position:fixed;left:0;right:0;bottom:0;max-height:50vh;overflow:auto;" + colours +
      "padding:1rem;font:14px/1.5 monospace;white-space:pre-wrap;z-index:9999";
    box.textContent = text;
  }
  events.addEventListener("problems", function (event) {
    show("alert", "background:#a4161a;color:#fff;", "The site was not rebuilt. Fix these and save again:\n\n" + event.data);
  });
  // What a build for the real address would refuse: a bar at the top of the page, closed to one line.
  events.addEventListener("notready", function (event) {
    var bar = document.getElementById("preview-not-ready");
    if (!bar) {
      bar = document.createElement("details");
      bar.id = "preview-not-ready";
      bar.setAttribute("role", "status");
      bar.style.cssText = "position:sticky;top:0;z-index:9999;background:#fff3bf;color:#1d2327;" +
        "border-bottom:4px solid #8a5a00;padding:0.5rem 1rem;font:14px/1.5 sans-serif";
      document.body.insertBefore(bar, document.body.firstChild);
    }
    var items = event.data.split("\n");
    var summary = document.createElement("summary");
    summary.textContent = "Not ready to publish: " + items.length + " placeholder" + (items.length === 1 ? "" : "s") +
      " to fill in. A build for the real site.host refuses them (README, \"Before the first publish\").";
    var list = document.createElement("ul");
    list.style.cssText = "font-family:monospace;white-space:pre-wrap;margin:0.5rem 0 0";
    items.forEach(function (item) {
      var li = document.createElement("li");
      li.textContent = item;
      list.appendChild(li);
    });
    bar.replaceChildren(summary, list);
  });
  events.addEventListener("warnings", function (event) {
    show("status", "background:#fff3bf;color:#1d2327;border-top:4px solid #8a5a00;",
      "The site was rebuilt. Worth fixing (see docs/writing.md):\n\n" + event.data);
  });
})();
