// Site-wide enhancements, on the shared core (waymark-core.js); the site works without them.
(function () {
  'use strict';
  document.documentElement.classList.add('js');
  var W = window.Waymark;
  if (!W) return;

  // A wide flowchart opens scrolled so that its first question is in view.
  function showStart(box) {
    var frame = box.querySelector('.flowchart-frame');
    var start = box.querySelector('.fc-start');
    if (!frame || !start) return;
    var f = frame.getBoundingClientRect();
    var s = start.getBoundingClientRect();
    frame.scrollLeft += (s.left + s.width / 2) - (f.left + f.width / 2);
    frame.scrollTop += s.top - f.top - 16;
  }

  W.ready(function () {
    W.all('details.flowchart-box').forEach(function (box) {
      box.addEventListener('toggle', function () {
        if (box.open) showStart(box);
      });
      if (box.open) showStart(box);
    });
  });
})();
