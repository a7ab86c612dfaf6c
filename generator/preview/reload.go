package preview

// reloadJS reloads the page after a good rebuild and, after a failed one,
// lays the problems over the last good page. Its words are Vietnamese, for
// the staff who edit; it builds its panel with textContent, never HTML, so
// nothing from a file can run.
const reloadJS = `(function () {
  "use strict";
  var panel = null;
  function el(tag, text, css) {
    var e = document.createElement(tag);
    if (text) e.textContent = text;
    if (css) e.style.cssText = css;
    return e;
  }
  function show(problems) {
    if (panel) panel.remove();
    panel = el("div", "", "position:fixed;inset:0;z-index:2147483647;overflow:auto;background:rgba(20,20,20,.94);color:#fff;font:16px/1.5 system-ui,sans-serif;padding:1.5rem");
    panel.setAttribute("role", "alertdialog");
    panel.setAttribute("aria-live", "assertive");
    panel.setAttribute("aria-label", "Lỗi khi dựng trang");
    panel.appendChild(el("h1", "Chưa cập nhật được trang: có " + problems.length + " lỗi", "font-size:1.4rem;margin:0 0 .5rem;color:#ffb4a8"));
    panel.appendChild(el("p", "Trang phía sau là bản dựng tốt gần nhất. Hãy sửa các lỗi dưới đây rồi lưu tệp: trang sẽ tự tải lại.", "margin:0 0 1rem"));
    problems.forEach(function (p) {
      var box = el("section", "", "background:#222;border-left:4px solid #ff6b57;padding:.75rem 1rem;margin:0 0 1rem");
      var where = p.file + (p.line ? ":" + p.line + (p.col ? ":" + p.col : "") : "");
      box.appendChild(el("p", where, "margin:0;font-family:ui-monospace,monospace;color:#ffd479"));
      box.appendChild(el("p", p.message, "margin:.25rem 0 .5rem"));
      if (p.context && p.context.length) {
        var pre = el("pre", "", "margin:0;padding:.5rem;background:#111;overflow:auto;font:14px/1.4 ui-monospace,monospace");
        p.context.forEach(function (l) {
          var mark = l.n === p.line;
          pre.appendChild(el("div", (mark ? "> " : "  ") + String(l.n).padStart(4) + " | " + l.text, mark ? "color:#fff;background:#5a1a12" : "color:#bbb"));
          if (mark && p.col) pre.appendChild(el("div", "         " + " ".repeat(p.col - 1) + "^ ở đây", "color:#ff6b57"));
        });
        box.appendChild(pre);
      }
      panel.appendChild(box);
    });
    document.body.appendChild(panel);
  }
  var es = new EventSource("` + Prefix + `events");
  es.addEventListener("reload", function () { location.reload(); });
  es.addEventListener("problems", function (e) { show(JSON.parse(e.data)); });
})();
`
