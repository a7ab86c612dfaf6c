package indicator

import (
	"regexp"
	"strconv"
	"time"
)

// The optional date column of data/<code>.csv says when each row's figure
// was last changed: published, revised, or typed in from the source.
//
//	year,value,source,source_url,status,note,updated
//	2022,28.65,"Báo Tin tức, 18/9/2023",https://…,,,18/9/2023   ← as Vietnamese write it
//	2023,30.10,Niên giám thống kê 2023,,,,2024-06-30             ← ISO 8601, as Excel may export it
//	2024,31.50,minh họa,,,,                                      ← no date: the site says so
//
// Its header is updated, last_updated, ngày cập nhật or cập nhật. A date is
// year-month-day with a dash (2025-03-31) or day/month/year with a slash,
// leading zeros optional (31/3/2025, 31/03/2025); nothing else is guessed,
// since 3/4/2025 is the 3rd of April to a Vietnamese reader and the 4th of
// March to an American spreadsheet. A date that is not in the calendar
// (30/2/2025) is an error at its cell, like a bad value.
//
// The date is data, not the build's: an indicator was last changed on the
// latest date of its rows (Series.Freshness), so two builds of the same
// files say the same, and a date later than the report date is refused
// (the site checks that, as the report date is config's).

var (
	reISODate = regexp.MustCompile(`^(\d{4})-(\d{1,2})-(\d{1,2})$`)
	reVIDate  = regexp.MustCompile(`^(\d{1,2})/(\d{1,2})/(\d{4})$`)
)

// DateForms is how the accepted forms of a date are named in errors.
const DateForms = "năm-tháng-ngày như 2025-03-31, hoặc ngày/tháng/năm như 31/3/2025"

// ParseDate reads a date of the updated column, at midnight UTC. The
// message is "" on success, else what is wrong, in Vietnamese.
func ParseDate(s string) (time.Time, string) {
	var y, m, d int
	if g := reISODate.FindStringSubmatch(s); g != nil {
		y, m, d = atoi(g[1]), atoi(g[2]), atoi(g[3])
	} else if g := reVIDate.FindStringSubmatch(s); g != nil {
		d, m, y = atoi(g[1]), atoi(g[2]), atoi(g[3])
	} else {
		return time.Time{}, "ngày cập nhật \"" + s + "\" không đọc được; hãy ghi theo dạng " + DateForms
	}
	t := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
	if t.Year() != y || int(t.Month()) != m || t.Day() != d {
		// time.Date normalises 30/2 to 2/3; a date it moves is not real.
		return time.Time{}, "ngày cập nhật \"" + s + "\" không có trong lịch; hãy kiểm tra lại ngày và tháng (dạng " + DateForms + ")"
	}
	if y < 1990 || y > 2100 {
		return time.Time{}, "ngày cập nhật \"" + s + "\" có năm nằm ngoài khoảng 1990–2100; hãy kiểm tra lại"
	}
	return t, ""
}

func atoi(s string) int { n, _ := strconv.Atoi(s); return n }

// Freshness says when a series was last changed, from its rows' dates.
type Freshness struct {
	// Last is the latest date of any row, zero when no row has one.
	Last time.Time
	// Undated counts the figures (rows with a value) without a date: with
	// some, Last is only the latest known change.
	Undated int
}

// Freshness is when s was last changed, by its rows' dates.
func (s Series) Freshness() Freshness {
	var f Freshness
	for _, o := range s.Obs {
		if o.Updated.After(f.Last) {
			f.Last = o.Updated
		}
		if o.HasValue && o.Updated.IsZero() {
			f.Undated++
		}
	}
	return f
}

// Add merges g into f, for a file that holds several series.
func (f Freshness) Add(g Freshness) Freshness {
	if g.Last.After(f.Last) {
		f.Last = g.Last
	}
	f.Undated += g.Undated
	return f
}
