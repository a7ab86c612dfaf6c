package site

import (
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

	plain, perr := Build(plainFS, Options{})
	cached, cerr := Build(cachedFS, Options{})
	if perr != nil {
		t.Fatal(perr)
	}
	sameBuild(t, "with its partials cached", plain, perr, cached, cerr)
}
