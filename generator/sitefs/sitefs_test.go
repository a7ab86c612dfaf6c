package sitefs

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/minhbach/minhbach/generator/diag"
)

// onDisk makes a site folder with links in and out of it, and a secret
// beside it.
func onDisk(t *testing.T) *FS {
	t.Helper()
	tmp := t.TempDir()
	outside := filepath.Join(tmp, "bi-mat")
	os.MkdirAll(outside, 0o755)
	os.WriteFile(filepath.Join(outside, "mat-khau.txt"), []byte("secret"), 0o644)
	site := filepath.Join(tmp, "trang")
	files := map[string]string{
		"config.toml":            "title = \"x\"\n",
		"content/anh/that.jpg":   "jpg",
		"content/gioi-thieu.md":  "+++\n+++\n",
		"data/8.6.csv":           "year,value\n",
		"themes/default/a.css":   "a{}",
		"content/tin-tuc/bai.md": "+++\n+++\n",
	}
	for p, s := range files {
		os.MkdirAll(filepath.Join(site, filepath.Dir(p)), 0o755)
		os.WriteFile(filepath.Join(site, p), []byte(s), 0o644)
	}
	links := map[string]string{
		"content/anh/env.txt":       "/proc/self/environ",
		"content/anh/passwd":        "/etc/passwd",
		"content/anh/len.txt":       "../../../bi-mat/mat-khau.txt",
		"content/anh/chung.jpg":     "that.jpg",
		"content/anh/tuyet-doi.jpg": filepath.Join(site, "content/anh/that.jpg"),
		"content/du-lieu":           "../data",
		"seeds":                     outside,
	}
	for p, target := range links {
		if err := os.Symlink(target, filepath.Join(site, p)); err != nil {
			t.Fatal(err)
		}
	}
	return Dir(site)
}

// TestNothingFromOutside reads every kind of link: those leading out are
// problems naming the link, those staying in read as their target.
func TestNothingFromOutside(t *testing.T) {
	f := onDisk(t)
	for _, tc := range []struct {
		name, file, want string // want: content, or a word of the problem
	}{
		{"content/anh/env.txt", "content/anh/env.txt", "ra ngoài thư mục của trang"},
		{"content/anh/passwd", "content/anh/passwd", "ra ngoài thư mục của trang"},
		{"content/anh/len.txt", "content/anh/len.txt", "ra ngoài thư mục của trang"},
		{"seeds/mat-khau.txt", "seeds", "ra ngoài thư mục của trang"},
		{"content/du-lieu", "content/du-lieu", "liên kết tới thư mục"},
		{"content/anh/chung.jpg", "", "jpg"},
		{"content/du-lieu/8.6.csv", "", "year,value\n"},
	} {
		data, err := fs.ReadFile(f, tc.name)
		if tc.file == "" {
			if err != nil || string(data) != tc.want {
				t.Errorf("%s: %q, %v; want %q", tc.name, data, err, tc.want)
			}
			continue
		}
		var p diag.Problem
		if !errors.As(err, &p) || p.File != tc.file || !strings.Contains(p.Msg, tc.want) {
			t.Errorf("%s: %q, %v; want a problem at %s saying %q", tc.name, data, err, tc.file, tc.want)
		}
		if strings.Contains(string(data), "secret") || strings.Contains(string(data), "root:") {
			t.Errorf("%s: read from outside the site", tc.name)
		}
	}
	// An absolute link, even one into the site, is not followed: the
	// site must build the same wherever it is checked out.
	if _, err := fs.ReadFile(f, "content/anh/tuyet-doi.jpg"); err == nil {
		t.Error("an absolute link was followed")
	}
	if _, err := fs.ReadFile(f, "../bi-mat/mat-khau.txt"); err == nil {
		t.Error("a path with .. was read")
	}
}

// TestIgnored hides what editors and systems leave, in every way of reading.
func TestIgnored(t *testing.T) {
	mapfs := fstest.MapFS{"content/bai.md": {Data: []byte("x")}}
	left := []string{
		"content/tin-tuc/bai-nhap.md~", "content/.#bai.md", "content/#bai.md#", "content/.bai.md.swp",
		"content/bai.md.swp", "content/anh/Thumbs.db", "content/anh/desktop.ini", "content/.DS_Store",
		"content/.git/config", "content/.env", "content/cu.bak", "data/.~lock.8.6.csv#",
	}
	for _, p := range left {
		mapfs[p] = &fstest.MapFile{Data: []byte("bí mật")}
	}
	f := New(mapfs)
	var walked []string
	fs.WalkDir(f, ".", func(p string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			walked = append(walked, p)
		}
		return err
	})
	sort.Strings(walked)
	if strings.Join(walked, " ") != "content/bai.md" {
		t.Errorf("walked %v, want only content/bai.md", walked)
	}
	for _, p := range left {
		if _, err := fs.ReadFile(f, p); !errors.Is(err, fs.ErrNotExist) {
			t.Errorf("%s: %v, want not found", p, err)
		}
	}
	for _, name := range []string{"bai.md", "8.6.csv", "anh.jpg", "tin-tuc", "index.xml"} {
		if Ignored(name) {
			t.Errorf("Ignored(%q)", name)
		}
	}
}
