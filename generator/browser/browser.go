// Package browser checks a built site the way citizens meet it: in a real
// headless Chromium, at a phone's width and a desktop's.
//
// Check visits pages served on 127.0.0.1 and reports, for each page and
// viewport, every problem it finds:
//
//   - the page does not answer 200, or lacks lang="vi" (lang="en" under /en/
//     when Options.Editions has "en"), or has other than
//     one h1;
//   - the console shows an error, or a script throws;
//   - the page asks any host but the site's own for anything;
//   - a chart does not draw once scrolled into view (its SVG stays empty);
//   - the page scrolls sideways at 390 px;
//   - an image has no alt text;
//   - the skip link is missing, or Tab then Enter does not move the focus to
//     the main content;
//   - axe-core finds an accessibility violation of impact serious or
//     critical (those of impact moderate or minor are returned apart, to be
//     listed, not failed).
//
// CheckLinks and CheckHTML work on the files alone: every internal href and
// src resolves, every sitemap entry exists, and the Nu HTML Checker finds no
// error.
//
// The tests of this package need Debian's chromium, a Java runtime, and the
// npm packages of package.json installed here with
// `npm ci --ignore-scripts`; .ci/run installs them all. Without them the
// tests skip, saying what to install, except under CI, where they fail.
package browser

import (
	"context"
	"encoding/json"
	"fmt"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
)

// Finding is one problem on one page.
type Finding struct {
	Page     string // path, "/chi-tieu/8/"
	Viewport string // "390×844", or "" for checks on files
	Problem  string
}

func (f Finding) String() string {
	if f.Viewport == "" {
		return f.Page + ": " + f.Problem
	}
	return f.Page + " (" + f.Viewport + "): " + f.Problem
}

// Viewport is a window size to check pages at.
type Viewport struct{ Width, Height int64 }

func (v Viewport) String() string { return fmt.Sprintf("%d×%d", v.Width, v.Height) }

// Phone and Desktop are the sizes pages are checked at.
var (
	Phone   = Viewport{390, 844}
	Desktop = Viewport{1366, 900}
)

// Options tune Check.
type Options struct {
	Viewports []Viewport
	// Axe is the source of axe.min.js; empty skips the accessibility audit.
	Axe string
	// ScreenshotDir, when set, receives a PNG of each page in Screenshots
	// at each viewport.
	ScreenshotDir string
	Screenshots   []string
	// Editions are the site's languages besides Vietnamese: a page under
	// /LANG/ must say lang="LANG", every other lang="vi".
	Editions []string
}

// wantLang is the lang a page at path must declare.
func (o Options) wantLang(page string) string {
	for _, l := range o.Editions {
		if strings.HasPrefix(page, "/"+l+"/") {
			return l
		}
	}
	return "vi"
}

// Report is what Check found.
type Report struct {
	Findings []Finding // failures
	Notes    []Finding // axe results of impact moderate or minor
	Visits   int
	Charts   int // charts seen drawn
	Audits   int // pages audited by axe-core
}

// Chromium returns the path of the Chromium to drive, or "".
func Chromium() string {
	for _, p := range []string{os.Getenv("CHROMIUM"), "/usr/bin/chromium", "/usr/bin/chromium-browser"} {
		if p != "" {
			if _, err := os.Stat(p); err == nil {
				return p
			}
		}
	}
	if p, err := exec.LookPath("chromium"); err == nil {
		return p
	}
	return ""
}

// NodeModule returns the path of a file installed by npm ci next to this
// package (dir is the package folder), or "" when it is not there.
func NodeModule(dir, file string) string {
	p := filepath.Join(dir, "node_modules", filepath.FromSlash(file))
	if _, err := os.Stat(p); err != nil {
		return ""
	}
	return p
}

// Start runs a headless Chromium, returning a tab's context and what
// stops it. The flags keep it from reaching out: this machine, like CI's,
// has no network but the package registries, and Chromium's background
// services would fill the log with refused connections.
func Start(ctx context.Context, chromium string) (context.Context, context.CancelFunc) {
	actx, cancelAlloc := chromedp.NewExecAllocator(ctx, append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(chromium), chromedp.NoSandbox, chromedp.DisableGPU,
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("no-first-run", true),
	)...)
	bctx, cancelTab := chromedp.NewContext(actx)
	return bctx, func() { cancelTab(); cancelAlloc() }
}

// Check visits base+page for every page at every viewport.
func Check(ctx context.Context, chromium, base string, pages []string, opt Options) (*Report, error) {
	origin, err := url.Parse(base)
	if err != nil {
		return nil, err
	}
	bctx, cancel := Start(ctx, chromium)
	defer cancel()

	var mu sync.Mutex
	var events []string
	if err := chromedp.Listen(bctx, func(ev any) {
		msg := finding(ev, origin)
		if msg != "" {
			mu.Lock()
			events = append(events, msg)
			mu.Unlock()
		}
	}); err != nil {
		return nil, err
	}

	r := &Report{}
	shots := map[string]bool{}
	for _, p := range opt.Screenshots {
		shots[p] = true
	}
	for i, vp := range opt.Viewports {
		if err := chromedp.Do(bctx, chromedp.EmulateViewport(vp.Width, vp.Height)); err != nil {
			return nil, err
		}
		for _, page := range pages {
			mu.Lock()
			events = events[:0]
			mu.Unlock()
			found, notes, charts, err := visit(bctx, base, page, vp, opt, i == 0, shots[page])
			if i == 0 && opt.Axe != "" {
				r.Audits++
			}
			if err != nil {
				return nil, fmt.Errorf("%s (%s): %w", page, vp, err)
			}
			// Late events (a chart script failing after load) count too.
			mu.Lock()
			found = append(found, dedupe(events)...)
			mu.Unlock()
			for _, f := range found {
				r.Findings = append(r.Findings, Finding{Page: page, Viewport: vp.String(), Problem: f})
			}
			for _, n := range notes {
				r.Notes = append(r.Notes, Finding{Page: page, Viewport: vp.String(), Problem: n})
			}
			r.Visits++
			r.Charts += charts
		}
	}
	return r, nil
}

// finding words what a browser event says is wrong with a page, or ""
// when it is fine: console errors, exceptions, requests to other hosts
// than origin's, and failed loads.
func finding(ev any, origin *url.URL) string {
	var msg string
	switch e := ev.(type) {
	case *runtime.EventConsoleAPICalled:
		if e.Type == runtime.ConsoleAPICalledTypeError {
			var parts []string
			for _, a := range e.Args {
				var text string
				if json.Unmarshal([]byte(a.Value), &text) != nil {
					text = string(a.Value) + a.Description
				}
				parts = append(parts, text)
			}
			msg = "lỗi trong console: " + strings.Join(parts, " ")
		}
	case *runtime.EventExceptionThrown:
		msg = "script ném lỗi: " + e.ExceptionDetails.Text
		if e.ExceptionDetails.Exception != nil {
			msg += " " + e.ExceptionDetails.Exception.Description
		}
	case *network.EventRequestWillBeSent:
		u, err := url.Parse(e.Request.URL)
		if err == nil && (u.Scheme == "http" || u.Scheme == "https" || u.Scheme == "ws" || u.Scheme == "wss") && u.Host != origin.Host {
			msg = "yêu cầu đến máy chủ khác: " + e.Request.URL
		}
	case *network.EventResponseReceived:
		if e.Response.Status >= 400 && !strings.HasSuffix(e.Response.URL, "/favicon.ico") {
			msg = fmt.Sprintf("tải %s bị lỗi %d", e.Response.URL, e.Response.Status)
		}
	}
	return msg
}

// facts is what a page says about itself after loading.
type facts struct {
	Lang     string   `json:"lang"`
	H1       int      `json:"h1"`
	NoAlt    []string `json:"noAlt"`
	Overflow bool     `json:"overflow"`
	Charts   []string `json:"charts"`
	SkipLink bool     `json:"skip"`
	ScrollW  int      `json:"scrollW"`
	InnerW   int      `json:"innerW"`
	Runtime  bool     `json:"runtime"`
}

const factsJS = `(() => ({
  lang: document.documentElement.lang,
  h1: document.querySelectorAll("h1").length,
  noAlt: [...document.images].filter(i => !i.hasAttribute("alt")).map(i => i.getAttribute("src")),
  overflow: document.documentElement.scrollWidth > window.innerWidth + 1,
  scrollW: document.documentElement.scrollWidth,
  innerW: window.innerWidth,
  charts: [...document.querySelectorAll("[data-chart]")].map(e => e.id),
  skip: !!document.querySelector("a.skip[href^='#']"),
  runtime: !!document.querySelector("meta[name='chart-runtime']")
}))()`

func visit(ctx context.Context, base, page string, vp Viewport, opt Options, deep, shot bool) (found, notes []string, charts int, err error) {
	resp, err := chromedp.RunResponse(ctx, chromedp.Navigate(base+page))
	if err != nil {
		return nil, nil, 0, err
	}
	if resp == nil {
		return nil, nil, 0, fmt.Errorf("không có phản hồi khi mở %s", base+page)
	}
	if resp.Status != 200 {
		found = append(found, fmt.Sprintf("trả về mã %d, không phải 200", resp.Status))
	}
	f, err := chromedp.Run(ctx, chromedp.Evaluate[facts](factsJS))
	if err != nil {
		return nil, nil, 0, err
	}
	if want := opt.wantLang(page); f.Lang != want {
		found = append(found, fmt.Sprintf("thẻ html có lang=%q, cần %q", f.Lang, want))
	}
	if f.H1 != 1 {
		found = append(found, fmt.Sprintf("có %d thẻ h1, cần đúng 1", f.H1))
	}
	for _, src := range f.NoAlt {
		found = append(found, "ảnh không có alt: "+src)
	}
	if vp.Width <= 400 && f.Overflow {
		found = append(found, fmt.Sprintf("trang cuộn ngang: rộng %d px trong khung %d px", f.ScrollW, f.InnerW))
	}
	if !f.SkipLink {
		found = append(found, "không có liên kết bỏ qua đến nội dung chính (a.skip)")
	}
	for _, id := range f.Charts {
		ok, err := drawn(ctx, id)
		if err != nil {
			return nil, nil, 0, err
		}
		if !ok {
			found = append(found, "biểu đồ #"+id+" không vẽ được khi cuộn đến")
			continue
		}
		charts++
	}
	if deep {
		if f.SkipLink {
			if msg, err := skipLinkWorks(ctx); err != nil {
				return nil, nil, 0, err
			} else if msg != "" {
				found = append(found, msg)
			}
		}
		if opt.Axe != "" {
			serious, minor, err := audit(ctx, opt.Axe)
			if err != nil {
				return nil, nil, 0, err
			}
			found, notes = append(found, serious...), append(notes, minor...)
		}
	}
	if shot && opt.ScreenshotDir != "" {
		png, err := chromedp.Run(ctx, chromedp.FullScreenshot(100))
		if err != nil {
			return nil, nil, 0, err
		}
		name := strings.Trim(strings.ReplaceAll(page, "/", "_"), "_")
		if name == "" {
			name = "trang-chu"
		}
		if err := os.WriteFile(filepath.Join(opt.ScreenshotDir, fmt.Sprintf("%s-%d.png", name, vp.Width)), png, 0o644); err != nil {
			return nil, nil, 0, err
		}
	}
	return found, notes, charts, nil
}

// drawn scrolls a chart into view and waits for ECharts to fill its SVG
// with shapes.
func drawn(ctx context.Context, id string) (bool, error) {
	js := fmt.Sprintf(`(() => { const el = document.getElementById(%q); if (!el) return 0; el.scrollIntoView({block: "center"}); return 1; })()`, id)
	if _, err := chromedp.Run(ctx, chromedp.Evaluate[int](js)); err != nil {
		return false, err
	}
	poll := fmt.Sprintf(`(() => { const el = document.getElementById(%q); return !!el && el.querySelectorAll("svg path").length > 2 && el.getBoundingClientRect().height > 50; })()`, id)
	tctx, cancel := context.WithTimeout(ctx, 4*time.Second)
	defer cancel()
	_, err := chromedp.Run(tctx, chromedp.Poll[bool](poll, chromedp.WithPollingInterval(50*time.Millisecond)))
	if err != nil {
		if ctx.Err() != nil {
			return false, ctx.Err()
		}
		return false, nil // timed out: not drawn
	}
	return true, nil
}

// skipLinkWorks presses Tab from the top of the page, expects the skip link
// to take the focus, then presses Enter and expects the focus in main.
func skipLinkWorks(ctx context.Context) (string, error) {
	if err := chromedp.Do(ctx,
		chromedp.Evaluate[chromedp.Void](`window.scrollTo(0, 0); document.activeElement && document.activeElement.blur(); document.body.focus()`),
		chromedp.KeyEvent(kb.Tab),
	); err != nil {
		return "", err
	}
	first, err := chromedp.Run(ctx, chromedp.Evaluate[string](`document.activeElement ? document.activeElement.className : ""`))
	if err != nil {
		return "", err
	}
	if first != "skip" {
		return fmt.Sprintf("phím Tab đầu tiên không đến liên kết bỏ qua (đến %q)", first), nil
	}
	if err := chromedp.Do(ctx, chromedp.KeyEvent(kb.Enter), chromedp.Sleep(50*time.Millisecond)); err != nil {
		return "", err
	}
	ok, err := chromedp.Run(ctx, chromedp.Evaluate[bool](`(() => { const m = document.querySelector("main"); return !!m && (document.activeElement === m || m.contains(document.activeElement)); })()`))
	if err != nil {
		return "", err
	}
	if !ok {
		return "liên kết bỏ qua không đưa tiêu điểm đến nội dung chính", nil
	}
	return "", nil
}

type axeResult struct {
	ID, Impact, Help string
	Nodes            int
	Target           string
}

// audit runs axe-core in the page.
func audit(ctx context.Context, axe string) (serious, minor []string, err error) {
	if _, err := chromedp.Run(ctx, chromedp.Evaluate[*bool](axe+"\n;undefined")); err != nil {
		return nil, nil, fmt.Errorf("nạp axe-core: %w", err)
	}
	run := `axe.run(document, {resultTypes: ["violations"]}).then(r => r.violations.map(v => ({
	  id: v.id, impact: v.impact || "", help: v.help, nodes: v.nodes.length,
	  target: v.nodes.length ? String(v.nodes[0].target) : ""})))`
	res, err := chromedp.Run(ctx, chromedp.Evaluate[[]axeResult](run, chromedp.EvalAwaitPromise))
	if err != nil {
		return nil, nil, fmt.Errorf("chạy axe-core: %w", err)
	}
	for _, v := range res {
		msg := fmt.Sprintf("axe %s [%s]: %s (%d chỗ, ví dụ %s)", v.ID, v.Impact, v.Help, v.Nodes, v.Target)
		if v.Impact == "serious" || v.Impact == "critical" {
			serious = append(serious, msg)
		} else {
			minor = append(minor, msg)
		}
	}
	return serious, minor, nil
}

func dedupe(in []string) []string {
	seen := map[string]bool{}
	var out []string
	for _, s := range in {
		if !seen[s] {
			seen[s] = true
			out = append(out, s)
		}
	}
	sort.Strings(out)
	return out
}
