package site

import (
	"bytes"
	"os"
	"regexp"
	"testing"

	"github.com/minhbach/minhbach/generator/chartsvg"
)

var reChart = regexp.MustCompile(`<div class="chart[^"]*" id="(chart-[^"]+)"[^>]*>(.*?)</div>\s*<script`)

// TestChartsDrawn: every chart of the repository's site is in its page as
// SVG, narrow and wide, before any script runs; and a build with a warm
// cache writes the same bytes as a cold one.
func TestChartsDrawn(t *testing.T) {
	cache := &chartsvg.Cache{}
	cold, err := Build(os.DirFS(repoRoot), Options{Charts: cache})
	if err != nil {
		t.Fatal(err)
	}
	charts := 0
	for _, page := range []string{"chi-tieu/8/8-13/index.html", "chi-tieu/3/3-1/index.html", "chi-tieu/8/index.html", "chi-tieu/8/8-6/nhung/index.html"} {
		ms := reChart.FindAllSubmatch(cold.Files[page], -1)
		if len(ms) == 0 {
			t.Errorf("%s: no chart", page)
		}
		for _, m := range ms {
			charts++
			for _, want := range []string{`<div class="chart-static-narrow"><svg`, `<div class="chart-static-wide"><svg`} {
				if !bytes.Contains(m[2], []byte(want)) {
					t.Errorf("%s #%s: no %s drawing", page, m[1], want)
				}
			}
		}
	}
	if charts < 10 {
		t.Errorf("%d charts found, want the target page's and more", charts)
	}
	if cache.Len() == 0 {
		t.Fatal("the cache holds nothing")
	}
	warm, err := Build(os.DirFS(repoRoot), Options{Charts: cache})
	if err != nil {
		t.Fatal(err)
	}
	for p, b := range cold.Files {
		if !bytes.Equal(b, warm.Files[p]) {
			t.Errorf("%s differs between a cold and a warm cache", p)
		}
	}
}

// BenchmarkRepoBuild builds the repository's site as the preview does
// after an edit: with the drawings of the previous build at hand, or none.
func BenchmarkRepoBuild(b *testing.B) {
	for _, tc := range []struct {
		name  string
		cache *chartsvg.Cache
	}{{"cold", nil}, {"warm", &chartsvg.Cache{}}} {
		b.Run(tc.name, func(b *testing.B) {
			for b.Loop() {
				if _, err := Build(os.DirFS(repoRoot), Options{Charts: tc.cache}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
