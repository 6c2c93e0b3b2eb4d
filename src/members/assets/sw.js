/* Carrousel: keeps the member's and the expert's own page and the page's files for offline use.
   Pages: network first (3 s), then the saved copy, marked as saved; the page script's own reads
   (X-Carrousel-Fresh) wait for the network, so it knows when it could not get a new version and
   says so, rather than being handed the old copy as if it were new. A page whose link was
   replaced (404) is not kept. Files: from the cache. Never the live stream. */
'use strict';
var ASSETS = __ASSETS__;
var FILES = 'carrousel-files-__VERSION__';
var PAGES = 'carrousel-pages';

self.addEventListener('install', function (e) {
  e.waitUntil(
    caches
      .open(FILES)
      .then(function (c) {
        return c.addAll(ASSETS);
      })
      .then(function () {
        return self.skipWaiting();
      }),
  );
});

self.addEventListener('activate', function (e) {
  e.waitUntil(
    caches
      .keys()
      .then(function (keys) {
        return Promise.all(
          keys
            .filter(function (k) {
              return k !== FILES && k !== PAGES;
            })
            .map(function (k) {
              return caches.delete(k);
            }),
        );
      })
      .then(function () {
        return self.clients.claim();
      }),
  );
});

self.addEventListener('fetch', function (e) {
  var req = e.request;
  var url = new URL(req.url);
  if (req.method !== 'GET' || url.origin !== self.location.origin) return;
  if (url.pathname.indexOf('/p/') === 0) {
    e.respondWith(
      caches.match(req).then(function (hit) {
        return hit || fetch(req);
      }),
    );
  } else if (/^\/[mx]\/[A-Za-z0-9_-]+$/.test(url.pathname)) {
    e.respondWith(req.headers.get('X-Carrousel-Fresh') ? network(req) : networkFirst(req));
  }
});

/* From the network, the copy kept up to date; a replaced link's copy dropped. */
function network(req) {
  return fetch(req).then(function (res) {
    /* A page just after a question (sent or refused) says so once: not the copy to keep. */
    if (res.ok && !/[?&]sent=/.test(req.url)) {
      var copy = res.clone();
      caches.open(PAGES).then(function (c) {
        return c.put(req.url.split('?')[0], copy);
      });
    } else if (res.status === 404) {
      caches.open(PAGES).then(function (c) {
        return c.delete(req.url, { ignoreSearch: true });
      });
    }
    return res;
  });
}

function networkFirst(req) {
  var fresh = network(req);
  var late = new Promise(function (resolve, reject) {
    setTimeout(reject, 3000);
  });
  return Promise.race([fresh, late]).catch(function () {
    return saved(req).then(function (copy) {
      return copy || fresh;
    });
  });
}

function saved(req) {
  return caches
    .open(PAGES)
    .then(function (c) {
      return c.match(req.url, { ignoreSearch: true });
    })
    .then(function (hit) {
      if (!hit) return undefined;
      /* The page's clock is the server's when it was saved: move it on by the time since (its Date header),
       or the minutes left would count from then. */
      var since = Date.now() - (Date.parse(hit.headers.get('Date')) || Date.now());
      return hit.text().then(function (html) {
        html = html.replace('class="saved" hidden', 'class="saved"').replace(/data-server-now="(\d+)"/, function (m, at) {
          return 'data-server-now="' + (Number(at) + Math.max(0, since)) + '"';
        });
        return new Response(html, { headers: { 'Content-Type': 'text/html; charset=utf-8' } });
      });
    });
}
