package browser

import (
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
)

// TestChartKeyboard reaches a chart by keyboard and steps through it with
// the arrow keys: each point's year, value and unit is said in the chart's
// live region, and the interactive chart shows it in its tooltip.
func TestChartKeyboard(t *testing.T) {
	tools := need(t, "chromium")
	_, srv := serveRepoSite(t)
	ctx := newBrowser(t, tools["chromium"], 2*time.Minute)
	do(t, ctx, chromedp.EmulateViewport(Phone.Width, Phone.Height), chromedp.Navigate(srv.URL+"/chi-tieu/8/8-6/"))
	said := func() string {
		t.Helper()
		s, err := chromedp.Run(ctx, chromedp.Evaluate[string](`document.getElementById("chart-8-6-live").textContent`))
		if err != nil {
			t.Fatal(err)
		}
		return s
	}
	focusable, err := chromedp.Run(ctx, chromedp.Evaluate[bool](`(() => { const el = document.getElementById("chart-8-6");
		el.focus(); return document.activeElement === el && el.tabIndex === 0 && !!document.getElementById(el.getAttribute("aria-describedby")); })()`))
	if err != nil {
		t.Fatal(err)
	}
	if !focusable {
		t.Fatal("the chart takes no keyboard focus, or has no description of its keys")
	}
	for _, step := range []struct {
		key  string
		want string
	}{
		{kb.ArrowRight, "Năm 2022: 8,38 bác sĩ/10.000 dân, Toàn tỉnh"},
		{kb.ArrowRight, "Năm 2023: 8,6 bác sĩ/10.000 dân, Toàn tỉnh"},
		{kb.End, "Năm 2025: 9,3 bác sĩ/10.000 dân, Toàn tỉnh"},
		{kb.ArrowDown, "Năm 2025: 9,3 bác sĩ/10.000 dân, Xu hướng đến 2030"},
		{kb.ArrowRight, "Năm 2030: "},
		{kb.ArrowLeft, "Năm 2025: 9,3 bác sĩ/10.000 dân, Xu hướng đến 2030"},
	} {
		do(t, ctx, chromedp.KeyEvent(step.key))
		if got := said(); !strings.HasPrefix(got, step.want) {
			t.Errorf("after %q the live region says %q, want %q", step.key, got, step.want)
		}
	}
	// The interactive chart, drawn on the focus, shows the point in its tooltip.
	do(t, ctx, chromedp.KeyEvent(kb.Home))
	if !until(ctx, `(() => { const el = document.getElementById("chart-8-6"); return !el.querySelector("svg.chart-static") &&
		[...el.querySelectorAll("div")].some(d => d.style.display !== "none" && /2025/.test(d.textContent) && getComputedStyle(d).opacity !== "0"); })()`) {
		t.Error("the interactive chart shows no tooltip for the point chosen by keyboard")
	}
}

// TestContrastModes emulates Windows' forced colours and a reader's
// request for more contrast on the home page and an indicator page: the
// bars of the overview keep a visible fill, every badge a border, and the
// chart its own colours on white; with more contrast, the badges' borders
// thicken and the chart's grey grid lines darken. Screenshots go to
// $SCREENSHOT_DIR.
func TestContrastModes(t *testing.T) {
	tools := need(t, "chromium")
	_, srv := serveRepoSite(t)
	ctx := newBrowser(t, tools["chromium"], 2*time.Minute)
	type look struct {
		MeterFill   string `json:"meterFill"`
		Badge       string `json:"badge"`
		ChartAdjust string `json:"chartAdjust"`
		Grid        string `json:"grid"`
	}
	const lookJS = `(() => { const q = s => document.querySelector(s), cs = s => q(s) ? getComputedStyle(q(s)) : null;
	  const m = cs(".meter span[class^='s-']"), b = cs(".badge"), c = cs(".chart"), g = q(".chart-static [stroke='#dbdee4']");
	  return {meterFill: m ? m.backgroundColor : "", badge: b ? b.borderTopWidth + " " + b.borderTopStyle : "",
	    chartAdjust: c ? c.forcedColorAdjust : "", grid: g ? getComputedStyle(g).stroke : ""}; })()`
	for _, mode := range []struct{ name, feature, value string }{
		{"forced-colors", "forced-colors", "active"},
		{"more-contrast", "prefers-contrast", "more"},
	} {
		if _, err := chromedp.Call(ctx, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{
			Features: []*emulation.MediaFeature{{Name: mode.feature, Value: mode.value}}}); err != nil {
			t.Fatal(err)
		}
		do(t, ctx, chromedp.EmulateViewport(Phone.Width, Phone.Height), chromedp.Navigate(srv.URL+"/"))
		home, err := chromedp.Run(ctx, chromedp.Evaluate[look](lookJS))
		if err != nil {
			t.Fatal(err)
		}
		screenshot(t, ctx, mode.name+"-trang-chu")
		do(t, ctx, chromedp.Navigate(srv.URL+"/chi-tieu/8/8-13/"))
		ind, err := chromedp.Run(ctx, chromedp.Evaluate[look](lookJS))
		if err != nil {
			t.Fatal(err)
		}
		screenshot(t, ctx, mode.name+"-8-13")
		switch mode.name {
		case "forced-colors":
			if home.MeterFill == "" || home.MeterFill == "rgba(0, 0, 0, 0)" || home.MeterFill == "rgb(255, 255, 255)" {
				t.Errorf("forced colours: a meter's fill is %q, so the bar is gone", home.MeterFill)
			}
			if !strings.HasPrefix(home.Badge, "1px solid") {
				t.Errorf("forced colours: a badge's border is %q", home.Badge)
			}
			if ind.ChartAdjust != "none" {
				t.Errorf("forced colours: the chart's colours are replaced (forced-color-adjust %q)", ind.ChartAdjust)
			}
		case "more-contrast":
			if !strings.HasPrefix(home.Badge, "2px") {
				t.Errorf("more contrast: a badge's border is %q, want 2px", home.Badge)
			}
			if ind.Grid != "rgb(118, 118, 118)" {
				t.Errorf("more contrast: the chart's grid lines are %q, want rgb(118, 118, 118)", ind.Grid)
			}
		}
	}
}
