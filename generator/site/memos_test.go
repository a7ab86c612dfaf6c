package site

import (
	"bytes"
	"encoding/xml"
	"fmt"
	"strings"
	"testing"
)

// TestEscapeXML: the sitemap's escaping writes what xml.EscapeText does,
// plain addresses included.
func TestEscapeXML(t *testing.T) {
	for _, s := range []string{
		"", "https://example.org/tin-tuc/bai-1/", "/a?b=1&c=2", `<"'>`, "tab\there", "dòng\nmới",
		"https://example.org/tiếng-việt/", "\xff\xfe", "\x7f", "a b",
	} {
		var want, got bytes.Buffer
		xml.EscapeText(&want, []byte(s))
		escapeXML(&got, s)
		if got.String() != want.String() {
			t.Errorf("escapeXML(%q) = %q, want %q", s, got.String(), want.String())
		}
	}
}

// TestSearchMemoPerEdition: a build of one edition does not push out the
// other's words, and an index whose items are the same is the same JSON.
func TestSearchMemoPerEdition(t *testing.T) {
	var s searchMemo
	items := map[string][2]string{"vi": {"Tỷ lệ thất nghiệp", "đô thị"}, "en": {"Unemployment rate", "urban"}}
	for round := range 3 {
		for _, lang := range []string{"vi", "en"} {
			l := s.of(lang)
			if round > 0 && len(l.last) != 1 {
				t.Fatalf("round %d, %s: the memo kept %d items of the last build, want 1", round, lang, len(l.last))
			}
			it := items[lang]
			l.words(nil, it[0], []string{it[1]})
			l.done()
		}
	}
	l := s.of("vi")
	a, err := l.index([]searchItem{{Kind: searchPage, Title: "A", URL: "/a/"}})
	if err != nil {
		t.Fatal(err)
	}
	b, _ := l.index([]searchItem{{Kind: searchPage, Title: "A", URL: "/a/"}})
	c, _ := l.index([]searchItem{{Kind: searchPage, Title: "B", URL: "/a/"}})
	if &a[0] != &b[0] || !bytes.Equal(a, b) {
		t.Errorf("the same items were marshalled again")
	}
	if bytes.Equal(a, c) {
		t.Errorf("other items gave the last index %s", c)
	}
}

func TestPackerDictionary(t *testing.T) {
	var nav strings.Builder // a menu of many links, as a big site's pages repeat
	for i := range 300 {
		fmt.Fprintf(&nav, `<a href="/tin-tuc/bai-%05d/">Bài %d</a>`, i*7919%10000, i)
	}
	header := nav.String()
	dict := []byte(header + "<main>bài một</main>")
	long := strings.Repeat("x", 2*packWindow) + header
	plain, withDict := newPacker(nil), newPacker(dict)
	for _, tc := range []struct {
		name, page string
		smaller    bool // packs to under half its size without the dictionary
	}{
		{"like the dictionary", header + "<main>bài hai, khác hẳn</main>", true},
		{"empty", "", false},
		{"longer than the window", long, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			for _, k := range []*packer{plain, withDict} {
				got, err := k.unpack(k.pack([]byte(tc.page)))
				if err != nil || string(got) != tc.page {
					t.Fatalf("unpack(pack(page)) = %d bytes, %v; want the page's %d", len(got), err, len(tc.page))
				}
			}
			a, b := len(plain.pack([]byte(tc.page))), len(withDict.pack([]byte(tc.page)))
			if tc.smaller && b*2 > a {
				t.Errorf("packed with the dictionary %d bytes, without %d: want under half", b, a)
			}
		})
	}
	if len(newPacker([]byte(long)).dict) != packWindow {
		t.Errorf("a dictionary is cut to the window DEFLATE reads")
	}
}

func TestMemoKeepsItsPacker(t *testing.T) {
	k := newPacker([]byte("<html>"))
	m := &model{memo: &renderMemo{packer: k, pages: map[string]memoPage{"index.html": {packed: k.pack([]byte("<html>"))}}}}
	m.choosePacker(nil)
	if m.memo.packer != k {
		t.Errorf("a memo holding pages changed its packer: its pages would not unpack")
	}
	m.memo.pages = nil
	m.choosePacker(nil)
	if m.memo.packer == k {
		t.Errorf("a memo without pages kept the last packer; want one chosen from this build")
	}
}
