package browser

import (
	"fmt"
	"os"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// chartLabels is what labelsJS reads of one chart as the page shows it.
type chartLabels struct {
	ID      string   `json:"id"`
	Live    bool     `json:"live"`
	Line    bool     `json:"line"` // a line chart: years along the bottom
	X       []string `json:"x"`    // category labels drawn, left to right
	Overlap []string `json:"overlap"`
}

// labelsJS reads, for every chart, the boxes of the axis labels drawn —
// the visible static drawing's <text> elements, or the interactive chart's
// own (ECharts draws SVG here) — as the browser lays them out with its
// font: the category labels are the texts naming a category of the
// option, the value labels the texts that are a number. Two boxes that
// overlap by more than half a pixel each way are reported.
const labelsJS = `(() => [...document.querySelectorAll("[data-chart]")].map(el => {
  const opt = JSON.parse(document.getElementById(el.getAttribute("data-chart")).textContent);
  const name = d => typeof d === "object" ? String(d.value) : String(d);
  const xs = [].concat(opt.xAxis || [])[0] || {}, ys = [].concat(opt.yAxis || [])[0] || {};
  const cats = new Set([...(xs.data || []), ...(ys.data || [])].map(name));
  const number = /^-?[\d.]+(,\d+)?$/;
  const boxes = [...el.querySelectorAll("svg text")].map(t => ({s: t.textContent, r: t.getBoundingClientRect()}))
    .filter(b => b.r.width > 0 && (cats.has(b.s) || number.test(b.s)));
  const overlap = [];
  boxes.forEach((a, i) => boxes.slice(i + 1).forEach(b => {
    const w = Math.min(a.r.right, b.r.right) - Math.max(a.r.left, b.r.left);
    const h = Math.min(a.r.bottom, b.r.bottom) - Math.max(a.r.top, b.r.top);
    if (w > 0.5 && h > 0.5) overlap.push(a.s + " / " + b.s);
  }));
  const xcats = new Set((xs.data || []).map(name));
  return {id: el.id, live: !el.querySelector("svg.chart-static"), line: !!xs.data, overlap,
    x: boxes.filter(b => xcats.has(b.s)).sort((a, b) => a.r.left - b.r.left).map(b => b.s)};
}))()`

var indicatorPage = regexp.MustCompile(`^/chi-tieu/\d+/\d+-\d+/$`)

// TestChartLabels opens every indicator page at 320, 390 and 1366 px and
// reads each chart's axis labels, first in the drawing made at build time,
// then in the interactive chart that replaces it: no two labels may
// overlap, and every line chart labels the target year, 2030, along the
// bottom (ECharts' own choice of labels dropped it on a phone).
func TestChartLabels(t *testing.T) {
	tools := need(t, "chromium")
	dir, srv := serveRepoSite(t)
	var pages []string
	for _, p := range Pages(os.DirFS(dir), "https://minhbach.example.vn") {
		if indicatorPage.MatchString(p) {
			pages = append(pages, p)
		}
	}
	if len(pages) < 20 {
		t.Fatalf("%d indicator pages in the sitemap; the demo has over thirty", len(pages))
	}
	ctx := newBrowser(t, tools["chromium"], 6*time.Minute)
	lines := 0
	for _, w := range []int64{320, 390, 1366} {
		do(t, ctx, chromedp.EmulateViewport(w, 900))
		for _, p := range pages {
			do(t, ctx, chromedp.Navigate(srv.URL+p))
			for _, live := range []bool{false, true} {
				if live {
					do(t, ctx, chromedp.Evaluate[chromedp.Void](`document.querySelectorAll("[data-chart]").forEach(e => e.dispatchEvent(new Event("focusin")))`))
					if !until(ctx, `[...document.querySelectorAll("[data-chart]")].every(e => e.querySelector("svg:not(.chart-static) text"))`) {
						t.Fatalf("%s at %d px: the interactive charts did not draw", p, w)
					}
				}
				got, err := chromedp.Run(ctx, chromedp.Evaluate[[]chartLabels](labelsJS))
				if err != nil {
					t.Fatal(err)
				}
				for _, c := range got {
					where := fmt.Sprintf("%s #%s at %d px (%s)", p, c.ID, w, map[bool]string{false: "drawing", true: "interactive"}[c.Live])
					if c.Live != live {
						t.Errorf("%s: live = %v", where, c.Live)
					}
					if len(c.Overlap) > 0 {
						t.Errorf("%s: labels overlap: %s", where, strings.Join(c.Overlap, "; "))
					}
					if c.Line {
						lines++
						if !contains(c.X, "2030") {
							t.Errorf("%s: 2030 is not labelled; the axis shows %v", where, c.X)
						}
					}
				}
			}
		}
	}
	if lines < 6*20 {
		t.Errorf("only %d line charts checked", lines)
	}
}

func contains(list []string, s string) bool {
	for _, v := range list {
		if v == s {
			return true
		}
	}
	return false
}
