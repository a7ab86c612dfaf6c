package progress

import "slices"

// Status is what an assessment says of an indicator. Its value is the
// stable key published in the open data (design §6).
type Status string

// Statuses of indicators measured against a numeric target, and of
// milestones.
const (
	Achieved           Status = "achieved"
	OnTrack            Status = "on_track"
	AccelerationNeeded Status = "acceleration_needed"
	Limited            Status = "limited"
	Deterioration      Status = "deterioration"
	InsufficientData   Status = "insufficient_data"
	MilestoneDone      Status = "milestone_done"
	MilestonePending   Status = "milestone_pending"
)

// Statuses of indicators with a direction and no numeric target, scored on
// their trend: they say how fast things move the right way, not whether a
// target will be reached, so pages count them apart.
const (
	TrendSubstantial   Status = "trend_substantial"
	TrendModerate      Status = "trend_moderate"
	TrendLimited       Status = "trend_limited"
	TrendDeterioration Status = "trend_deterioration"
)

// Statuses lists every target-based status in the order pages count them.
var Statuses = []Status{Achieved, OnTrack, AccelerationNeeded, Limited, Deterioration, InsufficientData, MilestoneDone, MilestonePending}

// TrendStatuses lists the statuses of indicators without a numeric target.
var TrendStatuses = []Status{TrendSubstantial, TrendModerate, TrendLimited, TrendDeterioration}

// Valid reports whether s is a status this package gives. Statuses are
// named on pages by the theme's strings (status_KEY), not here.
func (s Status) Valid() bool {
	return slices.Contains(Statuses, s) || slices.Contains(TrendStatuses, s)
}

// Trend reports whether s is the status of an indicator without a target.
func (s Status) Trend() bool {
	switch s {
	case TrendSubstantial, TrendModerate, TrendLimited, TrendDeterioration:
		return true
	}
	return false
}

// rank orders statuses from the least favourable (0) up, for the headline
// rule "worst"; insufficient data ranks above all, so a group without
// enough figures does not hide behind it the status of those that have.
func (s Status) rank() int {
	switch s {
	case Deterioration, TrendDeterioration, MilestonePending:
		return 0
	case Limited, TrendLimited:
		return 1
	case AccelerationNeeded, TrendModerate:
		return 2
	case OnTrack, TrendSubstantial:
		return 3
	case Achieved, MilestoneDone:
		return 4
	}
	return 5
}

// Rank orders statuses from the least favourable (0) up; "Chưa đủ dữ
// liệu" ranks above all. Pages that state the order (the methodology) read
// it here, so they cannot disagree with Worst.
func (s Status) Rank() int { return s.rank() }

// Worst is the least favourable of list, by Rank: the headline of a target
// on the home page. Insufficient data ranks above every status, so it is
// the answer only when every status is insufficient data; "" for none.
func Worst(list []Status) Status {
	var w Status
	for i, s := range list {
		if i == 0 || s.rank() < w.rank() {
			w = s
		}
	}
	return w
}

// Good reports whether s says the target is met or will be at this pace:
// achieved, on track, a milestone done, or a substantial trend.
func (s Status) Good() bool {
	switch s {
	case Achieved, OnTrack, MilestoneDone, TrendSubstantial:
		return true
	}
	return false
}

// Method is how a status was reached; its value is the published key.
type Method string

// Methods of assessment.
const (
	MethodCAGR      Method = "cagr_ratio"
	MethodLinear    Method = "linear_share"
	MethodThreshold Method = "threshold"
	MethodMilestone Method = "milestone"
	// MethodTrend scores an indicator without a numeric target by its
	// observed growth rate against fixed rates.
	MethodTrend Method = "trend"
)

// Why says why the linear share was used instead of growth rates.
type Why string

// Reasons for the linear share.
const (
	// WhyCumulative: the series is a running total.
	WhyCumulative Why = "cumulative"
	// WhyNotPositive: the base, the latest value or the target is zero or
	// less, where a growth rate does not exist.
	WhyNotPositive Why = "not_positive"
	// WhyNearZero: the base or the target is under NearZero of the other,
	// where growth rates explode; the linear share is used there too, so
	// a base of 0.001 is judged as a base of 0 is.
	WhyNearZero Why = "near_zero"
)
