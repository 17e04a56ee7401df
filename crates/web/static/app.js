// Progressive enhancement only: every page works without this file.
// Submit the language switcher as soon as a language is chosen.
document.querySelectorAll("form.lang-switch select").forEach(function (select) {
  select.addEventListener("change", function () { select.form.submit(); });
  var button = select.form.querySelector("button");
  if (button) { button.classList.add("visually-hidden"); }
});
