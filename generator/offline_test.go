package main

import (
	"bytes"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// TestBuildWithoutNode builds a fresh copy of the repository's site with a
// PATH holding nothing but stand-ins for npm, npx and node that write down
// being run. The build must not run them, and must still publish the
// committed chart runtime and name it in the pages that draw charts.
func TestBuildWithoutNode(t *testing.T) {
	root := copySite(t)
	bin, ran := t.TempDir(), filepath.Join(t.TempDir(), "ran")
	for _, name := range []string{"npm", "npx", "node"} {
		trap := "#!/bin/sh\necho \"$0 $*\" >> '" + ran + "'\nexit 1\n"
		if err := os.WriteFile(filepath.Join(bin, name), []byte(trap), 0o755); err != nil {
			t.Fatal(err)
		}
	}
	t.Setenv("PATH", bin)
	t.Setenv("XDG_CACHE_HOME", t.TempDir()) // no bundle cached by an older build can help
	if err := run([]string{"build", "-config", filepath.Join(root, "config.toml")}, io.Discard, io.Discard); err != nil {
		t.Fatal(err)
	}
	if log, err := os.ReadFile(ran); err == nil {
		t.Fatalf("the build ran Node tools:\n%s", log)
	}

	committed, err := os.ReadFile("../themes/default/assets/echarts.js")
	if err != nil {
		t.Fatal(err)
	}
	page, err := os.ReadFile(filepath.Join(root, "public", "chi-tieu", "8", "8-6", "index.html"))
	if err != nil {
		t.Fatal(err)
	}
	m := regexp.MustCompile(`<meta name="chart-runtime" content="/(assets/echarts\.[0-9a-f]+\.js)">`).FindSubmatch(page)
	if m == nil {
		t.Fatal("the indicator page does not name the chart runtime")
	}
	if !bytes.Contains(page, []byte(`<script src="/assets/charts.`)) || !bytes.Contains(page, []byte(`data-chart=`)) {
		t.Error("the indicator page has no chart to draw")
	}
	published, err := os.ReadFile(filepath.Join(root, "public", filepath.FromSlash(string(m[1]))))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(published, committed) {
		t.Errorf("%s is not the committed themes/default/assets/echarts.js", m[1])
	}
}

// TestBuildDoesNotImportBundler keeps esbuild a dependency of the
// maintainer command (generator/chartjs) alone: the site's command does not
// link it, so building a site cannot bundle, and needs no npm packages.
func TestBuildDoesNotImportBundler(t *testing.T) {
	goTool, err := exec.LookPath("go")
	if err != nil {
		t.Skip("the go command is not on PATH")
	}
	out, err := exec.Command(goTool, "list", "-deps", ".").Output()
	if err != nil {
		t.Fatal(err)
	}
	for _, dep := range strings.Fields(string(out)) {
		if strings.HasPrefix(dep, "github.com/evanw/esbuild") || strings.HasSuffix(dep, "/generator/chartjs") {
			t.Errorf("the generator command depends on %s", dep)
		}
	}
}
