package main

import (
	"bytes"
	"flag"
	"io/fs"
	"maps"
	"os"
	"path"
	"path/filepath"
	"regexp"
	"runtime/debug"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/minhbach/minhbach/generator/golden"

	"golang.org/x/tools/txtar"
)

var update = flag.Bool("update", false, "rewrite the expected outputs in testdata/cli/*.txtar")

// The sections of a case that are not input files: the command line, and
// what the command must print, exit with and write.
const (
	argsFile    = "args"
	stdoutFile  = "stdout"
	stderrFile  = "stderr"
	exitFile    = "exit"
	writtenFile = "written"
)

// expectation reports whether a section of a case is expected output
// rather than input.
func expectation(name string) bool {
	switch name {
	case stdoutFile, stderrFile, exitFile, writtenFile:
		return true
	}
	return false
}

// TestCLI runs each testdata/cli/*.txtar case as a person would run the
// command in the case's folder, and compares what it prints on stdout and
// stderr, the status it exits with, and the files it creates or changes
// with the case's expected sections. go test ./generator -run TestCLI
// -update rewrites them; read the diff.
//
// A case holds its command line in args (split at spaces, without the
// word generator), then its input files, which are put in a new folder
// the command runs in. A case with a config.toml is a site and gets the
// repository's themes/default, but for the theme files it has itself.
// Output is made stable where it cannot be: the folder's path reads $DIR
// and a duration N ms; the commands' clock (now) and the build
// information of version are fixed.
func TestCLI(t *testing.T) {
	files, _ := filepath.Glob("testdata/cli/*.txtar")
	if len(files) == 0 {
		t.Fatal("no test cases in testdata/cli/")
	}
	theme, err := filepath.Abs(filepath.Join("..", "themes", "default"))
	if err != nil {
		t.Fatal(err)
	}
	fixCLI(t, theme)
	for _, file := range files {
		file, _ := filepath.Abs(file) // each case runs in a folder of its own
		t.Run(strings.TrimSuffix(filepath.Base(file), ".txtar"), func(t *testing.T) {
			ar, err := txtar.ParseFile(file)
			if err != nil {
				t.Fatal(err)
			}
			got := runCase(t, ar, theme)
			if *update {
				rewriteCase(t, file, ar, got)
				return
			}
			for _, name := range []string{stdoutFile, stderrFile, exitFile, writtenFile} {
				want, _ := section(ar, name)
				if !bytes.Equal(got[name], want) {
					t.Errorf("%s differs (go test ./generator -run TestCLI -update rewrites it; read the diff):\n%s", name, golden.Diff(string(want), string(got[name])))
				}
			}
		})
	}
}

// fixCLI fixes, for the test, what the commands take from the machine
// rather than from their input.
func fixCLI(t *testing.T, theme string) {
	oldNow, oldInfo, oldTheme := now, readBuildInfo, defaultThemeDir
	now = func() time.Time { return time.Date(2026, 6, 1, 3, 0, 0, 0, time.UTC) }
	readBuildInfo = func() (*debug.BuildInfo, bool) {
		return &debug.BuildInfo{GoVersion: "go1.x", Main: debug.Module{Path: "github.com/minhbach/minhbach", Version: "(devel)"}}, true
	}
	defaultThemeDir = theme
	t.Cleanup(func() { now, readBuildInfo, defaultThemeDir = oldNow, oldInfo, oldTheme })
}

// runCase writes the case's files into a new folder, runs its command
// there and returns what it printed, its exit status and what it wrote,
// each as the case's expected section would hold it.
func runCase(t *testing.T, ar *txtar.Archive, theme string) map[string][]byte {
	dir := t.TempDir()
	args, ok := section(ar, argsFile)
	if !ok {
		t.Fatal("the case has no args section")
	}
	site := false
	for _, f := range ar.Files {
		if f.Name == argsFile || expectation(f.Name) {
			continue
		}
		site = site || f.Name == "config.toml"
		writeFile(t, filepath.Join(dir, filepath.FromSlash(f.Name)), f.Data)
	}
	if site {
		copyTheme(t, theme, filepath.Join(dir, "themes", "default"))
	}
	before := listFiles(t, dir)
	t.Chdir(dir)
	var stdout, stderr bytes.Buffer
	code := main1(strings.Fields(string(args)), &stdout, &stderr)
	return map[string][]byte{
		stdoutFile:  stable(stdout.String(), dir),
		stderrFile:  stable(stderr.String(), dir),
		exitFile:    []byte(strconv.Itoa(code) + "\n"),
		writtenFile: []byte(written(before, listFiles(t, dir))),
	}
}

func section(ar *txtar.Archive, name string) ([]byte, bool) {
	for _, f := range ar.Files {
		if f.Name == name {
			return f.Data, true
		}
	}
	return nil, false
}

func writeFile(t *testing.T, name string, data []byte) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(name), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(name, data, 0o644); err != nil {
		t.Fatal(err)
	}
}

// copyTheme copies themes/default but its chartjs/, which only the
// maintainer command reads, and the files the case has of its own.
func copyTheme(t *testing.T, from, to string) {
	t.Helper()
	err := filepath.WalkDir(from, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			if err == nil && d.Name() == "chartjs" {
				return fs.SkipDir
			}
			return err
		}
		rel, _ := filepath.Rel(from, p)
		if _, err := os.Stat(filepath.Join(to, rel)); err == nil {
			return nil
		}
		data, err := os.ReadFile(p)
		if err == nil {
			writeFile(t, filepath.Join(to, rel), data)
		}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
}

// listFiles is every file under dir, by slash path, with its content.
func listFiles(t *testing.T, dir string) map[string]string {
	t.Helper()
	files := map[string]string{}
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := os.ReadFile(p)
		rel, _ := filepath.Rel(dir, p)
		files[filepath.ToSlash(rel)] = string(data)
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return files
}

// written lists the files the command created, changed or removed, a line
// each. A build's output folder (one holding .minhbach-output) and a theme
// count as one line each, "written public/": their files are the business
// of the site's own tests, and listing them here would tie every CLI case
// to the page plan.
func written(before, after map[string]string) string {
	var outputs []string
	for p := range after {
		if path.Base(p) == ".minhbach-output" {
			outputs = append(outputs, path.Dir(p)+"/")
		}
	}
	lines := map[string]bool{}
	for p, data := range after {
		old, had := before[p]
		if had && old == data {
			continue
		}
		verb := "created"
		if had {
			verb = "changed"
		}
		if group := folderOf(p, outputs); group != "" {
			p, verb = group, "written"
		}
		lines[verb+" "+p] = true
	}
	for p := range before {
		if _, ok := after[p]; !ok {
			lines["removed "+p] = true
		}
	}
	var b strings.Builder
	for _, l := range slices.Sorted(maps.Keys(lines)) {
		b.WriteString(l + "\n")
	}
	return b.String()
}

// folderOf is the folder p is listed under, if it is one listed as a
// whole: one of the outputs, or themes/NAME/.
func folderOf(p string, outputs []string) string {
	for _, o := range outputs {
		if strings.HasPrefix(p, o) {
			return o
		}
	}
	if parts := strings.Split(p, "/"); parts[0] == "themes" && len(parts) > 2 {
		return path.Join(parts[0], parts[1]) + "/"
	}
	return ""
}

var durations = regexp.MustCompile(`\b\d+ ms\b`)

// stable replaces in out what changes from run to run: the case's folder,
// however the command spelt it, and durations.
func stable(out, dir string) []byte {
	if real, err := filepath.EvalSymlinks(dir); err == nil && real != dir {
		out = strings.ReplaceAll(out, real, "$DIR")
	}
	out = strings.ReplaceAll(out, dir, "$DIR")
	return []byte(durations.ReplaceAllString(out, "N ms"))
}

// rewriteCase writes the case back with its expected sections as got.
func rewriteCase(t *testing.T, file string, ar *txtar.Archive, got map[string][]byte) {
	var files []txtar.File
	for _, f := range ar.Files {
		if !expectation(f.Name) {
			files = append(files, f)
		}
	}
	for _, name := range []string{stdoutFile, stderrFile, exitFile, writtenFile} {
		files = append(files, txtar.File{Name: name, Data: got[name]})
	}
	ar.Files = files
	if err := os.WriteFile(file, txtar.Format(ar), 0o644); err != nil {
		t.Fatal(err)
	}
}
