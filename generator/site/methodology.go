package site

import (
	"strconv"

	"github.com/minhbach/minhbach/generator/config"
	"github.com/minhbach/minhbach/generator/content"
	"github.com/minhbach/minhbach/generator/progress"
)

// methodologyView adds to the methodology page every rule of the method,
// worded from the same constants and config the assessment uses, the
// cut-offs, and a worked example assessed by the same code as every
// indicator, so the page cannot say one thing while the code does another.
func (m *model) methodologyView(p *content.Page) (MethodologyView, error) {
	t := m.Config.Progress.Thresholds
	v := MethodologyView{PageView: m.pageView(p), Base: m.Config.Years.Base, Target: m.Config.Years.Target}
	v.Thresholds = []Threshold{
		{"R ≥ " + m.auto(t.OnTrack), m.label(progress.OnTrack), progress.OnTrack},
		{m.auto(t.Accelerate) + " ≤ R < " + m.auto(t.OnTrack), m.label(progress.AccelerationNeeded), progress.AccelerationNeeded},
		{m.auto(t.Limited) + " ≤ R < " + m.auto(t.Accelerate), m.label(progress.Limited), progress.Limited},
		{"R < " + m.auto(t.Limited), m.label(progress.Deterioration), progress.Deterioration},
	}
	r := progress.TrendRates
	w := m.words
	v.TrendThresholds = []Threshold{
		{w.T("rate_from", "from", m.pct(r.Substantial)), m.label(progress.TrendSubstantial), progress.TrendSubstantial},
		{w.T("rate_between", "from", m.pct(r.Moderate), "to", m.pct(r.Substantial)), m.label(progress.TrendModerate), progress.TrendModerate},
		{w.T("rate_between", "from", m.pct(r.Limited), "to", m.pct(r.Moderate)), m.label(progress.TrendLimited), progress.TrendLimited},
		{w.T("rate_below", "to", m.pct(r.Limited)), m.label(progress.TrendDeterioration), progress.TrendDeterioration},
	}
	v.Rules = m.methodRules()
	ex := progress.Example()
	a := &assessed{Indicator: ex, Assessment: progress.Assess(ex, m.Config, m.Config.Report())}
	m.summarize(a)
	var err error
	v.Example, err = m.indicatorView(a)
	return v, err
}

// methodRules states each rule of the method with the site's settings.
func (m *model) methodRules() []Fact {
	c, w := m.Config, m.words
	base := strconv.Itoa(c.Years.Base)
	rule := w.T("rule_base_nearest", "base", base)
	if c.Progress.BaseRule == config.FirstAfter {
		rule = w.T("rule_base_first_after", "base", base)
	}
	return []Fact{
		{w.T("rule_base_term"), w.T("rule_base", "rule", rule)},
		{w.T("rule_target_year_term"), w.T("rule_target_year", "target", c.Years.Target)},
		{w.T("rule_met_first_term"), w.T("rule_met_first", "achieved", m.label(progress.Achieved))},
		{w.T("rule_about_term"), w.T("rule_about")},
		{w.T("rule_enough_data_term"), w.T("rule_enough_data", "insufficient", m.label(progress.InsufficientData))},
		{w.T("rule_cagr_term"), w.T("rule_cagr")},
		{w.T("rule_linear_term"), w.T("rule_linear", "near_zero", m.pct(progress.NearZero))},
		{w.T("rule_base_at_target_term"), w.T("rule_base_at_target")},
		{w.T("rule_thresholds_term"), w.T("rule_thresholds")},
		{w.T("rule_no_target_term"), w.T("rule_no_target", "insufficient", m.label(progress.InsufficientData))},
		{w.T("rule_groups_term"), w.T("rule_groups")},
		{w.T("rule_by_hand_term"), w.T("rule_by_hand", "by_hand", w.T("set_by_hand"))},
		{w.T("rule_target_state_term"), m.targetStateRule()},
		{w.T("rule_milestone_term"), w.T("rule_milestone", "done", m.label(progress.MilestoneDone), "pending", m.label(progress.MilestonePending))},
	}
}
