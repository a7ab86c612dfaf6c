package vi

import (
	"testing"

	"golang.org/x/text/unicode/norm"
)

func TestNormalize(t *testing.T) {
	nfd := norm.NFD.String("Tỷ lệ thất nghiệp")
	tests := []struct{ name, in, want string }{
		{"nfc kept", "Tỷ lệ thất nghiệp", "Tỷ lệ thất nghiệp"},
		{"nfd composed", nfd, "Tỷ lệ thất nghiệp"},
		{"bom removed", "\uFEFFMục tiêu", "Mục tiêu"},
		{"nbsp is space", "10.000\u00A0dân", "10.000 dân"},
		{"runs collapse", "  a \t\r\n b  ", "a b"},
		{"empty", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Normalize(tt.in); got != tt.want {
				t.Errorf("Normalize(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestSlug(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Mục tiêu tổng quát", "muc-tieu-tong-quat"},
		{"Đảng bộ tỉnh", "dang-bo-tinh"},
		{"8.6", "8-6"},
		{"  Tin tức: 2025!  ", "tin-tuc-2025"},
		{norm.NFD.String("Sóc Trăng"), "soc-trang"},
		{"— ", ""},
		{"日本", ""},
	}
	for _, tt := range tests {
		if got := Slug(tt.in); got != tt.want {
			t.Errorf("Slug(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestNumber(t *testing.T) {
	tests := []struct {
		v    float64
		dec  int
		want string
	}{
		{6400, 0, "6.400"},
		{98.5, 1, "98,5"},
		{92, 1, "92,0"},
		{-3.25, 2, "-3,25"},
		{1234567.891, 2, "1.234.567,89"},
		{0, 0, "0"},
	}
	for _, tt := range tests {
		if got := Number(tt.v, tt.dec); got != tt.want {
			t.Errorf("Number(%v, %d) = %q, want %q", tt.v, tt.dec, got, tt.want)
		}
	}
	if got := Auto(28.53); got != "28,53" {
		t.Errorf("Auto(28.53) = %q", got)
	}
	if got := Auto(6400); got != "6.400" {
		t.Errorf("Auto(6400) = %q", got)
	}
}

func FuzzSlug(f *testing.F) {
	f.Add("Mục tiêu tổng quát")
	f.Add("\u00A0\uFEFF")
	f.Fuzz(func(t *testing.T, s string) {
		slug := Slug(s)
		for _, r := range slug {
			if !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r == '-') {
				t.Fatalf("Slug(%q) = %q has %q", s, slug, r)
			}
		}
		if Slug(slug) != slug {
			t.Fatalf("Slug not idempotent on %q", s)
		}
	})
}

func TestCanonical(t *testing.T) {
	tests := []struct{ a, b string }{
		{"tỉ lệ tiêm chủng", "tỷ lệ tiêm chủng"},
		{"sức khỏe", "sức khoẻ"},
		{"hòa bình", "hoà bình"},
		{"thủy lợi", "thuỷ lợi"},
		{"qui định", "quy định"},
		{"kĩ năng", "kỹ năng"},
		{norm.NFD.String("khỏe,"), "khoẻ,"},
		{"Tỉ lệ", "Tỷ lệ"},
	}
	for _, tt := range tests {
		if Canonical(tt.a) != Canonical(tt.b) {
			t.Errorf("Canonical(%q) = %q, Canonical(%q) = %q", tt.a, Canonical(tt.a), tt.b, Canonical(tt.b))
		}
	}
	// Words where the vowels do not end the syllable keep their tone.
	for _, w := range []string{"hoàn", "toán", "khoảng", "tuyển", "bác sĩ", "tin", "tuổi"} {
		if got := Canonical(w); got != w {
			t.Errorf("Canonical(%q) = %q, want it unchanged", w, got)
		}
	}
}

// TestFoldBlocks holds Fold to its meaning on every character it folds
// by table, alone and after a letter.
func TestFoldBlocks(t *testing.T) {
	for _, b := range []foldBlock{marks, latin, latinExtra, punctuation} {
		for r := b.lo; r < b.hi; r++ {
			for _, c := range b.folded[r-b.lo] {
				if ccc := norm.NFD.PropertiesString(string(c)).CCC(); ccc != 0 {
					t.Errorf("%U folds to %U, of combining class %d: canonical order could move it", r, c, ccc)
				}
			}
			for _, s := range []string{string(r), "A" + string(r) + "ê\u0301"} {
				if got, want := Fold(s), foldSlow(s); got != want {
					t.Errorf("Fold(%q) = %q, want %q", s, got, want)
				}
			}
		}
	}
	for _, tt := range []struct{ in, want string }{
		{"Tỷ lệ thất nghiệp", "ty le that nghiep"},
		{"Tỷ lệ thất nghiệp", "ty le that nghiep"}, // decomposed
		{"ĐẢNG BỘ", "dang bo"},
		{"Ελλάδα và 日本", "ελλαδα va 日本"}, // another script: the slow path
		{"a\xffb", "a\uFFFDb"},
	} {
		if got := Fold(tt.in); got != tt.want {
			t.Errorf("Fold(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func FuzzFold(f *testing.F) {
	f.Add("Mục tiêu tổng quát")
	f.Add("Tỷ lệ thất nghiệp")
	f.Add("ǅ\u0345\u0301ſ\u1E9B\xff")
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := Fold(s), foldSlow(s); got != want {
			t.Fatalf("Fold(%q) = %q, foldSlow gives %q", s, got, want)
		}
	})
}

func BenchmarkFold(b *testing.B) {
	s := "Tỷ lệ hộ nghèo đa chiều giảm bình quân 1–1,5%/năm; thu nhập bình quân đầu người đạt 5.000 USD"
	for _, f := range []struct {
		name string
		fold func(string) string
	}{{"table", Fold}, {"decomposed", foldSlow}} {
		b.Run(f.name, func(b *testing.B) {
			for b.Loop() {
				f.fold(s)
			}
		})
	}
}
