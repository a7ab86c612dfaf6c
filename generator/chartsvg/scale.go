package chartsvg

import "math"

// scale is a value axis: its extent and the step between its ticks.
type scale struct {
	min, max, step float64
	lang           string // of the tick labels, the option's "lang"
}

// newScale reads the axis' extent and interval; what the option leaves
// out is worked out as ECharts does: the data's extent, widened to a
// round step that cuts it into about five parts.
func newScale(a axis, ss []series, horizontal bool) scale {
	lo, hi := math.Inf(1), math.Inf(-1)
	for _, s := range ss {
		for _, d := range s.Data {
			if !d.Missing {
				lo, hi = math.Min(lo, d.Value), math.Max(hi, d.Value)
			}
		}
	}
	if math.IsInf(lo, 0) {
		lo, hi = 0, 1
	}
	if a.Min != nil {
		lo = *a.Min
	} else if lo > 0 {
		lo = 0 // a value axis starts at zero unless told otherwise
	}
	if a.Max != nil {
		hi = *a.Max
	}
	if hi <= lo {
		hi = lo + 1
	}
	step := a.Interval
	if step <= 0 && a.MinInterval > 0 && a.MinInterval == a.MaxInterval {
		step = a.MinInterval
	}
	if step <= 0 {
		step = nice((hi - lo) / 5)
	}
	if a.Min == nil {
		lo = math.Floor(lo/step) * step
	}
	if a.Max == nil {
		hi = math.Ceil(hi/step) * step
	}
	return scale{min: lo, max: hi, step: step}
}

// nice rounds v to 1, 2, 3 or 5 times a power of ten, as ECharts'
// numberUtil.nice does for an interval.
func nice(v float64) float64 {
	if v <= 0 || math.IsNaN(v) || math.IsInf(v, 0) {
		return 1
	}
	e := math.Floor(math.Log10(v))
	p := math.Pow(10, e)
	f := v / p
	switch {
	case f < 1.5:
		f = 1
	case f < 2.5:
		f = 2
	case f < 4:
		f = 3
	case f < 7:
		f = 5
	default:
		f = 10
	}
	return f * p
}

// ticks are the values the axis marks: every step from the first multiple
// of it at or above min, and min and max themselves.
func (s scale) ticks() []float64 {
	out := []float64{s.min}
	first := math.Ceil(s.min/s.step-1e-9) * s.step
	for v, i := first, 0; v < s.max-s.step*1e-6 && i < 1000; v, i = first+float64(i+1)*s.step, i+1 {
		if v > s.min+s.step*1e-6 {
			out = append(out, round(v))
		}
	}
	return append(out, s.max)
}

// frac is how far v lies along the axis, 0 at min and 1 at max.
func (s scale) frac(v float64) float64 { return (v - s.min) / (s.max - s.min) }

// round drops the float noise of repeated steps (0.30000000000000004).
func round(v float64) float64 { return math.Round(v*1e9) / 1e9 }
