/* Carrousel personal page: live refresh (Server-Sent Events), minutes left, offline copy.
   The page works without this script; it only keeps the server-rendered page up to date. */
(function () {
  'use strict';
  var d = document;
  var body = d.body;
  var offset = Number(body.getAttribute('data-server-now')) - Date.now();
  var live = d.getElementById('live');
  var status = d.getElementById('status');
  var source = null;
  var failures = 0;
  var reason = '';
  var pending = 0;
  var boundary = 0;

  function now() { return Date.now() + offset; }

  function tick() {
    var lefts = d.querySelectorAll('.left');
    for (var i = 0; i < lefts.length; i++) {
      var n = Math.max(1, Math.ceil((Number(lefts[i].getAttribute('data-end')) - now()) / 60000));
      lefts[i].textContent = lefts[i].getAttribute('data-tpl').replace('{n}', n);
    }
  }

  function changed(fresh, id, prefix) {
    var a = live.querySelector('#' + id);
    var b = fresh.querySelector('#' + id);
    var before = a ? a.getAttribute('data-sig') : '';
    var after = b ? b.getAttribute('data-sig') : '';
    return before !== after && b && b.getAttribute('data-summary') ? prefix + b.getAttribute('data-summary') : '';
  }

  function refresh() {
    return fetch(location.href, { cache: 'no-store', headers: { Accept: 'text/html' } }).then(function (r) {
      if (!r.ok) throw new Error(String(r.status));
      return r.text();
    }).then(function (html) {
      var doc = new DOMParser().parseFromString(html, 'text/html');
      var fresh = doc.getElementById('live');
      if (!fresh) return;
      var msg = '';
      if (fresh.getAttribute('data-version') !== live.getAttribute('data-version')) {
        msg = changed(fresh, 'next', body.getAttribute('data-msg-next')) || changed(fresh, 'now', body.getAttribute('data-msg-now')) || body.getAttribute('data-msg-plan');
        if (reason) msg += ' (' + reason + ')';
      }
      fresh = d.importNode(fresh, true);
      live.parentNode.replaceChild(fresh, live);
      live = fresh;
      var footer = doc.querySelector('footer');
      if (footer) d.querySelector('footer').innerHTML = footer.innerHTML;
      offset = Number(doc.body.getAttribute('data-server-now')) - Date.now();
      body.setAttribute('data-changes-at', doc.body.getAttribute('data-changes-at') || '');
      if (msg) status.textContent = msg;
      reason = '';
      tick();
      plan();
    }).catch(function () { /* offline: keep what is shown */ });
  }

  /* Refresh when the next round starts or ends, so "now" and "next" move on by themselves. */
  function plan() {
    clearTimeout(boundary);
    var at = Number(body.getAttribute('data-changes-at'));
    if (at) boundary = setTimeout(refresh, Math.min(Math.max(1000, at - now() + 500), 2147483000));
  }

  function connect() {
    if (source || !window.EventSource) return;
    source = new EventSource(body.getAttribute('data-events') + '?v=' + live.getAttribute('data-version'));
    source.addEventListener('schedule', function (e) {
      try { reason = JSON.parse(e.data).reason || reason; } catch (x) { /* keep */ }
      clearTimeout(pending);
      pending = setTimeout(refresh, 100);
    });
    source.onopen = function () { failures = 0; };
    source.onerror = function () {
      if (++failures < 5) return;
      disconnect();
      setTimeout(connect, 60000);
    };
  }

  function disconnect() {
    if (source) source.close();
    source = null;
  }

  addEventListener('pagehide', disconnect);
  addEventListener('pageshow', connect);
  d.addEventListener('visibilitychange', function () {
    if (d.visibilityState === 'visible') { connect(); refresh(); }
  });

  var sw = body.getAttribute('data-sw');
  if (sw && 'serviceWorker' in navigator) {
    navigator.serviceWorker.register(sw).then(function () {
      /* The first visit is not yet under the worker: keep this page for offline use now. */
      if (!navigator.serviceWorker.controller && window.caches) {
        caches.open('carrousel-pages').then(function (c) { return c.add(location.href); }).catch(function () {});
      }
    }).catch(function () {});
  }

  setInterval(tick, 15000);
  tick();
  plan();
  connect();
})();
