// Small helps for the registration form; it works the same without them.
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
