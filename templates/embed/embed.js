// Convene's embed helper. Optional: the framed form works without it.
// Inside a Convene frame, it tells the embedding page how tall the page is; on the embedding
// page, it sets the height of the Convene frames it hears from (and only those).
(function () {
  "use strict";
  var framed = window.parent !== window && document.body && document.body.classList.contains("embedded");
  if (framed) {
    var last = 0;
    var report = function () {
      var height = document.documentElement.scrollHeight;
      if (height !== last) {
        last = height;
        window.parent.postMessage({ convene: "height", height: height }, "*");
      }
    };
    window.addEventListener("load", report);
    window.addEventListener("resize", report);
    if (window.ResizeObserver) { new ResizeObserver(report).observe(document.body); }
    report();
    return;
  }
  var script = document.currentScript;
  var origin = script ? new URL(script.src).origin : null;
  window.addEventListener("message", function (event) {
    if (event.origin !== origin || !event.data || event.data.convene !== "height") { return; }
    var frames = document.querySelectorAll("iframe");
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow === event.source) {
        var height = Math.min(Math.max(Number(event.data.height) || 0, 100), 20000);
        frames[i].style.height = height + "px";
      }
    }
  });
})();
