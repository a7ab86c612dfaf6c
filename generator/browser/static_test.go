package browser

import (
	"testing"
	"time"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"
)

// TestStaticChartWakes opens an indicator page: its chart is there, drawn
// at build time, and no chart runtime is fetched; a touch on the chart
// fetches it, and the interactive chart takes the drawing's place in the
// same box. The screenshots (with SCREENSHOT_DIR) are the drawing, the
// chart after the touch, and the page as printed.
func TestStaticChartWakes(t *testing.T) {
	tools := need(t, "chromium")
	_, srv := serveRepoSite(t)
	ctx := newBrowser(t, tools["chromium"], 2*time.Minute)
	do(t, ctx, chromedp.EmulateViewport(Desktop.Width, Desktop.Height), chromedp.Navigate(srv.URL+"/chi-tieu/8/8-6/"))
	type state struct {
		Static  bool    `json:"static"`
		Live    bool    `json:"live"`
		Runtime bool    `json:"runtime"`
		Height  float64 `json:"height"`
	}
	const stateJS = `(() => { const el = document.getElementById("chart-8-6");
		return {static: !!el.querySelector("svg.chart-static"), live: !!el.querySelector("svg:not(.chart-static)"),
			runtime: !!window.echarts || performance.getEntriesByType("resource").some(r => /echarts/.test(r.name)),
			height: el.getBoundingClientRect().height}; })()`
	before, err := chromedp.Run(ctx, chromedp.Evaluate[state](stateJS))
	if err != nil {
		t.Fatal(err)
	}
	if !before.Static || before.Live || before.Runtime {
		t.Fatalf("before any touch: %+v, want the drawing alone and no runtime", before)
	}
	do(t, ctx, chromedp.Evaluate[chromedp.Void](`document.getElementById("chart-8-6").scrollIntoView({block: "center"})`))
	screenshot(t, ctx, "bieu-do-tinh-8-6")
	do(t, ctx, chromedp.Click(chromedp.CSS("#chart-8-6")))
	if !until(ctx, `(() => { const el = document.getElementById("chart-8-6"); return !!window.echarts && !!el.querySelector("svg") && !el.querySelector("svg.chart-static"); })()`) {
		t.Fatal("after a touch, the interactive chart did not replace the drawing")
	}
	after, err := chromedp.Run(ctx, chromedp.Evaluate[state](stateJS))
	if err != nil {
		t.Fatal(err)
	}
	if after.Height != before.Height {
		t.Errorf("the chart's box went from %v to %v px high: the page jumped", before.Height, after.Height)
	}
	screenshot(t, ctx, "bieu-do-tuong-tac-8-6")
	do(t, ctx, chromedp.Navigate(srv.URL+"/chi-tieu/3/3-1/"))
	if _, err := chromedp.Call(ctx, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{Media: "print"}); err != nil {
		t.Fatal(err)
	}
	printed, err := chromedp.Run(ctx, chromedp.Evaluate[bool](`(() => { const s = document.querySelector("#chart-3-1 .chart-static-wide svg"); return !!s && s.getBoundingClientRect().height > 100; })()`))
	if err != nil {
		t.Fatal(err)
	}
	if !printed {
		t.Error("a printed indicator page shows no chart")
	}
	screenshot(t, ctx, "in-3-1")
}
