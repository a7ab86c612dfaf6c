package content

import (
	"testing"
	"testing/fstest"
)

// TestCacheUnchanged: a file the cache is told did not change is not read
// again (its kept page stands even though the bytes differ, as they never
// would in the preview), one it is not told about is, and a file whose
// kept page is missing is read whatever it is told.
func TestCacheUnchanged(t *testing.T) {
	page := func(title string) *fstest.MapFile {
		return &fstest.MapFile{Data: []byte("+++\ntitle = \"" + title + "\"\n+++\nx\n")}
	}
	for _, c := range []struct {
		name      string
		unchanged bool
		cached    bool // the first Load ran
		want      string
	}{
		{"vouched for", true, true, "Cũ"},
		{"not vouched for", false, true, "Mới"},
		{"vouched for, never kept", true, false, "Mới"},
	} {
		t.Run(c.name, func(t *testing.T) {
			fsys := fstest.MapFS{"content/a.md": page("Cũ")}
			cache := NewCache()
			cache.Unchanged(func(string) bool { return c.unchanged })
			md := NewMarkdown(Options{Cache: cache})
			if c.cached {
				if _, err := Load(fsys, md); err != nil {
					t.Fatal(err)
				}
			}
			fsys["content/a.md"] = page("Mới")
			pages, err := Load(fsys, md)
			if err != nil || len(pages) != 1 || pages[0].Title != c.want {
				t.Fatalf("%v %v, want one page titled %s", pages, err, c.want)
			}
		})
	}
}
