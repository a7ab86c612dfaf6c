package site

import (
	"encoding/xml"
	"os"
	"regexp"
	"strings"
	"testing"

	"github.com/minhbach/minhbach/generator/config"
)

func TestFeedBody(t *testing.T) {
	m := &model{Inputs: &Inputs{Config: config.Config{BaseURL: "https://vi.example/bao-cao/"}}}
	m.noteFeedChart(`<section class="chart-embed">live<script>x</script></section>`, IndicatorView{
		Code: "8.6", Name: "Tỷ lệ <đô thị>", URL: "/bao-cao/chi-tieu/8/8-6/", ChartPNGFile: "/chi-tieu/8/8-6/bieu-do.png", StatusLabel: "Đạt", Summary: "Đã đạt.",
	})
	for _, c := range []struct{ name, in, want string }{
		{"root-relative links become absolute", `<a href="/bao-cao/tin-tuc/">x</a><img src="/bao-cao/a.png">`,
			`<a href="https://vi.example/bao-cao/tin-tuc/">x</a><img src="https://vi.example/bao-cao/a.png">`},
		{"other links stay", `<a href="https://a.example/">x</a><a href="//cdn.example/y">y</a><a href="#z">z</a>`,
			`<a href="https://a.example/">x</a><a href="//cdn.example/y">y</a><a href="#z">z</a>`},
		{"a chart becomes its picture", `<p>a</p><section class="chart-embed">live<script>x</script></section>`,
			`<p>a</p><figure><a href="https://vi.example/bao-cao/bao-cao/chi-tieu/8/8-6/"><img src="https://vi.example/bao-cao/chi-tieu/8/8-6/bieu-do.png" alt="8.6. Tỷ lệ &lt;đô thị&gt;"></a><figcaption><a href="https://vi.example/bao-cao/bao-cao/chi-tieu/8/8-6/">8.6. Tỷ lệ &lt;đô thị&gt;</a>: Đạt. Đã đạt.</figcaption></figure>`},
	} {
		if got := m.feedBody(c.in); got != c.want {
			t.Errorf("%s:\n got %s\nwant %s", c.name, got, c.want)
		}
	}
}

// TestFeedCharts: the repository's news that embeds a chart carries it in
// the feed as a published PNG, with no script.
func TestFeedCharts(t *testing.T) {
	out, err := Build(os.DirFS(repoRoot), Options{BaseURL: "https://vi.example/"})
	if err != nil {
		t.Fatal(err)
	}
	var feed struct {
		Items []struct {
			Link    string `xml:"link"`
			Content string `xml:"http://purl.org/rss/1.0/modules/content/ encoded"`
		} `xml:"channel>item"`
	}
	if err := xml.Unmarshal(out.Files["tin-tuc/index.xml"], &feed); err != nil {
		t.Fatal(err)
	}
	reImg := regexp.MustCompile(`<img src="https://vi\.example/([^"]+\.png)"`)
	pictures := 0
	for _, it := range feed.Items {
		if it.Content == "" {
			t.Errorf("%s: no content:encoded", it.Link)
		}
		if strings.Contains(it.Content, "<script") || strings.Contains(it.Content, `href="/`) {
			t.Errorf("%s: the feed's body has a script or a root-relative link", it.Link)
		}
		for _, m := range reImg.FindAllStringSubmatch(it.Content, -1) {
			pictures++
			if _, ok := out.Files[m[1]]; !ok {
				t.Errorf("%s: %s is not published", it.Link, m[1])
			}
		}
	}
	if pictures == 0 {
		t.Error("no chart drawn in the feed, though a news page embeds one")
	}
}
