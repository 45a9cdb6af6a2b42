// Draws a proceeding's network with Cytoscape.js from the API; hits to other proceedings are closed nodes.
document.addEventListener("DOMContentLoaded", function () {
  var container = document.getElementById("network");
  if (!container || typeof cytoscape === "undefined") {
    return;
  }
  fetch(container.dataset.source, { headers: { "Accept": "application/json" } })
    .then(function (response) { return response.json(); })
    .then(function (graph) {
      var elements = graph.nodes.map(function (n) {
        return { data: { id: n.id, label: n.label, type: n.type }, classes: n.type + (n.closed ? " closed" : "") };
      }).concat(graph.edges.map(function (e, i) {
        return { data: { id: "e" + i, source: e.source, target: e.target } };
      }));
      var cy = cytoscape({
        container: container,
        elements: elements,
        layout: { name: "cose", animate: false },
        style: [
          { selector: "node", style: { "label": "data(label)", "font-size": 10, "background-color": "#5b7fa6" } },
          { selector: "node.proceeding", style: { "shape": "round-rectangle", "background-color": "#1f3b57" } },
          { selector: "node.person", style: { "background-color": "#b5651d" } },
          { selector: "node.organisation", style: { "shape": "hexagon", "background-color": "#3d7a4a" } },
          { selector: "node.hit", style: { "shape": "diamond", "background-color": "#8a1c1c" } },
          { selector: "node.closed", style: { "border-width": 3, "border-style": "dashed", "border-color": "#000" } },
          { selector: "edge", style: { "width": 1, "line-color": "#999" } }
        ]
      });
      document.getElementById("network-png").addEventListener("click", function () {
        var link = document.createElement("a");
        link.href = cy.png({ full: true, scale: 2, bg: "#ffffff" });
        link.download = container.dataset.file;
        link.click();
      });
    });
});
