// Draws every statistics chart from its data-chart attribute (no inline script under our CSP). Small cells arrive
// as null and are drawn as gaps, never as zero; the tooltip names them "<5". Bar charts grow with their number of
// categories and break long labels instead of clipping them; calendar periods are drawn left to right.
document.addEventListener("DOMContentLoaded", function () {
  if (typeof echarts === "undefined") {
    return;
  }
  document.querySelectorAll("[data-chart]").forEach(function (element) {
    var data = JSON.parse(element.getAttribute("data-chart"));
    var legend = data.series.length > 1;
    var time = data.kind === "time";
    if (!time) {
      element.style.height = Math.max(8, data.categories.length * (legend ? 2.2 : 1.8) + (legend ? 5 : 2.5)) + "rem";
    }
    var chart = echarts.init(element, null, { renderer: "svg" });
    var label = { width: Math.max(90, Math.min(180, element.clientWidth * 0.4)), overflow: "break", lineHeight: 14 };
    var category = { type: "category", data: data.categories, axisLabel: label };
    var value = { type: "value", minInterval: 1 };
    chart.setOption({
      tooltip: {
        trigger: "axis",
        valueFormatter: function (v) { return v === null || v === undefined ? data.small : v; }
      },
      legend: { show: legend, bottom: 0, type: "scroll" },
      grid: { left: 8, right: 16, top: 8, bottom: legend ? 36 : 8, containLabel: true },
      xAxis: time ? Object.assign(category, { axisLabel: { hideOverlap: true, rotate: data.categories.length > 8 ? 45 : 0 } }) : value,
      yAxis: time ? value : Object.assign(category, { inverse: true }),
      series: data.series.map(function (s) {
        return time ? { name: s.name, type: "line", connectNulls: false, showSymbol: true, data: s.data }
          : { name: s.name, type: "bar", stack: "all", data: s.data };
      })
    });
    window.addEventListener("resize", function () { chart.resize(); });
  });
  document.querySelectorAll(".stats-print").forEach(function (button) {
    button.addEventListener("click", function () { window.print(); });
  });
});
