package browser

import (
	"context"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// drawnJS is true once the first chart of a page has drawn its shapes.
const drawnJS = `(() => { const el = document.querySelector("[data-chart]"); return !!el && el.querySelectorAll("svg path").length > 2; })()`

// TestEmbedInFrame puts an indicator's embed page in an <iframe> of a page
// served from a second loopback port, as a provincial portal would: the
// chart must draw inside it, from the site's own files.
func TestEmbedInFrame(t *testing.T) {
	tools := need(t, "chromium")
	_, srv := serveRepoSite(t)
	embed := srv.URL + "/chi-tieu/8/8-6/nhung/"
	portal := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Write([]byte(`<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>Cổng thông tin tỉnh</title></head>
<body><h1>Cổng thông tin tỉnh</h1><iframe src="` + embed + `" title="8.6" width="600" height="640" style="border:0"></iframe></body></html>`))
	}))
	defer portal.Close()
	if strings.Split(portal.URL, ":")[2] == strings.Split(srv.URL, ":")[2] {
		t.Fatal("the portal and the site share a port")
	}
	ctx := newBrowser(t, tools["chromium"], time.Minute)
	do(t, ctx, chromedp.EmulateViewport(Desktop.Width, Desktop.Height), chromedp.Navigate(portal.URL+"/"))
	frames, err := chromedp.Run(ctx, chromedp.Nodes(chromedp.CSS("iframe")))
	if err != nil || len(frames) != 1 {
		t.Fatalf("the portal's iframe: %v, %d found", err, len(frames))
	}
	if _, err := chromedp.Run(ctx, chromedp.Poll[bool](drawnJS, chromedp.WithPollingInFrame(frames[0]), chromedp.WithPollingTimeout(15*time.Second))); err != nil {
		t.Fatalf("the chart did not draw inside the iframe: %v", err)
	}
	type inside struct {
		Origin string `json:"origin"`
		Badge  string `json:"badge"`
		Back   string `json:"back"`
		Target string `json:"target"`
	}
	got, err := chromedp.Run(ctx, chromedp.Poll[inside](`(() => { const a = document.querySelector("h1 a"); return {origin: location.origin,
		badge: document.querySelector(".status-line .badge").textContent, back: a.href, target: a.target}; })()`,
		chromedp.WithPollingInFrame(frames[0])))
	if err != nil {
		t.Fatal(err)
	}
	if got.Origin != srv.URL || got.Badge == "" || got.Back != srv.URL+"/chi-tieu/8/8-6/" || got.Target != "_blank" {
		t.Errorf("inside the frame: %+v", got)
	}
	screenshot(t, ctx, "nhung-8-6")
	do(t, ctx, chromedp.Navigate(embed))
	if !until(ctx, drawnJS) {
		t.Fatal("the embed page alone: its chart did not draw")
	}
	auditOpen(t, ctx, "the embed page")
}

// TestSharedView opens views by their URL, as a reader opens a shared link,
// and changes a view to see its URL follow.
func TestSharedView(t *testing.T) {
	tools := need(t, "chromium")
	_, srv := serveRepoSite(t)
	ctx := newBrowser(t, tools["chromium"], 2*time.Minute)
	open := func(page string) {
		t.Helper()
		// A fresh load each time, as a link opened from elsewhere: from the
		// same page, a new fragment alone would not reload it.
		do(t, ctx, chromedp.EmulateViewport(Phone.Width, Phone.Height), chromedp.Navigate("about:blank"), chromedp.Navigate(srv.URL+page))
		if !until(ctx, drawnJS) {
			t.Fatalf("%s: the chart did not draw", page)
		}
	}
	tableOpen := `document.querySelector("details.data-table").open`

	sharedTableView(t, ctx, open, tableOpen)
	// An area: only its line is shown, besides the whole province's. ECharts
	// greys the legend entry of a hidden line.
	// Only the first chart's legend: the bars by area below it name the
	// same areas in their axis.
	legend := `Object.fromEntries([...document.querySelector("[data-chart]").querySelectorAll("svg text")].map(e => [e.textContent, e.getAttribute("fill") || ""]))`
	interactive := `document.querySelector("[data-chart]").hasAttribute("_echarts_instance_")`
	open("/chi-tieu/8/8-13/")
	// The page shows the build's drawing until a reader reaches for the
	// chart; focus it, as the keyboard would, to get the interactive one.
	eval[bool](t, ctx, `document.querySelector("[data-chart]").focus(), true`)
	if !until(ctx, interactive) {
		t.Fatal("/chi-tieu/8/8-13/: focusing the chart did not load the interactive one")
	}
	all := eval[map[string]string](t, ctx, legend)
	if all["Mỹ Tú"] == "" || all["Mỹ Tú"] != all["Toàn tỉnh"] {
		t.Fatalf("every area's line shows at first, yet the legend's colours are %v", all)
	}
	open("/chi-tieu/8/8-13/#dia-ban=" + "V%C4%A9nh%20Ch%C3%A2u")
	if !until(ctx, interactive) {
		t.Fatal("#dia-ban=…: the interactive chart did not load by itself")
	}
	fill := eval[map[string]string](t, ctx, legend)
	if fill["Mỹ Tú"] == all["Mỹ Tú"] || fill["Vĩnh Châu"] != all["Vĩnh Châu"] || fill["Toàn tỉnh"] != all["Toàn tỉnh"] {
		t.Errorf("#dia-ban=Vĩnh Châu: legend colours %v, at first %v", fill, all)
	}
	// Both at once, as the address reads after a reader opened the table
	// and picked two areas: one link reopens the table and those lines,
	// on the page and in the embed, and the address keeps the view.
	for _, page := range []string{"/chi-tieu/8/8-13/", "/chi-tieu/8/8-13/nhung/"} {
		open(page + "#xem=bang&dia-ban=V%C4%A9nh+Ch%C3%A2u&dia-ban=M%E1%BB%B9+T%C3%BA")
		if !until(ctx, interactive) {
			t.Fatalf("%s: the interactive chart did not load by itself", page)
		}
		time.Sleep(200 * time.Millisecond)
		if !eval[bool](t, ctx, tableOpen) {
			t.Errorf("%s#xem=bang&dia-ban=…: the table is folded away", page)
		}
		fill := eval[map[string]string](t, ctx, legend)
		if fill["Mỹ Tú"] != all["Mỹ Tú"] || fill["Vĩnh Châu"] != all["Vĩnh Châu"] || fill["Châu Thành"] == all["Châu Thành"] {
			t.Errorf("%s#…dia-ban=Vĩnh Châu&dia-ban=Mỹ Tú: legend colours %v, at first %v", page, fill, all)
		}
		kept := eval[[]string](t, ctx, `(p => [p.get("xem"), ...p.getAll("dia-ban")])(new URLSearchParams(location.hash.slice(1)))`)
		if strings.Join(kept, "|") != "bang|Vĩnh Châu|Mỹ Tú" {
			t.Errorf("%s: the address now holds the view %q", page, kept)
		}
	}
}

// sharedTableView: a shared table view reopens the table, on the page and in
// the embed; without it the chart is the view, and opening the table writes
// the view into the address and into the embed snippet.
func sharedTableView(t *testing.T, ctx context.Context, open func(string), tableOpen string) {
	t.Helper()
	for _, page := range []string{"/chi-tieu/8/8-6/#xem=bang", "/chi-tieu/8/8-6/nhung/#xem=bang"} {
		open(page)
		time.Sleep(200 * time.Millisecond) // what folds the table would have run
		if !eval[bool](t, ctx, tableOpen) {
			t.Errorf("%s: the table is folded away", page)
		}
	}
	open("/chi-tieu/8/8-6/")
	if !until(ctx, "!"+tableOpen) {
		t.Error("/chi-tieu/8/8-6/: the table stays open once the chart is drawn")
	}
	do(t, ctx, chromedp.Click(chromedp.CSS("details.data-table > summary")))
	if !until(ctx, `location.hash === "#xem=bang"`) {
		t.Errorf("opening the table left the address at %q", eval[string](t, ctx, "location.hash"))
	}
	if code := eval[string](t, ctx, `document.querySelector("textarea.embed-code").value`); !strings.Contains(code, `/nhung/#xem=bang"`) {
		t.Errorf("the snippet does not carry the view: %s", code)
	}
}
