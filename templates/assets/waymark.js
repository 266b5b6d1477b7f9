// Site-wide enhancements. Plain JavaScript, no framework; the site works without it.
(function () {
  'use strict';
  document.documentElement.classList.add('js');

  // A wide flowchart opens scrolled so that its first question is in view.
  function showStart(box) {
    var frame = box.querySelector('.flowchart-frame');
    var start = box.querySelector('.fc-start');
    if (!frame || !start || !start.getBoundingClientRect) return;
    var f = frame.getBoundingClientRect();
    var s = start.getBoundingClientRect();
    frame.scrollLeft += (s.left + s.width / 2) - (f.left + f.width / 2);
    frame.scrollTop += s.top - f.top - 16;
  }

  document.addEventListener('DOMContentLoaded', function () {
    var boxes = document.querySelectorAll('details.flowchart-box');
    for (var i = 0; i < boxes.length; i++) {
      (function (box) {
        box.addEventListener('toggle', function () {
          if (box.open) showStart(box);
        });
        if (box.open) showStart(box);
      })(boxes[i]);
    }
  });
})();
