// HiveCheck HR area: progressive enhancements only. The pages work without this script.
(function () {
  'use strict';

  // The history list: says how many rows are ticked for the comparison, and whether that is a number it accepts.
  function initCompareCounter() {
    var form = document.getElementById('compare-form');
    var hint = document.getElementById('compare-hint');
    if (!form || !hint) { return; }
    var min = Number(form.getAttribute('data-compare-min'));
    var max = Number(form.getAttribute('data-compare-max'));
    var template = form.getAttribute('data-selected') || '{n}';
    var initial = hint.textContent;
    function update() {
      var ticked = form.querySelectorAll('input.pick:checked').length;
      hint.classList.toggle('is-ready', ticked >= min && ticked <= max);
      hint.classList.toggle('is-over', ticked > max);
      hint.textContent = ticked === 0 ? initial : template.replace('{n}', String(ticked)) + ' · ' + initial;
    }
    form.addEventListener('change', update);
    update();
  }

  // The past-rounds import: one long request (up to a minute for the largest files). Once a file is sent, the button
  // says so and is disabled against a second submission, and the hint under it becomes the busy message. Going back
  // to the page from the browser's cache gives the button back.
  function initImportBusy() {
    var form = document.getElementById('import-form');
    var button = document.getElementById('import-submit');
    var wait = document.getElementById('import-wait');
    if (!form || !button || !wait) { return; }
    var label = button.textContent;
    var hint = wait.textContent;
    form.addEventListener('submit', function (event) {
      if (button.disabled) { event.preventDefault(); return; }
      var file = document.getElementById('file');
      if (file && file.files && file.files.length === 0) { return; }
      button.disabled = true;
      button.textContent = button.getAttribute('data-busy-label') || label;
      form.setAttribute('aria-busy', 'true');
      wait.textContent = wait.getAttribute('data-busy') || hint;
      wait.classList.add('is-busy');
    });
    window.addEventListener('pageshow', function () {
      button.disabled = false;
      button.textContent = label;
      form.removeAttribute('aria-busy');
      wait.textContent = hint;
      wait.classList.remove('is-busy');
    });
  }

  document.addEventListener('DOMContentLoaded', initCompareCounter);
  document.addEventListener('DOMContentLoaded', initImportBusy);
}());
