// The client-side core: what the theme's scripts share, as one namespace, window.Waymark.
// Loaded first (every script is deferred, so they run in order); a plain script, because
// ES modules do not load over file://. The Markdown the scripts copy comes from the build,
// already escaped (docs/client-data.md), so nothing here escapes Markdown.
(function () {
  'use strict';

  var own = Object.prototype.hasOwnProperty;

  function has(obj, key) {
    return obj !== null && typeof obj === 'object' && own.call(obj, key);
  }

  /** A new element; its text, if any, is only ever set as text. */
  function el(tag, className, text) {
    var e = document.createElement(tag);
    if (className) e.className = className;
    if (text !== undefined && text !== null) e.textContent = String(text);
    return e;
  }

  function all(selector, root) {
    return Array.prototype.slice.call((root || document).querySelectorAll(selector));
  }

  function ready(start) {
    if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
    else start();
  }

  /** The object in root's <script type="application/json" class="NAME">, or null if absent or unreadable. */
  function data(root, name) {
    var script = root.querySelector('script.' + name + '[type="application/json"]');
    if (!script) return null;
    try {
      var value = JSON.parse(script.textContent);
      return value !== null && typeof value === 'object' && !Array.isArray(value) ? value : null;
    } catch (e) {
      return null;
    }
  }

  // localStorage can be missing, or throw on any touch (a sandboxed iframe, some private modes,
  // blocked cookies): then nothing is kept and `available` says so.
  var local = (function () {
    try {
      var s = window.localStorage;
      s.setItem('waymark:probe', '1');
      s.removeItem('waymark:probe');
      return s;
    } catch (e) {
      return null;
    }
  })();

  var storage = {
    available: local !== null,
    /** The JSON value saved under key; null when there is none, it is unreadable or storage is blocked. */
    read: function (key) {
      try {
        var raw = local ? local.getItem(key) : null;
        return raw === null ? null : JSON.parse(raw);
      } catch (e) {
        return null;
      }
    },
    /** Saves value as JSON (null removes the key); false when it could not be kept. */
    write: function (key, value) {
      if (!local) return false;
      try {
        if (value === null) local.removeItem(key);
        else local.setItem(key, JSON.stringify(value));
        return true;
      } catch (e) {
        return false;
      }
    }
  };

  /**
   * Copies text to the clipboard. Where the Clipboard API is missing or refuses (file://, a
   * frame without permission), the text is shown in `box` (a textarea), selected, and copied
   * the old way if the browser still allows it. Resolves to true when the text was copied,
   * false when the reader must copy it from the box.
   */
  function copy(text, box) {
    box.value = text;
    function byHand() {
      box.hidden = false;
      box.focus();
      box.select();
      try {
        return document.execCommand('copy') === true;
      } catch (e) {
        return false;
      }
    }
    if (!navigator.clipboard || typeof navigator.clipboard.writeText !== 'function') return Promise.resolve(byHand());
    return navigator.clipboard.writeText(text).then(function () {
      box.hidden = true;
      return true;
    }, byHand);
  }

  /** Says text through an aria-live region; the same message again is still announced. */
  function announce(region, text) {
    region.textContent = text && region.textContent === text ? text + '\u00a0' : text;
  }

  window.Waymark = {
    has: has, el: el, all: all, ready: ready, data: data, storage: storage, copy: copy, announce: announce
  };
})();
