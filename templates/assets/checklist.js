// Checklists: progress, ticks saved in this browser, Reset, Copy as Markdown, print touches.
// Plain JavaScript, no framework. Without it a checklist is still readable, tickable and
// printable, so everything here only adds to the markup the build wrote.
(function () {
  'use strict';

  var PREFIX = 'waymark.checklist:';
  var has = Object.prototype.hasOwnProperty;

  // localStorage can be missing, or throw on access (a sandboxed iframe, some private modes,
  // blocked cookies): then ticks live in memory and the list says so.
  function openStorage() {
    try {
      var s = window.localStorage;
      var probe = PREFIX + '__probe__';
      s.setItem(probe, '1');
      s.removeItem(probe);
      return s;
    } catch (e) {
      return null;
    }
  }

  var storage = openStorage();

  // Saved as {"done": ["item-id", ...]}. Anything else (corrupt JSON, another shape, ids of
  // items that no longer exist) is ignored; nothing parsed is ever used as an object's keys.
  function readTicks(key, known) {
    var done = new Set();
    if (!storage) return done;
    var raw;
    try {
      raw = storage.getItem(key);
    } catch (e) {
      return done;
    }
    if (raw === null) return done;
    var data;
    try {
      data = JSON.parse(raw);
    } catch (e) {
      return done;
    }
    if (!data || typeof data !== 'object' || !has.call(data, 'done') || !Array.isArray(data.done)) return done;
    data.done.forEach(function (id) {
      if (typeof id === 'string' && known.has(id)) done.add(id);
    });
    return done;
  }

  function writeTicks(key, done) {
    if (!storage) return false;
    try {
      if (done.size === 0) storage.removeItem(key);
      else storage.setItem(key, JSON.stringify({ done: Array.from(done) }));
      return true;
    } catch (e) {
      return false;
    }
  }

  // Same rules as the build's Markdown export (MarkdownText.escape): text stays text.
  function escapeMarkdown(text) {
    var s = text.replace(/\s+/g, ' ').trim().replace(/[\\`*_{}\[\]()<>#+!|~]/g, '\\$&').replace(/&/g, '&amp;');
    s = s.replace(/^(\d+)\./, '$1\\.');
    if (s.charAt(0) === '-') s = '\\' + s;
    return s;
  }

  function text(el) {
    return el ? el.textContent.replace(/\s+/g, ' ').trim() : '';
  }

  // Every list on the page with the same saved key (a checklist page, or the same list
  // embedded twice) shows the same ticks.
  var groups = new Map();

  function Checklist(root) {
    this.root = root;
    this.key = PREFIX + (root.getAttribute('data-site') || '') + ':' + root.getAttribute('data-checklist-id');
    this.items = Array.prototype.slice.call(root.querySelectorAll('[data-item]'));
    this.known = new Set(this.items.map(function (li) { return li.getAttribute('data-item'); }));
    this.q = function (name) { return root.querySelector('[data-' + name + ']'); };
  }

  Checklist.prototype.box = function (li) {
    return li.querySelector('input[type="checkbox"]');
  };

  Checklist.prototype.ticked = function () {
    var done = new Set();
    var self = this;
    this.items.forEach(function (li) {
      if (self.box(li).checked) done.add(li.getAttribute('data-item'));
    });
    return done;
  };

  Checklist.prototype.show = function (done) {
    var self = this;
    this.items.forEach(function (li) {
      var on = done.has(li.getAttribute('data-item'));
      self.box(li).checked = on;
      li.classList.toggle('is-done', on);
    });
    this.progress();
  };

  Checklist.prototype.progress = function () {
    var required = this.items.filter(function (li) { return !li.hasAttribute('data-optional'); });
    var counted = required.length > 0 ? required : this.items;
    var self = this;
    var done = counted.filter(function (li) { return self.box(li).checked; }).length;
    var bar = this.q('progress');
    bar.max = Math.max(1, counted.length);
    bar.value = done;
    var complete = counted.length > 0 && done === counted.length;
    var label = required.length > 0 ? ' done' : ' ticked';
    this.q('progress-text').textContent = complete
      ? 'All done: ' + done + ' of ' + counted.length + (required.length > 0 ? ' required items ticked.' : ' items ticked.')
      : done + ' of ' + counted.length + label;
    this.root.classList.toggle('is-complete', complete);
  };

  Checklist.prototype.markdown = function () {
    var lines = ['# ' + escapeMarkdown(this.root.getAttribute('aria-label') || ''), ''];
    var self = this;
    this.root.querySelectorAll('.checklist-section').forEach(function (section) {
      var title = text(section.querySelector('.checklist-section-title'));
      if (title) lines.push('## ' + escapeMarkdown(title), '');
      section.querySelectorAll('[data-item]').forEach(function (li) {
        var line = '- [' + (self.box(li).checked ? 'x' : ' ') + '] ' + escapeMarkdown(text(li.querySelector('.item-text')));
        if (li.hasAttribute('data-optional')) line += ' _(optional)_';
        lines.push(line);
      });
      lines.push('');
    });
    return lines.join('\n');
  };

  Checklist.prototype.say = function (message) {
    this.q('message').textContent = message;
  };

  Checklist.prototype.copy = function () {
    var self = this;
    var markdown = this.markdown();
    var area = this.q('copy-text');
    area.value = markdown;
    function byHand() {
      area.hidden = false;
      area.focus();
      area.select();
      var copied = false;
      try {
        copied = document.execCommand('copy');
      } catch (e) {
        copied = false;
      }
      self.say(copied ? 'Copied as Markdown.' : 'Select the text below and copy it.');
    }
    if (navigator.clipboard && typeof navigator.clipboard.writeText === 'function') {
      navigator.clipboard.writeText(markdown).then(function () {
        area.hidden = true;
        self.say('Copied as Markdown.');
      }, byHand);
    } else {
      byHand();
    }
  };

  function group(key) {
    if (!groups.has(key)) groups.set(key, []);
    return groups.get(key);
  }

  function showAll(key, done) {
    group(key).forEach(function (list) { list.show(done); });
  }

  function save(list, done) {
    showAll(list.key, done);
    if (!writeTicks(list.key, done)) quiet(list);
  }

  function quiet(list) {
    group(list.key).forEach(function (l) {
      var note = l.q('note');
      note.textContent = 'Your ticks work here but will not be kept: this browser does not let the page save them.';
      note.hidden = false;
    });
  }

  function start(root) {
    var list = new Checklist(root);
    group(list.key).push(list);
    var saved = readTicks(list.key, list.known);
    // Ticks made before the script ran (a slow load) count too.
    list.ticked().forEach(function (id) { saved.add(id); });
    list.show(saved);
    if (!storage) quiet(list);

    root.addEventListener('change', function (event) {
      if (event.target && event.target.matches && event.target.matches('input[type="checkbox"]')) {
        save(list, list.ticked());
        list.say('');
      }
    });

    var confirm = list.q('confirm');
    var reset = list.q('reset');
    reset.addEventListener('click', function () {
      confirm.hidden = false;
      reset.hidden = true;
      list.q('reset-no').focus();
    });
    function closeConfirm() {
      confirm.hidden = true;
      reset.hidden = false;
    }
    list.q('reset-no').addEventListener('click', function () {
      closeConfirm();
      reset.focus();
    });
    list.q('reset-yes').addEventListener('click', function () {
      closeConfirm();
      save(list, new Set());
      list.say('All ticks cleared.');
      reset.focus();
    });
    list.q('copy').addEventListener('click', function () { list.copy(); });

    list.q('status').hidden = false;
    list.q('actions').hidden = false;
  }

  // Another tab ticked or reset the same list.
  window.addEventListener('storage', function (event) {
    if (event.key !== null && !groups.has(event.key)) return;
    groups.forEach(function (lists, key) {
      if (event.key === null || event.key === key) showAll(key, readTicks(key, lists[0].known));
    });
  });

  // Paper: the date and address, and every detail open. Filled with textContent only.
  var opened = [];
  function fillPrintMeta() {
    var lang = document.documentElement.lang || undefined;
    document.querySelectorAll('[data-print-date]').forEach(function (el) {
      el.textContent = '· Printed ' + new Date().toLocaleDateString(lang, { year: 'numeric', month: 'long', day: 'numeric' });
    });
    document.querySelectorAll('[data-print-address]').forEach(function (el) {
      if (!el.textContent.trim()) el.textContent = window.location.href.split('#')[0];
    });
  }
  function beforePrint() {
    fillPrintMeta();
    document.querySelectorAll('[data-checklist] details:not([open])').forEach(function (d) {
      d.open = true;
      opened.push(d);
    });
  }
  function afterPrint() {
    opened.forEach(function (d) { d.open = false; });
    opened = [];
  }

  function init() {
    document.querySelectorAll('[data-checklist]').forEach(start);
    fillPrintMeta();
    window.addEventListener('beforeprint', beforePrint);
    window.addEventListener('afterprint', afterPrint);
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', init);
  else init();
})();
