package site

import (
	"fmt"
	"strings"
	"testing"

	"github.com/minhbach/minhbach/generator/config"
	"github.com/minhbach/minhbach/generator/theme"
)

// rules reads _headers back as pattern → Cache-Control.
func rules(t *testing.T, data []byte) map[string]string {
	t.Helper()
	got := map[string]string{}
	pattern := ""
	for _, line := range strings.Split(string(data), "\n") {
		switch {
		case line == "" || strings.HasPrefix(line, "#"):
		case strings.HasPrefix(line, "  Cache-Control: "):
			if _, dup := got[pattern]; dup || pattern == "" {
				t.Errorf("rule %q given twice or without a path", pattern)
			}
			got[pattern] = strings.TrimPrefix(line, "  Cache-Control: ")
		default:
			pattern = line
		}
	}
	return got
}

func TestHeaders(t *testing.T) {
	th := &theme.Theme{Assets: map[string]theme.Asset{
		"style.css": {URL: "/assets/style.0123abcd.css"},
		"site.js":   {URL: "/assets/site.89abcdef.js"},
	}}
	files := func(paths ...string) *Output {
		o := &Output{Files: map[string][]byte{}}
		for _, p := range paths {
			o.Files[p] = nil
		}
		return o
	}
	tests := []struct {
		name, base string
		out        *Output
		want       map[string]string
	}{
		{"pages, data and assets", "https://example.vn/",
			files("index.html", "404.html", "assets/style.0123abcd.css", "assets/site.89abcdef.js", "chi-tieu/1/index.html", "du-lieu/1-1.csv"),
			map[string]string{"/": cacheShort, "/index.html": cacheShort, "/404.html": cacheShort, "/assets/*": cacheForever, "/chi-tieu/*": cacheShort, "/du-lieu/*": cacheShort}},
		// A file staff put in content/assets/ keeps its name when it
		// changes: the folder must not be kept for a year.
		{"a plain file among the assets", "https://example.vn/",
			files("index.html", "assets/style.0123abcd.css", "assets/logo.png"),
			map[string]string{"/": cacheShort, "/index.html": cacheShort, "/assets/*": cacheShort}},
		{"served under a sub-path", "https://so-lao-dong.github.io/bao-cao/",
			files("index.html", "assets/style.0123abcd.css", "tin-tuc/index.xml"),
			map[string]string{"/bao-cao/": cacheShort, "/bao-cao/index.html": cacheShort, "/bao-cao/assets/*": cacheForever, "/bao-cao/tin-tuc/*": cacheShort}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := &model{Inputs: &Inputs{Config: config.Config{BaseURL: tt.base}, Theme: th}}
			got := rules(t, m.headers(tt.out))
			if fmt.Sprint(got) != fmt.Sprint(tt.want) {
				t.Errorf("got  %v\nwant %v", got, tt.want)
			}
		})
	}
}

// TestHeadersWithinLimit keeps _headers under the hosts' limit of rules when
// a site has very many top-level pages: the assets still last.
func TestHeadersWithinLimit(t *testing.T) {
	out := &Output{Files: map[string][]byte{"index.html": nil, "assets/style.0123abcd.css": nil}}
	for i := 0; i < 150; i++ {
		out.Files[fmt.Sprintf("trang-%d/index.html", i)] = nil
	}
	th := &theme.Theme{Assets: map[string]theme.Asset{"style.css": {URL: "/assets/style.0123abcd.css"}}}
	m := &model{Inputs: &Inputs{Config: config.Config{BaseURL: "https://example.vn/"}, Theme: th}}
	got := rules(t, m.headers(out))
	if len(got) > maxHeaderRules || got["/assets/*"] != cacheForever {
		t.Errorf("%d rules, /assets/* %q", len(got), got["/assets/*"])
	}
}
