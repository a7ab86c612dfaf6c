package theme

import (
	"strings"
	"testing"
)

// TestCached holds a cached partial to what executing it gives: the
// same HTML for equal arguments, its own HTML for each unequal one (also
// when they print alike), and the asset names of the moment.
func TestCached(t *testing.T) {
	th, err := Load(site(map[string]string{
		"themes/t/layouts/partials/menu.html": `{{define "menu"}}[{{range .Nav}}{{if .On}}*{{end}}{{.Label}} {{end}}{{t "hello"}} {{with .Ptr}}{{.}}{{end}} {{asset "style.css"}}]{{end}}`,
		"themes/t/layouts/home.html":          `{{define "main"}}{{cached "menu" (dict "Nav" .Nav "Ptr" .Ptr)}}{{template "menu" (dict "Nav" .Nav "Ptr" .Ptr)}}{{end}}`,
	}), "t", "/")
	if err != nil {
		t.Fatal(err)
	}
	type link struct {
		Label string
		On    bool
	}
	one, two := "một", "hai"
	pages := []struct {
		Nav []link
		Ptr *string
	}{
		{[]link{{"A", true}, {"B", false}}, &one},
		{[]link{{"A", false}, {"B", true}}, &one},
		{[]link{{"A", true}, {"B", false}}, &one}, // as the first: from the cache
		{[]link{{"A", true}, {"B", false}}, &two}, // prints as the first but for the address
		{[]link{{"A <b>", true}}, nil},
	}
	check := func() {
		t.Helper()
		for i, p := range pages {
			out, err := th.Render("vi", "home", p)
			if err != nil {
				t.Fatal(err)
			}
			body := strings.TrimSuffix(strings.TrimPrefix(string(out), `<html lang="vi">`), "</html>")
			half := len(body) / 2
			if body[:half] != body[half:] {
				t.Errorf("page %d: cached %q, executed %q", i, body[:half], body[half:])
			}
		}
	}
	check()
	if n := th.partials["vi"].n; n != 4 {
		t.Errorf("%d arguments cached, want 4 (two pages pass equal ones)", n)
	}
	th.AddAsset("style.css", []byte("body{color:red}")) // another hashed name
	check()
}

func TestDict(t *testing.T) {
	for _, tt := range []struct {
		args []any
		err  string
	}{
		{[]any{"a", 1, "b"}, "từng cặp"},
		{[]any{1, "a"}, "phải là chuỗi"},
	} {
		if _, err := dict(tt.args...); err == nil || !strings.Contains(err.Error(), tt.err) {
			t.Errorf("dict(%v) = %v, want an error with %q", tt.args, err, tt.err)
		}
	}
	m, err := dict("a", 1, "b", "x")
	if err != nil || len(m) != 2 || m["a"] != 1 || m["b"] != "x" {
		t.Errorf("dict = %v, %v", m, err)
	}
}
