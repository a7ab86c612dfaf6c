// Draws each chart when it scrolls into view. The data table stays in the
// page for readers without JavaScript or sight; once a chart is drawn its
// table folds away behind a "Xem bảng số liệu" toggle.
(function () {
  "use strict";
  var runtime = document.querySelector('meta[name="chart-runtime"]');
  if (!runtime || !("IntersectionObserver" in window)) return;
  // Charts take room only where they can be drawn.
  document.documentElement.classList.add("charts");
  var loading = null;
  function load() {
    if (window.echarts) return Promise.resolve(window.echarts);
    if (!loading) {
      loading = new Promise(function (resolve, reject) {
        var s = document.createElement("script");
        s.src = runtime.content;
        s.onload = function () { resolve(window.echarts); };
        s.onerror = reject;
        document.head.appendChild(s);
      });
    }
    return loading;
  }
  // Vietnamese number formatting (6.400; 98,5) for axes and tooltips: the
  // option is JSON, so the functions are attached here.
  var nf = new Intl.NumberFormat("vi-VN", { maximumFractionDigits: 2 });
  function fmt(v) { return typeof v === "number" ? nf.format(v) : v; }
  function localise(option) {
    [].concat(option.yAxis || []).forEach(function (a) {
      if (a.type === "value") a.axisLabel = Object.assign({}, a.axisLabel, { formatter: fmt });
      // The unit above the axis starts at the axis, so it is never cut off.
      a.nameTextStyle = Object.assign({ align: "left" }, a.nameTextStyle);
    });
    [].concat(option.xAxis || []).forEach(function (a) {
      if (a.type === "value") a.axisLabel = Object.assign({}, a.axisLabel, { formatter: fmt });
    });
    if (option.tooltip) option.tooltip.valueFormatter = fmt;
    return option;
  }
  function draw(el) {
    var option = localise(JSON.parse(document.getElementById(el.getAttribute("data-chart")).textContent));
    // A long title is cut to the chart's width; the page heading has it whole.
    [].concat(option.title || []).forEach(function (t) {
      t.textStyle = Object.assign({}, t.textStyle, { width: el.clientWidth - 8, overflow: "truncate" });
    });
    return load().then(function (echarts) {
      echarts.init(el, null, { renderer: "svg" }).setOption(option);
      var table = el.parentNode.querySelector("details.data-table");
      if (table) table.open = false;
    });
  }
  var io = new IntersectionObserver(function (entries) {
    entries.forEach(function (e) {
      if (!e.isIntersecting) return;
      io.unobserve(e.target);
      draw(e.target);
    });
  }, { rootMargin: "200px" });
  document.querySelectorAll("[data-chart]").forEach(function (el) { io.observe(el); });
})();
