// The workbench's one script (served as a file: the pages' policy runs no inline script).
// On a document page: "Draw neighbourhood" fetches /doc/…/neighbourhood.json and draws it with
// vis-network (loaded only then: half a megabyte most visits never need); a double click on a node
// opens that document's page. Everywhere: a filter changed submits
// its form, so the table follows the choice.
(function () {
  "use strict";

  function withVis(then) {
    if (window.vis) { then(); return; }
    const script = document.createElement("script");
    script.src = "/static/vis-network.min.js";
    script.onload = then;
    document.head.appendChild(script);
  }

  function drawNeighbourhood(button) {
    const box = document.getElementById("network");
    const note = document.getElementById("drawn");
    const depth = document.getElementById("depth").value;
    button.disabled = true;
    note.textContent = "loading…";
    fetch(button.dataset.url + "?depth=" + encodeURIComponent(depth), { headers: { Accept: "application/json" } })
      .then(function (r) { if (!r.ok) { throw new Error(r.status + " " + r.statusText); } return r.json(); })
      .then(function (data) {
        box.hidden = false;
        data.edges.forEach(function (e) { e.title = e.label; delete e.label; });
        const network = new vis.Network(box, { nodes: new vis.DataSet(data.nodes), edges: new vis.DataSet(data.edges) }, {
          nodes: { shape: "dot", font: { size: 12 } },
          edges: { smooth: false },
          physics: { stabilization: { iterations: 200 }, barnesHut: { springLength: 120 } },
          interaction: { hover: true, tooltipDelay: 100 },
        });
        // Said drawn only once the canvas holds the settled picture: stabilisation ends a frame
        // before it is painted, and a test (or a user's script) reading it then finds it blank.
        network.once("stabilizationIterationsDone", function () {
          network.setOptions({ physics: false });
          network.once("afterDrawing", function () { document.body.dataset.drawn = "1"; });
          network.redraw();
        });
        network.on("doubleClick", function (p) {
          if (p.nodes.length) { window.location.href = "/doc/" + encodeURIComponent(p.nodes[0]); }
        });
        note.textContent = data.nodes.length + " documents, " + data.edges.length + " relations" +
          (data.cut ? " (cut: the nearest shown)" : "") + " — double-click a node to open it";
      })
      .catch(function (err) { note.textContent = "could not draw: " + err.message; })
      .finally(function () { button.disabled = false; });
  }

  document.addEventListener("DOMContentLoaded", function () {
    const button = document.getElementById("draw");
    if (button) {
      button.addEventListener("click", function () { withVis(function () { drawNeighbourhood(button); }); });
    }
    document.querySelectorAll("form.filters select").forEach(function (select) {
      select.addEventListener("change", function () { select.form.requestSubmit(); });
    });
  });
})();
