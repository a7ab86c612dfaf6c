package progress

import (
	"math"
	"testing"

	"github.com/minhbach/minhbach/generator/config"
	"github.com/minhbach/minhbach/generator/indicator"
)

func f(v float64) *float64 { return &v }

// peer are the settings of Open SDG's progress measure as a statistics
// office writes them in data/indicators.toml: base year 2015, target year
// 2030, cut-offs 0.95 / 0.6 / 0 and the first observation from the base
// year on as the base.
func peer(d indicator.Definition) indicator.Definition {
	d.Rules = indicator.Rules{BaseYear: 2015, TargetYear: 2030, BaseRule: config.FirstAfter,
		Thresholds: &indicator.Thresholds{OnTrack: f(0.95), Accelerate: f(0.6), Limited: f(0)}}
	return d
}

// A ruleCase is a definition and series with the status, base year and
// value (R, or the trend's rate) the method gives them.
type ruleCase struct {
	name   string
	def    indicator.Definition
	s      indicator.Series
	status Status
	base   int     // expected base year, 0 to skip
	value  float64 // expected R, or the trend's rate; NaN to skip
}

// ruleCases are the cases of each rule a statistics office can set, with
// the numbers worked by hand from the method (Open SDG's documentation of
// its progress measure, and design §5), not read back from the code.
func ruleCases() []ruleCase {
	notarget := def(indicator.NoTarget, 0, indicator.Higher)
	notargetLow := def(indicator.NoTarget, 0, indicator.Lower)
	y2027 := def(">=", 80, "higher")
	y2027.TargetYear = 2027
	own := def(">=", 80, "higher")
	own.Thresholds = &indicator.Thresholds{OnTrack: f(0.95), Accelerate: f(0.6), Limited: f(0)}
	aboutHigh := def(indicator.About, 75, indicator.Higher)
	aboutHigh.Tolerance = 0.5
	aboutLow := def(indicator.About, 10, indicator.Lower)
	aboutLow.Tolerance = 0.5

	return []ruleCase{
		// Base rule: 2014 and 2016 are equally near 2015. "nearest" takes
		// 2014: CAGR_o = (56/50)^(1/6)−1 = 1.907%, CAGR_r = (80/50)^(1/16)−1
		// = 2.981%, R = 0.640. "first_after" takes 2016: (56/52)^(1/4)−1 =
		// 1.870%, (80/52)^(1/14)−1 = 3.125%, R = 0.598: under 0.6.
		{"nearest base, peer cut-offs", func() indicator.Definition { d := peer(def(">=", 80, "higher")); d.BaseRule = config.Nearest; return d }(),
			series(2014, 50, 2016, 52, 2020, 56), AccelerationNeeded, 2014, 0.640},
		{"first_after base flips the status", peer(def(">=", 80, "higher")), series(2014, 50, 2016, 52, 2020, 56), Limited, 2016, 0.598},
		{"first_after with nothing from the base year but the latest", peer(def(">=", 80, "higher")), series(2012, 40, 2013, 45, 2016, 52), InsufficientData, 0, math.NaN()},
		{"peer: R below 0 is deterioration", peer(def(">=", 80, "higher")), series(2015, 50, 2020, 49.9), Deterioration, 2015, math.NaN()},
		{"peer: R just above 0 is limited", peer(def(">=", 80, "higher")), series(2015, 50, 2020, 50.01), Limited, 2015, math.NaN()},
		// Own cut-offs: 50 → 53 over 2024–2026 toward 80 by 2030: CAGR_o =
		// 2.956%, CAGR_r = 8.148%, R = 0.363: limited either way; 50 → 56
		// gives R = 0.715: acceleration needed with 0.6, needed with 0.5.
		{"own cut-offs", own, series(2024, 50, 2026, 56), AccelerationNeeded, 2024, 0.715},
		{"own cut-offs, R between 0 and 0.6", own, series(2024, 50, 2026, 52.5), Limited, 2024, math.NaN()},
		// Target year 2027 instead of 2030: CAGR_r = (80/50)^(1/3)−1 = 16.96%;
		// 50 → 56 is 5.83% a year, R = 0.344.
		{"own target year", y2027, series(2024, 50, 2026, 56), Limited, 2024, 0.344},
		{"site target year for the same series", def(">=", 80, "higher"), series(2024, 50, 2026, 56), AccelerationNeeded, 2024, 0.715},
		// No numeric target: d·CAGR_o against Open SDG's 1.5%, 0.5%, 0 a year.
		{"no target: 100 → 103.1 in 2 years, 1.538%", notarget, series(2024, 100, 2026, 103.1), TrendSubstantial, 2024, 0.01538},
		{"no target: 100 → 103, 1.489%, just under 1.5%", notarget, series(2024, 100, 2026, 103), TrendModerate, 2024, 0.01489},
		{"no target: 100 → 101.5, 0.747%", notarget, series(2024, 100, 2026, 101.5), TrendModerate, 2024, 0.00747},
		{"no target: 100 → 100.8, 0.399%", notarget, series(2024, 100, 2026, 100.8), TrendLimited, 2024, 0.00399},
		{"no target: 100 → 100, no change", notarget, series(2024, 100, 2026, 100), TrendLimited, 2024, 0},
		{"no target: 100 → 99.9, −0.05%", notarget, series(2024, 100, 2026, 99.9), TrendDeterioration, 2024, -0.0005},
		{"no target: 100 → 97, −1.511%", notarget, series(2024, 100, 2026, 97), TrendDeterioration, 2024, -0.01511},
		{"no target, lower is better: 100 → 97", notargetLow, series(2024, 100, 2026, 97), TrendSubstantial, 2024, 0.01511},
		{"no target: one observation", notarget, series(2025, 100), InsufficientData, 0, math.NaN()},
		{"no target: a zero has no growth rate", notarget, series(2024, 0, 2026, 5), InsufficientData, 2024, math.NaN()},
		// khoảng 75 ± 0.5: met from 74.5, and going past 75 keeps it met.
		{"khoảng met at X − tolerance", aboutHigh, series(2023, 73, 2025, 74.5), Achieved, 0, math.NaN()},
		{"khoảng overshoot still met", aboutHigh, series(2023, 73, 2025, 90), Achieved, 0, math.NaN()},
		{"khoảng lower is better met at X + tolerance", aboutLow, series(2023, 12, 2025, 10.5), Achieved, 0, math.NaN()},
		{"khoảng lower is better below X", aboutLow, series(2023, 12, 2025, 3), Achieved, 0, math.NaN()},
		{"khoảng not reached", aboutLow, series(2023, 12, 2025, 11), OnTrack, 2023, math.NaN()},
		// Near zero: a base of 0.001 is judged as a base of 0 is, by the
		// linear share: (1 − y0)/(100 − y0) ÷ (2/6) ≈ 0.030.
		{"base 0 toward 100", def(">=", 100, "higher"), series(2024, 0, 2026, 1), Limited, 2024, 0.030},
		{"base 0.001 toward 100", def(">=", 100, "higher"), series(2024, 0.001, 2026, 1), Limited, 2024, 0.030},
		// 2 → 4 toward 100: (4/2)^(1/2)−1 = 41.42%, (100/2)^(1/6)−1 = 91.94%, R = 0.451.
		{"base 2 toward 100 keeps growth rates", def(">=", 100, "higher"), series(2024, 2, 2026, 4), Limited, 2024, 0.451},
	}
}

// TestRules assesses each of ruleCases.
func TestRules(t *testing.T) {
	cfg := config.Default()
	for _, tt := range ruleCases() {
		t.Run(tt.name, func(t *testing.T) {
			a := Assess(indicator.Indicator{Definition: tt.def, Series: tt.s}, cfg, report)
			if a.Status != tt.status {
				t.Fatalf("status = %s, want %s (method %s, R=%v, rate %v)", a.Status, tt.status, a.Method, a.Ratio, a.ObservedPace)
			}
			if tt.base != 0 && (!a.HasBase || a.Base.Year != tt.base) {
				t.Errorf("base year = %d (has %v), want %d", a.Base.Year, a.HasBase, tt.base)
			}
			got := a.Ratio
			if a.Method == MethodTrend {
				got = a.ObservedPace
			}
			if !math.IsNaN(tt.value) && math.Abs(got-tt.value) > 0.0005*math.Max(1, math.Abs(tt.value)*100) {
				t.Errorf("value = %.5f, want %.5f", got, tt.value)
			}
		})
	}
}

func TestNearZeroMethod(t *testing.T) {
	for _, base := range []float64{0, 0.001, 0.5} {
		a := Assess(indicator.Indicator{Definition: def(">=", 100, "higher"), Series: series(2024, base, 2026, 1)}, config.Default(), report)
		if a.Method != MethodLinear {
			t.Errorf("base %v: method %s, want linear share", base, a.Method)
		}
		want := WhyNearZero
		if base == 0 {
			want = WhyNotPositive
		}
		if a.Why != want {
			t.Errorf("base %v: why %q, want %q", base, a.Why, want)
		}
	}
}

func TestOvershoot(t *testing.T) {
	d := def(indicator.About, 75, indicator.Higher)
	d.Tolerance = 0.5
	for _, tt := range []struct {
		latest float64
		want   bool
	}{{74.5, false}, {75, false}, {90, true}} {
		a := Assess(indicator.Indicator{Definition: d, Series: series(2023, 70, 2025, tt.latest)}, config.Default(), report)
		if a.Overshoot != tt.want {
			t.Errorf("latest %v: overshoot %v, want %v", tt.latest, a.Overshoot, tt.want)
		}
	}
}

// breakdown is 8.13 of the demo: poverty by district, lower is better, and
// a total.
func breakdown(total bool) indicator.Series {
	s := indicator.Series{Dims: []string{"area"}}
	add := func(area string, pairs ...float64) {
		for i := 0; i+1 < len(pairs); i += 2 {
			s.Obs = append(s.Obs, indicator.Observation{Year: int(pairs[i]), Value: pairs[i+1], HasValue: true, Dims: []string{area}})
		}
	}
	if total {
		add("", 2023, 20.9, 2025, 19.8)
	}
	add("Thành phố", 2023, 14.8, 2025, 13.9)
	add("Vĩnh Châu", 2023, 25.3, 2025, 26.0)
	return s
}

func TestBreakdown(t *testing.T) {
	d := def("<", 15, "lower")
	cfg := config.Default()
	a := Assess(indicator.Indicator{Definition: d, Series: breakdown(true)}, cfg, report)
	if len(a.Groups) != 2 || a.Groups[0].Name != "Thành phố" || a.Groups[1].Name != "Vĩnh Châu" {
		t.Fatalf("groups = %+v", a.Groups)
	}
	if a.Groups[0].Status != Achieved || a.Groups[1].Status != Deterioration {
		t.Errorf("group statuses = %s, %s; want achieved, deterioration", a.Groups[0].Status, a.Groups[1].Status)
	}
	if a.Status != AccelerationNeeded && a.Status != OnTrack && a.Status != Limited {
		t.Errorf("headline from the total rows = %s", a.Status)
	}
	if a.Latest.Value != 19.8 {
		t.Errorf("headline latest = %v, want the total's 19.8", a.Latest.Value)
	}

	d.Headline = indicator.FromWorst
	w := Assess(indicator.Indicator{Definition: d, Series: breakdown(false)}, cfg, report)
	if w.Status != Deterioration || w.Worst != "Vĩnh Châu" {
		t.Errorf("worst headline = %s from %q, want deterioration from Vĩnh Châu", w.Status, w.Worst)
	}

	sum := def(">=", 100, "higher")
	sum.Headline = indicator.FromSum
	s := Assess(indicator.Indicator{Definition: sum, Series: breakdown(false)}, cfg, report)
	if s.Latest.Value != 13.9+26.0 || s.Base.Value != 14.8+25.3 {
		t.Errorf("summed headline = %v → %v", s.Base.Value, s.Latest.Value)
	}
}

func TestOverrideKeepsWorking(t *testing.T) {
	d := def(">", 95, "higher")
	computed := Assess(indicator.Indicator{Definition: d, Series: series(2023, 92, 2025, 93)}, config.Default(), report)
	d.StatusOverride = &indicator.Override{Status: "limited", Reason: "Năm 2025 đổi cách tính."}
	a := Assess(indicator.Indicator{Definition: d, Series: series(2023, 92, 2025, 93)}, config.Default(), report)
	if a.Status != Limited || a.Computed != OnTrack {
		t.Fatalf("status %s computed %s, want limited and on_track", a.Status, a.Computed)
	}
	if a.Ratio != computed.Ratio || a.Method != computed.Method || a.Base != computed.Base {
		t.Error("setting the status by hand changed the working")
	}
}
