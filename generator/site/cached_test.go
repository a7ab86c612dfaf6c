package site

import (
	"bytes"
	"regexp"
	"testing"
	"testing/fstest"
)

// TestCachedPartialsChangeNoPage builds the demo with two sections more
// (so the menu marks several entries) twice: with the default theme, whose
// base.html has its header and footer executed through cached, and with
// every cached call made a plain {{template}} call. Every file agrees.
func TestCachedPartialsChangeNoPage(t *testing.T) {
	cachedFS := bigSite(t, 40, 3)
	base := cachedFS["themes/default/layouts/base.html"].Data
	calls := regexp.MustCompile(`\{\{cached ("[^"]+") `)
	if n := len(calls.FindAll(base, -1)); n < 2 {
		t.Fatalf("base.html has %d cached partials, want the header's and the footer's", n)
	}
	plainFS := fstest.MapFS{}
	for p, f := range cachedFS {
		plainFS[p] = f
	}
	plainFS["themes/default/layouts/base.html"] = &fstest.MapFile{Data: calls.ReplaceAll(base, []byte(`{{template $1 `))}

	cached, err := Build(cachedFS, Options{})
	if err != nil {
		t.Fatal(err)
	}
	plain, err := Build(plainFS, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(cached.Files) != len(plain.Files) {
		t.Fatalf("%d files cached, %d plain", len(cached.Files), len(plain.Files))
	}
	for p, data := range plain.Files {
		if !bytes.Equal(data, cached.Files[p]) {
			t.Errorf("%s differs when its partials are cached", p)
		}
	}
}
