// Live turnout on the chair console and the projector, pushed by the server as Server-Sent Events.
// Without JavaScript the pages still work: they show the turnout as it was when loaded.
(function () {
  'use strict';
  var root = document.querySelector('[data-live]');
  if (!root || !window.EventSource) {
    return;
  }
  var state = root.getAttribute('data-state');
  var source = new EventSource(root.getAttribute('data-live'));

  function field(name) {
    return document.querySelector('[data-field="' + name + '"]');
  }

  function setText(name, value) {
    var element = field(name);
    if (element && element.textContent !== value) {
      element.textContent = value;
      return true;
    }
    return false;
  }

  // The figures change with every vote; a screen reader that heard each one would hear nothing else.
  // So the status region says the latest figures at once, then at most once every ANNOUNCE_EVERY ms.
  var ANNOUNCE_EVERY = 5000;
  var status = document.querySelector('[data-announce]');
  var figures = document.querySelector('[data-announce-from]');
  var lastAnnounced = -Infinity;
  var announcement = null;

  function announce() {
    announcement = null;
    lastAnnounced = Date.now();
    var parts = Array.prototype.map.call(figures.querySelectorAll('dt'), function (term) {
      return term.textContent.trim() + ': ' + term.nextElementSibling.textContent.replace(/\s+/g, ' ').trim();
    });
    status.textContent = parts.join('; ');
  }

  function announceSoon() {
    if (!status || !figures || announcement) {
      return;
    }
    announcement = setTimeout(announce, Math.max(0, lastAnnounced + ANNOUNCE_EVERY - Date.now()));
  }

  source.onmessage = function (event) {
    var turnout = JSON.parse(event.data);
    if (turnout.state !== state) {
      // Opened, closed or published elsewhere: the page for the new state is a different page.
      source.close();
      window.location.reload();
      return;
    }
    var changed = false;
    ['votedMembers', 'entitledMembers', 'votedWeight', 'entitledWeight', 'percent'].forEach(function (name) {
      changed = setText(name, turnout[name]) || changed;
    });
    if (changed) {
      announceSoon();
    }
    var progress = field('progress');
    if (progress) {
      progress.value = Number(turnout.progress);
    }
    var list = field('notVoted');
    if (list) {
      var items = turnout.notVoted.map(function (member) {
        var item = document.createElement('li');
        item.textContent = member.name + ' (' + member.code + ')';
        return item;
      });
      list.replaceChildren.apply(list, items);
      var allVoted = field('allVoted');
      if (allVoted) {
        allVoted.hidden = items.length > 0;
      }
    }
  };
})();
