// Waymark embed.js, for the page that hosts an embedded wizard or checklist (the snippet's
// second line; docs/embedding.md). It sizes each Waymark iframe of this site to its content,
// and passes on what the reader did as DOM events on the iframe, which bubble:
//   document.addEventListener('waymark:outcome', function (e) { e.detail.outcome ... });
//   document.addEventListener('waymark:progress', function (e) { e.detail.done ... });
// A message counts only when it comes from one of this site's embed frames (its window and its
// origin), and has the documented shape. No inline code, no styles: it runs under a strict CSP.
(function () {
  'use strict';

  var me = document.currentScript;
  if (!me || !me.src) return;
  var root = me.src.replace(/[?#].*$/, '').replace(/[^\/]*$/, ''); // the site's address
  var origin;
  try {
    origin = new URL(root).origin;
  } catch (e) {
    return;
  }
  var registry = window.WaymarkEmbed = window.WaymarkEmbed || { sites: [] };
  if (registry.sites.indexOf(root) >= 0) return; // the snippet pasted twice loads this twice
  registry.sites.push(root);

  var VERSION = 1;
  var ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
  var MAX_HEIGHT = 50000;
  var MAX_ANSWERS = 500;

  function ours(frame) {
    return typeof frame.src === 'string' && frame.src.indexOf(root + 'embed/') === 0;
  }

  // A frame sandboxed without allow-same-origin speaks from the opaque origin "null".
  function opaque(frame) {
    var s = frame.getAttribute('sandbox');
    return s !== null && !/(^|\s)allow-same-origin(\s|$)/i.test(s);
  }

  function frameOf(source) {
    var frames = document.getElementsByTagName('iframe');
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow === source && ours(frames[i])) return frames[i];
    }
    return null;
  }

  function text(v) {
    return typeof v === 'string' && v.length <= 10000;
  }

  // a tree's or checklist's id: its file name by default, so any short text
  function name(v) {
    return typeof v === 'string' && v.length > 0 && v.length <= 200;
  }

  function count(v) {
    return typeof v === 'number' && isFinite(v) && v >= 0 && v <= 100000 && Math.floor(v) === v;
  }

  function outcome(d) {
    if (!name(d.tree) || !ID.test(d.outcome) || !Array.isArray(d.answers) || d.answers.length > MAX_ANSWERS) return null;
    var answers = [];
    for (var i = 0; i < d.answers.length; i++) {
      var a = d.answers[i];
      if (!a || typeof a !== 'object' || !ID.test(a.question) || !ID.test(a.next) || !text(a.answer)) return null;
      answers.push({ question: a.question, answer: a.answer, next: a.next });
    }
    return { tree: d.tree, outcome: d.outcome, answers: answers };
  }

  function progress(d) {
    if (!name(d.checklist) || !count(d.done) || !count(d.required)) return null;
    return { checklist: d.checklist, done: d.done, required: d.required };
  }

  var told = new WeakMap(); // frame -> the last progress passed on

  function tell(frame, type, detail) {
    var event;
    try {
      event = new CustomEvent(type, { bubbles: true, detail: detail });
    } catch (e) {
      return;
    }
    frame.dispatchEvent(event);
  }

  window.addEventListener('message', function (event) {
    var frame = frameOf(event.source);
    if (!frame) return;
    if (event.origin !== origin && !(event.origin === 'null' && opaque(frame))) return;
    var d = event.data;
    if (!d || typeof d !== 'object' || d.version !== VERSION || typeof d.type !== 'string') return;
    if (d.type === 'waymark:height') {
      if (count(d.height) && d.height > 0 && d.height <= MAX_HEIGHT) frame.height = String(d.height);
    } else if (d.type === 'waymark:outcome') {
      var o = outcome(d);
      if (o) tell(frame, d.type, o);
    } else if (d.type === 'waymark:progress') {
      var p = progress(d);
      // the frame repeats its progress in answer to hello: hosts hear each change once
      var key = p && p.checklist + ':' + p.done + '/' + p.required;
      if (p && told.get(frame) !== key) {
        told.set(frame, key);
        tell(frame, d.type, p);
      }
    }
  });

  function hello(frame) {
    try {
      frame.contentWindow.postMessage({ type: 'waymark:hello', version: VERSION }, opaque(frame) ? '*' : origin);
    } catch (e) {
      // not loaded yet: its load event says hello again
    }
  }

  Array.prototype.forEach.call(document.getElementsByTagName('iframe'), function (f) {
    if (ours(f)) hello(f);
  });
  // A frame that loads later (lazily, or added by the host) says its height first anyway;
  // hello covers one that loaded before this script.
  document.addEventListener('load', function (event) {
    var t = event.target;
    if (t && t.tagName === 'IFRAME' && ours(t)) hello(t);
  }, true);
})();
