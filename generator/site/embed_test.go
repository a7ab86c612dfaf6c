package site

import (
	"html"
	"os"
	"regexp"
	"strings"
	"testing"

	"github.com/minhbach/minhbach/generator/indicator"
)

// TestEmbeds checks, on the repository's site at a domain's root and under
// a sub-path, that every indicator with a chart has an embed page with its
// chart and a link back, kept out of the sitemap and search engines, and
// that its page offers a snippet whose frame is that embed page.
func TestEmbeds(t *testing.T) {
	reSrc := regexp.MustCompile(`&lt;iframe src=&#34;([^&]+)&#34; title=&#34;`)
	for _, base := range []string{"https://minhbach.example.vn/", "https://example.github.io/minhbach/"} {
		out, err := Build(os.DirFS(repoRoot), Options{BaseURL: base})
		if err != nil {
			t.Fatal(err)
		}
		n := 0
		for _, p := range out.Paths() {
			if !strings.HasPrefix(p, "chi-tieu/") || strings.Count(p, "/") != 3 {
				continue
			}
			page := string(out.Files[p])
			embedPage := strings.TrimSuffix(p, "index.html") + "nhung/index.html"
			embed, ok := out.Files[embedPage]
			if !strings.Contains(page, `class="chart"`) {
				if ok || strings.Contains(page, "iframe") {
					t.Errorf("%s has no chart, yet an embed", p)
				}
				continue
			}
			n++
			m := reSrc.FindStringSubmatch(page)
			if m == nil {
				t.Errorf("%s offers no <iframe> snippet", p)
				continue
			}
			if want := base + strings.TrimSuffix(p, "index.html") + "nhung/"; html.UnescapeString(m[1]) != want {
				t.Errorf("%s: the snippet frames %s, want %s", p, m[1], want)
			}
			for _, want := range []string{`<meta name="robots" content="noindex">`, `class="chart"`, `class="badge`, `target="_blank"`, `data-table`} {
				if !strings.Contains(string(embed), want) {
					t.Errorf("%s lacks %s", embedPage, want)
				}
			}
			if strings.Contains(string(embed), `class="site-header"`) {
				t.Errorf("%s has the site's header", embedPage)
			}
			if strings.Contains(string(out.Files["sitemap.xml"]), "/nhung/") {
				t.Errorf("sitemap.xml lists embed pages")
			}
		}
		if n < 30 {
			t.Errorf("%d indicators with embeds, want over 30", n)
		}
	}
}

func TestAreasJSON(t *testing.T) {
	obs := func(dims ...string) indicator.Observation { return indicator.Observation{Dims: dims} }
	for _, c := range []struct {
		name string
		s    indicator.Series
		want string
	}{
		{"no breakdown", indicator.Series{Obs: []indicator.Observation{{}}}, ""},
		{"only totals", indicator.Series{Dims: []string{"area"}, Obs: []indicator.Observation{obs("")}}, ""},
		{"file order, once each", indicator.Series{Dims: []string{"sex", "area"}, Obs: []indicator.Observation{
			obs("", ""), obs("nữ", "Vĩnh Châu"), obs("", "Mỹ Tú"), obs("nam", "Vĩnh Châu")}}, `["Vĩnh Châu","Mỹ Tú"]`},
		{"not an area", indicator.Series{Dims: []string{"sex"}, Obs: []indicator.Observation{obs("nữ")}}, ""},
	} {
		if got := areasJSON(c.s); got != c.want {
			t.Errorf("%s: %s, want %s", c.name, got, c.want)
		}
	}
}
