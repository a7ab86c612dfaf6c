package browser

import (
	"bytes"
	"context"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/minhbach/minhbach/generator/publish"
	"github.com/minhbach/minhbach/generator/site"
)

// payloads each report to the console if they ever run; Check fails on
// any console error and on any request they would make.
var payloads = []string{
	`<script>console.error("xss-script")</script>`,
	`"><img src=x onerror=console.error("xss-img")>`,
	`'><svg onload=console.error("xss-svg")>`,
	`</script><script>console.error("xss-json")</script>`,
	`javascript:console.error("xss-url")`,
	`{{.}}{{template "base.html"}}`,
}

// TestScriptPayloads puts script in every kind of field staff fill in
// (config, programme text, indicator definitions, CSV cells, front matter
// and markdown) and visits every page of the result: none may run.
func TestScriptPayloads(t *testing.T) {
	tools := need(t, "chromium")
	root := t.TempDir()
	for _, dir := range []string{"seeds", "data", "content", "themes"} {
		if err := os.CopyFS(filepath.Join(root, dir), os.DirFS(filepath.Join("../..", dir))); err != nil {
			t.Fatal(err)
		}
	}
	plantPayloads(t, root)

	out, err := site.Build(os.DirFS(root), site.Options{})
	if err != nil {
		t.Fatal(err)
	}
	dir := filepath.Join(t.TempDir(), "public")
	if err := publish.Write(out.Files, dir, publish.Options{Site: root}); err != nil {
		t.Fatal(err)
	}
	carrying := 0
	for p, b := range out.Files {
		if !strings.HasSuffix(p, ".html") {
			continue
		}
		if bytes.Contains(b, []byte(`href="javascript:`)) {
			t.Errorf("%s carries a javascript: link", p)
		}
		if bytes.Contains(b, []byte("xss-script")) {
			carrying++
		}
	}
	if carrying < 60 {
		t.Fatalf("only %d pages carry the payloads; the test would prove nothing", carrying)
	}
	srv := Serve(dir, "/")
	defer srv.Close()
	pages := Pages(os.DirFS(dir), "https://minhbach.example.vn")
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	r, err := Check(ctx, tools["chromium"], srv.URL, pages, Options{Viewports: []Viewport{Phone}, Editions: editions(t)})
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range r.Findings {
		t.Error(f)
	}
	t.Logf("%d payloads in every field, %d of %d pages carrying them, %d charts drawn, none ran", len(payloads), carrying, r.Visits, r.Charts)
}

// plantPayloads writes every payload into every kind of field of the site
// copied to root.
func plantPayloads(t *testing.T, root string) {
	t.Helper()
	all := strings.Join(payloads, " ")
	edit := func(file string, f func(string) string) {
		t.Helper()
		p := filepath.Join(root, file)
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(f(string(b))), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	toml := strings.NewReplacer(`\`, `\\`, `"`, `\"`).Replace(all)
	csvCell := `"` + strings.ReplaceAll(all, `"`, `""`) + `"`
	cfg, _ := os.ReadFile("../../config.toml")
	os.WriteFile(filepath.Join(root, "config.toml"), cfg, 0o644)
	edit("config.toml", func(s string) string {
		s = strings.Replace(s, `title       = "`, `title       = "`+toml+` `, 1)
		return strings.Replace(s, `description = "`, `description = "`+toml+` `, 1)
	})
	edit("seeds/chuong-trinh-50-CTr-TU-soc-trang.txt", func(s string) string {
		return strings.Replace(s, "Thứ nhất, nâng cao nhận thức", "Thứ nhất, nâng cao nhận thức "+all, 1)
	})
	edit("data/indicators.toml", func(s string) string {
		return strings.Replace(s, `name = "`, `name = "`+toml+` `, 3)
	})
	edit("data/8.13.csv", func(s string) string {
		return s + "2025," + csvCell + ",50,minh họa,," + "," + csvCell + "\n"
	})
	edit("data/8.6.csv", func(s string) string {
		return s + "2026,9," + csvCell + ",https://example.vn/" + url.PathEscape(all) + ",," + csvCell + "\n"
	})
	edit("content/gioi-thieu.md", func(s string) string {
		s = strings.Replace(s, `title = "`, `title = "`+toml+` `, 1)
		s = strings.Replace(s, `summary = "`, `summary = "`+toml+` `, 1)
		return s + "\n\n" + all + "\n\n[liên kết](javascript:console.error(\"xss-link\")) <b onmouseover=console.error(1)>x</b>\n"
	})

}
