// Money-flow graph of a finding or a trace (Cytoscape.js): accounts sized by the volume through them, edges as
// wide as their amount, and a time slider that shows only the transactions up to the chosen moment; zoom buttons,
// labels on or off, and focus on one account (its neighbours kept, the rest faded).
document.addEventListener("DOMContentLoaded", function () {
  var container = document.getElementById("finance-graph");
  if (!container || typeof cytoscape === "undefined") {
    return;
  }
  var slider = document.getElementById("graph-until");
  var label = document.getElementById("graph-until-label");
  fetch(container.dataset.source, { headers: { "Accept": "application/json" } })
    .then(function (response) { return response.json(); })
    .then(function (body) {
      var graph = body.graph ? body.graph : body;
      if (!graph.nodes || graph.nodes.length === 0) {
        container.textContent = "—";
        return;
      }
      var maxVolume = Math.max.apply(null, graph.nodes.map(function (n) { return Number(n.volume) || 0; })) || 1;
      var weight = function (e) { return Number(e.attributed != null ? e.attributed : e.amount) || 0; };
      var maxAmount = Math.max.apply(null, graph.edges.map(weight)) || 1;
      var elements = graph.nodes.map(function (n) {
        return { data: { id: "n:" + n.id, label: n.name ? n.id + " (" + n.name + ")" : n.id,
          size: 16 + 44 * Math.sqrt((Number(n.volume) || 0) / maxVolume) } };
      }).concat(graph.edges.map(function (e, i) {
        return { data: { id: "e" + i, source: "n:" + e.source, target: "n:" + e.target, time: e.time,
          label: e.id + ": " + (e.attributed != null ? e.attributed + " / " : "") + e.amount,
          width: 1 + 9 * weight(e) / maxAmount } };
      }));
      var cy = cytoscape({
        container: container,
        elements: elements,
        layout: { name: "cose", animate: false },
        style: [
          { selector: "node", style: { "label": "data(label)", "font-size": 9, "width": "data(size)",
            "height": "data(size)", "background-color": "#5b7fa6" } },
          { selector: "edge", style: { "width": "data(width)", "line-color": "#b5651d", "target-arrow-color": "#b5651d",
            "target-arrow-shape": "triangle", "curve-style": "bezier", "opacity": 0.8 } },
          { selector: "edge.later", style: { "display": "none" } },
          { selector: ".faded", style: { "opacity": 0.12 } },
          { selector: "node.focus", style: { "border-width": 4, "border-color": "#e0a800" } },
          { selector: ".unlabelled", style: { "label": "" } }
        ]
      });
      tools(cy, graph);
      var times = graph.edges.map(function (e) { return e.time; }).sort(function (a, b) { return a - b; });
      if (!slider || times.length === 0) {
        return;
      }
      var first = times[0];
      var last = times[times.length - 1];
      var apply = function () {
        var until = first + (last - first) * Number(slider.value) / 100;
        cy.edges().forEach(function (edge) {
          edge.toggleClass("later", edge.data("time") > until);
        });
        if (label) {
          label.textContent = new Date(until).toISOString().substring(0, 16).replace("T", " ");
        }
      };
      slider.addEventListener("input", apply);
      apply();
    });
});

// Zoom, labels and focus: the controls of graph.html, each optional.
function tools(cy, graph) {
  var byId = function (id) { return document.getElementById(id); };
  var zoom = function (factor) {
    cy.zoom({ level: cy.zoom() * factor, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
  };
  if (byId("graph-zoom-in")) { byId("graph-zoom-in").addEventListener("click", function () { zoom(1.25); }); }
  if (byId("graph-zoom-out")) { byId("graph-zoom-out").addEventListener("click", function () { zoom(0.8); }); }
  if (byId("graph-fit")) { byId("graph-fit").addEventListener("click", function () { cy.fit(); }); }
  var labels = byId("graph-labels");
  if (labels) {
    labels.addEventListener("change", function () { cy.elements().toggleClass("unlabelled", !labels.checked); });
  }
  var focus = byId("graph-focus");
  if (!focus) {
    return;
  }
  graph.nodes.map(function (n) { return n.id; }).sort().forEach(function (id) {
    var option = document.createElement("option");
    option.value = id;
    var node = graph.nodes.filter(function (n) { return n.id === id; })[0];
    option.textContent = node.name ? id + " (" + node.name + ")" : id;
    focus.appendChild(option);
  });
  focus.addEventListener("change", function () {
    cy.elements().removeClass("faded focus");
    if (!focus.value) {
      cy.fit();
      return;
    }
    var node = cy.getElementById("n:" + focus.value);
    var near = node.closedNeighborhood();
    cy.elements().not(near).addClass("faded");
    node.addClass("focus");
    cy.animate({ fit: { eles: near, padding: 40 } }, { duration: 300 });
  });
  cy.on("tap", "node", function (event) {
    focus.value = event.target.id().substring(2);
    focus.dispatchEvent(new Event("change"));
  });
}
