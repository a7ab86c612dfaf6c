package site

import (
	"strconv"
	"strings"

	"github.com/minhbach/minhbach/generator/indicator"
	"github.com/minhbach/minhbach/generator/progress"
)

// The sentence that says an assessment in words ("Số bác sĩ trên 10.000
// dân tăng từ 7,9 (2020) lên 8,4 (2022); mục tiêu năm 2030 là 19; cần đẩy
// nhanh."), on pages, in charts' descriptions and in the open data. It is
// put together from the theme's summary_* strings, so each edition says it
// in its own language; the open data carries the main edition's.

// summarize words a's assessment and its groups' in the edition's language.
func (m *model) summarize(a *assessed) {
	as := &a.Assessment
	for i := range as.Groups {
		g := &as.Groups[i]
		g.Summary = m.summary(a.Definition, g.Name, g.Assessment)
	}
	group := ""
	if as.Worst != "" {
		group = m.words.T("summary_worst_group", "group", as.Worst)
	}
	as.Summary = m.summary(a.Definition, group, *as)
}

// summary says a in one sentence; group, when not "", names the
// breakdown's group the figures are of.
func (m *model) summary(d indicator.Definition, group string, a progress.Assessment) string {
	w := m.words
	name := d.Name
	if group != "" {
		name = w.T("summary_group", "name", name, "group", group)
	}
	point := func(p progress.Point) string {
		return w.T("summary_point", "value", progress.Format(m.lang(), d, p.Value), "year", p.Year)
	}
	year := strconv.Itoa
	switch {
	case a.Method == progress.MethodMilestone && a.HasLatest:
		return w.T("summary_milestone", "name", name, "status", strings.ToLower(m.label(a.Computed)), "year", year(a.Latest.Year)) + m.byHand(a) + "."
	case a.Method == progress.MethodMilestone:
		return w.T("summary_milestone_none", "name", name) + m.byHand(a) + "."
	}
	var facts string
	switch {
	case a.HasBase && a.Latest.Value > a.Base.Value:
		facts = w.T("summary_rise", "name", name, "base", point(a.Base), "latest", point(a.Latest))
	case a.HasBase && a.Latest.Value < a.Base.Value:
		facts = w.T("summary_fall", "name", name, "base", point(a.Base), "latest", point(a.Latest))
	case a.HasBase:
		facts = w.T("summary_flat", "name", name, "value", progress.Format(m.lang(), d, a.Latest.Value), "from", year(a.Base.Year), "to", year(a.Latest.Year))
	case a.HasLatest:
		facts = w.T("summary_latest", "name", name, "year", year(a.Latest.Year), "value", progress.Format(m.lang(), d, a.Latest.Value))
	default:
		facts = w.T("summary_no_data", "name", name)
	}
	goal := w.T("summary_no_target")
	if d.Comparator.HasTarget() {
		goal = w.T("summary_target", "year", year(a.TargetYear), "target", m.targetText(d))
	}
	var verdict string
	switch a.Computed {
	case progress.Achieved:
		verdict = w.T("summary_achieved")
	case progress.InsufficientData:
		verdict = w.T("summary_insufficient")
	default:
		verdict = strings.ToLower(m.label(a.Computed))
	}
	return facts + "; " + goal + "; " + verdict + m.byHand(a) + "."
}

// byHand words a status set by hand, after the computed one.
func (m *model) byHand(a progress.Assessment) string {
	if a.Override == nil {
		return ""
	}
	return "; " + m.words.T("summary_by_hand", "status", m.label(a.Status), "reason", strings.TrimRight(a.Override.Reason, ". "))
}
