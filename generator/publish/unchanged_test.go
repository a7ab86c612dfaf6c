package publish

import (
	"os"
	"path/filepath"
	"testing"
)

// TestUnchangedFilesLinked publishes a second build over the first: a file
// with the same content is the same file (a hard link, not written again),
// and every other file is new, including one someone changed by hand in
// the output folder, which must not survive.
func TestUnchangedFilesLinked(t *testing.T) {
	_, site := newSite(t)
	dir := filepath.Join(site, "public")
	first := map[string][]byte{"index.html": []byte("một"), "a/giu.html": []byte("giữ"), "a/doi.html": []byte("cũ"), "tay.html": []byte("gốc"), "rong.txt": nil}
	if err := Write(first, dir, Options{Site: site}); err != nil {
		t.Fatal(err)
	}
	stat := func(p string) os.FileInfo {
		info, err := os.Stat(filepath.Join(dir, p))
		if err != nil {
			t.Fatal(err)
		}
		return info
	}
	before := map[string]os.FileInfo{}
	for p := range first {
		before[p] = stat(p)
	}
	os.WriteFile(filepath.Join(dir, "tay.html"), []byte("sửa"), 0o644) // same size, other bytes
	second := map[string][]byte{"index.html": []byte("một"), "a/giu.html": []byte("giữ"), "a/doi.html": []byte("mới"), "tay.html": []byte("gốc"), "rong.txt": nil}
	if err := Write(second, dir, Options{Site: site}); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		path   string
		linked bool
	}{
		{"index.html", true},
		{"a/giu.html", true},
		{"rong.txt", true},
		{"a/doi.html", false},
		{"tay.html", false},
	}
	for _, tt := range tests {
		if got := os.SameFile(before[tt.path], stat(tt.path)); got != tt.linked {
			t.Errorf("%s: same file as before is %v, want %v", tt.path, got, tt.linked)
		}
		if got, _ := os.ReadFile(filepath.Join(dir, tt.path)); string(got) != string(second[tt.path]) {
			t.Errorf("%s holds %q, want %q", tt.path, got, second[tt.path])
		}
	}
}

// TestFolderAbort publishes file by file, as a build that streams its
// pages does: an aborted folder leaves the published site and no staging
// folder; a path put twice or outside the folder is refused.
func TestFolderAbort(t *testing.T) {
	tmp, site := newSite(t)
	dir := filepath.Join(tmp, "public")
	if err := Write(map[string][]byte{"index.html": []byte("một")}, dir, Options{Site: site}); err != nil {
		t.Fatal(err)
	}
	f, err := Open(dir, Options{Site: site})
	if err != nil {
		t.Fatal(err)
	}
	if err := f.Put("a/b/index.html", []byte("hai")); err != nil {
		t.Fatal(err)
	}
	for _, p := range []string{"a/b/index.html", "../x", Marker} {
		if err := f.Put(p, nil); err == nil {
			t.Errorf("Put(%q) accepted", p)
		}
	}
	f.Abort()
	if got, _ := os.ReadFile(filepath.Join(dir, "index.html")); string(got) != "một" {
		t.Errorf("index.html = %q after an aborted build", got)
	}
	if left := staging(t, tmp); len(left) > 0 {
		t.Errorf("staging folders left: %v", left)
	}
	if err := f.Put("c.html", nil); err == nil {
		t.Error("Put after Abort accepted")
	}
	// The lock was let go: the next build publishes.
	if err := Write(map[string][]byte{"index.html": []byte("ba")}, dir, Options{Site: site}); err != nil {
		t.Fatal(err)
	}
}

// TestSpareReused publishes a series of builds that add, change, remove
// and turn files into folders and back: after each, the folder holds
// exactly that build, whatever the spare it started from held, including
// a file someone dropped into the spare.
func TestSpareReused(t *testing.T) {
	tmp, site := newSite(t)
	dir := filepath.Join(tmp, "public")
	builds := []map[string][]byte{
		{"index.html": []byte("1"), "a/x.html": []byte("x"), "b": []byte("tệp")},
		{"index.html": []byte("2"), "a/x.html": []byte("x"), "c/d/e.html": []byte("e")},
		{"index.html": []byte("2"), "b/y.html": []byte("thư mục"), "c/d/e.html": []byte("e2")},
		{"index.html": []byte("1"), "a/x.html": []byte("x"), "b": []byte("tệp")},
		{"index.html": []byte("1"), "c": []byte("c")},
	}
	for i, files := range builds {
		if i == 3 {
			os.WriteFile(filepath.Join(tmp, ".public-spare", "la.html"), []byte("lạ"), 0o644)
		}
		if err := Write(files, dir, Options{Site: site}); err != nil {
			t.Fatalf("build %d: %v", i, err)
		}
		if got, want := tree(dir), sum(files); got != want {
			t.Errorf("build %d: the folder does not hold exactly that build", i)
		}
		if _, err := os.Stat(filepath.Join(tmp, ".public-spare", Marker)); i > 0 && err != nil {
			t.Errorf("build %d: the previous site is not kept as the spare: %v", i, err)
		}
		listed, err := readMarker(dir)
		if err != nil || len(listed) != len(files) {
			t.Errorf("build %d: marker lists %d files, want %d (%v)", i, len(listed), len(files), err)
		}
	}
	if left := staging(t, tmp); len(left) > 0 {
		t.Errorf("staging folders left: %v", left)
	}
}

// TestForeignSpareLeftAlone: a folder at the spare's name that minhbach did
// not write (no marker) is neither used nor removed.
func TestForeignSpareLeftAlone(t *testing.T) {
	_, site := newSite(t)
	out := filepath.Join(site, "public")
	spare := filepath.Join(site, ".public-spare")
	os.MkdirAll(spare, 0o755)
	os.WriteFile(filepath.Join(spare, "cua-ai-do.txt"), []byte("giữ nguyên"), 0o644)
	for i := 0; i < 3; i++ {
		if err := Write(version(string(rune('a'+i)), 5), out, Options{Site: site}); err != nil {
			t.Fatal(err)
		}
	}
	if b, err := os.ReadFile(filepath.Join(spare, "cua-ai-do.txt")); err != nil || string(b) != "giữ nguyên" {
		t.Errorf("the foreign spare changed: %q, %v", b, err)
	}
	if tree(out) != sum(version("c", 5)) {
		t.Error("the published site is not the last one written")
	}
}
