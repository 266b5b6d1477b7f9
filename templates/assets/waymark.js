// Site-wide enhancements, on the shared core (waymark-core.js); the site works without them.
(function () {
  'use strict';
  document.documentElement.classList.add('js');
  var W = window.Waymark;
  if (!W) return;

  // A wide flowchart shown full size opens scrolled so that its first question is in view.
  function showStart(box) {
    var frame = box.querySelector('.flowchart-frame');
    var start = box.querySelector('.fc-start');
    var fit = box.querySelector('input[value="fit"]');
    if (!frame || !start || (fit && fit.checked)) return;
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

  // Where a closed <details> cannot be shown open by CSS alone, open the folds on a wide screen.
  function openFolds() {
    var wide = window.matchMedia && window.matchMedia('(min-width: 52.01rem)').matches;
    var shown = window.CSS && CSS.supports && CSS.supports('selector(::details-content)');
    if (wide && !shown) W.all('details.fold').forEach(function (d) { d.open = true; });
  }

  // A Copy button on each code block of the text; where the clipboard is refused (file://),
  // the code is shown selected in a box to copy by hand.
  function copyButton(pre) {
    var wrap = W.el('div', 'code-block');
    pre.parentNode.insertBefore(wrap, pre);
    wrap.append(pre);
    var button = W.el('button', 'code-copy', 'Copy');
    button.type = 'button';
    var status = W.el('span', 'visually-hidden');
    status.setAttribute('role', 'status');
    var box = W.el('textarea', 'code-copy-text');
    box.hidden = true;
    box.readOnly = true;
    box.setAttribute('aria-label', 'The code, to copy');
    button.addEventListener('click', function () {
      W.copy(pre.textContent.replace(/\n$/, ''), box).then(function (copied) {
        button.textContent = copied ? 'Copied' : 'Copy';
        W.announce(status, copied ? 'Copied' : 'Select the code in the box below and copy it');
      });
    });
    wrap.append(button, status, box);
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
    openFolds();
    W.all('.prose pre').forEach(copyButton);
    W.all('details.nav-more-menu').forEach(menu);
    W.all('details.embed-snippet').forEach(snippet);
    W.all('details.flowchart-box').forEach(function (box) {
      box.addEventListener('toggle', function () {
        if (box.open) showStart(box);
      });
      box.addEventListener('change', function () {
        showStart(box);
      });
      if (box.open) showStart(box);
    });
  });
})();
