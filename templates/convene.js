// Small helps for the event pages and the registration form; they work the same without them.

// The event's time in the browser's own zone, beside the event's, when the two differ and the
// server did not already show it (it does for a zone chosen on the form or the participant
// page, remembered in the convene_tz cookie).
document.addEventListener("DOMContentLoaded", function () {
  var zone;
  try {
    zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  } catch (e) {
    return;
  }
  if (!zone) return;
  var lang = document.documentElement.lang || "en";
  var day = { weekday: "long", year: "numeric", month: "long", day: "numeric", timeZone: zone };
  var clock = { hour: "2-digit", minute: "2-digit", hourCycle: "h23", timeZone: zone };
  function range(starts, ends) {
    var d = new Intl.DateTimeFormat(lang, day), t = new Intl.DateTimeFormat(lang, clock);
    var from = d.format(starts), to = d.format(ends);
    var text = from === to
      ? from + ", " + t.format(starts) + "\u2013" + t.format(ends)
      : from + ", " + t.format(starts) + " \u2013 " + to + ", " + t.format(ends);
    return text + " (" + zone + ")";
  }
  var times = document.querySelectorAll("[data-starts]");
  for (var i = 0; i < times.length; i++) {
    var when = times[i];
    if (when.getAttribute("data-zone") === zone) continue;
    var box = when.parentNode;
    var shown = box.querySelectorAll(".when-yours");
    var target = box.querySelector(".yours-time");
    if (!target || !shown.length || !shown[0].hidden) continue;
    var starts = new Date(when.getAttribute("data-starts"));
    var ends = new Date(when.getAttribute("data-ends"));
    if (isNaN(starts) || isNaN(ends)) continue;
    target.textContent = range(starts, ends);
    for (var j = 0; j < shown.length; j++) shown[j].hidden = false;
  }
});

document.addEventListener("DOMContentLoaded", function () {
  var lists = window.conveneLists || { zones: [], members: [] };

  // Organisation suggestions come with the cached list script, not with every page.
  var members = document.getElementById("members");
  if (members && !members.options.length) {
    lists.members.forEach(function (name) {
      var option = document.createElement("option");
      option.value = name;
      members.appendChild(option);
    });
  }

  // The page carries the nearby time zones; the others are added from the list script.
  var select = document.getElementById("time_zone");
  if (!select) return;
  var present = {};
  for (var i = 0; i < select.options.length; i++) present[select.options[i].value] = true;
  var other = document.createElement("optgroup");
  other.label = select.getAttribute("data-other") || "";
  lists.zones.forEach(function (zone) {
    if (present[zone]) return;
    var option = document.createElement("option");
    option.value = zone;
    option.text = zone;
    other.appendChild(option);
  });
  if (other.children.length) select.appendChild(other);

  // Fill the field from the browser, so participants see times in their own zone.
  if (select.value) return;
  try {
    var zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    for (var j = 0; j < select.options.length; j++) {
      if (select.options[j].value === zone) { select.selectedIndex = j; return; }
    }
  } catch (e) { /* an old browser: the select stays as it is */ }
});
