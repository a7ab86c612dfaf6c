package programme

import (
	"regexp"
	"strings"
)

// Each measurable part carries its target year. A list may set targets for
// several years at once ("Đến năm 2026, tỉ lệ bao phủ … trên 95% dân số, đến
// năm 2030 …"; "Từ năm 2026, …"), so the year is read, nearest first:
//
//  1. in the part's own words, the last year named before its value
//     ("Đến năm 2026, … trên 95%"), else the first after it ("đạt 50% vào
//     năm 2025");
//  2. in the headings above it: a group ("b) Đến năm 2030:"), the list
//     ("4. Các chỉ tiêu cụ thể đến năm 2030", "Mục tiêu cụ thể giai đoạn
//     2026 - 2030" is 2030), the sections around it, the title;
//  3. else the first year the list names, with a notice.
//
// A year compared against ("giảm 20% so với mức trung bình năm 2024") or in
// a date ("ngày 22 tháng 7 năm 2022") is no target year.

var (
	reYear   = regexp.MustCompile(`(?i)(?:(?:đến|tới|vào|trong|từ)\s+)?(?:(?:hết|cuối|đầu)\s+)?năm\s+(\d{4})\b`)
	rePeriod = regexp.MustCompile(`(?i)giai\s+đoạn\s+\d{4}\s*[-–]\s*(\d{4})\b`)
	reAnyYr  = regexp.MustCompile(`\b(20\d\d)\b`)
)

// yearMention is one target year named in a text, at [start, end).
type yearMention struct {
	year       int
	start, end int
}

// yearMentions lists the target years named in s, in order.
func yearMentions(s string) []yearMention {
	var out []yearMention
	for _, re := range []*regexp.Regexp{rePeriod, reYear} {
		for _, m := range re.FindAllStringSubmatchIndex(s, -1) {
			before := strings.ToLower(s[max(0, m[0]-40):m[0]])
			if strings.Contains(before, "so với") || reMonthEnd.MatchString(before) || covered(out, m[0]) {
				continue
			}
			y := atoi(s[m[2]:m[3]])
			if y < 1900 || y > 2200 {
				continue
			}
			out = append(out, yearMention{y, m[0], m[1]})
		}
	}
	sortMentions(out)
	return out
}

var reMonthEnd = regexp.MustCompile(`tháng\s+\d{1,2}\s*$`)

func covered(ms []yearMention, at int) bool {
	for _, m := range ms {
		if at >= m.start && at < m.end {
			return true
		}
	}
	return false
}

func sortMentions(ms []yearMention) {
	for i := 1; i < len(ms); i++ {
		for j := i; j > 0 && ms[j].start < ms[j-1].start; j-- {
			ms[j], ms[j-1] = ms[j-1], ms[j]
		}
	}
}

// headingYear is the first target year a heading names, 0 if none.
func headingYear(n *node) int {
	for ; n != nil; n = n.parent {
		if ms := yearMentions(n.heading()); len(ms) > 0 {
			return ms[0].year
		}
	}
	return 0
}

// inheritedYear is the year set by the group headings between a target
// and its list, 0 if none.
func inheritedYear(n *node) int {
	for g := n.parent; g != nil && g.b != nil; g = g.parent {
		if ms := yearMentions(g.heading()); len(ms) > 0 {
			return ms[0].year
		}
	}
	return 0
}

// partYear reads the year a part names for the value at offset v of its
// text, 0 if none.
func partYear(text string, v int) int {
	year := 0
	for _, m := range yearMentions(text) {
		if m.start < v {
			year = m.year
			continue
		}
		if year == 0 {
			return m.year
		}
		break
	}
	return year
}

// firstYear is the first year any text of the list names, for a list with
// no year of its own.
func firstYear(texts []string) int {
	first := 0
	for _, t := range texts {
		for _, m := range reAnyYr.FindAllString(t, -1) {
			if y := atoi(m); first == 0 || y < first {
				first = y
			}
		}
	}
	return first
}
