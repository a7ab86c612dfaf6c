package site

import (
	"testing"
	"time"
)

// TestDateMemo checks that the memo gives each edition and day its own
// written date and writes each once.
func TestDateMemo(t *testing.T) {
	write := func(lang string, calls *int) func(time.Time) string {
		return func(d time.Time) string {
			*calls++
			return lang + " " + d.Format("2006-01-02")
		}
	}
	day := time.Date(2026, 6, 30, 0, 0, 0, 0, time.UTC)
	hanoi := time.FixedZone("ICT", 7*3600)
	tests := []struct {
		name  string
		lang  string
		t     time.Time
		want  string
		calls int // writes so far, over the whole table
	}{
		{"first", "vi", day, "vi 2026-06-30", 1},
		{"same day again", "vi", day, "vi 2026-06-30", 1},
		{"later that day", "vi", day.Add(5 * time.Hour), "vi 2026-06-30", 1},
		{"other edition", "en", day, "en 2026-06-30", 2},
		{"next day", "vi", day.AddDate(0, 0, 1), "vi 2026-07-01", 3},
		{"next year, same day", "vi", day.AddDate(1, 0, 0), "vi 2027-06-30", 4},
		{"a day in another zone", "vi", day.Add(20 * time.Hour).In(hanoi), "vi 2026-07-01", 4},
	}
	var memo dateMemo
	calls := 0
	for _, tt := range tests {
		if got := memo.date(tt.lang, tt.t, write(tt.lang, &calls)); got != tt.want || calls != tt.calls {
			t.Errorf("%s: %q after %d writes, want %q after %d", tt.name, got, calls, tt.want, tt.calls)
		}
	}
}
