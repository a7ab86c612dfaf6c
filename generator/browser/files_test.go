package browser

import (
	"strings"
	"testing"
	"testing/fstest"
)

// TestCheckSitemap finds entries, and other editions they name, that lead
// to no page.
func TestCheckSitemap(t *testing.T) {
	site := fstest.MapFS{
		"index.html":    {Data: []byte("<!doctype html>")},
		"en/index.html": {Data: []byte("<!doctype html>")},
		"sitemap.xml": {Data: []byte(`<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">
  <url><loc>https://x.test/</loc><xhtml:link rel="alternate" hreflang="en" href="https://x.test/en/"/></url>
  <url><loc>https://x.test/a/</loc><xhtml:link rel="alternate" hreflang="en" href="https://x.test/en/a/"/></url>
</urlset>`)},
	}
	var got []string
	for _, f := range CheckSitemap(site, "https://x.test") {
		got = append(got, f.Problem)
	}
	want := "trang không tồn tại: https://x.test/a/\ntrang không tồn tại: https://x.test/en/a/"
	if strings.Join(got, "\n") != want {
		t.Errorf("findings:\n%s\nwant:\n%s", strings.Join(got, "\n"), want)
	}
}

// TestPages lists each sitemap entry once, not the editions it names.
func TestPages(t *testing.T) {
	site := fstest.MapFS{"sitemap.xml": {Data: []byte(`<urlset><url><loc>https://x.test/</loc><xhtml:link rel="alternate" hreflang="en" href="https://x.test/en/"/></url>
<url><loc>https://x.test/en/</loc><xhtml:link rel="alternate" hreflang="vi" href="https://x.test/"/></url></urlset>`)}}
	if got := strings.Join(Pages(site, "https://x.test"), " "); got != "/ /en/ /404.html" {
		t.Errorf("pages %q", got)
	}
}
