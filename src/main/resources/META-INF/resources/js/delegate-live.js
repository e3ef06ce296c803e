// Live delegate pages (issue 11.3): "/vote" shows a ballot the moment it opens, a ballot page stops
// offering its buttons the moment it closes. The server pushes only ballot ids and states (Server-Sent
// Events, one shared poller); the new part of the page comes from a normal GET of the same page.
// Without JavaScript the pages work as before: a reload shows the current state.
(function () {
  'use strict';
  var region = document.getElementById('live-region');
  if (!region || !window.EventSource || !window.fetch || !window.DOMParser) {
    return;
  }
  var list = region.getAttribute('data-live-list');
  var source = new EventSource(list || region.getAttribute('data-live-ballot'));
  var known = list ? region.getAttribute('data-open') : region.getAttribute('data-state');

  // Replace the live part with the page as the server renders it now, and say so once (politely).
  function refresh() {
    fetch(window.location.pathname, { credentials: 'same-origin', headers: { 'Accept': 'text/html' } })
      .then(function (response) {
        if (!response.ok || response.redirected) {
          throw new Error('not the page');
        }
        return response.text();
      })
      .then(function (html) {
        var fresh = new DOMParser().parseFromString(html, 'text/html').getElementById('live-region');
        if (!fresh) {
          throw new Error('no live region');
        }
        region.replaceWith(fresh);
        region = fresh;
        var status = document.getElementById('live-status');
        if (status) {
          status.textContent = fresh.getAttribute('data-announce') || '';
        }
      })
      .catch(function () {
        window.location.reload(); // e.g. the login ended: the reload goes through the login round trip
      });
  }

  source.onmessage = function (event) {
    var data = JSON.parse(event.data);
    var now = list ? data.open.join(',') : data.state;
    if (!list && now !== 'OPEN' && now !== 'DRAFT') {
      source.close(); // voting is over: nothing more to wait for on this page
    }
    if (now !== known) {
      known = now;
      refresh();
    }
  };
})();
