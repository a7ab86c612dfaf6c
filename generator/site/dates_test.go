package site

import (
	"testing"
	"time"
)

func TestIsoDate(t *testing.T) {
	zone := time.FixedZone("ICT", 7*3600)
	for _, d := range []time.Time{
		time.Date(2026, 6, 30, 23, 59, 0, 0, zone),
		time.Date(1, 1, 1, 0, 0, 1, 0, time.UTC),
		time.Date(999, 12, 9, 0, 0, 0, 0, time.UTC),
		time.Date(10000, 1, 1, 0, 0, 0, 0, time.UTC),
		time.Date(-5, 3, 1, 0, 0, 0, 0, time.UTC),
	} {
		if got, want := isoDate(d), d.Format("2006-01-02"); got != want {
			t.Errorf("isoDate(%v) = %q, want %q", d, got, want)
		}
	}
	if isoDate(time.Time{}) != "" {
		t.Error("the zero time has a date")
	}
}
