package site

import (
	"regexp"
	"strings"
	"testing"

	"github.com/minhbach/minhbach/generator/browser"
)

// TestUnderSubPath builds the basic case for a GitHub Pages project site:
// every internal link, asset, feed, sitemap entry and canonical URL must
// start with the project's path, and resolve once it is taken off.
func TestUnderSubPath(t *testing.T) {
	const base = "https://example.github.io/minhbach/"
	_, fsys := fixture(t, "testdata/basic.txtar")
	out, err := Build(fsys, Options{BaseURL: base})
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range browser.CheckLinks(asFS(out), "/minhbach/") {
		t.Error(f)
	}
	for _, f := range browser.CheckSitemap(asFS(out), base) {
		t.Error(f)
	}
	refs := regexp.MustCompile(`(?:href|src|content)="(/[^"]*)"`)
	n := 0
	for _, p := range out.Paths() {
		if !strings.HasSuffix(p, ".html") {
			continue
		}
		for _, m := range refs.FindAllStringSubmatch(string(out.Files[p]), -1) {
			n++
			if !strings.HasPrefix(m[1], "/minhbach/") {
				t.Errorf("%s: %q does not start with /minhbach/", p, m[1])
			}
		}
		if c := regexp.MustCompile(`rel="canonical" href="([^"]*)"`).FindStringSubmatch(string(out.Files[p])); c == nil || !strings.HasPrefix(c[1], base) {
			t.Errorf("%s: canonical URL %v is not under %s", p, c, base)
		}
	}
	if n < 200 {
		t.Errorf("only %d internal references checked", n)
	}
	for _, file := range []string{"tin-tuc/index.xml", "sitemap.xml", "robots.txt"} {
		for _, m := range regexp.MustCompile(`https?://[^<"\s]+`).FindAllString(string(out.Files[file]), -1) {
			if !strings.HasPrefix(m, base) && !strings.HasPrefix(m, "http://www.sitemaps.org/") && !strings.HasPrefix(m, "http://purl.org/rss/") { // namespaces name, not link
				t.Errorf("%s: %s is not under %s", file, m, base)
			}
		}
	}
	// The chart runtime is loaded by script from this address.
	if !strings.Contains(string(out.Files["chi-tieu/1/1-1/index.html"]), `<meta name="chart-runtime" content="/minhbach/assets/echarts.`) {
		t.Error("the chart runtime's address is not under /minhbach/")
	}
}
