// Keeps what an interviewer types into a scorecard in this browser (localStorage) until the server
// has it, for text that never reached the server (a closed tab, a lost connection). A save after the
// login expired needs no script: the server keeps the posted form and saves it after the login. The copy is deleted as soon as the server confirms a save
// and on logout, so evidence notes do not linger on shared computers.
(function () {
  'use strict';
  var form = document.querySelector('form[data-keep-draft]');
  var storage;
  try { storage = window.localStorage; } catch (e) { return; }
  if (!form || !storage) { return; }

  var key = form.getAttribute('data-keep-draft');
  var version = form.elements.version ? form.elements.version.value : '';
  var notice = document.getElementById('draft-restored');
  var submitting = false;

  function kept(el) {
    return el.name && el.type !== 'hidden' && el.type !== 'submit' && el.type !== 'button';
  }

  function snapshot() {
    var fields = {};
    Array.prototype.forEach.call(form.elements, function (el) {
      if (!kept(el)) { return; }
      if (el.type === 'checkbox' || el.type === 'radio') {
        if (el.checked) { (fields[el.name] = fields[el.name] || []).push(el.value); }
      } else {
        fields[el.name] = [el.value];
      }
    });
    return fields;
  }

  function apply(fields) {
    Array.prototype.forEach.call(form.elements, function (el) {
      if (!kept(el)) { return; }
      var values = fields[el.name] || [];
      if (el.type === 'checkbox' || el.type === 'radio') {
        el.checked = values.indexOf(el.value) >= 0;
      } else {
        el.value = values.length ? values[0] : '';
      }
    });
  }

  function read() {
    try { return JSON.parse(storage.getItem(key)); } catch (e) { return null; }
  }

  function show(message, offer) {
    if (!notice) { return; }
    notice.textContent = message + ' ';
    if (offer) {
      var restore = document.createElement('button');
      restore.type = 'button';
      restore.className = 'button secondary';
      restore.textContent = 'Restore my unsaved text';
      restore.addEventListener('click', function () {
        apply(offer.fields);
        notice.textContent = 'Your unsaved text is back. It is not saved yet: press "Save draft".';
      });
      var discard = document.createElement('button');
      discard.type = 'button';
      discard.className = 'button-link';
      discard.textContent = 'Discard it';
      discard.addEventListener('click', function () { storage.removeItem(key); notice.hidden = true; });
      notice.appendChild(restore);
      notice.appendChild(document.createTextNode(' '));
      notice.appendChild(discard);
    }
    notice.hidden = false;
  }

  var serverState = JSON.stringify(snapshot());
  if (form.getAttribute('data-saved') === 'true') {
    storage.removeItem(key);
  } else {
    var stored = read();
    if (stored && stored.fields && JSON.stringify(stored.fields) !== serverState) {
      var when = new Date(stored.savedAt).toLocaleString();
      if (stored.version === version) {
        apply(stored.fields);
        show('We restored text you typed on ' + when + ' that had not reached the server (for example because the tab'
          + ' was closed). It is not saved yet: check it and press "Save draft".');
      } else {
        show('This browser still has text you typed on ' + when + ', but the scorecard was saved elsewhere since then.',
          stored);
      }
    }
  }

  function remember() {
    var fields = snapshot();
    if (JSON.stringify(fields) === serverState) {
      storage.removeItem(key);
    } else {
      try {
        storage.setItem(key, JSON.stringify({ version: version, savedAt: new Date().toISOString(), fields: fields }));
      } catch (e) { /* storage full or disabled: the form still works */ }
    }
  }

  form.addEventListener('input', remember);
  form.addEventListener('change', remember);
  form.addEventListener('submit', function () { remember(); submitting = true; });
  window.addEventListener('beforeunload', function (event) {
    if (!submitting && JSON.stringify(snapshot()) !== serverState) {
      event.preventDefault();
      event.returnValue = '';
    }
  });
})();
