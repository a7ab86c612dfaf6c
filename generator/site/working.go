package site

import (
	"strconv"

	"github.com/minhbach/minhbach/generator/config"
	"github.com/minhbach/minhbach/generator/indicator"
	"github.com/minhbach/minhbach/generator/numfmt"
	"github.com/minhbach/minhbach/generator/progress"
)

// working lists the steps of an assessment for the "Cách tính" panel: the
// rules applied, the figures compared and the rule that gave status (the
// computed one: a status set by hand is shown beside the working, never
// inside it). Every term and sentence is a work_* string of the theme.
func (m *model) working(d indicator.Definition, status progress.Status, a progress.Assessment) []Fact {
	w := m.words
	var f []Fact
	add := func(term, value string) { f = append(f, Fact{term, value}) }
	point := func(p progress.Point) string {
		return w.T("summary_point", "value", progress.Format(m.lang(), d, p.Value), "year", p.Year)
	}
	if a.Method == progress.MethodMilestone {
		add(w.T("work_method"), w.T("work_milestone"))
		if a.HasLatest {
			add(w.T("work_latest"), point(a.Latest))
		}
		return f
	}
	if d.Comparator.HasTarget() {
		add(w.T("work_target"), w.T("work_target_year", "target", m.targetText(d), "year", a.TargetYear))
	} else {
		add(w.T("work_target"), w.T("work_no_target", "direction", m.directionWords(d.Direction)))
	}
	add(w.T("work_base_rule"), m.baseRuleWords(a.Rules))
	if a.HasBase {
		add(w.T("work_base"), point(a.Base))
	}
	if a.HasLatest {
		add(w.T("work_latest"), point(a.Latest))
	}
	m.methodWords(add, d, a)
	switch {
	case a.Method == progress.MethodTrend && status != progress.InsufficientData:
		r := progress.TrendRates
		add(w.T("work_observed"), w.T("work_trend_pace", "pace", m.pct(a.ObservedPace)))
		add(w.T("work_thresholds"), w.T("work_trend_thresholds", "substantial", m.pct(r.Substantial), "moderate", m.pct(r.Moderate), "limited", m.pct(r.Limited)))
	case a.Method == progress.MethodTrend:
		add(w.T("work_rule"), w.T("work_trend_not_positive"))
	case a.HasRatio:
		t := a.Rules.Thresholds
		add(w.T("work_ratio"), numfmt.Fixed(m.lang(), a.Ratio, 2))
		add(w.T("work_thresholds"), w.T("work_ratio_thresholds", "on_track", m.auto(t.OnTrack), "accelerate", m.auto(t.Accelerate), "limited", m.auto(t.Limited)))
	case a.HasBase && a.Method != progress.MethodThreshold:
		add(w.T("work_rule"), w.T("work_base_at_target"))
	}
	if status == progress.InsufficientData && a.Method != progress.MethodTrend {
		add(w.T("work_rule"), w.T("work_insufficient"))
	}
	add(w.T("work_result"), m.label(status))
	return f
}

// methodWords adds the lines that say which method was used, and why.
func (m *model) methodWords(add func(string, string), d indicator.Definition, a progress.Assessment) {
	w := m.words
	switch a.Method {
	case progress.MethodThreshold:
		rule := w.T("work_met", "achieved", m.label(progress.Achieved))
		if d.Comparator == indicator.About {
			sign := w.T("work_plus")
			if d.HigherIsBetter() {
				sign = w.T("work_minus")
			}
			rule = w.T("work_about_met", "mark", m.aboutMark(d), "sign", sign, "tolerance", m.auto(d.Tolerance))
		}
		add(w.T("work_rule"), rule)
		if a.Overshoot {
			past := w.T("work_overshoot_lower", "value", progress.Format(m.lang(), d, d.Value))
			if d.HigherIsBetter() {
				past = w.T("work_overshoot_higher", "value", progress.Format(m.lang(), d, d.Value))
			}
			add(w.T("work_overshoot"), past)
		}
	case progress.MethodCAGR:
		add(w.T("work_method"), w.T("work_cagr"))
		add(w.T("work_observed"), w.T("work_per_year", "pace", m.pct(a.ObservedPace)))
		add(w.T("work_required"), w.T("work_per_year", "pace", m.pct(a.RequiredPace)))
	case progress.MethodLinear:
		add(w.T("work_method"), w.T("work_linear", "why", m.linearWhy(a.Why)))
		add(w.T("work_distance"), m.pct(a.ObservedPace))
		add(w.T("work_time"), m.pct(a.RequiredPace))
	case progress.MethodTrend:
		add(w.T("work_method"), w.T("work_trend"))
	}
}

// linearWhy words why the linear share replaced growth rates.
func (m *model) linearWhy(why progress.Why) string {
	switch why {
	case progress.WhyCumulative:
		return m.words.T("work_why_cumulative")
	case progress.WhyNotPositive:
		return m.words.T("work_why_not_positive")
	case progress.WhyNearZero:
		return m.words.T("work_why_near_zero", "share", m.pct(progress.NearZero))
	}
	return ""
}

// aboutMark is where "khoảng X" counts as met: X − tolerance where higher
// is better, X + tolerance where lower is.
func (m *model) aboutMark(d indicator.Definition) string {
	return progress.Format(m.lang(), d, d.Value-d.Direction.Sign()*d.Tolerance)
}

// directionWords names the way an indicator should move.
func (m *model) directionWords(dir indicator.Direction) string {
	if dir.HigherIsBetter() {
		return m.words.T("work_up")
	}
	return m.words.T("work_down")
}

// baseRuleWords says how the base observation is chosen.
func (m *model) baseRuleWords(r config.Rules) string {
	y := strconv.Itoa(r.BaseYear)
	if r.BaseRule == config.FirstAfter {
		return m.words.T("work_base_first_after", "year", y)
	}
	return m.words.T("work_base_nearest", "year", y)
}

// headlineRule says where a breakdown's headline status comes from.
func (m *model) headlineRule(a progress.Assessment) string {
	switch {
	case len(a.Groups) == 0:
		return ""
	case a.Headline == indicator.FromSum:
		return m.words.T("headline_sum")
	case a.Headline == indicator.FromWorst && a.Worst != "":
		return m.words.T("headline_worst_of", "group", a.Worst)
	case a.Headline == indicator.FromWorst:
		return m.words.T("headline_worst")
	}
	return m.words.T("headline_total")
}
