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

  // "Embed this" (templates/embed-snippet.ftlh): Copy puts the HTML on the clipboard, or leaves
  // it selected in its box where the browser refuses. The button exists only with this script.
  function snippet(box) {
    var code = box.querySelector('[data-snippet]');
    var button = box.querySelector('[data-copy-snippet]');
    var message = box.querySelector('[data-snippet-message]');
    if (!code || !button || !message) return;
    button.hidden = false;
    button.addEventListener('click', function () {
      W.copy(code.value, code).then(function (copied) {
        code.hidden = false; // the box is the snippet itself: it stays in view either way
        W.announce(message, copied ? 'Copied.' : 'The HTML is selected; press Ctrl+C or Cmd+C to copy it.');
      });
    });
  }

  W.ready(function () {
    W.all('details.nav-more-menu').forEach(menu);
    W.all('details.embed-snippet').forEach(snippet);
    W.all('details.flowchart-box').forEach(function (box) {
      box.addEventListener('toggle', function () {
        if (box.open) showStart(box);
      });
      if (box.open) showStart(box);
    });
  });
})();
