// regkg index.html: filter the documents table by a typed number or title (folded as regkg folds it:
// static/fold.js), by status on the page's date and by jurisdiction. Rows are only shown or hidden.
(function () {
  "use strict";
  var fold = regkgFold(JSON.parse(document.getElementById("regkg-fold").textContent));
  var rows = Array.prototype.slice.call(document.querySelectorAll("#docs tbody tr"));
  var keys = rows.map(function (r) { return fold.key(r.cells[3].textContent + " " + r.cells[4].textContent); });
  var find = document.getElementById("find"), status = document.getElementById("status"),
      place = document.getElementById("place"), shown = document.getElementById("shown");
  function apply() {
    var typed = fold.variants(find.value), n = 0;
    rows.forEach(function (row, i) {
      var show = (!typed[0] || typed.some(function (q) { return keys[i].indexOf(q) >= 0; }))
        && (!status.value || row.dataset.status === status.value)
        && (!place.value || row.dataset.place === place.value);
      row.hidden = !show;
      if (show) n += 1;
    });
    shown.textContent = n + " of " + rows.length + " documents";
  }
  [find, status, place].forEach(function (el) { el.addEventListener("input", apply); el.addEventListener("change", apply); });
}());
