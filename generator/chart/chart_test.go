package chart

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/minhbach/minhbach/generator/indicator"
	"github.com/minhbach/minhbach/generator/progress"
)

func sample(cmp string) indicator.Indicator {
	d := indicator.Definition{Code: "8.6", Target: 8, Name: "Số bác sĩ </script>", Kind: indicator.Quantitative,
		Unit: "bác sĩ", Per: 10000, Direction: "higher", Comparator: cmp, Value: 19, Min: 35, Max: 40, Decimals: 1}
	s := indicator.Series{Obs: []indicator.Observation{
		{Year: 2022, Value: 8.38, HasValue: true, Source: "x"},
		{Year: 2024, Value: 8.9, HasValue: true, Source: indicator.Illustrative, Status: indicator.StatusPreliminary},
	}}
	return indicator.Indicator{Definition: d, Series: s}
}

func TestIndicatorChart(t *testing.T) {
	c, err := Indicator(sample(">="), progress.Assessment{Summary: "tóm tắt"}, 2030)
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
	for _, want := range []string{`"markLine"`, `"yAxis":19`, `"2030"`, `"value":"-"`, `"emptyCircle"`, `Số liệu minh họa`, `"aria":{"enabled":true`} {
		if !strings.Contains(s, want) {
			t.Errorf("option lacks %s:\n%s", want, s)
		}
	}
}

func TestRangeIsABand(t *testing.T) {
	c, err := Indicator(sample("range"), progress.Assessment{}, 2030)
	if err != nil {
		t.Fatal(err)
	}
	if s := string(c.Option); !strings.Contains(s, `"markArea":{"data":[[{"name":"Mục tiêu 2030: 35 - 40 bác sĩ","yAxis":35},{"yAxis":40}]]`) {
		t.Errorf("no band from 35 to 40:\n%s", s)
	}
}

func TestDeterministic(t *testing.T) {
	a, _ := Indicator(sample(">="), progress.Assessment{}, 2030)
	b, _ := Indicator(sample(">="), progress.Assessment{}, 2030)
	if string(a.Option) != string(b.Option) {
		t.Error("two charts of the same input differ")
	}
}

func TestYAxisHoldsTarget(t *testing.T) {
	ax := yAxis(sample(">=").Definition, sample(">=").Series.Obs)
	if ax.Min.(float64) > 8.38 || ax.Max.(float64) < 19 {
		t.Errorf("axis %v..%v does not hold 8.38..19", ax.Min, ax.Max)
	}
}

func BenchmarkIndicator(b *testing.B) {
	in := sample(">=")
	for b.Loop() {
		if _, err := Indicator(in, progress.Assessment{}, 2030); err != nil {
			b.Fatal(err)
		}
	}
}
