// Search as you type, in the browser, over the index the build wrote
// (search.json: targets, indicators, task groups, news, pages). Without
// JavaScript each search form still works: it opens /tim-kiem/, which
// lists every target and indicator.
//
// Each form.search becomes an ARIA 1.2 combobox: the input owns a listbox
// of results; arrow keys move through them (aria-activedescendant), Enter
// opens one, Escape closes the list, and a polite live region says how many
// results there are. A code such as 8.6 goes straight to its indicator.
//
// fold and key must give exactly what vi.Fold and vi.Slug (with spaces
// for hyphens) give in Go; a browser test compares them on every text of
// the site. fold takes the canonical decomposition, drops combining marks
// (tone marks, the horn of ơ and ư, the breve of ă, the circumflex), turns
// đ and Đ into d, and lower-cases each code point on its own, as Go's
// unicode.ToLower does (so no final-sigma rule).
(function () {
  "use strict";
  var MARK = /\p{Mn}/gu;
  function fold(s) {
    var out = "";
    for (var c of s.normalize("NFD").replace(MARK, "")) {
      out += c === "đ" || c === "Đ" ? "d" : c.toLowerCase();
    }
    return out;
  }
  function key(s) {
    return fold(s).replace(/[^a-z0-9]+/g, " ").trim();
  }
  // "8.6", "8,6", "8-6" and "8 6" all mean the code 8.6.
  function code(s) {
    var m = /^\s*(\d+)\s*[.,\-\s]\s*(\d+)\s*$/.exec(s);
    return m ? m[1] + "." + m[2] : "";
  }
  // For the browser tests, which hold these to Go's and to the rankings
  // readers expect.
  window.minhbachSearch = { fold: fold, key: key, code: code, search: search, load: load };

  var index = null;
  function load(url) {
    if (!index) {
      index = fetch(url).then(function (r) {
        if (!r.ok) throw new Error(r.status);
        return r.json();
      }).then(function (data) {
        data.items.forEach(function (it) {
          it.tw = key(it.t).split(" ");
          it.bw = it.w ? it.w.split(" ") : [];
          it.all = it.tw.join("") + " " + it.bw.join("");
        });
        return data.items;
      });
      index.catch(function () { index = null; });
    }
    return index;
  }

  var KIND = { indicator: 0.3, target: 0.2, task: 0.1, news: 0, page: 0 };
  // score is 0 when the item does not match; higher is better.
  function score(it, words, compact, c) {
    if (c && it.c === c) return 1000;
    var s = 0;
    for (var i = 0; i < words.length; i++) {
      var w = words[i], best = 0;
      for (var j = 0; j < it.tw.length && best < 3; j++) {
        if (it.tw[j] === w) best = 3;
        else if (it.tw[j].lastIndexOf(w, 0) === 0) best = 2;
      }
      for (var k = 0; k < it.bw.length && best < 1; k++) {
        if (it.bw[k].lastIndexOf(w, 0) === 0) best = 1;
      }
      if (!best) { s = 0; break; }
      s += best;
    }
    if (!s && compact.length >= 4 && it.all.indexOf(compact) >= 0) s = 1;
    if (!s) return 0;
    // Words in the order typed, in the title, rank first.
    if (it.tw.join(" ").indexOf(words.join(" ")) >= 0) s += 2;
    return s + KIND[it.k];
  }
  function search(items, q) {
    var words = key(q) ? key(q).split(" ") : [];
    if (!words.length) return [];
    var c = code(q), compact = words.join(""), hits = [];
    items.forEach(function (it, i) {
      var s = score(it, words, compact, c);
      if (s) hits.push({ it: it, s: s, i: i });
    });
    hits.sort(function (a, b) { return b.s - a.s || a.i - b.i; });
    return hits.slice(0, 12).map(function (h) { return h.it; });
  }

  function enhance(form) {
    var input = form.querySelector("input[name=q]");
    var d = form.dataset, inline = form.classList.contains("inline");
    var list = document.createElement("ul");
    var live = document.createElement("p");
    var results = [], active = -1, seq = 0;
    list.id = input.id + "-ket-qua";
    list.className = "search-results";
    list.setAttribute("role", "listbox");
    list.setAttribute("aria-label", d.results);
    list.hidden = true;
    live.className = "visually-hidden";
    live.setAttribute("role", "status");
    form.appendChild(list);
    form.appendChild(live);
    input.setAttribute("role", "combobox");
    input.setAttribute("aria-autocomplete", "list");
    input.setAttribute("aria-controls", list.id);
    input.setAttribute("aria-expanded", "false");

    function setActive(i) {
      active = i;
      [].forEach.call(list.children, function (li, j) {
        li.setAttribute("aria-selected", j === i ? "true" : "false");
      });
      if (i >= 0) {
        input.setAttribute("aria-activedescendant", list.children[i].id);
        list.children[i].scrollIntoView({ block: "nearest" });
      } else {
        input.removeAttribute("aria-activedescendant");
      }
    }
    function show(open) {
      list.hidden = !open;
      input.setAttribute("aria-expanded", open ? "true" : "false");
      if (!open) setActive(-1);
    }
    function paint(q) {
      list.textContent = "";
      results.forEach(function (it, i) {
        var li = document.createElement("li"), t = document.createElement("span"), k = document.createElement("span");
        li.id = list.id + "-" + i;
        li.setAttribute("role", "option");
        li.setAttribute("aria-selected", "false");
        t.className = "t";
        t.textContent = it.t;
        k.className = "k";
        k.textContent = d["kind" + it.k.charAt(0).toUpperCase() + it.k.slice(1)];
        li.appendChild(k);
        li.appendChild(t);
        li.addEventListener("mousedown", function (e) { e.preventDefault(); });
        li.addEventListener("click", function () { location.href = it.u; });
        list.appendChild(li);
      });
      show(results.length > 0);
      live.textContent = !key(q) ? "" : results.length ? d.count.replace("{n}", results.length) : d.none;
    }
    function run() {
      var q = input.value, mine = ++seq;
      if (!key(q)) { results = []; paint(q); return Promise.resolve(); }
      return load(d.index).then(function (items) {
        if (mine !== seq) return;
        results = search(items, q);
        paint(q);
      }, function () { live.textContent = d.failed; });
    }
    // Where Enter goes without a chosen option: a code's own page.
    function direct() {
      var c = code(input.value);
      return c && results.length && results[0].c === c ? results[0].u : "";
    }
    input.addEventListener("input", run);
    input.addEventListener("focus", function () { load(d.index); });
    input.addEventListener("keydown", function (e) {
      var n = results.length;
      switch (e.key) {
        case "ArrowDown":
          if (!n) return;
          e.preventDefault();
          show(true);
          setActive((active + 1) % n);
          break;
        case "ArrowUp":
          if (!n) return;
          e.preventDefault();
          show(true);
          setActive(active <= 0 ? n - 1 : active - 1);
          break;
        case "Escape":
          if (!list.hidden) { e.preventDefault(); show(false); } else if (input.value) { input.value = ""; run(); }
          break;
      }
    });
    input.addEventListener("blur", function () { if (!inline) show(false); });
    form.addEventListener("submit", function (e) {
      var go = active >= 0 ? results[active].u : direct();
      if (go) { e.preventDefault(); location.href = go; return; }
      if (inline) {
        // The search page answers in place and keeps the query in its URL.
        e.preventDefault();
        history.replaceState(null, "", "?q=" + encodeURIComponent(input.value));
        run().then(function () { if (results.length) setActive(0); });
      }
      // Otherwise the search page opens with ?q= and answers there.
    });
    if (inline) {
      var q = new URLSearchParams(location.search).get("q");
      if (q) {
        input.value = q;
        run().then(function () { var go = direct(); if (go) location.replace(go); });
      }
    }
  }
  document.querySelectorAll("form.search").forEach(enhance);
})();
