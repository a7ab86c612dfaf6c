package chartsvg

import (
	"crypto/sha256"
	"fmt"
	"strings"
	"testing"
	"testing/fstest"
)

// TestSeed: a manifest written by one cache lets another serve the same
// pictures from the folder's files; a manifest of another version, a
// file changed since, or a line that does not parse gives nothing.
func TestSeed(t *testing.T) {
	f := testFont(t)
	text := CardText{Title: "Tỷ lệ", Status: "Đạt"}
	var first Cache
	card, _ := first.Card([]byte(lineOption), text, f)
	png, _ := first.PNG([]byte(lineOption), Size{Width: 200, Height: 100}, 2, f)
	first.Draw([]byte(lineOption), Size{Width: 200, Height: 100}) // no file of its own: not listed
	files := map[string][]byte{"a/anh.png": card, "a/bieu-do.png": png, "a/index.html": []byte("<p>")}
	m := first.Manifest(files, "v1")
	if n := strings.Count(string(m), "\n"); n != 3 {
		t.Fatalf("manifest of %d lines, want a head and 2 pictures:\n%s", n, m)
	}
	folder := fstest.MapFS{}
	for p, b := range files {
		folder[p] = &fstest.MapFile{Data: b}
	}
	var second Cache
	if n := second.Seed(m, folder, "v1"); n != 2 {
		t.Errorf("seeded %d pictures, want 2", n)
	}

	// Served from the seed: a manifest that names other bytes for the
	// card's key makes Card return them.
	key := strings.Fields(strings.Split(string(m), "\n")[1])[0]
	other := []byte("seeded")
	hand := fmt.Sprintf("%s%s\n%s %x x.png\n", manifestHead, "v1", key, sha256.Sum256(other))
	var third Cache
	third.Seed([]byte(hand), fstest.MapFS{"x.png": {Data: other}}, "v1")
	got1, _ := third.Card([]byte(lineOption), text, f)
	got2, _ := third.PNG([]byte(lineOption), Size{Width: 200, Height: 100}, 2, f)
	if string(got1) != "seeded" && string(got2) != "seeded" {
		t.Error("a seeded picture was painted again")
	}

	for name, tc := range map[string]struct {
		m       string
		folder  fstest.MapFS
		version string
	}{
		"another version":         {string(m), folder, "v2"},
		"no version":              {string(m), folder, ""},
		"changed by hand":         {string(m), fstest.MapFS{"a/anh.png": {Data: []byte("sửa")}, "a/bieu-do.png": {Data: []byte("sửa")}}, "v1"},
		"files gone":              {string(m), fstest.MapFS{}, "v1"},
		"lines that do not parse": {manifestHead + "v1\nzz " + key + " a/anh.png\n" + key + "\n\n", folder, "v1"},
		"no head":                 {strings.SplitN(string(m), "\n", 2)[1], folder, "v1"},
	} {
		var c Cache
		if n := c.Seed([]byte(tc.m), tc.folder, tc.version); n != 0 {
			t.Errorf("%s: seeded %d pictures, want none", name, n)
		}
	}
	if first.Manifest(files, "") != nil {
		t.Error("a manifest without a version")
	}
}

// FuzzSeed: no manifest, however broken, makes Seed fail or take a picture
// whose bytes do not match its line.
func FuzzSeed(f *testing.F) {
	f.Add([]byte(manifestHead + "v1\n" + strings.Repeat("ab", 32) + " " + strings.Repeat("cd", 32) + " a.png\n"))
	f.Add([]byte(manifestHead + "v1\n\n \x00"))
	f.Fuzz(func(t *testing.T, m []byte) {
		var c Cache
		folder := fstest.MapFS{"a.png": {Data: []byte("ảnh")}}
		if n := c.Seed(m, folder, "v1"); n != 0 {
			t.Errorf("took %d pictures whose hash cannot match", n)
		}
	})
}
