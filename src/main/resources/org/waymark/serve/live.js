// Added by `waymark serve` to every page it sends (never to a built site): reloads the page
// after a build, and lists a failed build's errors over the last good page until they are fixed.
(function () {
  'use strict';
  var me = document.currentScript;
  var served = me ? me.getAttribute('data-version') : null;
  var overlay = null;

  function text(tag, cls, value) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    e.textContent = value;
    return e;
  }

  function hide() {
    if (overlay) overlay.remove();
    overlay = null;
  }

  function show(errors) {
    hide();
    overlay = document.createElement('div');
    overlay.id = 'waymark-live-overlay';
    overlay.setAttribute('role', 'alert');
    var box = document.createElement('div');
    box.className = 'wm-live-box';
    box.appendChild(text('p', 'wm-live-title', errors.length + (errors.length === 1 ? ' error' : ' errors')
      + ' in the content. This is the last good build; it reloads when the errors are fixed.'));
    var list = document.createElement('ol');
    errors.forEach(function (e) {
      var item = document.createElement('li');
      item.appendChild(text('p', 'wm-live-where', e.file + ':' + e.line + ':' + e.column));
      item.appendChild(text('p', 'wm-live-message', e.message + ' [' + e.code + ']'));
      if (e.source) item.appendChild(text('pre', 'wm-live-source', e.line + ' | ' + e.source));
      if (e.hint) item.appendChild(text('p', 'wm-live-hint', 'hint: ' + e.hint));
      list.appendChild(item);
    });
    box.appendChild(list);
    var close = text('button', 'wm-live-close', 'Hide');
    close.type = 'button';
    close.addEventListener('click', hide);
    box.appendChild(close);
    overlay.appendChild(box);
    document.body.appendChild(overlay);
  }

  var events = new EventSource('/__waymark/events');
  events.addEventListener('message', function (m) {
    var state = JSON.parse(m.data);
    if (state.errors.length > 0) {
      show(state.errors);
    } else if (String(state.version) !== served) {
      events.close();
      location.reload();
    } else {
      hide();
    }
  });
})();
