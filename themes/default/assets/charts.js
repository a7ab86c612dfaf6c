// Makes each chart interactive when a reader reaches for it. Every chart
// is already in the page, drawn at build time as SVG; the ECharts runtime
// (a tenth of the page's weight without it, nine tenths with) is fetched
// only on the first pointer, touch or keyboard focus on a chart, and the
// interactive chart then replaces the drawing in the same box. The data
// table stays in the page for readers without JavaScript or sight, folded
// behind a "Xem bảng số liệu" toggle once this script runs.
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
  // followTable keeps the table's state (open or folded) in the fragment.
  function followTable(table) {
    table.addEventListener("toggle", function () {
      if (byPrint.indexOf(table) >= 0) return;
      var p = view();
      if (table.open) p.set("xem", "bang"); else p.delete("xem");
      setView(p);
    });
  }
  // keepView applies the fragment's areas to the page's chart, and follows
  // the reader's changes to them.
  function keepView(chart, el) {
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
  }
  var runtime = document.querySelector('meta[name="chart-runtime"]');
  if (!runtime) return;
  var charts = document.querySelectorAll("[data-chart]");
  // The drawing is there, so its table folds away, unless the address
  // asks for it (#xem=bang) on a page of one indicator.
  charts.forEach(function (el) {
    var table = el.parentNode.querySelector("details.data-table");
    if (!table) return;
    var first = single && el === charts[0];
    table.open = first && view().get("xem") === "bang";
    if (first) followTable(table);
  });
  // Print shows every table whole: the folded ones open for it and fold
  // again after. byPrint keeps those toggles out of the address.
  var byPrint = [];
  window.addEventListener("beforeprint", function () {
    document.querySelectorAll("details:not([open])").forEach(function (d) { d.open = true; byPrint.push(d); });
  });
  window.addEventListener("afterprint", function () {
    var folded = byPrint.slice();
    folded.forEach(function (d) { d.open = false; });
    // Toggle events come as tasks after this one; forget the list after them.
    setTimeout(function () { byPrint = byPrint.filter(function (d) { return folded.indexOf(d) < 0; }); }, 0);
  });
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
  // Number formatting in the chart's language for axes and tooltips:
  // Vietnamese (6.400; 98,5) unless the option names another ("lang": "en",
  // 6,400; 98.5), as the drawing made at build time (chartsvg) does. The
  // option is JSON, so the functions are attached here.
  var formats = {};
  function formatter(lang) {
    lang = lang || "vi";
    if (!formats[lang]) {
      var nf = new Intl.NumberFormat(lang === "vi" ? "vi-VN" : lang, { maximumFractionDigits: 2 });
      formats[lang] = function (v) { return typeof v === "number" ? nf.format(v) : v; };
    }
    return formats[lang];
  }
  function localise(option) {
    var fmt = formatter(option.lang);
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
  // The drawing made at build time (package chartsvg, labels.go) follows
  // two rules that ECharts is told here, measured with the browser's font:
  // a long title wraps between words to the box's width, pushing the plot
  // down a line each time; and of the years along the bottom, the bold
  // ones (the target and vision years) are always labelled, then the
  // latest year, then the gaps ("…"), then the others from the latest
  // back, each only where it keeps 4 px from those already labelled.
  // ECharts' own rule (every nth label from the first) would drop 2030.
  var pen = document.createElement("canvas").getContext("2d");
  function measure(text, size, bold) {
    pen.font = (bold ? "bold " : "") + size + "px sans-serif";
    return pen.measureText(text).width;
  }
  function wrapTitle(option, room) {
    [].concat(option.title || []).forEach(function (t) {
      var st = t.textStyle || {}, size = st.fontSize || 18, lh = st.lineHeight || size;
      var lines = 0, line = "";
      String(t.text || "").split(/\s+/).filter(Boolean).forEach(function (w) {
        if (line && measure(line + " " + w, size, true) > room) { lines++; line = ""; }
        line = line ? line + " " + w : w;
      });
      if (line) lines++;
      t.textStyle = Object.assign({}, st, { width: room, overflow: "break" });
      if (lines > 1) {
        [].concat(option.grid || []).forEach(function (g) { g.top = (parseFloat(g.top) || 0) + (lines - 1) * lh; });
      }
    });
  }
  function pickLabels(chart, option) {
    var axis = [].concat(option.xAxis || [])[0];
    if (!axis || !axis.data || axis.data.length < 2 || axis.type === "value") return;
    var cats = axis.data.map(function (d) {
      var text = typeof d === "object" ? String(d.value) : String(d);
      var bold = typeof d === "object" && d.textStyle && d.textStyle.fontWeight === "bold";
      return { text: text, bold: bold, w: measure(text, 12, bold) };
    });
    var band = Math.abs(chart.convertToPixel({ xAxisIndex: 0 }, 1) - chart.convertToPixel({ xAxisIndex: 0 }, 0));
    var bold = [], gaps = [], years = [];
    cats.forEach(function (c, i) {
      if (c.bold) bold.push(i); else if (!/^\d/.test(c.text)) gaps.push(i); else years.push(i);
    });
    var order = bold.concat(years.length ? [years.pop()] : [], gaps, years.reverse());
    var shown = cats.map(function () { return false; }), chosen = [];
    order.forEach(function (i, k) {
      var fits = k < bold.length || chosen.every(function (j) {
        return Math.abs(i - j) * band >= (cats[i].w + cats[j].w) / 2 + 4;
      });
      if (fits) { shown[i] = true; chosen.push(i); }
    });
    chart.setOption({ xAxis: [{ axisLabel: { interval: function (i) { return shown[i]; } } }] });
  }
  // Keyboard: the chart box takes the focus, and the arrow keys step
  // through its points, a live region saying each one ("Năm 2024: 8,9
  // bác sĩ/10.000 dân, Toàn tỉnh"). Left and right move along the years,
  // up and down from line to line (on a chart of areas, from area to
  // area), Home and End to the first and last. It reads the option, so it
  // speaks before the runtime has come; once the chart is live, the point
  // is shown in its tooltip too.
  var instances = new WeakMap();
  function readPoints(option) {
    var x = [].concat(option.xAxis || [])[0] || {}, y = [].concat(option.yAxis || [])[0] || {};
    var upright = !x.data; // categories up the side: bars by area
    var cat = upright ? y : x, val = upright ? x : y;
    var names = (cat.data || []).map(function (d) { return typeof d === "object" ? String(d.value) : String(d); });
    var series = [];
    (option.series || []).forEach(function (s, index) {
      var at = [];
      (s.data || []).forEach(function (d, i) {
        var v = d !== null && typeof d === "object" ? d.value : d;
        if (typeof v === "number") at.push({ i: i, v: v });
      });
      if (at.length) series.push({ index: index, name: s.name, at: at });
    });
    return { upright: upright, names: names, unit: val.name || "", series: series, fmt: formatter(option.lang) };
  }
  function keyboard(el) {
    var live = document.getElementById(el.id + "-live"), hint = document.getElementById(el.id + "-keys");
    if (!live) return;
    if (hint) { hint.hidden = false; el.setAttribute("aria-describedby", hint.id); }
    var pts = null, s = 0, k = -1;
    el.addEventListener("keydown", function (e) {
      if (e.altKey || e.ctrlKey || e.metaKey) return;
      if (!pts) pts = readPoints(JSON.parse(document.getElementById(el.getAttribute("data-chart")).textContent));
      if (!pts.series.length) return;
      var along = pts.upright ? { ArrowUp: 1, ArrowDown: -1, ArrowRight: 1, ArrowLeft: -1 } : { ArrowRight: 1, ArrowLeft: -1 };
      var across = pts.upright ? {} : { ArrowDown: 1, ArrowUp: -1 };
      var cur = pts.series[s], n = cur.at.length;
      if (e.key in along) k = k < 0 ? (along[e.key] > 0 ? 0 : n - 1) : Math.max(0, Math.min(n - 1, k + along[e.key]));
      else if (e.key === "Home") k = 0;
      else if (e.key === "End") k = n - 1;
      else if (e.key in across) {
        var here = k < 0 ? cur.at[n - 1].i : cur.at[k].i;
        s = (s + across[e.key] + pts.series.length) % pts.series.length;
        cur = pts.series[s];
        // The point of the new line nearest the year the reader was on.
        k = 0;
        cur.at.forEach(function (p, j) { if (Math.abs(p.i - here) < Math.abs(cur.at[k].i - here)) k = j; });
      } else return;
      e.preventDefault();
      var p = cur.at[k], unit = pts.unit || live.getAttribute("data-unit") || "";
      var value = pts.fmt(p.v) + (unit ? " " + unit : "");
      live.textContent = pts.upright
        ? pts.names[p.i] + ", " + live.getAttribute("data-year").toLowerCase() + " " + cur.name + ": " + value
        : live.getAttribute("data-year") + " " + pts.names[p.i] + ": " + value + (pts.series.length > 1 ? ", " + cur.name : "");
      var chart = instances.get(el);
      if (chart) chart.dispatchAction({ type: "showTip", seriesIndex: cur.index, dataIndex: p.i });
    });
  }
  function draw(el) {
    if (el.hasAttribute("data-live")) return;
    el.setAttribute("data-live", "");
    var option = localise(JSON.parse(document.getElementById(el.getAttribute("data-chart")).textContent));
    wrapTitle(option, el.clientWidth - 10);
    load().then(function (echarts) {
      // The drawing goes and the chart comes in one task, in the same box:
      // the browser paints neither an empty box nor a moved page.
      el.textContent = "";
      var chart = echarts.init(el, null, { renderer: "svg" });
      chart.setOption(option);
      pickLabels(chart, option);
      instances.set(el, chart);
      if (single && el === charts[0]) keepView(chart, el);
    }, function () { el.removeAttribute("data-live"); });
  }
  charts.forEach(function (el) {
    // Keyboard readers reach the chart too, and waking it is all focus does.
    if (!el.hasAttribute("tabindex")) el.tabIndex = 0;
    keyboard(el);
    ["pointerenter", "touchstart", "focusin"].forEach(function (type) {
      el.addEventListener(type, function () { draw(el); }, { passive: true });
    });
  });
  // A shared view that picks areas needs the legend at once.
  if (single && charts.length && view().getAll("dia-ban").length) draw(charts[0]);
})();
