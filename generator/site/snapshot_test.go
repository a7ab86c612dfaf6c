package site

import (
	"io/fs"
	"slices"
	"strings"
	"testing"
	"testing/fstest"
)

// TestSnapshotForget: a snapshot serves what it read until told of a
// change, and after it reads again what changed and the folders that
// hold it, as a new file or folder changes their listing.
func TestSnapshotForget(t *testing.T) {
	for _, c := range []struct {
		name   string
		change func(fstest.MapFS)
		forget []string
		file   string // read after the change: want
		want   string
		dir    string // listed after the change: wantDir
		list   string
	}{
		{"nothing said", func(m fstest.MapFS) { m["a/b.md"].Data = []byte("new") }, []string{}, "a/b.md", "old", "a", "b.md"},
		{"a file", func(m fstest.MapFS) { m["a/b.md"].Data = []byte("new") }, []string{"a/b.md"}, "a/b.md", "new", "a", "b.md"},
		{"a new file", func(m fstest.MapFS) { m["a/c.md"] = &fstest.MapFile{Data: []byte("c")} }, []string{"a/c.md"}, "a/c.md", "c", "a", "b.md c.md"},
		{"a new folder", func(m fstest.MapFS) { m["a/d/e.md"] = &fstest.MapFile{Data: []byte("e")} }, []string{"a/d"}, "a/d/e.md", "e", "a", "b.md d"},
		{"a removed folder", func(m fstest.MapFS) { delete(m, "a/b.md"); m["x"] = &fstest.MapFile{} }, []string{"a"}, "x", "", ".", "x"},
		{"anything", func(m fstest.MapFS) { m["a/b.md"].Data = []byte("new") }, nil, "a/b.md", "new", "a", "b.md"},
	} {
		t.Run(c.name, func(t *testing.T) {
			m := fstest.MapFS{"a/b.md": &fstest.MapFile{Data: []byte("old")}}
			s := newSnapshot(m)
			if _, err := fs.ReadFile(s, "a/b.md"); err != nil {
				t.Fatal(err)
			}
			for _, d := range []string{".", "a"} {
				if _, err := fs.ReadDir(s, d); err != nil {
					t.Fatal(err)
				}
			}
			c.change(m)
			s.forget(c.forget)
			data, err := fs.ReadFile(s, c.file)
			if err != nil || string(data) != c.want {
				t.Errorf("%s: %q, %v; want %q", c.file, data, err, c.want)
			}
			entries, err := fs.ReadDir(s, c.dir)
			var names []string
			for _, e := range entries {
				names = append(names, e.Name())
			}
			if err != nil || !slices.Equal(names, strings.Fields(c.list)) {
				t.Errorf("%s lists %q, %v; want %s", c.dir, names, err, c.list)
			}
		})
	}
}
