package progress

import (
	"math"
	"testing"
	"time"

	"github.com/minhbach/minhbach/generator/config"
	"github.com/minhbach/minhbach/generator/indicator"
)

var report = time.Date(2026, 6, 30, 0, 0, 0, 0, time.UTC)

func series(pairs ...float64) indicator.Series {
	var s indicator.Series
	for i := 0; i+1 < len(pairs); i += 2 {
		s.Obs = append(s.Obs, indicator.Observation{Year: int(pairs[i]), Value: pairs[i+1], HasValue: true})
	}
	return s
}

func def(cmp indicator.Comparator, v float64, dir indicator.Direction) indicator.Definition {
	return indicator.Definition{Code: "1.1", Target: 1, Name: "Chỉ số", Kind: indicator.Quantitative,
		Unit: "%", Comparator: cmp, Value: v, Direction: dir, Aggregation: indicator.Level, Headline: indicator.FromTotal, Decimals: 1}
}

func TestAssess(t *testing.T) {
	rangeDef := def("range", 0, "higher")
	rangeDef.Min, rangeDef.Max = 35, 40
	about := def("~", 75, "higher")
	about.Tolerance = 0.5
	housing := def(">=", 6400, "higher")
	housing.Aggregation, housing.Unit, housing.Decimals = indicator.Cumulative, "căn", 0
	milestone := indicator.Definition{Code: "8.1", Name: "Mức sinh thay thế", Kind: indicator.Milestone}

	tests := []struct {
		name   string
		def    indicator.Definition
		s      indicator.Series
		status Status
		method Method
		ratio  float64 // checked to 0.01 when non-zero
	}{
		// The worked examples of issue 4 and design §5.
		{"health insurance 92.0→93.0, >95: R≈1.18", def(">", 95, "higher"), series(2023, 92, 2025, 93), OnTrack, MethodCAGR, 1.18},
		{"unemployment 3.4→3.2, <3: on track", def("<", 3, "lower"), series(2023, 3.4, 2025, 3.2), OnTrack, MethodCAGR, 1.68},
		{"social housing 0→1500 of 6400: linear share", housing, series(2024, 0, 2026, 1500), AccelerationNeeded, MethodLinear, 0.70},

		{"met first: above threshold", def(">", 95, "higher"), series(2024, 90, 2025, 96), Achieved, MethodThreshold, 0},
		{"met first even with one point", def("<", 3, "lower"), series(2025, 2.8), Achieved, MethodThreshold, 0},
		{"strict > not met at the value", def(">", 95, "higher"), series(2024, 94, 2025, 95), OnTrack, MethodCAGR, 6.03},
		{">= met at the value", def(">=", 95, "higher"), series(2025, 95), Achieved, MethodThreshold, 0},
		{"range met at lower bound", rangeDef, series(2022, 28.65, 2025, 35), Achieved, MethodThreshold, 0},
		{"range below lower bound is paced to it", rangeDef, series(2022, 28.65, 2025, 30), AccelerationNeeded, MethodCAGR, 0},
		{"khoảng within tolerance", about, series(2023, 73, 2025, 74.6), Achieved, MethodThreshold, 0},
		{"khoảng outside tolerance", about, series(2023, 73, 2025, 74.4), OnTrack, MethodCAGR, 0},
		{"one point: insufficient", def(">", 95, "higher"), series(2025, 90), InsufficientData, "", 0},
		{"no data: insufficient", def(">", 95, "higher"), series(), InsufficientData, "", 0},
		{"later than report date ignored", def(">", 95, "higher"), series(2024, 90, 2027, 99), InsufficientData, "", 0},
		{"deterioration", def(">", 95, "higher"), series(2023, 92, 2025, 90), Deterioration, MethodCAGR, 0},
		{"limited: flat", def(">", 95, "higher"), series(2023, 92, 2025, 92), Limited, MethodCAGR, 0},
		{"base zero uses linear share", def(">=", 100, "higher"), series(2024, 0, 2026, 40), OnTrack, MethodLinear, 1.2},
		{"base equals strict target, improving", def(">", 95, "higher"), series(2024, 95, 2025, 95), Limited, MethodCAGR, 0},
		{"milestone done", milestone, series(2025, 100), MilestoneDone, MethodMilestone, 0},
		{"milestone pending", milestone, series(2025, 60), MilestonePending, MethodMilestone, 0},
		{"milestone without data", milestone, series(), MilestonePending, MethodMilestone, 0},
	}
	cfg := config.Default()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := Assess(indicator.Indicator{Definition: tt.def, Series: tt.s}, cfg, report)
			if a.Status != tt.status || a.Method != tt.method {
				t.Fatalf("status, method = %s, %s; want %s, %s (R=%v)", a.Status, a.Method, tt.status, tt.method, a.Ratio)
			}
			if tt.ratio != 0 && math.Abs(a.Ratio-tt.ratio) > 0.01 {
				t.Errorf("R = %.4f, want %.2f", a.Ratio, tt.ratio)
			}
		})
	}
}

func TestThresholdBoundaries(t *testing.T) {
	th := config.Default().Progress.Thresholds
	tests := []struct {
		r    float64
		want Status
	}{
		{0.95, OnTrack}, {0.9499, AccelerationNeeded}, {0.5, AccelerationNeeded}, {0.4999, Limited},
		{-0.1, Limited}, {-0.1001, Deterioration}, {3, OnTrack},
	}
	for _, tt := range tests {
		if got := classify(tt.r, th); got != tt.want {
			t.Errorf("classify(%v) = %s, want %s", tt.r, got, tt.want)
		}
	}
}

func TestBaseNearestEarlierOnTie(t *testing.T) {
	d := def(">", 95, "higher")
	a := Assess(indicator.Indicator{Definition: d, Series: series(2023, 90, 2025, 91, 2026, 92)}, config.Default(), report)
	if a.Base.Year != 2023 {
		t.Errorf("base year = %d, want 2023 (tie between 2023 and 2025 goes to the earlier)", a.Base.Year)
	}
}
