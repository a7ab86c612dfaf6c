package theme

import (
	"strings"
	"testing"
	"testing/fstest"
)

func site(files map[string]string) fstest.MapFS {
	fsys := fstest.MapFS{
		"themes/t/layouts/base.html": {Data: []byte(`<html lang="vi">{{template "main" .}}</html>`)},
		"themes/t/i18n/vi.toml":      {Data: []byte(`hello = "Xin chào"`)},
		"themes/t/assets/style.css":  {Data: []byte(`body{}`)},
	}
	for k, v := range files {
		fsys[k] = &fstest.MapFile{Data: []byte(v)}
	}
	return fsys
}

func TestRender(t *testing.T) {
	th, err := Load(site(map[string]string{"themes/t/layouts/home.html": `{{define "main"}}{{t "hello"}} {{asset "style.css"}} {{.}}{{end}}`}), "t", "/")
	if err != nil {
		t.Fatal(err)
	}
	out, err := th.Render("home", "<b>")
	if err != nil {
		t.Fatal(err)
	}
	want := `<html lang="vi">Xin chào /assets/style.` // then the hash
	if !strings.HasPrefix(string(out), want) || !strings.HasSuffix(string(out), ".css &lt;b&gt;</html>") {
		t.Errorf("got %s", out)
	}
}

func TestErrors(t *testing.T) {
	_, err := Load(site(map[string]string{"themes/t/layouts/home.html": "{{define \"main\"}}\n{{.X\n{{end}}"}), "t", "/")
	if err == nil || !strings.Contains(err.Error(), "themes/t/layouts/home.html:3:1: lỗi mẫu trang: lệnh {{…}} viết sai: gặp “{” không đúng chỗ") {
		t.Errorf("err = %v", err)
	}
	th, err := Load(site(map[string]string{"themes/t/layouts/home.html": `{{define "main"}}{{t "missing"}}{{end}}`}), "t", "/")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := th.Render("home", nil); err == nil || !strings.Contains(err.Error(), `"missing"`) {
		t.Errorf("an unknown string rendered: %v", err)
	}
	if _, err := Load(site(nil), "nope", "/"); err == nil {
		t.Error("a missing theme loaded")
	}
}
