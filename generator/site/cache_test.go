package site

import (
	"bytes"
	"strings"
	"testing"
	"testing/fstest"
)

// TestCacheSameAsFullBuild makes a series of edits as staff make them in
// the preview, building after each with the cache the preview keeps: every
// build is byte for byte the build without it.
func TestCacheSameAsFullBuild(t *testing.T) {
	fsys := bigSite(t, 30, 3)
	put := func(name, data string) { fsys[name] = &fstest.MapFile{Data: []byte(data)} }
	edits := []struct {
		name string
		do   func()
		bad  bool // the build fails, as it should
	}{
		{"first build", func() {}, false},
		{"edit a page", func() { put("content/tin-tuc/bai-00000.md", string(bigPage(0))+"\nThêm một câu.\n") }, false},
		{"add a page", func() { put("content/thong-bao/moi.md", "+++\ntitle = \"Mới\"\n+++\nx\n") }, false},
		{"break a page", func() { put("content/thong-bao/moi.md", "+++\ntitle = \n+++\nx\n") }, true},
		{"mend it", func() {
			put("content/thong-bao/moi.md", "+++\ntitle = \"Mới hơn\"\n+++\n[liên kết](/du-lieu/)\n")
		}, false},
		{"embed a chart", func() { put("content/thong-bao/moi.md", "+++\ntitle = \"Mới\"\n+++\n{{< chart \"1.1\" >}}\n") }, false},
		{"delete a page", func() { delete(fsys, "content/tin-tuc/bai-00003.md") }, false},
		{"edit figures", func() {
			f := fsys["data/1.1.csv"]
			f.Data = bytes.Replace(f.Data, []byte("\n"), []byte("\n2019,1.5,minh họa\n"), 1)
		}, false},
		{"move the site", func() {
			f := fsys["config.toml"]
			f.Data = bytes.Replace(f.Data, []byte("https://minhbach.example.vn/"), []byte("https://vi.du/minhbach/"), 1)
		}, false},
	}
	cache := NewCache()
	for _, e := range edits {
		e.do()
		want, werr := Build(fsys, Options{})
		got, gerr := Build(fsys, Options{Cache: cache})
		if (werr != nil) != e.bad || (gerr != nil) != e.bad {
			t.Fatalf("%s: errors %v and %v", e.name, werr, gerr)
		}
		if e.bad {
			if werr.Error() != gerr.Error() {
				t.Errorf("%s: with the cache\n%v\nwithout\n%v", e.name, gerr, werr)
			}
			continue
		}
		if got.Len() != want.Len() {
			t.Errorf("%s: %d files with the cache, %d without", e.name, got.Len(), want.Len())
		}
		for p, data := range want.Files {
			if b, _ := got.File(p); !bytes.Equal(b, data) {
				t.Errorf("%s: %s differs with the cache", e.name, p)
			}
		}
	}
	if !strings.Contains(string(fsys["config.toml"].Data), "vi.du") {
		t.Fatal("the config edit did not apply")
	}
}
