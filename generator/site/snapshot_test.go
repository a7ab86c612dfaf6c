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
// hold it, as a new file or folder changes their listing. Pages (.md) it
// only vouches for, and reads from the folder.
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
		{"nothing said", func(m fstest.MapFS) { m["a/b.csv"].Data = []byte("new") }, []string{}, "a/b.csv", "old", "a", "b.csv p.md"},
		{"a file", func(m fstest.MapFS) { m["a/b.csv"].Data = []byte("new") }, []string{"a/b.csv"}, "a/b.csv", "new", "a", "b.csv p.md"},
		{"a new file", func(m fstest.MapFS) { m["a/c.csv"] = &fstest.MapFile{Data: []byte("c")} }, []string{"a/c.csv"}, "a/c.csv", "c", "a", "b.csv c.csv p.md"},
		{"a new folder", func(m fstest.MapFS) { m["a/d/e.csv"] = &fstest.MapFile{Data: []byte("e")} }, []string{"a/d"}, "a/d/e.csv", "e", "a", "b.csv d p.md"},
		{"a removed folder", func(m fstest.MapFS) { delete(m, "a/b.csv"); delete(m, "a/p.md"); m["x"] = &fstest.MapFile{} }, []string{"a"}, "x", "", ".", "x"},
		{"a page, nothing said", func(m fstest.MapFS) { m["a/p.md"] = &fstest.MapFile{Data: []byte("new")} }, []string{}, "a/p.md", "new", "a", "b.csv p.md"},
		{"anything", func(m fstest.MapFS) { m["a/b.csv"].Data = []byte("new") }, nil, "a/b.csv", "new", "a", "b.csv p.md"},
	} {
		t.Run(c.name, func(t *testing.T) {
			m := fstest.MapFS{"a/b.csv": &fstest.MapFile{Data: []byte("old")}, "a/p.md": &fstest.MapFile{Data: []byte("old")}}
			s := newSnapshot(m)
			for _, f := range []string{"a/b.csv", "a/p.md"} {
				if _, err := fs.ReadFile(s, f); err != nil {
					t.Fatal(err)
				}
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
