package publish

import (
	"bytes"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"testing"
)

// TestSiblings publishes builds one over another, with siblings made by a
// counting Make: a sibling is made for a new or changed file only, is kept
// (from the spare) or linked (from the published folder) with its file,
// is made for every file when its setting is new, and goes when the
// setting goes. A file Make declines has no sibling.
func TestSiblings(t *testing.T) {
	_, site := newSite(t)
	dir := filepath.Join(site, "public")
	var mu sync.Mutex
	made := map[string]int{}
	sib := func(suffix string) Sibling {
		return Sibling{Suffix: suffix, Make: func(p string, data []byte) ([]byte, bool) {
			mu.Lock()
			made[p+suffix]++
			mu.Unlock()
			if strings.HasSuffix(p, ".png") {
				return nil, false
			}
			return append(bytes.ToUpper(data), suffix...), true
		}}
	}
	gz, br := sib(".gz"), sib(".br")
	for i, step := range []struct {
		name     string
		files    map[string][]byte
		siblings []Sibling
		made     []string // the siblings Make was asked for
		linked   []string // siblings that are the same file as after the step before
	}{
		{"first", map[string][]byte{"a.html": []byte("a"), "b/c.html": []byte("c"), "d.png": []byte("d")}, []Sibling{gz},
			[]string{"a.html.gz", "b/c.html.gz", "d.png.gz"}, nil},
		{"one changed", map[string][]byte{"a.html": []byte("a"), "b/c.html": []byte("c2"), "d.png": []byte("d")}, []Sibling{gz},
			[]string{"b/c.html.gz", "d.png.gz"}, []string{"a.html.gz"}},
		{"none changed, over the spare", map[string][]byte{"a.html": []byte("a"), "b/c.html": []byte("c2"), "d.png": []byte("d")}, []Sibling{gz},
			[]string{"d.png.gz"}, []string{"a.html.gz", "b/c.html.gz"}},
		{"brotli added", map[string][]byte{"a.html": []byte("a"), "b/c.html": []byte("c2"), "d.png": []byte("d")}, []Sibling{gz, br},
			[]string{"a.html.br", "b/c.html.br", "d.png.br", "d.png.gz"}, []string{"a.html.gz", "b/c.html.gz"}},
		{"off", map[string][]byte{"a.html": []byte("a"), "b/c.html": []byte("c2"), "d.png": []byte("d")}, nil, nil, nil},
	} {
		before := map[string]os.FileInfo{}
		for _, p := range step.linked {
			before[p], _ = os.Stat(filepath.Join(dir, p))
		}
		clear(made)
		if err := Write(step.files, dir, Options{Site: site, Siblings: step.siblings}); err != nil {
			t.Fatalf("%s: %v", step.name, err)
		}
		var asked []string
		for p := range made {
			asked = append(asked, p)
		}
		sort.Strings(asked)
		if strings.Join(asked, " ") != strings.Join(step.made, " ") {
			t.Errorf("%d %s: made %v, want %v", i, step.name, asked, step.made)
		}
		for _, p := range step.linked {
			after, err := os.Stat(filepath.Join(dir, p))
			if err != nil || !os.SameFile(before[p], after) {
				t.Errorf("%s: %s is not the file it was (%v)", step.name, p, err)
			}
		}
		want := checkFolder(t, step.name, dir, step.files, step.siblings)
		marker, _ := os.ReadFile(filepath.Join(dir, Marker))
		if n := strings.Count(string(marker), "\n") - 1; n != len(want) {
			t.Errorf("%s: the marker lists %d files, want %d", step.name, n, len(want))
		}
	}
}

// checkFolder checks that dir holds files, each with the siblings asked
// for holding what Make gives, and nothing else, and returns what it holds.
func checkFolder(t *testing.T, name, dir string, files map[string][]byte, siblings []Sibling) map[string]string {
	t.Helper()
	want := map[string]string{}
	for p, data := range files {
		want[p] = string(data)
		for _, s := range siblings {
			if b, ok := s.Make(p, data); ok {
				want[p+s.Suffix] = string(b)
			}
		}
	}
	got := map[string]string{}
	filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() && d.Name() != Marker {
			rel, _ := filepath.Rel(dir, p)
			b, _ := os.ReadFile(p)
			got[filepath.ToSlash(rel)] = string(b)
		}
		return err
	})
	if len(got) != len(want) {
		t.Errorf("%s: the folder holds %v, want %v", name, got, want)
	}
	for p, w := range want {
		if got[p] != w {
			t.Errorf("%s: %s holds %q, want %q", name, p, got[p], w)
		}
	}
	return want
}

// TestRewrite: what Rewrite returns is what is published and what the
// siblings are made from; its error stops the build.
func TestRewrite(t *testing.T) {
	_, site := newSite(t)
	dir := filepath.Join(site, "public")
	opt := Options{
		Site: site,
		Rewrite: func(p string, data []byte) ([]byte, error) {
			if string(data) == "hỏng" {
				return nil, os.ErrInvalid
			}
			return bytes.TrimSpace(data), nil
		},
		Siblings: []Sibling{{Suffix: ".gz", Make: func(p string, data []byte) ([]byte, bool) { return append([]byte("z:"), data...), true }}},
	}
	if err := Write(map[string][]byte{"a.html": []byte("  a  ")}, dir, opt); err != nil {
		t.Fatal(err)
	}
	for p, want := range map[string]string{"a.html": "a", "a.html.gz": "z:a"} {
		if got, _ := os.ReadFile(filepath.Join(dir, p)); string(got) != want {
			t.Errorf("%s holds %q, want %q", p, got, want)
		}
	}
	if err := Write(map[string][]byte{"a.html": []byte("hỏng")}, dir, opt); err == nil {
		t.Error("a file Rewrite refuses was published")
	}
	if got, _ := os.ReadFile(filepath.Join(dir, "a.html")); string(got) != "a" {
		t.Errorf("after a failed build a.html holds %q, want the old %q", got, "a")
	}
}
