package main

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/minhbach/minhbach/generator/diag"
)

// lines counts the lines of a file, so a case can say where its mistake
// lands when appended.
func lines(t *testing.T, path string) int {
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return bytes.Count(b, []byte("\n"))
}

func appendTo(t *testing.T, path, text string) {
	f, err := os.OpenFile(path, os.O_APPEND|os.O_WRONLY, 0)
	if err != nil {
		t.Fatal(err)
	}
	f.WriteString(text)
	f.Close()
}

func replaceIn(t *testing.T, path, old, new string) {
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Contains(b, []byte(old)) {
		t.Fatalf("%s has no %q", path, old)
	}
	os.WriteFile(path, bytes.Replace(b, []byte(old), []byte(new), 1), 0o644)
}

// TestCheckFindsEachKindOfMistake breaks the demo site in one way at a
// time; check must exit 1 and name the file and line of the mistake.
func TestCheckFindsEachKindOfMistake(t *testing.T) {
	type breaker func(t *testing.T, root string) string // returns the expected "file:line"
	cases := map[string]breaker{
		"bad TOML in config": func(t *testing.T, root string) string {
			p := filepath.Join(root, "config.toml")
			n := lines(t, p)
			appendTo(t, p, "publisher = \"không đóng ngoặc\n")
			return fmt.Sprintf("config.toml:%d:", n+1)
		},
		"unknown front matter key": func(t *testing.T, root string) string {
			replaceIn(t, filepath.Join(root, "content/gioi-thieu.md"), "weight = 2\n", "weight = 2\ntieu_de = \"x\"\n")
			return "content/gioi-thieu.md:5:1: khoá \"tieu_de\""
		},
		"front matter syntax": func(t *testing.T, root string) string {
			replaceIn(t, filepath.Join(root, "content/gioi-thieu.md"), "weight = 2\n", "weight = hai\n")
			return "content/gioi-thieu.md:4:"
		},
		"quote not in the programme": func(t *testing.T, root string) string {
			replaceIn(t, filepath.Join(root, "data/indicators.toml"), `quote      = "Tỷ lệ thất nghiệp chung dưới 3%"`, `quote      = "Tỷ lệ thất nghiệp dưới 3%"`)
			return "data/indicators.toml:"
		},
		"unknown key in indicators.toml": func(t *testing.T, root string) string {
			p := filepath.Join(root, "data/indicators.toml")
			n := lines(t, p)
			appendTo(t, p, "valeu = 3\n")
			return fmt.Sprintf("data/indicators.toml:%d:1: khoá \"indicator.valeu\"", n+1)
		},
		"bad CSV number": func(t *testing.T, root string) string {
			p := filepath.Join(root, "data/8.6.csv")
			n := lines(t, p)
			appendTo(t, p, "2026,chín,minh họa,,,\n")
			return fmt.Sprintf("data/8.6.csv:%d:6: giá trị \"chín\"", n+1)
		},
		"duplicate year": func(t *testing.T, root string) string {
			p := filepath.Join(root, "data/8.6.csv")
			n := lines(t, p)
			appendTo(t, p, "2025,9.4,minh họa,,,\n")
			return fmt.Sprintf("data/8.6.csv:%d:1: năm 2025 đã có", n+1)
		},
		"year out of range": func(t *testing.T, root string) string {
			p := filepath.Join(root, "data/8.6.csv")
			n := lines(t, p)
			appendTo(t, p, "2205,9.4,minh họa,,,\n")
			return fmt.Sprintf("data/8.6.csv:%d:1: năm 2205 nằm ngoài", n+1)
		},
		"indicator without a CSV": func(t *testing.T, root string) string {
			os.Remove(filepath.Join(root, "data/8.6.csv"))
			return "data/8.6.csv: chỉ số 8.6 chưa có tệp số liệu"
		},
		"CSV of no indicator": func(t *testing.T, root string) string {
			os.WriteFile(filepath.Join(root, "data/8.99.csv"), []byte("year,value\n"), 0o644)
			return "data/8.99.csv: không có chỉ số \"8.99\""
		},
		"unknown chart code": func(t *testing.T, root string) string {
			p := filepath.Join(root, "content/gioi-thieu.md")
			n := lines(t, p)
			appendTo(t, p, "\n{{< chart \"8.60\" >}}\n")
			return fmt.Sprintf("content/gioi-thieu.md:%d:1: không có chỉ số \"8.60\"", n+2)
		},
		"broken internal link": func(t *testing.T, root string) string {
			p := filepath.Join(root, "content/gioi-thieu.md")
			n := lines(t, p)
			appendTo(t, p, "\nXem [chỉ tiêu 12](/chi-tieu/12/).\n")
			return fmt.Sprintf("content/gioi-thieu.md:%d:5: liên kết /chi-tieu/12/", n+2)
		},
		"image without alt text": func(t *testing.T, root string) string {
			os.WriteFile(filepath.Join(root, "content/anh.svg"), []byte(`<svg xmlns="http://www.w3.org/2000/svg"/>`), 0o644)
			p := filepath.Join(root, "content/gioi-thieu.md")
			n := lines(t, p)
			appendTo(t, p, "\n![](/anh.svg)\n")
			return fmt.Sprintf("content/gioi-thieu.md:%d:1: ảnh /anh.svg thiếu mô tả", n+2)
		},
		"image from another host": func(t *testing.T, root string) string {
			p := filepath.Join(root, "content/gioi-thieu.md")
			n := lines(t, p)
			appendTo(t, p, "\n![Bản đồ](https://maps.example.com/a.png)\n")
			return fmt.Sprintf("content/gioi-thieu.md:%d:1: ảnh https://maps.example.com/a.png lấy từ máy chủ khác", n+2)
		},
		"broken template": func(t *testing.T, root string) string {
			replaceIn(t, filepath.Join(root, "themes/default/layouts/page.html"), "{{.Body}}", "{{.Body}")
			return "themes/default/layouts/page.html:"
		},
	}
	for name, breakIt := range cases {
		t.Run(name, func(t *testing.T) {
			root := copySite(t)
			want := breakIt(t, root)
			var stdout, stderr bytes.Buffer
			err := run([]string{"check", "-config", filepath.Join(root, "config.toml")}, &stdout, &stderr)
			if !errors.As(err, new(reported)) && !strings.Contains(fmt.Sprint(err), "config.toml") {
				t.Fatalf("check returned %v, want problems reported (exit 1)\n%s", err, stdout.String())
			}
			if !strings.Contains(stdout.String(), want) {
				t.Errorf("no problem naming %q in:\n%s", want, stdout.String())
			}
			if _, err := os.Stat(filepath.Join(root, "public")); err == nil {
				t.Error("check wrote public/")
			}
		})
	}
}

func TestCheckGitHubFormat(t *testing.T) {
	root := copySite(t)
	appendTo(t, filepath.Join(root, "data/8.6.csv"), "2026,x,minh họa,,,\n")
	var stdout, stderr bytes.Buffer
	run([]string{"check", "-config", filepath.Join(root, "config.toml"), "-format", "github"}, &stdout, &stderr)
	if !strings.HasPrefix(stdout.String(), "::error file=data/8.6.csv,line=") || !strings.Contains(stdout.String(), ",col=6::giá trị \"x\"") {
		t.Errorf("got %s", stdout.String())
	}
}

func TestGitHubAnnotation(t *testing.T) {
	tests := []struct {
		p    diag.Problem
		want string
	}{
		{diag.Problem{File: "data/8.6.csv", Line: 4, Col: 6, Msg: "giá trị \"x\""}, "::error file=data/8.6.csv,line=4,col=6::giá trị \"x\""},
		{diag.Problem{File: "config.toml", Msg: "thiếu title"}, "::error file=config.toml::thiếu title"},
		{diag.Problem{File: "content/tin-tuc/a.md", Line: 3, Col: 1, Msg: "chưa đăng", Severity: diag.Warning}, "::warning file=content/tin-tuc/a.md,line=3,col=1::chưa đăng"},
		{diag.Problem{File: "a,b:c.md", Line: 1, Msg: "100% đúng\ndòng hai"}, "::error file=a%2Cb%3Ac.md,line=1::100%25 đúng%0Adòng hai"},
	}
	for _, tt := range tests {
		if got := githubAnnotation(tt.p); got != tt.want {
			t.Errorf("got  %s\nwant %s", got, tt.want)
		}
	}
}

// TestBuildWarnsOfPageHeldBack: a page dated after today is not published
// and build says so, at the page's date.
func TestBuildWarnsOfPageHeldBack(t *testing.T) {
	root := copySiteWithoutCharts(t)
	page := "+++\ntitle = \"Năm 2999\"\ndate = 2999-01-01\n+++\nChưa đến ngày.\n"
	os.WriteFile(filepath.Join(root, "content/tin-tuc/nam-2999.md"), []byte(page), 0o644)
	var stdout, stderr bytes.Buffer
	if err := run([]string{"build", "-config", filepath.Join(root, "config.toml")}, &stdout, &stderr); err != nil {
		t.Fatal(err)
	}
	if want := "content/tin-tuc/nam-2999.md:3:1: cảnh báo: trang ghi ngày 1/1/2999, sau hôm nay"; !strings.Contains(stderr.String(), want) {
		t.Errorf("no %q in:\n%s", want, stderr.String())
	}
	if _, err := os.Stat(filepath.Join(root, "public/tin-tuc/nam-2999/index.html")); err == nil {
		t.Error("a page dated 2999 was published")
	}
}

// TestCheckAnnotatesWarnings: check -format github writes warnings as
// ::warning annotations at their file and line, and exits 0.
func TestCheckAnnotatesWarnings(t *testing.T) {
	root := copySiteWithoutCharts(t)
	page := "+++\ntitle = \"Năm 2999\"\ndate = 2999-01-01\n+++\nChưa đến ngày.\n"
	os.WriteFile(filepath.Join(root, "content/tin-tuc/nam-2999.md"), []byte(page), 0o644)
	var stdout, stderr bytes.Buffer
	if err := run([]string{"check", "-config", filepath.Join(root, "config.toml"), "-format", "github"}, &stdout, &stderr); err != nil {
		t.Fatalf("a warning failed check: %v", err)
	}
	if want := "::warning file=content/tin-tuc/nam-2999.md,line=3,col=1::trang ghi ngày 1/1/2999"; !strings.HasPrefix(stdout.String(), want) {
		t.Errorf("want %q first in:\n%s", want, stdout.String())
	}
}

func TestNewPageIsADraft(t *testing.T) {
	root := copySite(t)
	// 20:00 UTC on 31 May is 1 June in the site's zone, Asia/Ho_Chi_Minh.
	today = func() time.Time { return time.Date(2026, 5, 31, 20, 0, 0, 0, time.UTC) }
	defer func() { today = time.Now }()
	cfg := filepath.Join(root, "config.toml")
	var stdout, stderr bytes.Buffer
	if err := run([]string{"new", "-config", cfg, "tin-tuc/hop-bao-ket-qua-6-thang.md"}, &stdout, &stderr); err != nil {
		t.Fatal(err)
	}
	page := filepath.Join(root, "content/tin-tuc/hop-bao-ket-qua-6-thang.md")
	src, _ := os.ReadFile(page)
	for _, want := range []string{`title = "Hop bao ket qua 6 thang"`, "date = 2026-06-01", "draft = true", `{{< chart "8.6" >}}`} {
		if !strings.Contains(string(src), want) {
			t.Errorf("new page lacks %q:\n%s", want, src)
		}
	}
	if err := run([]string{"new", "-config", cfg, "tin-tuc/hop-bao-ket-qua-6-thang.md"}, &stdout, &stderr); err == nil || !strings.Contains(err.Error(), "không ghi đè") {
		t.Errorf("a second new overwrote or said %v", err)
	}
	for _, bad := range []string{"tin-tuc/Họp báo.md", "../x.md", "a/b/c.md", "tin-tuc/x.txt"} {
		var u usageError
		if err := run([]string{"new", "-config", cfg, bad}, &stdout, &stderr); !errors.As(err, &u) {
			t.Errorf("new %q: %v, want a usage error", bad, err)
		}
	}
	out := filepath.Join(root, "public", "tin-tuc", "hop-bao-ket-qua-6-thang", "index.html")
	if err := run([]string{"build", "-config", cfg}, &stdout, &stderr); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(out); err == nil {
		t.Error("a plain build published the draft")
	}
	if err := run([]string{"build", "-config", cfg, "-drafts"}, &stdout, &stderr); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(out); err != nil {
		t.Error("build -drafts did not render the draft")
	}
}
