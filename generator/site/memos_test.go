package site

import (
	"bytes"
	"encoding/xml"
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
