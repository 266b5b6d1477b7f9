// Site search, on the shared core (waymark-core.js), with no server: the index is script files
// under assets/search/ (made at build time, see docs/client-data.md), added to the page as
// <script> elements when a query needs them, because fetch() does not work from disk.
// Without JavaScript the header keeps its link to the A-Z index page instead of this box.
//
// The box follows the ARIA combobox pattern (a text box that controls a listbox): "/" focuses
// it, the arrows move through the results, Enter opens one, Escape closes the list.
(function () {
  'use strict';

  var W = window.Waymark;
  if (!W) return;
  var el = W.el;

  // ---- the index files: each calls Waymark.searchData(name, value) when it runs ----

  var base = '';
  var files = new Map();

  W.searchData = function (name, value) {
    var f = files.get(name);
    if (f && !f.done) {
      f.done = true;
      f.resolve(value);
    }
  };

  function load(name) {
    var f = files.get(name);
    if (f) return f.promise;
    f = { done: false };
    f.promise = new Promise(function (resolve, reject) {
      f.resolve = resolve;
      var script = document.createElement('script');
      script.src = base + name + '.js';
      script.onload = function () {
        script.remove();
        if (!f.done) fail();
      };
      script.onerror = fail;
      function fail() {
        script.remove();
        files.delete(name);
        reject(new Error('search index file ' + name + ' did not load'));
      }
      document.head.appendChild(script);
    });
    files.set(name, f);
    return f.promise;
  }

  // ---- words, cut as the build cuts them (search/SearchWords.java): the two must agree ----

  var WORD = /[\p{L}\p{Nd}\p{M}]+/gu;
  var MAX_WORD = 40;

  function normal(word) {
    return word.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').normalize('NFC');
  }

  function words(text) {
    var out = [];
    (String(text).match(WORD) || []).forEach(function (w) {
      if (w.length > MAX_WORD) return;
      w = normal(w);
      if (w && w.length <= MAX_WORD && out.indexOf(w) < 0) out.push(w);
    });
    return out;
  }

  // ---- the shard a word is in, and its postings (search/SearchCode.java) ----

  var DIGITS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  var VALUE = new Int8Array(128);
  for (var d = 0; d < DIGITS.length; d++) VALUE[DIGITS.charCodeAt(d)] = d;

  function fileName(key) {
    if (!key) return 'w-_';
    var out = 'w-';
    for (var i = 0; i < key.length; i++) {
      var c = key.charAt(i);
      out += /[a-z0-9]/.test(c) ? c : '_' + key.charCodeAt(i).toString(16) + '_';
    }
    return out;
  }

  /** Calls visit(document, score, part) for each posting of an encoded list. */
  function postings(s, visit) {
    var i = 0;
    var doc = -1;
    function number() {
      var v = 0;
      var shift = 0;
      var c;
      do {
        c = VALUE[s.charCodeAt(i++)];
        v += (c & 31) * Math.pow(2, shift);
        shift += 5;
      } while (c & 32 && i < s.length);
      return v;
    }
    while (i < s.length) {
      doc += number();
      var score = number();
      visit(doc, score, number());
    }
  }

  /** Whether a and b are at most one edit apart (insert, delete, change, or swap of neighbours). */
  function nearlySame(a, b) {
    if (a === b) return true;
    var la = a.length;
    var lb = b.length;
    if (Math.abs(la - lb) > 1) return false;
    var i = 0;
    while (i < la && i < lb && a.charAt(i) === b.charAt(i)) i++;
    if (la === lb) {
      if (a.slice(i + 1) === b.slice(i + 1)) return true;
      return a.charAt(i) === b.charAt(i + 1) && a.charAt(i + 1) === b.charAt(i) && a.slice(i + 2) === b.slice(i + 2);
    }
    return la > lb ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
  }

  /**
   * The words of a shard that a query term may mean, each with a weight: the word itself, words
   * it begins (shorter ones first), and, for terms of 3 letters or more, words one typo away
   * (or, from 4 letters, that begin one typo away from it).
   */
  function candidates(entries, term) {
    var out = [];
    var lo = 0;
    var hi = entries.length / 2;
    while (lo < hi) {
      var mid = (lo + hi) >> 1;
      if (entries[2 * mid] < term) lo = mid + 1;
      else hi = mid;
    }
    for (var k = lo; k < entries.length / 2 && entries[2 * k].lastIndexOf(term, 0) === 0; k++) {
      var w = entries[2 * k];
      out.push({ word: w, postings: entries[2 * k + 1], weight: w === term ? 1 : 0.5 + 0.3 * term.length / w.length, exact: w === term });
    }
    if (term.length < 3) return out;
    for (var j = 0; j < entries.length; j += 2) {
      var word = entries[j];
      if (word.lastIndexOf(term, 0) === 0) continue;
      var typo = nearlySame(term, word) || term.length >= 4 &&
        (nearlySame(term, word.slice(0, term.length)) || nearlySame(term, word.slice(0, term.length + 1)));
      if (typo) out.push({ word: word, postings: entries[j + 1], weight: 0.45, exact: false });
    }
    return out;
  }

  // ---- one query ----

  var LIMIT = 10;
  var meta = null;

  function shardFor(term) {
    for (var i = Math.min(term.length, meta.longest); i >= 0; i--) {
      if (meta.keys.has(term.slice(0, i))) return term.slice(0, i);
    }
    return '';
  }

  function kindOf(doc) {
    for (var i = 0; i < meta.kinds.length; i++) {
      var k = meta.kinds[i];
      if (doc >= k[1] && doc < k[1] + k[2]) return k[0];
    }
    return 'guide';
  }

  /** Resolves to the best documents for the terms, each {doc, kind, part, score}, and the words matched. */
  /**
   * The words each term may mean. A term that means none, of 4 letters or more, may have its
   * typo in the first letters, where the index is cut into files: then the files its likeliest
   * slips would be in (the first letters swapped, or one of them doubled) are read too, at most
   * three, for one such term a query.
   */
  function meanings(terms) {
    return Promise.all(terms.map(function (t) { return load(fileName(shardFor(t))); })).then(function (shards) {
      var lists = terms.map(function (t, n) { return candidates(shards[n], t); });
      var lost = -1;
      for (var n = 0; n < terms.length && lost < 0; n++) if (!lists[n].length && terms[n].length >= 4) lost = n;
      if (lost < 0) return lists;
      var t = terms[lost];
      var keys = [];
      [t.charAt(1) + t.charAt(0) + t.slice(2), t.slice(1), t.charAt(0) + t.slice(2),
        t.charAt(0) + t.charAt(2) + t.charAt(1) + t.slice(3), t.slice(0, 2) + t.slice(3)].forEach(function (v) {
        var key = shardFor(v);
        if (key !== shardFor(t) && keys.indexOf(key) < 0 && keys.length < 3) keys.push(key);
      });
      return Promise.all(keys.map(function (k) {
        return load(fileName(k)).catch(function () { return []; });
      })).then(function (more) {
        more.forEach(function (entries) { lists[lost] = lists[lost].concat(candidates(entries, t)); });
        return lists;
      });
    });
  }

  function rank(terms) {
    return meanings(terms).then(function (lists) {
      var matched = [];
      var found = new Map(); // doc -> {terms, score, part, best}
      terms.forEach(function (term, n) {
        var perDoc = new Map();
        lists[n].forEach(function (c) {
          matched.push(c.word);
          postings(c.postings, function (doc, score, part) {
            var s = c.weight * (score + 1);
            var had = perDoc.get(doc);
            if (!had || s > had.score) perDoc.set(doc, { score: s, part: part });
          });
        });
        perDoc.forEach(function (hit, doc) {
          var f = found.get(doc);
          if (!f) found.set(doc, f = { doc: doc, terms: 0, score: 0, part: 0, best: -1 });
          f.terms++;
          f.score += hit.score;
          if (hit.score > f.best) {
            f.best = hit.score;
            f.part = hit.part;
          }
        });
      });
      var list = [];
      found.forEach(function (f) { list.push(f); });
      list.sort(function (a, b) { return b.terms - a.terms || b.score - a.score || a.doc - b.doc; });
      if (list.length && list[0].terms === terms.length) {
        list = list.filter(function (f) { return f.terms === terms.length; });
      }
      return { hits: list.slice(0, LIMIT), total: list.length, matched: matched };
    });
  }

  // ---- snippets with the matches marked ----

  var SNIPPET = 160;
  // How long no key must come before the shown results' texts load for their snippets.
  var PAUSE = 250;

  function matcher(terms, matched) {
    var set = new Set(matched);
    return function (word) {
      var w = normal(word);
      if (set.has(w)) return true;
      for (var i = 0; i < terms.length; i++) if (w.lastIndexOf(terms[i], 0) === 0) return true;
      return false;
    };
  }

  /** Appends text to box, each matching word in a <mark>. */
  function marked(box, text, isMatch) {
    var at = 0;
    var m;
    WORD.lastIndex = 0;
    while ((m = WORD.exec(text)) !== null) {
      if (!isMatch(m[0])) continue;
      if (m.index > at) box.appendChild(document.createTextNode(text.slice(at, m.index)));
      box.appendChild(el('mark', null, m[0]));
      at = m.index + m[0].length;
    }
    if (at < text.length) box.appendChild(document.createTextNode(text.slice(at)));
    return box;
  }

  /** About SNIPPET characters of text around its first match, cut at spaces. */
  function excerpt(text, isMatch) {
    var m;
    var first = -1;
    WORD.lastIndex = 0;
    while ((m = WORD.exec(text)) !== null) {
      if (isMatch(m[0])) {
        first = m.index;
        break;
      }
    }
    if (first < 0) return null;
    var from = Math.max(0, first - SNIPPET / 3);
    if (from > 0) {
      var space = text.indexOf(' ', from);
      from = space >= 0 && space < first ? space + 1 : first;
    }
    var to = Math.min(text.length, from + SNIPPET);
    if (to < text.length) {
      var end = text.lastIndexOf(' ', to);
      if (end > first) to = end;
    }
    return (from > 0 ? '… ' : '') + text.slice(from, to) + (to < text.length ? ' …' : '');
  }

  /**
   * What a result shows and links to: the part that matched best (or the document's top), from
   * its head (h/N: address, title, summary, each part's anchor and heading). The snippet is cut
   * from the part's text when the texts (d/N) are in; until then, and when they add nothing,
   * from the summary. needsText says whether the texts could give a better snippet.
   */
  function describe(hit, head, texts, isMatch) {
    var parts = Array.isArray(head.s) ? head.s : [];
    var part = hit.part > 0 && hit.part <= parts.length ? parts[hit.part - 1] : null;
    var summary = String(head.d || '');
    var all = Array.isArray(texts) ? texts : null;
    var snippet = null;
    if (part && all) snippet = excerpt(String(all[hit.part - 1] || ''), isMatch);
    if (snippet === null) snippet = excerpt(summary, isMatch);
    var needsText = all === null && (snippet === null || part !== null);
    if (snippet === null && all) {
      for (var i = 0; i < all.length && snippet === null; i++) snippet = excerpt(String(all[i] || ''), isMatch);
    }
    if (snippet === null) snippet = summary || (part && all ? String(all[hit.part - 1] || '').slice(0, SNIPPET) : '');
    var anchor = part && part[0] ? String(part[0]) : '';
    var heading = part && part[1] && part[1] !== head.t ? String(part[1]) : '';
    return { href: root + String(head.u) + (anchor ? '#' + encodeURIComponent(anchor) : ''), heading: heading,
      snippet: snippet, needsText: needsText };
  }

  // ---- the combobox ----

  var root = '';
  var KIND_LABELS = { guide: 'Guides', decision: 'Decisions', checklist: 'Checklists' };

  function start(box) {
    base = box.getAttribute('data-search') || '';
    root = base.replace(/assets\/search\/$/, '');
    var azLink = box.querySelector('a.search-az');
    var id = 'site-search';

    var input = el('input', 'search-input');
    input.id = id + '-input';
    input.type = 'search';
    input.setAttribute('role', 'combobox');
    input.setAttribute('aria-autocomplete', 'list');
    input.setAttribute('aria-expanded', 'false');
    input.setAttribute('aria-controls', id + '-results');
    input.setAttribute('autocomplete', 'off');
    input.setAttribute('spellcheck', 'false');
    input.setAttribute('enterkeyhint', 'go');
    input.placeholder = 'Search';
    var label = el('label', 'visually-hidden', 'Search this site');
    label.htmlFor = input.id;
    var key = el('kbd', 'search-key', '/');
    key.setAttribute('aria-hidden', 'true');

    var popup = el('div', 'search-popup');
    popup.hidden = true;
    var listbox = el('div', 'search-results');
    listbox.id = id + '-results';
    listbox.setAttribute('role', 'listbox');
    listbox.setAttribute('aria-label', 'Search results');
    var empty = el('p', 'search-empty');
    empty.hidden = true;
    var more = el('p', 'search-more');
    if (azLink) more.appendChild(azLink);
    popup.appendChild(listbox);
    popup.appendChild(empty);
    popup.appendChild(more);
    var status = el('p', 'visually-hidden');
    status.setAttribute('role', 'status');

    box.textContent = '';
    [label, input, key, popup, status].forEach(function (n) { box.appendChild(n); });
    box.classList.add('is-ready');

    var options = [];
    var active = -1;
    var asked = 0;

    function open(yes) {
      popup.hidden = !yes;
      input.setAttribute('aria-expanded', yes ? 'true' : 'false');
      if (!yes) choose(-1);
    }

    function choose(i) {
      if (active >= 0 && options[active]) options[active].setAttribute('aria-selected', 'false');
      active = i;
      if (i >= 0 && options[i]) {
        options[i].setAttribute('aria-selected', 'true');
        input.setAttribute('aria-activedescendant', options[i].id);
        options[i].scrollIntoView({ block: 'nearest' });
      } else {
        input.removeAttribute('aria-activedescendant');
      }
    }

    function go(option) {
      open(false);
      location.href = option.getAttribute('data-href');
    }

    // What the shown results are, for filling in their snippets once typing pauses.
    var shown = [];
    var pause = 0;

    function show(query, result, heads, terms) {
      var isMatch = matcher(terms, result.matched);
      listbox.textContent = '';
      options = [];
      active = -1;
      shown = [];
      var groups = new Map();
      result.hits.forEach(function (hit, i) {
        var head = heads[i];
        if (!head || typeof head !== 'object') return;
        var kind = kindOf(hit.doc);
        var group = groups.get(kind);
        if (!group) {
          group = el('div', 'search-group search-group-' + kind);
          group.setAttribute('role', 'group');
          var title = el('div', 'search-group-label', KIND_LABELS[kind] || kind);
          title.id = id + '-group-' + kind;
          title.setAttribute('role', 'presentation');
          group.setAttribute('aria-labelledby', title.id);
          group.appendChild(title);
          groups.set(kind, group);
          listbox.appendChild(group);
        }
        var about = describe(hit, head, null, isMatch);
        var option = el('div', 'search-result');
        option.id = id + '-option-' + i;
        option.setAttribute('role', 'option');
        option.setAttribute('aria-selected', 'false');
        option.setAttribute('data-href', about.href);
        var titleLine = marked(el('span', 'search-result-title'), String(head.t), isMatch);
        if (about.heading) titleLine.appendChild(marked(el('span', 'search-result-part'), about.heading, isMatch));
        option.appendChild(titleLine);
        var snippet = marked(el('span', 'search-result-snippet'), about.snippet, isMatch);
        option.appendChild(snippet);
        group.appendChild(option);
        if (about.needsText) shown.push({ hit: hit, head: head, snippet: snippet, isMatch: isMatch, text: about.snippet });
      });
      // Options in the order they are shown (groups keep their first result's rank).
      options = W.all('[role="option"]', listbox);
      empty.hidden = options.length > 0;
      empty.textContent = options.length ? '' : 'Nothing found for “' + query + '”.';
      W.announce(status, options.length ? (result.total > options.length ? 'Top ' + options.length + ' of ' + result.total
        : options.length) + ' results' : 'No results');
      open(true);
      listbox.setAttribute('data-snippets', shown.length ? 'pending' : 'done');
      clearTimeout(pause);
      if (shown.length) pause = setTimeout(snippets, PAUSE, asked);
    }

    /**
     * Once no key has come for PAUSE ms: the texts (d/N) of the shown results whose snippet
     * they can improve, and those snippets rewritten in place. Loading them on every key would
     * load every passing result's text as a word is typed.
     */
    function snippets(mine) {
      var wanted = shown;
      Promise.all(wanted.map(function (w) {
        return load('d/' + Math.floor(w.hit.doc / meta.group)).then(function (group) {
          return Array.isArray(group) ? group[w.hit.doc % meta.group] : null;
        }, function () { return null; });
      })).then(function (texts) {
        if (mine !== asked) return;
        wanted.forEach(function (w, i) {
          if (!Array.isArray(texts[i])) return;
          var about = describe(w.hit, w.head, texts[i], w.isMatch);
          if (about.snippet === w.text) return;
          w.snippet.textContent = '';
          marked(w.snippet, about.snippet, w.isMatch);
        });
        listbox.setAttribute('data-snippets', 'done');
      });
    }

    function search() {
      var query = input.value.trim();
      var mine = ++asked;
      clearTimeout(pause);
      var terms = words(query).slice(0, 8);
      if (!terms.length) {
        open(false);
        listbox.textContent = '';
        options = [];
        return;
      }
      var ready = meta ? Promise.resolve() : load('meta').then(function (m) {
        var keys = new Map();
        var longest = 0;
        (Array.isArray(m.shards) ? m.shards : []).forEach(function (s) {
          keys.set(String(s[0]), s[1] === 1);
          longest = Math.max(longest, String(s[0]).length);
        });
        meta = { keys: keys, longest: longest, kinds: Array.isArray(m.kinds) ? m.kinds : [],
          group: m.group >= 1 ? Math.floor(m.group) : 1 };
      });
      ready.then(function () {
        return rank(terms);
      }).then(function (result) {
        if (mine !== asked) return null;
        return Promise.all(result.hits.map(function (h) {
          return load('h/' + Math.floor(h.doc / meta.group)).then(function (group) {
            return Array.isArray(group) ? group[h.doc % meta.group] : null;
          }, function () { return null; });
        })).then(function (heads) {
          if (mine === asked) show(query, result, heads, terms);
        });
      }).catch(function () {
        if (mine !== asked) return;
        listbox.textContent = '';
        options = [];
        empty.hidden = false;
        empty.textContent = 'Search is unavailable here; the A to Z index lists every page.';
        open(true);
      });
    }

    input.addEventListener('input', search);
    input.addEventListener('focus', function () {
      if (options.length && input.value.trim()) open(true);
    });
    input.addEventListener('keydown', function (e) {
      if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
        if (!options.length) return;
        e.preventDefault();
        if (popup.hidden) open(true);
        var step = e.key === 'ArrowDown' ? 1 : -1;
        choose(active < 0 ? (step > 0 ? 0 : options.length - 1) : (active + step + options.length) % options.length);
      } else if (e.key === 'Enter') {
        if (popup.hidden || !options.length) return;
        e.preventDefault();
        go(options[active >= 0 ? active : 0]);
      } else if (e.key === 'Escape') {
        if (!popup.hidden) {
          open(false);
        } else {
          input.value = '';
          search();
        }
        e.preventDefault();
      }
    });
    listbox.addEventListener('mousedown', function (e) {
      e.preventDefault(); // keep focus in the box
    });
    listbox.addEventListener('click', function (e) {
      var option = e.target.closest('[role="option"]');
      if (option) go(option);
    });
    box.addEventListener('focusout', function (e) {
      if (e.relatedTarget && !box.contains(e.relatedTarget)) open(false);
    });
    document.addEventListener('click', function (e) {
      if (!box.contains(e.target)) open(false);
    });
    document.addEventListener('keydown', function (e) {
      if (e.key !== '/' || e.ctrlKey || e.metaKey || e.altKey || e.defaultPrevented) return;
      var t = e.target;
      if (t && (t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName))) return;
      e.preventDefault();
      input.focus();
      input.select();
    });
  }

  W.ready(function () {
    W.all('.site-search[data-search]').slice(0, 1).forEach(start);
  });
})();
