// Package progress says, from the data alone, whether an indicator is on
// track to its target, and shows its working. It is pure: numbers, rules
// and a report date in; a status and the numbers that led to it out.
//
// The method is the UN Statistics Division's SDG progress chart, as used by
// Open SDG and UN ESCAP (design §5). For an indicator with base value y0 in
// year t0, latest value yi in year ti, and target yT in year tT:
//
//  1. Target met first: if yi is already on the right side of yT (inside or
//     past the bound of a range on the side the indicator moves toward;
//     from X − tolerance of "khoảng X" where higher is better, X + tolerance
//     where lower), the status is achieved, whatever the trend.
//  2. Fewer than two observations from the base on: insufficient data.
//  3. Growth-rate ratio, for levels and rates:
//     CAGR_o = (yi/y0)^(1/(ti−t0)) − 1, CAGR_r = (yT/y0)^(1/(tT−t0)) − 1,
//     R = d·CAGR_o/|CAGR_r|, with d = +1 where higher is better, −1 where lower.
//  4. Linear share, where growth rates break: a cumulative series, a base,
//     latest value or target of zero or less, or a base or target under
//     NearZero (1%) of the other; R = ((yi−y0)/(yT−y0)) / ((ti−t0)/(tT−t0)).
//  5. R ≥ on_track: on track; accelerate ≤ R < on_track: acceleration
//     needed; limited ≤ R < accelerate: limited; R < limited: deterioration.
//  6. No numeric target, with a direction: the trend status from d·CAGR_o
//     against the fixed rates of TrendRates (1.5%, 0.5%, 0 a year).
//
// Base and target year, the base rule and the cut-offs are the site's
// (config.toml) unless the indicator sets its own (indicator.Rules). The
// base is the observation nearest the base year (the earlier on a tie),
// among those before the latest one, or, with base_rule = "first_after",
// the first observation in or after the base year. Observations after the
// report date are not used.
//
// A broken-down indicator (by area, sex, …) is assessed once per group by
// the same rules; its headline status comes from its total rows, their sum
// (headline = "sum") or the least favourable group (headline = "worst").
// A status set by hand replaces the headline status and keeps the computed
// one, with all its working, beside it.
//
// Milestones are done when their latest figure reaches 100 (per cent of
// the work), and pending otherwise; they are never given a gauge.
package progress

import (
	"time"

	"github.com/minhbach/minhbach/generator/config"
	"github.com/minhbach/minhbach/generator/indicator"
)

// Point is one observation used by an assessment.
type Point struct {
	Year  int
	Value float64
}

// Assessment is the status of one indicator and how it was reached.
type Assessment struct {
	// Status is the status shown: Computed, or the one set by hand.
	Status Status
	// Computed is the status the method gives.
	Computed Status
	Method   Method
	// Why says why the linear share was used, when it was.
	Why Why
	// Rules are the rules applied: the site's, or the indicator's own.
	Rules config.Rules
	// Base and Latest are the observations compared; Base is zero when the
	// status did not need one.
	Base, Latest Point
	HasBase      bool
	HasLatest    bool
	// TargetYear and TargetValue are what the pace is measured against (the
	// lower bound of a range where higher is better).
	TargetYear  int
	TargetValue float64
	// ObservedPace and RequiredPace are growth rates a year (cagr_ratio,
	// trend) or shares of the distance and of the time (linear_share).
	ObservedPace, RequiredPace float64
	// Ratio is R; HasRatio is false when no ratio was computed.
	Ratio    float64
	HasRatio bool
	// Overshoot is true where "khoảng X" is met and the latest value has
	// gone past X itself.
	Overshoot bool
	// Override is the status set by hand and its reason, or nil.
	Override *indicator.Override
	// Headline is where the headline figures come from when the indicator
	// is broken down; Groups are the breakdown's own assessments, and
	// Worst, with headline = "worst", the group the headline is taken from.
	Headline indicator.Headline
	Groups   []Group
	Worst    string
	// Summary says all of it in one sentence; the site words it in each
	// edition's language (site/summary.go), as this package words nothing.
	Summary string
}

// Group is the assessment of one series of a breakdown.
type Group struct {
	Name string
	Assessment
}

// Assess computes the assessment of in at report, with the rules of cfg
// and of the indicator. It is a pure function of its arguments.
func Assess(in indicator.Indicator, cfg config.Config, report time.Time) Assessment {
	d := in.Definition
	rules := d.Rules.Resolve(cfg)
	var a Assessment
	var groups []Group
	if in.Series.Broken() {
		for _, g := range in.Series.Groups() {
			ga := assess(d, rules, points(g.Obs, report))
			groups = append(groups, Group{Name: g.Name(), Assessment: ga})
		}
	}
	switch {
	case d.Kind == indicator.Quantitative && d.Headline == indicator.FromSum && in.Series.Broken():
		a = assess(d, rules, points(in.Series.Summed(), report))
	case d.Kind == indicator.Quantitative && d.Headline == indicator.FromWorst && len(groups) > 0:
		w := worst(groups)
		a = w.Assessment
		a.Worst = w.Name
	default:
		a = assess(d, rules, points(in.Series.Totals(), report))
	}
	if in.Series.Broken() {
		a.Headline, a.Groups = d.Headline, groups
	}
	if o := d.StatusOverride; o != nil {
		a.Override = o
		a.Status = Status(o.Status)
	}
	return a
}

// points are the observations up to the report date, by year.
func points(obs []indicator.Observation, report time.Time) []Point {
	var pts []Point
	for _, o := range obs {
		if o.HasValue && o.Year <= report.Year() {
			pts = append(pts, Point{o.Year, o.Value})
		}
	}
	return pts
}

// worst is the group with the least favourable status, the first on a tie.
func worst(groups []Group) Group {
	w := groups[0]
	for _, g := range groups[1:] {
		if g.Status.rank() < w.Status.rank() {
			w = g
		}
	}
	return w
}

// assess computes one series' assessment, without its summary.
func assess(d indicator.Definition, rules config.Rules, pts []Point) (a Assessment) {
	a = Assessment{Rules: rules, TargetYear: rules.TargetYear}
	defer func() { a.Computed = a.Status }()
	if len(pts) > 0 {
		a.Latest, a.HasLatest = pts[len(pts)-1], true
	}
	if d.Kind == indicator.Milestone {
		a.Method, a.Status = MethodMilestone, MilestonePending
		if a.HasLatest && a.Latest.Value >= 100 {
			a.Status = MilestoneDone
		}
		return a
	}
	target := d.Comparator.HasTarget()
	if target {
		a.TargetValue = d.PaceTarget()
	}
	if target && a.HasLatest && d.Met(a.Latest.Value) {
		a.Status, a.Method = Achieved, MethodThreshold
		a.Overshoot = d.Comparator == indicator.About && d.Direction.Sign()*(a.Latest.Value-d.Value) > 0
		return a
	}
	base, ok := chooseBase(pts, rules)
	if !ok {
		a.Status = InsufficientData
		return a
	}
	a.Base, a.HasBase = base, true
	if !target {
		a.Method, a.Status = MethodTrend, InsufficientData
		if rate, ok := trendRate(d, base, a.Latest); ok {
			a.ObservedPace, a.Status = rate, classifyTrend(rate)
		}
		return a
	}
	a.Method, a.Why = method(d, base, a.Latest, a.TargetValue)
	a.ObservedPace, a.RequiredPace, a.Ratio, a.HasRatio = ratio(a.Method, d.Direction, base, a.Latest, a.TargetValue, rules.TargetYear)
	if a.HasRatio {
		a.Status = classify(a.Ratio, rules.Thresholds)
	} else {
		a.Status = byDirection(d, base, a.Latest)
	}
	return a
}

// chooseBase returns the base observation by the rule, among those before
// the latest one; ok is false when there is none, so no pace exists.
func chooseBase(pts []Point, r config.Rules) (Point, bool) {
	if len(pts) < 2 {
		return Point{}, false
	}
	before := pts[:len(pts)-1]
	if r.BaseRule == config.FirstAfter {
		for _, p := range before {
			if p.Year >= r.BaseYear {
				return p, true
			}
		}
		return Point{}, false
	}
	best := before[0]
	for _, p := range before[1:] {
		if abs(p.Year-r.BaseYear) < abs(best.Year-r.BaseYear) {
			best = p
		}
	}
	return best, true
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}
