package theme

import (
	"io/fs"
	"strings"
	"testing"
)

// parent is theme t of site(), with a home layout and two strings.
func family(files map[string]string) map[string]string {
	all := map[string]string{
		"themes/t/layouts/home.html": `{{define "main"}}{{t "hello"}}|{{t "bye"}}|{{asset "style.css"}}{{end}}`,
		"themes/t/i18n/vi.toml":      "hello = \"Xin chào\"\nbye = \"Tạm biệt\"\n",
	}
	for k, v := range files {
		all[k] = v
	}
	return all
}

// TestExtends builds a province's theme that changes only its style sheet
// and one string: everything else comes from the theme it extends.
func TestExtends(t *testing.T) {
	th, err := Load(site(family(map[string]string{
		"themes/tinh/theme.toml":       `extends = "t"`,
		"themes/tinh/assets/style.css": `body{color:navy}`,
		"themes/tinh/i18n/vi.toml":     `bye = "Hẹn gặp lại"`,
	})), "tinh", "/")
	if err != nil {
		t.Fatal(err)
	}
	out, err := th.Render("vi", "home", nil)
	if err != nil {
		t.Fatal(err)
	}
	if got := string(out); !strings.HasPrefix(got, `<html lang="vi">Xin chào|Hẹn gặp lại|/assets/style.`) {
		t.Errorf("rendered %q", got)
	}
	if string(th.Assets["style.css"].Data) != "body{color:navy}" {
		t.Errorf("style.css is %q, want the province's", th.Assets["style.css"].Data)
	}
	if f := th.LayoutFile("home"); f != "themes/t/layouts/home.html" {
		t.Errorf("LayoutFile(home) = %s", f)
	}
	files, err := Files(site(family(map[string]string{"themes/tinh/theme.toml": `extends = "t"`, "themes/tinh/layouts/home.html": "x"})), "tinh")
	if err != nil {
		t.Fatal(err)
	}
	if b, _ := fs.ReadFile(files, "layouts/home.html"); string(b) != "x" {
		t.Errorf("the province's home.html is not the one read: %q", b)
	}
	if b, _ := fs.ReadFile(files, "layouts/base.html"); !strings.Contains(string(b), "template") {
		t.Errorf("base.html does not come from the parent: %q", b)
	}
	entries, _ := fs.ReadDir(files, "layouts")
	if len(entries) != 2 {
		t.Errorf("layouts lists %d files, want 2 (base.html from the parent, home.html)", len(entries))
	}
}

// TestExtendsProblems: each mistake in a chain of themes is a problem at
// the file that makes it.
func TestExtendsProblems(t *testing.T) {
	for _, tc := range []struct {
		name  string
		files map[string]string
		want  string
	}{
		{"unknown parent", map[string]string{"themes/tinh/theme.toml": "# tỉnh\nextends = \"mac-dinh\"\n"},
			"themes/tinh/theme.toml:2:1: không có giao diện mac-dinh để kế thừa"},
		{"loop", map[string]string{"themes/tinh/theme.toml": `extends = "huyen"`, "themes/huyen/theme.toml": `extends = "tinh"`, "themes/huyen/i18n/vi.toml": ""},
			"các giao diện kế thừa nhau thành vòng (themes/tinh → themes/huyen → themes/tinh)"},
		{"misspelt key", map[string]string{"themes/tinh/theme.toml": `extend = "t"`},
			"themes/tinh/theme.toml:1"},
		{"bad string file", map[string]string{"themes/tinh/theme.toml": `extends = "t"`, "themes/tinh/i18n/vi.toml": `bye = "chưa đóng`},
			"themes/tinh/i18n/vi.toml:1"},
		{"parent's layout", map[string]string{"themes/tinh/theme.toml": `extends = "t"`, "themes/t/layouts/home.html": `{{define "main"}}{{.X}`},
			"themes/t/layouts/home.html:1"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Load(site(family(tc.files)), "tinh", "/")
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("Load: %v, want a problem containing %q", err, tc.want)
			}
		})
	}
}
