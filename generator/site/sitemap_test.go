package site

import (
	"strings"
	"testing"
)

// TestSitemapKey checks that the sitemap's memo key changes with each
// thing the sitemap shows and with nothing it does not.
func TestSitemapKey(t *testing.T) {
	titled := func(title, kind, url string, alts ...string) job {
		f := &Frame{Canonical: "https://x.vn" + url, Title: title}
		for i := 0; i+1 < len(alts); i += 2 {
			f.Alternates = append(f.Alternates, Alternate{Lang: alts[i], URL: alts[i+1]})
		}
		j := job{path: strings.TrimPrefix(url, "/") + "index.html", kind: kind, frame: f}
		j.slim() // as the sitemap reads it: rendered
		return j
	}
	page := func(kind, url string, alts ...string) job { return titled("t", kind, url, alts...) }
	base := []job{page("home", "/", "vi", "https://x.vn/", "en", "https://x.vn/en/"), page("page", "/a/")}
	retitled := []job{page("home", "/", "vi", "https://x.vn/", "en", "https://x.vn/en/"), titled("other", "page", "/a/")}
	tests := []struct {
		name     string
		editions bool
		jobs     []job
		same     bool
	}{
		{"the same, other strings", false, []job{page("home", "/", "vi", "https://x.vn/", "en", "https://x.vn/en/"), page("page", "/a/")}, true},
		{"a title changed", false, retitled, true},
		{"an embed added", false, append(base[:2:2], page("embed", "/e/")), true},
		{"a 404 added", false, append(base[:2:2], page("404", "/404/")), true},
		{"several editions", true, base, false},
		{"a page added", false, append(base[:2:2], page("page", "/b/")), false},
		{"a page moved", false, []job{base[0], page("page", "/b/")}, false},
		{"pages in another order", false, []job{base[1], base[0]}, false},
		{"an alternate's address", false, []job{page("home", "/", "vi", "https://x.vn/", "en", "https://x.vn/en2/"), base[1]}, false},
		{"an alternate's language", false, []job{page("home", "/", "vi", "https://x.vn/", "fr", "https://x.vn/en/"), base[1]}, false},
		{"an alternate less", false, []job{page("home", "/", "vi", "https://x.vn/"), base[1]}, false},
	}
	want := sitemapKey(false, base)
	for _, tt := range tests {
		if got := sitemapKey(tt.editions, tt.jobs); (got == want) != tt.same {
			t.Errorf("%s: same key %v, want %v", tt.name, got == want, tt.same)
		}
	}
}

// TestSitemapMemo checks that the memo writes the sitemap again exactly
// when its key changes.
func TestSitemapMemo(t *testing.T) {
	var memo sitemapMemo
	writes := 0
	write := func(s string) func() []byte { return func() []byte { writes++; return []byte(s) } }
	steps := []struct {
		key    uint64
		write  string
		want   string
		writes int
	}{
		{1, "a", "a", 1},
		{1, "b", "a", 1},
		{2, "c", "c", 2},
		{1, "d", "d", 3},
	}
	for i, s := range steps {
		if got := string(memo.get(s.key, write(s.write))); got != s.want || writes != s.writes {
			t.Errorf("step %d: %q after %d writes, want %q after %d", i, got, writes, s.want, s.writes)
		}
	}
}
