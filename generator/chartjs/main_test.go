package main

import (
	"bytes"
	"compress/gzip"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
)

// defaultTheme is the repository's theme, whose bundle is committed.
const defaultTheme = "../../themes/default"

func TestPinnedVersion(t *testing.T) {
	tests := []struct {
		pkg, want string
		ok        bool
	}{
		{`{"dependencies":{"echarts":"6.1.0"}}`, "6.1.0", true},
		{`{"dependencies":{"echarts":"^6.1.0"}}`, "", false},
		{`{"dependencies":{"echarts":"~6.1.0"}}`, "", false},
		{`{"dependencies":{"echarts":"6.x"}}`, "", false},
		{`{"dependencies":{"echarts":">=6"}}`, "", false},
		{`{"dependencies":{}}`, "", false},
		{`{`, "", false},
	}
	for _, tt := range tests {
		v, err := pinnedVersion([]byte(tt.pkg))
		if (err == nil) != tt.ok || v != tt.want {
			t.Errorf("pinnedVersion(%s) = %q, %v", tt.pkg, v, err)
		}
	}
}

// TestCommittedBundleIsReproducible runs the maintainer command on a copy
// of the default theme and demands the very bytes that are committed, for
// the bundle and its record: the committed file is what package.json, the
// lock and echarts.js give, and esbuild gives it again. It needs npm (and
// the network, or npm's cache); without npm it skips, except under CI.
func TestCommittedBundleIsReproducible(t *testing.T) {
	if _, err := exec.LookPath("npm"); err != nil {
		msg := "npm is not installed (apt-get install -y npm), so the committed chart runtime is not rebuilt and compared"
		if os.Getenv("CI") != "" {
			t.Fatal(msg)
		}
		t.Skip(msg)
	}
	dir := t.TempDir()
	if err := os.CopyFS(filepath.Join(dir, Dir), os.DirFS(filepath.Join(defaultTheme, Dir))); err != nil {
		t.Fatal(err)
	}
	if err := run([]string{"-theme", dir}, io.Discard); err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{BundleName, RecordName} {
		got, err := os.ReadFile(filepath.Join(dir, "assets", name))
		if err != nil {
			t.Fatal(err)
		}
		want, err := os.ReadFile(filepath.Join(defaultTheme, "assets", name))
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got, want) {
			t.Errorf("themes/default/assets/%s differs from what themes/default/chartjs/ builds (%d bytes, committed %d); run %s and commit the result",
				name, len(got), len(want), Command)
		}
	}
}

// TestCommittedBundleBudget holds the committed runtime to the budget of
// issue 5 (600 KB minified, 200 KB gzipped) and to what charts.js expects
// of it: the global window.echarts, and the licence ECharts asks for.
func TestCommittedBundleBudget(t *testing.T) {
	js, err := os.ReadFile(filepath.Join(defaultTheme, "assets", BundleName))
	if err != nil {
		t.Fatal(err)
	}
	var gz bytes.Buffer
	w, _ := gzip.NewWriterLevel(&gz, gzip.BestCompression)
	w.Write(js)
	w.Close()
	t.Logf("chart runtime: %d bytes minified, %d gzipped", len(js), gz.Len())
	if len(js) > 600_000 || gz.Len() > 200_000 {
		t.Errorf("runtime is %d bytes (%d gzipped), over the 600 KB (200 KB) budget", len(js), gz.Len())
	}
	for _, want := range []string{"var echarts=", "Apache License, Version 2.0", "The Apache Software Foundation"} {
		if !bytes.Contains(js, []byte(want)) {
			t.Errorf("bundle lacks %q", want)
		}
	}
}
