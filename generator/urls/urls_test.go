package urls

import "testing"

func TestHref(t *testing.T) {
	for _, tc := range []struct {
		base Base
		in   string
		want string
	}{
		{"/", "/chi-tieu/8/", "/chi-tieu/8/"},
		{"", "/chi-tieu/8/", "/chi-tieu/8/"},
		{"/minhbach/", "/", "/minhbach/"},
		{"/minhbach/", "/chi-tieu/8/#chi-so-8-6", "/minhbach/chi-tieu/8/#chi-so-8-6"},
		{"/minhbach/", "/assets/style.1a2b3c4d.css", "/minhbach/assets/style.1a2b3c4d.css"},
		{"/minhbach/", "#noi-dung", "#noi-dung"},
		{"/minhbach/", "../tin-mot/", "../tin-mot/"},
		{"/minhbach/", "https://gso.gov.vn/", "https://gso.gov.vn/"},
		{"/minhbach/", "//cdn.example/x.js", "//cdn.example/x.js"},
		{"/minhbach/", "mailto:a@b.vn", "mailto:a@b.vn"},
	} {
		if got := tc.base.Href(tc.in); got != tc.want {
			t.Errorf("%q.Href(%q) = %q, want %q", tc.base, tc.in, got, tc.want)
		}
	}
}

func TestSite(t *testing.T) {
	for _, tc := range []struct {
		base Base
		in   string
		want string
		ok   bool
	}{
		{"/minhbach/", "/minhbach/chi-tieu/8/", "/chi-tieu/8/", true},
		{"/minhbach/", "/minhbach/", "/", true},
		{"/minhbach/", "/minhbach", "/", true},
		{"/minhbach/", "/chi-tieu/8/", "", false},
		{"/", "/chi-tieu/8/", "/chi-tieu/8/", true},
		{"/minhbach/", "https://x/", "", false},
	} {
		got, ok := tc.base.Site(tc.in)
		if got != tc.want || ok != tc.ok {
			t.Errorf("%q.Site(%q) = %q, %v; want %q, %v", tc.base, tc.in, got, ok, tc.want, tc.ok)
		}
	}
}
