package main

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/minhbach/minhbach/generator/diag"
)

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

func TestNewPageIsADraft(t *testing.T) {
	root := copySite(t)
	// 20:00 UTC on 31 May is 1 June in the site's zone, Asia/Ho_Chi_Minh.
	now = func() time.Time { return time.Date(2026, 5, 31, 20, 0, 0, 0, time.UTC) }
	defer func() { now = time.Now }()
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
