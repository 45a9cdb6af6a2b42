// Draws a proceeding's network with Cytoscape.js from the API; hits to other proceedings are closed nodes.
// Labels of node and edge kinds come from the page (data-kind-* attributes), so the graph speaks the page's
// language. Tapping a node (or Enter on the list below the graph) collapses or expands what hangs from it.
document.addEventListener("DOMContentLoaded", function () {
  var container = document.getElementById("network");
  if (!container || typeof cytoscape === "undefined") {
    return;
  }
  var words = container.dataset;
  function kindLabel(kind) {
    var key = ("kind-" + kind).replace(/-([a-z])/g, function (m, c) { return c.toUpperCase(); });
    return words[key] || "";
  }
  fetch(container.dataset.source, { headers: { "Accept": "application/json" } })
    .then(function (response) { return response.json(); })
    .then(function (graph) {
      var elements = graph.nodes.map(function (n) {
        var label = n.type === "hit" ? (n.closed ? words.hitClosed : words.hitOpen) : n.label;
        return { data: { id: n.id, label: label, type: n.type }, classes: n.type + (n.closed ? " closed" : "") };
      }).concat(graph.edges.map(function (e, i) {
        return { data: { id: "e" + i, source: e.source, target: e.target, label: kindLabel(e.kind || "") } };
      }));
      var cy = cytoscape({
        container: container,
        elements: elements,
        layout: { name: "cose", animate: false },
        style: [
          { selector: "node", style: { "label": "data(label)", "font-size": 10, "background-color": "#5b7fa6",
              "text-wrap": "wrap", "text-max-width": 120 } },
          { selector: "node.proceeding", style: { "shape": "round-rectangle", "background-color": "#1f3b57" } },
          { selector: "node.person", style: { "background-color": "#b5651d" } },
          { selector: "node.organisation", style: { "shape": "hexagon", "background-color": "#3d7a4a" } },
          { selector: "node.hit", style: { "shape": "diamond", "background-color": "#8a1c1c" } },
          { selector: "node.closed", style: { "border-width": 3, "border-style": "dashed", "border-color": "#000" } },
          { selector: "node.collapsed", style: { "border-width": 3, "border-color": "#e0a800" } },
          { selector: "edge", style: { "width": 1, "line-color": "#999", "curve-style": "bezier",
              "target-arrow-shape": "triangle", "target-arrow-color": "#999" } },
          { selector: "edge.labelled", style: { "label": "data(label)", "font-size": 8, "color": "#555",
              "text-rotation": "autorotate", "text-background-color": "#fff", "text-background-opacity": 0.8 } }
        ]
      });
      var labels = document.getElementById("network-edge-labels");
      function showEdgeLabels() {
        cy.edges().toggleClass("labelled", !labels || labels.checked);
      }
      if (labels) {
        labels.addEventListener("change", showEdgeLabels);
      }
      showEdgeLabels();

      // Collapse hides everything that hangs only from the node (its successors, not the proceeding itself).
      function toggle(node) {
        var below = node.successors().filter(function (el) { return !el.same(cy.getElementById(graph.nodes[0].id)); });
        if (below.length === 0) {
          return;
        }
        if (node.hasClass("collapsed")) {
          node.removeClass("collapsed");
          below.style("display", "element");
          below.nodes().removeClass("collapsed");
        } else {
          node.addClass("collapsed");
          below.style("display", "none");
        }
      }
      cy.on("tap", "node", function (event) { toggle(event.target); });
      var list = document.getElementById("network-nodes");
      if (list) {
        cy.nodes().forEach(function (node) {
          if (node.outgoers().length === 0) {
            return;
          }
          var item = document.createElement("li");
          var button = document.createElement("button");
          button.type = "button";
          button.className = "secondary";
          button.textContent = node.data("label");
          button.setAttribute("aria-pressed", "false");
          button.addEventListener("click", function () {
            toggle(node);
            button.setAttribute("aria-pressed", node.hasClass("collapsed") ? "true" : "false");
          });
          item.appendChild(button);
          list.appendChild(item);
        });
      }
      document.getElementById("network-fit").addEventListener("click", function () {
        cy.elements().style("display", "element");
        cy.nodes().removeClass("collapsed");
        if (list) {
          list.querySelectorAll("button").forEach(function (b) { b.setAttribute("aria-pressed", "false"); });
        }
        cy.fit();
      });
      document.getElementById("network-png").addEventListener("click", function () {
        var link = document.createElement("a");
        link.href = cy.png({ full: true, scale: 2, bg: "#ffffff" });
        link.download = container.dataset.file;
        link.click();
      });
    });
});
