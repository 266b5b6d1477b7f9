// Checklists: progress, ticks saved in this browser, Reset, Copy as Markdown, print touches.
// Plain JavaScript on the shared core (waymark-core.js). Without it a checklist is still
// readable, tickable and printable, so everything here only adds to the markup the build wrote.
(function () {
  'use strict';

  var W = window.Waymark;
  if (!W) return;
  var PREFIX = 'waymark.checklist:';

  // Saved as {"done": ["item-id", ...]}. Anything else (corrupt JSON, another shape, ids of
  // items that no longer exist) is ignored; nothing parsed is ever used as an object's keys.
  function readTicks(key, known) {
    var done = new Set();
    var data = W.storage.read(key);
    if (!W.has(data, 'done') || !Array.isArray(data.done)) return done;
    data.done.forEach(function (id) {
      if (typeof id === 'string' && known.has(id)) done.add(id);
    });
    return done;
  }

  // Every list on the page with the same saved key (a checklist page, or the same list
  // embedded twice) shows the same ticks.
  var groups = new Map();

  function Checklist(root, data) {
    this.root = root;
    this.id = data.id;
    this.key = PREFIX + (typeof data.site === 'string' ? data.site : '') + ':' + data.id;
    this.lines = data.markdown;
    this.items = W.all('[data-item]', root);
    this.known = new Set(this.items.map(function (li) { return li.getAttribute('data-item'); }));
    this.q = function (name) { return root.querySelector('[data-' + name + ']'); };
  }

  Checklist.prototype.box = function (li) {
    return li.querySelector('input[type="checkbox"]');
  };

  Checklist.prototype.ticked = function () {
    var self = this;
    return new Set(this.items.filter(function (li) { return self.box(li).checked; })
      .map(function (li) { return li.getAttribute('data-item'); }));
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
    // for an embed's host (embed-frame.js): the counts the bar shows
    this.root.dispatchEvent(new CustomEvent('waymark:progress', {
      bubbles: true, detail: { checklist: this.id, done: done, required: counted.length }
    }));
  };

  /** The build's Markdown export (the same lines, escaped by the build) with the current ticks. */
  Checklist.prototype.markdown = function () {
    var done = this.ticked();
    return this.lines.map(function (line) {
      return (typeof line === 'string' ? line : '- [' + (done.has(line.item) ? 'x' : ' ') + '] ' + line.text) + '\n';
    }).join('');
  };

  Checklist.prototype.say = function (message) {
    W.announce(this.q('message'), message);
  };

  Checklist.prototype.copy = function () {
    var self = this;
    W.copy(this.markdown(), this.q('copy-text')).then(function (copied) {
      self.say(copied ? 'Copied as Markdown.' : 'Select the text below and copy it.');
    });
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
    if (!W.storage.write(list.key, done.size ? { done: Array.from(done) } : null)) quiet(list);
  }

  function quiet(list) {
    group(list.key).forEach(function (l) {
      var note = l.q('note');
      note.textContent = 'Your ticks work here but will not be kept: this browser does not let the page save them.';
      note.hidden = false;
    });
  }

  function start(root) {
    var data = W.data(root, 'checklist-data');
    if (!data || typeof data.id !== 'string' || !Array.isArray(data.markdown)) return; // stays the plain list
    var list = new Checklist(root, data);
    group(list.key).push(list);
    var saved = readTicks(list.key, list.known);
    // Ticks made before the script ran (a slow load) count too.
    list.ticked().forEach(function (id) { saved.add(id); });
    list.show(saved);
    if (!W.storage.available) quiet(list);

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
    W.all('[data-print-date]').forEach(function (el) {
      el.textContent = '· Printed ' + new Date().toLocaleDateString(lang, { year: 'numeric', month: 'long', day: 'numeric' });
    });
    W.all('[data-print-address]').forEach(function (el) {
      if (!el.textContent.trim()) el.textContent = window.location.href.split('#')[0];
    });
  }

  W.ready(function () {
    W.all('[data-checklist]').forEach(start);
    fillPrintMeta();
    window.addEventListener('beforeprint', function () {
      fillPrintMeta();
      opened = W.all('[data-checklist] details:not([open])');
      opened.forEach(function (d) { d.open = true; });
    });
    window.addEventListener('afterprint', function () {
      opened.forEach(function (d) { d.open = false; });
      opened = [];
    });
  });
})();
