package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestOutNeverDeletesInputs runs what deleted a site's folders before:
// -out naming the site itself, one of its folders, or a folder of someone
// else's. Each is refused with exit 1, and every file is still there.
func TestOutNeverDeletesInputs(t *testing.T) {
	root := copySite(t)
	other := t.TempDir()
	os.WriteFile(filepath.Join(other, "luu.txt"), []byte("của người khác"), 0o644)
	before, theirs := snapshot(t, root), snapshot(t, other)
	for _, tc := range []struct{ out, want string }{
		{root, "thư mục của trang"},
		{".", "thư mục của trang"},
		{"content", "thư mục content/"},
		{filepath.Join(root, "data"), "thư mục data/"},
		{other, "không phải do minhbach tạo"},
	} {
		var stdout, stderr bytes.Buffer
		err := run([]string{"build", "-config", filepath.Join(root, "config.toml"), "-out", tc.out}, &stdout, &stderr)
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("build -out %s: %v, want an error saying %q", tc.out, err, tc.want)
		}
	}
	after := snapshot(t, root)
	for p, data := range before {
		if after[p] != data {
			t.Errorf("%s changed or went missing", p)
		}
	}
	if len(after) != len(before) {
		t.Errorf("the site had %d files, now %d", len(before), len(after))
	}
	if got := snapshot(t, other); len(got) != len(theirs) || got[filepath.Join(other, "luu.txt")] != "của người khác" {
		t.Errorf("the other folder changed: %v", got)
	}
}
