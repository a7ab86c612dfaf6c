package site

import (
	"strings"

	"github.com/minhbach/minhbach/generator/chart"
	"github.com/minhbach/minhbach/generator/indicator"
	"github.com/minhbach/minhbach/generator/numfmt"
)

// Words the views take from the edition's strings (m.words), where a
// view's text is put together in Go rather than placed by a template.

// chartWords are the charts' words in the edition's language; the whole
// province's line is named as the table's total row is (dim_total_area).
func (m *model) chartWords() chart.Words {
	w := m.words
	return chart.Words{
		Trend: w.T("chart_trend"), ByArea: w.T("chart_by_area"), Target: w.T("target_value"),
		Unit: w.T("chart_unit"), Illustrative: w.T("chart_illustrative"), Total: w.T("dim_total_area"),
		Vision: w.T("chart_vision"), People: w.T("chart_people"), TargetText: m.targetText, Lang: m.lang(),
	}
}

// sourceLine names where the figures come from, for the chart's caption.
func (m *model) sourceLine(s indicator.Series) string {
	var named []string
	seen := map[string]bool{}
	illustrative := false
	for _, o := range s.Obs {
		switch {
		case o.Illustrative():
			illustrative = true
		case o.Source != "" && !seen[o.Source]:
			seen[o.Source] = true
			named = append(named, o.Source)
		}
	}
	if illustrative {
		named = append(named, m.words.T("source_illustrative"))
	}
	if len(named) == 0 {
		return ""
	}
	return m.words.T("source_line", "sources", strings.Join(named, "; "))
}

// targetText words the target in the edition's language, "trên 95%".
func (m *model) targetText(d indicator.Definition) string {
	if !d.Comparator.HasTarget() {
		return ""
	}
	return m.words.T("target_"+d.Comparator.Key(), "value", d.TargetValue(m.auto))
}

// ordinal names task group n as the programme does ("Thứ nhất"): the
// theme's task_ordinals, a "|"-separated list from the first, then
// task_n for the rest.
func (m *model) ordinal(n int) string {
	words := strings.Split(m.words.T("task_ordinals"), "|")
	if n > 0 && n <= len(words) {
		return words[n-1]
	}
	return m.words.T("task_n", "n", n)
}

// auto writes a figure of the method (a threshold, a tolerance, a target)
// in the edition's language, with the decimals it needs.
func (m *model) auto(v float64) string { return numfmt.Auto(m.lang(), v) }
