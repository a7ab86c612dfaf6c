package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/minhbach/minhbach/generator/chartsvg"
)

// TestBuildOverPreviousPictures: a build over a previous one, which takes
// its pictures from there, publishes the bytes of a build into a new
// folder, also after a picture was changed by hand in the output (it is
// painted again, not carried over) and after the manifest was.
func TestBuildOverPreviousPictures(t *testing.T) {
	root := copySiteWithoutCharts(t)
	build := func(out string) map[string][]byte { return buildTree(t, root, out) }
	fresh := build("moi")
	if m := string(fresh[chartsvg.ManifestFile]); strings.Count(m, ".png\n") < 20 {
		t.Fatalf("the manifest lists %d pictures:\n%s", strings.Count(m, ".png\n"), m)
	}
	card := filepath.Join(root, "cu", "chi-tieu", "8", "8-6", "anh.png")
	for _, step := range []struct {
		name   string
		change func()
	}{
		{"new folder", func() {}},
		{"over the previous", func() {}},
		{"a picture changed by hand", func() { os.WriteFile(card, []byte("không phải ảnh"), 0o644) }},
		{"the manifest changed by hand", func() {
			m := filepath.Join(root, "cu", chartsvg.ManifestFile)
			b, _ := os.ReadFile(m)
			os.WriteFile(m, bytes.ReplaceAll(b, []byte("anh.png"), []byte("bieu-do.png")), 0o644)
		}},
	} {
		step.change()
		got := build("cu")
		for p, data := range fresh {
			if !bytes.Equal(got[p], data) {
				t.Errorf("%s: %s differs from a build into a new folder", step.name, p)
			}
		}
		if len(got) != len(fresh) {
			t.Errorf("%s: %d files, a new folder %d", step.name, len(got), len(fresh))
		}
	}
}
