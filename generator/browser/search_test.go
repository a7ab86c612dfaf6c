package browser

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
	"github.com/minhbach/minhbach/generator/site"
	"github.com/minhbach/minhbach/generator/urls"
	"github.com/minhbach/minhbach/generator/vi"
)

// newBrowser starts a headless Chromium for one test.
func newBrowser(t *testing.T, chromium string, timeout time.Duration) context.Context {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), timeout)
	t.Cleanup(cancel)
	bctx, cancel := Start(ctx, chromium)
	t.Cleanup(cancel)
	return bctx
}

// TestSearchFoldsLikeGo holds search.js's fold and key to vi.Fold and
// vi.Slug on every text of the site (names, quotes, the programme's
// paragraphs) and on spellings the site does not hold yet.
func TestSearchFoldsLikeGo(t *testing.T) {
	tools := need(t, "chromium")
	_, srv := serveRepoSite(t)
	in, err := site.Load(os.DirFS("../.."), site.Options{})
	if err != nil {
		t.Fatal(err)
	}
	texts := []string{
		"Tha\u0302\u0301t nghie\u0323\u0302p", "ĐẢNG Đoàn đường", "Thuỷ lợi, thủy lợi", "Khoẻ khỏe",
		"ƯƠ ươ Ơ Ă ă Â Ê Ô", "10.000 dân (HDI) – 98,5%", "ΟΔΟΣ", "İstanbul", "ﬁ ẞ Ǆ", "😀 a\u00a0b\tc",
		"Ｆｕｌｌ ｗｉｄｔｈ", "Ñandú Çà", "",
	}
	p := in.Programme
	texts = append(texts, p.Title, p.Objective.Text, p.Vision.Text)
	for _, tg := range p.Targets {
		texts = append(texts, tg.Text)
	}
	for _, tk := range p.Tasks {
		texts = append(texts, tk.Title, tk.Text())
	}
	for _, ind := range in.Catalogue.Indicators {
		texts = append(texts, ind.Name, ind.Quote, ind.Definition.Definition)
	}
	ctx := newBrowser(t, tools["chromium"], time.Minute)
	do(t, ctx, chromedp.Navigate(srv.URL+"/"))
	type folded struct {
		Fold string `json:"fold"`
		Key  string `json:"key"`
	}
	got := eval[[]folded](t, ctx, `(texts => texts.map(s => ({fold: minhbachSearch.fold(s), key: minhbachSearch.key(s)})))(`+jsonString(t, texts)+`)`)
	if len(got) != len(texts) {
		t.Fatalf("%d results for %d texts", len(got), len(texts))
	}
	for i, s := range texts {
		if want := vi.Fold(s); got[i].Fold != want {
			t.Errorf("fold(%q): JavaScript %q, Go %q", s, got[i].Fold, want)
		}
		if want := strings.ReplaceAll(vi.Slug(s), "-", " "); got[i].Key != want {
			t.Errorf("key(%q): JavaScript %q, Go %q", s, got[i].Key, want)
		}
	}
	t.Logf("%d texts fold alike in Go and JavaScript", len(texts))
}

// TestSearchRanking asks the search of the repository's index what readers
// type, and expects what they look for among the first results.
func TestSearchRanking(t *testing.T) {
	tools := need(t, "chromium")
	_, srv := serveRepoSite(t)
	ctx := newBrowser(t, tools["chromium"], time.Minute)
	do(t, ctx, chromedp.Navigate(srv.URL+"/"))
	for _, c := range []struct {
		query string
		want  []string // titles' starts, each among the first len(want)+2 results
	}{
		{"that nghiep", []string{"2.1. ", "2.2. "}},
		{"THẤT NGHIỆP", []string{"2.1. ", "2.2. "}},
		{"Tha\u0302\u0301t nghie\u0323\u0302p", []string{"2.1. ", "2.2. "}}, // NFD
		{"thatnghiep", []string{"2.1. ", "2.2. "}},                          // no space
		{"that  ngh", []string{"2.1. ", "2.2. "}},                           // prefix, two spaces
		{"8.6", []string{"8.6. "}},
		{"8,6", []string{"8.6. "}},
		{"bac si", []string{"8.6. "}},
		{"bhxh", []string{"4.1. "}},
		{"bhtn", []string{"4.2. "}},
		{"tiem chung", []string{"8.12. "}},
		{"song khoe", []string{"8.3. "}},
		{"nuoc sach", []string{"10.1. ", "10.2. "}},
		{"chi tieu 9", []string{"Chỉ tiêu 9: "}},
		{"an sinh", []string{"Thứ năm: "}},
	} {
		js := `minhbachSearch.load(document.querySelector("form.search").dataset.index).then(items => minhbachSearch.search(items, ` + jsonString(t, c.query) + `).map(it => it.t))`
		got := eval[[]string](t, ctx, js)
		first := got[:min(len(got), len(c.want)+2)]
		for _, w := range c.want {
			found := false
			for _, g := range first {
				found = found || strings.HasPrefix(g, w)
			}
			if !found {
				t.Errorf("%q: %q not among the first results %q", c.query, w, first)
			}
		}
	}
	if got := eval[[]string](t, ctx, `minhbachSearch.load(document.querySelector("form.search").dataset.index).then(items => minhbachSearch.search(items, "xyzzy").map(it => it.t))`); len(got) != 0 {
		t.Errorf("xyzzy found %q", got)
	}
}

// eval runs js in the page and returns its value, failing the test on error.
func eval[T any](t *testing.T, ctx context.Context, js string) T {
	t.Helper()
	v, err := chromedp.Run(ctx, chromedp.Evaluate[T](js, chromedp.EvalAwaitPromise))
	if err != nil {
		t.Fatalf("%s: %v", js, err)
	}
	return v
}

// do runs steps, failing the test on error.
func do(t *testing.T, ctx context.Context, steps ...chromedp.Action[chromedp.Void]) {
	t.Helper()
	if err := chromedp.Do(ctx, steps...); err != nil {
		t.Fatal(err)
	}
}

// until waits up to ten seconds for js to be true; it reports whether it
// was. It asks again after an error, as while the page navigates.
func until(ctx context.Context, js string) bool {
	for end := time.Now().Add(10 * time.Second); time.Now().Before(end); time.Sleep(50 * time.Millisecond) {
		if ok, err := chromedp.Run(ctx, chromedp.Evaluate[bool](js)); err == nil && ok {
			return true
		}
	}
	return false
}

// option is one result in the search box's list.
type option struct {
	ID       string `json:"id"`
	Text     string `json:"text"`
	Selected string `json:"selected"`
}

const (
	optionsJS = `[...document.querySelectorAll("#o-tim-ket-qua [role=option]")].map(o => ({id: o.id, text: o.textContent, selected: o.getAttribute("aria-selected")}))`
	listedJS  = `document.querySelectorAll("#o-tim-ket-qua [role=option]").length > 0`
)

// TestSearchBox types into the header's search box as a reader would, at a
// phone's width, on a site at a domain's root and under /minhbach/.
func TestSearchBox(t *testing.T) {
	tools := need(t, "chromium")
	for _, c := range []struct{ baseURL, path string }{{"", "/"}, {"https://example.github.io/minhbach/", "/minhbach/"}} {
		t.Run("under "+c.path, func(t *testing.T) {
			dir := buildRepoSite(t, c.baseURL)
			srv := Serve(dir, urls.Base(c.path))
			defer srv.Close()
			root := srv.URL + strings.TrimSuffix(c.path, "/")
			ctx := newBrowser(t, tools["chromium"], 2*time.Minute)
			do(t, ctx, chromedp.EmulateViewport(Phone.Width, Phone.Height), chromedp.Navigate(root+"/chi-tieu/1/"),
				chromedp.SendKeys(chromedp.CSS("#o-tim"), "that nghiep"))
			if !until(ctx, listedJS) {
				t.Fatal("typing \"that nghiep\" listed nothing")
			}
			opts := eval[[]option](t, ctx, optionsJS)
			var first []string
			for i, o := range opts {
				if i < 5 {
					first = append(first, o.Text)
				}
			}
			for _, code := range []string{"2.1. ", "2.2. "} {
				if !strings.Contains(strings.Join(first, "\n"), code) {
					t.Errorf("typing \"that nghiep\": %s not among the first five results %q", code, first)
				}
			}
			screenshot(t, ctx, "tim-kiem-"+strings.Trim(c.path, "/"))
			auditOpen(t, ctx, "the list of results")
			expanded := eval[string](t, ctx, `document.getElementById("o-tim").getAttribute("aria-expanded")`)
			live := eval[string](t, ctx, `document.querySelector("#o-tim").form.querySelector("[role=status]").textContent`)
			if expanded != "true" || !strings.Contains(live, "kết quả") {
				t.Errorf("aria-expanded=%q, live region %q", expanded, live)
			}
			// The arrow key chooses the first result for assistive technology.
			do(t, ctx, chromedp.KeyEvent(kb.ArrowDown))
			active := eval[string](t, ctx, `document.getElementById("o-tim").getAttribute("aria-activedescendant") || ""`)
			opts = eval[[]option](t, ctx, optionsJS)
			if len(opts) == 0 || active != opts[0].ID || opts[0].Selected != "true" {
				t.Errorf("after ↓: aria-activedescendant=%q, options %v", active, opts)
			}
			// A code goes straight to its page.
			eval[bool](t, ctx, `(document.getElementById("o-tim").value = "") === ""`)
			do(t, ctx, chromedp.SendKeys(chromedp.CSS("#o-tim"), "8.6"+kb.Enter))
			want := c.path + "chi-tieu/8/8-6/"
			if !until(ctx, `location.pathname === `+jsonString(t, want)) {
				t.Errorf("8.6 and Enter opened %s, want %s", eval[string](t, ctx, "location.pathname"), want)
			}
			// As does the search page with the code in its address, which is
			// where the header form goes when the index has not come yet.
			do(t, ctx, chromedp.Navigate(root+"/tim-kiem/?q=8,6"))
			if !until(ctx, `location.pathname === `+jsonString(t, want)) {
				t.Errorf("/tim-kiem/?q=8,6 stayed at %s, want %s", eval[string](t, ctx, "location.pathname"), want)
			}
			// An abbreviation finds what it stands for.
			do(t, ctx, chromedp.SendKeys(chromedp.CSS("#o-tim"), "bhyt"))
			if !until(ctx, listedJS) {
				t.Fatal("typing bhyt listed nothing")
			}
			texts := eval[[]string](t, ctx, `[...document.querySelectorAll("#o-tim-ket-qua [role=option]")].map(o => o.textContent)`)
			if !strings.Contains(strings.Join(texts, "\n"), "8.9. ") {
				t.Errorf("bhyt: results %q lack 8.9", texts)
			}
		})
	}
}

// auditOpen runs axe-core on the page as it is now, when axe-core is
// installed, and fails on findings of impact serious or critical.
func auditOpen(t *testing.T, ctx context.Context, what string) {
	t.Helper()
	file := NodeModule(".", "axe-core/axe.min.js")
	if file == "" {
		t.Log("axe-core is not installed: not audited")
		return
	}
	src, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	serious, _, err := audit(ctx, string(src))
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range serious {
		t.Errorf("%s: %s", what, f)
	}
}

// screenshot saves the page as $SCREENSHOT_DIR/name.png, when that is set.
func screenshot(t *testing.T, ctx context.Context, name string) {
	t.Helper()
	dir := os.Getenv("SCREENSHOT_DIR")
	if dir == "" {
		return
	}
	png, err := chromedp.Run(ctx, chromedp.CaptureScreenshot())
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, name+".png"), png, 0o644); err != nil {
		t.Fatal(err)
	}
}

func jsonString(t *testing.T, v any) string {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}
