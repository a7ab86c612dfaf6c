package site

import (
	"math"

	"github.com/minhbach/minhbach/generator/progress"
)

// Badge is one indicator's status, small.
type Badge struct {
	Code, Name, URL, Label string
	NameLang               string // as IndicatorView's
	Status                 progress.Status
	// Progress is how far the indicator has come, 0 to 100: the share of
	// the distance from the base value to the target covered so far, or a
	// milestone's latest figure (per cent of the work done). HasProgress
	// is false where there is nothing to measure it by; HasData is false
	// where there is no figure at all.
	Progress    int
	HasProgress bool
	HasData     bool
	Milestone   bool
	// Illustrative is true when the status is computed from figures marked
	// illustrative; a page that shows the badge must say so.
	Illustrative bool
}

// badgesIllustrative reports whether any badge shows a status computed from
// illustrative figures.
func badgesIllustrative(badges []Badge) bool {
	for _, b := range badges {
		if b.Illustrative {
			return true
		}
	}
	return false
}

func (m *model) badge(a *assessed) Badge {
	as := a.Assessment
	b := Badge{Code: a.Code, Name: a.Name, NameLang: a.NameLang, URL: m.indicatorURL(a), Status: as.Status, Label: m.label(as.Status),
		Illustrative: a.Illustrative(), HasData: as.HasLatest, Milestone: as.Method == progress.MethodMilestone}
	b.Progress, b.HasProgress = distanceCovered(as)
	return b
}

// distanceCovered is how much of the way from the base value to the target
// the latest value has come, in per cent, clamped to 0–100. A milestone's
// figure is already the per cent of its work done.
func distanceCovered(a progress.Assessment) (int, bool) {
	switch {
	case a.Method == progress.MethodMilestone:
		if !a.HasLatest {
			return 0, false
		}
		return clampPct(a.Latest.Value / 100), true
	case a.Computed == progress.Achieved:
		return 100, true
	case !a.HasBase || a.TargetValue == a.Base.Value || a.Method == progress.MethodTrend:
		return 0, false
	}
	return clampPct((a.Latest.Value - a.Base.Value) / (a.TargetValue - a.Base.Value)), true
}

// clampPct is share in per cent, rounded and clamped to 0–100.
func clampPct(share float64) int {
	return int(math.Round(100 * math.Max(0, math.Min(1, share))))
}
