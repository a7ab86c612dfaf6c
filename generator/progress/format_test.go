package progress

import (
	"testing"

	"github.com/minhbach/minhbach/generator/indicator"
)

func TestFormat(t *testing.T) {
	pct := indicator.Definition{Unit: "%", Decimals: 1}
	doctors := indicator.Definition{Unit: "bác sĩ"}
	tests := []struct {
		lang string
		d    indicator.Definition
		v    float64
		want string
	}{
		{"vi", pct, 92, "92,0%"},
		{"en", pct, 92, "92.0%"},
		{"vi", pct, 95.15, "95,15%"}, // a sourced figure is never rounded
		{"en", pct, 95.15, "95.15%"},
		{"vi", doctors, 1234.5, "1.234,5"},
		{"en", doctors, 1234.5, "1,234.5"},
		{"en", doctors, 6400, "6,400"},
		{"vi", doctors, 9.3, "9,3"},
		{"en", doctors, 9.3, "9.3"},
	}
	for _, tt := range tests {
		if got := Format(tt.lang, tt.d, tt.v); got != tt.want {
			t.Errorf("Format(%q, %+v, %v) = %q, want %q", tt.lang, tt.d, tt.v, got, tt.want)
		}
	}
}
