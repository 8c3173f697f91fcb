// Small enhancements; every page works without them.
(function () {
  'use strict';

  // "Print this kit" needs script, so the button stays hidden without it.
  document.querySelectorAll('[data-print]').forEach(function (button) {
    button.hidden = false;
    button.addEventListener('click', function () { window.print(); });
  });
  // A printout shows the statistics folded away on screen.
  window.addEventListener('beforeprint', function () {
    document.querySelectorAll('details.stats-details').forEach(function (d) { d.open = true; });
  });

  // "Copy link" next to a one-time password link; without script the link is selectable text.
  document.querySelectorAll('[data-copy]').forEach(function (button) {
    button.hidden = false;
    button.addEventListener('click', function () {
      var field = document.getElementById(button.getAttribute('data-copy'));
      field.select();
      var done = function () { button.textContent = 'Copied'; };
      if (navigator.clipboard) {
        navigator.clipboard.writeText(field.value).then(done, function () { document.execCommand('copy'); done(); });
      } else {
        document.execCommand('copy');
        done();
      }
    });
  });

  // Logging out on purpose also drops text kept in this browser for unsaved scorecards (shared computers).
  document.querySelectorAll('form[data-clears-drafts]').forEach(function (form) {
    form.addEventListener('submit', function () {
      try {
        Object.keys(window.localStorage)
          .filter(function (key) { return key.indexOf('traitscore.draft.') === 0; })
          .forEach(function (key) { window.localStorage.removeItem(key); });
      } catch (e) { /* storage unavailable: nothing kept */ }
    });
  });

  // Opening form: keep each trait's coverage count current while the panel is being ticked.
  document.querySelectorAll('form[data-opening-form]').forEach(function (form) {
    function refresh(row) {
      var assessed = row.querySelector('[data-assess]').checked;
      var count = row.querySelectorAll('[data-focus]:checked').length;
      row.classList.toggle('is-selected', assessed);
      var cell = row.querySelector('[data-coverage]');
      var short = assessed && count < 2;
      cell.innerHTML = '';
      var span = document.createElement('span');
      span.className = short ? 'warn-text' : '';
      span.textContent = count + (count === 1 ? ' interviewer' : ' interviewers') + (short ? ' ⚠' : '');
      if (short) { span.title = 'Fewer than two interviewers focus on this trait'; }
      cell.appendChild(span);
    }
    form.querySelectorAll('tr[data-trait]').forEach(function (row) {
      row.addEventListener('change', function () { refresh(row); });
    });
  });
  // A file over the upload limit is refused next to its field before it is sent: the server refuses it too,
  // but a body far over the limit is cut off with a bare problem, not this page.
  document.querySelectorAll('input[type=file][data-max-bytes]').forEach(function (input) {
    var limit = Number(input.getAttribute('data-max-bytes'));
    var message = document.getElementById(input.id + '-size-error');
    input.addEventListener('change', function () {
      var file = input.files && input.files[0];
      var tooLarge = !!file && file.size > limit;
      input.setCustomValidity(tooLarge ? input.getAttribute('data-too-large') : '');
      if (message) {
        message.textContent = tooLarge ? input.getAttribute('data-too-large') : '';
        message.hidden = !tooLarge;
      }
    });
  });
  // The first-login question suggests the browser's own time zone, if it is one of the list.
  document.querySelectorAll('select[data-browser-zone]').forEach(function (select) {
    var zone = window.Intl && Intl.DateTimeFormat().resolvedOptions().timeZone;
    if (zone && select.querySelector('option[value="' + zone + '"]')) {
      select.value = zone;
    }
  });
  // A browser shows a date-and-time field in its own format (12/01/2026, 01/12/2026 ...): under each one, the
  // value as the pages write it ("Tue 1 Dec 2026, 09:00"), so what was typed can be checked against them.
  var DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
  var MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  document.querySelectorAll('input[type=datetime-local]').forEach(function (input) {
    var echo = document.createElement('p');
    echo.className = 'hint datetime-echo';
    echo.setAttribute('aria-live', 'polite');
    input.insertAdjacentElement('afterend', echo);
    function show() {
      var m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(input.value);
      if (!m) { echo.textContent = ''; return; }
      // The typed wall-clock time, named without converting it: the server reads it in the person's zone.
      var day = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
      echo.textContent = DAYS[day.getUTCDay()] + ' ' + (+m[3]) + ' ' + MONTHS[+m[2] - 1] + ' ' + m[1] + ', ' + m[4] + ':' + m[5];
    }
    input.addEventListener('input', show);
    input.addEventListener('change', show);
    show();
  });
})();
