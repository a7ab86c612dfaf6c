package site

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"os"
	"regexp"
	"strings"
	"testing"

	"github.com/minhbach/minhbach/generator/urls"
)

func TestSearchKey(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"Tỷ lệ thất nghiệp", "ty le that nghiep"},
		{"THẤT  NGHIỆP", "that nghiep"},
		{"that-nghiep", "that nghiep"},
		{"Thất\u00a0nghiệp", "that nghiep"},
		{"Tha\u0302\u0301t nghie\u0323\u0302p", "that nghiep"}, // NFD
		{"Đảng, đoàn", "dang doan"},
		{"Số bác sĩ trên 10.000 dân (%)", "so bac si tren 10 000 dan"},
		{"8.6", "8 6"},
		{"«»…", ""},
	} {
		if got := searchKey(c.in); got != c.want {
			t.Errorf("searchKey(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// readIndex returns the search index of out and the page that links it.
func readIndex(t *testing.T, out *Output, base urls.Base) searchIndex {
	t.Helper()
	m := regexp.MustCompile(`data-index="([^"]+)"`).FindSubmatch(out.Files["index.html"])
	if m == nil {
		t.Fatal("the home page's search form names no index")
	}
	p, ok := base.Site(string(m[1]))
	if !ok {
		t.Fatalf("the index %s is not under %s", m[1], base)
	}
	data, ok := out.Files[strings.TrimPrefix(p, "/")]
	if !ok {
		t.Fatalf("the index %s is not among the files", m[1])
	}
	var idx searchIndex
	if err := json.Unmarshal(data, &idx); err != nil {
		t.Fatal(err)
	}
	return idx
}

// TestSearchIndex checks the repository's index: every target and
// indicator in it, each link a page of the site, the abbreviations of the
// theme's file where their words occur and nowhere else, and the size
// within the budget of issue 16.
func TestSearchIndex(t *testing.T) {
	for _, base := range []string{"", "https://example.github.io/minhbach/"} {
		out, err := Build(os.DirFS(repoRoot), Options{BaseURL: base})
		if err != nil {
			t.Fatal(err)
		}
		path := urls.Base("/")
		if base != "" {
			path = "/minhbach/"
		}
		idx := readIndex(t, out, path)
		kinds := map[string]int{}
		byCode := map[string]searchItem{}
		for _, it := range idx.Items {
			kinds[it.Kind]++
			if it.Code != "" {
				byCode[it.Code] = it
			}
			p, ok := path.Site(it.URL)
			if _, exists := out.Files[strings.TrimPrefix(p, "/")+"index.html"]; !ok || !exists {
				t.Errorf("%q links %s, which is no page", it.Title, it.URL)
			}
		}
		want := map[string]int{searchTarget: 11, searchIndicator: 39, searchTask: 9, searchNews: 2, searchPage: 2}
		for k, n := range want {
			if kinds[k] != n {
				t.Errorf("%d items of kind %s, want %d", kinds[k], k, n)
			}
		}
		for _, c := range []struct {
			code, word string
			has        bool
		}{
			{"8.9", "bhyt", true},  // "bảo hiểm y tế"
			{"4.1", "bhxh", true},  // "bảo hiểm xã hội"
			{"4.2", "bhtn", true},  // "bảo hiểm thất nghiệp"
			{"4.1", "bhtn", false}, // says "bảo hiểm xã hội" only
			{"2.1", "bhyt", false},
			{"8.6", "bac", false}, // a word of the title is not repeated
		} {
			words := " " + byCode[c.code].Words + " "
			if strings.Contains(words, " "+c.word+" ") != c.has {
				t.Errorf("%s: words %q; want %q in them: %v", c.code, byCode[c.code].Words, c.word, c.has)
			}
		}
		if base != "" {
			continue
		}
		var gz bytes.Buffer
		w := gzip.NewWriter(&gz)
		raw, _ := json.Marshal(idx)
		w.Write(raw)
		w.Close()
		t.Logf("search index: %d items, %d bytes, %d gzipped", len(idx.Items), len(raw), gz.Len())
		if gz.Len() > 100_000 {
			t.Errorf("the search index is %d bytes gzipped, over the 100 KB budget", gz.Len())
		}
	}
}

// TestSearchPageListsEverything reads the search page as a reader without
// JavaScript gets it: a link to every target and every indicator.
func TestSearchPageListsEverything(t *testing.T) {
	out, err := Build(os.DirFS(repoRoot), Options{})
	if err != nil {
		t.Fatal(err)
	}
	page := string(out.Files["tim-kiem/index.html"])
	n := 0
	for _, p := range out.Paths() {
		if !strings.HasPrefix(p, "chi-tieu/") || strings.Contains(p, "/nhung/") || !strings.HasSuffix(p, "/index.html") {
			continue
		}
		n++
		if url := "/" + strings.TrimSuffix(p, "index.html"); !strings.Contains(page, `href="`+url+`"`) {
			t.Errorf("the search page does not link %s", url)
		}
	}
	if n != 11+39 {
		t.Errorf("%d target and indicator pages, want 50", n)
	}
	if !strings.Contains(page, `action="/tim-kiem/"`) || strings.Contains(page, `id="o-tim"`) {
		t.Error("the search page should hold its own search form, and not the header's")
	}
}

// FuzzSearchKey: a key is ASCII lower-case words and digits, one space
// apart, and folding it again changes nothing.
func FuzzSearchKey(f *testing.F) {
	f.Add("Tỷ lệ thất nghiệp")
	f.Add("Tha\u0302\u0301t  nghie\u0323\u0302p (8.6)")
	f.Add("ΟΔΟΣ İ ﬁ")
	f.Fuzz(func(t *testing.T, s string) {
		k := searchKey(s)
		if strings.Trim(k, "abcdefghijklmnopqrstuvwxyz0123456789 ") != "" || strings.Contains(k, "  ") || strings.TrimSpace(k) != k {
			t.Errorf("searchKey(%q) = %q", s, k)
		}
		if searchKey(k) != k {
			t.Errorf("searchKey(%q) = %q, but searchKey of that is %q", s, k, searchKey(k))
		}
	})
}
