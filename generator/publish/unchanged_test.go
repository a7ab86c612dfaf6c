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
