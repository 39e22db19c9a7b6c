// regkg network view: draws the embedded data with vis-network (positions given, physics off), and
// wires the search box, the status/relation filters, the neighbourhood focus and the info panel.
// Text from documents only ever reaches the page through textContent, never innerHTML.
(function () {
  "use strict";
  var t0 = performance.now();
  var data = JSON.parse(document.getElementById("regkg-data").textContent);
  var nodes = new vis.DataSet(data.nodes);
  var edges = new vis.DataSet(data.edges);
  var container = document.getElementById("network");
  var network = new vis.Network(container, { nodes: nodes, edges: edges }, data.options);
  var hiddenStatus = {}, hiddenRelation = {}, focusSet = null;
  var byId = {};
  data.nodes.forEach(function (n) { byId[n.id] = n; });

  network.once("afterDrawing", function () {
    document.body.setAttribute("data-rendered", "1");
    window.regkgDrawnMs = performance.now() - t0;
  });
  // "#focus=IRI" (a document page's "neighbourhood view" link) shows that node's neighbourhood.
  var hashFocus = location.hash.indexOf("#focus=") === 0 ? decodeURIComponent(location.hash.slice(7)) : null;
  var start = hashFocus && byId[hashFocus] ? hashFocus : (data.focus && byId[data.focus] ? data.focus : null);
  if (start) {
    network.once("afterDrawing", function () {
      network.selectNodes([start]); showInfo(start);
      if (start === hashFocus) { document.getElementById("focus").click(); }
    });
  }

  function apply() {
    var nodeUpdates = data.nodes.map(function (n) {
      var hide = !!hiddenStatus[n.status] || (focusSet !== null && !focusSet[n.id]);
      return { id: n.id, hidden: hide };
    });
    nodes.update(nodeUpdates);
    var visible = {};
    nodeUpdates.forEach(function (u) { if (!u.hidden) visible[u.id] = true; });
    edges.update(data.edges.map(function (e) {
      return { id: e.id, hidden: !!hiddenRelation[e.relation] || !visible[e.from] || !visible[e.to] };
    }));
    var shown = nodeUpdates.filter(function (u) { return !u.hidden; }).length;
    document.getElementById("counts").textContent = shown + " of " + data.nodes.length + " nodes shown, " + data.edges.length + " edges";
  }

  document.querySelectorAll("input[data-status]").forEach(function (box) {
    box.addEventListener("change", function () { hiddenStatus[box.dataset.status] = !box.checked; apply(); });
  });
  document.querySelectorAll("input[data-relation]").forEach(function (box) {
    box.addEventListener("change", function () { hiddenRelation[box.dataset.relation] = !box.checked; apply(); });
  });

  function neighbourhood(start, depth) {
    var adjacent = {};
    data.edges.forEach(function (e) {
      if (hiddenRelation[e.relation]) return;
      (adjacent[e.from] = adjacent[e.from] || []).push(e.to);
      (adjacent[e.to] = adjacent[e.to] || []).push(e.from);
    });
    var seen = {}; seen[start] = 0;
    var queue = [start];
    while (queue.length) {
      var id = queue.shift();
      if (seen[id] >= depth) continue;
      (adjacent[id] || []).forEach(function (o) { if (!(o in seen)) { seen[o] = seen[id] + 1; queue.push(o); } });
    }
    return seen;
  }

  document.getElementById("focus").addEventListener("click", function () {
    var selected = network.getSelectedNodes();
    if (!selected.length) { document.getElementById("matches").textContent = "Select a node first (click it, or search)."; return; }
    focusSet = neighbourhood(selected[0], parseInt(document.getElementById("depth").value, 10));
    apply();
    network.fit({ nodes: Object.keys(focusSet), animation: false });
  });
  document.getElementById("reset").addEventListener("click", function () {
    focusSet = null; apply(); network.fit({ animation: false });
  });

  // a number typed with other brackets, widths, spaces, traditional script or no 号 folds as regkg's does
  var fold = regkgFold(data.fold);
  var haystack = {};
  data.nodes.forEach(function (n) { haystack[n.id] = fold.key(n.label + " " + n.id + " " + (n.search || "")); });
  var search = document.getElementById("search");
  search.addEventListener("input", function () {
    var typed = fold.variants(search.value);
    var out = document.getElementById("matches");
    if (!typed[0]) { out.textContent = ""; network.unselectAll(); return; }
    var hits = data.nodes.filter(function (n) {
      return typed.some(function (q) { return haystack[n.id].indexOf(q) >= 0; });
    }).map(function (n) { return n.id; });
    out.textContent = hits.length + (hits.length === 1 ? " match" : " matches") + (hits.length ? " (selected)" : "");
    network.selectNodes(hits.slice(0, 200));
    if (hits.length) {
      network.focus(hits[0], { scale: Math.max(network.getScale(), 0.8), animation: false });
      showInfo(hits[0]);
    }
  });

  function showInfo(id) {
    var n = byId[id];
    var box = document.getElementById("info");
    box.textContent = "";
    if (!n) return;
    var text = document.createElement("div");
    text.textContent = n.title;
    box.appendChild(text);
    if (n.url) {
      var a = document.createElement("a");
      a.href = n.url; a.textContent = "Open the document page →";
      box.appendChild(a);
    }
  }
  network.on("click", function (params) { if (params.nodes.length) showInfo(params.nodes[0]); });
  network.on("doubleClick", function (params) {
    if (params.nodes.length && byId[params.nodes[0]] && byId[params.nodes[0]].url) window.location.href = byId[params.nodes[0]].url;
  });
}());
