// Decision wizard: turns each [data-wizard] tree (every node a section, walkable by links)
// into one question at a time, with "Your answers", Back, Start over and a decision record.
// Plain JavaScript on the shared core (waymark-core.js), no inline code: the page runs under
// default-src 'self'. What the build hands it is in docs/client-data.md.
//
// State lives in the URL fragment so it survives reloads, can be shared and follows the
// browser's Back and Forward. A page may hold several wizards (embeds); each owns one key:
//   #answers=goal:tried-prompting.2/tried-prompting:tried-few-shot
//   #answers=...&embed-should-we-fine-tune-answers=...
// An answer is QUESTION:NEXT, the question's id and the id of the node the chosen option
// leads to; when several options of a question lead to the same node, ".N" says which of
// them (1-based, in written order). A fragment that is just a node id (#use-rag, the target
// of the no-JavaScript links and of the flowchart) opens the wizard at that node, with no
// earlier answers. Nothing read from the fragment is trusted: ids are checked against the
// pattern and the tree, text is only ever set with textContent.
(function () {
  'use strict';

  var W = window.Waymark;
  if (!W) return;
  var el = W.el;
  var ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
  var MAX_ANSWERS = 500;
  var wizards = [];

  // ---- the fragment: a Map of key -> value; a bad encoding is ignored, never thrown ----

  function readFragment() {
    var raw = location.hash.replace(/^#/, '');
    var parts = new Map();
    if (!raw) return { parts: parts, plain: null };
    var text;
    try {
      text = decodeURIComponent(raw);
    } catch (e) {
      return { parts: parts, plain: null };
    }
    if (text.indexOf('=') < 0) return { parts: parts, plain: text };
    text.split('&').forEach(function (pair) {
      var eq = pair.indexOf('=');
      if (eq > 0) parts.set(pair.slice(0, eq), pair.slice(eq + 1));
    });
    return { parts: parts, plain: null };
  }

  function writeFragment(parts) {
    var out = [];
    parts.forEach(function (value, key) {
      if (value) out.push(key + '=' + value);
    });
    return out.length ? '#' + out.join('&') : '';
  }

  // ---- one wizard ----

  function Wizard(root, data) {
    this.root = root;
    this.data = data;
    this.prefix = typeof data.prefix === 'string' && /^[a-z0-9-]*$/.test(data.prefix) ? data.prefix : '';
    this.key = this.prefix + 'answers';
    this.nodes = new Map();
    var raw = data.nodes;
    for (var id in raw) if (W.has(raw, id) && ID.test(id)) this.nodes.set(id, raw[id]);
    this.state = { from: data.start, answers: [] }; // answers: [{question, option index}]
    this.pending = [];   // later answers kept while an earlier one is being changed
    this.changing = -1;  // the option given before at the current question, marked as such
    this.shownKey = null;
    this.build();
  }

  Wizard.prototype.node = function (id) {
    return typeof id === 'string' && this.nodes.has(id) ? this.nodes.get(id) : null;
  };

  Wizard.prototype.section = function (id) {
    return this.root.querySelector('.tree-nodes > li[data-node="' + id + '"]');
  };

  Wizard.prototype.options = function (q) {
    return Array.isArray(q.options) ? q.options : [];
  };

  Wizard.prototype.build = function () {
    this.root.classList.add('wizard-enhanced');
    this.nojs = this.root.querySelector('.wizard-nojs');
    this.list = this.root.querySelector('.tree-nodes');
    if (this.nojs) this.nojs.hidden = true;
    if (this.list) this.list.hidden = true;
    var app = el('div', 'wizard-app');
    this.progress = el('p', 'wizard-progress');
    this.notice = el('p', 'wizard-notice');
    this.notice.hidden = true;
    this.stage = el('div', 'wizard-stage');
    var controls = el('div', 'wizard-controls no-print');
    this.back = el('button', 'secondary wizard-back', 'Back');
    this.back.type = 'button';
    this.restart = el('button', 'secondary wizard-restart', 'Start over');
    this.restart.type = 'button';
    controls.append(this.back, this.restart);
    this.answersBox = el('section', 'wizard-answers');
    this.answersBox.setAttribute('aria-label', 'Your answers');
    this.answersTitle = el('p', 'wizard-answers-title', 'Your answers');
    this.answersList = el('ol', 'wizard-answers-list');
    this.answersBox.append(this.answersTitle, this.answersList);
    this.live = el('div', 'visually-hidden wizard-live');
    this.live.setAttribute('aria-live', 'polite');
    this.live.setAttribute('role', 'status');
    app.append(this.progress, this.notice, this.stage, controls, this.answersBox, this.live);
    this.root.insertBefore(app, this.list || null);
    var self = this;
    this.back.addEventListener('click', function () { self.goBack(); });
    this.restart.addEventListener('click', function () { self.go({ from: self.data.start, answers: [] }, true); });
  };

  // ---- state <-> text ----

  Wizard.prototype.encode = function (state) {
    var self = this;
    return state.answers.map(function (a) {
      var q = self.node(a.question);
      var opt = self.options(q)[a.option];
      var rank = 0;
      var same = 0;
      self.options(q).forEach(function (o, i) {
        if (o.next === opt.next) {
          same++;
          if (i <= a.option) rank++;
        }
      });
      return a.question + ':' + opt.next + (same > 1 ? '.' + rank : '');
    }).join('/');
  };

  /** The longest beginning of the text that still walks the tree, and whether some was dropped. */
  Wizard.prototype.decode = function (text) {
    var state = { from: this.data.start, answers: [] };
    var steps = String(text).split('/').slice(0, MAX_ANSWERS);
    var at = null;
    for (var i = 0; i < steps.length; i++) {
      var m = /^([a-z0-9-]+):([a-z0-9-]+)(?:\.([1-9][0-9]{0,2}))?$/.exec(steps[i]);
      if (!m || !ID.test(m[1]) || !ID.test(m[2])) return { state: state, dropped: true };
      if (i === 0) {
        // a walk may begin at a later question when it was opened from a plain #node link
        if (!this.node(m[1])) return { state: state, dropped: true };
        state.from = m[1];
        at = m[1];
      }
      var q = this.node(at);
      if (m[1] !== at || !q || q.type !== 'question') return { state: state, dropped: true };
      var want = m[3] ? Number(m[3]) : 1;
      var found = -1;
      var seen = 0;
      this.options(q).forEach(function (o, idx) {
        if (found < 0 && o.next === m[2] && ++seen === want) found = idx;
      });
      if (found < 0 || !this.node(m[2])) return { state: state, dropped: true };
      state.answers.push({ question: at, option: found });
      at = m[2];
    }
    return { state: state, dropped: false };
  };

  Wizard.prototype.current = function (state) {
    var s = state || this.state;
    if (!s.answers.length) return s.from;
    var last = s.answers[s.answers.length - 1];
    return this.options(this.node(last.question))[last.option].next;
  };

  // ---- moving: every change goes through the URL, so Back and Forward retrace it ----

  Wizard.prototype.hashFor = function (state) {
    var f = readFragment();
    if (!state.answers.length && state.from === this.data.start) f.parts.delete(this.key);
    else if (!state.answers.length) return '#' + this.prefix + state.from;
    else f.parts.set(this.key, this.encode(state));
    return writeFragment(f.parts);
  };

  Wizard.prototype.go = function (state, focus) {
    this.state = state;
    var before = location.hash;
    var hash = this.hashFor(state);
    if (hash !== before) {
      try {
        history.pushState({ waymark: true, prev: before }, '', location.href.replace(/#.*$/, '') + hash);
      } catch (e) {
        // some file:// contexts refuse pushState; the wizard still works, only without history
      }
    }
    this.render(focus, '');
  };

  Wizard.prototype.choose = function (optionIndex) {
    var node = this.current();
    var answers = this.state.answers.concat([{ question: node, option: optionIndex }]);
    var state = { from: this.state.from, answers: answers };
    // a changed answer keeps every later answer that is still on the new path
    var pending = this.pending;
    this.pending = [];
    this.changing = -1;
    var guard = 0;
    while (pending.length && guard++ < MAX_ANSWERS) {
      var at = this.current(state);
      var idx = -1;
      for (var i = 0; i < pending.length; i++) if (pending[i].question === at) { idx = i; break; }
      if (idx < 0) break;
      state.answers.push(pending[idx]);
      pending = pending.slice(idx + 1);
    }
    this.go(state, true);
  };

  Wizard.prototype.change = function (index) {
    var a = this.state.answers;
    this.pending = a.slice(index + 1);
    this.changing = a[index].option;
    this.go({ from: this.state.from, answers: a.slice(0, index) }, true);
  };

  Wizard.prototype.goBack = function () {
    if (!this.state.answers.length) return;
    var target = { from: this.state.from, answers: this.state.answers.slice(0, -1) };
    // when the previous history entry is exactly that step, step back in history instead
    if (history.state && history.state.waymark && history.state.prev === this.hashFor(target)) {
      history.back();
      return;
    }
    this.pending = [];
    this.changing = this.state.answers[this.state.answers.length - 1].option;
    this.go(target, true);
  };

  /** Reads this wizard's part of the fragment; a fragment that names nothing of it leaves it as it is. */
  Wizard.prototype.fromLocation = function (initial) {
    var f = readFragment();
    var notice = '';
    var old = this.state;
    var state;
    if (f.parts.has(this.key)) {
      var r = this.decode(f.parts.get(this.key));
      state = r.state;
      if (r.dropped) {
        notice = r.state.answers.length
          ? 'Some answers in the link no longer fit this decision tree, so only the first '
            + plural(r.state.answers.length, 'answer') + (r.state.answers.length === 1 ? ' was' : ' were') + ' kept.'
          : 'The answers in the link do not fit this decision tree, so it starts from the first question.';
      }
    } else if (f.plain && f.plain.indexOf(this.prefix) === 0 && this.node(f.plain.slice(this.prefix.length))) {
      state = { from: f.plain.slice(this.prefix.length), answers: [] };
    } else if (initial || !f.plain) {
      state = { from: this.data.start, answers: [] }; // the fragment has nothing for this wizard
    } else {
      return; // an ordinary anchor such as #main
    }
    if (!this.node(state.from)) state = { from: this.data.start, answers: [] };
    var same = this.encode(state) === this.encode(old) && state.from === old.from;
    if (!initial && same && !notice) return; // another wizard on the page moved
    // stepping back to a beginning of the old walk marks the answer that was given there
    this.changing = -1;
    if (state.from === old.from && state.answers.length < old.answers.length
        && this.encode(state) === this.encode({ from: old.from, answers: old.answers.slice(0, state.answers.length) })) {
      this.changing = old.answers[state.answers.length].option;
    }
    this.pending = [];
    this.state = state;
    this.render(!initial, notice);
    if (!initial && f.plain) this.root.scrollIntoView({ block: 'start' });
  };

  function plural(n, word) {
    return n + ' ' + word + (n === 1 ? '' : 's');
  }

  // ---- drawing the current step ----

  Wizard.prototype.headingTag = function () {
    var h = this.root.querySelector('.tree-nodes .node-title');
    return h && /^H[2-6]$/.test(h.tagName) ? h.tagName.toLowerCase() : 'h2';
  };

  Wizard.prototype.render = function (focus, notice) {
    var id = this.current();
    var node = this.node(id);
    if (!node) {
      this.state = { from: this.data.start, answers: [] };
      id = this.data.start;
      node = this.node(id);
      if (!node) return;
    }
    var key = this.encode(this.state) + '|' + this.state.from + '|' + this.changing;
    this.notice.textContent = notice || (this.state.from !== this.data.start
        ? 'You opened this step directly, so earlier answers are not known. Start over to walk from the beginning.' : '');
    this.notice.hidden = !this.notice.textContent;
    this.stage.replaceChildren();
    this.root.classList.toggle('wizard-at-outcome', node.type === 'outcome');
    var heading;
    var asked = this.state.answers.length;
    var depth = typeof node.depth === 'number' ? node.depth : 0;
    if (node.type === 'question') {
      this.progress.textContent = 'Question ' + (asked + 1) + ' of at most ' + (asked + depth);
      heading = this.renderQuestion(id, node);
    } else {
      this.progress.textContent = asked ? 'Your result after ' + plural(asked, 'answer') : 'Outcome';
      heading = this.renderOutcome(id, node);
    }
    this.back.hidden = !asked;
    this.restart.hidden = !asked && this.state.from === this.data.start;
    this.renderAnswers();
    if (key !== this.shownKey || notice) {
      W.announce(this.live, this.progress.textContent + ': ' + (node.text || '') + (notice ? '. ' + notice : ''));
    }
    if (key !== this.shownKey && node.type === 'outcome') this.reached(id);
    this.shownKey = key;
    if (focus && heading) heading.focus();
  };

  /** Tells the page (and an embed's host, through embed-frame.js) which outcome the reader reached, and how. */
  Wizard.prototype.reached = function (id) {
    var self = this;
    var answers = this.state.answers.map(function (a) {
      var o = self.options(self.node(a.question))[a.option];
      return { question: a.question, answer: o.label, next: o.next };
    });
    this.root.dispatchEvent(new CustomEvent('waymark:outcome', {
      bubbles: true, detail: { tree: this.data.id, outcome: id, answers: answers }
    }));
  };

  Wizard.prototype.renderQuestion = function (id, q) {
    var self = this;
    var group = el('fieldset', 'wizard-question');
    var legend = el('legend', 'wizard-legend');
    var heading = el(this.headingTag(), 'node-title wizard-heading', q.text);
    heading.tabIndex = -1;
    legend.append(heading);
    group.append(legend);
    var section = this.section(id);
    var help = section && section.querySelector('.node-help');
    if (help) group.append(cleanClone(help));
    var list = el('div', 'wizard-options');
    this.options(q).forEach(function (o, i) {
      var b = el('button', 'option');
      b.type = 'button';
      b.append(el('span', 'option-label', o.label));
      if (o.hint) b.append(el('span', 'option-hint', o.hint));
      if (i === self.changing) {
        b.classList.add('option-previous');
        b.append(el('span', 'option-previous-note', 'Your previous answer'));
      }
      b.addEventListener('click', function () { self.choose(i); });
      list.append(b);
    });
    group.append(list);
    this.stage.append(group);
    return heading;
  };

  Wizard.prototype.renderOutcome = function (id, o) {
    var box = el('div', 'wizard-outcome tree-node tree-outcome tone-' + (/^[a-z]+$/.test(o.tone) ? o.tone : 'neutral'));
    var section = this.section(id);
    var heading = null;
    if (section) {
      // the server-rendered outcome is the one source of its HTML: cloned, never rebuilt from strings
      Array.prototype.forEach.call(section.children, function (child) {
        if (!child.classList.contains('outcome-restart')) box.append(cleanClone(child));
      });
      heading = box.querySelector('.node-title');
    }
    if (!heading) {
      heading = el(this.headingTag(), 'node-title', o.text);
      box.prepend(heading);
    }
    heading.tabIndex = -1;
    box.append(this.recordTools());
    this.stage.append(box);
    return heading;
  };

  Wizard.prototype.renderAnswers = function () {
    var self = this;
    this.answersList.replaceChildren();
    this.answersBox.hidden = !this.state.answers.length;
    this.state.answers.forEach(function (a, i) {
      var q = self.node(a.question);
      var li = el('li', 'wizard-answer');
      li.append(el('span', 'wizard-answer-question', q.text));
      li.append(el('span', 'wizard-answer-label', self.options(q)[a.option].label));
      var link = el('a', 'wizard-change no-print', 'Change');
      link.append(el('span', 'visually-hidden', ' your answer to: ' + q.text));
      link.href = self.hashFor({ from: self.state.from, answers: self.state.answers.slice(0, i) }) || '#' + self.prefix + self.state.from;
      link.addEventListener('click', function (e) {
        e.preventDefault();
        self.change(i);
      });
      li.append(link);
      self.answersList.append(li);
    });
  };

  /** Copies without ids (an outcome's Markdown headings carry ids that must stay unique). */
  function cleanClone(node) {
    var c = node.cloneNode(true);
    if (c.removeAttribute) c.removeAttribute('id');
    W.all('[id]', c).forEach(function (e) { e.removeAttribute('id'); });
    return c;
  }

  // ---- the decision record ----

  Wizard.prototype.recordTools = function () {
    var self = this;
    var box = el('div', 'wizard-record no-print');
    box.append(el('p', 'wizard-record-title', 'Keep a record of this decision'));
    var row = el('div', 'wizard-record-buttons');
    var copy = el('button', 'secondary', 'Copy as Markdown');
    var download = el('button', 'secondary', 'Download .md');
    var print = el('button', 'secondary', 'Print');
    [copy, download, print].forEach(function (b) { b.type = 'button'; });
    row.append(copy, download, print);
    var fallback = el('textarea', 'wizard-record-text');
    fallback.readOnly = true;
    fallback.rows = 10;
    fallback.hidden = true;
    fallback.setAttribute('aria-label', 'Decision record as Markdown');
    box.append(row, fallback);
    copy.addEventListener('click', function () {
      W.copy(self.markdown(), fallback).then(function (copied) {
        self.say(copied ? 'Copied the decision record as Markdown.'
          : 'The record is selected below; press Ctrl+C or Cmd+C to copy it.');
      });
    });
    download.addEventListener('click', function () {
      var blob = new Blob([self.markdown()], { type: 'text/markdown;charset=utf-8' });
      var a = el('a');
      a.href = URL.createObjectURL(blob);
      a.download = (ID.test(self.data.id) ? self.data.id : 'decision') + '-record.md';
      a.hidden = true;
      document.body.append(a);
      a.click();
      setTimeout(function () {
        URL.revokeObjectURL(a.href);
        a.remove();
      }, 1000);
      self.say('Downloaded the decision record.');
    });
    print.addEventListener('click', function () { window.print(); });
    return box;
  };

  Wizard.prototype.say = function (text) {
    W.announce(this.live, text);
  };

  /** The record: the build's escaped pieces (docs/client-data.md) put together with the date and the answers. */
  Wizard.prototype.markdown = function () {
    var self = this;
    var d = this.data;
    var lines = ['# ' + d.markdown, '', 'Decision record, ' + new Date().toISOString().slice(0, 10) + '.'];
    if (typeof d.treeUrl === 'string' && d.treeUrl) lines.push('Walked through <' + d.treeUrl + '>.');
    lines.push('', '## Answers', '');
    if (this.state.from !== d.start) lines.push('(Started at a later question.)', '');
    this.state.answers.forEach(function (a, i) {
      var q = self.node(a.question);
      lines.push((i + 1) + '. ' + q.markdown + '  ', '   **' + self.options(q)[a.option].markdown + '**');
    });
    if (!this.state.answers.length) lines.push('(none)');
    lines.push('', this.node(this.current()).record);
    return lines.join('\n');
  };

  // ---- start ----

  function start() {
    W.all('[data-wizard]').forEach(function (root) {
      var data = W.data(root, 'wizard-data');
      // without usable data the page stays the walkable list of links
      if (!data || typeof data.start !== 'string' || !W.has(data, 'nodes')) return;
      var w = new Wizard(root, data);
      if (!w.node(data.start)) return;
      wizards.push(w);
      w.fromLocation(true);
    });
    if (!wizards.length) return;
    var onLocation = function () {
      wizards.forEach(function (w) { w.fromLocation(false); });
    };
    window.addEventListener('popstate', onLocation);
    window.addEventListener('hashchange', onLocation);
  }

  W.ready(start);
})();
