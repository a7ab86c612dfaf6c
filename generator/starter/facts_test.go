package starter

import (
	"testing"
	"time"

	"github.com/minhbach/minhbach/generator/programme"
)

func TestYears(t *testing.T) {
	today := time.Date(2026, 3, 1, 0, 0, 0, 0, time.UTC)
	targets := func(years ...int) []programme.Target {
		var parts []programme.Part
		for _, y := range years {
			parts = append(parts, programme.Part{Year: y})
		}
		return []programme.Target{{Number: 1, Parts: parts}}
	}
	tests := []struct {
		name                 string
		p                    programme.Programme
		base, target, vision int
		report               string
	}{
		{"most parts name 2030", programme.Programme{Date: "2024-05-04", Targets: targets(2030, 2030, 2025)}, 2024, 2030, 2045, "2024-05-04"},
		{"a tie goes to the later year", programme.Programme{Date: "2025-11-24", Targets: targets(2026, 2028)}, 2025, 2028, 2045, "2025-11-24"},
		{"issued in its target year", programme.Programme{Date: "2025-11-18", Targets: targets(2025, 2025)}, 2024, 2025, 2045, "2025-11-18"},
		{"a target's year for parts that name none", programme.Programme{Date: "2025-01-02", Targets: []programme.Target{{Year: 2027, Parts: []programme.Part{{}}}}}, 2025, 2027, 2045, "2025-01-02"},
		{"no year: the default target", programme.Programme{Date: "2025-01-02", Targets: targets(0)}, 2025, 2030, 2045, "2025-01-02"},
		{"no date: the day init runs", programme.Programme{Targets: targets(2030)}, 2026, 2030, 2045, "2026-03-01"},
		{"a target past 2045", programme.Programme{Date: "2025-01-02", Targets: targets(2050)}, 2025, 2050, 2065, "2025-01-02"},
	}
	for _, tt := range tests {
		f := readFacts(&tt.p, "seeds/p.txt", today)
		if f.Base != tt.base || f.Target != tt.target || f.Vision != tt.vision || f.ReportDate != tt.report {
			t.Errorf("%s: base %d, target %d, vision %d, report %s; want %d, %d, %d, %s", tt.name, f.Base, f.Target, f.Vision, f.ReportDate, tt.base, tt.target, tt.vision, tt.report)
		}
	}
}

func TestTOMLString(t *testing.T) {
	for in, want := range map[string]string{
		`Kế hoạch "A"`: `"Kế hoạch \"A\""`,
		`a\b`:          `"a\\b"`,
		"a\tb":         `"ab"`,
	} {
		if got := tomlString(in); got != want {
			t.Errorf("tomlString(%q) = %s, want %s", in, got, want)
		}
	}
}
