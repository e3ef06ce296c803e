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
    }
  }

  source.onmessage = function (event) {
    var turnout = JSON.parse(event.data);
    if (turnout.state !== state) {
      // Opened, closed or published elsewhere: the page for the new state is a different page.
      source.close();
      window.location.reload();
      return;
    }
    ['votedMembers', 'entitledMembers', 'votedWeight', 'entitledWeight', 'percent'].forEach(function (name) {
      setText(name, turnout[name]);
    });
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
