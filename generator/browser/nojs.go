package browser

import (
	"context"
	"fmt"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"
)

// readable is what a reader without JavaScript finds of an indicator.
type readable struct {
	Status  string `json:"status"`
	Summary string `json:"summary"`
	Rows    int    `json:"rows"`
	Visible bool   `json:"visible"`
	NoData  bool   `json:"noData"`
}

const readableJS = `(() => {
  const badge = document.querySelector(".status-line .badge");
  const summary = document.querySelector(".summary");
  const table = document.querySelector("main table");
  const rows = table ? table.querySelectorAll("tbody tr td.num").length : 0;
  return {status: badge ? badge.textContent.trim() : "", summary: summary ? summary.textContent.trim() : "",
    rows: rows, visible: !!table && table.getBoundingClientRect().height > 0,
    noData: !!document.querySelector(".no-data")};
})()`

// CheckWithoutJS opens pages with JavaScript switched off, at a phone's
// width, and reports any whose status, summary sentence or figures (a
// visible table with at least one value, or a plain "no figures yet") a
// reader could not see.
func CheckWithoutJS(ctx context.Context, chromium, base string, pages []string) ([]Finding, error) {
	bctx, cancel := Start(ctx, chromium)
	defer cancel()
	if err := chromedp.Do(bctx, chromedp.EmulateViewport(Phone.Width, Phone.Height)); err != nil {
		return nil, err
	}
	if _, err := chromedp.Call(bctx, emulation.SetScriptExecutionDisabled, emulation.SetScriptExecutionDisabledParams{Value: true}); err != nil {
		return nil, err
	}
	var out []Finding
	for _, p := range pages {
		if err := chromedp.Do(bctx, chromedp.Navigate(base+p)); err != nil {
			return nil, fmt.Errorf("%s: %w", p, err)
		}
		r, err := chromedp.Run(bctx, chromedp.Evaluate[readable](readableJS))
		if err != nil {
			return nil, fmt.Errorf("%s: %w", p, err)
		}
		add := func(problem string) {
			out = append(out, Finding{Page: p, Viewport: "không JavaScript", Problem: problem})
		}
		if r.Status == "" {
			add("không thấy trạng thái của chỉ số")
		}
		if r.Summary == "" {
			add("không thấy câu tóm tắt")
		}
		switch {
		case r.NoData:
			// The page says plainly that there are no figures yet.
		case !r.Visible:
			add("bảng số liệu bị ẩn")
		case r.Rows == 0:
			add("bảng không có con số nào")
		}
	}
	return out, nil
}
