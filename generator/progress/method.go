package progress

import (
	"math"

	"github.com/minhbach/minhbach/generator/config"
	"github.com/minhbach/minhbach/generator/indicator"
)

// NearZero is how small a base or target may be, as a share of the other,
// before growth rates are given up for the linear share. Near zero a growth
// rate explodes ((yi/y0) grows without bound as y0 falls), so a base of
// 0.001 would be "on track" where a base of 0 is "limited"; below this the
// two are judged alike. A factor of a hundred leaves every series that
// growth rates can describe to them.
const NearZero = 0.01

// TrendRates are the fixed growth rates a year that an indicator without a
// numeric target is scored against, those of Open SDG's progress measure
// (Statistics Canada's method, "Indicators without quantitative targets"):
// d·CAGR_o ≥ 1.5% is a clear trend the right way, ≥ 0.5% a slow one,
// ≥ 0 about no change, and below 0 a trend the wrong way. The peer scales
// the positive rates down near a natural limit (a share close to 100%);
// minhbach does not yet, and says so on the methodology page.
var TrendRates = struct{ Substantial, Moderate, Limited float64 }{0.015, 0.005, 0}

// method chooses growth rates or the linear share for a series.
func method(d indicator.Definition, base, latest Point, target float64) (Method, Why) {
	switch {
	case d.Aggregation == indicator.Cumulative:
		return MethodLinear, WhyCumulative
	case base.Value <= 0 || target <= 0 || latest.Value <= 0:
		return MethodLinear, WhyNotPositive
	case math.Min(base.Value, target)/math.Max(base.Value, target) < NearZero:
		return MethodLinear, WhyNearZero
	}
	return MethodCAGR, ""
}

// ratio computes R. When the base already equals the target (a strict
// target such as "trên 95%" from exactly 95%) no ratio exists; ok is false
// and the status follows the direction of the move alone.
func ratio(m Method, dir indicator.Direction, base, latest Point, target float64, targetYear int) (observed, required, r float64, ok bool) {
	elapsed := float64(latest.Year - base.Year)
	span := float64(targetYear - base.Year)
	if span <= 0 {
		span = elapsed // the base is at or past the target year: judge by the trend alone
	}
	if target == base.Value {
		return 0, 0, 0, false
	}
	if m == MethodLinear {
		observed = (latest.Value - base.Value) / (target - base.Value)
		required = elapsed / span
		return observed, required, observed / required, true
	}
	observed = math.Pow(latest.Value/base.Value, 1/elapsed) - 1
	required = math.Pow(target/base.Value, 1/span) - 1
	return observed, required, dir.Sign() * observed / math.Abs(required), true
}

// trendRate is d·CAGR_o, the observed growth rate a year turned so that a
// positive rate is progress; ok is false where a value is zero or less and
// no growth rate exists.
func trendRate(d indicator.Definition, base, latest Point) (float64, bool) {
	if base.Value <= 0 || latest.Value <= 0 {
		return 0, false
	}
	rate := math.Pow(latest.Value/base.Value, 1/float64(latest.Year-base.Year)) - 1
	return d.Direction.Sign() * rate, true
}

// byDirection is the status when no ratio exists.
func byDirection(d indicator.Definition, base, latest Point) Status {
	move := d.Direction.Sign() * (latest.Value - base.Value)
	switch {
	case move > 0:
		return OnTrack
	case move < 0:
		return Deterioration
	}
	return Limited
}

// classify grades R by the site's cut-offs (design §5).
func classify(r float64, t config.Thresholds) Status {
	return grade(r, [3]float64{t.OnTrack, t.Accelerate, t.Limited}, [4]Status{OnTrack, AccelerationNeeded, Limited, Deterioration})
}

// classifyTrend grades the growth rate of an indicator without a target by
// TrendRates.
func classifyTrend(rate float64) Status {
	r := TrendRates
	return grade(rate, [3]float64{r.Substantial, r.Moderate, r.Limited}, [4]Status{TrendSubstantial, TrendModerate, TrendLimited, TrendDeterioration})
}

// grade is the ladder both scales share: the status of the first cut-off
// v reaches, from the highest down, and the last status below them all.
func grade(v float64, cuts [3]float64, st [4]Status) Status {
	for i, c := range cuts {
		if v >= c {
			return st[i]
		}
	}
	return st[3]
}
