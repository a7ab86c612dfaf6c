package site

import (
	"time"

	"github.com/minhbach/minhbach/generator/indicator"
)

// When figures were last changed comes from the data alone: the latest
// date of the rows' optional updated column (indicator/date.go). Not the
// build's clock, which would make two builds differ; not the report date,
// which says when figures were gathered up to, not when they changed; and
// not git history: the build reads only files (an fs.FS that hides .git),
// and a shallow clone, as CI makes, dates every file by the same last
// commit, so the site would silently say that everything changed today.
// Where rows carry no date the site says so, in words.

// Updated is when a file's figures were last changed, as pages show it.
type Updated struct {
	Date, ISO string // "31/3/2025", "2025-03-31"; "" when no row has a date
	// Undated counts the figures without a date; with some, Date is only
	// the latest known change, and the page says how many are undated.
	Undated int
}

// Known reports whether there is anything to say: a date, or figures
// without one. A file with no figure at all has no freshness.
func (u Updated) Known() bool { return u.Date != "" || u.Undated > 0 }

func (m *model) updatedView(f indicator.Freshness) Updated {
	return Updated{Date: m.date(f.Last), ISO: isoDate(f.Last), Undated: f.Undated}
}

// freshness is when any indicator of m last changed, for the files that
// hold them all.
func (m *model) freshness() indicator.Freshness {
	var f indicator.Freshness
	for _, a := range m.indicators {
		f = f.Add(a.Series.Freshness())
	}
	return f
}

// programmeDate is the day the programme was issued, as its file's date.
func (m *model) programmeDate() time.Time {
	t, err := time.Parse("2006-01-02", m.Programme.Date)
	if err != nil {
		return time.Time{}
	}
	return t
}
