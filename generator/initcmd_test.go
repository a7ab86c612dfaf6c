package main

import (
	"bytes"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/minhbach/minhbach/generator/programme"
	"github.com/minhbach/minhbach/generator/site"
	"github.com/minhbach/minhbach/generator/textfile"
)

// fixToday dates what init and new date by the clock, for the test.
func fixToday(t *testing.T) {
	t.Helper()
	old := now
	now = func() time.Time { return time.Date(2026, 3, 1, 12, 0, 0, 0, time.UTC) }
	t.Cleanup(func() { now = old })
}

// TestInitBuilds makes a site from each corpus document and the seed, in an
// empty folder, and builds it: no errors, and the home page has a card for
// every target of the document.
func init() { defaultThemeDir = filepath.Join("..", "themes", "default") }

func TestInitBuilds(t *testing.T) {
	fixToday(t)
	texts, _ := filepath.Glob("programme/testdata/corpus/*.txt")
	texts = append(texts, seedFile)
	if len(texts) != 11 {
		t.Fatalf("%d texts, want the ten of the corpus and the seed", len(texts))
	}
	for _, text := range texts {
		t.Run(filepath.Base(text), func(t *testing.T) {
			root := filepath.Join(t.TempDir(), "trang-moi")
			var stdout, stderr bytes.Buffer
			if err := run([]string{"init", "-config", filepath.Join(root, "config.toml"), text}, &stdout, &stderr); err != nil {
				t.Fatalf("init: %v\n%s", err, stderr.String())
			}
			out, err := site.Build(os.DirFS(root), site.Options{})
			if err != nil {
				t.Fatalf("the new site does not build:\n%v", err)
			}
			home := string(out.Files["index.html"])
			p := parse(t, text)
			for _, target := range p.Targets {
				if !strings.Contains(home, `href="/chi-tieu/`+strconv.Itoa(target.Number)+`/"`) {
					t.Errorf("the home page has no card for target %d", target.Number)
				}
			}
			if heading := `id="chi-tieu">` + strconv.Itoa(len(p.Targets)) + " chỉ tiêu"; !strings.Contains(home, heading) {
				t.Errorf("the home page does not count the document's %d targets", len(p.Targets))
			}
			if !strings.Contains(stdout.String(), "Cần kiểm tra") || !strings.Contains(stdout.String(), "base_url") {
				t.Errorf("init does not say what to check:\n%s", stdout.String())
			}
		})
	}
}

func parse(t *testing.T, file string) *programme.Programme {
	t.Helper()
	src, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	if src, err = textfile.Decode(file, src); err != nil {
		t.Fatal(err)
	}
	return programme.Parse(file, src)
}

// TestInitFiles checks what init writes for the seed: the text copied
// byte for byte, the config's dates from the document, a CSV per
// indicator, and the theme as committed.
func TestInitFiles(t *testing.T) {
	fixToday(t)
	root := t.TempDir()
	var stdout, stderr bytes.Buffer
	if err := run([]string{"init", "-config", filepath.Join(root, "config.toml"), seedFile}, &stdout, &stderr); err != nil {
		t.Fatalf("%v\n%s", err, stderr.String())
	}
	read := func(name string) string {
		t.Helper()
		b, err := os.ReadFile(filepath.Join(root, filepath.FromSlash(name)))
		if err != nil {
			t.Fatal(err)
		}
		return string(b)
	}
	seed, _ := os.ReadFile(seedFile)
	if read("seeds/chuong-trinh-50-CTr-TU-soc-trang.txt") != string(seed) {
		t.Error("the text was not copied byte for byte")
	}
	cfg := read("config.toml")
	for _, want := range []string{
		`programme   = "seeds/chuong-trinh-50-CTr-TU-soc-trang.txt"`,
		`title       = "Tiếp tục đổi mới, nâng cao chất lượng chính sách xã hội"`,
		`publisher   = "Tỉnh ủy Sóc Trăng"`,
		"report_date = 2024-05-04", // the issuing date, not the clock's 2026-03-01
		"base   = 2024", "target = 2030", "vision = 2045",
	} {
		if !strings.Contains(cfg, want) {
			t.Errorf("config.toml lacks %q:\n%s", want, cfg)
		}
	}
	if got := read("data/8.6.csv"); got != "year,value,source,source_url,status,note,updated\n" {
		t.Errorf("data/8.6.csv = %q", got)
	}
	if strings.Count(read("data/indicators.toml"), "[[indicator]]") != 39 {
		t.Error("data/indicators.toml does not have the seed's 39 indicators")
	}
	for _, name := range []string{"themes/default/layouts/home.html", "themes/default/assets/echarts.js", "themes/default/i18n/vi.toml"} {
		committed, _ := os.ReadFile(filepath.Join("..", filepath.FromSlash(name)))
		if read(name) != string(committed) {
			t.Errorf("%s differs from the committed theme", name)
		}
	}
	if _, err := os.Stat(filepath.Join(root, "themes/default/chartjs")); err == nil {
		t.Error("the maintainers' chart source was written into the new site")
	}
}

// TestInitRefusesToOverwrite runs init where a site file is already there:
// it names the file, exits 1 and writes nothing at all.
func TestInitRefusesToOverwrite(t *testing.T) {
	fixToday(t)
	root := t.TempDir()
	os.MkdirAll(filepath.Join(root, "content"), 0o755)
	os.WriteFile(filepath.Join(root, "content", "gioi-thieu.md"), []byte("+++\ntitle = \"Của tôi\"\n+++\n"), 0o644)
	before := snapshot(t, root)
	var stdout, stderr bytes.Buffer
	err := run([]string{"init", "-config", filepath.Join(root, "config.toml"), seedFile}, &stdout, &stderr)
	if err == nil || exitCode(err) != 1 {
		t.Fatalf("init over an existing page: %v (exit %d)", err, exitCode(err))
	}
	if !strings.Contains(err.Error(), "content/gioi-thieu.md: tệp đã có") {
		t.Errorf("the error does not name the file: %v", err)
	}
	if after := snapshot(t, root); len(after) != len(before) {
		t.Errorf("init wrote %d files though it refused", len(after)-len(before))
	}
}

// TestInitInCopyOfRepository: in a copy of this repository whose site files
// were moved away, init keeps the theme and .gitignore it finds, and uses
// the text where it is, under seeds/.
func TestInitInCopyOfRepository(t *testing.T) {
	fixToday(t)
	root := t.TempDir()
	if err := os.CopyFS(filepath.Join(root, "themes"), os.DirFS("../themes")); err != nil {
		t.Fatal(err)
	}
	style := filepath.Join(root, "themes/default/assets/style.css")
	os.WriteFile(style, []byte("body { color: navy }\n"), 0o644) // the province's own look
	os.WriteFile(filepath.Join(root, ".gitignore"), []byte("/public/\n*.bak\n"), 0o644)
	os.MkdirAll(filepath.Join(root, "seeds"), 0o755)
	seed, _ := os.ReadFile(seedFile)
	text := filepath.Join(root, "seeds", "ct.txt")
	os.WriteFile(text, seed, 0o644)

	var stdout, stderr bytes.Buffer
	if err := run([]string{"init", "-config", filepath.Join(root, "config.toml"), text}, &stdout, &stderr); err != nil {
		t.Fatalf("%v\n%s", err, stderr.String())
	}
	if b, _ := os.ReadFile(style); string(b) != "body { color: navy }\n" {
		t.Error("init overwrote the theme already there")
	}
	if b, _ := os.ReadFile(filepath.Join(root, ".gitignore")); string(b) != "/public/\n*.bak\n" {
		t.Error("init overwrote .gitignore")
	}
	cfg, _ := os.ReadFile(filepath.Join(root, "config.toml"))
	if !strings.Contains(string(cfg), `programme   = "seeds/ct.txt"`) {
		t.Errorf("config.toml does not name the text where it is:\n%s", cfg)
	}
	if _, err := site.Build(os.DirFS(root), site.Options{}); err != nil {
		t.Errorf("the site does not build: %v", err)
	}
}

func TestInitUsage(t *testing.T) {
	for _, args := range [][]string{{"init"}, {"init", "a.txt", "b.txt"}} {
		err := run(args, io.Discard, io.Discard)
		if exitCode(err) != 2 {
			t.Errorf("run(%q) = %v, want a usage error", args, err)
		}
	}
	var stdout bytes.Buffer
	if err := run([]string{"init", "-h"}, &stdout, io.Discard); err != nil || !strings.Contains(stdout.String(), "Không ghi đè tệp nào") {
		t.Errorf("init -h: %v\n%s", err, stdout.String())
	}
}

// TestInitNeedsTheTheme: run outside a minhbach folder, init says where to
// run it instead of writing a site without a theme.
func TestInitNeedsTheTheme(t *testing.T) {
	saved := defaultThemeDir
	defer func() { defaultThemeDir = saved }()
	defaultThemeDir = filepath.Join(t.TempDir(), "themes", "default")
	root := t.TempDir()
	var stdout, stderr bytes.Buffer
	err := run([]string{"init", "-config", filepath.Join(root, "config.toml"), "../seeds/chuong-trinh-50-CTr-TU-soc-trang.txt"}, &stdout, &stderr)
	if err == nil || !strings.Contains(err.Error(), "hãy chạy lệnh trong thư mục minhbach") {
		t.Fatalf("init without a theme: %v", err)
	}
	if entries, _ := os.ReadDir(root); len(entries) > 0 {
		t.Errorf("init wrote %d files without a theme", len(entries))
	}
}
