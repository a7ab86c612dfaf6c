package tomlfile

import (
	"strings"
	"testing"
)

type page struct {
	Title string
	Site  struct{ Name string }
	Items []struct{ Code string }
}

func TestDecode(t *testing.T) {
	tests := []struct {
		name, src string
		first     int
		want      string // substring of the error; "" means no error
	}{
		{"ok", "title = 'a'\n[site]\nname = 'b'\n", 1, ""},
		{"unknown top key", "title = 'a'\ntilte = 'b'\n", 1, `f.toml:2:1: khoá "tilte"`},
		{"unknown table key", "[site]\nname = 'b'\nnmae = 'c'\n", 1, `f.toml:3:1: khoá "site.nmae"`},
		{"unknown in array table", "[[items]]\ncode = '1'\n[[items]]\ncdoe = '2'\n", 1, `f.toml:4:1: khoá "items.cdoe"`},
		{"offset for front matter", "title = 'a'\nx = 1\n", 5, `f.toml:6:1:`},
		{"syntax error", "title = 'a\n", 1, "f.toml:1:"},
		{"type error", "title = 3\n", 1, "f.toml:"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var p page
			err := Decode("f.toml", []byte(tt.src), tt.first, &p)
			switch {
			case tt.want == "" && err != nil:
				t.Fatalf("unexpected error: %v", err)
			case tt.want != "" && err == nil:
				t.Fatalf("no error, want %q", tt.want)
			case tt.want != "" && !strings.Contains(err.Error(), tt.want):
				t.Fatalf("error %q does not contain %q", err, tt.want)
			}
		})
	}
}
