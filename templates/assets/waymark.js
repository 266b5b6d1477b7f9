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

  // The header's "More" menu is a <details>, so it works without this; here it also closes on
  // Escape (focus back on "More"), on a click elsewhere, and when focus leaves it.
  function menu(box) {
    var summary = box.querySelector('summary');
    box.addEventListener('keydown', function (e) {
      if (e.key !== 'Escape' || !box.open) return;
      box.open = false;
      summary.focus();
      e.preventDefault();
    });
    box.addEventListener('focusout', function (e) {
      if (box.open && e.relatedTarget && !box.contains(e.relatedTarget)) box.open = false;
    });
    document.addEventListener('click', function (e) {
      if (box.open && !box.contains(e.target)) box.open = false;
    });
  }

  W.ready(function () {
    W.all('details.nav-more-menu').forEach(menu);
    W.all('details.flowchart-box').forEach(function (box) {
      box.addEventListener('toggle', function () {
        if (box.open) showStart(box);
      });
      if (box.open) showStart(box);
    });
  });
})();
