package theme

import (
	"fmt"
	"strings"
	"testing"
)

// TestLanguages: each i18n/LANG.toml is a language, merged down the chain
// key by key; layouts render in the language asked for, with t filling
// placeholders, and an asset's LANG variant found for that language.
func TestLanguages(t *testing.T) {
	th, err := Load(site(family(map[string]string{
		"themes/t/layouts/home.html":     `{{define "main"}}{{t "hello"}}|{{t "count" "n" 3}}|{{asset "search.json"}}{{end}}`,
		"themes/t/i18n/vi.toml":          "hello = \"Xin chào\"\nbye = \"Tạm biệt\"\ncount = \"{n} kết quả\"\n",
		"themes/t/i18n/en.toml":          "hello = \"Hello\"\nbye = \"Goodbye\"\ncount = \"{n} results\"\n",
		"themes/t/assets/search.json":    "[]",
		"themes/t/assets/search.en.json": "[1]",
		"themes/tinh/theme.toml":         `extends = "t"`,
		"themes/tinh/i18n/en.toml":       `bye = "See you"`,
	})), "tinh", "/")
	if err != nil {
		t.Fatal(err)
	}
	if got := strings.Join(th.Languages(), " "); got != "vi en" {
		t.Errorf("languages %q, want vi en", got)
	}
	tests := []struct{ lang, want string }{
		{"vi", "Xin chào|3 kết quả|/assets/search."},
		{"en", "Hello|3 results|/assets/search.en."},
	}
	for _, tt := range tests {
		out, err := th.Render(tt.lang, "home", nil)
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(string(out), tt.want) {
			t.Errorf("%s: rendered %q, want %q", tt.lang, out, tt.want)
		}
	}
	en := th.Words("en")
	for _, tt := range []struct{ got, want string }{
		{en.T("bye"), "See you"},
		{en.T("count", "n", 7), "7 results"},
		{en.T("count"), "{n} results"},
		{en.T("missing"), "[missing]"},
		{th.Words("fr").T("hello"), "Xin chào"},
		{th.Words("fr").Lang, "vi"},
	} {
		if tt.got != tt.want {
			t.Errorf("got %q, want %q", tt.got, tt.want)
		}
	}
}

// TestMissingStringNamesItsFile: a key a layout asks for and the page's
// language lacks stops the build, naming that language's file.
func TestMissingStringNamesItsFile(t *testing.T) {
	th, err := Load(site(family(map[string]string{
		"themes/t/layouts/home.html": `{{define "main"}}{{t "hello"}}{{end}}`,
		"themes/t/i18n/en.toml":      "bye = \"Goodbye\"\n",
	})), "t", "/")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := th.Render("en", "home", nil); err == nil || !strings.Contains(err.Error(), "i18n/en.toml") {
		t.Errorf("error %v, want one naming i18n/en.toml", err)
	}
}

// fillByReplacer is what fill means: every {name} replaced at once.
func fillByReplacer(s string, args []any) string {
	if len(args) == 0 || !strings.Contains(s, "{") {
		return s
	}
	pairs := make([]string, 0, len(args))
	for i := 0; i+1 < len(args); i += 2 {
		pairs = append(pairs, "{"+fmt.Sprint(args[i])+"}", fmt.Sprint(args[i+1]))
	}
	return strings.NewReplacer(pairs...).Replace(s)
}

func TestFill(t *testing.T) {
	args := []any{"n", 8, "name", "Giảm nghèo", "x", 2.5}
	for _, s := range []string{"", "Chỉ tiêu {n}: {name}", "{n}{n}{x}", "{{n}}", "{nope} {n", "}{n}{", "{", "{name", "a {n} b {missing} c {x}"} {
		if got, want := fill(s, args), fillByReplacer(s, args); got != want {
			t.Errorf("fill(%q) = %q, want %q", s, got, want)
		}
	}
}

func FuzzFill(f *testing.F) {
	f.Add("Chỉ tiêu {n}: {name}", "n", "name")
	f.Add("{{n}}{", "n", "n")
	f.Fuzz(func(t *testing.T, s, k1, k2 string) {
		args := []any{k1, 7, k2, "giá trị"}
		if got, want := fill(s, args), fillByReplacer(s, args); got != want {
			t.Fatalf("fill(%q, %q) = %q, want %q", s, args, got, want)
		}
	})
}
