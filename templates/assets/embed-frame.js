// The frame side of an embed page (templates/embed-page.ftlh), inside another site's iframe:
// tells the host page how tall the content is, and what the reader did (the wizard's outcome,
// the checklist's progress), by postMessage. The host side is embed.js; the messages are
// documented in docs/embedding.md. Plain JavaScript, no inline code; loaded before the wizard
// and checklist scripts, so it listens before they start and no event is missed.
(function () {
  'use strict';

  // "Open in <site>" opens the tree's page at the step the reader is on: the wizard's answers
  // are in this page's fragment, in the same form the tree's page reads. Set as the link is
  // used (the wizard moves by history.pushState, which fires no event).
  function carryAnswers(event) {
    var link = event.target && event.target.closest ? event.target.closest('.embed-open a') : null;
    if (!link) return;
    var hash = /^#answers=/.test(location.hash) ? location.hash : '';
    link.setAttribute('href', link.getAttribute('href').replace(/#.*$/, '') + hash);
  }
  ['click', 'auxclick', 'contextmenu', 'focusin'].forEach(function (type) {
    document.addEventListener(type, carryAnswers, true);
  });

  if (window.parent === window) return; // opened on its own: there is no host to tell
  var VERSION = 1;
  var ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

  // Where messages may go: the host page's origin when the browser says it, else any (the
  // messages hold nothing a reader typed, only ids, labels from the site and counts).
  var host = (function () {
    try {
      var a = window.location.ancestorOrigins;
      if (a && a.length && /^https?:\/\//.test(a[0])) return a[0];
    } catch (e) { /* not offered */ }
    try {
      if (document.referrer) {
        var o = new URL(document.referrer).origin;
        if (/^https?:\/\//.test(o)) return o;
      }
    } catch (e) { /* no usable referrer */ }
    return '*';
  })();

  function post(message, to) {
    message.version = VERSION;
    try {
      window.parent.postMessage(message, to || host);
    } catch (e) {
      // a host that went away, or an origin the browser will not name: nothing to do
    }
  }

  var lastHeight = 0;
  var lastProgress = null;

  function height() {
    var frame = document.querySelector('.embed-frame');
    var box = (frame || document.body).getBoundingClientRect();
    return Math.ceil(box.bottom + (window.scrollY || 0));
  }

  function sendHeight(always) {
    var h = height();
    if (h > 0 && (always || h !== lastHeight)) {
      lastHeight = h;
      post({ type: 'waymark:height', height: h });
    }
  }

  document.addEventListener('waymark:outcome', function (event) {
    var d = event.detail;
    if (!d || typeof d.tree !== 'string' || !ID.test(d.outcome) || !Array.isArray(d.answers)) return;
    post({
      type: 'waymark:outcome', tree: d.tree, outcome: d.outcome,
      answers: d.answers.map(function (a) { return { question: a.question, answer: a.answer, next: a.next }; })
    });
  });

  document.addEventListener('waymark:progress', function (event) {
    var d = event.detail;
    if (!d || typeof d.checklist !== 'string' || typeof d.done !== 'number' || typeof d.required !== 'number') return;
    var p = lastProgress;
    if (p && p.checklist === d.checklist && p.done === d.done && p.required === d.required) return;
    lastProgress = { type: 'waymark:progress', checklist: d.checklist, done: d.done, required: d.required };
    post(lastProgress);
  });

  // embed.js loads on its own time and may miss the first messages: it says hello, and is
  // answered with the height and the progress so far. Only the frame's own parent is answered.
  window.addEventListener('message', function (event) {
    if (event.source !== window.parent) return;
    if (host !== '*' && event.origin !== host) return;
    var d = event.data;
    if (!d || typeof d !== 'object' || d.type !== 'waymark:hello' || d.version !== VERSION) return;
    var to = event.origin && event.origin !== 'null' ? event.origin : '*';
    post({ type: 'waymark:height', height: height() }, to);
    if (lastProgress) post(lastProgress, to);
  });

  function watch() {
    sendHeight(true);
    var frame = document.querySelector('.embed-frame') || document.body;
    if (typeof ResizeObserver === 'function') {
      new ResizeObserver(function () { sendHeight(false); }).observe(frame);
    }
    window.addEventListener('resize', function () { sendHeight(false); });
    window.addEventListener('load', function () { sendHeight(false); });
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', watch);
  else watch();
})();
