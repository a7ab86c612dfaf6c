package chart

import (
	"math"
	"strconv"

	"github.com/go-echarts/go-echarts/v2/opts"
	"github.com/minhbach/minhbach/generator/indicator"
	"github.com/minhbach/minhbach/generator/progress"
)

// Gap is the x axis label that stands for the years a chart skips: those
// between the latest observation and the target year, and between the
// target year and the vision year.
const Gap = "…"

// timeline is the x axis of a line chart. The observed years, every one
// from the first observation to the latest, take most of the width; the
// road to the target year and on to the vision year is shown compactly, as
// a gap ("…") before each of them, so on a phone 2022–2025 is not squeezed
// into the left quarter of a 2022–2045 axis. The target and vision years
// are bold, and a chart always labels them (and the gaps), whatever labels
// between them it must skip for room (see package chartsvg and charts.js).
type timeline struct {
	cats  []any       // string, or category for a bold year
	index map[int]int // year → category
}

// category is an axis label ECharts styles apart from the others.
type category struct {
	Value     string          `json:"value"`
	TextStyle *opts.TextStyle `json:"textStyle,omitempty"`
}

func newTimeline(first, last int, years Years) timeline {
	t := timeline{index: map[int]int{}}
	bold := func(y int) bool { return y == years.Target || y == years.Vision }
	add := func(y int) {
		t.index[y] = len(t.cats)
		if bold(y) {
			t.cats = append(t.cats, category{Value: strconv.Itoa(y), TextStyle: &opts.TextStyle{FontWeight: "bold"}})
		} else {
			t.cats = append(t.cats, strconv.Itoa(y))
		}
	}
	if last < first {
		last = first - 1 // no observation: the axis starts at the target year
	}
	for y := first; y <= last; y++ {
		add(y)
	}
	for _, y := range []int{years.Target, years.Vision} {
		if y <= last {
			continue
		}
		if y > last+1 {
			t.cats = append(t.cats, Gap)
		}
		add(y)
		last = y
	}
	return t
}

// at is the category of a year, and whether the axis has it.
func (t timeline) at(year int) (int, bool) {
	i, ok := t.index[year]
	return i, ok
}

// empty is a series with no point yet.
func (t timeline) empty() []opts.LineData {
	out := make([]opts.LineData, len(t.cats))
	for i := range out {
		out[i] = opts.LineData{Value: "-"}
	}
	return out
}

// yAxis fits the axis to the observations, the target, the vision value and
// where the trend ends (NaN for none), so each stays in view, and names the
// unit.
func (w Words) yAxis(d indicator.Definition, obs []indicator.Observation, trendEnd float64) opts.YAxis {
	lo, hi := d.Value, d.Value
	switch {
	case d.Comparator == indicator.Range:
		lo, hi = d.Min, d.Max
	case !d.Comparator.HasTarget() && len(obs) > 0:
		lo, hi = math.Inf(1), math.Inf(-1) // no target to keep in view
	}
	if d.Vision != 0 {
		lo, hi = math.Min(lo, d.Vision), math.Max(hi, d.Vision)
	}
	for _, o := range obs {
		if o.HasValue {
			lo, hi = math.Min(lo, o.Value), math.Max(hi, o.Value)
		}
	}
	if !math.IsNaN(trendEnd) {
		lo, hi = math.Min(lo, trendEnd), math.Max(hi, trendEnd)
	}
	if math.IsInf(lo, 0) {
		lo, hi = 0, 0 // gaps only, and no target
	}
	pad := (hi - lo) * 0.1
	if pad == 0 {
		pad = math.Max(math.Abs(hi)*0.1, 1)
	}
	lo, hi = lo-pad, hi+pad
	if lo < 0 && d.Value >= 0 && (len(obs) == 0 || obs[0].Value >= 0) {
		lo = 0
	}
	s := niceStep(hi - lo)
	lo, hi = round(math.Floor(lo/s)*s, 6), round(math.Ceil(hi/s)*s, 6)
	// The step is pinned (min and max interval alike) so ECharts places
	// the ticks this package chose, as the drawing made at build time does.
	return opts.YAxis{Type: "value", Min: lo, Max: hi, MinInterval: s, MaxInterval: s, Name: w.unitShort(d), NameLocation: "end", NameGap: 10}
}

// unitShort is the unit as the axis names it: "%", "bác sĩ/10.000 dân".
func (w Words) unitShort(d indicator.Definition) string {
	if d.Per > 0 {
		return d.Unit + "/" + progress.Format(w.lang(), indicator.Definition{}, d.Per) + " " + w.People
	}
	return d.Unit
}

// niceStep is a round step (1, 2 or 5 times a power of ten) that cuts span
// into at most four parts, so that once the axis is widened to whole steps
// it has at most six: on a phone a chart's plot is some 150 px high, and
// labels closer than 20 px run into each other. The axis ends on numbers
// people read easily.
func niceStep(span float64) float64 {
	if span <= 0 {
		return 1
	}
	p := math.Pow(10, math.Floor(math.Log10(span)))
	for _, m := range []float64{0.1, 0.2, 0.5, 1, 2, 5} {
		if span/(p*m) <= 4 {
			return p * m
		}
	}
	return p * 10
}

func round(v float64, digits int) float64 {
	p := math.Pow(10, float64(digits))
	return math.Round(v*p) / p
}
