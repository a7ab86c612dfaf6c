package site

import (
	"fmt"
	"strings"
	"testing"
)

// TestReport: the printable report lists every target with its overall
// state, and under it each indicator with its latest value, its target and
// its status, and every page's footer links to it.
func TestReport(t *testing.T) {
	out, err := Build(syntheticSite(t, 3, 2, 4, 0), Options{})
	if err != nil {
		t.Fatal(err)
	}
	report := string(out.Files["bao-cao-tien-do/index.html"])
	if report == "" {
		t.Fatal("no bao-cao-tien-do/index.html")
	}
	for n := 1; n <= 3; n++ {
		if !strings.Contains(report, fmt.Sprintf(`<h2 id="chi-tieu-%d"><a href="/chi-tieu/%d/">Chỉ tiêu %d:`, n, n, n)) {
			t.Errorf("the report lacks target %d:\n%s", n, report)
		}
		for i := 1; i <= 2; i++ {
			if !strings.Contains(report, fmt.Sprintf("<td>%d.%d</td>", n, i)) {
				t.Errorf("the report lacks indicator %d.%d", n, i)
			}
		}
	}
	for _, want := range []string{`<h1>Báo cáo tiến độ các chỉ tiêu</h1>`, `class="badge s-`, `<td class="num">`, `(2030)</small>`} {
		if !strings.Contains(report, want) {
			t.Errorf("the report lacks %s:\n%s", want, report)
		}
	}
	if home := string(out.Files["index.html"]); !strings.Contains(home, `<a href="/bao-cao-tien-do/">Báo cáo mọi chỉ tiêu, để in</a>`) || !strings.Contains(home, `<a href="/bao-cao-tien-do/">Báo cáo để in</a>`) {
		t.Error("the home page does not link the report, in its overview and its footer")
	}
	if !strings.Contains(string(out.Files["sitemap.xml"]), "https://example.test/bao-cao-tien-do/") {
		t.Error("the sitemap lacks the report")
	}
}
