package chartsvg

import (
	"strings"
	"unicode"
)

// labelGap is the least room, in pixels, kept between two category labels.
const labelGap = 4.0

// shownLabels picks the category labels an axis along the bottom draws, as
// the site's charts ask: ECharts' own rule (every nth label from the first)
// would drop the target year on a phone, so charts.js gives ECharts this
// same rule, measured with the browser's font. In order, each label is
// drawn when it keeps labelGap from every label already chosen:
//
//  1. the bold ones, the target and vision years, always;
//  2. the latest other year;
//  3. the gaps ("…") standing for the years skipped;
//  4. the other years, from the latest back.
//
// widthOf is a label's width; band is the room of one category.
func shownLabels(cats []category, band float64, widthOf func(category) float64) []bool {
	var bold, gaps, years []int
	for i, c := range cats {
		switch {
		case c.Bold:
			bold = append(bold, i)
		case strings.IndexFunc(c.Text, unicode.IsDigit) != 0:
			gaps = append(gaps, i)
		default:
			years = append(years, i)
		}
	}
	order := bold
	if n := len(years); n > 0 {
		order = append(order, years[n-1])
		years = years[:n-1]
	}
	order = append(order, gaps...)
	for i := len(years) - 1; i >= 0; i-- {
		order = append(order, years[i])
	}
	shown := make([]bool, len(cats))
	var chosen []int
	for k, i := range order {
		fits := k < len(bold)
		if !fits {
			fits = true
			for _, j := range chosen {
				d := float64(i-j) * band
				if d < 0 {
					d = -d
				}
				if d < (widthOf(cats[i])+widthOf(cats[j]))/2+labelGap {
					fits = false
					break
				}
			}
		}
		if fits {
			shown[i] = true
			chosen = append(chosen, i)
		}
	}
	return shown
}

// wrapWords breaks s into lines no wider than max, between words, as ECharts
// does for a title whose overflow is "break"; a word wider than max stands
// on a line of its own.
func wrapWords(s string, size float64, bold bool, max float64) []string {
	var lines []string
	line := ""
	for _, w := range strings.Fields(s) {
		if line != "" && width(line+" "+w, size, bold) > max {
			lines, line = append(lines, line), ""
		}
		if line == "" {
			line = w
		} else {
			line += " " + w
		}
	}
	if line != "" || len(lines) == 0 {
		lines = append(lines, line)
	}
	return lines
}
