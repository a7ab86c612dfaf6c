// Package progress says, from the data alone, whether an indicator is on
// track to its 2030 target, and shows its working.
//
// The method is the UN Statistics Division's SDG progress chart, as used by
// Open SDG and UN ESCAP (design §5). For an indicator with base value y0 in
// year t0, latest value yi in year ti, and target yT in year tT:
//
//  1. Target met first: if yi is already on the right side of yT (inside or
//     past the lower bound of a range; within the tolerance of "khoảng"), the
//     status is achieved, whatever the trend.
//  2. Fewer than two observations, or no numeric target: insufficient data.
//  3. Growth-rate ratio, for levels and rates:
//     CAGR_o = (yi/y0)^(1/(ti−t0)) − 1, CAGR_r = (yT/y0)^(1/(tT−t0)) − 1,
//     R = d·CAGR_o/|CAGR_r|, with d = +1 where higher is better, −1 where lower.
//  4. Linear share, where growth rates break (cumulative counts, or a base or
//     target of zero or less): R = ((yi−y0)/(yT−y0)) / ((ti−t0)/(tT−t0)).
//  5. R ≥ 0.95 on track; 0.5 ≤ R < 0.95 acceleration needed; −0.1 ≤ R < 0.5
//     limited progress; R < −0.1 deterioration. The cut-offs are in config.
//
// The base is the observation nearest the configured base year (the earlier
// one on a tie), chosen among observations before the latest one, so that a
// pace can always be measured. Observations after the report date are not
// used. Milestones are done when their latest figure reaches 100 (per cent of
// the work), and pending otherwise; they are never given a gauge.
package progress

import (
	"math"
	"strconv"
	"strings"
	"time"

	"github.com/minhbach/minhbach/generator/config"
	"github.com/minhbach/minhbach/generator/indicator"
	"github.com/minhbach/minhbach/generator/vi"
)

// Status keys, stable across versions: they appear in the published JSON.
const (
	Achieved           = "achieved"
	OnTrack            = "on_track"
	AccelerationNeeded = "acceleration_needed"
	Limited            = "limited"
	Deterioration      = "deterioration"
	InsufficientData   = "insufficient_data"
	MilestoneDone      = "milestone_done"
	MilestonePending   = "milestone_pending"
)

// Statuses lists every status in the order pages count them.
var Statuses = []string{Achieved, OnTrack, AccelerationNeeded, Limited, Deterioration, InsufficientData, MilestoneDone, MilestonePending}

var labels = map[string]string{
	Achieved:           "Đã đạt",
	OnTrack:            "Đúng tiến độ",
	AccelerationNeeded: "Cần đẩy nhanh",
	Limited:            "Chậm, gần như không tiến triển",
	Deterioration:      "Đi lùi",
	InsufficientData:   "Chưa đủ dữ liệu",
	MilestoneDone:      "Đã hoàn thành",
	MilestonePending:   "Chưa hoàn thành",
}

// Label is the Vietnamese name of a status, as shown on pages.
func Label(status string) string { return labels[status] }

// Methods of assessment.
const (
	MethodCAGR      = "cagr_ratio"
	MethodLinear    = "linear_share"
	MethodThreshold = "threshold"
	MethodMilestone = "milestone"
)

// Point is one observation used by an assessment.
type Point struct {
	Year  int
	Value float64
}

// Assessment is the status of one indicator and how it was reached.
type Assessment struct {
	Status string
	Method string
	// Base and Latest are the observations compared; Base is zero when the
	// status did not need one.
	Base, Latest Point
	HasBase      bool
	HasLatest    bool
	// TargetYear and TargetValue are what the pace is measured against (the
	// lower bound of a range where higher is better).
	TargetYear  int
	TargetValue float64
	// ObservedPace and RequiredPace are growth rates a year (cagr_ratio) or
	// shares of the distance and of the time (linear_share).
	ObservedPace, RequiredPace float64
	// Ratio is R; HasRatio is false when no ratio was computed.
	Ratio    float64
	HasRatio bool
	// Summary says all of it in one Vietnamese sentence.
	Summary string
}

// Assess computes the assessment of in at report, with the years and cut-offs
// of cfg. It is a pure function of its arguments.
func Assess(in indicator.Indicator, cfg config.Config, report time.Time) Assessment {
	d := in.Definition
	var pts []Point
	for _, o := range in.Series.Totals() {
		if o.Year <= report.Year() {
			pts = append(pts, Point{o.Year, o.Value})
		}
	}
	a := Assessment{TargetYear: cfg.Years.Target}
	if len(pts) > 0 {
		a.Latest, a.HasLatest = pts[len(pts)-1], true
	}
	if d.Kind == indicator.Milestone {
		a.Method = MethodMilestone
		a.Status = MilestonePending
		if a.HasLatest && a.Latest.Value >= 100 {
			a.Status = MilestoneDone
		}
		a.Summary = summary(d, a)
		return a
	}
	a.TargetValue = paceTarget(d)
	switch {
	case a.HasLatest && met(d, a.Latest.Value):
		a.Status, a.Method = Achieved, MethodThreshold
	case len(pts) < 2 || d.Comparator == "":
		a.Status = InsufficientData
	default:
		a.Base, a.HasBase = nearest(pts[:len(pts)-1], cfg.Years.Base), true
		a.Method, a.ObservedPace, a.RequiredPace, a.Ratio, a.HasRatio = ratio(d, a.Base, a.Latest, a.TargetValue, cfg.Years.Target)
		if a.HasRatio {
			a.Status = classify(a.Ratio, cfg.Progress)
		} else {
			a.Status = byDirection(d, a.Base, a.Latest)
		}
	}
	a.Summary = summary(d, a)
	return a
}

// met reports whether v already satisfies the 2030 target.
func met(d indicator.Definition, v float64) bool {
	higher := d.HigherIsBetter()
	switch d.Comparator {
	case ">":
		return v > d.Value
	case ">=":
		return v >= d.Value
	case "<":
		return v < d.Value
	case "<=":
		return v <= d.Value
	case "range":
		if higher {
			return v >= d.Min
		}
		return v <= d.Max
	case "~":
		if higher {
			return v >= d.Value-d.Tolerance
		}
		return v <= d.Value+d.Tolerance
	case "=":
		if higher {
			return v >= d.Value
		}
		return v <= d.Value
	}
	return false
}

// paceTarget is the value progress is measured toward.
func paceTarget(d indicator.Definition) float64 {
	if d.Comparator == "range" {
		if d.HigherIsBetter() {
			return d.Min
		}
		return d.Max
	}
	return d.Value
}

// nearest returns the point nearest year, the earlier one on a tie.
func nearest(pts []Point, year int) Point {
	best := pts[0]
	for _, p := range pts[1:] {
		if abs(p.Year-year) < abs(best.Year-year) {
			best = p
		}
	}
	return best
}

// ratio computes R. When the base already equals the target (a strict
// target such as "trên 95%" from exactly 95%) no ratio exists; ok is false
// and the status follows the direction of the move alone.
func ratio(d indicator.Definition, base, latest Point, target float64, targetYear int) (method string, observed, required, r float64, ok bool) {
	elapsed := float64(latest.Year - base.Year)
	span := float64(targetYear - base.Year)
	if span <= 0 {
		span = elapsed // the base is at or past the target year: judge by the trend alone
	}
	method = MethodCAGR
	if d.Aggregation == "cumulative" || base.Value <= 0 || target <= 0 || latest.Value <= 0 {
		method = MethodLinear
	}
	if target == base.Value {
		return method, 0, 0, 0, false
	}
	if method == MethodLinear {
		observed = (latest.Value - base.Value) / (target - base.Value)
		required = elapsed / span
		return method, observed, required, observed / required, true
	}
	sign := 1.0
	if !d.HigherIsBetter() {
		sign = -1
	}
	observed = math.Pow(latest.Value/base.Value, 1/elapsed) - 1
	required = math.Pow(target/base.Value, 1/span) - 1
	return method, observed, required, sign * observed / math.Abs(required), true
}

// byDirection is the status when no ratio exists.
func byDirection(d indicator.Definition, base, latest Point) string {
	move := latest.Value - base.Value
	if !d.HigherIsBetter() {
		move = -move
	}
	switch {
	case move > 0:
		return OnTrack
	case move < 0:
		return Deterioration
	}
	return Limited
}

func classify(r float64, t config.Thresholds) string {
	switch {
	case r >= t.OnTrack:
		return OnTrack
	case r >= t.Accelerate:
		return AccelerationNeeded
	case r >= t.Limited:
		return Limited
	}
	return Deterioration
}

// Format writes v as the indicator is shown: with the indicator's decimals,
// or more where the figure has them (a sourced 95,15 is never rounded), and
// with its unit when the unit is a percentage ("92,0%").
func Format(d indicator.Definition, v float64) string {
	s := vi.Number(v, max(d.Decimals, vi.Decimals(v)))
	if strings.HasPrefix(d.Unit, "%") {
		return s + "%"
	}
	return s
}

// FormatTarget writes the 2030 target in words: "trên 95%", "35 - 40%".
func FormatTarget(d indicator.Definition) string {
	return d.TargetText(func(v float64) string { return vi.Auto(v) })
}

func summary(d indicator.Definition, a Assessment) string {
	var b strings.Builder
	b.WriteString(d.Name)
	year := func(p Point) string { return Format(d, p.Value) + " (" + strconv.Itoa(p.Year) + ")" }
	switch {
	case a.Method == MethodMilestone && a.HasLatest:
		b.WriteString(": " + strings.ToLower(Label(a.Status)) + " (số liệu năm " + strconv.Itoa(a.Latest.Year) + ").")
		return b.String()
	case a.Method == MethodMilestone:
		b.WriteString(": chưa hoàn thành; chưa có số liệu.")
		return b.String()
	case a.HasBase:
		switch {
		case a.Latest.Value > a.Base.Value:
			b.WriteString(" tăng từ " + year(a.Base) + " lên " + year(a.Latest))
		case a.Latest.Value < a.Base.Value:
			b.WriteString(" giảm từ " + year(a.Base) + " xuống " + year(a.Latest))
		default:
			b.WriteString(" giữ nguyên ở mức " + Format(d, a.Latest.Value) + " từ " + strconv.Itoa(a.Base.Year) + " đến " + strconv.Itoa(a.Latest.Year))
		}
	case a.HasLatest:
		b.WriteString(" năm " + strconv.Itoa(a.Latest.Year) + " là " + Format(d, a.Latest.Value))
	default:
		b.WriteString(" chưa có số liệu")
	}
	b.WriteString("; mục tiêu năm " + strconv.Itoa(a.TargetYear) + " là " + FormatTarget(d) + "; ")
	switch a.Status {
	case Achieved:
		b.WriteString("đã đạt mục tiêu.")
	case InsufficientData:
		b.WriteString("chưa đủ dữ liệu để đánh giá xu hướng.")
	default:
		b.WriteString(strings.ToLower(Label(a.Status)) + ".")
	}
	return b.String()
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// Example is the worked example the methodology page shows, computed by
// Assess like every indicator so the explanation cannot drift from the code:
// health-insurance coverage from 92,0% (2023) to 93,0% (2025) against a
// target above 95% by 2030.
func Example() indicator.Indicator {
	return indicator.Indicator{
		Definition: indicator.Definition{
			Code: "8.9", Target: 8, Name: "Tỷ lệ bao phủ bảo hiểm y tế", Kind: indicator.Quantitative,
			Unit: "%", Direction: "higher", Comparator: ">", Value: 95, Aggregation: "level", Decimals: 1,
		},
		Series: indicator.Series{Obs: []indicator.Observation{
			{Year: 2023, Value: 92.0, HasValue: true, Source: indicator.Illustrative},
			{Year: 2025, Value: 93.0, HasValue: true, Source: indicator.Illustrative},
		}},
	}
}
