package site

import (
	"bytes"
	"compress/gzip"
	"os"
	"regexp"
	"strings"
	"testing"
)

var (
	reAsset   = regexp.MustCompile(`(?:href|src|content)="(/assets/[^"]+)"`)
	reLoaded  = regexp.MustCompile(`(?:href|src)="(/assets/[^"]+)"`)
	reRuntime = regexp.MustCompile(`<meta name="chart-runtime" content="(/assets/[^"]+)"`)
)

// transfer is the gzip-compressed size of a page and every asset it loads,
// including the chart runtime it fetches when a reader touches a chart.
func transfer(t *testing.T, out *Output, page string) (html, total int) {
	return weigh(t, out, page, reAsset)
}

// firstView is the gzip-compressed size of a page and what it loads before
// any interaction: its stylesheet and scripts, not the chart runtime.
func firstView(t *testing.T, out *Output, page string) int {
	_, total := weigh(t, out, page, reLoaded)
	return total
}

func weigh(t *testing.T, out *Output, page string, assets *regexp.Regexp) (html, total int) {
	t.Helper()
	gz := func(b []byte) int {
		var buf bytes.Buffer
		w, _ := gzip.NewWriterLevel(&buf, gzip.DefaultCompression)
		w.Write(b)
		w.Close()
		return buf.Len()
	}
	data, ok := out.Files[page]
	if !ok {
		t.Fatalf("no %s", page)
	}
	html = gz(data)
	total = html
	for _, m := range assets.FindAllSubmatch(data, -1) {
		total += gz(out.Files[strings.TrimPrefix(string(m[1]), "/")])
	}
	return html, total
}

// TestPageWeight holds the repository's pages to the budget of issue 5 (an
// indicator page, with its chart runtime, under 250 KB compressed) and of
// issue 18 (its first view, without the runtime, under 40 KB).
func TestPageWeight(t *testing.T) {
	out, err := Build(os.DirFS(repoRoot), Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, page := range []string{"index.html", "chi-tieu/8/index.html", "chi-tieu/8/8-13/index.html", "chi-tieu/3/3-1/index.html", "chi-tieu/8/8-6/nhung/index.html"} {
		html, total := transfer(t, out, page)
		t.Logf("%s: %d bytes of HTML compressed, %d bytes with its assets", page, html, total)
		if total > 250_000 {
			t.Errorf("%s transfers %d bytes compressed, over the 250 KB budget", page, total)
		}
		first := firstView(t, out, page)
		t.Logf("%s: %d bytes compressed before any interaction", page, first)
		if strings.Contains(page, "/8-") || strings.Contains(page, "/3-") {
			// Issue 18: the charts are drawn at build time, so an indicator
			// page needs no runtime until a reader touches its chart.
			if first > 40_000 {
				t.Errorf("%s: first view %d bytes compressed, over the 40 KB budget", page, first)
			}
			if !reRuntime.Match(out.Files[page]) {
				t.Errorf("%s names no chart runtime to load on interaction", page)
			}
		}
	}
}
