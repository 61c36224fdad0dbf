// HiveCheck: progressive enhancements only. Every page works without this script.
(function () {
  'use strict';

  function number(form, name) {
    var input = form.elements[name];
    if (!input || input.value.trim() === '') { return NaN; }
    return Number(input.value);
  }

  // Live hints such as "30% of employees are active", from data-share="part/whole" and data-template.
  function initLiveHints() {
    var form = document.getElementById('questionnaire');
    if (!form) { return; }
    var hints = document.querySelectorAll('.live-hint[data-share]');
    function update() {
      hints.forEach(function (hint) {
        var names = hint.getAttribute('data-share').split('/');
        var part = number(form, names[0]);
        var whole = number(form, names[1]);
        if (isFinite(part) && isFinite(whole) && whole > 0 && part >= 0 && part <= whole) {
          var share = Math.round(part / whole * 1000) / 10;
          hint.textContent = hint.getAttribute('data-template').replace('{share}', share.toLocaleString(document.documentElement.lang || undefined));
        } else {
          hint.textContent = '';
        }
      });
    }
    form.addEventListener('input', update);
    update();
  }

  function initPrint() {
    document.querySelectorAll('[data-print]').forEach(function (button) {
      button.hidden = false;
      button.addEventListener('click', function () { window.print(); });
    });
  }

  // Buttons marked data-busy show a busy state while a slow request runs, so the page never looks frozen.
  function initBusy() {
    document.querySelectorAll('form[data-busy]').forEach(function (form) {
      form.addEventListener('submit', function () {
        form.classList.add('is-busy');
        form.querySelectorAll('button[type=submit]').forEach(function (b) {
          b.disabled = true;
          b.setAttribute('aria-busy', 'true');
          if (form.getAttribute('data-busy')) { b.textContent = form.getAttribute('data-busy'); }
        });
      });
    });
  }

  // A "from data" badge disappears as soon as its number no longer equals the activity export's figure.
  function initFromData() {
    document.querySelectorAll('.tag--data[data-value]').forEach(function (badge) {
      var input = document.getElementById(badge.id.replace(/-from-data$/, ''));
      if (!input) { return; }
      input.addEventListener('input', function () {
        badge.hidden = input.value.trim() !== badge.getAttribute('data-value');
      });
    });
  }

  // After an invalid submit, focus goes to the error summary, which lists and links every error.
  function initErrorSummary() {
    var summary = document.getElementById('form-errors') || document.querySelector('[data-error-summary]');
    if (summary) { summary.focus(); }
  }

  // The language links keep the page's query string (filters, compared ids), and on the questionnaire what was
  // typed: it is kept in this tab's session storage for the one reload and put back into the blank fields.
  var STORED = 'hivecheck.questionnaire';
  function initLanguageLinks() {
    var form = document.getElementById('questionnaire');
    document.querySelectorAll('.lang a[hreflang]').forEach(function (link) {
      var params = new URLSearchParams(window.location.search);
      params.set('lang', link.getAttribute('hreflang'));
      link.setAttribute('href', window.location.pathname + '?' + params.toString());
      if (!form) { return; }
      link.addEventListener('click', function () {
        var values = [];
        Array.prototype.forEach.call(form.elements, function (input) {
          if (!input.name || input.name === '_csrf' || input.type === 'hidden' && input.name.charAt(0) === '_') { return; }
          if (input.type === 'checkbox' || input.type === 'radio') {
            if (input.checked) { values.push([input.name, input.value, true]); }
          } else if (input.value !== '') {
            values.push([input.name, input.value, false]);
          }
        });
        try { window.sessionStorage.setItem(STORED, JSON.stringify(values)); } catch (e) { /* storage off */ }
      });
    });
    if (!form) { return; }
    var saved = null;
    try {
      saved = window.sessionStorage.getItem(STORED);
      window.sessionStorage.removeItem(STORED);
    } catch (e) { return; }
    if (!saved || document.getElementById('form-errors')) { return; }
    JSON.parse(saved).forEach(function (entry) {
      var inputs = form.querySelectorAll('[name="' + entry[0].replace(/"/g, '') + '"]');
      Array.prototype.forEach.call(inputs, function (input) {
        if (entry[2]) {
          if (input.value === entry[1]) { input.checked = true; }
        } else if (input.value === '' || input.type === 'hidden') {
          input.value = entry[1];
        }
      });
    });
    form.dispatchEvent(new Event('input'));
  }

  document.addEventListener('DOMContentLoaded', function () {
    initErrorSummary();
    initLanguageLinks();
    initLiveHints();
    initPrint();
    initBusy();
    initFromData();
  });
}());
