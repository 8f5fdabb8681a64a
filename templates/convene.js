// Fills the time-zone field from the browser, so participants see times in their own zone.
// The form works the same without it: the field is an ordinary select.
document.addEventListener("DOMContentLoaded", function () {
  var select = document.getElementById("time_zone");
  if (!select || select.value) return;
  try {
    var zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    for (var i = 0; i < select.options.length; i++) {
      if (select.options[i].value === zone || select.options[i].text === zone) { select.selectedIndex = i; return; }
    }
  } catch (e) { /* an old browser: the select stays as it is */ }
});
