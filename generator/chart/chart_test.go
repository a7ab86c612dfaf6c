package chart

import (
	"encoding/json"
	"math"
	"strings"
	"testing"

	"github.com/minhbach/minhbach/generator/indicator"
	"github.com/minhbach/minhbach/generator/progress"
)

func sample(cmp indicator.Comparator) indicator.Indicator {
	d := indicator.Definition{Code: "8.6", Target: 8, Name: "Số bác sĩ </script>", Kind: indicator.Quantitative,
		Unit: "bác sĩ", Per: 10000, Direction: "higher", Comparator: cmp, Value: 19, Min: 35, Max: 40, Decimals: 1}
	s := indicator.Series{Obs: []indicator.Observation{
		{Year: 2022, Value: 8.38, HasValue: true, Source: "x"},
		{Year: 2024, Value: 8.9, HasValue: true, Source: indicator.Illustrative, Status: indicator.StatusPreliminary},
	}}
	return indicator.Indicator{Definition: d, Series: s}
}

func TestIndicatorChart(t *testing.T) {
	c, err := Indicator(sample(">="), progress.Assessment{Summary: "tóm tắt"}, Years{2030, 2045})
	if err != nil {
		t.Fatal(err)
	}
	if c.ID != "chart-8-6" {
		t.Errorf("ID = %s", c.ID)
	}
	var opt map[string]any
	if err := json.Unmarshal(c.Option, &opt); err != nil {
		t.Fatalf("option is not JSON: %v", err)
	}
	s := string(c.Option)
	if strings.Contains(s, "</script>") {
		t.Error("option can close its <script> element")
	}
	for _, want := range []string{`"markLine"`, `"yAxis":19`, `"2045"`, `"value":"-"`, `"emptyCircle"`, `Có số liệu minh họa`, `"aria":{"enabled":true`} {
		if !strings.Contains(s, want) {
			t.Errorf("option lacks %s:\n%s", want, s)
		}
	}
}

func TestRangeIsABand(t *testing.T) {
	c, err := Indicator(sample("range"), progress.Assessment{}, Years{2030, 2045})
	if err != nil {
		t.Fatal(err)
	}
	s := string(c.Option)
	if !strings.Contains(s, `{"name":"Mục tiêu 2030: 35 - 40 bác sĩ","yAxis":35,`) || !strings.Contains(s, `{"yAxis":40}`) {
		t.Errorf("no band from 35 to 40:\n%s", s)
	}
	if !strings.Contains(s, `{"name":"Tầm nhìn 2045","xAxis":"2030",`) || !strings.Contains(s, `{"xAxis":"2045"}`) {
		t.Errorf("no vision horizon from 2030 to 2045:\n%s", s)
	}
}

func TestTrendFollowsTheAssessedPace(t *testing.T) {
	in := sample(">=")
	a := progress.Assessment{Method: progress.MethodCAGR, HasBase: true, HasRatio: true,
		Base: progress.Point{Year: 2022, Value: 8}, Latest: progress.Point{Year: 2024, Value: 10}, ObservedPace: 0.1}
	c, err := Indicator(in, a, Years{2030, 2045})
	if err != nil {
		t.Fatal(err)
	}
	var opt struct {
		Series []struct {
			Name string
			Data []struct{ Value any }
		}
	}
	json.Unmarshal(c.Option, &opt)
	if len(opt.Series) != 2 || opt.Series[1].Name != "Xu hướng đến 2030" {
		t.Fatalf("series = %+v", opt.Series)
	}
	// The axis is 2022 2023 2024 … 2030 … 2045: the trend starts at the
	// latest point, 2024, crosses the gap and ends at 2030, having grown
	// 10% a year: 10 × 1.1^6 = 17.72.
	d := opt.Series[1].Data
	if len(d) != 7 || d[1].Value != "-" || d[2].Value != 10.0 || d[3].Value != "-" || d[4].Value != 17.72 || d[5].Value != "-" {
		t.Errorf("trend = %v", d)
	}
	if !strings.Contains(string(c.Option), `"legend":{"show":true`) {
		t.Errorf("the trend is drawn but not named in a legend:\n%s", c.Option)
	}
}

// TestTimeline: the observed years take the axis, and the target and vision
// years follow, each after a gap when years lie between.
func TestTimeline(t *testing.T) {
	for _, tc := range []struct {
		first, last int
		years       Years
		want        string
	}{
		{2022, 2025, Years{2030, 2045}, "2022 2023 2024 2025 … 2030* … 2045*"},
		{2029, 2029, Years{2030, 2045}, "2029 2030* … 2045*"},
		{2028, 2031, Years{2030, 2045}, "2028 2029 2030* 2031 … 2045*"},
		{2030, 0, Years{2030, 2045}, "2030* … 2045*"}, // no observations
		{2024, 2025, Years{2030, 2031}, "2024 2025 … 2030* 2031*"},
		{2024, 2025, Years{2030, 0}, "2024 2025 … 2030*"}, // no vision year
	} {
		tl := newTimeline(tc.first, tc.last, tc.years)
		var got []string
		for _, c := range tl.cats {
			switch c := c.(type) {
			case string:
				got = append(got, c)
			case category:
				got = append(got, c.Value+"*")
			}
		}
		if g := strings.Join(got, " "); g != tc.want {
			t.Errorf("%d–%d %v: axis %s, want %s", tc.first, tc.last, tc.years, g, tc.want)
		}
	}
}

func TestAreas(t *testing.T) {
	in := sample(">=")
	in.Series.Dims = []string{"area"}
	in.Series.Obs = []indicator.Observation{
		{Year: 2024, Value: 9, HasValue: true, Dims: []string{""}},
		{Year: 2024, Value: 7, HasValue: true, Dims: []string{"Vĩnh Châu"}},
		{Year: 2024, Value: 12, HasValue: true, Dims: []string{"TP. Sóc Trăng"}},
	}
	c, err := Indicator(in, progress.Assessment{}, Years{2030, 2045})
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{`"name":"Toàn tỉnh"`, `"name":"Vĩnh Châu"`, `"name":"TP. Sóc Trăng"`, `"symbol":"rect"`} {
		if !strings.Contains(string(c.Option), want) {
			t.Errorf("line chart lacks %s", want)
		}
	}
	bars, ok, err := AreaBars(in, progress.Assessment{})
	if err != nil || !ok {
		t.Fatalf("no bar chart: %v", err)
	}
	s := string(bars.Option)
	if bars.ID != "chart-8-6-khu-vuc" || !strings.Contains(s, `"yAxis":[{"type":"category","data":["Vĩnh Châu","TP. Sóc Trăng"]}]`) {
		t.Errorf("bars = %s", s)
	}
	if _, ok, _ := AreaBars(sample(">="), progress.Assessment{}); ok {
		t.Error("a bar chart for an indicator with no areas")
	}
}

func TestDeterministic(t *testing.T) {
	a, _ := Indicator(sample(">="), progress.Assessment{}, Years{2030, 2045})
	b, _ := Indicator(sample(">="), progress.Assessment{}, Years{2030, 2045})
	if string(a.Option) != string(b.Option) {
		t.Error("two charts of the same input differ")
	}
}

func TestYAxisHoldsTarget(t *testing.T) {
	ax := Vietnamese.yAxis(sample(">=").Definition, sample(">=").Series.Obs, math.NaN())
	if ax.Min.(float64) > 8.38 || ax.Max.(float64) < 19 {
		t.Errorf("axis %v..%v does not hold 8.38..19", ax.Min, ax.Max)
	}
}

// TestYAxisSteps: an axis has two to six steps, whatever the span, so its
// labels keep apart on a phone (the axis of 6,7 to 8,1 once had fourteen).
func TestYAxisSteps(t *testing.T) {
	for _, tc := range []struct{ lo, hi float64 }{{6.7, 8.1}, {73.6, 75.2}, {8.38, 19}, {0, 6400}, {91, 101}, {99, 100}, {0.2, 0.3}, {21, 22}} {
		d := indicator.Definition{Comparator: ">=", Value: tc.hi}
		ax := Vietnamese.yAxis(d, []indicator.Observation{{Year: 2024, Value: tc.lo, HasValue: true}}, math.NaN())
		lo, hi, step := ax.Min.(float64), ax.Max.(float64), ax.MinInterval
		n := math.Round((hi - lo) / step)
		if n < 2 || n > 6 || ax.MaxInterval != step || lo > tc.lo || hi < tc.hi {
			t.Errorf("%v..%v: axis %v..%v by %v (%v steps)", tc.lo, tc.hi, lo, hi, step, n)
		}
	}
}

func BenchmarkIndicator(b *testing.B) {
	in := sample(">=")
	for b.Loop() {
		if _, err := Indicator(in, progress.Assessment{}, Years{2030, 2045}); err != nil {
			b.Fatal(err)
		}
	}
}

// TestWords: every fixed word of a chart comes from its Words, so an
// English page's chart has no Vietnamese but the data's own.
func TestWords(t *testing.T) {
	en := Words{Trend: "Trend to {year}", ByArea: "{name} by area, {year}", Target: "Target", Unit: "Unit: {unit}",
		Illustrative: "Includes illustrative figures", Total: "Whole province", Vision: "Vision {year}", People: "people"}
	in := sample(">=")
	in.Series.Obs = append(in.Series.Obs, indicator.Observation{Year: 2024, Value: 7, HasValue: true, Source: "x", Dims: []string{"A"}})
	in.Series.Dims = []string{"area"}
	for i := range in.Series.Obs[:2] {
		in.Series.Obs[i].Dims = []string{""}
	}
	a := progress.Assessment{HasBase: true, Base: progress.Point{Year: 2022, Value: 8.38}, HasLatest: true, Latest: progress.Point{Year: 2024, Value: 8.9}, Method: progress.MethodCAGR, ObservedPace: 0.03, HasRatio: true}
	line, err := en.Indicator(in, a, Years{2030, 2045})
	if err != nil {
		t.Fatal(err)
	}
	bars, ok, err := en.AreaBars(in, a)
	if err != nil || !ok {
		t.Fatalf("no bars: %v", err)
	}
	s := string(line.Option) + string(bars.Option)
	for _, want := range []string{"Trend to 2030", "by area, 2024", "Target 2030: ", "Unit: bác sĩ/10.000 people", "Includes illustrative figures", "Whole province", "Vision 2045"} {
		if !strings.Contains(s, want) {
			t.Errorf("option lacks %q:\n%s", want, s)
		}
	}
	for _, vi := range []string{"Xu hướng", "theo địa bàn", "Mục tiêu", "Đơn vị", "minh họa", "Toàn tỉnh", "Tầm nhìn", " dân"} {
		if strings.Contains(s, vi) {
			t.Errorf("option still says %q:\n%s", vi, s)
		}
	}
}

// TestLang: a chart for another edition than Vietnamese writes its figures
// in that language and names it in the option, for charts.js and chartsvg;
// a Vietnamese option stays as it was, without the key.
func TestLang(t *testing.T) {
	in := sample(">=")
	a := progress.Assessment{HasBase: true, Base: progress.Point{Year: 2022, Value: 8.38}, HasLatest: true, Latest: progress.Point{Year: 2024, Value: 8.9}, Method: progress.MethodCAGR, ObservedPace: 0.03, HasRatio: true}
	for _, tc := range []struct {
		lang      string
		want, not []string
	}{
		{"", []string{"bác sĩ/10.000 dân"}, []string{`"lang"`}},
		{"vi", []string{"bác sĩ/10.000 dân"}, []string{`"lang"`}},
		{"en", []string{`"lang":"en"`, "bác sĩ/10,000 dân"}, []string{"10.000"}},
	} {
		w := Vietnamese
		w.Lang = tc.lang
		c, err := w.Indicator(in, a, Years{2030, 2045})
		if err != nil {
			t.Fatal(err)
		}
		for _, s := range tc.want {
			if !strings.Contains(string(c.Option), s) {
				t.Errorf("lang %q: option lacks %q:\n%s", tc.lang, s, c.Option)
			}
		}
		for _, s := range tc.not {
			if strings.Contains(string(c.Option), s) {
				t.Errorf("lang %q: option has %q:\n%s", tc.lang, s, c.Option)
			}
		}
	}
}
