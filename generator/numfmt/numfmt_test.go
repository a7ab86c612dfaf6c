package numfmt

import "testing"

func TestFixed(t *testing.T) {
	tests := []struct {
		lang     string
		v        float64
		decimals int
		want     string
	}{
		{"vi", 9.3, 1, "9,3"},
		{"en", 9.3, 1, "9.3"},
		{"vi", 1234.5, 1, "1.234,5"},
		{"en", 1234.5, 1, "1,234.5"},
		{"vi", 6400, 0, "6.400"},
		{"en", 6400, 0, "6,400"},
		{"vi", 92, 1, "92,0"},
		{"en", 92, 1, "92.0"},
		{"en", -3.25, 2, "-3.25"},
		{"vi", -3.25, 2, "-3,25"},
		{"xx-not a code", 1234.5, 1, "1.234,5"},
	}
	for _, tt := range tests {
		if got := Fixed(tt.lang, tt.v, tt.decimals); got != tt.want {
			t.Errorf("Fixed(%q, %v, %d) = %q, want %q", tt.lang, tt.v, tt.decimals, got, tt.want)
		}
	}
}

func TestAuto(t *testing.T) {
	tests := []struct {
		lang string
		v    float64
		want string
	}{
		{"vi", 28.53, "28,53"},
		{"en", 28.53, "28.53"},
		{"vi", 6400, "6.400"},
		{"en", 6400, "6,400"},
		{"vi", 98.5, "98,5"},
		{"en", 98.5, "98.5"},
		{"en", 0.125, "0.12"},
		{"en", 1e6, "1,000,000"},
	}
	for _, tt := range tests {
		if got := Auto(tt.lang, tt.v); got != tt.want {
			t.Errorf("Auto(%q, %v) = %q, want %q", tt.lang, tt.v, got, tt.want)
		}
	}
}
