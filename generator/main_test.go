package main

import (
	"bytes"
	"errors"
	"flag"
	"io"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// TestMain lets a test run this test binary as the command itself: with
// MINHBACH_MAIN=1 in its environment it is main, so tests see real exit
// codes and can build under another TZ, LANG and HOME without first
// building the command.
func TestMain(m *testing.M) {
	if os.Getenv("MINHBACH_MAIN") == "1" {
		main()
		return
	}
	os.Exit(m.Run())
}

// runMain runs the command in a process of its own, in dir (if not ""),
// with env added to this process's environment.
func runMain(t *testing.T, dir string, env []string, args ...string) (stdout, stderr string, code int) {
	t.Helper()
	cmd := exec.Command(os.Args[0], args...)
	cmd.Dir = dir
	cmd.Env = append(append(os.Environ(), "MINHBACH_MAIN=1"), env...)
	var out, errs bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errs
	err := cmd.Run()
	var exit *exec.ExitError
	switch {
	case errors.As(err, &exit):
		code = exit.ExitCode()
	case err != nil:
		t.Fatal(err)
	}
	return out.String(), errs.String(), code
}

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

// copySiteWithoutCharts copies the site without the theme's chart runtime,
// whose first build needs npm: a test that needs no charts stays offline.
func copySiteWithoutCharts(t *testing.T) string {
	t.Helper()
	root := copySite(t)
	if err := os.RemoveAll(filepath.Join(root, "themes", "default", "chartjs")); err != nil {
		t.Fatal(err)
	}
	return root
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

// TestMainExitStatus runs the command through main, in a process of its
// own, for each exit status: TestCLI runs main1 in this one, which is
// main but for os.Exit.
func TestMainExitStatus(t *testing.T) {
	tests := []struct {
		args   []string
		code   int
		stdout string
		stderr string
	}{
		{[]string{"help"}, 0, "Cách dùng: go run ./generator <lệnh>", ""},
		{[]string{"check", "-config", filepath.Join(t.TempDir(), "config.toml")}, 1, "config.toml: không tìm thấy tệp cấu hình", ""},
		{[]string{"frobnicate"}, 2, "", `không có lệnh "frobnicate"`},
	}
	for _, tt := range tests {
		stdout, stderr, code := runMain(t, "", nil, tt.args...)
		if code != tt.code || !strings.Contains(stdout, tt.stdout) || !strings.Contains(stderr, tt.stderr) {
			t.Errorf("generator %q: exit %d, want %d; stdout wants %q, stderr %q\nstdout:\n%s\nstderr:\n%s", tt.args, code, tt.code, tt.stdout, tt.stderr, stdout, stderr)
		}
	}
}

// TestEveryCommandTakesConfig holds the command line to one way of naming
// the site: each command that reads one has -config, from addSiteFlag, and
// help lists every command.
func TestEveryCommandTakesConfig(t *testing.T) {
	list := mainUsage()
	for _, c := range commands {
		if !strings.Contains(list, "  "+c.name+" ") {
			t.Errorf("help does not list %s", c.name)
		}
		fl, _ := c.flags()
		f := fl.Lookup("config")
		if c.name == "version" {
			if f != nil {
				t.Error("version takes -config, but reads no site")
			}
			continue
		}
		if f == nil {
			t.Errorf("%s has no -config", c.name)
			continue
		}
		if _, ok := f.Value.(*siteFlag); !ok {
			t.Errorf("%s makes its own -config instead of using addSiteFlag", c.name)
		}
		if !strings.Contains(c.synopsis, "[-config config.toml]") || !strings.Contains(c.usage(), "-config config.toml") {
			t.Errorf("%s's usage does not show -config config.toml:\n%s", c.name, c.usage())
		}
	}
}

func TestFlagMessage(t *testing.T) {
	tests := []struct {
		args []string
		want string
	}{
		{[]string{"-nope"}, "không có tuỳ chọn -nope"},
		{[]string{"-port"}, "tuỳ chọn -port cần một giá trị"},
		{[]string{"-port", "abc"}, `giá trị "abc" không dùng được cho -port: không đọc được giá trị này`},
		{[]string{"-port", "99999999999999999999"}, "giá trị quá lớn hoặc quá nhỏ"},
		{[]string{"-drafts=maybe"}, `giá trị "maybe" không dùng được cho -drafts`},
		{[]string{"---x"}, "tuỳ chọn viết sai: ---x"},
		{[]string{"-config", "site.toml"}, "tệp cấu hình phải tên là config.toml"},
	}
	for _, tt := range tests {
		fl := flag.NewFlagSet("x", flag.ContinueOnError)
		fl.SetOutput(io.Discard)
		addSiteFlag(fl)
		fl.Int("port", 1313, "")
		fl.Bool("drafts", false, "")
		err := fl.Parse(tt.args)
		if err == nil {
			t.Fatalf("%q parsed", tt.args)
		}
		if got := flagMessage(err); !strings.Contains(got, tt.want) {
			t.Errorf("%q: %q, want %q", tt.args, got, tt.want)
		}
	}
}
