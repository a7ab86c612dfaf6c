package browser

import (
	"os"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// valueLabelsJS reads the value-axis labels each chart shows, in the
// visible static drawing or in the interactive chart: the texts that are
// a figure and not one of the option's categories (the years).
const valueLabelsJS = `(() => [...document.querySelectorAll("[data-chart]")].map(el => {
  const opt = JSON.parse(document.getElementById(el.getAttribute("data-chart")).textContent);
  const name = d => typeof d === "object" ? String(d.value) : String(d);
  const xs = [].concat(opt.xAxis || [])[0] || {}, ys = [].concat(opt.yAxis || [])[0] || {};
  const cats = new Set([...(xs.data || []), ...(ys.data || [])].map(name));
  return [...el.querySelectorAll("svg text")]
    .filter(t => t.getBoundingClientRect().width > 0 && /^-?\d[\d.,]*$/.test(t.textContent) && !cats.has(t.textContent))
    .map(t => t.textContent).sort().join(" ");
}))()`

// TestChartNumbersFollowTheEdition reads the value axes of every
// indicator's charts in both editions, drawn at build time and then live:
// the drawing and charts.js agree in each, and the English edition writes
// the Vietnamese edition's ticks with the separators swapped ("2,5" →
// "2.5", "6.400" → "6,400").
func TestChartNumbersFollowTheEdition(t *testing.T) {
	tools := need(t, "chromium")
	dir := buildRepoSite(t, "")
	srv := Serve(dir, "/")
	defer srv.Close()
	var pages []string
	for _, p := range Pages(os.DirFS(dir), "https://minhbach.example.vn") {
		if indicatorPage.MatchString(p) {
			pages = append(pages, p)
		}
	}
	ctx := newBrowser(t, tools["chromium"], 4*time.Minute)
	do(t, ctx, chromedp.EmulateViewport(1366, 900))
	read := func(path string, live bool) []string {
		do(t, ctx, chromedp.Navigate(srv.URL+path))
		if live {
			do(t, ctx, chromedp.Evaluate[chromedp.Void](`document.querySelectorAll("[data-chart]").forEach(e => e.dispatchEvent(new Event("focusin")))`))
			if !until(ctx, `[...document.querySelectorAll("[data-chart]")].every(e => e.querySelector("svg:not(.chart-static) text"))`) {
				t.Fatalf("%s: the interactive charts did not draw", path)
			}
		}
		return eval[[]string](t, ctx, valueLabelsJS)
	}
	swap := strings.NewReplacer(".", ",", ",", ".")
	decimals := regexp.MustCompile(`\d\.\d`)
	withDecimals := 0
	for _, p := range pages {
		vi, en := read(p, false), read("/en"+p, false)
		if liveVi, liveEn := read(p, true), read("/en"+p, true); !slices.Equal(vi, liveVi) || !slices.Equal(en, liveEn) {
			t.Errorf("%s: the drawing's value labels %q (en %q), the interactive chart's %q (en %q)", p, vi, en, liveVi, liveEn)
		}
		if len(vi) != len(en) {
			t.Errorf("%s: %d charts in Vietnamese, %d in English", p, len(vi), len(en))
			continue
		}
		for i := range vi {
			if swap.Replace(vi[i]) != en[i] {
				t.Errorf("%s, chart %d: English ticks %q, want %q (from the Vietnamese %q)", p, i, en[i], swap.Replace(vi[i]), vi[i])
			}
			if decimals.MatchString(en[i]) {
				withDecimals++
			}
		}
	}
	if withDecimals == 0 {
		t.Error("no chart has a tick with decimals: the test cannot tell the two formats apart")
	}
}
