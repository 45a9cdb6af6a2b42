// Draws every statistics chart from its data-chart attribute (no inline script under our CSP). Suppressed cells
// arrive as null and are drawn as gaps, never as zero.
document.addEventListener("DOMContentLoaded", function () {
  if (typeof echarts === "undefined") {
    return;
  }
  document.querySelectorAll("[data-chart]").forEach(function (element) {
    var data = JSON.parse(element.getAttribute("data-chart"));
    var chart = echarts.init(element, null, { renderer: "svg" });
    chart.setOption({
      tooltip: { trigger: "axis" },
      legend: { show: data.series.length > 1, bottom: 0 },
      grid: { left: 8, right: 8, top: 8, bottom: data.series.length > 1 ? 32 : 8, containLabel: true },
      xAxis: { type: "value", minInterval: 1 },
      yAxis: { type: "category", data: data.categories, inverse: true },
      series: data.series.map(function (s) {
        return { name: s.name, type: "bar", stack: "all", data: s.data };
      })
    });
    window.addEventListener("resize", function () { chart.resize(); });
  });
  document.querySelectorAll(".stats-print").forEach(function (button) {
    button.addEventListener("click", function () { window.print(); });
  });
});
