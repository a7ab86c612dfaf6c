package browser

import (
	"context"
	"fmt"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"
)

// glance is what the home page shows of each target and indicator.
type glance struct {
	Rows     int      `json:"rows"`
	Unnamed  []string `json:"unnamed"` // rows whose name is not visible text
	Cards    int      `json:"cards"`
	NoState  []string `json:"noState"` // cards without an overall state
	Tracks   []int    `json:"tracks"`  // distinct widths of the bars' tracks
	Overflow bool     `json:"overflow"`
}

// glanceJS reads the home page as laid out: a row's name counts only if it
// is text with a box of its own inside the window, more than its code,
// since a phone never shows a title attribute.
const glanceJS = `(() => {
  const visible = el => { const r = el.getBoundingClientRect(); return r.width > 0 && r.height > 0 && r.left >= 0 && r.right <= window.innerWidth + 1 && getComputedStyle(el).visibility !== "hidden"; };
  const rows = [...document.querySelectorAll(".cards .progress-list li")];
  const unnamed = rows.filter(li => {
    const a = li.querySelector(".ind-name"), code = li.querySelector(".ind-name .code");
    return !a || !visible(a) || a.textContent.trim().length <= (code ? code.textContent.trim().length + 2 : 2);
  }).map(li => li.textContent.trim().slice(0, 40));
  const cards = [...document.querySelectorAll(".cards .card")];
  const noState = cards.filter(c => { const b = c.querySelector(".card-state .badge"); return !b || !visible(b) || !b.textContent.trim(); })
    .map(c => c.querySelector("h3") ? c.querySelector("h3").textContent.trim() : "?");
  const tracks = [...new Set([...document.querySelectorAll(".cards .meter")].map(m => Math.round(m.getBoundingClientRect().width)))];
  return {rows: rows.length, unnamed, cards: cards.length, noState, tracks,
    overflow: document.documentElement.scrollWidth > window.innerWidth + 1};
})()`

// CheckHome opens the home page at each width, with JavaScript on, and at
// the first width again with it off, and reports what keeps a citizen from
// reading every target at a glance: a row without its indicator's name as
// visible text, a card without its overall state, bars whose tracks differ
// in length (so they cannot be compared), or a page that scrolls sideways.
func CheckHome(ctx context.Context, chromium, base string, widths []int64) ([]Finding, error) {
	var out []Finding
	for i, w := range append(widths, widths[0]) {
		noJS := i == len(widths)
		found, err := glanceAt(ctx, chromium, base, Viewport{w, 900}, noJS)
		if err != nil {
			return nil, err
		}
		out = append(out, found...)
	}
	return out, nil
}

func glanceAt(ctx context.Context, chromium, base string, vp Viewport, noJS bool) ([]Finding, error) {
	bctx, cancel := Start(ctx, chromium)
	defer cancel()
	if err := chromedp.Do(bctx, chromedp.EmulateViewport(vp.Width, vp.Height)); err != nil {
		return nil, err
	}
	where := vp.String()
	if noJS {
		where += ", không JavaScript"
		if _, err := chromedp.Call(bctx, emulation.SetScriptExecutionDisabled, emulation.SetScriptExecutionDisabledParams{Value: true}); err != nil {
			return nil, err
		}
	}
	if err := chromedp.Do(bctx, chromedp.Navigate(base+"/")); err != nil {
		return nil, err
	}
	g, err := chromedp.Run(bctx, chromedp.Evaluate[glance](glanceJS))
	if err != nil {
		return nil, err
	}
	var out []Finding
	add := func(format string, args ...any) {
		out = append(out, Finding{Page: "/", Viewport: where, Problem: fmt.Sprintf(format, args...)})
	}
	if g.Rows == 0 || g.Cards == 0 {
		add("trang chủ không có thẻ chỉ tiêu hay dòng chỉ số nào (%d thẻ, %d dòng)", g.Cards, g.Rows)
	}
	for _, r := range g.Unnamed {
		add("dòng chỉ số không hiện tên bằng chữ: %q", r)
	}
	for _, c := range g.NoState {
		add("thẻ chỉ tiêu không có trạng thái chung: %q", c)
	}
	if len(g.Tracks) > 1 {
		add("thanh tiến độ dài khác nhau (%v px), không so được với nhau", g.Tracks)
	}
	if g.Overflow {
		add("trang chủ cuộn ngang")
	}
	return out, nil
}
