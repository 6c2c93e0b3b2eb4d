/* Carrousel personal page: live refresh (Server-Sent Events), minutes left, offline copy.
   The page works without this script; it only keeps the server-rendered page up to date, and
   never silently: a new version is fetched from the network until it shows (retrying, with
   « mise à jour en cours » meanwhile), and only then does the page say it shows the saved one. */
(function () {
  'use strict';
  var d = document;
  var body = d.body;
  var offset = Number(body.getAttribute('data-server-now')) - Date.now();
  var live = d.getElementById('live');
  var status = d.getElementById('status');
  var changesBox = d.getElementById('changes');
  var saved = d.getElementById('saved');
  var pagePath = body.getAttribute('data-page');
  /* Attempts at a new version before saying the page shows the saved one; then it keeps trying. */
  var FALLBACK_AFTER = 3;
  var ATTEMPT_MS = 8000;
  var source = null;
  var reconnectMs = 1000;
  var reconnectTimer = 0;
  /* The newest version the stream announced: the page is stale while it shows an older one. */
  var wanted = 0;
  var attempts = 0;
  var retryTimer = 0;
  var loading = false;
  var again = false;
  var pending = 0;
  var boundary = 0;

  function now() {
    return Date.now() + offset;
  }
  function text(name) {
    return body.getAttribute('data-msg-' + name) || '';
  }
  function fillIn(template, vars) {
    return template.replace(/\{(\w+)\}/g, function (m, k) {
      return k in vars ? vars[k] : m;
    });
  }
  function shown() {
    return Number(live.getAttribute('data-version')) || 0;
  }
  function stale() {
    return wanted > shown();
  }
  function say(message) {
    if (status.textContent !== message) status.textContent = message;
  }

  /* The page's own address (never the form's POST address), in its language. */
  function pageUrl() {
    return pagePath + '?lang=' + d.documentElement.lang;
  }

  function tick() {
    var lefts = d.querySelectorAll('.left');
    for (var i = 0; i < lefts.length; i++) {
      var n = Math.max(1, Math.ceil((Number(lefts[i].getAttribute('data-end')) - now()) / 60000));
      lefts[i].textContent = lefts[i].getAttribute('data-tpl').replace('{n}', n);
    }
  }

  /* The reader's stops by round, as the page wrote them (time, people and table in words). */
  function stops(root) {
    var out = {};
    var items = root.querySelectorAll('li[data-round]');
    for (var i = 0; i < items.length; i++) {
      var li = items[i];
      out[li.getAttribute('data-round')] = {
        start: Number(li.getAttribute('data-start')),
        when: li.getAttribute('data-when'),
        who: li.getAttribute('data-who'),
        table: li.getAttribute('data-table'),
      };
    }
    return out;
  }

  /* What changed for this reader, in time order; nothing when their own itinerary is the same. */
  function changes(before, after) {
    var a = stops(before);
    var b = stops(after);
    var out = [];
    var r;
    for (r in b) {
      var o = a[r];
      var n = b[r];
      var vars = { time: n.when, who: n.who, table: n.table, was: o ? o.when : '' };
      var kind = !o ? 'added' : o.who !== n.who ? 'who' : o.start !== n.start ? 'time' : o.table !== n.table ? 'table' : '';
      if (kind) out.push({ at: n.start, text: fillIn(text('changed-' + kind), vars) });
    }
    for (r in a) if (!b[r]) out.push({ at: a[r].start, text: fillIn(text('changed-cancelled'), { time: a[r].when, who: a[r].who }) });
    out.sort(function (x, y) {
      return x.at - y.at;
    });
    return out.map(function (c) {
      return c.text;
    });
  }

  function banner(list) {
    changesBox.innerHTML = '';
    var box = d.createElement('div');
    box.className = 'banner';
    var title = d.createElement('p');
    title.className = 'banner-title';
    title.textContent = text('changed-title');
    var items = d.createElement('ul');
    for (var i = 0; i < list.length; i++) {
      var li = d.createElement('li');
      li.textContent = list[i];
      items.appendChild(li);
    }
    var close = d.createElement('button');
    close.type = 'button';
    close.className = 'btn secondary';
    close.textContent = text('close');
    close.addEventListener('click', function () {
      changesBox.innerHTML = '';
    });
    box.appendChild(title);
    box.appendChild(items);
    box.appendChild(close);
    changesBox.appendChild(box);
  }

  function show(doc, fresh) {
    var list = fresh.getAttribute('data-version') !== live.getAttribute('data-version') ? changes(live, fresh) : [];
    fresh = d.importNode(fresh, true);
    live.parentNode.replaceChild(fresh, live);
    live = fresh;
    var footer = doc.querySelector('footer');
    if (footer) d.querySelector('footer').innerHTML = footer.innerHTML;
    offset = Number(doc.body.getAttribute('data-server-now')) - Date.now();
    body.setAttribute('data-changes-at', doc.body.getAttribute('data-changes-at') || '');
    if (list.length) banner(list);
    saved.hidden = true;
    tick();
    plan();
  }

  /* Reads the page from the network (the offline worker does not answer this one with its copy). */
  function refresh() {
    if (gone) return;
    clearTimeout(retryTimer);
    if (loading) {
      again = true;
      return;
    }
    loading = true;
    var control = window.AbortController ? new AbortController() : null;
    var timer = setTimeout(function () {
      if (control) control.abort();
    }, ATTEMPT_MS);
    fetch(pageUrl(), { cache: 'no-store', headers: { Accept: 'text/html', 'X-Carrousel-Fresh': '1' }, signal: control ? control.signal : undefined })
      .then(function (r) {
        /* The link was replaced: the page says so. */
        if (r.status === 404) {
          replaced();
          throw new Error('revoked');
        }
        if (!r.ok) throw new Error(String(r.status));
        return r.text();
      })
      .then(function (html) {
        var doc = new DOMParser().parseFromString(html, 'text/html');
        var fresh = doc.getElementById('live');
        if (!fresh) throw new Error('no page');
        /* A copy older than the one announced (a cache on the way): not yet. */
        if ((Number(fresh.getAttribute('data-version')) || 0) < wanted) throw new Error('stale');
        show(doc, fresh);
        attempts = 0;
        say('');
      })
      .catch(function () {
        attempts++;
        if (stale()) say(attempts >= FALLBACK_AFTER ? text('updateFailed') : text('updating'));
        if (stale() || !saved.hidden) retryTimer = setTimeout(refresh, Math.min(30000, 1000 * Math.pow(2, attempts - 1)));
      })
      .then(function () {
        clearTimeout(timer);
        loading = false;
        if (again) {
          again = false;
          refresh();
        }
      });
  }

  /* Refresh when the next round starts or ends, so "now" and "next" move on by themselves. */
  function plan() {
    clearTimeout(boundary);
    var at = Number(body.getAttribute('data-changes-at'));
    if (at) boundary = setTimeout(refresh, Math.min(Math.max(1000, at - now() + 500), 2147483000));
  }

  function announced(e) {
    var v = 0;
    try {
      v = Number(JSON.parse(e.data).version) || 0;
    } catch (x) {
      /* an old message: refresh anyway */
    }
    wanted = Math.max(wanted, v, shown() + (v ? 0 : 1));
    if (!stale()) return;
    attempts = 0;
    say(text('updating'));
    clearTimeout(pending);
    pending = setTimeout(refresh, 100);
  }

  function connect() {
    if (source || gone || !window.EventSource) return;
    clearTimeout(reconnectTimer);
    source = new EventSource(body.getAttribute('data-events') + '?v=' + shown());
    source.addEventListener('schedule', announced);
    source.addEventListener('questions', refresh);
    source.addEventListener('revoked', replaced);
    source.onopen = function () {
      reconnectMs = 1000;
      if (!saved.hidden) refresh();
    };
    source.onerror = function () {
      /* While CONNECTING the browser retries by itself; a CLOSED stream (an error answer) is ours to retry, sooner each time we are back. */
      if (!source || source.readyState !== 2) return;
      disconnect();
      reconnectTimer = setTimeout(connect, reconnectMs);
      reconnectMs = Math.min(30000, reconnectMs * 2);
      refresh();
    };
  }

  /* This link was replaced by a new one: the page says so at once, stops listening, and its saved copy goes. */
  var gone = false;
  function replaced() {
    if (gone) return;
    gone = true;
    disconnect();
    clearTimeout(retryTimer);
    clearTimeout(boundary);
    clearTimeout(pending);
    if (window.caches)
      caches
        .open('carrousel-pages')
        .then(function (c) {
          return c.delete(pagePath, { ignoreSearch: true });
        })
        .catch(function () {});
    var main = d.getElementById('main');
    var box = d.createElement('section');
    box.className = 'banner';
    box.id = 'replaced';
    box.setAttribute('role', 'alert');
    var title = d.createElement('h2');
    title.textContent = text('revoked-title');
    var p = d.createElement('p');
    p.textContent = text('revoked-text');
    box.appendChild(title);
    box.appendChild(p);
    main.innerHTML = '';
    main.appendChild(box);
    say('');
  }

  function disconnect() {
    if (source) source.close();
    source = null;
  }

  /* Back online, or back on the page: a closed stream opens again now, not after its back-off. */
  function back() {
    reconnectMs = 1000;
    if (source && source.readyState === 2) disconnect();
    connect();
    refresh();
  }

  addEventListener('pagehide', disconnect);
  addEventListener('pageshow', connect);
  addEventListener('online', back);
  d.addEventListener('visibilitychange', function () {
    if (d.visibilityState === 'visible') back();
  });

  var sw = body.getAttribute('data-sw');
  if (sw && 'serviceWorker' in navigator) {
    navigator.serviceWorker
      .register(sw)
      .then(function () {
        /* The first visit is not yet under the worker: keep this page for offline use now. */
        if (!navigator.serviceWorker.controller && window.caches) {
          caches
            .open('carrousel-pages')
            .then(function (c) {
              return c.add(location.href);
            })
            .catch(function () {});
        }
      })
      .catch(function () {});
  }

  /* The calendar address gets a copy button where the browser can copy (a phone's long press on a field is a chore). */
  var feed = document.querySelector('#calendar input.copy');
  if (feed && navigator.clipboard && window.isSecureContext) {
    var copy = document.createElement('button');
    copy.type = 'button';
    copy.className = 'btn secondary';
    copy.textContent = text('copy');
    var done = document.createElement('span');
    done.setAttribute('role', 'status');
    copy.addEventListener('click', function () {
      navigator.clipboard.writeText(feed.value).then(
        function () {
          done.textContent = text('copied');
        },
        function () {
          feed.select();
        },
      );
    });
    feed.parentNode.appendChild(copy);
    feed.parentNode.appendChild(done);
  }

  setInterval(tick, 15000);
  tick();
  plan();
  connect();
  /* Opened from the saved copy (offline): try the network at once, and keep trying. */
  if (!saved.hidden) refresh();
})();
