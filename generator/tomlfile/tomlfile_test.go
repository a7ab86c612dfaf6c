package tomlfile

import (
	"strings"
	"testing"
	"time"
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

func TestKeyLine(t *testing.T) {
	src := []byte("title = 'a'\ntime_zone = 'UTC' # giờ\n[years]\nbase = 2024\n")
	tests := []struct {
		key  []string
		want int
	}{
		{[]string{"title"}, 1},
		{[]string{"time_zone"}, 2},
		{[]string{"years"}, 3},
		{[]string{"years", "base"}, 4},
		{[]string{"base"}, 1}, // not at the top level: unknown
	}
	for _, tt := range tests {
		if got := KeyLine(src, tt.key...); got != tt.want {
			t.Errorf("KeyLine(%q) = %d, want %d", tt.key, got, tt.want)
		}
	}
}

// TestTimeIn decodes dates as front matter has them: without an offset
// they are read in the site's zone, whatever the machine's; with one they
// keep their instant.
func TestTimeIn(t *testing.T) {
	hcm, err := time.LoadLocation("Asia/Ho_Chi_Minh")
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		src, want string
		local     bool
	}{
		{"2026-07-01", "2026-07-01T00:00:00+07:00", true},
		{"2026-07-01T18:30:00", "2026-07-01T18:30:00+07:00", true},
		{"2026-07-01T18:30:00Z", "2026-07-02T01:30:00+07:00", false},
		{"2026-07-01T18:30:00+14:00", "2026-07-01T11:30:00+07:00", false},
	}
	for _, tt := range tests {
		var v struct{ D Time }
		if err := Decode("f.toml", []byte("d = "+tt.src+"\n"), 1, &v); err != nil {
			t.Fatal(err)
		}
		// Time tells local values by the zone names the decoder gives
		// them; a decoder version that renames them must fail here, on
		// any machine.
		if v.D.local != tt.local {
			t.Errorf("%s decoded in zone %q: local %v, want %v", tt.src, v.D.t.Location(), v.D.local, tt.local)
		}
		if got := v.D.In(hcm).Format(time.RFC3339); got != tt.want {
			t.Errorf("%s in Asia/Ho_Chi_Minh = %s, want %s", tt.src, got, tt.want)
		}
	}
	var v struct{ D Time }
	if err := Decode("f.toml", []byte("d = \"2026-07-01\"\n"), 1, &v); err == nil || !strings.Contains(err.Error(), "f.toml:1:") {
		t.Errorf("a quoted date: %v", err)
	}
	if !(Time{}).In(hcm).IsZero() {
		t.Error("a missing date became a date")
	}
}
