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
	out, err := th.Render("vi", "home", "<b>")
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
	if _, err := th.Render("vi", "home", nil); err == nil || !strings.Contains(err.Error(), `"missing"`) {
		t.Errorf("an unknown string rendered: %v", err)
	}
	if _, err := Load(site(nil), "nope", "/"); err == nil {
		t.Error("a missing theme loaded")
	}
}

func TestAbbreviations(t *testing.T) {
	th, err := Load(site(map[string]string{"themes/t/" + AbbreviationsFile: "bhyt = \"bảo hiểm  y tế\"\nbhxh = \"bảo hiểm xã hội\"\n"}), "t", "/")
	if err != nil {
		t.Fatal(err)
	}
	want := []Abbreviation{{"bhxh", "bảo hiểm xã hội"}, {"bhyt", "bảo hiểm y tế"}}
	if len(th.Abbreviations) != 2 || th.Abbreviations[0] != want[0] || th.Abbreviations[1] != want[1] {
		t.Errorf("got %v, want %v", th.Abbreviations, want)
	}
	if th, err := Load(site(nil), "t", "/"); err != nil || th.Abbreviations != nil {
		t.Errorf("without the file: %v, %v", th.Abbreviations, err)
	}
	for _, c := range []struct{ src, want string }{
		{"BHYT = \"bảo hiểm y tế\"", "i18n/vi-abbreviations.toml:1:1: chữ viết tắt \"BHYT\" phải viết liền, thường, không dấu"},
		{"# x\n\"bh-yt\" = \"bảo hiểm y tế\"", ":2:1: chữ viết tắt \"bh-yt\""},
		{"bhyt = \"bảo\"", ":1:1: chữ viết tắt \"bhyt\" cần nghĩa đầy đủ gồm ít nhất hai chữ"},
		{"bhyt = 3", "i18n/vi-abbreviations.toml"},
	} {
		_, err := Load(site(map[string]string{"themes/t/" + AbbreviationsFile: c.src}), "t", "/")
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%q: err = %v, want %q", c.src, err, c.want)
		}
	}
}

func TestRenderDocument(t *testing.T) {
	th, err := Load(site(map[string]string{
		"themes/t/layouts/home.html":  `{{define "main"}}trang{{end}}`,
		"themes/t/layouts/embed.html": `{{define "document"}}<html lang="vi"><body>{{.}}</body></html>{{end}}`,
	}), "t", "/")
	if err != nil {
		t.Fatal(err)
	}
	for kind, want := range map[string]string{"home": `<html lang="vi">trang</html>`, "embed": `<html lang="vi"><body>x</body></html>`} {
		out, err := th.Render("vi", kind, "x")
		if err != nil || string(out) != want {
			t.Errorf("%s: %q, %v; want %q", kind, out, err, want)
		}
	}
}

// FuzzAbbreviations reads any text as the abbreviations file: it never
// panics, and what it accepts is what people can type.
func FuzzAbbreviations(f *testing.F) {
	f.Add("bhyt = \"bảo hiểm y tế\"\nbhxh = \"bảo hiểm xã hội\"\n")
	f.Add("BHYT = \"x y\"")
	f.Add("[a]\nb = 1")
	f.Fuzz(func(t *testing.T, src string) {
		th, err := Load(site(map[string]string{"themes/t/" + AbbreviationsFile: src}), "t", "/")
		if err != nil {
			return
		}
		for _, a := range th.Abbreviations {
			if a.Short == "" || strings.Trim(a.Short, "abcdefghijklmnopqrstuvwxyz0123456789") != "" || len(strings.Fields(a.Long)) < 2 {
				t.Errorf("accepted %+v", a)
			}
		}
	})
}
