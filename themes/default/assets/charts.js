// Draws each chart when it scrolls into view. The data table stays in the
// page for readers without JavaScript or sight; once a chart is drawn its
// table folds away behind a "Xem bảng số liệu" toggle.
//
// On a page of one indicator (its page, its embed) the view lives in the
// URL's fragment: #xem=bang keeps the table open once the chart is drawn,
// and dia-ban=NAME, repeated, shows only those areas' lines. Reading the
// fragment restores a shared view; changing the view writes it back, and
// into the embed snippet, so what is copied reopens what is seen.
(function () {
  "use strict";
  // The embed snippet's copy button, which needs no chart.
  document.querySelectorAll("button[data-copy]").forEach(function (b) {
    var src = document.getElementById(b.getAttribute("data-copy"));
    var status = b.parentNode.querySelector(".copy-status");
    if (!src || !navigator.clipboard) return;
    b.hidden = false;
    b.addEventListener("click", function () {
      navigator.clipboard.writeText(src.value).then(function () {
        if (status) status.textContent = status.getAttribute("data-done");
      }, function () { src.focus(); src.select(); });
    });
  });
  var single = document.body.classList.contains("kind-indicator") || document.body.classList.contains("kind-embed");
  // view reads the fragment's view keys; any other fragment (an anchor such
  // as #cach-tinh) is not a view, and is dropped once the view changes.
  function view() {
    var all = new URLSearchParams(location.hash.slice(1)), p = new URLSearchParams();
    all.getAll("xem").slice(0, 1).forEach(function (v) { p.set("xem", v); });
    all.getAll("dia-ban").forEach(function (v) { p.append("dia-ban", v); });
    return p;
  }
  function setView(p) {
    // Only a change of view touches the address: the table folding itself
    // once the chart is drawn is none, and leaves an anchor (#cach-tinh) be.
    if (p.toString() === view().toString()) return;
    var frag = p.toString() ? "#" + p.toString() : "";
    history.replaceState(null, "", location.pathname + location.search + frag);
    var code = document.querySelector("textarea.embed-code");
    if (code) code.value = code.value.replace(/(\/nhung\/)[^"]*"/, "$1" + frag + '"');
  }
  // keepView applies the fragment to the page's chart and table, and
  // follows the reader's changes.
  function keepView(chart, el, table) {
    var areas = JSON.parse(el.getAttribute("data-areas") || "[]");
    var shown = view().getAll("dia-ban");
    if (shown.length) {
      areas.forEach(function (a) {
        if (shown.indexOf(a) < 0) chart.dispatchAction({ type: "legendUnSelect", name: a });
      });
    }
    chart.on("legendselectchanged", function (e) {
      var p = view(), on = areas.filter(function (a) { return e.selected[a] !== false; });
      p.delete("dia-ban");
      if (on.length < areas.length) on.forEach(function (a) { p.append("dia-ban", a); });
      setView(p);
    });
    if (table) {
      table.addEventListener("toggle", function () {
        var p = view();
        if (table.open) p.set("xem", "bang"); else p.delete("xem");
        setView(p);
      });
    }
  }
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
      var chart = echarts.init(el, null, { renderer: "svg" });
      chart.setOption(option);
      var table = el.parentNode.querySelector("details.data-table");
      var first = single && el === document.querySelector("[data-chart]");
      if (table) table.open = first && view().get("xem") === "bang";
      if (first) keepView(chart, el, table);
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
