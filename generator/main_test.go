package main

import (
	"bytes"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// copySite copies the repository's inputs into a new folder.
func copySite(t *testing.T) string {
	t.Helper()
	dst := t.TempDir()
	for _, dir := range []string{"seeds", "data", "content", "themes"} {
		if err := os.CopyFS(filepath.Join(dst, dir), os.DirFS(filepath.Join("..", dir))); err != nil {
			t.Fatal(err)
		}
	}
	cfg, err := os.ReadFile("../config.toml")
	if err != nil {
		t.Fatal(err)
	}
	os.WriteFile(filepath.Join(dst, "config.toml"), cfg, 0o644)
	return dst
}

func snapshot(t *testing.T, dir string) map[string]string {
	t.Helper()
	files := map[string]string{}
	filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			data, _ := os.ReadFile(p)
			files[p] = string(data)
		}
		return nil
	})
	return files
}

func TestBuildThenFailedBuildKeepsPublic(t *testing.T) {
	root := copySite(t)
	var stdout, stderr bytes.Buffer
	args := []string{"build", "-config", filepath.Join(root, "config.toml")}
	if err := run(args, &stdout, &stderr); err != nil {
		t.Fatalf("build: %v\n%s", err, stderr.String())
	}
	if !strings.Contains(stdout.String(), "Đã dựng") {
		t.Errorf("no summary line: %q", stdout.String())
	}
	public := filepath.Join(root, "public")
	before := snapshot(t, public)
	if len(before) < 100 {
		t.Fatalf("only %d files in public/", len(before))
	}

	// A template error found while rendering, after every input loaded.
	layout := filepath.Join(root, "themes", "default", "layouts", "indicator.html")
	src, _ := os.ReadFile(layout)
	os.WriteFile(layout, bytes.Replace(src, []byte("{{.Summary}}"), []byte("{{.Summary.Nope}}"), 1), 0o644)
	err := run(args, &stdout, &stderr)
	if err == nil {
		t.Fatal("a broken template built")
	}
	if !strings.Contains(err.Error(), "layouts/indicator.html") || !strings.Contains(err.Error(), "trang đã xuất bản vẫn giữ nguyên") {
		t.Errorf("error does not name the template or reassure: %v", err)
	}
	after := snapshot(t, public)
	if len(after) != len(before) {
		t.Fatalf("public/ had %d files, now %d", len(before), len(after))
	}
	for p, data := range before {
		if after[p] != data {
			t.Errorf("%s changed after a failed build", p)
		}
	}
}

func TestUsage(t *testing.T) {
	tests := []struct {
		args  []string
		usage bool
	}{
		{nil, true},
		{[]string{"frobnicate"}, true},
		{[]string{"build", "-nope"}, true},
		{[]string{"build", "extra"}, true},
		{[]string{"build", "-config", "site.toml"}, true},
		{[]string{"help"}, false},
	}
	for _, tt := range tests {
		var stdout, stderr bytes.Buffer
		err := run(tt.args, &stdout, &stderr)
		var u usageError
		if got := errors.As(err, &u); got != tt.usage {
			t.Errorf("run(%q): usage error = %v (%v), want %v", tt.args, got, err, tt.usage)
		}
	}
}

func TestMissingConfig(t *testing.T) {
	var stdout, stderr bytes.Buffer
	err := run([]string{"build", "-config", filepath.Join(t.TempDir(), "config.toml")}, &stdout, &stderr)
	var u usageError
	if err == nil || errors.As(err, &u) {
		t.Fatalf("want a content error, got %v", err)
	}
	if !strings.Contains(err.Error(), "config.toml") {
		t.Errorf("error does not name config.toml: %v", err)
	}
}
