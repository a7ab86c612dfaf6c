package site

import "github.com/minhbach/minhbach/generator/progress"

// ReportView is the printable report (urls.Routes.Report): the status of
// every target and of each of its indicators, with the latest value and the
// target, in one document to print or save as a PDF (a paper for a meeting,
// an annex to a letter).
type ReportView struct {
	Counts  []Count
	Total   int
	Targets []ReportTarget
}

// ReportTarget is one target in the report, with its overall state.
type ReportTarget struct {
	Number     int
	Name, URL  string
	State      progress.Status
	Indicators []IndicatorView
}

// planReport plans the report page from the indicator views the target
// pages show, so the two cannot say different things.
func (m *model) planReport(add adder, views map[*assessed]IndicatorView) error {
	v := ReportView{Counts: m.counts(m.indicators, progress.Statuses), Total: len(m.indicators)}
	for _, t := range m.targets {
		rt := ReportTarget{Number: t.Number, Name: t.Name, URL: m.routes.Target(t.Number), State: m.targetCard(t).State}
		for _, a := range t.Indicators {
			rt.Indicators = append(rt.Indicators, views[a])
		}
		v.Targets = append(v.Targets, rt)
	}
	f := add(m.routes.Report(), "report", m.words.T("report_title"), "", v)
	f.Illustrative = m.anyIllustrative(m.indicators)
	return nil
}
