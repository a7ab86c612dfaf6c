package progress

import "testing"

// TestWorst is the rule for a target's overall state on the home page.
func TestWorst(t *testing.T) {
	tests := []struct {
		name string
		list []Status
		want Status
	}{
		{"none", nil, ""},
		{"one", []Status{OnTrack}, OnTrack},
		{"the least favourable wins", []Status{Achieved, Limited, OnTrack, AccelerationNeeded}, Limited},
		{"deterioration below all", []Status{Limited, Deterioration, Achieved}, Deterioration},
		{"a pending milestone counts as the lowest", []Status{OnTrack, MilestonePending}, MilestonePending},
		{"first of a tie", []Status{MilestonePending, Deterioration}, MilestonePending},
		{"insufficient data does not hide the others", []Status{InsufficientData, AccelerationNeeded, InsufficientData}, AccelerationNeeded},
		{"insufficient data only when all are", []Status{InsufficientData, InsufficientData}, InsufficientData},
		{"trend statuses rank with their peers", []Status{TrendSubstantial, AccelerationNeeded}, AccelerationNeeded},
		{"a done milestone is as good as achieved", []Status{MilestoneDone, Achieved}, MilestoneDone},
	}
	for _, tt := range tests {
		if got := Worst(tt.list); got != tt.want {
			t.Errorf("%s: Worst(%v) = %q, want %q", tt.name, tt.list, got, tt.want)
		}
	}
}

func TestGood(t *testing.T) {
	good := map[Status]bool{Achieved: true, OnTrack: true, MilestoneDone: true, TrendSubstantial: true}
	for _, s := range append(append([]Status{}, Statuses...), TrendStatuses...) {
		if s.Good() != good[s] {
			t.Errorf("%s.Good() = %v, want %v", s, s.Good(), good[s])
		}
	}
}
