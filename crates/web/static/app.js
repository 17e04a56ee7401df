// Progressive enhancement only: every page works without this file.
// Submit the language switcher as soon as a language is picked with a pointer. A keyboard
// user moving through the options with the arrow keys changes the value at each step, so for
// them the switch waits for its button (which stays visible).
document.querySelectorAll("form.lang-switch select").forEach(function (select) {
  var byPointer = false;
  select.addEventListener("pointerdown", function () { byPointer = true; });
  select.addEventListener("keydown", function () { byPointer = false; });
  select.addEventListener("change", function () { if (byPointer) { select.form.submit(); } });
});
// A form sent back with problems opens on their summary, so a screen reader reads it first.
var summary = document.querySelector(".error-summary[tabindex]");
if (summary) { summary.focus(); }
