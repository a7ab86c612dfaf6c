package content

import (
	"strings"
	"testing"
)

func TestBodyRoundTrip(t *testing.T) {
	long := strings.Repeat("<p>Tỷ lệ hộ nghèo giảm bình quân 1–1,5%/năm.</p>\n", 500)
	for _, html := range []string{"", "<p>a</p>", "<p>Đảng bộ tỉnh Sóc Trăng</p>\n", long} {
		b := NewBody([]byte(html))
		if got := b.String(); got != html {
			t.Errorf("NewBody(%.40q).String() = %.40q", html, got)
		}
		if html == long && len(b.packed)*4 > len(html) {
			t.Errorf("a repetitive body of %d bytes packs to %d: not compressed", len(html), len(b.packed))
		}
	}
	if (Body{}).String() != "" {
		t.Error("the zero Body is not empty")
	}
}

// FuzzBody checks that any HTML comes back as it was packed.
func FuzzBody(f *testing.F) {
	f.Add([]byte("<h2 id=\"muc-tieu\">Mục tiêu</h2>\n<table><tr><td>1</td></tr></table>"))
	f.Fuzz(func(t *testing.T, html []byte) {
		if got := NewBody(html).String(); got != string(html) {
			t.Fatalf("round trip of %d bytes gave %d", len(html), len(got))
		}
	})
}
