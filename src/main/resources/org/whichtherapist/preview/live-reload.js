// Preview only: reloads the page when the site is rebuilt, and shows build problems.
(function () {
  "use strict";
  var events = new EventSource("/_preview/events");
  events.addEventListener("reload", function () {
    window.location.reload();
  });
  events.addEventListener("problems", function (event) {
    var box = document.getElementById("preview-problems");
    if (!box) {
      box = document.createElement("div");
      box.id = "preview-problems";
      box.setAttribute("role", "alert");
      box.style.cssText = "position:fixed;left:0;right:0;bottom:0;max-height:50vh;overflow:auto;" +
        "background:#a4161a;color:#fff;padding:1rem;font:14px/1.5 monospace;white-space:pre-wrap;z-index:9999";
      document.body.appendChild(box);
    }
    box.textContent = "The site was not rebuilt. Fix these and save again:\n\n" + event.data;
  });
})();
