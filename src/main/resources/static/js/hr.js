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

  document.addEventListener('DOMContentLoaded', initCompareCounter);
}());
